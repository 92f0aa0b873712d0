// @generated from api-spec/bizfinance_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 智能财务 (Business Finance)：发票、角色权限与财务用户。
//!
//! 62 operations, methods of [`Api`] (`client.bizfinance_1_0()`), behind the cargo feature `bizfinance_1_0`; its paths start with `/v1.0/bizfinance/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `bizfinance_1_0`. Get it with `client.bizfinance_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 追加角色权限点
    ///
    /// `PUT /v1.0/bizfinance/roles/permissions`: DingTalk's `AppendRolePermission` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AppendRolePermission")]
    #[doc(alias = "/v1.0/bizfinance/roles/permissions")]
    #[doc(alias = "PUT /v1.0/bizfinance/roles/permissions")]
    pub fn append_role_permission(
        &self,
        request: &AppendRolePermissionRequest,
    ) -> rt::Call<AppendRolePermissionResponseBody, AppendRolePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AppendRolePermission",
            rt::Method::Put,
            "/v1.0/bizfinance/roles/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发票数据批量写入
    ///
    /// `POST /v1.0/bizfinance/invoices/batch`: DingTalk's `BatchAddInvoice` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchAddInvoice")]
    #[doc(alias = "/v1.0/bizfinance/invoices/batch")]
    #[doc(alias = "POST /v1.0/bizfinance/invoices/batch")]
    pub fn batch_add_invoice(
        &self,
        request: &BatchAddInvoiceRequest,
    ) -> rt::Call<BatchAddInvoiceResponseBody, BatchAddInvoiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchAddInvoice",
            rt::Method::Post,
            "/v1.0/bizfinance/invoices/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量增加用户信息
    ///
    /// `POST /v1.0/bizfinance/auxiliaries/batch`: DingTalk's `BatchCreateCustomer` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchCreateCustomer")]
    #[doc(alias = "/v1.0/bizfinance/auxiliaries/batch")]
    #[doc(alias = "POST /v1.0/bizfinance/auxiliaries/batch")]
    pub fn batch_create_customer(
        &self,
        request: &BatchCreateCustomerRequest,
    ) -> rt::Call<BatchCreateCustomerResponseBody, BatchCreateCustomerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchCreateCustomer",
            rt::Method::Post,
            "/v1.0/bizfinance/auxiliaries/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 预核销智能财务的权益
    ///
    /// `POST /v1.0/bizfinance/consumedBenefits/prepare`: DingTalk's `BeginConsume` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BeginConsume")]
    #[doc(alias = "/v1.0/bizfinance/consumedBenefits/prepare")]
    #[doc(alias = "POST /v1.0/bizfinance/consumedBenefits/prepare")]
    pub fn begin_consume(
        &self,
        request: &BeginConsumeRequest,
    ) -> rt::Call<BeginConsumeResponseBody, BeginConsumeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BeginConsume",
            rt::Method::Post,
            "/v1.0/bizfinance/consumedBenefits/prepare",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 绑定钉钉智能财务企业主体的账套信息
    ///
    /// `POST /v1.0/bizfinance/companies/accountantBooks/bind`: DingTalk's `BindCompanyAccountantBook` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BindCompanyAccountantBook")]
    #[doc(alias = "/v1.0/bizfinance/companies/accountantBooks/bind")]
    #[doc(alias = "POST /v1.0/bizfinance/companies/accountantBooks/bind")]
    pub fn bind_company_accountant_book(
        &self,
        request: &BindCompanyAccountantBookRequest,
    ) -> rt::Call<
        BindCompanyAccountantBookResponseBody,
        BindCompanyAccountantBookError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BindCompanyAccountantBook",
            rt::Method::Post,
            "/v1.0/bizfinance/companies/accountantBooks/bind",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 取消核销智能财务的权益
    ///
    /// `POST /v1.0/bizfinance/consumedBenefits/cancel`: DingTalk's `CancelConsume` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CancelConsume")]
    #[doc(alias = "/v1.0/bizfinance/consumedBenefits/cancel")]
    #[doc(alias = "POST /v1.0/bizfinance/consumedBenefits/cancel")]
    pub fn cancel_consume(
        &self,
        request: &CancelConsumeRequest,
    ) -> rt::Call<CancelConsumeResponseBody, CancelConsumeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CancelConsume",
            rt::Method::Post,
            "/v1.0/bizfinance/consumedBenefits/cancel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查验发票是否生成凭证
    ///
    /// `POST /v1.0/bizfinance/invoices/checkVoucherStatus/query`: DingTalk's `CheckVoucherStatus` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CheckVoucherStatus")]
    #[doc(alias = "/v1.0/bizfinance/invoices/checkVoucherStatus/query")]
    #[doc(alias = "POST /v1.0/bizfinance/invoices/checkVoucherStatus/query")]
    pub fn check_voucher_status(
        &self,
        request: &CheckVoucherStatusRequest,
    ) -> rt::Call<CheckVoucherStatusResponseBody, CheckVoucherStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CheckVoucherStatus",
            rt::Method::Post,
            "/v1.0/bizfinance/invoices/checkVoucherStatus/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 确认核销智能财务的权益
    ///
    /// `POST /v1.0/bizfinance/consumedBenefits/commit`: DingTalk's `CommitConsume` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CommitConsume")]
    #[doc(alias = "/v1.0/bizfinance/consumedBenefits/commit")]
    #[doc(alias = "POST /v1.0/bizfinance/consumedBenefits/commit")]
    pub fn commit_consume(
        &self,
        request: &CommitConsumeRequest,
    ) -> rt::Call<CommitConsumeResponseBody, CommitConsumeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CommitConsume",
            rt::Method::Post,
            "/v1.0/bizfinance/consumedBenefits/commit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建智能财务的客户信息
    ///
    /// `POST /v1.0/bizfinance/auxiliaries/customers`: DingTalk's `CreateCustomer` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateCustomer")]
    #[doc(alias = "/v1.0/bizfinance/auxiliaries/customers")]
    #[doc(alias = "POST /v1.0/bizfinance/auxiliaries/customers")]
    pub fn create_customer(
        &self,
        request: &CreateCustomerRequest,
    ) -> rt::Call<CreateCustomerResponseBody, CreateCustomerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateCustomer",
            rt::Method::Post,
            "/v1.0/bizfinance/auxiliaries/customers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建智能财务单据
    ///
    /// `POST /v1.0/bizfinance/receipts`: DingTalk's `CreateReceipt` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateReceipt")]
    #[doc(alias = "/v1.0/bizfinance/receipts")]
    #[doc(alias = "POST /v1.0/bizfinance/receipts")]
    pub fn create_receipt(
        &self,
        request: &CreateReceiptRequest,
    ) -> rt::Call<CreateReceiptResponseBody, CreateReceiptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateReceipt",
            rt::Method::Post,
            "/v1.0/bizfinance/receipts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除智能财务单据
    ///
    /// `POST /v1.0/bizfinance/receipts/remove`: DingTalk's `DeleteReceipt` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteReceipt")]
    #[doc(alias = "/v1.0/bizfinance/receipts/remove")]
    #[doc(alias = "POST /v1.0/bizfinance/receipts/remove")]
    pub fn delete_receipt(
        &self,
        request: &DeleteReceiptRequest,
    ) -> rt::Call<DeleteReceiptResponseBody, DeleteReceiptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteReceipt",
            rt::Method::Post,
            "/v1.0/bizfinance/receipts/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取可以查看账本的用户列表
    ///
    /// `GET /v1.0/bizfinance/bookkeeping/users`: DingTalk's `GetBookkeepingUserList` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetBookkeepingUserList")]
    #[doc(alias = "/v1.0/bizfinance/bookkeeping/users")]
    #[doc(alias = "GET /v1.0/bizfinance/bookkeeping/users")]
    pub fn get_bookkeeping_user_list(
        &self,
    ) -> rt::Call<GetBookkeepingUserListResponseBody, GetBookkeepingUserListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetBookkeepingUserList",
            rt::Method::Get,
            "/v1.0/bizfinance/bookkeeping/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取费用类别
    ///
    /// `GET /v1.0/bizfinance/categories/get`: DingTalk's `GetCategory` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCategory")]
    #[doc(alias = "/v1.0/bizfinance/categories/get")]
    #[doc(alias = "GET /v1.0/bizfinance/categories/get")]
    pub fn get_category(
        &self,
        request: &GetCategoryRequest,
    ) -> rt::Call<GetCategoryResponseBody, GetCategoryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCategory",
            rt::Method::Get,
            "/v1.0/bizfinance/categories/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取智能财务应用内维护的客户信息
    ///
    /// `GET /v1.0/bizfinance/customers/details`: DingTalk's `GetCustomer` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetCustomer")]
    #[doc(alias = "/v1.0/bizfinance/customers/details")]
    #[doc(alias = "GET /v1.0/bizfinance/customers/details")]
    pub fn get_customer(
        &self,
        request: &GetCustomerRequest,
    ) -> rt::Call<GetCustomerResponseBody, GetCustomerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetCustomer",
            rt::Method::Get,
            "/v1.0/bizfinance/customers/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业账户
    ///
    /// `GET /v1.0/bizfinance/financeAccounts/get`: DingTalk's `GetFinanceAccount` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFinanceAccount")]
    #[doc(alias = "/v1.0/bizfinance/financeAccounts/get")]
    #[doc(alias = "GET /v1.0/bizfinance/financeAccounts/get")]
    pub fn get_finance_account(
        &self,
        request: &GetFinanceAccountRequest,
    ) -> rt::Call<GetFinanceAccountResponseBody, GetFinanceAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFinanceAccount",
            rt::Method::Get,
            "/v1.0/bizfinance/financeAccounts/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取智能财务套件模版信息
    ///
    /// `GET /v1.0/bizfinance/formTemplates/infos`: DingTalk's `GetFormTemplateInfo` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFormTemplateInfo")]
    #[doc(alias = "/v1.0/bizfinance/formTemplates/infos")]
    #[doc(alias = "GET /v1.0/bizfinance/formTemplates/infos")]
    pub fn get_form_template_info(
        &self,
    ) -> rt::Call<GetFormTemplateInfoResponseBody, GetFormTemplateInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFormTemplateInfo",
            rt::Method::Get,
            "/v1.0/bizfinance/formTemplates/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 发票分页查询接口
    ///
    /// `GET /v1.0/bizfinance/invoices`: DingTalk's `GetInvoiceByPage` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetInvoiceByPage")]
    #[doc(alias = "/v1.0/bizfinance/invoices")]
    #[doc(alias = "GET /v1.0/bizfinance/invoices")]
    pub fn get_invoice_by_page(
        &self,
        request: &GetInvoiceByPageRequest,
    ) -> rt::Call<GetInvoiceByPageResponseBody, GetInvoiceByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInvoiceByPage",
            rt::Method::Get,
            "/v1.0/bizfinance/invoices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用来给isv提供是否使用智能账本的判断接口
    ///
    /// `GET /v1.0/bizfinance/accounts/uses`: DingTalk's `GetIsNewVersion` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetIsNewVersion")]
    #[doc(alias = "/v1.0/bizfinance/accounts/uses")]
    #[doc(alias = "GET /v1.0/bizfinance/accounts/uses")]
    pub fn get_is_new_version(
        &self,
    ) -> rt::Call<GetIsNewVersionResponseBody, GetIsNewVersionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetIsNewVersion",
            rt::Method::Get,
            "/v1.0/bizfinance/accounts/uses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 根据comanyCode查询钉钉智能财务多主体信息
    ///
    /// `GET /v1.0/bizfinance/multiCompanies/{companyCode}`: DingTalk's `GetMultiCompanyInfoByCode` (module feature `bizfinance_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `company_code`: `{companyCode}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMultiCompanyInfoByCode")]
    #[doc(alias = "/v1.0/bizfinance/multiCompanies/{companyCode}")]
    #[doc(alias = "GET /v1.0/bizfinance/multiCompanies/{companyCode}")]
    pub fn get_multi_company_info_by_code(
        &self,
        company_code: &str,
    ) -> rt::Call<
        GetMultiCompanyInfoByCodeResponseBody,
        GetMultiCompanyInfoByCodeError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMultiCompanyInfoByCode",
            rt::Method::Get,
            "/v1.0/bizfinance/multiCompanies/{companyCode}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[company_code], &())
    }
    /// 获取商品信息
    ///
    /// `GET /v1.0/bizfinance/products`: DingTalk's `GetProduct` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProduct")]
    #[doc(alias = "/v1.0/bizfinance/products")]
    #[doc(alias = "GET /v1.0/bizfinance/products")]
    pub fn get_product(
        &self,
        request: &GetProductRequest,
    ) -> rt::Call<GetProductResponseBody, GetProductError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProduct",
            rt::Method::Get,
            "/v1.0/bizfinance/products",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取单条项目
    ///
    /// `GET /v1.0/bizfinance/projects/get`: DingTalk's `GetProject` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetProject")]
    #[doc(alias = "/v1.0/bizfinance/projects/get")]
    #[doc(alias = "GET /v1.0/bizfinance/projects/get")]
    pub fn get_project(
        &self,
        request: &GetProjectRequest,
    ) -> rt::Call<GetProjectResponseBody, GetProjectError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetProject",
            rt::Method::Get,
            "/v1.0/bizfinance/projects/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取智能财务单据详情
    ///
    /// `GET /v1.0/bizfinance/receipts/details`: DingTalk's `GetReceipt` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetReceipt")]
    #[doc(alias = "/v1.0/bizfinance/receipts/details")]
    #[doc(alias = "GET /v1.0/bizfinance/receipts/details")]
    pub fn get_receipt(
        &self,
        request: &GetReceiptRequest,
    ) -> rt::Call<GetReceiptResponseBody, GetReceiptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetReceipt",
            rt::Method::Get,
            "/v1.0/bizfinance/receipts/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取智能财务应用内维护的供应商信息
    ///
    /// `GET /v1.0/bizfinance/suppliers/details`: DingTalk's `GetSupplier` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetSupplier")]
    #[doc(alias = "/v1.0/bizfinance/suppliers/details")]
    #[doc(alias = "GET /v1.0/bizfinance/suppliers/details")]
    pub fn get_supplier(
        &self,
        request: &GetSupplierRequest,
    ) -> rt::Call<GetSupplierResponseBody, GetSupplierError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSupplier",
            rt::Method::Get,
            "/v1.0/bizfinance/suppliers/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用友开放平台接口鉴权信息
    ///
    /// `GET /v1.0/bizfinance/yongyou/token`: DingTalk's `GetYongYouOpenApiToken` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetYongYouOpenApiToken")]
    #[doc(alias = "/v1.0/bizfinance/yongyou/token")]
    #[doc(alias = "GET /v1.0/bizfinance/yongyou/token")]
    pub fn get_yong_you_open_api_token(
        &self,
        request: &GetYongYouOpenApiTokenRequest,
    ) -> rt::Call<GetYongYouOpenApiTokenResponseBody, GetYongYouOpenApiTokenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetYongYouOpenApiToken",
            rt::Method::Get,
            "/v1.0/bizfinance/yongyou/token",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询钉钉组织绑定的畅捷通组织
    ///
    /// `GET /v1.0/bizfinance/yongyou/relations`: DingTalk's `GetYongYouOrgRelation` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetYongYouOrgRelation")]
    #[doc(alias = "/v1.0/bizfinance/yongyou/relations")]
    #[doc(alias = "GET /v1.0/bizfinance/yongyou/relations")]
    pub fn get_yong_you_org_relation(
        &self,
    ) -> rt::Call<GetYongYouOrgRelationResponseBody, GetYongYouOrgRelationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetYongYouOrgRelation",
            rt::Method::Get,
            "/v1.0/bizfinance/yongyou/relations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 权益核销
    ///
    /// `POST /v1.0/bizfinance/professions/benefits/consume`: DingTalk's `ProfessionBenefitConsume` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ProfessionBenefitConsume")]
    #[doc(alias = "/v1.0/bizfinance/professions/benefits/consume")]
    #[doc(alias = "POST /v1.0/bizfinance/professions/benefits/consume")]
    pub fn profession_benefit_consume(
        &self,
        request: &ProfessionBenefitConsumeRequest,
    ) -> rt::Call<ProfessionBenefitConsumeResponseBody, ProfessionBenefitConsumeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ProfessionBenefitConsume",
            rt::Method::Post,
            "/v1.0/bizfinance/professions/benefits/consume",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 触发单据同步给有成
    ///
    /// `POST /v1.0/bizfinance/budgets/historicalReceipts/push`: DingTalk's `PushHistoricalReceipts` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PushHistoricalReceipts")]
    #[doc(alias = "/v1.0/bizfinance/budgets/historicalReceipts/push")]
    #[doc(alias = "POST /v1.0/bizfinance/budgets/historicalReceipts/push")]
    pub fn push_historical_receipts(
        &self,
        request: &PushHistoricalReceiptsRequest,
    ) -> rt::Call<PushHistoricalReceiptsResponseBody, PushHistoricalReceiptsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PushHistoricalReceipts",
            rt::Method::Post,
            "/v1.0/bizfinance/budgets/historicalReceipts/push",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询智能财务计量型权益
    ///
    /// `GET /v1.0/bizfinance/benefits`: DingTalk's `QueryBenefit` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryBenefit")]
    #[doc(alias = "/v1.0/bizfinance/benefits")]
    #[doc(alias = "GET /v1.0/bizfinance/benefits")]
    pub fn query_benefit(
        &self,
        request: &QueryBenefitRequest,
    ) -> rt::Call<QueryBenefitResponseBody, QueryBenefitError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBenefit",
            rt::Method::Get,
            "/v1.0/bizfinance/benefits",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取费用类别
    ///
    /// `GET /v1.0/bizfinance/categories/list`: DingTalk's `QueryCategoryByPage` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_category_by_page_pages`].
    #[doc(alias = "QueryCategoryByPage")]
    #[doc(alias = "/v1.0/bizfinance/categories/list")]
    #[doc(alias = "GET /v1.0/bizfinance/categories/list")]
    pub fn query_category_by_page(
        &self,
        request: &QueryCategoryByPageRequest,
    ) -> rt::Call<QueryCategoryByPageResponseBody, QueryCategoryByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCategoryByPage",
            rt::Method::Get,
            "/v1.0/bizfinance/categories/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询某个主体的开票申请单的提单数量
    ///
    /// `GET /v1.0/bizfinance/invoices/companyRelationReceipts/counts`: DingTalk's `QueryCompanyInvoiceRelationCount` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCompanyInvoiceRelationCount")]
    #[doc(alias = "/v1.0/bizfinance/invoices/companyRelationReceipts/counts")]
    #[doc(alias = "GET /v1.0/bizfinance/invoices/companyRelationReceipts/counts")]
    pub fn query_company_invoice_relation_count(
        &self,
        request: &QueryCompanyInvoiceRelationCountRequest,
    ) -> rt::Call<
        QueryCompanyInvoiceRelationCountResponseBody,
        QueryCompanyInvoiceRelationCountError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCompanyInvoiceRelationCount",
            rt::Method::Get,
            "/v1.0/bizfinance/invoices/companyRelationReceipts/counts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页批量获取智能财务应用内维护的客户信息
    ///
    /// `GET /v1.0/bizfinance/customers`: DingTalk's `QueryCustomerByPage` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_customer_by_page_pages`].
    #[doc(alias = "QueryCustomerByPage")]
    #[doc(alias = "/v1.0/bizfinance/customers")]
    #[doc(alias = "GET /v1.0/bizfinance/customers")]
    pub fn query_customer_by_page(
        &self,
        request: &QueryCustomerByPageRequest,
    ) -> rt::Call<QueryCustomerByPageResponseBody, QueryCustomerByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCustomerByPage",
            rt::Method::Get,
            "/v1.0/bizfinance/customers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提供给合作伙伴，查询智能财务的客户配置信息
    ///
    /// `GET /v1.0/bizfinance/auxiliaries/customers`: DingTalk's `QueryCustomerInfo` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_customer_info_pages`].
    #[doc(alias = "QueryCustomerInfo")]
    #[doc(alias = "/v1.0/bizfinance/auxiliaries/customers")]
    #[doc(alias = "GET /v1.0/bizfinance/auxiliaries/customers")]
    pub fn query_customer_info(
        &self,
        request: &QueryCustomerInfoRequest,
    ) -> rt::Call<QueryCustomerInfoResponseBody, QueryCustomerInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCustomerInfo",
            rt::Method::Get,
            "/v1.0/bizfinance/auxiliaries/customers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取企业账户
    ///
    /// `GET /v1.0/bizfinance/financeAccounts/list`: DingTalk's `QueryEnterpriseAccountByPage` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_enterprise_account_by_page_pages`].
    #[doc(alias = "QueryEnterpriseAccountByPage")]
    #[doc(alias = "/v1.0/bizfinance/financeAccounts/list")]
    #[doc(alias = "GET /v1.0/bizfinance/financeAccounts/list")]
    pub fn query_enterprise_account_by_page(
        &self,
        request: &QueryEnterpriseAccountByPageRequest,
    ) -> rt::Call<
        QueryEnterpriseAccountByPageResponseBody,
        QueryEnterpriseAccountByPageError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryEnterpriseAccountByPage",
            rt::Method::Get,
            "/v1.0/bizfinance/financeAccounts/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询智能财务配置的企业信息
    ///
    /// `GET /v1.0/bizfinance/companies`: DingTalk's `QueryFinanceCompanyInfo` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryFinanceCompanyInfo")]
    #[doc(alias = "/v1.0/bizfinance/companies")]
    #[doc(alias = "GET /v1.0/bizfinance/companies")]
    pub fn query_finance_company_info(
        &self,
    ) -> rt::Call<QueryFinanceCompanyInfoResponseBody, QueryFinanceCompanyInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryFinanceCompanyInfo",
            rt::Method::Get,
            "/v1.0/bizfinance/companies",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询开票申请单的提单数量
    ///
    /// `GET /v1.0/bizfinance/invoices/relationReceipts/counts`: DingTalk's `QueryInvoiceRelationCount` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryInvoiceRelationCount")]
    #[doc(alias = "/v1.0/bizfinance/invoices/relationReceipts/counts")]
    #[doc(alias = "GET /v1.0/bizfinance/invoices/relationReceipts/counts")]
    pub fn query_invoice_relation_count(
        &self,
    ) -> rt::Call<
        QueryInvoiceRelationCountResponseBody,
        QueryInvoiceRelationCountError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryInvoiceRelationCount",
            rt::Method::Get,
            "/v1.0/bizfinance/invoices/relationReceipts/counts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询钉钉智能财务多主体信息
    ///
    /// `GET /v1.0/bizfinance/multiCompanies`: DingTalk's `QueryMultiCompanyInfo` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMultiCompanyInfo")]
    #[doc(alias = "/v1.0/bizfinance/multiCompanies")]
    #[doc(alias = "GET /v1.0/bizfinance/multiCompanies")]
    pub fn query_multi_company_info(
        &self,
        request: &QueryMultiCompanyInfoRequest,
    ) -> rt::Call<QueryMultiCompanyInfoResponseBody, QueryMultiCompanyInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMultiCompanyInfo",
            rt::Method::Get,
            "/v1.0/bizfinance/multiCompanies",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提供给小望，查询当前用户所具有的的小望权限点信息
    ///
    /// `GET /v1.0/bizfinance/permissions`: DingTalk's `QueryPermissionByUserId` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPermissionByUserId")]
    #[doc(alias = "/v1.0/bizfinance/permissions")]
    #[doc(alias = "GET /v1.0/bizfinance/permissions")]
    pub fn query_permission_by_user_id(
        &self,
        request: &QueryPermissionByUserIdRequest,
    ) -> rt::Call<QueryPermissionByUserIdResponseBody, QueryPermissionByUserIdError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPermissionByUserId",
            rt::Method::Get,
            "/v1.0/bizfinance/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询智能财务角色下的成员信息
    ///
    /// `POST /v1.0/bizfinance/roles/members/query`: DingTalk's `QueryPermissionRoleMember` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPermissionRoleMember")]
    #[doc(alias = "/v1.0/bizfinance/roles/members/query")]
    #[doc(alias = "POST /v1.0/bizfinance/roles/members/query")]
    pub fn query_permission_role_member(
        &self,
        request: &QueryPermissionRoleMemberRequest,
    ) -> rt::Call<
        QueryPermissionRoleMemberResponseBody,
        QueryPermissionRoleMemberError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPermissionRoleMember",
            rt::Method::Post,
            "/v1.0/bizfinance/roles/members/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取商品信息
    ///
    /// `POST /v1.0/bizfinance/products/query`: DingTalk's `QueryProductByPage` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_product_by_page_pages`].
    #[doc(alias = "QueryProductByPage")]
    #[doc(alias = "/v1.0/bizfinance/products/query")]
    #[doc(alias = "POST /v1.0/bizfinance/products/query")]
    pub fn query_product_by_page(
        &self,
        request: &QueryProductByPageRequest,
    ) -> rt::Call<QueryProductByPageResponseBody, QueryProductByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryProductByPage",
            rt::Method::Post,
            "/v1.0/bizfinance/products/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取项目信息
    ///
    /// `GET /v1.0/bizfinance/projects/list`: DingTalk's `QueryProjectByPage` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_project_by_page_pages`].
    #[doc(alias = "QueryProjectByPage")]
    #[doc(alias = "/v1.0/bizfinance/projects/list")]
    #[doc(alias = "GET /v1.0/bizfinance/projects/list")]
    pub fn query_project_by_page(
        &self,
        request: &QueryProjectByPageRequest,
    ) -> rt::Call<QueryProjectByPageResponseBody, QueryProjectByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryProjectByPage",
            rt::Method::Get,
            "/v1.0/bizfinance/projects/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询开票申请单详情
    ///
    /// `GET /v1.0/bizfinance/invoices/receipts/details`: DingTalk's `QueryReceiptDetailForInvoice` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryReceiptDetailForInvoice")]
    #[doc(alias = "/v1.0/bizfinance/invoices/receipts/details")]
    #[doc(alias = "GET /v1.0/bizfinance/invoices/receipts/details")]
    pub fn query_receipt_detail_for_invoice(
        &self,
        request: &QueryReceiptDetailForInvoiceRequest,
    ) -> rt::Call<
        QueryReceiptDetailForInvoiceResponseBody,
        QueryReceiptDetailForInvoiceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryReceiptDetailForInvoice",
            rt::Method::Get,
            "/v1.0/bizfinance/invoices/receipts/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询智能财务单据主数据信息
    ///
    /// `POST /v1.0/bizfinance/invoices/receipts/query`: DingTalk's `QueryReceiptForInvoice` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_receipt_for_invoice_pages`].
    #[doc(alias = "QueryReceiptForInvoice")]
    #[doc(alias = "/v1.0/bizfinance/invoices/receipts/query")]
    #[doc(alias = "POST /v1.0/bizfinance/invoices/receipts/query")]
    pub fn query_receipt_for_invoice(
        &self,
        request: &QueryReceiptForInvoiceRequest,
    ) -> rt::Call<QueryReceiptForInvoiceResponseBody, QueryReceiptForInvoiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryReceiptForInvoice",
            rt::Method::Post,
            "/v1.0/bizfinance/invoices/receipts/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询智能财务的单据主数据基本信息
    ///
    /// `GET /v1.0/bizfinance/receipts/dataInfos`: DingTalk's `QueryReceiptsBaseInfo` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_receipts_base_info_pages`].
    #[doc(alias = "QueryReceiptsBaseInfo")]
    #[doc(alias = "/v1.0/bizfinance/receipts/dataInfos")]
    #[doc(alias = "GET /v1.0/bizfinance/receipts/dataInfos")]
    pub fn query_receipts_base_info(
        &self,
        request: &QueryReceiptsBaseInfoRequest,
    ) -> rt::Call<QueryReceiptsBaseInfoResponseBody, QueryReceiptsBaseInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryReceiptsBaseInfo",
            rt::Method::Get,
            "/v1.0/bizfinance/receipts/dataInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页获取智能财务单据详情列表
    ///
    /// `GET /v1.0/bizfinance/receipts`: DingTalk's `QueryReceiptsByPage` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_receipts_by_page_pages`].
    #[doc(alias = "QueryReceiptsByPage")]
    #[doc(alias = "/v1.0/bizfinance/receipts")]
    #[doc(alias = "GET /v1.0/bizfinance/receipts")]
    pub fn query_receipts_by_page(
        &self,
        request: &QueryReceiptsByPageRequest,
    ) -> rt::Call<QueryReceiptsByPageResponseBody, QueryReceiptsByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryReceiptsByPage",
            rt::Method::Get,
            "/v1.0/bizfinance/receipts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询智能财务角色下的成员信息
    ///
    /// `GET /v1.0/bizfinance/roles/members`: DingTalk's `QueryRoleMemberByPage` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_role_member_by_page_pages`].
    #[doc(alias = "QueryRoleMemberByPage")]
    #[doc(alias = "/v1.0/bizfinance/roles/members")]
    #[doc(alias = "GET /v1.0/bizfinance/roles/members")]
    pub fn query_role_member_by_page(
        &self,
        request: &QueryRoleMemberByPageRequest,
    ) -> rt::Call<QueryRoleMemberByPageResponseBody, QueryRoleMemberByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRoleMemberByPage",
            rt::Method::Get,
            "/v1.0/bizfinance/roles/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页批量获取智能财务应用内维护的供应商信息
    ///
    /// `GET /v1.0/bizfinance/suppliers`: DingTalk's `QuerySupplierByPage` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_supplier_by_page_pages`].
    #[doc(alias = "QuerySupplierByPage")]
    #[doc(alias = "/v1.0/bizfinance/suppliers")]
    #[doc(alias = "GET /v1.0/bizfinance/suppliers")]
    pub fn query_supplier_by_page(
        &self,
        request: &QuerySupplierByPageRequest,
    ) -> rt::Call<QuerySupplierByPageResponseBody, QuerySupplierByPageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySupplierByPage",
            rt::Method::Get,
            "/v1.0/bizfinance/suppliers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户角色
    ///
    /// `GET /v1.0/bizfinance/users/roles`: DingTalk's `QueryUserRoleList` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserRoleList")]
    #[doc(alias = "/v1.0/bizfinance/users/roles")]
    #[doc(alias = "GET /v1.0/bizfinance/users/roles")]
    pub fn query_user_role_list(
        &self,
        request: &QueryUserRoleListRequest,
    ) -> rt::Call<QueryUserRoleListResponseBody, QueryUserRoleListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserRoleList",
            rt::Method::Get,
            "/v1.0/bizfinance/users/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 解绑开票申请单关联的发票
    ///
    /// `POST /v1.0/bizfinance/invoices/unbind`: DingTalk's `UnbindApplyReceiptAndInvoiceRelated` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UnbindApplyReceiptAndInvoiceRelated")]
    #[doc(alias = "/v1.0/bizfinance/invoices/unbind")]
    #[doc(alias = "POST /v1.0/bizfinance/invoices/unbind")]
    pub fn unbind_apply_receipt_and_invoice_related(
        &self,
        request: &UnbindApplyReceiptAndInvoiceRelatedRequest,
    ) -> rt::Call<
        UnbindApplyReceiptAndInvoiceRelatedResponseBody,
        UnbindApplyReceiptAndInvoiceRelatedError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnbindApplyReceiptAndInvoiceRelated",
            rt::Method::Post,
            "/v1.0/bizfinance/invoices/unbind",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 开票申请单关联发票
    ///
    /// `POST /v1.0/bizfinance/invoices/applyReceipts/relate`: DingTalk's `UpdateApplyReceiptAndInvoiceRelated` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateApplyReceiptAndInvoiceRelated")]
    #[doc(alias = "/v1.0/bizfinance/invoices/applyReceipts/relate")]
    #[doc(alias = "POST /v1.0/bizfinance/invoices/applyReceipts/relate")]
    pub fn update_apply_receipt_and_invoice_related(
        &self,
        request: &UpdateApplyReceiptAndInvoiceRelatedRequest,
    ) -> rt::Call<
        UpdateApplyReceiptAndInvoiceRelatedResponseBody,
        UpdateApplyReceiptAndInvoiceRelatedError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateApplyReceiptAndInvoiceRelated",
            rt::Method::Post,
            "/v1.0/bizfinance/invoices/applyReceipts/relate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新全电发票企业信息
    ///
    /// `PUT /v1.0/bizfinance/invoices/organizationInfos`: DingTalk's `UpdateDigitalInvoiceOrgInfo` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateDigitalInvoiceOrgInfo")]
    #[doc(alias = "/v1.0/bizfinance/invoices/organizationInfos")]
    #[doc(alias = "PUT /v1.0/bizfinance/invoices/organizationInfos")]
    pub fn update_digital_invoice_org_info(
        &self,
        request: &UpdateDigitalInvoiceOrgInfoRequest,
    ) -> rt::Call<
        UpdateDigitalInvoiceOrgInfoResponseBody,
        UpdateDigitalInvoiceOrgInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateDigitalInvoiceOrgInfo",
            rt::Method::Put,
            "/v1.0/bizfinance/invoices/organizationInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新智能财务配置的企业信息
    ///
    /// `PUT /v1.0/bizfinance/companies`: DingTalk's `UpdateFinanceCompanyInfo` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateFinanceCompanyInfo")]
    #[doc(alias = "/v1.0/bizfinance/companies")]
    #[doc(alias = "PUT /v1.0/bizfinance/companies")]
    pub fn update_finance_company_info(
        &self,
        request: &UpdateFinanceCompanyInfoRequest,
    ) -> rt::Call<UpdateFinanceCompanyInfoResponseBody, UpdateFinanceCompanyInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateFinanceCompanyInfo",
            rt::Method::Put,
            "/v1.0/bizfinance/companies",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新钉钉智能财务多主体信息
    ///
    /// `PUT /v1.0/bizfinance/multiCompanies`: DingTalk's `UpdateFinanceMultiCompanyInfo` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateFinanceMultiCompanyInfo")]
    #[doc(alias = "/v1.0/bizfinance/multiCompanies")]
    #[doc(alias = "PUT /v1.0/bizfinance/multiCompanies")]
    pub fn update_finance_multi_company_info(
        &self,
        request: &UpdateFinanceMultiCompanyInfoRequest,
    ) -> rt::Call<
        UpdateFinanceMultiCompanyInfoResponseBody,
        UpdateFinanceMultiCompanyInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateFinanceMultiCompanyInfo",
            rt::Method::Put,
            "/v1.0/bizfinance/multiCompanies",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发票红冲/废弃状态变更接口
    ///
    /// `PUT /v1.0/bizfinance/invoices/abandonStatus`: DingTalk's `UpdateInvoiceAbandonStatus` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInvoiceAbandonStatus")]
    #[doc(alias = "/v1.0/bizfinance/invoices/abandonStatus")]
    #[doc(alias = "PUT /v1.0/bizfinance/invoices/abandonStatus")]
    pub fn update_invoice_abandon_status(
        &self,
        request: &UpdateInvoiceAbandonStatusRequest,
    ) -> rt::Call<
        UpdateInvoiceAbandonStatusResponseBody,
        UpdateInvoiceAbandonStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInvoiceAbandonStatus",
            rt::Method::Put,
            "/v1.0/bizfinance/invoices/abandonStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新发票账期状态
    ///
    /// `PUT /v1.0/bizfinance/invoices/accountPeriods`: DingTalk's `UpdateInvoiceAccountPeriod` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInvoiceAccountPeriod")]
    #[doc(alias = "/v1.0/bizfinance/invoices/accountPeriods")]
    #[doc(alias = "PUT /v1.0/bizfinance/invoices/accountPeriods")]
    pub fn update_invoice_account_period(
        &self,
        request: &UpdateInvoiceAccountPeriodRequest,
    ) -> rt::Call<
        UpdateInvoiceAccountPeriodResponseBody,
        UpdateInvoiceAccountPeriodError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInvoiceAccountPeriod",
            rt::Method::Put,
            "/v1.0/bizfinance/invoices/accountPeriods",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新全电企业入账时间
    ///
    /// `PUT /v1.0/bizfinance/invoices/accounts/periodDates`: DingTalk's `UpdateInvoiceAccountingPeriodDate` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInvoiceAccountingPeriodDate")]
    #[doc(alias = "/v1.0/bizfinance/invoices/accounts/periodDates")]
    #[doc(alias = "PUT /v1.0/bizfinance/invoices/accounts/periodDates")]
    pub fn update_invoice_accounting_period_date(
        &self,
        request: &UpdateInvoiceAccountingPeriodDateRequest,
    ) -> rt::Call<
        UpdateInvoiceAccountingPeriodDateResponseBody,
        UpdateInvoiceAccountingPeriodDateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInvoiceAccountingPeriodDate",
            rt::Method::Put,
            "/v1.0/bizfinance/invoices/accounts/periodDates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新全电企业入账状态
    ///
    /// `PUT /v1.0/bizfinance/invoices/accounts/statuses`: DingTalk's `UpdateInvoiceAccountingStatus` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInvoiceAccountingStatus")]
    #[doc(alias = "/v1.0/bizfinance/invoices/accounts/statuses")]
    #[doc(alias = "PUT /v1.0/bizfinance/invoices/accounts/statuses")]
    pub fn update_invoice_accounting_status(
        &self,
        request: &UpdateInvoiceAccountingStatusRequest,
    ) -> rt::Call<
        UpdateInvoiceAccountingStatusResponseBody,
        UpdateInvoiceAccountingStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInvoiceAccountingStatus",
            rt::Method::Put,
            "/v1.0/bizfinance/invoices/accounts/statuses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新发票关联审批单
    ///
    /// `PUT /v1.0/bizfinance/invoices/approvalReceipts`: DingTalk's `UpdateInvoiceAndReceiptRelated` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInvoiceAndReceiptRelated")]
    #[doc(alias = "/v1.0/bizfinance/invoices/approvalReceipts")]
    #[doc(alias = "PUT /v1.0/bizfinance/invoices/approvalReceipts")]
    pub fn update_invoice_and_receipt_related(
        &self,
        request: &UpdateInvoiceAndReceiptRelatedRequest,
    ) -> rt::Call<
        UpdateInvoiceAndReceiptRelatedResponseBody,
        UpdateInvoiceAndReceiptRelatedError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInvoiceAndReceiptRelated",
            rt::Method::Put,
            "/v1.0/bizfinance/invoices/approvalReceipts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新发票忽略状态
    ///
    /// `PUT /v1.0/bizfinance/invoices/ignoreStatus`: DingTalk's `UpdateInvoiceIgnoreStatus` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInvoiceIgnoreStatus")]
    #[doc(alias = "/v1.0/bizfinance/invoices/ignoreStatus")]
    #[doc(alias = "PUT /v1.0/bizfinance/invoices/ignoreStatus")]
    pub fn update_invoice_ignore_status(
        &self,
        request: &UpdateInvoiceIgnoreStatusRequest,
    ) -> rt::Call<
        UpdateInvoiceIgnoreStatusResponseBody,
        UpdateInvoiceIgnoreStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInvoiceIgnoreStatus",
            rt::Method::Put,
            "/v1.0/bizfinance/invoices/ignoreStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发票认证状态变更接口
    ///
    /// `PUT /v1.0/bizfinance/invoices/verifyStatus`: DingTalk's `UpdateInvoiceVerifyStatus` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInvoiceVerifyStatus")]
    #[doc(alias = "/v1.0/bizfinance/invoices/verifyStatus")]
    #[doc(alias = "PUT /v1.0/bizfinance/invoices/verifyStatus")]
    pub fn update_invoice_verify_status(
        &self,
        request: &UpdateInvoiceVerifyStatusRequest,
    ) -> rt::Call<
        UpdateInvoiceVerifyStatusResponseBody,
        UpdateInvoiceVerifyStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInvoiceVerifyStatus",
            rt::Method::Put,
            "/v1.0/bizfinance/invoices/verifyStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新发票生成凭证状态
    ///
    /// `PUT /v1.0/bizfinance/invoices/vouchers/states`: DingTalk's `UpdateInvoiceVoucherStatus` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInvoiceVoucherStatus")]
    #[doc(alias = "/v1.0/bizfinance/invoices/vouchers/states")]
    #[doc(alias = "PUT /v1.0/bizfinance/invoices/vouchers/states")]
    pub fn update_invoice_voucher_status(
        &self,
        request: &UpdateInvoiceVoucherStatusRequest,
    ) -> rt::Call<
        UpdateInvoiceVoucherStatusResponseBody,
        UpdateInvoiceVoucherStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInvoiceVoucherStatus",
            rt::Method::Put,
            "/v1.0/bizfinance/invoices/vouchers/states",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新智能财务单据
    ///
    /// `PUT /v1.0/bizfinance/receipts`: DingTalk's `UpdateReceipt` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateReceipt")]
    #[doc(alias = "/v1.0/bizfinance/receipts")]
    #[doc(alias = "PUT /v1.0/bizfinance/receipts")]
    pub fn update_receipt(
        &self,
        request: &UpdateReceiptRequest,
    ) -> rt::Call<UpdateReceiptResponseBody, UpdateReceiptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateReceipt",
            rt::Method::Put,
            "/v1.0/bizfinance/receipts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新智能财务审批单的凭证状态
    ///
    /// `PUT /v1.0/bizfinance/vouchers/recepits`: DingTalk's `UpdateReceiptVoucherStatus` (module feature `bizfinance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateReceiptVoucherStatus")]
    #[doc(alias = "/v1.0/bizfinance/vouchers/recepits")]
    #[doc(alias = "PUT /v1.0/bizfinance/vouchers/recepits")]
    pub fn update_receipt_voucher_status(
        &self,
        request: &UpdateReceiptVoucherStatusRequest,
    ) -> rt::Call<
        UpdateReceiptVoucherStatusResponseBody,
        UpdateReceiptVoucherStatusError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateReceiptVoucherStatus",
            rt::Method::Put,
            "/v1.0/bizfinance/vouchers/recepits",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
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
    /// Every page of [`Api::query_customer_info`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false` or `totalCount` items are read. Items: `list` of each page.
    pub fn query_customer_info_pages(
        &self,
        request: &QueryCustomerInfoRequest,
    ) -> rt::Paginator<
        QueryCustomerInfoResponseBody,
        QueryCustomerInfoError,
        QueryCustomerInfoResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["list"],
            &["hasMore"],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_customer_info(request), &PAGING)
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
    /// Every page of [`Api::query_receipts_base_info`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `list` of each page.
    pub fn query_receipts_base_info_pages(
        &self,
        request: &QueryReceiptsBaseInfoRequest,
    ) -> rt::Paginator<
        QueryReceiptsBaseInfoResponseBody,
        QueryReceiptsBaseInfoError,
        QueryReceiptsBaseInfoResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["list"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_receipts_base_info(request), &PAGING)
    }
    /// Every page of [`Api::query_receipts_by_page`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `list` of each page.
    pub fn query_receipts_by_page_pages(
        &self,
        request: &QueryReceiptsByPageRequest,
    ) -> rt::Paginator<
        QueryReceiptsByPageResponseBody,
        QueryReceiptsByPageError,
        QueryReceiptsByPageResponseBodyList,
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
        rt::Paginator::new(self.query_receipts_by_page(request), &PAGING)
    }
    /// Every page of [`Api::query_role_member_by_page`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn query_role_member_by_page_pages(
        &self,
        request: &QueryRoleMemberByPageRequest,
    ) -> rt::Paginator<
        QueryRoleMemberByPageResponseBody,
        QueryRoleMemberByPageError,
        QueryRoleMemberByPageResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.query_role_member_by_page(request), &PAGING)
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
/// `AppendRolePermissionRequestRolePermissionItemList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendRolePermissionRequestRolePermissionItemList {
    /// `permissionList`.
    pub permission_list: Option<
        Vec<AppendRolePermissionRequestRolePermissionItemListPermissionList>,
    >,
    /// `roleCode`.
    pub role_code: Option<String>,
}
impl AppendRolePermissionRequestRolePermissionItemList {
    /// An empty `AppendRolePermissionRequestRolePermissionItemList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `permissionList`.
    pub fn permission_list(
        mut self,
        value: impl IntoIterator<
            Item = AppendRolePermissionRequestRolePermissionItemListPermissionList,
        >,
    ) -> Self {
        self.permission_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `roleCode`.
    pub fn role_code(mut self, value: impl Into<String>) -> Self {
        self.role_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AppendRolePermissionRequestRolePermissionItemList { "permissionList" =>
    optional(permission_list), "roleCode" => optional(role_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppendRolePermissionRequestRolePermissionItemList { "permissionList" =>
    read_field(permission_list), "roleCode" => read_field(role_code) }
}
/// `AppendRolePermissionResponseBody`, a model several operations share: also named [`BindCompanyAccountantBookResponseBody`], [`UpdateDigitalInvoiceOrgInfoResponseBody`], [`UpdateFinanceCompanyInfoResponseBody`], [`UpdateFinanceMultiCompanyInfoResponseBody`], [`UpdateInvoiceAbandonStatusResponseBody`], [`UpdateInvoiceAndReceiptRelatedResponseBody`], [`UpdateInvoiceIgnoreStatusResponseBody`], [`UpdateInvoiceVerifyStatusResponseBody`], [`UpdateReceiptVoucherStatusResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AppendRolePermissionResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    AppendRolePermissionResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AppendRolePermissionResponseBody { "result" => optional(result) }
}
/// `BatchAddInvoiceRequestGeneralInvoiceVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddInvoiceRequestGeneralInvoiceVOList {
    /// `accountPeriod`.
    pub account_period: Option<String>,
    /// `amount`.
    pub amount: Option<String>,
    /// `amountWithTax`.
    pub amount_with_tax: Option<String>,
    /// `aviationTaxRate`.
    pub aviation_tax_rate: Option<String>,
    /// `caacDevelopmentFund`.
    pub caac_development_fund: Option<String>,
    /// `certificationDate`.
    pub certification_date: Option<String>,
    /// `certificationPeriod`.
    pub certification_period: Option<String>,
    /// `checkCode`.
    pub check_code: Option<String>,
    /// `checkTime`.
    pub check_time: Option<String>,
    /// `domesticOrIntl`.
    pub domestic_or_intl: Option<String>,
    /// `drawerName`.
    pub drawer_name: Option<String>,
    /// `drewDate`.
    pub drew_date: Option<String>,
    /// `eFlightItineraryDetailVOList`.
    pub e_flight_itinerary_detail_vo_list: Option<
        Vec<BatchAddInvoiceRequestGeneralInvoiceVOListEFlightItineraryDetailVOList>,
    >,
    /// `eTicketNo`.
    pub e_ticket_no: Option<String>,
    /// `eTrainTicketDetailVOList`.
    pub e_train_ticket_detail_vo_list: Option<
        Vec<BatchAddInvoiceRequestGeneralInvoiceVOListETrainTicketDetailVOList>,
    >,
    /// `electronicUrl`.
    pub electronic_url: Option<String>,
    /// `fare`.
    pub fare: Option<String>,
    /// `fileId`.
    pub file_id: Option<String>,
    /// `financeType`.
    pub finance_type: Option<String>,
    /// `fuelSurcharge`.
    pub fuel_surcharge: Option<String>,
    /// `fundType`.
    pub fund_type: Option<String>,
    /// `generalInvoiceDetailVOList`.
    pub general_invoice_detail_vo_list: Option<
        Vec<BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList>,
    >,
    /// `gpNo`.
    pub gp_no: Option<String>,
    /// `imageUrl`.
    pub image_url: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
    /// `invoiceStatus`.
    pub invoice_status: Option<String>,
    /// `invoiceType`.
    pub invoice_type: Option<String>,
    /// `machineCode`.
    pub machine_code: Option<String>,
    /// `ofdUrl`.
    pub ofd_url: Option<String>,
    /// `oilFlag`.
    pub oil_flag: Option<String>,
    /// `passenger`.
    pub passenger: Option<String>,
    /// `passengerUserId`.
    pub passenger_user_id: Option<String>,
    /// `payee`.
    pub payee: Option<String>,
    /// `pdfUrl`.
    pub pdf_url: Option<String>,
    /// `processInstCode`.
    pub process_inst_code: Option<String>,
    /// `processInstType`.
    pub process_inst_type: Option<String>,
    /// `purchaserAddress`.
    pub purchaser_address: Option<String>,
    /// `purchaserBankAccount`.
    pub purchaser_bank_account: Option<String>,
    /// `purchaserBankNameAccount`.
    pub purchaser_bank_name_account: Option<String>,
    /// `purchaserName`.
    pub purchaser_name: Option<String>,
    /// `purchaserTaxNo`.
    pub purchaser_tax_no: Option<String>,
    /// `purchaserTel`.
    pub purchaser_tel: Option<String>,
    /// `receiverEmail`.
    pub receiver_email: Option<String>,
    /// `receiverName`.
    pub receiver_name: Option<String>,
    /// `receiverTel`.
    pub receiver_tel: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `reviewer`.
    pub reviewer: Option<String>,
    /// `secondHandCarInvoiceDetailList`.
    pub second_hand_car_invoice_detail_list: Option<
        Vec<BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList>,
    >,
    /// `sellerAddress`.
    pub seller_address: Option<String>,
    /// `sellerBankAccount`.
    pub seller_bank_account: Option<String>,
    /// `sellerBankNameAccount`.
    pub seller_bank_name_account: Option<String>,
    /// `sellerName`.
    pub seller_name: Option<String>,
    /// `sellerTaxNo`.
    pub seller_tax_no: Option<String>,
    /// `sellerTel`.
    pub seller_tel: Option<String>,
    /// `spaceId`.
    pub space_id: Option<String>,
    /// `supplySign`.
    pub supply_sign: Option<String>,
    /// `taxAmount`.
    pub tax_amount: Option<String>,
    /// `usedVehicleSaleDetailVOList`.
    pub used_vehicle_sale_detail_vo_list: Option<
        Vec<BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList>,
    >,
    /// `vehicleSaleDetailVOList`.
    pub vehicle_sale_detail_vo_list: Option<
        Vec<BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList>,
    >,
    /// `verifyStatus`.
    pub verify_status: Option<String>,
    /// `voucherCode`.
    pub voucher_code: Option<String>,
    /// `voucherStatus`.
    pub voucher_status: Option<String>,
    /// `xmlUrl`.
    pub xml_url: Option<String>,
}
impl BatchAddInvoiceRequestGeneralInvoiceVOList {
    /// An empty `BatchAddInvoiceRequestGeneralInvoiceVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountPeriod`.
    pub fn account_period(mut self, value: impl Into<String>) -> Self {
        self.account_period = Some(value.into());
        self
    }
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<String>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets `amountWithTax`.
    pub fn amount_with_tax(mut self, value: impl Into<String>) -> Self {
        self.amount_with_tax = Some(value.into());
        self
    }
    /// Sets `aviationTaxRate`.
    pub fn aviation_tax_rate(mut self, value: impl Into<String>) -> Self {
        self.aviation_tax_rate = Some(value.into());
        self
    }
    /// Sets `caacDevelopmentFund`.
    pub fn caac_development_fund(mut self, value: impl Into<String>) -> Self {
        self.caac_development_fund = Some(value.into());
        self
    }
    /// Sets `certificationDate`.
    pub fn certification_date(mut self, value: impl Into<String>) -> Self {
        self.certification_date = Some(value.into());
        self
    }
    /// Sets `certificationPeriod`.
    pub fn certification_period(mut self, value: impl Into<String>) -> Self {
        self.certification_period = Some(value.into());
        self
    }
    /// Sets `checkCode`.
    pub fn check_code(mut self, value: impl Into<String>) -> Self {
        self.check_code = Some(value.into());
        self
    }
    /// Sets `checkTime`.
    pub fn check_time(mut self, value: impl Into<String>) -> Self {
        self.check_time = Some(value.into());
        self
    }
    /// Sets `domesticOrIntl`.
    pub fn domestic_or_intl(mut self, value: impl Into<String>) -> Self {
        self.domestic_or_intl = Some(value.into());
        self
    }
    /// Sets `drawerName`.
    pub fn drawer_name(mut self, value: impl Into<String>) -> Self {
        self.drawer_name = Some(value.into());
        self
    }
    /// Sets `drewDate`.
    pub fn drew_date(mut self, value: impl Into<String>) -> Self {
        self.drew_date = Some(value.into());
        self
    }
    /// Sets `eFlightItineraryDetailVOList`.
    pub fn e_flight_itinerary_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = BatchAddInvoiceRequestGeneralInvoiceVOListEFlightItineraryDetailVOList,
        >,
    ) -> Self {
        self.e_flight_itinerary_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `eTicketNo`.
    pub fn e_ticket_no(mut self, value: impl Into<String>) -> Self {
        self.e_ticket_no = Some(value.into());
        self
    }
    /// Sets `eTrainTicketDetailVOList`.
    pub fn e_train_ticket_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = BatchAddInvoiceRequestGeneralInvoiceVOListETrainTicketDetailVOList,
        >,
    ) -> Self {
        self.e_train_ticket_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `electronicUrl`.
    pub fn electronic_url(mut self, value: impl Into<String>) -> Self {
        self.electronic_url = Some(value.into());
        self
    }
    /// Sets `fare`.
    pub fn fare(mut self, value: impl Into<String>) -> Self {
        self.fare = Some(value.into());
        self
    }
    /// Sets `fileId`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `financeType`.
    pub fn finance_type(mut self, value: impl Into<String>) -> Self {
        self.finance_type = Some(value.into());
        self
    }
    /// Sets `fuelSurcharge`.
    pub fn fuel_surcharge(mut self, value: impl Into<String>) -> Self {
        self.fuel_surcharge = Some(value.into());
        self
    }
    /// Sets `fundType`.
    pub fn fund_type(mut self, value: impl Into<String>) -> Self {
        self.fund_type = Some(value.into());
        self
    }
    /// Sets `generalInvoiceDetailVOList`.
    pub fn general_invoice_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList,
        >,
    ) -> Self {
        self.general_invoice_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `gpNo`.
    pub fn gp_no(mut self, value: impl Into<String>) -> Self {
        self.gp_no = Some(value.into());
        self
    }
    /// Sets `imageUrl`.
    pub fn image_url(mut self, value: impl Into<String>) -> Self {
        self.image_url = Some(value.into());
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
    /// Sets `invoiceStatus`.
    pub fn invoice_status(mut self, value: impl Into<String>) -> Self {
        self.invoice_status = Some(value.into());
        self
    }
    /// Sets `invoiceType`.
    pub fn invoice_type(mut self, value: impl Into<String>) -> Self {
        self.invoice_type = Some(value.into());
        self
    }
    /// Sets `machineCode`.
    pub fn machine_code(mut self, value: impl Into<String>) -> Self {
        self.machine_code = Some(value.into());
        self
    }
    /// Sets `ofdUrl`.
    pub fn ofd_url(mut self, value: impl Into<String>) -> Self {
        self.ofd_url = Some(value.into());
        self
    }
    /// Sets `oilFlag`.
    pub fn oil_flag(mut self, value: impl Into<String>) -> Self {
        self.oil_flag = Some(value.into());
        self
    }
    /// Sets `passenger`.
    pub fn passenger(mut self, value: impl Into<String>) -> Self {
        self.passenger = Some(value.into());
        self
    }
    /// Sets `passengerUserId`.
    pub fn passenger_user_id(mut self, value: impl Into<String>) -> Self {
        self.passenger_user_id = Some(value.into());
        self
    }
    /// Sets `payee`.
    pub fn payee(mut self, value: impl Into<String>) -> Self {
        self.payee = Some(value.into());
        self
    }
    /// Sets `pdfUrl`.
    pub fn pdf_url(mut self, value: impl Into<String>) -> Self {
        self.pdf_url = Some(value.into());
        self
    }
    /// Sets `processInstCode`.
    pub fn process_inst_code(mut self, value: impl Into<String>) -> Self {
        self.process_inst_code = Some(value.into());
        self
    }
    /// Sets `processInstType`.
    pub fn process_inst_type(mut self, value: impl Into<String>) -> Self {
        self.process_inst_type = Some(value.into());
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
    /// Sets `purchaserBankNameAccount`.
    pub fn purchaser_bank_name_account(mut self, value: impl Into<String>) -> Self {
        self.purchaser_bank_name_account = Some(value.into());
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
    /// Sets `receiverEmail`.
    pub fn receiver_email(mut self, value: impl Into<String>) -> Self {
        self.receiver_email = Some(value.into());
        self
    }
    /// Sets `receiverName`.
    pub fn receiver_name(mut self, value: impl Into<String>) -> Self {
        self.receiver_name = Some(value.into());
        self
    }
    /// Sets `receiverTel`.
    pub fn receiver_tel(mut self, value: impl Into<String>) -> Self {
        self.receiver_tel = Some(value.into());
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
    /// Sets `secondHandCarInvoiceDetailList`.
    pub fn second_hand_car_invoice_detail_list(
        mut self,
        value: impl IntoIterator<
            Item = BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList,
        >,
    ) -> Self {
        self.second_hand_car_invoice_detail_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `sellerAddress`.
    pub fn seller_address(mut self, value: impl Into<String>) -> Self {
        self.seller_address = Some(value.into());
        self
    }
    /// Sets `sellerBankAccount`.
    pub fn seller_bank_account(mut self, value: impl Into<String>) -> Self {
        self.seller_bank_account = Some(value.into());
        self
    }
    /// Sets `sellerBankNameAccount`.
    pub fn seller_bank_name_account(mut self, value: impl Into<String>) -> Self {
        self.seller_bank_name_account = Some(value.into());
        self
    }
    /// Sets `sellerName`.
    pub fn seller_name(mut self, value: impl Into<String>) -> Self {
        self.seller_name = Some(value.into());
        self
    }
    /// Sets `sellerTaxNo`.
    pub fn seller_tax_no(mut self, value: impl Into<String>) -> Self {
        self.seller_tax_no = Some(value.into());
        self
    }
    /// Sets `sellerTel`.
    pub fn seller_tel(mut self, value: impl Into<String>) -> Self {
        self.seller_tel = Some(value.into());
        self
    }
    /// Sets `spaceId`.
    pub fn space_id(mut self, value: impl Into<String>) -> Self {
        self.space_id = Some(value.into());
        self
    }
    /// Sets `supplySign`.
    pub fn supply_sign(mut self, value: impl Into<String>) -> Self {
        self.supply_sign = Some(value.into());
        self
    }
    /// Sets `taxAmount`.
    pub fn tax_amount(mut self, value: impl Into<String>) -> Self {
        self.tax_amount = Some(value.into());
        self
    }
    /// Sets `usedVehicleSaleDetailVOList`.
    pub fn used_vehicle_sale_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList,
        >,
    ) -> Self {
        self.used_vehicle_sale_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `vehicleSaleDetailVOList`.
    pub fn vehicle_sale_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList,
        >,
    ) -> Self {
        self.vehicle_sale_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `verifyStatus`.
    pub fn verify_status(mut self, value: impl Into<String>) -> Self {
        self.verify_status = Some(value.into());
        self
    }
    /// Sets `voucherCode`.
    pub fn voucher_code(mut self, value: impl Into<String>) -> Self {
        self.voucher_code = Some(value.into());
        self
    }
    /// Sets `voucherStatus`.
    pub fn voucher_status(mut self, value: impl Into<String>) -> Self {
        self.voucher_status = Some(value.into());
        self
    }
    /// Sets `xmlUrl`.
    pub fn xml_url(mut self, value: impl Into<String>) -> Self {
        self.xml_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchAddInvoiceRequestGeneralInvoiceVOList { "accountPeriod" =>
    optional(account_period), "amount" => optional(amount), "amountWithTax" =>
    optional(amount_with_tax), "aviationTaxRate" => optional(aviation_tax_rate),
    "caacDevelopmentFund" => optional(caac_development_fund), "certificationDate" =>
    optional(certification_date), "certificationPeriod" =>
    optional(certification_period), "checkCode" => optional(check_code), "checkTime" =>
    optional(check_time), "domesticOrIntl" => optional(domestic_or_intl), "drawerName" =>
    optional(drawer_name), "drewDate" => optional(drew_date),
    "eFlightItineraryDetailVOList" => optional(e_flight_itinerary_detail_vo_list),
    "eTicketNo" => optional(e_ticket_no), "eTrainTicketDetailVOList" =>
    optional(e_train_ticket_detail_vo_list), "electronicUrl" => optional(electronic_url),
    "fare" => optional(fare), "fileId" => optional(file_id), "financeType" =>
    optional(finance_type), "fuelSurcharge" => optional(fuel_surcharge), "fundType" =>
    optional(fund_type), "generalInvoiceDetailVOList" =>
    optional(general_invoice_detail_vo_list), "gpNo" => optional(gp_no), "imageUrl" =>
    optional(image_url), "invoiceCode" => optional(invoice_code), "invoiceNo" =>
    optional(invoice_no), "invoiceStatus" => optional(invoice_status), "invoiceType" =>
    optional(invoice_type), "machineCode" => optional(machine_code), "ofdUrl" =>
    optional(ofd_url), "oilFlag" => optional(oil_flag), "passenger" =>
    optional(passenger), "passengerUserId" => optional(passenger_user_id), "payee" =>
    optional(payee), "pdfUrl" => optional(pdf_url), "processInstCode" =>
    optional(process_inst_code), "processInstType" => optional(process_inst_type),
    "purchaserAddress" => optional(purchaser_address), "purchaserBankAccount" =>
    optional(purchaser_bank_account), "purchaserBankNameAccount" =>
    optional(purchaser_bank_name_account), "purchaserName" => optional(purchaser_name),
    "purchaserTaxNo" => optional(purchaser_tax_no), "purchaserTel" =>
    optional(purchaser_tel), "receiverEmail" => optional(receiver_email), "receiverName"
    => optional(receiver_name), "receiverTel" => optional(receiver_tel), "remark" =>
    optional(remark), "reviewer" => optional(reviewer), "secondHandCarInvoiceDetailList"
    => optional(second_hand_car_invoice_detail_list), "sellerAddress" =>
    optional(seller_address), "sellerBankAccount" => optional(seller_bank_account),
    "sellerBankNameAccount" => optional(seller_bank_name_account), "sellerName" =>
    optional(seller_name), "sellerTaxNo" => optional(seller_tax_no), "sellerTel" =>
    optional(seller_tel), "spaceId" => optional(space_id), "supplySign" =>
    optional(supply_sign), "taxAmount" => optional(tax_amount),
    "usedVehicleSaleDetailVOList" => optional(used_vehicle_sale_detail_vo_list),
    "vehicleSaleDetailVOList" => optional(vehicle_sale_detail_vo_list), "verifyStatus" =>
    optional(verify_status), "voucherCode" => optional(voucher_code), "voucherStatus" =>
    optional(voucher_status), "xmlUrl" => optional(xml_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddInvoiceRequestGeneralInvoiceVOList { "accountPeriod" =>
    read_field(account_period), "amount" => read_field(amount), "amountWithTax" =>
    read_field(amount_with_tax), "aviationTaxRate" => read_field(aviation_tax_rate),
    "caacDevelopmentFund" => read_field(caac_development_fund), "certificationDate" =>
    read_field(certification_date), "certificationPeriod" =>
    read_field(certification_period), "checkCode" => read_field(check_code), "checkTime"
    => read_field(check_time), "domesticOrIntl" => read_field(domestic_or_intl),
    "drawerName" => read_field(drawer_name), "drewDate" => read_field(drew_date),
    "eFlightItineraryDetailVOList" => read_field(e_flight_itinerary_detail_vo_list),
    "eTicketNo" => read_field(e_ticket_no), "eTrainTicketDetailVOList" =>
    read_field(e_train_ticket_detail_vo_list), "electronicUrl" =>
    read_field(electronic_url), "fare" => read_field(fare), "fileId" =>
    read_field(file_id), "financeType" => read_field(finance_type), "fuelSurcharge" =>
    read_field(fuel_surcharge), "fundType" => read_field(fund_type),
    "generalInvoiceDetailVOList" => read_field(general_invoice_detail_vo_list), "gpNo" =>
    read_field(gp_no), "imageUrl" => read_field(image_url), "invoiceCode" =>
    read_field(invoice_code), "invoiceNo" => read_field(invoice_no), "invoiceStatus" =>
    read_field(invoice_status), "invoiceType" => read_field(invoice_type), "machineCode"
    => read_field(machine_code), "ofdUrl" => read_field(ofd_url), "oilFlag" =>
    read_field(oil_flag), "passenger" => read_field(passenger), "passengerUserId" =>
    read_field(passenger_user_id), "payee" => read_field(payee), "pdfUrl" =>
    read_field(pdf_url), "processInstCode" => read_field(process_inst_code),
    "processInstType" => read_field(process_inst_type), "purchaserAddress" =>
    read_field(purchaser_address), "purchaserBankAccount" =>
    read_field(purchaser_bank_account), "purchaserBankNameAccount" =>
    read_field(purchaser_bank_name_account), "purchaserName" =>
    read_field(purchaser_name), "purchaserTaxNo" => read_field(purchaser_tax_no),
    "purchaserTel" => read_field(purchaser_tel), "receiverEmail" =>
    read_field(receiver_email), "receiverName" => read_field(receiver_name),
    "receiverTel" => read_field(receiver_tel), "remark" => read_field(remark), "reviewer"
    => read_field(reviewer), "secondHandCarInvoiceDetailList" =>
    read_field(second_hand_car_invoice_detail_list), "sellerAddress" =>
    read_field(seller_address), "sellerBankAccount" => read_field(seller_bank_account),
    "sellerBankNameAccount" => read_field(seller_bank_name_account), "sellerName" =>
    read_field(seller_name), "sellerTaxNo" => read_field(seller_tax_no), "sellerTel" =>
    read_field(seller_tel), "spaceId" => read_field(space_id), "supplySign" =>
    read_field(supply_sign), "taxAmount" => read_field(tax_amount),
    "usedVehicleSaleDetailVOList" => read_field(used_vehicle_sale_detail_vo_list),
    "vehicleSaleDetailVOList" => read_field(vehicle_sale_detail_vo_list), "verifyStatus"
    => read_field(verify_status), "voucherCode" => read_field(voucher_code),
    "voucherStatus" => read_field(voucher_status), "xmlUrl" => read_field(xml_url) }
}
/// `BatchAddInvoiceResponseBody`, a model several operations share: also named [`UpdateInvoiceAccountPeriodResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchAddInvoiceResponseBody {
    /// `errorResult`.
    pub error_result: Option<Vec<BatchAddInvoiceResponseBodyErrorResult>>,
    /// `successResult`.
    pub success_result: Option<Vec<BatchAddInvoiceResponseBodySuccessResult>>,
}
rt::impl_deserialize! {
    BatchAddInvoiceResponseBody { "errorResult" => read_field(error_result),
    "successResult" => read_field(success_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchAddInvoiceResponseBody { "errorResult" => optional(error_result),
    "successResult" => optional(success_result) }
}
/// `BatchCreateCustomerRequestCreateCustomerRequestList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateCustomerRequestCreateCustomerRequestList {
    /// `description`.
    pub description: Option<String>,
    /// `drawerEmail`.
    pub drawer_email: Option<String>,
    /// `drawerTelephone`.
    pub drawer_telephone: Option<String>,
    /// `name`.
    pub name: String,
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
}
/// The required fields of [`BatchCreateCustomerRequestCreateCustomerRequestList`], each named where it is set: `BatchCreateCustomerRequestCreateCustomerRequestList::new(BatchCreateCustomerRequestCreateCustomerRequestListRequired { .. })`.
pub struct BatchCreateCustomerRequestCreateCustomerRequestListRequired {
    /// `name`: see [`BatchCreateCustomerRequestCreateCustomerRequestList::name`].
    pub name: String,
}
impl BatchCreateCustomerRequestCreateCustomerRequestList {
    /// A `BatchCreateCustomerRequestCreateCustomerRequestList` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(
        required: BatchCreateCustomerRequestCreateCustomerRequestListRequired,
    ) -> Self {
        let BatchCreateCustomerRequestCreateCustomerRequestListRequired { name } = required;
        Self {
            description: None,
            drawer_email: None,
            drawer_telephone: None,
            name,
            purchaser_account: None,
            purchaser_address: None,
            purchaser_bank_name: None,
            purchaser_name: None,
            purchaser_tax_no: None,
            purchaser_tel: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `drawerEmail`.
    pub fn drawer_email(mut self, value: impl Into<String>) -> Self {
        self.drawer_email = Some(value.into());
        self
    }
    /// Sets `drawerTelephone`.
    pub fn drawer_telephone(mut self, value: impl Into<String>) -> Self {
        self.drawer_telephone = Some(value.into());
        self
    }
    /// Sets `purchaserAccount`.
    pub fn purchaser_account(mut self, value: impl Into<String>) -> Self {
        self.purchaser_account = Some(value.into());
        self
    }
    /// Sets `purchaserAddress`.
    pub fn purchaser_address(mut self, value: impl Into<String>) -> Self {
        self.purchaser_address = Some(value.into());
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
}
rt::impl_serialize! {
    BatchCreateCustomerRequestCreateCustomerRequestList { "description" =>
    optional(description), "drawerEmail" => optional(drawer_email), "drawerTelephone" =>
    optional(drawer_telephone), "name" => field(name), "purchaserAccount" =>
    optional(purchaser_account), "purchaserAddress" => optional(purchaser_address),
    "purchaserBankName" => optional(purchaser_bank_name), "purchaserName" =>
    optional(purchaser_name), "purchaserTaxNo" => optional(purchaser_tax_no),
    "purchaserTel" => optional(purchaser_tel) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchCreateCustomerRequestCreateCustomerRequestList { "description" =>
    read_field(description), "drawerEmail" => read_field(drawer_email), "drawerTelephone"
    => read_field(drawer_telephone), "name" => read_field(name), "purchaserAccount" =>
    read_field(purchaser_account), "purchaserAddress" => read_field(purchaser_address),
    "purchaserBankName" => read_field(purchaser_bank_name), "purchaserName" =>
    read_field(purchaser_name), "purchaserTaxNo" => read_field(purchaser_tax_no),
    "purchaserTel" => read_field(purchaser_tel) }
}
/// `BatchCreateCustomerResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchCreateCustomerResponseBody {
    /// `errorResult`.
    pub error_result: Option<Vec<BatchCreateCustomerResponseBodyErrorResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BatchCreateCustomerResponseBody { "errorResult" => read_field(error_result),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchCreateCustomerResponseBody { "errorResult" => optional(error_result), "success"
    => optional(success) }
}
/// `BeginConsumeResponseBody`, a model several operations share: also named [`CancelConsumeResponseBody`], [`CommitConsumeResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BeginConsumeResponseBody {
    /// `result`.
    pub result: Option<BeginConsumeResponseBodyResult>,
}
rt::impl_deserialize! {
    BeginConsumeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BeginConsumeResponseBody { "result" => optional(result) }
}
/// `BindCompanyAccountantBookResponseBody`: the same model as [`AppendRolePermissionResponseBody`].
pub type BindCompanyAccountantBookResponseBody = AppendRolePermissionResponseBody;
/// `CancelConsumeResponseBody`: the same model as [`BeginConsumeResponseBody`].
pub type CancelConsumeResponseBody = BeginConsumeResponseBody;
/// `CheckVoucherStatusResponseBody`, a model several operations share: also named [`GetIsNewVersionResponseBody`], [`UpdateInvoiceVoucherStatusResponseBody`].
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
/// `CommitConsumeResponseBody`: the same model as [`BeginConsumeResponseBody`].
pub type CommitConsumeResponseBody = BeginConsumeResponseBody;
/// `CreateCustomerResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateCustomerResponseBody {
    /// `customerCode`.
    pub customer_code: Option<String>,
}
rt::impl_deserialize! {
    CreateCustomerResponseBody { "customerCode" => read_field(customer_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateCustomerResponseBody { "customerCode" => optional(customer_code) }
}
/// `CreateReceiptRequestReceipts`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateReceiptRequestReceipts {
    /// `amount`.
    pub amount: String,
    /// `categoryCode`.
    pub category_code: String,
    /// `code`.
    pub code: String,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `createUserId`.
    pub create_user_id: String,
    /// `customerCode`.
    pub customer_code: Option<String>,
    /// `enterpriseAcountCode`.
    pub enterprise_acount_code: Option<String>,
    /// `occurDate`.
    pub occur_date: Option<i64>,
    /// `principalId`.
    pub principal_id: Option<String>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `receiptType`.
    pub receipt_type: i64,
    /// `remark`.
    pub remark: Option<String>,
    /// `supplierCode`.
    pub supplier_code: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
/// The required fields of [`CreateReceiptRequestReceipts`], each named where it is set: `CreateReceiptRequestReceipts::new(CreateReceiptRequestReceiptsRequired { .. })`.
pub struct CreateReceiptRequestReceiptsRequired {
    /// `amount`: see [`CreateReceiptRequestReceipts::amount`].
    pub amount: String,
    /// `categoryCode`: see [`CreateReceiptRequestReceipts::category_code`].
    pub category_code: String,
    /// `code`: see [`CreateReceiptRequestReceipts::code`].
    pub code: String,
    /// `createUserId`: see [`CreateReceiptRequestReceipts::create_user_id`].
    pub create_user_id: String,
    /// `receiptType`: see [`CreateReceiptRequestReceipts::receipt_type`].
    pub receipt_type: i64,
}
impl CreateReceiptRequestReceipts {
    /// A `CreateReceiptRequestReceipts` with its required fields (`amount`, `categoryCode`, `code`, `createUserId`, `receiptType`); set the others with the methods named after them.
    pub fn new(required: CreateReceiptRequestReceiptsRequired) -> Self {
        let CreateReceiptRequestReceiptsRequired {
            amount,
            category_code,
            code,
            create_user_id,
            receipt_type,
        } = required;
        Self {
            amount,
            category_code,
            code,
            create_time: None,
            create_user_id,
            customer_code: None,
            enterprise_acount_code: None,
            occur_date: None,
            principal_id: None,
            project_code: None,
            receipt_type,
            remark: None,
            supplier_code: None,
            title: None,
        }
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
    /// Sets `enterpriseAcountCode`.
    pub fn enterprise_acount_code(mut self, value: impl Into<String>) -> Self {
        self.enterprise_acount_code = Some(value.into());
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
    /// Sets `projectCode`.
    pub fn project_code(mut self, value: impl Into<String>) -> Self {
        self.project_code = Some(value.into());
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
}
rt::impl_serialize! {
    CreateReceiptRequestReceipts { "amount" => field(amount), "categoryCode" =>
    field(category_code), "code" => field(code), "createTime" => optional(create_time),
    "createUserId" => field(create_user_id), "customerCode" => optional(customer_code),
    "enterpriseAcountCode" => optional(enterprise_acount_code), "occurDate" =>
    optional(occur_date), "principalId" => optional(principal_id), "projectCode" =>
    optional(project_code), "receiptType" => field(receipt_type), "remark" =>
    optional(remark), "supplierCode" => optional(supplier_code), "title" =>
    optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateReceiptRequestReceipts { "amount" => read_field(amount), "categoryCode" =>
    read_field(category_code), "code" => read_field(code), "createTime" =>
    read_field(create_time), "createUserId" => read_field(create_user_id), "customerCode"
    => read_field(customer_code), "enterpriseAcountCode" =>
    read_field(enterprise_acount_code), "occurDate" => read_field(occur_date),
    "principalId" => read_field(principal_id), "projectCode" => read_field(project_code),
    "receiptType" => read_field(receipt_type), "remark" => read_field(remark),
    "supplierCode" => read_field(supplier_code), "title" => read_field(title) }
}
/// `CreateReceiptResponseBody`, a model several operations share: also named [`DeleteReceiptResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateReceiptResponseBody {
    /// `results`.
    pub results: Option<Vec<CreateReceiptResponseBodyResults>>,
}
rt::impl_deserialize! {
    CreateReceiptResponseBody { "results" => read_field(results) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateReceiptResponseBody { "results" => optional(results) }
}
/// `DeleteReceiptRequestReceipts`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteReceiptRequestReceipts {
    /// `code`.
    pub code: String,
    /// `deleteUserId`.
    pub delete_user_id: String,
    /// `receiptType`.
    pub receipt_type: i64,
}
/// The required fields of [`DeleteReceiptRequestReceipts`], each named where it is set: `DeleteReceiptRequestReceipts::new(DeleteReceiptRequestReceiptsRequired { .. })`.
pub struct DeleteReceiptRequestReceiptsRequired {
    /// `code`: see [`DeleteReceiptRequestReceipts::code`].
    pub code: String,
    /// `deleteUserId`: see [`DeleteReceiptRequestReceipts::delete_user_id`].
    pub delete_user_id: String,
    /// `receiptType`: see [`DeleteReceiptRequestReceipts::receipt_type`].
    pub receipt_type: i64,
}
impl DeleteReceiptRequestReceipts {
    /// A `DeleteReceiptRequestReceipts` with its required fields (`code`, `deleteUserId`, `receiptType`); set the others with the methods named after them.
    pub fn new(required: DeleteReceiptRequestReceiptsRequired) -> Self {
        let DeleteReceiptRequestReceiptsRequired {
            code,
            delete_user_id,
            receipt_type,
        } = required;
        Self {
            code,
            delete_user_id,
            receipt_type,
        }
    }
}
rt::impl_serialize! {
    DeleteReceiptRequestReceipts { "code" => field(code), "deleteUserId" =>
    field(delete_user_id), "receiptType" => field(receipt_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteReceiptRequestReceipts { "code" => read_field(code), "deleteUserId" =>
    read_field(delete_user_id), "receiptType" => read_field(receipt_type) }
}
/// `DeleteReceiptResponseBody`: the same model as [`CreateReceiptResponseBody`].
pub type DeleteReceiptResponseBody = CreateReceiptResponseBody;
/// `GetBookkeepingUserListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetBookkeepingUserListResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetBookkeepingUserListResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetBookkeepingUserListResponseBody { "result" => optional(result) }
}
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
/// `GetCustomerResponseBody`, a model several operations share: also named [`GetSupplierResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetCustomerResponseBody {
    /// `accountantBookIdList`.
    pub accountant_book_id_list: Option<Vec<String>>,
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
    GetCustomerResponseBody { "accountantBookIdList" =>
    read_field(accountant_book_id_list), "code" => read_field(code), "createTime" =>
    read_field(create_time), "description" => read_field(description), "name" =>
    read_field(name), "status" => read_field(status), "userDefineCode" =>
    read_field(user_define_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetCustomerResponseBody { "accountantBookIdList" =>
    optional(accountant_book_id_list), "code" => optional(code), "createTime" =>
    optional(create_time), "description" => optional(description), "name" =>
    optional(name), "status" => optional(status), "userDefineCode" =>
    optional(user_define_code) }
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
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
}
rt::impl_deserialize! {
    GetFinanceAccountResponseBody { "accountCode" => read_field(account_code),
    "accountId" => read_field(account_id), "accountName" => read_field(account_name),
    "accountRemark" => read_field(account_remark), "accountType" =>
    read_field(account_type), "accountantBookIdList" =>
    read_field(accountant_book_id_list), "amount" => read_field(amount), "bankCode" =>
    read_field(bank_code), "bankName" => read_field(bank_name), "companyCode" =>
    read_field(company_code), "createTime" => read_field(create_time), "creator" =>
    read_field(creator) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFinanceAccountResponseBody { "accountCode" => optional(account_code), "accountId"
    => optional(account_id), "accountName" => optional(account_name), "accountRemark" =>
    optional(account_remark), "accountType" => optional(account_type),
    "accountantBookIdList" => optional(accountant_book_id_list), "amount" =>
    optional(amount), "bankCode" => optional(bank_code), "bankName" =>
    optional(bank_name), "companyCode" => optional(company_code), "createTime" =>
    optional(create_time), "creator" => optional(creator) }
}
/// `GetFormTemplateInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormTemplateInfoResponseBody {
    /// `receiptFormTemplateInfoList`.
    pub receipt_form_template_info_list: Option<
        Vec<GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoList>,
    >,
}
rt::impl_deserialize! {
    GetFormTemplateInfoResponseBody { "receiptFormTemplateInfoList" =>
    read_field(receipt_form_template_info_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormTemplateInfoResponseBody { "receiptFormTemplateInfoList" =>
    optional(receipt_form_template_info_list) }
}
/// `GetInvoiceByPageRequestRequest`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInvoiceByPageRequestRequest {
    /// `accountantBookId`.
    pub accountant_book_id: Option<String>,
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `financeType`.
    pub finance_type: Option<String>,
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
impl GetInvoiceByPageRequestRequest {
    /// An empty `GetInvoiceByPageRequestRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountantBookId`.
    pub fn accountant_book_id(mut self, value: impl Into<String>) -> Self {
        self.accountant_book_id = Some(value.into());
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
    /// Sets `financeType`.
    pub fn finance_type(mut self, value: impl Into<String>) -> Self {
        self.finance_type = Some(value.into());
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
    GetInvoiceByPageRequestRequest { "accountantBookId" => optional(accountant_book_id),
    "companyCode" => optional(company_code), "endTime" => optional(end_time),
    "financeType" => optional(finance_type), "pageNumber" => optional(page_number),
    "pageSize" => optional(page_size), "startTime" => optional(start_time), "taxNo" =>
    optional(tax_no), "verifyStatus" => optional(verify_status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInvoiceByPageRequestRequest { "accountantBookId" =>
    read_field(accountant_book_id), "companyCode" => read_field(company_code), "endTime"
    => read_field(end_time), "financeType" => read_field(finance_type), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "startTime" =>
    read_field(start_time), "taxNo" => read_field(tax_no), "verifyStatus" =>
    read_field(verify_status) }
}
/// `GetInvoiceByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInvoiceByPageResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<GetInvoiceByPageResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetInvoiceByPageResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInvoiceByPageResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `GetIsNewVersionResponseBody`: the same model as [`CheckVoucherStatusResponseBody`].
pub type GetIsNewVersionResponseBody = CheckVoucherStatusResponseBody;
/// `GetMultiCompanyInfoByCodeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMultiCompanyInfoByCodeResponseBody {
    /// `accountantEnableDate`.
    pub accountant_enable_date: Option<String>,
    /// `accountingStandard`.
    pub accounting_standard: Option<String>,
    /// `advancedSettingList`.
    pub advanced_setting_list: Option<
        Vec<GetMultiCompanyInfoByCodeResponseBodyAdvancedSettingList>,
    >,
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `companyName`.
    pub company_name: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taxNature`.
    pub tax_nature: Option<String>,
    /// `taxNo`.
    pub tax_no: Option<String>,
}
rt::impl_deserialize! {
    GetMultiCompanyInfoByCodeResponseBody { "accountantEnableDate" =>
    read_field(accountant_enable_date), "accountingStandard" =>
    read_field(accounting_standard), "advancedSettingList" =>
    read_field(advanced_setting_list), "companyCode" => read_field(company_code),
    "companyName" => read_field(company_name), "remark" => read_field(remark), "status"
    => read_field(status), "taxNature" => read_field(tax_nature), "taxNo" =>
    read_field(tax_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMultiCompanyInfoByCodeResponseBody { "accountantEnableDate" =>
    optional(accountant_enable_date), "accountingStandard" =>
    optional(accounting_standard), "advancedSettingList" =>
    optional(advanced_setting_list), "companyCode" => optional(company_code),
    "companyName" => optional(company_name), "remark" => optional(remark), "status" =>
    optional(status), "taxNature" => optional(tax_nature), "taxNo" => optional(tax_no) }
}
/// `GetProductResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetProductResponseBody {
    /// `accountantBookIdList`.
    pub accountant_book_id_list: Option<Vec<String>>,
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
    GetProductResponseBody { "accountantBookIdList" =>
    read_field(accountant_book_id_list), "code" => read_field(code), "createTime" =>
    read_field(create_time), "description" => read_field(description), "information" =>
    read_field(information), "name" => read_field(name), "specification" =>
    read_field(specification), "status" => read_field(status), "unit" =>
    read_field(unit), "userDefineCode" => read_field(user_define_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetProductResponseBody { "accountantBookIdList" => optional(accountant_book_id_list),
    "code" => optional(code), "createTime" => optional(create_time), "description" =>
    optional(description), "information" => optional(information), "name" =>
    optional(name), "specification" => optional(specification), "status" =>
    optional(status), "unit" => optional(unit), "userDefineCode" =>
    optional(user_define_code) }
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
/// `GetReceiptResponseBody`, a model several operations share: also named [`QueryReceiptsByPageResponseBodyList`].
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
/// `GetSupplierResponseBody`: the same model as [`GetCustomerResponseBody`].
pub type GetSupplierResponseBody = GetCustomerResponseBody;
/// `GetYongYouOpenApiTokenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetYongYouOpenApiTokenResponseBody {
    /// `accessToken`.
    pub access_token: Option<String>,
    /// `appName`.
    pub app_name: Option<String>,
    /// `expiresIn`.
    pub expires_in: Option<String>,
    /// `refreshExpiresIn`.
    pub refresh_expires_in: Option<String>,
    /// `refreshToken`.
    pub refresh_token: Option<String>,
    /// `scope`.
    pub scope: Option<String>,
    /// `sid`.
    pub sid: Option<String>,
    /// `yongyouOrgId`.
    pub yongyou_org_id: Option<String>,
    /// `yongyouUserId`.
    pub yongyou_user_id: Option<String>,
}
rt::impl_deserialize! {
    GetYongYouOpenApiTokenResponseBody { "accessToken" => read_field(access_token),
    "appName" => read_field(app_name), "expiresIn" => read_field(expires_in),
    "refreshExpiresIn" => read_field(refresh_expires_in), "refreshToken" =>
    read_field(refresh_token), "scope" => read_field(scope), "sid" => read_field(sid),
    "yongyouOrgId" => read_field(yongyou_org_id), "yongyouUserId" =>
    read_field(yongyou_user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetYongYouOpenApiTokenResponseBody { "accessToken" => optional(access_token),
    "appName" => optional(app_name), "expiresIn" => optional(expires_in),
    "refreshExpiresIn" => optional(refresh_expires_in), "refreshToken" =>
    optional(refresh_token), "scope" => optional(scope), "sid" => optional(sid),
    "yongyouOrgId" => optional(yongyou_org_id), "yongyouUserId" =>
    optional(yongyou_user_id) }
}
/// `GetYongYouOrgRelationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetYongYouOrgRelationResponseBody {
    /// `chanjetCorpId`.
    pub chanjet_corp_id: Option<String>,
    /// `chanjetUserId`.
    pub chanjet_user_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetYongYouOrgRelationResponseBody { "chanjetCorpId" => read_field(chanjet_corp_id),
    "chanjetUserId" => read_field(chanjet_user_id), "corpId" => read_field(corp_id),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetYongYouOrgRelationResponseBody { "chanjetCorpId" => optional(chanjet_corp_id),
    "chanjetUserId" => optional(chanjet_user_id), "corpId" => optional(corp_id), "userId"
    => optional(user_id) }
}
/// `ProfessionBenefitConsumeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ProfessionBenefitConsumeResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ProfessionBenefitConsumeResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ProfessionBenefitConsumeResponseBody { "success" => optional(success) }
}
/// `PushHistoricalReceiptsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PushHistoricalReceiptsResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    PushHistoricalReceiptsResponseBody { "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PushHistoricalReceiptsResponseBody { "taskId" => optional(task_id) }
}
/// `QueryBenefitResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBenefitResponseBody {
    /// `result`.
    pub result: Option<QueryBenefitResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryBenefitResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBenefitResponseBody { "result" => optional(result) }
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
/// `QueryCompanyInvoiceRelationCountResponseBody`, a model several operations share: also named [`QueryInvoiceRelationCountResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCompanyInvoiceRelationCountResponseBody {
    /// `relationCountMap`.
    pub relation_count_map: Option<rt::BTreeMap<String, i64>>,
}
rt::impl_deserialize! {
    QueryCompanyInvoiceRelationCountResponseBody { "relationCountMap" =>
    read_field(relation_count_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCompanyInvoiceRelationCountResponseBody { "relationCountMap" =>
    optional(relation_count_map) }
}
/// `QueryCustomerByPageResponseBody`, a model several operations share: also named [`QuerySupplierByPageResponseBody`].
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
/// `QueryCustomerInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCustomerInfoResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryCustomerInfoResponseBodyList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryCustomerInfoResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCustomerInfoResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "totalCount" => optional(total_count) }
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
/// `QueryFinanceCompanyInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryFinanceCompanyInfoResponseBody {
    /// `companyName`.
    pub company_name: Option<String>,
    /// `taxNature`.
    pub tax_nature: Option<String>,
    /// `taxNo`.
    pub tax_no: Option<String>,
}
rt::impl_deserialize! {
    QueryFinanceCompanyInfoResponseBody { "companyName" => read_field(company_name),
    "taxNature" => read_field(tax_nature), "taxNo" => read_field(tax_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryFinanceCompanyInfoResponseBody { "companyName" => optional(company_name),
    "taxNature" => optional(tax_nature), "taxNo" => optional(tax_no) }
}
/// `QueryInvoiceRelationCountResponseBody`: the same model as [`QueryCompanyInvoiceRelationCountResponseBody`].
pub type QueryInvoiceRelationCountResponseBody = QueryCompanyInvoiceRelationCountResponseBody;
/// `QueryMultiCompanyInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMultiCompanyInfoResponseBody {
    /// `list`.
    pub list: Option<Vec<QueryMultiCompanyInfoResponseBodyList>>,
}
rt::impl_deserialize! {
    QueryMultiCompanyInfoResponseBody { "list" => read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMultiCompanyInfoResponseBody { "list" => optional(list) }
}
/// `QueryPermissionByUserIdResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPermissionByUserIdResponseBody {
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `permissionDTOList`.
    pub permission_dto_list: Option<
        Vec<QueryPermissionByUserIdResponseBodyPermissionDTOList>,
    >,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryPermissionByUserIdResponseBody { "companyCode" => read_field(company_code),
    "permissionDTOList" => read_field(permission_dto_list), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPermissionByUserIdResponseBody { "companyCode" => optional(company_code),
    "permissionDTOList" => optional(permission_dto_list), "userId" => optional(user_id) }
}
/// `QueryPermissionRoleMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPermissionRoleMemberResponseBody {
    /// `roleMemberMap`.
    pub role_member_map: Option<rt::BTreeMap<String, RoleMemberMapValue>>,
}
rt::impl_deserialize! {
    QueryPermissionRoleMemberResponseBody { "roleMemberMap" =>
    read_field(role_member_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPermissionRoleMemberResponseBody { "roleMemberMap" => optional(role_member_map)
    }
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
/// `QueryReceiptDetailForInvoiceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptDetailForInvoiceResponseBody {
    /// `result`.
    pub result: Option<QueryReceiptDetailForInvoiceResponseBodyResult>,
}
rt::impl_deserialize! {
    QueryReceiptDetailForInvoiceResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReceiptDetailForInvoiceResponseBody { "result" => optional(result) }
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
/// `QueryReceiptsBaseInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptsBaseInfoResponseBody {
    /// `hasMore`.
    pub has_more: Option<String>,
    /// `list`.
    pub list: Option<Vec<QueryReceiptsBaseInfoResponseBodyList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryReceiptsBaseInfoResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReceiptsBaseInfoResponseBody { "hasMore" => optional(has_more), "list" =>
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
/// `QueryRoleMemberByPageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRoleMemberByPageResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryRoleMemberByPageResponseBodyList>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryRoleMemberByPageResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextToken" => read_field(next_token), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRoleMemberByPageResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextToken" => optional(next_token), "totalCount" =>
    optional(total_count) }
}
/// `QuerySupplierByPageResponseBody`: the same model as [`QueryCustomerByPageResponseBody`].
pub type QuerySupplierByPageResponseBody = QueryCustomerByPageResponseBody;
/// `QueryUserRoleListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserRoleListResponseBody {
    /// `financeEmpDeptOpenList`.
    pub finance_emp_dept_open_list: Option<
        Vec<QueryUserRoleListResponseBodyFinanceEmpDeptOpenList>,
    >,
    /// `roleVOList`.
    pub role_vo_list: Option<Vec<QueryUserRoleListResponseBodyRoleVOList>>,
}
rt::impl_deserialize! {
    QueryUserRoleListResponseBody { "financeEmpDeptOpenList" =>
    read_field(finance_emp_dept_open_list), "roleVOList" => read_field(role_vo_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserRoleListResponseBody { "financeEmpDeptOpenList" =>
    optional(finance_emp_dept_open_list), "roleVOList" => optional(role_vo_list) }
}
/// `UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList`, a model several operations share: also named [`UpdateInvoiceAccountPeriodRequestInvoiceKeyVOList`], [`UpdateInvoiceVerifyStatusRequestInvoiceKeyVOList`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList {
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
}
impl UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList {
    /// An empty `UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList`; set fields with the methods named after them.
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
    UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList { "invoiceCode" =>
    optional(invoice_code), "invoiceNo" => optional(invoice_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList { "invoiceCode" =>
    read_field(invoice_code), "invoiceNo" => read_field(invoice_no) }
}
/// `UnbindApplyReceiptAndInvoiceRelatedResponseBody`, a model several operations share: also named [`UpdateApplyReceiptAndInvoiceRelatedResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UnbindApplyReceiptAndInvoiceRelatedResponseBody {
    /// `batchUpdateInvoiceResponse`.
    pub batch_update_invoice_response: Option<
        UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse,
    >,
    /// `errorInvoiceKeyVOList`.
    pub error_invoice_key_vo_list: Option<
        Vec<UnbindApplyReceiptAndInvoiceRelatedResponseBodyErrorInvoiceKeyVOList>,
    >,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UnbindApplyReceiptAndInvoiceRelatedResponseBody { "batchUpdateInvoiceResponse" =>
    read_field(batch_update_invoice_response), "errorInvoiceKeyVOList" =>
    read_field(error_invoice_key_vo_list), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UnbindApplyReceiptAndInvoiceRelatedResponseBody { "batchUpdateInvoiceResponse" =>
    optional(batch_update_invoice_response), "errorInvoiceKeyVOList" =>
    optional(error_invoice_key_vo_list), "success" => optional(success) }
}
/// `UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOList {
    /// `accountPeriod`.
    pub account_period: Option<String>,
    /// `amount`.
    pub amount: Option<String>,
    /// `amountWithTax`.
    pub amount_with_tax: Option<String>,
    /// `checkCode`.
    pub check_code: Option<String>,
    /// `checkTime`.
    pub check_time: Option<String>,
    /// `drawerName`.
    pub drawer_name: Option<String>,
    /// `drewDate`.
    pub drew_date: Option<String>,
    /// `electronicUrl`.
    pub electronic_url: Option<String>,
    /// `financeType`.
    pub finance_type: Option<String>,
    /// `fundType`.
    pub fund_type: Option<String>,
    /// `generalInvoiceDetailVOList`.
    pub general_invoice_detail_vo_list: Option<
        Vec<
            UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList,
        >,
    >,
    /// `imageUrl`.
    pub image_url: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
    /// `invoiceStatus`.
    pub invoice_status: Option<String>,
    /// `invoiceType`.
    pub invoice_type: Option<String>,
    /// `machineCode`.
    pub machine_code: Option<String>,
    /// `oilFlag`.
    pub oil_flag: Option<String>,
    /// `payee`.
    pub payee: Option<String>,
    /// `processInstCode`.
    pub process_inst_code: Option<String>,
    /// `processInstType`.
    pub process_inst_type: Option<String>,
    /// `purchaserAddress`.
    pub purchaser_address: Option<String>,
    /// `purchaserBankAccount`.
    pub purchaser_bank_account: Option<String>,
    /// `purchaserBankNameAccount`.
    pub purchaser_bank_name_account: Option<String>,
    /// `purchaserName`.
    pub purchaser_name: Option<String>,
    /// `purchaserTaxNo`.
    pub purchaser_tax_no: Option<String>,
    /// `purchaserTel`.
    pub purchaser_tel: Option<String>,
    /// `receiverEmail`.
    pub receiver_email: Option<String>,
    /// `receiverName`.
    pub receiver_name: Option<String>,
    /// `receiverTel`.
    pub receiver_tel: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `secondHandCarInvoiceDetailList`.
    pub second_hand_car_invoice_detail_list: Option<
        Vec<
            UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList,
        >,
    >,
    /// `sellerAddress`.
    pub seller_address: Option<String>,
    /// `sellerBankAccount`.
    pub seller_bank_account: Option<String>,
    /// `sellerBankNameAccount`.
    pub seller_bank_name_account: Option<String>,
    /// `sellerName`.
    pub seller_name: Option<String>,
    /// `sellerTaxNo`.
    pub seller_tax_no: Option<String>,
    /// `sellerTel`.
    pub seller_tel: Option<String>,
    /// `supplySign`.
    pub supply_sign: Option<String>,
    /// `taxAmount`.
    pub tax_amount: Option<String>,
    /// `usedVehicleSaleDetailVOList`.
    pub used_vehicle_sale_detail_vo_list: Option<
        Vec<
            UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList,
        >,
    >,
    /// `vehicleSaleDetailVOList`.
    pub vehicle_sale_detail_vo_list: Option<
        Vec<
            UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListVehicleSaleDetailVOList,
        >,
    >,
    /// `verifyStatus`.
    pub verify_status: Option<String>,
    /// `voucherCode`.
    pub voucher_code: Option<String>,
    /// `voucherStatus`.
    pub voucher_status: Option<String>,
}
impl UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOList {
    /// An empty `UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountPeriod`.
    pub fn account_period(mut self, value: impl Into<String>) -> Self {
        self.account_period = Some(value.into());
        self
    }
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<String>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets `amountWithTax`.
    pub fn amount_with_tax(mut self, value: impl Into<String>) -> Self {
        self.amount_with_tax = Some(value.into());
        self
    }
    /// Sets `checkCode`.
    pub fn check_code(mut self, value: impl Into<String>) -> Self {
        self.check_code = Some(value.into());
        self
    }
    /// Sets `checkTime`.
    pub fn check_time(mut self, value: impl Into<String>) -> Self {
        self.check_time = Some(value.into());
        self
    }
    /// Sets `drawerName`.
    pub fn drawer_name(mut self, value: impl Into<String>) -> Self {
        self.drawer_name = Some(value.into());
        self
    }
    /// Sets `drewDate`.
    pub fn drew_date(mut self, value: impl Into<String>) -> Self {
        self.drew_date = Some(value.into());
        self
    }
    /// Sets `electronicUrl`.
    pub fn electronic_url(mut self, value: impl Into<String>) -> Self {
        self.electronic_url = Some(value.into());
        self
    }
    /// Sets `financeType`.
    pub fn finance_type(mut self, value: impl Into<String>) -> Self {
        self.finance_type = Some(value.into());
        self
    }
    /// Sets `fundType`.
    pub fn fund_type(mut self, value: impl Into<String>) -> Self {
        self.fund_type = Some(value.into());
        self
    }
    /// Sets `generalInvoiceDetailVOList`.
    pub fn general_invoice_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList,
        >,
    ) -> Self {
        self.general_invoice_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `imageUrl`.
    pub fn image_url(mut self, value: impl Into<String>) -> Self {
        self.image_url = Some(value.into());
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
    /// Sets `invoiceStatus`.
    pub fn invoice_status(mut self, value: impl Into<String>) -> Self {
        self.invoice_status = Some(value.into());
        self
    }
    /// Sets `invoiceType`.
    pub fn invoice_type(mut self, value: impl Into<String>) -> Self {
        self.invoice_type = Some(value.into());
        self
    }
    /// Sets `machineCode`.
    pub fn machine_code(mut self, value: impl Into<String>) -> Self {
        self.machine_code = Some(value.into());
        self
    }
    /// Sets `oilFlag`.
    pub fn oil_flag(mut self, value: impl Into<String>) -> Self {
        self.oil_flag = Some(value.into());
        self
    }
    /// Sets `payee`.
    pub fn payee(mut self, value: impl Into<String>) -> Self {
        self.payee = Some(value.into());
        self
    }
    /// Sets `processInstCode`.
    pub fn process_inst_code(mut self, value: impl Into<String>) -> Self {
        self.process_inst_code = Some(value.into());
        self
    }
    /// Sets `processInstType`.
    pub fn process_inst_type(mut self, value: impl Into<String>) -> Self {
        self.process_inst_type = Some(value.into());
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
    /// Sets `purchaserBankNameAccount`.
    pub fn purchaser_bank_name_account(mut self, value: impl Into<String>) -> Self {
        self.purchaser_bank_name_account = Some(value.into());
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
    /// Sets `receiverEmail`.
    pub fn receiver_email(mut self, value: impl Into<String>) -> Self {
        self.receiver_email = Some(value.into());
        self
    }
    /// Sets `receiverName`.
    pub fn receiver_name(mut self, value: impl Into<String>) -> Self {
        self.receiver_name = Some(value.into());
        self
    }
    /// Sets `receiverTel`.
    pub fn receiver_tel(mut self, value: impl Into<String>) -> Self {
        self.receiver_tel = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `secondHandCarInvoiceDetailList`.
    pub fn second_hand_car_invoice_detail_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList,
        >,
    ) -> Self {
        self.second_hand_car_invoice_detail_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `sellerAddress`.
    pub fn seller_address(mut self, value: impl Into<String>) -> Self {
        self.seller_address = Some(value.into());
        self
    }
    /// Sets `sellerBankAccount`.
    pub fn seller_bank_account(mut self, value: impl Into<String>) -> Self {
        self.seller_bank_account = Some(value.into());
        self
    }
    /// Sets `sellerBankNameAccount`.
    pub fn seller_bank_name_account(mut self, value: impl Into<String>) -> Self {
        self.seller_bank_name_account = Some(value.into());
        self
    }
    /// Sets `sellerName`.
    pub fn seller_name(mut self, value: impl Into<String>) -> Self {
        self.seller_name = Some(value.into());
        self
    }
    /// Sets `sellerTaxNo`.
    pub fn seller_tax_no(mut self, value: impl Into<String>) -> Self {
        self.seller_tax_no = Some(value.into());
        self
    }
    /// Sets `sellerTel`.
    pub fn seller_tel(mut self, value: impl Into<String>) -> Self {
        self.seller_tel = Some(value.into());
        self
    }
    /// Sets `supplySign`.
    pub fn supply_sign(mut self, value: impl Into<String>) -> Self {
        self.supply_sign = Some(value.into());
        self
    }
    /// Sets `taxAmount`.
    pub fn tax_amount(mut self, value: impl Into<String>) -> Self {
        self.tax_amount = Some(value.into());
        self
    }
    /// Sets `usedVehicleSaleDetailVOList`.
    pub fn used_vehicle_sale_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList,
        >,
    ) -> Self {
        self.used_vehicle_sale_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `vehicleSaleDetailVOList`.
    pub fn vehicle_sale_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListVehicleSaleDetailVOList,
        >,
    ) -> Self {
        self.vehicle_sale_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `verifyStatus`.
    pub fn verify_status(mut self, value: impl Into<String>) -> Self {
        self.verify_status = Some(value.into());
        self
    }
    /// Sets `voucherCode`.
    pub fn voucher_code(mut self, value: impl Into<String>) -> Self {
        self.voucher_code = Some(value.into());
        self
    }
    /// Sets `voucherStatus`.
    pub fn voucher_status(mut self, value: impl Into<String>) -> Self {
        self.voucher_status = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOList { "accountPeriod" =>
    optional(account_period), "amount" => optional(amount), "amountWithTax" =>
    optional(amount_with_tax), "checkCode" => optional(check_code), "checkTime" =>
    optional(check_time), "drawerName" => optional(drawer_name), "drewDate" =>
    optional(drew_date), "electronicUrl" => optional(electronic_url), "financeType" =>
    optional(finance_type), "fundType" => optional(fund_type),
    "generalInvoiceDetailVOList" => optional(general_invoice_detail_vo_list), "imageUrl"
    => optional(image_url), "invoiceCode" => optional(invoice_code), "invoiceNo" =>
    optional(invoice_no), "invoiceStatus" => optional(invoice_status), "invoiceType" =>
    optional(invoice_type), "machineCode" => optional(machine_code), "oilFlag" =>
    optional(oil_flag), "payee" => optional(payee), "processInstCode" =>
    optional(process_inst_code), "processInstType" => optional(process_inst_type),
    "purchaserAddress" => optional(purchaser_address), "purchaserBankAccount" =>
    optional(purchaser_bank_account), "purchaserBankNameAccount" =>
    optional(purchaser_bank_name_account), "purchaserName" => optional(purchaser_name),
    "purchaserTaxNo" => optional(purchaser_tax_no), "purchaserTel" =>
    optional(purchaser_tel), "receiverEmail" => optional(receiver_email), "receiverName"
    => optional(receiver_name), "receiverTel" => optional(receiver_tel), "remark" =>
    optional(remark), "secondHandCarInvoiceDetailList" =>
    optional(second_hand_car_invoice_detail_list), "sellerAddress" =>
    optional(seller_address), "sellerBankAccount" => optional(seller_bank_account),
    "sellerBankNameAccount" => optional(seller_bank_name_account), "sellerName" =>
    optional(seller_name), "sellerTaxNo" => optional(seller_tax_no), "sellerTel" =>
    optional(seller_tel), "supplySign" => optional(supply_sign), "taxAmount" =>
    optional(tax_amount), "usedVehicleSaleDetailVOList" =>
    optional(used_vehicle_sale_detail_vo_list), "vehicleSaleDetailVOList" =>
    optional(vehicle_sale_detail_vo_list), "verifyStatus" => optional(verify_status),
    "voucherCode" => optional(voucher_code), "voucherStatus" => optional(voucher_status)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOList { "accountPeriod" =>
    read_field(account_period), "amount" => read_field(amount), "amountWithTax" =>
    read_field(amount_with_tax), "checkCode" => read_field(check_code), "checkTime" =>
    read_field(check_time), "drawerName" => read_field(drawer_name), "drewDate" =>
    read_field(drew_date), "electronicUrl" => read_field(electronic_url), "financeType"
    => read_field(finance_type), "fundType" => read_field(fund_type),
    "generalInvoiceDetailVOList" => read_field(general_invoice_detail_vo_list),
    "imageUrl" => read_field(image_url), "invoiceCode" => read_field(invoice_code),
    "invoiceNo" => read_field(invoice_no), "invoiceStatus" => read_field(invoice_status),
    "invoiceType" => read_field(invoice_type), "machineCode" => read_field(machine_code),
    "oilFlag" => read_field(oil_flag), "payee" => read_field(payee), "processInstCode" =>
    read_field(process_inst_code), "processInstType" => read_field(process_inst_type),
    "purchaserAddress" => read_field(purchaser_address), "purchaserBankAccount" =>
    read_field(purchaser_bank_account), "purchaserBankNameAccount" =>
    read_field(purchaser_bank_name_account), "purchaserName" =>
    read_field(purchaser_name), "purchaserTaxNo" => read_field(purchaser_tax_no),
    "purchaserTel" => read_field(purchaser_tel), "receiverEmail" =>
    read_field(receiver_email), "receiverName" => read_field(receiver_name),
    "receiverTel" => read_field(receiver_tel), "remark" => read_field(remark),
    "secondHandCarInvoiceDetailList" => read_field(second_hand_car_invoice_detail_list),
    "sellerAddress" => read_field(seller_address), "sellerBankAccount" =>
    read_field(seller_bank_account), "sellerBankNameAccount" =>
    read_field(seller_bank_name_account), "sellerName" => read_field(seller_name),
    "sellerTaxNo" => read_field(seller_tax_no), "sellerTel" => read_field(seller_tel),
    "supplySign" => read_field(supply_sign), "taxAmount" => read_field(tax_amount),
    "usedVehicleSaleDetailVOList" => read_field(used_vehicle_sale_detail_vo_list),
    "vehicleSaleDetailVOList" => read_field(vehicle_sale_detail_vo_list), "verifyStatus"
    => read_field(verify_status), "voucherCode" => read_field(voucher_code),
    "voucherStatus" => read_field(voucher_status) }
}
/// `UpdateApplyReceiptAndInvoiceRelatedResponseBody`: the same model as [`UnbindApplyReceiptAndInvoiceRelatedResponseBody`].
pub type UpdateApplyReceiptAndInvoiceRelatedResponseBody = UnbindApplyReceiptAndInvoiceRelatedResponseBody;
/// `UpdateDigitalInvoiceOrgInfoResponseBody`: the same model as [`AppendRolePermissionResponseBody`].
pub type UpdateDigitalInvoiceOrgInfoResponseBody = AppendRolePermissionResponseBody;
/// `UpdateFinanceCompanyInfoResponseBody`: the same model as [`AppendRolePermissionResponseBody`].
pub type UpdateFinanceCompanyInfoResponseBody = AppendRolePermissionResponseBody;
/// `UpdateFinanceMultiCompanyInfoResponseBody`: the same model as [`AppendRolePermissionResponseBody`].
pub type UpdateFinanceMultiCompanyInfoResponseBody = AppendRolePermissionResponseBody;
/// `UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO`, a model several operations share: also named [`UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVO`], [`UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOList`], [`UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOList`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO {
    /// `accountPeriod`.
    pub account_period: Option<String>,
    /// `amount`.
    pub amount: Option<String>,
    /// `amountWithTax`.
    pub amount_with_tax: Option<String>,
    /// `checkCode`.
    pub check_code: Option<String>,
    /// `checkTime`.
    pub check_time: Option<String>,
    /// `drawerName`.
    pub drawer_name: Option<String>,
    /// `drewDate`.
    pub drew_date: Option<String>,
    /// `electronicUrl`.
    pub electronic_url: Option<String>,
    /// `financeType`.
    pub finance_type: Option<String>,
    /// `fundType`.
    pub fund_type: Option<String>,
    /// `generalInvoiceDetailVOList`.
    pub general_invoice_detail_vo_list: Option<
        Vec<
            UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOGeneralInvoiceDetailVOList,
        >,
    >,
    /// `imageUrl`.
    pub image_url: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
    /// `invoiceStatus`.
    pub invoice_status: Option<String>,
    /// `invoiceType`.
    pub invoice_type: Option<String>,
    /// `machineCode`.
    pub machine_code: Option<String>,
    /// `oilFlag`.
    pub oil_flag: Option<String>,
    /// `payee`.
    pub payee: Option<String>,
    /// `processInstCode`.
    pub process_inst_code: Option<String>,
    /// `processInstType`.
    pub process_inst_type: Option<String>,
    /// `purchaserAddress`.
    pub purchaser_address: Option<String>,
    /// `purchaserBankAccount`.
    pub purchaser_bank_account: Option<String>,
    /// `purchaserBankNameAccount`.
    pub purchaser_bank_name_account: Option<String>,
    /// `purchaserName`.
    pub purchaser_name: Option<String>,
    /// `purchaserTaxNo`.
    pub purchaser_tax_no: Option<String>,
    /// `purchaserTel`.
    pub purchaser_tel: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `secondHandCarInvoiceDetailList`.
    pub second_hand_car_invoice_detail_list: Option<
        Vec<
            UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOSecondHandCarInvoiceDetailList,
        >,
    >,
    /// `sellerAddress`.
    pub seller_address: Option<String>,
    /// `sellerBankAccount`.
    pub seller_bank_account: Option<String>,
    /// `sellerBankNameAccount`.
    pub seller_bank_name_account: Option<String>,
    /// `sellerName`.
    pub seller_name: Option<String>,
    /// `sellerTaxNo`.
    pub seller_tax_no: Option<String>,
    /// `sellerTel`.
    pub seller_tel: Option<String>,
    /// `supplySign`.
    pub supply_sign: Option<String>,
    /// `taxAmount`.
    pub tax_amount: Option<String>,
    /// `usedVehicleSaleDetailVOList`.
    pub used_vehicle_sale_detail_vo_list: Option<
        Vec<
            UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOUsedVehicleSaleDetailVOList,
        >,
    >,
    /// `vehicleSaleDetailVOList`.
    pub vehicle_sale_detail_vo_list: Option<
        Vec<UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOVehicleSaleDetailVOList>,
    >,
    /// `verifyStatus`.
    pub verify_status: Option<String>,
    /// `voucherCode`.
    pub voucher_code: Option<String>,
    /// `voucherStatus`.
    pub voucher_status: Option<String>,
}
impl UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO {
    /// An empty `UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountPeriod`.
    pub fn account_period(mut self, value: impl Into<String>) -> Self {
        self.account_period = Some(value.into());
        self
    }
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<String>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets `amountWithTax`.
    pub fn amount_with_tax(mut self, value: impl Into<String>) -> Self {
        self.amount_with_tax = Some(value.into());
        self
    }
    /// Sets `checkCode`.
    pub fn check_code(mut self, value: impl Into<String>) -> Self {
        self.check_code = Some(value.into());
        self
    }
    /// Sets `checkTime`.
    pub fn check_time(mut self, value: impl Into<String>) -> Self {
        self.check_time = Some(value.into());
        self
    }
    /// Sets `drawerName`.
    pub fn drawer_name(mut self, value: impl Into<String>) -> Self {
        self.drawer_name = Some(value.into());
        self
    }
    /// Sets `drewDate`.
    pub fn drew_date(mut self, value: impl Into<String>) -> Self {
        self.drew_date = Some(value.into());
        self
    }
    /// Sets `electronicUrl`.
    pub fn electronic_url(mut self, value: impl Into<String>) -> Self {
        self.electronic_url = Some(value.into());
        self
    }
    /// Sets `financeType`.
    pub fn finance_type(mut self, value: impl Into<String>) -> Self {
        self.finance_type = Some(value.into());
        self
    }
    /// Sets `fundType`.
    pub fn fund_type(mut self, value: impl Into<String>) -> Self {
        self.fund_type = Some(value.into());
        self
    }
    /// Sets `generalInvoiceDetailVOList`.
    pub fn general_invoice_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOGeneralInvoiceDetailVOList,
        >,
    ) -> Self {
        self.general_invoice_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `imageUrl`.
    pub fn image_url(mut self, value: impl Into<String>) -> Self {
        self.image_url = Some(value.into());
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
    /// Sets `invoiceStatus`.
    pub fn invoice_status(mut self, value: impl Into<String>) -> Self {
        self.invoice_status = Some(value.into());
        self
    }
    /// Sets `invoiceType`.
    pub fn invoice_type(mut self, value: impl Into<String>) -> Self {
        self.invoice_type = Some(value.into());
        self
    }
    /// Sets `machineCode`.
    pub fn machine_code(mut self, value: impl Into<String>) -> Self {
        self.machine_code = Some(value.into());
        self
    }
    /// Sets `oilFlag`.
    pub fn oil_flag(mut self, value: impl Into<String>) -> Self {
        self.oil_flag = Some(value.into());
        self
    }
    /// Sets `payee`.
    pub fn payee(mut self, value: impl Into<String>) -> Self {
        self.payee = Some(value.into());
        self
    }
    /// Sets `processInstCode`.
    pub fn process_inst_code(mut self, value: impl Into<String>) -> Self {
        self.process_inst_code = Some(value.into());
        self
    }
    /// Sets `processInstType`.
    pub fn process_inst_type(mut self, value: impl Into<String>) -> Self {
        self.process_inst_type = Some(value.into());
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
    /// Sets `purchaserBankNameAccount`.
    pub fn purchaser_bank_name_account(mut self, value: impl Into<String>) -> Self {
        self.purchaser_bank_name_account = Some(value.into());
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
    /// Sets `secondHandCarInvoiceDetailList`.
    pub fn second_hand_car_invoice_detail_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOSecondHandCarInvoiceDetailList,
        >,
    ) -> Self {
        self.second_hand_car_invoice_detail_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `sellerAddress`.
    pub fn seller_address(mut self, value: impl Into<String>) -> Self {
        self.seller_address = Some(value.into());
        self
    }
    /// Sets `sellerBankAccount`.
    pub fn seller_bank_account(mut self, value: impl Into<String>) -> Self {
        self.seller_bank_account = Some(value.into());
        self
    }
    /// Sets `sellerBankNameAccount`.
    pub fn seller_bank_name_account(mut self, value: impl Into<String>) -> Self {
        self.seller_bank_name_account = Some(value.into());
        self
    }
    /// Sets `sellerName`.
    pub fn seller_name(mut self, value: impl Into<String>) -> Self {
        self.seller_name = Some(value.into());
        self
    }
    /// Sets `sellerTaxNo`.
    pub fn seller_tax_no(mut self, value: impl Into<String>) -> Self {
        self.seller_tax_no = Some(value.into());
        self
    }
    /// Sets `sellerTel`.
    pub fn seller_tel(mut self, value: impl Into<String>) -> Self {
        self.seller_tel = Some(value.into());
        self
    }
    /// Sets `supplySign`.
    pub fn supply_sign(mut self, value: impl Into<String>) -> Self {
        self.supply_sign = Some(value.into());
        self
    }
    /// Sets `taxAmount`.
    pub fn tax_amount(mut self, value: impl Into<String>) -> Self {
        self.tax_amount = Some(value.into());
        self
    }
    /// Sets `usedVehicleSaleDetailVOList`.
    pub fn used_vehicle_sale_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOUsedVehicleSaleDetailVOList,
        >,
    ) -> Self {
        self.used_vehicle_sale_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `vehicleSaleDetailVOList`.
    pub fn vehicle_sale_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOVehicleSaleDetailVOList,
        >,
    ) -> Self {
        self.vehicle_sale_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `verifyStatus`.
    pub fn verify_status(mut self, value: impl Into<String>) -> Self {
        self.verify_status = Some(value.into());
        self
    }
    /// Sets `voucherCode`.
    pub fn voucher_code(mut self, value: impl Into<String>) -> Self {
        self.voucher_code = Some(value.into());
        self
    }
    /// Sets `voucherStatus`.
    pub fn voucher_status(mut self, value: impl Into<String>) -> Self {
        self.voucher_status = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO { "accountPeriod" =>
    optional(account_period), "amount" => optional(amount), "amountWithTax" =>
    optional(amount_with_tax), "checkCode" => optional(check_code), "checkTime" =>
    optional(check_time), "drawerName" => optional(drawer_name), "drewDate" =>
    optional(drew_date), "electronicUrl" => optional(electronic_url), "financeType" =>
    optional(finance_type), "fundType" => optional(fund_type),
    "generalInvoiceDetailVOList" => optional(general_invoice_detail_vo_list), "imageUrl"
    => optional(image_url), "invoiceCode" => optional(invoice_code), "invoiceNo" =>
    optional(invoice_no), "invoiceStatus" => optional(invoice_status), "invoiceType" =>
    optional(invoice_type), "machineCode" => optional(machine_code), "oilFlag" =>
    optional(oil_flag), "payee" => optional(payee), "processInstCode" =>
    optional(process_inst_code), "processInstType" => optional(process_inst_type),
    "purchaserAddress" => optional(purchaser_address), "purchaserBankAccount" =>
    optional(purchaser_bank_account), "purchaserBankNameAccount" =>
    optional(purchaser_bank_name_account), "purchaserName" => optional(purchaser_name),
    "purchaserTaxNo" => optional(purchaser_tax_no), "purchaserTel" =>
    optional(purchaser_tel), "remark" => optional(remark),
    "secondHandCarInvoiceDetailList" => optional(second_hand_car_invoice_detail_list),
    "sellerAddress" => optional(seller_address), "sellerBankAccount" =>
    optional(seller_bank_account), "sellerBankNameAccount" =>
    optional(seller_bank_name_account), "sellerName" => optional(seller_name),
    "sellerTaxNo" => optional(seller_tax_no), "sellerTel" => optional(seller_tel),
    "supplySign" => optional(supply_sign), "taxAmount" => optional(tax_amount),
    "usedVehicleSaleDetailVOList" => optional(used_vehicle_sale_detail_vo_list),
    "vehicleSaleDetailVOList" => optional(vehicle_sale_detail_vo_list), "verifyStatus" =>
    optional(verify_status), "voucherCode" => optional(voucher_code), "voucherStatus" =>
    optional(voucher_status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO { "accountPeriod" =>
    read_field(account_period), "amount" => read_field(amount), "amountWithTax" =>
    read_field(amount_with_tax), "checkCode" => read_field(check_code), "checkTime" =>
    read_field(check_time), "drawerName" => read_field(drawer_name), "drewDate" =>
    read_field(drew_date), "electronicUrl" => read_field(electronic_url), "financeType"
    => read_field(finance_type), "fundType" => read_field(fund_type),
    "generalInvoiceDetailVOList" => read_field(general_invoice_detail_vo_list),
    "imageUrl" => read_field(image_url), "invoiceCode" => read_field(invoice_code),
    "invoiceNo" => read_field(invoice_no), "invoiceStatus" => read_field(invoice_status),
    "invoiceType" => read_field(invoice_type), "machineCode" => read_field(machine_code),
    "oilFlag" => read_field(oil_flag), "payee" => read_field(payee), "processInstCode" =>
    read_field(process_inst_code), "processInstType" => read_field(process_inst_type),
    "purchaserAddress" => read_field(purchaser_address), "purchaserBankAccount" =>
    read_field(purchaser_bank_account), "purchaserBankNameAccount" =>
    read_field(purchaser_bank_name_account), "purchaserName" =>
    read_field(purchaser_name), "purchaserTaxNo" => read_field(purchaser_tax_no),
    "purchaserTel" => read_field(purchaser_tel), "remark" => read_field(remark),
    "secondHandCarInvoiceDetailList" => read_field(second_hand_car_invoice_detail_list),
    "sellerAddress" => read_field(seller_address), "sellerBankAccount" =>
    read_field(seller_bank_account), "sellerBankNameAccount" =>
    read_field(seller_bank_name_account), "sellerName" => read_field(seller_name),
    "sellerTaxNo" => read_field(seller_tax_no), "sellerTel" => read_field(seller_tel),
    "supplySign" => read_field(supply_sign), "taxAmount" => read_field(tax_amount),
    "usedVehicleSaleDetailVOList" => read_field(used_vehicle_sale_detail_vo_list),
    "vehicleSaleDetailVOList" => read_field(vehicle_sale_detail_vo_list), "verifyStatus"
    => read_field(verify_status), "voucherCode" => read_field(voucher_code),
    "voucherStatus" => read_field(voucher_status) }
}
/// `UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVO`: the same model as [`UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO`].
pub type UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVO = UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO;
/// `UpdateInvoiceAbandonStatusResponseBody`: the same model as [`AppendRolePermissionResponseBody`].
pub type UpdateInvoiceAbandonStatusResponseBody = AppendRolePermissionResponseBody;
/// `UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOList`: the same model as [`UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO`].
pub type UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOList = UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO;
/// `UpdateInvoiceAccountPeriodRequestInvoiceKeyVOList`: the same model as [`UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList`].
pub type UpdateInvoiceAccountPeriodRequestInvoiceKeyVOList = UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList;
/// `UpdateInvoiceAccountPeriodResponseBody`: the same model as [`BatchAddInvoiceResponseBody`].
pub type UpdateInvoiceAccountPeriodResponseBody = BatchAddInvoiceResponseBody;
/// `UpdateInvoiceAccountingPeriodDateRequestInvoiceFinanceInfoVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceAccountingPeriodDateRequestInvoiceFinanceInfoVOList {
    /// `accountingPeriodData`.
    pub accounting_period_data: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
    /// `invoiceType`.
    pub invoice_type: Option<String>,
}
impl UpdateInvoiceAccountingPeriodDateRequestInvoiceFinanceInfoVOList {
    /// An empty `UpdateInvoiceAccountingPeriodDateRequestInvoiceFinanceInfoVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountingPeriodData`.
    pub fn accounting_period_data(mut self, value: impl Into<String>) -> Self {
        self.accounting_period_data = Some(value.into());
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
    /// Sets `invoiceType`.
    pub fn invoice_type(mut self, value: impl Into<String>) -> Self {
        self.invoice_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceAccountingPeriodDateRequestInvoiceFinanceInfoVOList {
    "accountingPeriodData" => optional(accounting_period_data), "invoiceCode" =>
    optional(invoice_code), "invoiceNo" => optional(invoice_no), "invoiceType" =>
    optional(invoice_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceAccountingPeriodDateRequestInvoiceFinanceInfoVOList {
    "accountingPeriodData" => read_field(accounting_period_data), "invoiceCode" =>
    read_field(invoice_code), "invoiceNo" => read_field(invoice_no), "invoiceType" =>
    read_field(invoice_type) }
}
/// `UpdateInvoiceAccountingPeriodDateResponseBody`, a model several operations share: also named [`UpdateInvoiceAccountingStatusResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateInvoiceAccountingPeriodDateResponseBody {
    /// `result`.
    pub result: Option<UpdateInvoiceAccountingPeriodDateResponseBodyResult>,
}
rt::impl_deserialize! {
    UpdateInvoiceAccountingPeriodDateResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateInvoiceAccountingPeriodDateResponseBody { "result" => optional(result) }
}
/// `UpdateInvoiceAccountingStatusRequestInvoiceFinanceInfoVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceAccountingStatusRequestInvoiceFinanceInfoVOList {
    /// `accountingStatus`.
    pub accounting_status: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
    /// `invoiceType`.
    pub invoice_type: Option<String>,
}
impl UpdateInvoiceAccountingStatusRequestInvoiceFinanceInfoVOList {
    /// An empty `UpdateInvoiceAccountingStatusRequestInvoiceFinanceInfoVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountingStatus`.
    pub fn accounting_status(mut self, value: impl Into<String>) -> Self {
        self.accounting_status = Some(value.into());
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
    /// Sets `invoiceType`.
    pub fn invoice_type(mut self, value: impl Into<String>) -> Self {
        self.invoice_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceAccountingStatusRequestInvoiceFinanceInfoVOList { "accountingStatus" =>
    optional(accounting_status), "invoiceCode" => optional(invoice_code), "invoiceNo" =>
    optional(invoice_no), "invoiceType" => optional(invoice_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceAccountingStatusRequestInvoiceFinanceInfoVOList { "accountingStatus" =>
    read_field(accounting_status), "invoiceCode" => read_field(invoice_code), "invoiceNo"
    => read_field(invoice_no), "invoiceType" => read_field(invoice_type) }
}
/// `UpdateInvoiceAccountingStatusResponseBody`: the same model as [`UpdateInvoiceAccountingPeriodDateResponseBody`].
pub type UpdateInvoiceAccountingStatusResponseBody = UpdateInvoiceAccountingPeriodDateResponseBody;
/// `UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVO`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVO {
    /// `accountPeriod`.
    pub account_period: Option<String>,
    /// `agentCode`.
    pub agent_code: Option<String>,
    /// `amount`.
    pub amount: Option<String>,
    /// `amountWithTax`.
    pub amount_with_tax: Option<String>,
    /// `caacDevelopmentFund`.
    pub caac_development_fund: Option<String>,
    /// `checkCode`.
    pub check_code: Option<String>,
    /// `checkTime`.
    pub check_time: Option<String>,
    /// `city`.
    pub city: Option<String>,
    /// `destination`.
    pub destination: Option<String>,
    /// `distance`.
    pub distance: Option<String>,
    /// `drawerName`.
    pub drawer_name: Option<String>,
    /// `drewDate`.
    pub drew_date: Option<String>,
    /// `electronicUrl`.
    pub electronic_url: Option<String>,
    /// `entrance`.
    pub entrance: Option<String>,
    /// `exit`.
    pub exit: Option<String>,
    /// `financeType`.
    pub finance_type: Option<String>,
    /// `flightItineraryDetails`.
    pub flight_itinerary_details: Option<
        Vec<UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOFlightItineraryDetails>,
    >,
    /// `fuelSurcharge`.
    pub fuel_surcharge: Option<String>,
    /// `fundType`.
    pub fund_type: Option<String>,
    /// `generalInvoiceDetailVOList`.
    pub general_invoice_detail_vo_list: Option<
        Vec<
            UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOGeneralInvoiceDetailVOList,
        >,
    >,
    /// `getOffTime`.
    pub get_off_time: Option<String>,
    /// `getOnTime`.
    pub get_on_time: Option<String>,
    /// `imageUrl`.
    pub image_url: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
    /// `invoiceStatus`.
    pub invoice_status: Option<String>,
    /// `invoiceType`.
    pub invoice_type: Option<String>,
    /// `issueBy`.
    pub issue_by: Option<String>,
    /// `machineCode`.
    pub machine_code: Option<String>,
    /// `oilFlag`.
    pub oil_flag: Option<String>,
    /// `origin`.
    pub origin: Option<String>,
    /// `passenger`.
    pub passenger: Option<String>,
    /// `passengerUserId`.
    pub passenger_user_id: Option<String>,
    /// `payee`.
    pub payee: Option<String>,
    /// `printSerialNumber`.
    pub print_serial_number: Option<String>,
    /// `processInstCode`.
    pub process_inst_code: Option<String>,
    /// `processInstType`.
    pub process_inst_type: Option<String>,
    /// `purchaserAddress`.
    pub purchaser_address: Option<String>,
    /// `purchaserBankAccount`.
    pub purchaser_bank_account: Option<String>,
    /// `purchaserBankNameAccount`.
    pub purchaser_bank_name_account: Option<String>,
    /// `purchaserName`.
    pub purchaser_name: Option<String>,
    /// `purchaserTaxNo`.
    pub purchaser_tax_no: Option<String>,
    /// `purchaserTel`.
    pub purchaser_tel: Option<String>,
    /// `receiverEmail`.
    pub receiver_email: Option<String>,
    /// `receiverName`.
    pub receiver_name: Option<String>,
    /// `receiverTel`.
    pub receiver_tel: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `seatClass`.
    pub seat_class: Option<String>,
    /// `secondHandCarInvoiceDetailList`.
    pub second_hand_car_invoice_detail_list: Option<
        Vec<
            UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOSecondHandCarInvoiceDetailList,
        >,
    >,
    /// `sellerAddress`.
    pub seller_address: Option<String>,
    /// `sellerBankAccount`.
    pub seller_bank_account: Option<String>,
    /// `sellerBankNameAccount`.
    pub seller_bank_name_account: Option<String>,
    /// `sellerName`.
    pub seller_name: Option<String>,
    /// `sellerTaxNo`.
    pub seller_tax_no: Option<String>,
    /// `sellerTel`.
    pub seller_tel: Option<String>,
    /// `serialNo`.
    pub serial_no: Option<String>,
    /// `startTime`.
    pub start_time: Option<String>,
    /// `supplySign`.
    pub supply_sign: Option<String>,
    /// `surcharge`.
    pub surcharge: Option<String>,
    /// `taxAmount`.
    pub tax_amount: Option<String>,
    /// `trainNo`.
    pub train_no: Option<String>,
    /// `travelDate`.
    pub travel_date: Option<String>,
    /// `usedVehicleSaleDetailVOList`.
    pub used_vehicle_sale_detail_vo_list: Option<
        Vec<
            UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOUsedVehicleSaleDetailVOList,
        >,
    >,
    /// `vehicleSaleDetailVOList`.
    pub vehicle_sale_detail_vo_list: Option<
        Vec<UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOVehicleSaleDetailVOList>,
    >,
    /// `verifyStatus`.
    pub verify_status: Option<String>,
    /// `voucherCode`.
    pub voucher_code: Option<String>,
    /// `voucherStatus`.
    pub voucher_status: Option<String>,
}
impl UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVO {
    /// An empty `UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVO`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountPeriod`.
    pub fn account_period(mut self, value: impl Into<String>) -> Self {
        self.account_period = Some(value.into());
        self
    }
    /// Sets `agentCode`.
    pub fn agent_code(mut self, value: impl Into<String>) -> Self {
        self.agent_code = Some(value.into());
        self
    }
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<String>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets `amountWithTax`.
    pub fn amount_with_tax(mut self, value: impl Into<String>) -> Self {
        self.amount_with_tax = Some(value.into());
        self
    }
    /// Sets `caacDevelopmentFund`.
    pub fn caac_development_fund(mut self, value: impl Into<String>) -> Self {
        self.caac_development_fund = Some(value.into());
        self
    }
    /// Sets `checkCode`.
    pub fn check_code(mut self, value: impl Into<String>) -> Self {
        self.check_code = Some(value.into());
        self
    }
    /// Sets `checkTime`.
    pub fn check_time(mut self, value: impl Into<String>) -> Self {
        self.check_time = Some(value.into());
        self
    }
    /// Sets `city`.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `destination`.
    pub fn destination(mut self, value: impl Into<String>) -> Self {
        self.destination = Some(value.into());
        self
    }
    /// Sets `distance`.
    pub fn distance(mut self, value: impl Into<String>) -> Self {
        self.distance = Some(value.into());
        self
    }
    /// Sets `drawerName`.
    pub fn drawer_name(mut self, value: impl Into<String>) -> Self {
        self.drawer_name = Some(value.into());
        self
    }
    /// Sets `drewDate`.
    pub fn drew_date(mut self, value: impl Into<String>) -> Self {
        self.drew_date = Some(value.into());
        self
    }
    /// Sets `electronicUrl`.
    pub fn electronic_url(mut self, value: impl Into<String>) -> Self {
        self.electronic_url = Some(value.into());
        self
    }
    /// Sets `entrance`.
    pub fn entrance(mut self, value: impl Into<String>) -> Self {
        self.entrance = Some(value.into());
        self
    }
    /// Sets `exit`.
    pub fn exit(mut self, value: impl Into<String>) -> Self {
        self.exit = Some(value.into());
        self
    }
    /// Sets `financeType`.
    pub fn finance_type(mut self, value: impl Into<String>) -> Self {
        self.finance_type = Some(value.into());
        self
    }
    /// Sets `flightItineraryDetails`.
    pub fn flight_itinerary_details(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOFlightItineraryDetails,
        >,
    ) -> Self {
        self.flight_itinerary_details = Some(value.into_iter().collect());
        self
    }
    /// Sets `fuelSurcharge`.
    pub fn fuel_surcharge(mut self, value: impl Into<String>) -> Self {
        self.fuel_surcharge = Some(value.into());
        self
    }
    /// Sets `fundType`.
    pub fn fund_type(mut self, value: impl Into<String>) -> Self {
        self.fund_type = Some(value.into());
        self
    }
    /// Sets `generalInvoiceDetailVOList`.
    pub fn general_invoice_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOGeneralInvoiceDetailVOList,
        >,
    ) -> Self {
        self.general_invoice_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `getOffTime`.
    pub fn get_off_time(mut self, value: impl Into<String>) -> Self {
        self.get_off_time = Some(value.into());
        self
    }
    /// Sets `getOnTime`.
    pub fn get_on_time(mut self, value: impl Into<String>) -> Self {
        self.get_on_time = Some(value.into());
        self
    }
    /// Sets `imageUrl`.
    pub fn image_url(mut self, value: impl Into<String>) -> Self {
        self.image_url = Some(value.into());
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
    /// Sets `invoiceStatus`.
    pub fn invoice_status(mut self, value: impl Into<String>) -> Self {
        self.invoice_status = Some(value.into());
        self
    }
    /// Sets `invoiceType`.
    pub fn invoice_type(mut self, value: impl Into<String>) -> Self {
        self.invoice_type = Some(value.into());
        self
    }
    /// Sets `issueBy`.
    pub fn issue_by(mut self, value: impl Into<String>) -> Self {
        self.issue_by = Some(value.into());
        self
    }
    /// Sets `machineCode`.
    pub fn machine_code(mut self, value: impl Into<String>) -> Self {
        self.machine_code = Some(value.into());
        self
    }
    /// Sets `oilFlag`.
    pub fn oil_flag(mut self, value: impl Into<String>) -> Self {
        self.oil_flag = Some(value.into());
        self
    }
    /// Sets `origin`.
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// Sets `passenger`.
    pub fn passenger(mut self, value: impl Into<String>) -> Self {
        self.passenger = Some(value.into());
        self
    }
    /// Sets `passengerUserId`.
    pub fn passenger_user_id(mut self, value: impl Into<String>) -> Self {
        self.passenger_user_id = Some(value.into());
        self
    }
    /// Sets `payee`.
    pub fn payee(mut self, value: impl Into<String>) -> Self {
        self.payee = Some(value.into());
        self
    }
    /// Sets `printSerialNumber`.
    pub fn print_serial_number(mut self, value: impl Into<String>) -> Self {
        self.print_serial_number = Some(value.into());
        self
    }
    /// Sets `processInstCode`.
    pub fn process_inst_code(mut self, value: impl Into<String>) -> Self {
        self.process_inst_code = Some(value.into());
        self
    }
    /// Sets `processInstType`.
    pub fn process_inst_type(mut self, value: impl Into<String>) -> Self {
        self.process_inst_type = Some(value.into());
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
    /// Sets `purchaserBankNameAccount`.
    pub fn purchaser_bank_name_account(mut self, value: impl Into<String>) -> Self {
        self.purchaser_bank_name_account = Some(value.into());
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
    /// Sets `receiverEmail`.
    pub fn receiver_email(mut self, value: impl Into<String>) -> Self {
        self.receiver_email = Some(value.into());
        self
    }
    /// Sets `receiverName`.
    pub fn receiver_name(mut self, value: impl Into<String>) -> Self {
        self.receiver_name = Some(value.into());
        self
    }
    /// Sets `receiverTel`.
    pub fn receiver_tel(mut self, value: impl Into<String>) -> Self {
        self.receiver_tel = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `seatClass`.
    pub fn seat_class(mut self, value: impl Into<String>) -> Self {
        self.seat_class = Some(value.into());
        self
    }
    /// Sets `secondHandCarInvoiceDetailList`.
    pub fn second_hand_car_invoice_detail_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOSecondHandCarInvoiceDetailList,
        >,
    ) -> Self {
        self.second_hand_car_invoice_detail_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `sellerAddress`.
    pub fn seller_address(mut self, value: impl Into<String>) -> Self {
        self.seller_address = Some(value.into());
        self
    }
    /// Sets `sellerBankAccount`.
    pub fn seller_bank_account(mut self, value: impl Into<String>) -> Self {
        self.seller_bank_account = Some(value.into());
        self
    }
    /// Sets `sellerBankNameAccount`.
    pub fn seller_bank_name_account(mut self, value: impl Into<String>) -> Self {
        self.seller_bank_name_account = Some(value.into());
        self
    }
    /// Sets `sellerName`.
    pub fn seller_name(mut self, value: impl Into<String>) -> Self {
        self.seller_name = Some(value.into());
        self
    }
    /// Sets `sellerTaxNo`.
    pub fn seller_tax_no(mut self, value: impl Into<String>) -> Self {
        self.seller_tax_no = Some(value.into());
        self
    }
    /// Sets `sellerTel`.
    pub fn seller_tel(mut self, value: impl Into<String>) -> Self {
        self.seller_tel = Some(value.into());
        self
    }
    /// Sets `serialNo`.
    pub fn serial_no(mut self, value: impl Into<String>) -> Self {
        self.serial_no = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }
    /// Sets `supplySign`.
    pub fn supply_sign(mut self, value: impl Into<String>) -> Self {
        self.supply_sign = Some(value.into());
        self
    }
    /// Sets `surcharge`.
    pub fn surcharge(mut self, value: impl Into<String>) -> Self {
        self.surcharge = Some(value.into());
        self
    }
    /// Sets `taxAmount`.
    pub fn tax_amount(mut self, value: impl Into<String>) -> Self {
        self.tax_amount = Some(value.into());
        self
    }
    /// Sets `trainNo`.
    pub fn train_no(mut self, value: impl Into<String>) -> Self {
        self.train_no = Some(value.into());
        self
    }
    /// Sets `travelDate`.
    pub fn travel_date(mut self, value: impl Into<String>) -> Self {
        self.travel_date = Some(value.into());
        self
    }
    /// Sets `usedVehicleSaleDetailVOList`.
    pub fn used_vehicle_sale_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOUsedVehicleSaleDetailVOList,
        >,
    ) -> Self {
        self.used_vehicle_sale_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `vehicleSaleDetailVOList`.
    pub fn vehicle_sale_detail_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOVehicleSaleDetailVOList,
        >,
    ) -> Self {
        self.vehicle_sale_detail_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `verifyStatus`.
    pub fn verify_status(mut self, value: impl Into<String>) -> Self {
        self.verify_status = Some(value.into());
        self
    }
    /// Sets `voucherCode`.
    pub fn voucher_code(mut self, value: impl Into<String>) -> Self {
        self.voucher_code = Some(value.into());
        self
    }
    /// Sets `voucherStatus`.
    pub fn voucher_status(mut self, value: impl Into<String>) -> Self {
        self.voucher_status = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVO { "accountPeriod" =>
    optional(account_period), "agentCode" => optional(agent_code), "amount" =>
    optional(amount), "amountWithTax" => optional(amount_with_tax), "caacDevelopmentFund"
    => optional(caac_development_fund), "checkCode" => optional(check_code), "checkTime"
    => optional(check_time), "city" => optional(city), "destination" =>
    optional(destination), "distance" => optional(distance), "drawerName" =>
    optional(drawer_name), "drewDate" => optional(drew_date), "electronicUrl" =>
    optional(electronic_url), "entrance" => optional(entrance), "exit" => optional(exit),
    "financeType" => optional(finance_type), "flightItineraryDetails" =>
    optional(flight_itinerary_details), "fuelSurcharge" => optional(fuel_surcharge),
    "fundType" => optional(fund_type), "generalInvoiceDetailVOList" =>
    optional(general_invoice_detail_vo_list), "getOffTime" => optional(get_off_time),
    "getOnTime" => optional(get_on_time), "imageUrl" => optional(image_url),
    "invoiceCode" => optional(invoice_code), "invoiceNo" => optional(invoice_no),
    "invoiceStatus" => optional(invoice_status), "invoiceType" => optional(invoice_type),
    "issueBy" => optional(issue_by), "machineCode" => optional(machine_code), "oilFlag"
    => optional(oil_flag), "origin" => optional(origin), "passenger" =>
    optional(passenger), "passengerUserId" => optional(passenger_user_id), "payee" =>
    optional(payee), "printSerialNumber" => optional(print_serial_number),
    "processInstCode" => optional(process_inst_code), "processInstType" =>
    optional(process_inst_type), "purchaserAddress" => optional(purchaser_address),
    "purchaserBankAccount" => optional(purchaser_bank_account),
    "purchaserBankNameAccount" => optional(purchaser_bank_name_account), "purchaserName"
    => optional(purchaser_name), "purchaserTaxNo" => optional(purchaser_tax_no),
    "purchaserTel" => optional(purchaser_tel), "receiverEmail" =>
    optional(receiver_email), "receiverName" => optional(receiver_name), "receiverTel" =>
    optional(receiver_tel), "remark" => optional(remark), "seatClass" =>
    optional(seat_class), "secondHandCarInvoiceDetailList" =>
    optional(second_hand_car_invoice_detail_list), "sellerAddress" =>
    optional(seller_address), "sellerBankAccount" => optional(seller_bank_account),
    "sellerBankNameAccount" => optional(seller_bank_name_account), "sellerName" =>
    optional(seller_name), "sellerTaxNo" => optional(seller_tax_no), "sellerTel" =>
    optional(seller_tel), "serialNo" => optional(serial_no), "startTime" =>
    optional(start_time), "supplySign" => optional(supply_sign), "surcharge" =>
    optional(surcharge), "taxAmount" => optional(tax_amount), "trainNo" =>
    optional(train_no), "travelDate" => optional(travel_date),
    "usedVehicleSaleDetailVOList" => optional(used_vehicle_sale_detail_vo_list),
    "vehicleSaleDetailVOList" => optional(vehicle_sale_detail_vo_list), "verifyStatus" =>
    optional(verify_status), "voucherCode" => optional(voucher_code), "voucherStatus" =>
    optional(voucher_status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVO { "accountPeriod" =>
    read_field(account_period), "agentCode" => read_field(agent_code), "amount" =>
    read_field(amount), "amountWithTax" => read_field(amount_with_tax),
    "caacDevelopmentFund" => read_field(caac_development_fund), "checkCode" =>
    read_field(check_code), "checkTime" => read_field(check_time), "city" =>
    read_field(city), "destination" => read_field(destination), "distance" =>
    read_field(distance), "drawerName" => read_field(drawer_name), "drewDate" =>
    read_field(drew_date), "electronicUrl" => read_field(electronic_url), "entrance" =>
    read_field(entrance), "exit" => read_field(exit), "financeType" =>
    read_field(finance_type), "flightItineraryDetails" =>
    read_field(flight_itinerary_details), "fuelSurcharge" => read_field(fuel_surcharge),
    "fundType" => read_field(fund_type), "generalInvoiceDetailVOList" =>
    read_field(general_invoice_detail_vo_list), "getOffTime" => read_field(get_off_time),
    "getOnTime" => read_field(get_on_time), "imageUrl" => read_field(image_url),
    "invoiceCode" => read_field(invoice_code), "invoiceNo" => read_field(invoice_no),
    "invoiceStatus" => read_field(invoice_status), "invoiceType" =>
    read_field(invoice_type), "issueBy" => read_field(issue_by), "machineCode" =>
    read_field(machine_code), "oilFlag" => read_field(oil_flag), "origin" =>
    read_field(origin), "passenger" => read_field(passenger), "passengerUserId" =>
    read_field(passenger_user_id), "payee" => read_field(payee), "printSerialNumber" =>
    read_field(print_serial_number), "processInstCode" => read_field(process_inst_code),
    "processInstType" => read_field(process_inst_type), "purchaserAddress" =>
    read_field(purchaser_address), "purchaserBankAccount" =>
    read_field(purchaser_bank_account), "purchaserBankNameAccount" =>
    read_field(purchaser_bank_name_account), "purchaserName" =>
    read_field(purchaser_name), "purchaserTaxNo" => read_field(purchaser_tax_no),
    "purchaserTel" => read_field(purchaser_tel), "receiverEmail" =>
    read_field(receiver_email), "receiverName" => read_field(receiver_name),
    "receiverTel" => read_field(receiver_tel), "remark" => read_field(remark),
    "seatClass" => read_field(seat_class), "secondHandCarInvoiceDetailList" =>
    read_field(second_hand_car_invoice_detail_list), "sellerAddress" =>
    read_field(seller_address), "sellerBankAccount" => read_field(seller_bank_account),
    "sellerBankNameAccount" => read_field(seller_bank_name_account), "sellerName" =>
    read_field(seller_name), "sellerTaxNo" => read_field(seller_tax_no), "sellerTel" =>
    read_field(seller_tel), "serialNo" => read_field(serial_no), "startTime" =>
    read_field(start_time), "supplySign" => read_field(supply_sign), "surcharge" =>
    read_field(surcharge), "taxAmount" => read_field(tax_amount), "trainNo" =>
    read_field(train_no), "travelDate" => read_field(travel_date),
    "usedVehicleSaleDetailVOList" => read_field(used_vehicle_sale_detail_vo_list),
    "vehicleSaleDetailVOList" => read_field(vehicle_sale_detail_vo_list), "verifyStatus"
    => read_field(verify_status), "voucherCode" => read_field(voucher_code),
    "voucherStatus" => read_field(voucher_status) }
}
/// `UpdateInvoiceAndReceiptRelatedResponseBody`: the same model as [`AppendRolePermissionResponseBody`].
pub type UpdateInvoiceAndReceiptRelatedResponseBody = AppendRolePermissionResponseBody;
/// `UpdateInvoiceIgnoreStatusResponseBody`: the same model as [`AppendRolePermissionResponseBody`].
pub type UpdateInvoiceIgnoreStatusResponseBody = AppendRolePermissionResponseBody;
/// `UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOList`: the same model as [`UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO`].
pub type UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOList = UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO;
/// `UpdateInvoiceVerifyStatusRequestInvoiceKeyVOList`: the same model as [`UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList`].
pub type UpdateInvoiceVerifyStatusRequestInvoiceKeyVOList = UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList;
/// `UpdateInvoiceVerifyStatusResponseBody`: the same model as [`AppendRolePermissionResponseBody`].
pub type UpdateInvoiceVerifyStatusResponseBody = AppendRolePermissionResponseBody;
/// `UpdateInvoiceVoucherStatusResponseBody`: the same model as [`CheckVoucherStatusResponseBody`].
pub type UpdateInvoiceVoucherStatusResponseBody = CheckVoucherStatusResponseBody;
/// `UpdateReceiptRequestReceipts`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateReceiptRequestReceipts {
    /// `amount`.
    pub amount: Option<String>,
    /// `categoryCode`.
    pub category_code: Option<String>,
    /// `code`.
    pub code: String,
    /// `customerCode`.
    pub customer_code: Option<String>,
    /// `enterpriseAcountCode`.
    pub enterprise_acount_code: Option<String>,
    /// `occurDate`.
    pub occur_date: Option<i64>,
    /// `principalId`.
    pub principal_id: Option<String>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `receiptType`.
    pub receipt_type: i64,
    /// `remark`.
    pub remark: Option<String>,
    /// `supplierCode`.
    pub supplier_code: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `updateTime`.
    pub update_time: i64,
    /// `updateUserId`.
    pub update_user_id: String,
}
/// The required fields of [`UpdateReceiptRequestReceipts`], each named where it is set: `UpdateReceiptRequestReceipts::new(UpdateReceiptRequestReceiptsRequired { .. })`.
pub struct UpdateReceiptRequestReceiptsRequired {
    /// `code`: see [`UpdateReceiptRequestReceipts::code`].
    pub code: String,
    /// `receiptType`: see [`UpdateReceiptRequestReceipts::receipt_type`].
    pub receipt_type: i64,
    /// `updateTime`: see [`UpdateReceiptRequestReceipts::update_time`].
    pub update_time: i64,
    /// `updateUserId`: see [`UpdateReceiptRequestReceipts::update_user_id`].
    pub update_user_id: String,
}
impl UpdateReceiptRequestReceipts {
    /// A `UpdateReceiptRequestReceipts` with its required fields (`code`, `receiptType`, `updateTime`, `updateUserId`); set the others with the methods named after them.
    pub fn new(required: UpdateReceiptRequestReceiptsRequired) -> Self {
        let UpdateReceiptRequestReceiptsRequired {
            code,
            receipt_type,
            update_time,
            update_user_id,
        } = required;
        Self {
            amount: None,
            category_code: None,
            code,
            customer_code: None,
            enterprise_acount_code: None,
            occur_date: None,
            principal_id: None,
            project_code: None,
            receipt_type,
            remark: None,
            supplier_code: None,
            title: None,
            update_time,
            update_user_id,
        }
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
    /// Sets `customerCode`.
    pub fn customer_code(mut self, value: impl Into<String>) -> Self {
        self.customer_code = Some(value.into());
        self
    }
    /// Sets `enterpriseAcountCode`.
    pub fn enterprise_acount_code(mut self, value: impl Into<String>) -> Self {
        self.enterprise_acount_code = Some(value.into());
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
    /// Sets `projectCode`.
    pub fn project_code(mut self, value: impl Into<String>) -> Self {
        self.project_code = Some(value.into());
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
}
rt::impl_serialize! {
    UpdateReceiptRequestReceipts { "amount" => optional(amount), "categoryCode" =>
    optional(category_code), "code" => field(code), "customerCode" =>
    optional(customer_code), "enterpriseAcountCode" => optional(enterprise_acount_code),
    "occurDate" => optional(occur_date), "principalId" => optional(principal_id),
    "projectCode" => optional(project_code), "receiptType" => field(receipt_type),
    "remark" => optional(remark), "supplierCode" => optional(supplier_code), "title" =>
    optional(title), "updateTime" => field(update_time), "updateUserId" =>
    field(update_user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateReceiptRequestReceipts { "amount" => read_field(amount), "categoryCode" =>
    read_field(category_code), "code" => read_field(code), "customerCode" =>
    read_field(customer_code), "enterpriseAcountCode" =>
    read_field(enterprise_acount_code), "occurDate" => read_field(occur_date),
    "principalId" => read_field(principal_id), "projectCode" => read_field(project_code),
    "receiptType" => read_field(receipt_type), "remark" => read_field(remark),
    "supplierCode" => read_field(supplier_code), "title" => read_field(title),
    "updateTime" => read_field(update_time), "updateUserId" => read_field(update_user_id)
    }
}
/// `UpdateReceiptResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateReceiptResponseBody {
    /// `results`.
    pub results: Option<Vec<UpdateReceiptResponseBodyResults>>,
}
rt::impl_deserialize! {
    UpdateReceiptResponseBody { "results" => read_field(results) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateReceiptResponseBody { "results" => optional(results) }
}
/// `UpdateReceiptVoucherStatusResponseBody`: the same model as [`AppendRolePermissionResponseBody`].
pub type UpdateReceiptVoucherStatusResponseBody = AppendRolePermissionResponseBody;
/// `AppendRolePermissionRequestRolePermissionItemListPermissionList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendRolePermissionRequestRolePermissionItemListPermissionList {
    /// `actionIdList`.
    pub action_id_list: Option<Vec<String>>,
    /// `resourceIdentity`.
    pub resource_identity: Option<String>,
}
impl AppendRolePermissionRequestRolePermissionItemListPermissionList {
    /// An empty `AppendRolePermissionRequestRolePermissionItemListPermissionList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `actionIdList`.
    pub fn action_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.action_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `resourceIdentity`.
    pub fn resource_identity(mut self, value: impl Into<String>) -> Self {
        self.resource_identity = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AppendRolePermissionRequestRolePermissionItemListPermissionList { "actionIdList" =>
    optional(action_id_list), "resourceIdentity" => optional(resource_identity) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AppendRolePermissionRequestRolePermissionItemListPermissionList { "actionIdList" =>
    read_field(action_id_list), "resourceIdentity" => read_field(resource_identity) }
}
/// `BatchAddInvoiceRequestGeneralInvoiceVOListEFlightItineraryDetailVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddInvoiceRequestGeneralInvoiceVOListEFlightItineraryDetailVOList {
    /// `carrier`.
    pub carrier: Option<String>,
    /// `className`.
    pub class_name: Option<String>,
    /// `flightNumber`.
    pub flight_number: Option<String>,
    /// `flyDate`.
    pub fly_date: Option<String>,
    /// `flyFrom`.
    pub fly_from: Option<String>,
    /// `flyTime`.
    pub fly_time: Option<String>,
    /// `flyTo`.
    pub fly_to: Option<String>,
    /// `invoiceDetailNumber`.
    pub invoice_detail_number: Option<String>,
    /// `invoiceId`.
    pub invoice_id: Option<String>,
    /// `seat`.
    pub seat: Option<String>,
}
impl BatchAddInvoiceRequestGeneralInvoiceVOListEFlightItineraryDetailVOList {
    /// An empty `BatchAddInvoiceRequestGeneralInvoiceVOListEFlightItineraryDetailVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `carrier`.
    pub fn carrier(mut self, value: impl Into<String>) -> Self {
        self.carrier = Some(value.into());
        self
    }
    /// Sets `className`.
    pub fn class_name(mut self, value: impl Into<String>) -> Self {
        self.class_name = Some(value.into());
        self
    }
    /// Sets `flightNumber`.
    pub fn flight_number(mut self, value: impl Into<String>) -> Self {
        self.flight_number = Some(value.into());
        self
    }
    /// Sets `flyDate`.
    pub fn fly_date(mut self, value: impl Into<String>) -> Self {
        self.fly_date = Some(value.into());
        self
    }
    /// Sets `flyFrom`.
    pub fn fly_from(mut self, value: impl Into<String>) -> Self {
        self.fly_from = Some(value.into());
        self
    }
    /// Sets `flyTime`.
    pub fn fly_time(mut self, value: impl Into<String>) -> Self {
        self.fly_time = Some(value.into());
        self
    }
    /// Sets `flyTo`.
    pub fn fly_to(mut self, value: impl Into<String>) -> Self {
        self.fly_to = Some(value.into());
        self
    }
    /// Sets `invoiceDetailNumber`.
    pub fn invoice_detail_number(mut self, value: impl Into<String>) -> Self {
        self.invoice_detail_number = Some(value.into());
        self
    }
    /// Sets `invoiceId`.
    pub fn invoice_id(mut self, value: impl Into<String>) -> Self {
        self.invoice_id = Some(value.into());
        self
    }
    /// Sets `seat`.
    pub fn seat(mut self, value: impl Into<String>) -> Self {
        self.seat = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchAddInvoiceRequestGeneralInvoiceVOListEFlightItineraryDetailVOList { "carrier" =>
    optional(carrier), "className" => optional(class_name), "flightNumber" =>
    optional(flight_number), "flyDate" => optional(fly_date), "flyFrom" =>
    optional(fly_from), "flyTime" => optional(fly_time), "flyTo" => optional(fly_to),
    "invoiceDetailNumber" => optional(invoice_detail_number), "invoiceId" =>
    optional(invoice_id), "seat" => optional(seat) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddInvoiceRequestGeneralInvoiceVOListEFlightItineraryDetailVOList { "carrier" =>
    read_field(carrier), "className" => read_field(class_name), "flightNumber" =>
    read_field(flight_number), "flyDate" => read_field(fly_date), "flyFrom" =>
    read_field(fly_from), "flyTime" => read_field(fly_time), "flyTo" =>
    read_field(fly_to), "invoiceDetailNumber" => read_field(invoice_detail_number),
    "invoiceId" => read_field(invoice_id), "seat" => read_field(seat) }
}
/// `BatchAddInvoiceRequestGeneralInvoiceVOListETrainTicketDetailVOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddInvoiceRequestGeneralInvoiceVOListETrainTicketDetailVOList {
    /// `airConditionType`.
    pub air_condition_type: Option<String>,
    /// `carriageNo`.
    pub carriage_no: Option<String>,
    /// `destination`.
    pub destination: Option<String>,
    /// `eticketNo`.
    pub eticket_no: Option<String>,
    /// `getOnTime`.
    pub get_on_time: Option<String>,
    /// `invoiceId`.
    pub invoice_id: Option<String>,
    /// `origin`.
    pub origin: Option<String>,
    /// `passenger`.
    pub passenger: Option<String>,
    /// `passengerUserId`.
    pub passenger_user_id: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `seatClass`.
    pub seat_class: Option<String>,
    /// `startTime`.
    pub start_time: Option<String>,
    /// `taxRate`.
    pub tax_rate: Option<String>,
    /// `ticketType`.
    pub ticket_type: Option<String>,
    /// `trainNo`.
    pub train_no: Option<String>,
}
impl BatchAddInvoiceRequestGeneralInvoiceVOListETrainTicketDetailVOList {
    /// An empty `BatchAddInvoiceRequestGeneralInvoiceVOListETrainTicketDetailVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `airConditionType`.
    pub fn air_condition_type(mut self, value: impl Into<String>) -> Self {
        self.air_condition_type = Some(value.into());
        self
    }
    /// Sets `carriageNo`.
    pub fn carriage_no(mut self, value: impl Into<String>) -> Self {
        self.carriage_no = Some(value.into());
        self
    }
    /// Sets `destination`.
    pub fn destination(mut self, value: impl Into<String>) -> Self {
        self.destination = Some(value.into());
        self
    }
    /// Sets `eticketNo`.
    pub fn eticket_no(mut self, value: impl Into<String>) -> Self {
        self.eticket_no = Some(value.into());
        self
    }
    /// Sets `getOnTime`.
    pub fn get_on_time(mut self, value: impl Into<String>) -> Self {
        self.get_on_time = Some(value.into());
        self
    }
    /// Sets `invoiceId`.
    pub fn invoice_id(mut self, value: impl Into<String>) -> Self {
        self.invoice_id = Some(value.into());
        self
    }
    /// Sets `origin`.
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// Sets `passenger`.
    pub fn passenger(mut self, value: impl Into<String>) -> Self {
        self.passenger = Some(value.into());
        self
    }
    /// Sets `passengerUserId`.
    pub fn passenger_user_id(mut self, value: impl Into<String>) -> Self {
        self.passenger_user_id = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `seatClass`.
    pub fn seat_class(mut self, value: impl Into<String>) -> Self {
        self.seat_class = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }
    /// Sets `taxRate`.
    pub fn tax_rate(mut self, value: impl Into<String>) -> Self {
        self.tax_rate = Some(value.into());
        self
    }
    /// Sets `ticketType`.
    pub fn ticket_type(mut self, value: impl Into<String>) -> Self {
        self.ticket_type = Some(value.into());
        self
    }
    /// Sets `trainNo`.
    pub fn train_no(mut self, value: impl Into<String>) -> Self {
        self.train_no = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchAddInvoiceRequestGeneralInvoiceVOListETrainTicketDetailVOList {
    "airConditionType" => optional(air_condition_type), "carriageNo" =>
    optional(carriage_no), "destination" => optional(destination), "eticketNo" =>
    optional(eticket_no), "getOnTime" => optional(get_on_time), "invoiceId" =>
    optional(invoice_id), "origin" => optional(origin), "passenger" =>
    optional(passenger), "passengerUserId" => optional(passenger_user_id), "remark" =>
    optional(remark), "seatClass" => optional(seat_class), "startTime" =>
    optional(start_time), "taxRate" => optional(tax_rate), "ticketType" =>
    optional(ticket_type), "trainNo" => optional(train_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddInvoiceRequestGeneralInvoiceVOListETrainTicketDetailVOList {
    "airConditionType" => read_field(air_condition_type), "carriageNo" =>
    read_field(carriage_no), "destination" => read_field(destination), "eticketNo" =>
    read_field(eticket_no), "getOnTime" => read_field(get_on_time), "invoiceId" =>
    read_field(invoice_id), "origin" => read_field(origin), "passenger" =>
    read_field(passenger), "passengerUserId" => read_field(passenger_user_id), "remark"
    => read_field(remark), "seatClass" => read_field(seat_class), "startTime" =>
    read_field(start_time), "taxRate" => read_field(tax_rate), "ticketType" =>
    read_field(ticket_type), "trainNo" => read_field(train_no) }
}
/// `BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`, a model several operations share: also named [`UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`], [`UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOGeneralInvoiceDetailVOList`], [`UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVOGeneralInvoiceDetailVOList`], [`UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`], [`UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOGeneralInvoiceDetailVOList`], [`UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList {
    /// `amount`.
    pub amount: Option<String>,
    /// `goodsName`.
    pub goods_name: Option<String>,
    /// `quantity`.
    pub quantity: Option<String>,
    /// `revenueCode`.
    pub revenue_code: Option<String>,
    /// `rowNo`.
    pub row_no: Option<String>,
    /// `specification`.
    pub specification: Option<String>,
    /// `taxAmount`.
    pub tax_amount: Option<String>,
    /// `taxPre`.
    pub tax_pre: Option<String>,
    /// `taxPreType`.
    pub tax_pre_type: Option<String>,
    /// `taxRate`.
    pub tax_rate: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
    /// `unitPrice`.
    pub unit_price: Option<String>,
}
impl BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList {
    /// An empty `BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<String>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets `goodsName`.
    pub fn goods_name(mut self, value: impl Into<String>) -> Self {
        self.goods_name = Some(value.into());
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
    /// Sets `rowNo`.
    pub fn row_no(mut self, value: impl Into<String>) -> Self {
        self.row_no = Some(value.into());
        self
    }
    /// Sets `specification`.
    pub fn specification(mut self, value: impl Into<String>) -> Self {
        self.specification = Some(value.into());
        self
    }
    /// Sets `taxAmount`.
    pub fn tax_amount(mut self, value: impl Into<String>) -> Self {
        self.tax_amount = Some(value.into());
        self
    }
    /// Sets `taxPre`.
    pub fn tax_pre(mut self, value: impl Into<String>) -> Self {
        self.tax_pre = Some(value.into());
        self
    }
    /// Sets `taxPreType`.
    pub fn tax_pre_type(mut self, value: impl Into<String>) -> Self {
        self.tax_pre_type = Some(value.into());
        self
    }
    /// Sets `taxRate`.
    pub fn tax_rate(mut self, value: impl Into<String>) -> Self {
        self.tax_rate = Some(value.into());
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
    BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList { "amount" =>
    optional(amount), "goodsName" => optional(goods_name), "quantity" =>
    optional(quantity), "revenueCode" => optional(revenue_code), "rowNo" =>
    optional(row_no), "specification" => optional(specification), "taxAmount" =>
    optional(tax_amount), "taxPre" => optional(tax_pre), "taxPreType" =>
    optional(tax_pre_type), "taxRate" => optional(tax_rate), "unit" => optional(unit),
    "unitPrice" => optional(unit_price) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList { "amount" =>
    read_field(amount), "goodsName" => read_field(goods_name), "quantity" =>
    read_field(quantity), "revenueCode" => read_field(revenue_code), "rowNo" =>
    read_field(row_no), "specification" => read_field(specification), "taxAmount" =>
    read_field(tax_amount), "taxPre" => read_field(tax_pre), "taxPreType" =>
    read_field(tax_pre_type), "taxRate" => read_field(tax_rate), "unit" =>
    read_field(unit), "unitPrice" => read_field(unit_price) }
}
/// `BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`, a model several operations share: also named [`UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`], [`UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOSecondHandCarInvoiceDetailList`], [`UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVOSecondHandCarInvoiceDetailList`], [`UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`], [`UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOSecondHandCarInvoiceDetailList`], [`UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList {
    /// `amount`.
    pub amount: Option<String>,
    /// `cardNo`.
    pub card_no: Option<String>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `goodsName`.
    pub goods_name: Option<String>,
    /// `revenueCode`.
    pub revenue_code: Option<String>,
    /// `rowNo`.
    pub row_no: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `taxAmount`.
    pub tax_amount: Option<String>,
    /// `taxRate`.
    pub tax_rate: Option<String>,
    /// `vehicleType`.
    pub vehicle_type: Option<String>,
}
impl BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList {
    /// An empty `BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `amount`.
    pub fn amount(mut self, value: impl Into<String>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// Sets `cardNo`.
    pub fn card_no(mut self, value: impl Into<String>) -> Self {
        self.card_no = Some(value.into());
        self
    }
    /// Sets `endDate`.
    pub fn end_date(mut self, value: impl Into<String>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets `goodsName`.
    pub fn goods_name(mut self, value: impl Into<String>) -> Self {
        self.goods_name = Some(value.into());
        self
    }
    /// Sets `revenueCode`.
    pub fn revenue_code(mut self, value: impl Into<String>) -> Self {
        self.revenue_code = Some(value.into());
        self
    }
    /// Sets `rowNo`.
    pub fn row_no(mut self, value: impl Into<String>) -> Self {
        self.row_no = Some(value.into());
        self
    }
    /// Sets `startDate`.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets `taxAmount`.
    pub fn tax_amount(mut self, value: impl Into<String>) -> Self {
        self.tax_amount = Some(value.into());
        self
    }
    /// Sets `taxRate`.
    pub fn tax_rate(mut self, value: impl Into<String>) -> Self {
        self.tax_rate = Some(value.into());
        self
    }
    /// Sets `vehicleType`.
    pub fn vehicle_type(mut self, value: impl Into<String>) -> Self {
        self.vehicle_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList { "amount"
    => optional(amount), "cardNo" => optional(card_no), "endDate" => optional(end_date),
    "goodsName" => optional(goods_name), "revenueCode" => optional(revenue_code), "rowNo"
    => optional(row_no), "startDate" => optional(start_date), "taxAmount" =>
    optional(tax_amount), "taxRate" => optional(tax_rate), "vehicleType" =>
    optional(vehicle_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList { "amount"
    => read_field(amount), "cardNo" => read_field(card_no), "endDate" =>
    read_field(end_date), "goodsName" => read_field(goods_name), "revenueCode" =>
    read_field(revenue_code), "rowNo" => read_field(row_no), "startDate" =>
    read_field(start_date), "taxAmount" => read_field(tax_amount), "taxRate" =>
    read_field(tax_rate), "vehicleType" => read_field(vehicle_type) }
}
/// `BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`, a model several operations share: also named [`UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`], [`UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOUsedVehicleSaleDetailVOList`], [`UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVOUsedVehicleSaleDetailVOList`], [`UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`], [`UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOUsedVehicleSaleDetailVOList`], [`UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList {
    /// `auctionUnit`.
    pub auction_unit: Option<String>,
    /// `auctionUnitAddress`.
    pub auction_unit_address: Option<String>,
    /// `auctionUnitBank`.
    pub auction_unit_bank: Option<String>,
    /// `auctionUnitTaxNo`.
    pub auction_unit_tax_no: Option<String>,
    /// `auctionUtilTel`.
    pub auction_util_tel: Option<String>,
    /// `carModel`.
    pub car_model: Option<String>,
    /// `cardNo`.
    pub card_no: Option<String>,
    /// `registration`.
    pub registration: Option<String>,
    /// `transferVehicle`.
    pub transfer_vehicle: Option<String>,
    /// `usedCarAddress`.
    pub used_car_address: Option<String>,
    /// `usedCarMarket`.
    pub used_car_market: Option<String>,
    /// `usedCarMarketBank`.
    pub used_car_market_bank: Option<String>,
    /// `usedCarMarketPhone`.
    pub used_car_market_phone: Option<String>,
    /// `usedCarMarketTaxNo`.
    pub used_car_market_tax_no: Option<String>,
    /// `vehicleNo`.
    pub vehicle_no: Option<String>,
    /// `vehicleType`.
    pub vehicle_type: Option<String>,
}
impl BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList {
    /// An empty `BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `auctionUnit`.
    pub fn auction_unit(mut self, value: impl Into<String>) -> Self {
        self.auction_unit = Some(value.into());
        self
    }
    /// Sets `auctionUnitAddress`.
    pub fn auction_unit_address(mut self, value: impl Into<String>) -> Self {
        self.auction_unit_address = Some(value.into());
        self
    }
    /// Sets `auctionUnitBank`.
    pub fn auction_unit_bank(mut self, value: impl Into<String>) -> Self {
        self.auction_unit_bank = Some(value.into());
        self
    }
    /// Sets `auctionUnitTaxNo`.
    pub fn auction_unit_tax_no(mut self, value: impl Into<String>) -> Self {
        self.auction_unit_tax_no = Some(value.into());
        self
    }
    /// Sets `auctionUtilTel`.
    pub fn auction_util_tel(mut self, value: impl Into<String>) -> Self {
        self.auction_util_tel = Some(value.into());
        self
    }
    /// Sets `carModel`.
    pub fn car_model(mut self, value: impl Into<String>) -> Self {
        self.car_model = Some(value.into());
        self
    }
    /// Sets `cardNo`.
    pub fn card_no(mut self, value: impl Into<String>) -> Self {
        self.card_no = Some(value.into());
        self
    }
    /// Sets `registration`.
    pub fn registration(mut self, value: impl Into<String>) -> Self {
        self.registration = Some(value.into());
        self
    }
    /// Sets `transferVehicle`.
    pub fn transfer_vehicle(mut self, value: impl Into<String>) -> Self {
        self.transfer_vehicle = Some(value.into());
        self
    }
    /// Sets `usedCarAddress`.
    pub fn used_car_address(mut self, value: impl Into<String>) -> Self {
        self.used_car_address = Some(value.into());
        self
    }
    /// Sets `usedCarMarket`.
    pub fn used_car_market(mut self, value: impl Into<String>) -> Self {
        self.used_car_market = Some(value.into());
        self
    }
    /// Sets `usedCarMarketBank`.
    pub fn used_car_market_bank(mut self, value: impl Into<String>) -> Self {
        self.used_car_market_bank = Some(value.into());
        self
    }
    /// Sets `usedCarMarketPhone`.
    pub fn used_car_market_phone(mut self, value: impl Into<String>) -> Self {
        self.used_car_market_phone = Some(value.into());
        self
    }
    /// Sets `usedCarMarketTaxNo`.
    pub fn used_car_market_tax_no(mut self, value: impl Into<String>) -> Self {
        self.used_car_market_tax_no = Some(value.into());
        self
    }
    /// Sets `vehicleNo`.
    pub fn vehicle_no(mut self, value: impl Into<String>) -> Self {
        self.vehicle_no = Some(value.into());
        self
    }
    /// Sets `vehicleType`.
    pub fn vehicle_type(mut self, value: impl Into<String>) -> Self {
        self.vehicle_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList { "auctionUnit"
    => optional(auction_unit), "auctionUnitAddress" => optional(auction_unit_address),
    "auctionUnitBank" => optional(auction_unit_bank), "auctionUnitTaxNo" =>
    optional(auction_unit_tax_no), "auctionUtilTel" => optional(auction_util_tel),
    "carModel" => optional(car_model), "cardNo" => optional(card_no), "registration" =>
    optional(registration), "transferVehicle" => optional(transfer_vehicle),
    "usedCarAddress" => optional(used_car_address), "usedCarMarket" =>
    optional(used_car_market), "usedCarMarketBank" => optional(used_car_market_bank),
    "usedCarMarketPhone" => optional(used_car_market_phone), "usedCarMarketTaxNo" =>
    optional(used_car_market_tax_no), "vehicleNo" => optional(vehicle_no), "vehicleType"
    => optional(vehicle_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList { "auctionUnit"
    => read_field(auction_unit), "auctionUnitAddress" =>
    read_field(auction_unit_address), "auctionUnitBank" => read_field(auction_unit_bank),
    "auctionUnitTaxNo" => read_field(auction_unit_tax_no), "auctionUtilTel" =>
    read_field(auction_util_tel), "carModel" => read_field(car_model), "cardNo" =>
    read_field(card_no), "registration" => read_field(registration), "transferVehicle" =>
    read_field(transfer_vehicle), "usedCarAddress" => read_field(used_car_address),
    "usedCarMarket" => read_field(used_car_market), "usedCarMarketBank" =>
    read_field(used_car_market_bank), "usedCarMarketPhone" =>
    read_field(used_car_market_phone), "usedCarMarketTaxNo" =>
    read_field(used_car_market_tax_no), "vehicleNo" => read_field(vehicle_no),
    "vehicleType" => read_field(vehicle_type) }
}
/// `BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList`, a model several operations share: also named [`UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListVehicleSaleDetailVOList`], [`UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOVehicleSaleDetailVOList`], [`UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVOVehicleSaleDetailVOList`], [`UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOListVehicleSaleDetailVOList`], [`UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOVehicleSaleDetailVOList`], [`UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOListVehicleSaleDetailVOList`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList {
    /// `brand`.
    pub brand: Option<String>,
    /// `certificateNo`.
    pub certificate_no: Option<String>,
    /// `engineNo`.
    pub engine_no: Option<String>,
    /// `idCardNo`.
    pub id_card_no: Option<String>,
    /// `importCertificateNo`.
    pub import_certificate_no: Option<String>,
    /// `inspectionListNo`.
    pub inspection_list_no: Option<String>,
    /// `maxPassengers`.
    pub max_passengers: Option<String>,
    /// `originPlace`.
    pub origin_place: Option<String>,
    /// `paymentVoucherNo`.
    pub payment_voucher_no: Option<String>,
    /// `taxAuthorityName`.
    pub tax_authority_name: Option<String>,
    /// `taxAuthorityNo`.
    pub tax_authority_no: Option<String>,
    /// `taxRate`.
    pub tax_rate: Option<String>,
    /// `tonnage`.
    pub tonnage: Option<String>,
    /// `vehicleNo`.
    pub vehicle_no: Option<String>,
    /// `vehicleType`.
    pub vehicle_type: Option<String>,
}
impl BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList {
    /// An empty `BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `brand`.
    pub fn brand(mut self, value: impl Into<String>) -> Self {
        self.brand = Some(value.into());
        self
    }
    /// Sets `certificateNo`.
    pub fn certificate_no(mut self, value: impl Into<String>) -> Self {
        self.certificate_no = Some(value.into());
        self
    }
    /// Sets `engineNo`.
    pub fn engine_no(mut self, value: impl Into<String>) -> Self {
        self.engine_no = Some(value.into());
        self
    }
    /// Sets `idCardNo`.
    pub fn id_card_no(mut self, value: impl Into<String>) -> Self {
        self.id_card_no = Some(value.into());
        self
    }
    /// Sets `importCertificateNo`.
    pub fn import_certificate_no(mut self, value: impl Into<String>) -> Self {
        self.import_certificate_no = Some(value.into());
        self
    }
    /// Sets `inspectionListNo`.
    pub fn inspection_list_no(mut self, value: impl Into<String>) -> Self {
        self.inspection_list_no = Some(value.into());
        self
    }
    /// Sets `maxPassengers`.
    pub fn max_passengers(mut self, value: impl Into<String>) -> Self {
        self.max_passengers = Some(value.into());
        self
    }
    /// Sets `originPlace`.
    pub fn origin_place(mut self, value: impl Into<String>) -> Self {
        self.origin_place = Some(value.into());
        self
    }
    /// Sets `paymentVoucherNo`.
    pub fn payment_voucher_no(mut self, value: impl Into<String>) -> Self {
        self.payment_voucher_no = Some(value.into());
        self
    }
    /// Sets `taxAuthorityName`.
    pub fn tax_authority_name(mut self, value: impl Into<String>) -> Self {
        self.tax_authority_name = Some(value.into());
        self
    }
    /// Sets `taxAuthorityNo`.
    pub fn tax_authority_no(mut self, value: impl Into<String>) -> Self {
        self.tax_authority_no = Some(value.into());
        self
    }
    /// Sets `taxRate`.
    pub fn tax_rate(mut self, value: impl Into<String>) -> Self {
        self.tax_rate = Some(value.into());
        self
    }
    /// Sets `tonnage`.
    pub fn tonnage(mut self, value: impl Into<String>) -> Self {
        self.tonnage = Some(value.into());
        self
    }
    /// Sets `vehicleNo`.
    pub fn vehicle_no(mut self, value: impl Into<String>) -> Self {
        self.vehicle_no = Some(value.into());
        self
    }
    /// Sets `vehicleType`.
    pub fn vehicle_type(mut self, value: impl Into<String>) -> Self {
        self.vehicle_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList { "brand" =>
    optional(brand), "certificateNo" => optional(certificate_no), "engineNo" =>
    optional(engine_no), "idCardNo" => optional(id_card_no), "importCertificateNo" =>
    optional(import_certificate_no), "inspectionListNo" => optional(inspection_list_no),
    "maxPassengers" => optional(max_passengers), "originPlace" => optional(origin_place),
    "paymentVoucherNo" => optional(payment_voucher_no), "taxAuthorityName" =>
    optional(tax_authority_name), "taxAuthorityNo" => optional(tax_authority_no),
    "taxRate" => optional(tax_rate), "tonnage" => optional(tonnage), "vehicleNo" =>
    optional(vehicle_no), "vehicleType" => optional(vehicle_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList { "brand" =>
    read_field(brand), "certificateNo" => read_field(certificate_no), "engineNo" =>
    read_field(engine_no), "idCardNo" => read_field(id_card_no), "importCertificateNo" =>
    read_field(import_certificate_no), "inspectionListNo" =>
    read_field(inspection_list_no), "maxPassengers" => read_field(max_passengers),
    "originPlace" => read_field(origin_place), "paymentVoucherNo" =>
    read_field(payment_voucher_no), "taxAuthorityName" => read_field(tax_authority_name),
    "taxAuthorityNo" => read_field(tax_authority_no), "taxRate" => read_field(tax_rate),
    "tonnage" => read_field(tonnage), "vehicleNo" => read_field(vehicle_no),
    "vehicleType" => read_field(vehicle_type) }
}
/// `BatchAddInvoiceResponseBodyErrorResult`, a model several operations share: also named [`BatchCreateCustomerResponseBodyErrorResult`], [`UpdateInvoiceAccountPeriodResponseBodyErrorResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchAddInvoiceResponseBodyErrorResult {
    /// `errorKey`.
    pub error_key: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
}
rt::impl_deserialize! {
    BatchAddInvoiceResponseBodyErrorResult { "errorKey" => read_field(error_key),
    "errorMsg" => read_field(error_msg) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchAddInvoiceResponseBodyErrorResult { "errorKey" => optional(error_key),
    "errorMsg" => optional(error_msg) }
}
/// `BatchAddInvoiceResponseBodySuccessResult`, a model several operations share: also named [`UnbindApplyReceiptAndInvoiceRelatedResponseBodyErrorInvoiceKeyVOList`], [`UpdateApplyReceiptAndInvoiceRelatedResponseBodyErrorInvoiceKeyVOList`], [`UpdateInvoiceAccountPeriodResponseBodySuccessResult`], [`UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponseInvoiceKeyVOList`], [`UpdateApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponseInvoiceKeyVOList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchAddInvoiceResponseBodySuccessResult {
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
}
rt::impl_deserialize! {
    BatchAddInvoiceResponseBodySuccessResult { "invoiceCode" => read_field(invoice_code),
    "invoiceNo" => read_field(invoice_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchAddInvoiceResponseBodySuccessResult { "invoiceCode" => optional(invoice_code),
    "invoiceNo" => optional(invoice_no) }
}
/// `BatchCreateCustomerResponseBodyErrorResult`: the same model as [`BatchAddInvoiceResponseBodyErrorResult`].
pub type BatchCreateCustomerResponseBodyErrorResult = BatchAddInvoiceResponseBodyErrorResult;
/// `BeginConsumeResponseBodyResult`, a model several operations share: also named [`CancelConsumeResponseBodyResult`], [`CommitConsumeResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BeginConsumeResponseBodyResult {
    /// `isSuccess`.
    pub is_success: Option<bool>,
}
rt::impl_deserialize! {
    BeginConsumeResponseBodyResult { "isSuccess" => read_field(is_success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BeginConsumeResponseBodyResult { "isSuccess" => optional(is_success) }
}
/// `CancelConsumeResponseBodyResult`: the same model as [`BeginConsumeResponseBodyResult`].
pub type CancelConsumeResponseBodyResult = BeginConsumeResponseBodyResult;
/// `CommitConsumeResponseBodyResult`: the same model as [`BeginConsumeResponseBodyResult`].
pub type CommitConsumeResponseBodyResult = BeginConsumeResponseBodyResult;
/// `CreateReceiptResponseBodyResults`, a model several operations share: also named [`DeleteReceiptResponseBodyResults`], [`UpdateReceiptResponseBodyResults`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateReceiptResponseBodyResults {
    /// `code`.
    pub code: Option<String>,
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateReceiptResponseBodyResults { "code" => read_field(code), "errorCode" =>
    read_field(error_code), "errorMsg" => read_field(error_msg), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateReceiptResponseBodyResults { "code" => optional(code), "errorCode" =>
    optional(error_code), "errorMsg" => optional(error_msg), "success" =>
    optional(success) }
}
/// `DeleteReceiptResponseBodyResults`: the same model as [`CreateReceiptResponseBodyResults`].
pub type DeleteReceiptResponseBodyResults = CreateReceiptResponseBodyResults;
/// `GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoList {
    /// `componentList`.
    pub component_list: Option<
        Vec<GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoListComponentList>,
    >,
    /// `name`.
    pub name: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `suiteId`.
    pub suite_id: Option<String>,
}
rt::impl_deserialize! {
    GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoList { "componentList" =>
    read_field(component_list), "name" => read_field(name), "processCode" =>
    read_field(process_code), "status" => read_field(status), "suiteId" =>
    read_field(suite_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoList { "componentList" =>
    optional(component_list), "name" => optional(name), "processCode" =>
    optional(process_code), "status" => optional(status), "suiteId" => optional(suite_id)
    }
}
/// `GetInvoiceByPageResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInvoiceByPageResponseBodyResult {
    /// `hasMore`.
    pub has_more: Option<String>,
    /// `list`.
    pub list: Option<Vec<GetInvoiceByPageResponseBodyResultList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetInvoiceByPageResponseBodyResult { "hasMore" => read_field(has_more), "list" =>
    read_field(list), "nextCursor" => read_field(next_cursor), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInvoiceByPageResponseBodyResult { "hasMore" => optional(has_more), "list" =>
    optional(list), "nextCursor" => optional(next_cursor), "totalCount" =>
    optional(total_count) }
}
/// `GetMultiCompanyInfoByCodeResponseBodyAdvancedSettingList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetMultiCompanyInfoByCodeResponseBodyAdvancedSettingList {
    /// `advancedSettingKey`.
    pub advanced_setting_key: Option<String>,
    /// `advancedSettingName`.
    pub advanced_setting_name: Option<String>,
    /// `endDate`.
    pub end_date: Option<i64>,
    /// `value`.
    pub value: Option<bool>,
}
rt::impl_deserialize! {
    GetMultiCompanyInfoByCodeResponseBodyAdvancedSettingList { "advancedSettingKey" =>
    read_field(advanced_setting_key), "advancedSettingName" =>
    read_field(advanced_setting_name), "endDate" => read_field(end_date), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetMultiCompanyInfoByCodeResponseBodyAdvancedSettingList { "advancedSettingKey" =>
    optional(advanced_setting_key), "advancedSettingName" =>
    optional(advanced_setting_name), "endDate" => optional(end_date), "value" =>
    optional(value) }
}
/// `QueryBenefitResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBenefitResponseBodyResult {
    /// `remainQuota`.
    pub remain_quota: Option<i64>,
    /// `totalQuota`.
    pub total_quota: Option<i64>,
}
rt::impl_deserialize! {
    QueryBenefitResponseBodyResult { "remainQuota" => read_field(remain_quota),
    "totalQuota" => read_field(total_quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBenefitResponseBodyResult { "remainQuota" => optional(remain_quota),
    "totalQuota" => optional(total_quota) }
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
/// `QueryCustomerByPageResponseBodyList`, a model several operations share: also named [`QuerySupplierByPageResponseBodyList`].
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
/// `QueryCustomerInfoResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCustomerInfoResponseBodyList {
    /// `code`.
    pub code: Option<String>,
    /// `contactAddress`.
    pub contact_address: Option<String>,
    /// `contactCompanyTelephone`.
    pub contact_company_telephone: Option<String>,
    /// `contactEmail`.
    pub contact_email: Option<String>,
    /// `contactName`.
    pub contact_name: Option<String>,
    /// `contactTelephone`.
    pub contact_telephone: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `drawerEmail`.
    pub drawer_email: Option<String>,
    /// `drawerTelephone`.
    pub drawer_telephone: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `purchaserAccount`.
    pub purchaser_account: Option<String>,
    /// `purchaserAddress`.
    pub purchaser_address: Option<String>,
    /// `purchaserName`.
    pub purchaser_name: Option<String>,
    /// `purchaserTaxNo`.
    pub purchaser_tax_no: Option<String>,
    /// `purchaserTel`.
    pub purchaser_tel: Option<String>,
    /// `purchaserrBankName`.
    pub purchaserr_bank_name: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `userDefineCode`.
    pub user_define_code: Option<String>,
}
rt::impl_deserialize! {
    QueryCustomerInfoResponseBodyList { "code" => read_field(code), "contactAddress" =>
    read_field(contact_address), "contactCompanyTelephone" =>
    read_field(contact_company_telephone), "contactEmail" => read_field(contact_email),
    "contactName" => read_field(contact_name), "contactTelephone" =>
    read_field(contact_telephone), "description" => read_field(description),
    "drawerEmail" => read_field(drawer_email), "drawerTelephone" =>
    read_field(drawer_telephone), "name" => read_field(name), "purchaserAccount" =>
    read_field(purchaser_account), "purchaserAddress" => read_field(purchaser_address),
    "purchaserName" => read_field(purchaser_name), "purchaserTaxNo" =>
    read_field(purchaser_tax_no), "purchaserTel" => read_field(purchaser_tel),
    "purchaserrBankName" => read_field(purchaserr_bank_name), "status" =>
    read_field(status), "userDefineCode" => read_field(user_define_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCustomerInfoResponseBodyList { "code" => optional(code), "contactAddress" =>
    optional(contact_address), "contactCompanyTelephone" =>
    optional(contact_company_telephone), "contactEmail" => optional(contact_email),
    "contactName" => optional(contact_name), "contactTelephone" =>
    optional(contact_telephone), "description" => optional(description), "drawerEmail" =>
    optional(drawer_email), "drawerTelephone" => optional(drawer_telephone), "name" =>
    optional(name), "purchaserAccount" => optional(purchaser_account), "purchaserAddress"
    => optional(purchaser_address), "purchaserName" => optional(purchaser_name),
    "purchaserTaxNo" => optional(purchaser_tax_no), "purchaserTel" =>
    optional(purchaser_tel), "purchaserrBankName" => optional(purchaserr_bank_name),
    "status" => optional(status), "userDefineCode" => optional(user_define_code) }
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
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
}
rt::impl_deserialize! {
    QueryEnterpriseAccountByPageResponseBodyList { "accountCode" =>
    read_field(account_code), "accountId" => read_field(account_id), "accountName" =>
    read_field(account_name), "accountRemark" => read_field(account_remark),
    "accountType" => read_field(account_type), "amount" => read_field(amount), "bankCode"
    => read_field(bank_code), "bankName" => read_field(bank_name), "createTime" =>
    read_field(create_time), "creator" => read_field(creator) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryEnterpriseAccountByPageResponseBodyList { "accountCode" =>
    optional(account_code), "accountId" => optional(account_id), "accountName" =>
    optional(account_name), "accountRemark" => optional(account_remark), "accountType" =>
    optional(account_type), "amount" => optional(amount), "bankCode" =>
    optional(bank_code), "bankName" => optional(bank_name), "createTime" =>
    optional(create_time), "creator" => optional(creator) }
}
/// `QueryMultiCompanyInfoResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMultiCompanyInfoResponseBodyList {
    /// `accountantBookId`.
    pub accountant_book_id: Option<String>,
    /// `accountantEnableDate`.
    pub accountant_enable_date: Option<String>,
    /// `accountingStandard`.
    pub accounting_standard: Option<String>,
    /// `advancedSettingList`.
    pub advanced_setting_list: Option<
        Vec<QueryMultiCompanyInfoResponseBodyListAdvancedSettingList>,
    >,
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `companyName`.
    pub company_name: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `taxNature`.
    pub tax_nature: Option<String>,
    /// `taxNo`.
    pub tax_no: Option<String>,
}
rt::impl_deserialize! {
    QueryMultiCompanyInfoResponseBodyList { "accountantBookId" =>
    read_field(accountant_book_id), "accountantEnableDate" =>
    read_field(accountant_enable_date), "accountingStandard" =>
    read_field(accounting_standard), "advancedSettingList" =>
    read_field(advanced_setting_list), "companyCode" => read_field(company_code),
    "companyName" => read_field(company_name), "createTime" => read_field(create_time),
    "remark" => read_field(remark), "status" => read_field(status), "taxNature" =>
    read_field(tax_nature), "taxNo" => read_field(tax_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMultiCompanyInfoResponseBodyList { "accountantBookId" =>
    optional(accountant_book_id), "accountantEnableDate" =>
    optional(accountant_enable_date), "accountingStandard" =>
    optional(accounting_standard), "advancedSettingList" =>
    optional(advanced_setting_list), "companyCode" => optional(company_code),
    "companyName" => optional(company_name), "createTime" => optional(create_time),
    "remark" => optional(remark), "status" => optional(status), "taxNature" =>
    optional(tax_nature), "taxNo" => optional(tax_no) }
}
/// `QueryPermissionByUserIdResponseBodyPermissionDTOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPermissionByUserIdResponseBodyPermissionDTOList {
    /// `actionIdList`.
    pub action_id_list: Option<Vec<String>>,
    /// `resourceIdentity`.
    pub resource_identity: Option<String>,
}
rt::impl_deserialize! {
    QueryPermissionByUserIdResponseBodyPermissionDTOList { "actionIdList" =>
    read_field(action_id_list), "resourceIdentity" => read_field(resource_identity) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPermissionByUserIdResponseBodyPermissionDTOList { "actionIdList" =>
    optional(action_id_list), "resourceIdentity" => optional(resource_identity) }
}
/// `RoleMemberMapValue`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RoleMemberMapValue {
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `memberList`.
    pub member_list: Option<Vec<RoleMemberMapValueMemberList>>,
    /// `companyCode`.
    pub company_code: Option<String>,
}
rt::impl_deserialize! {
    RoleMemberMapValue { "roleCode" => read_field(role_code), "memberList" =>
    read_field(member_list), "companyCode" => read_field(company_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RoleMemberMapValue { "roleCode" => optional(role_code), "memberList" =>
    optional(member_list), "companyCode" => optional(company_code) }
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
/// `QueryReceiptDetailForInvoiceResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptDetailForInvoiceResponseBodyResult {
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
    pub creator: Option<QueryReceiptDetailForInvoiceResponseBodyResultCreator>,
    /// `customer`.
    pub customer: Option<QueryReceiptDetailForInvoiceResponseBodyResultCustomer>,
    /// `drawerEmail`.
    pub drawer_email: Option<String>,
    /// `drawerTelephone`.
    pub drawer_telephone: Option<String>,
    /// `invoiceType`.
    pub invoice_type: Option<String>,
    /// `modelId`.
    pub model_id: Option<String>,
    /// `productInfoList`.
    pub product_info_list: Option<
        Vec<QueryReceiptDetailForInvoiceResponseBodyResultProductInfoList>,
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
    /// `showPurchaserAccountInRemark`.
    pub show_purchaser_account_in_remark: Option<bool>,
    /// `showPurchaserContactInRemark`.
    pub show_purchaser_contact_in_remark: Option<bool>,
    /// `showSellerAccountInRemark`.
    pub show_seller_account_in_remark: Option<bool>,
    /// `showSellerContactInRemark`.
    pub show_seller_contact_in_remark: Option<bool>,
    /// `source`.
    pub source: Option<String>,
    /// `specificBusinessInfo`.
    pub specific_business_info: Option<
        QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfo,
    >,
    /// `status`.
    pub status: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QueryReceiptDetailForInvoiceResponseBodyResult { "accountantBookId" =>
    read_field(accountant_book_id), "amount" => read_field(amount), "applyStatus" =>
    read_field(apply_status), "bizStatus" => read_field(biz_status), "businessId" =>
    read_field(business_id), "companyCode" => read_field(company_code), "createTime" =>
    read_field(create_time), "creator" => read_field(creator), "customer" =>
    read_field(customer), "drawerEmail" => read_field(drawer_email), "drawerTelephone" =>
    read_field(drawer_telephone), "invoiceType" => read_field(invoice_type), "modelId" =>
    read_field(model_id), "productInfoList" => read_field(product_info_list),
    "purchaserAccount" => read_field(purchaser_account), "purchaserAddress" =>
    read_field(purchaser_address), "purchaserBankName" =>
    read_field(purchaser_bank_name), "purchaserName" => read_field(purchaser_name),
    "purchaserTaxNo" => read_field(purchaser_tax_no), "purchaserTel" =>
    read_field(purchaser_tel), "receiptId" => read_field(receipt_id), "recordTime" =>
    read_field(record_time), "remark" => read_field(remark),
    "showPurchaserAccountInRemark" => read_field(show_purchaser_account_in_remark),
    "showPurchaserContactInRemark" => read_field(show_purchaser_contact_in_remark),
    "showSellerAccountInRemark" => read_field(show_seller_account_in_remark),
    "showSellerContactInRemark" => read_field(show_seller_contact_in_remark), "source" =>
    read_field(source), "specificBusinessInfo" => read_field(specific_business_info),
    "status" => read_field(status), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReceiptDetailForInvoiceResponseBodyResult { "accountantBookId" =>
    optional(accountant_book_id), "amount" => optional(amount), "applyStatus" =>
    optional(apply_status), "bizStatus" => optional(biz_status), "businessId" =>
    optional(business_id), "companyCode" => optional(company_code), "createTime" =>
    optional(create_time), "creator" => optional(creator), "customer" =>
    optional(customer), "drawerEmail" => optional(drawer_email), "drawerTelephone" =>
    optional(drawer_telephone), "invoiceType" => optional(invoice_type), "modelId" =>
    optional(model_id), "productInfoList" => optional(product_info_list),
    "purchaserAccount" => optional(purchaser_account), "purchaserAddress" =>
    optional(purchaser_address), "purchaserBankName" => optional(purchaser_bank_name),
    "purchaserName" => optional(purchaser_name), "purchaserTaxNo" =>
    optional(purchaser_tax_no), "purchaserTel" => optional(purchaser_tel), "receiptId" =>
    optional(receipt_id), "recordTime" => optional(record_time), "remark" =>
    optional(remark), "showPurchaserAccountInRemark" =>
    optional(show_purchaser_account_in_remark), "showPurchaserContactInRemark" =>
    optional(show_purchaser_contact_in_remark), "showSellerAccountInRemark" =>
    optional(show_seller_account_in_remark), "showSellerContactInRemark" =>
    optional(show_seller_contact_in_remark), "source" => optional(source),
    "specificBusinessInfo" => optional(specific_business_info), "status" =>
    optional(status), "title" => optional(title) }
}
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
    read_field(drawer_telephone), "invoiceType" => read_field(invoice_type), "modelId" =>
    read_field(model_id), "productInfoList" => read_field(product_info_list),
    "purchaserAccount" => read_field(purchaser_account), "purchaserAddress" =>
    read_field(purchaser_address), "purchaserBankName" =>
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
    optional(drawer_telephone), "invoiceType" => optional(invoice_type), "modelId" =>
    optional(model_id), "productInfoList" => optional(product_info_list),
    "purchaserAccount" => optional(purchaser_account), "purchaserAddress" =>
    optional(purchaser_address), "purchaserBankName" => optional(purchaser_bank_name),
    "purchaserName" => optional(purchaser_name), "purchaserTaxNo" =>
    optional(purchaser_tax_no), "purchaserTel" => optional(purchaser_tel), "receiptId" =>
    optional(receipt_id), "recordTime" => optional(record_time), "remark" =>
    optional(remark), "source" => optional(source), "status" => optional(status), "title"
    => optional(title) }
}
/// `QueryReceiptsBaseInfoResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptsBaseInfoResponseBodyList {
    /// `accountantBookId`.
    pub accountant_book_id: Option<String>,
    /// `amount`.
    pub amount: Option<String>,
    /// `approvedAt`.
    pub approved_at: Option<String>,
    /// `businessId`.
    pub business_id: Option<String>,
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `createTime`.
    pub create_time: Option<String>,
    /// `creator`.
    pub creator: Option<QueryReceiptsBaseInfoResponseBodyListCreator>,
    /// `customer`.
    pub customer: Option<QueryReceiptsBaseInfoResponseBodyListCustomer>,
    /// `instanceJumpUrl`.
    pub instance_jump_url: Option<String>,
    /// `modelId`.
    pub model_id: Option<String>,
    /// `principal`.
    pub principal: Option<QueryReceiptsBaseInfoResponseBodyListPrincipal>,
    /// `project`.
    pub project: Option<QueryReceiptsBaseInfoResponseBodyListProject>,
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
    /// `supplier`.
    pub supplier: Option<QueryReceiptsBaseInfoResponseBodyListSupplier>,
    /// `title`.
    pub title: Option<String>,
    /// `voucherStatus`.
    pub voucher_status: Option<String>,
}
rt::impl_deserialize! {
    QueryReceiptsBaseInfoResponseBodyList { "accountantBookId" =>
    read_field(accountant_book_id), "amount" => read_field(amount), "approvedAt" =>
    read_field(approved_at), "businessId" => read_field(business_id), "companyCode" =>
    read_field(company_code), "createTime" => read_field(create_time), "creator" =>
    read_field(creator), "customer" => read_field(customer), "instanceJumpUrl" =>
    read_field(instance_jump_url), "modelId" => read_field(model_id), "principal" =>
    read_field(principal), "project" => read_field(project), "receiptId" =>
    read_field(receipt_id), "recordTime" => read_field(record_time), "remark" =>
    read_field(remark), "source" => read_field(source), "status" => read_field(status),
    "supplier" => read_field(supplier), "title" => read_field(title), "voucherStatus" =>
    read_field(voucher_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReceiptsBaseInfoResponseBodyList { "accountantBookId" =>
    optional(accountant_book_id), "amount" => optional(amount), "approvedAt" =>
    optional(approved_at), "businessId" => optional(business_id), "companyCode" =>
    optional(company_code), "createTime" => optional(create_time), "creator" =>
    optional(creator), "customer" => optional(customer), "instanceJumpUrl" =>
    optional(instance_jump_url), "modelId" => optional(model_id), "principal" =>
    optional(principal), "project" => optional(project), "receiptId" =>
    optional(receipt_id), "recordTime" => optional(record_time), "remark" =>
    optional(remark), "source" => optional(source), "status" => optional(status),
    "supplier" => optional(supplier), "title" => optional(title), "voucherStatus" =>
    optional(voucher_status) }
}
/// `QueryReceiptsByPageResponseBodyList`: the same model as [`GetReceiptResponseBody`].
pub type QueryReceiptsByPageResponseBodyList = GetReceiptResponseBody;
/// `QueryRoleMemberByPageResponseBodyList`, a model several operations share: also named [`QueryReceiptDetailForInvoiceResponseBodyResultCreator`], [`QueryReceiptForInvoiceResponseBodyListCreator`], [`QueryReceiptsBaseInfoResponseBodyListCreator`], [`QueryReceiptsBaseInfoResponseBodyListPrincipal`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRoleMemberByPageResponseBodyList {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryRoleMemberByPageResponseBodyList { "avatarUrl" => read_field(avatar_url), "nick"
    => read_field(nick), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRoleMemberByPageResponseBodyList { "avatarUrl" => optional(avatar_url), "nick"
    => optional(nick), "userId" => optional(user_id) }
}
/// `QuerySupplierByPageResponseBodyList`: the same model as [`QueryCustomerByPageResponseBodyList`].
pub type QuerySupplierByPageResponseBodyList = QueryCustomerByPageResponseBodyList;
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
/// `UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse`, a model several operations share: also named [`UpdateApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse {
    /// `invoiceKeyVOList`.
    pub invoice_key_vo_list: Option<
        Vec<
            UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponseInvoiceKeyVOList,
        >,
    >,
}
rt::impl_deserialize! {
    UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse {
    "invoiceKeyVOList" => read_field(invoice_key_vo_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse {
    "invoiceKeyVOList" => optional(invoice_key_vo_list) }
}
/// `UnbindApplyReceiptAndInvoiceRelatedResponseBodyErrorInvoiceKeyVOList`: the same model as [`BatchAddInvoiceResponseBodySuccessResult`].
pub type UnbindApplyReceiptAndInvoiceRelatedResponseBodyErrorInvoiceKeyVOList = BatchAddInvoiceResponseBodySuccessResult;
/// `UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`].
pub type UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList;
/// `UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`].
pub type UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList = BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList;
/// `UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`].
pub type UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList;
/// `UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListVehicleSaleDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList`].
pub type UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOListVehicleSaleDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList;
/// `UpdateApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse`: the same model as [`UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse`].
pub type UpdateApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse = UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse;
/// `UpdateApplyReceiptAndInvoiceRelatedResponseBodyErrorInvoiceKeyVOList`: the same model as [`BatchAddInvoiceResponseBodySuccessResult`].
pub type UpdateApplyReceiptAndInvoiceRelatedResponseBodyErrorInvoiceKeyVOList = BatchAddInvoiceResponseBodySuccessResult;
/// `UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOGeneralInvoiceDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`].
pub type UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOGeneralInvoiceDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList;
/// `UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOSecondHandCarInvoiceDetailList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`].
pub type UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOSecondHandCarInvoiceDetailList = BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList;
/// `UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOUsedVehicleSaleDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`].
pub type UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOUsedVehicleSaleDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList;
/// `UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOVehicleSaleDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList`].
pub type UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVOVehicleSaleDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList;
/// `UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVOGeneralInvoiceDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`].
pub type UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVOGeneralInvoiceDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList;
/// `UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVOSecondHandCarInvoiceDetailList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`].
pub type UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVOSecondHandCarInvoiceDetailList = BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList;
/// `UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVOUsedVehicleSaleDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`].
pub type UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVOUsedVehicleSaleDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList;
/// `UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVOVehicleSaleDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList`].
pub type UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVOVehicleSaleDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList;
/// `UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`].
pub type UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList;
/// `UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`].
pub type UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList = BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList;
/// `UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`].
pub type UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList;
/// `UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOListVehicleSaleDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList`].
pub type UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOListVehicleSaleDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList;
/// `UpdateInvoiceAccountPeriodResponseBodyErrorResult`: the same model as [`BatchAddInvoiceResponseBodyErrorResult`].
pub type UpdateInvoiceAccountPeriodResponseBodyErrorResult = BatchAddInvoiceResponseBodyErrorResult;
/// `UpdateInvoiceAccountPeriodResponseBodySuccessResult`: the same model as [`BatchAddInvoiceResponseBodySuccessResult`].
pub type UpdateInvoiceAccountPeriodResponseBodySuccessResult = BatchAddInvoiceResponseBodySuccessResult;
/// `UpdateInvoiceAccountingPeriodDateResponseBodyResult`, a model several operations share: also named [`UpdateInvoiceAccountingStatusResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateInvoiceAccountingPeriodDateResponseBodyResult {
    /// `failCount`.
    pub fail_count: Option<i64>,
    /// `failInvoices`.
    pub fail_invoices: Option<
        Vec<UpdateInvoiceAccountingPeriodDateResponseBodyResultFailInvoices>,
    >,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UpdateInvoiceAccountingPeriodDateResponseBodyResult { "failCount" =>
    read_field(fail_count), "failInvoices" => read_field(fail_invoices), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateInvoiceAccountingPeriodDateResponseBodyResult { "failCount" =>
    optional(fail_count), "failInvoices" => optional(fail_invoices), "success" =>
    optional(success) }
}
/// `UpdateInvoiceAccountingStatusResponseBodyResult`: the same model as [`UpdateInvoiceAccountingPeriodDateResponseBodyResult`].
pub type UpdateInvoiceAccountingStatusResponseBodyResult = UpdateInvoiceAccountingPeriodDateResponseBodyResult;
/// `UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOFlightItineraryDetails`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOFlightItineraryDetails {
    /// `carrier`.
    pub carrier: Option<String>,
    /// `flightNumber`.
    pub flight_number: Option<String>,
    /// `flyDate`.
    pub fly_date: Option<String>,
    /// `flyFrom`.
    pub fly_from: Option<String>,
    /// `flyTime`.
    pub fly_time: Option<String>,
    /// `flyTo`.
    pub fly_to: Option<String>,
    /// `seat`.
    pub seat: Option<String>,
}
impl UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOFlightItineraryDetails {
    /// An empty `UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOFlightItineraryDetails`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `carrier`.
    pub fn carrier(mut self, value: impl Into<String>) -> Self {
        self.carrier = Some(value.into());
        self
    }
    /// Sets `flightNumber`.
    pub fn flight_number(mut self, value: impl Into<String>) -> Self {
        self.flight_number = Some(value.into());
        self
    }
    /// Sets `flyDate`.
    pub fn fly_date(mut self, value: impl Into<String>) -> Self {
        self.fly_date = Some(value.into());
        self
    }
    /// Sets `flyFrom`.
    pub fn fly_from(mut self, value: impl Into<String>) -> Self {
        self.fly_from = Some(value.into());
        self
    }
    /// Sets `flyTime`.
    pub fn fly_time(mut self, value: impl Into<String>) -> Self {
        self.fly_time = Some(value.into());
        self
    }
    /// Sets `flyTo`.
    pub fn fly_to(mut self, value: impl Into<String>) -> Self {
        self.fly_to = Some(value.into());
        self
    }
    /// Sets `seat`.
    pub fn seat(mut self, value: impl Into<String>) -> Self {
        self.seat = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOFlightItineraryDetails {
    "carrier" => optional(carrier), "flightNumber" => optional(flight_number), "flyDate"
    => optional(fly_date), "flyFrom" => optional(fly_from), "flyTime" =>
    optional(fly_time), "flyTo" => optional(fly_to), "seat" => optional(seat) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOFlightItineraryDetails {
    "carrier" => read_field(carrier), "flightNumber" => read_field(flight_number),
    "flyDate" => read_field(fly_date), "flyFrom" => read_field(fly_from), "flyTime" =>
    read_field(fly_time), "flyTo" => read_field(fly_to), "seat" => read_field(seat) }
}
/// `UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOGeneralInvoiceDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`].
pub type UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOGeneralInvoiceDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList;
/// `UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOSecondHandCarInvoiceDetailList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`].
pub type UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOSecondHandCarInvoiceDetailList = BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList;
/// `UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOUsedVehicleSaleDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`].
pub type UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOUsedVehicleSaleDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList;
/// `UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOVehicleSaleDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList`].
pub type UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOVehicleSaleDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList;
/// `UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`].
pub type UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList;
/// `UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`].
pub type UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList = BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList;
/// `UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`].
pub type UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList;
/// `UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOListVehicleSaleDetailVOList`: the same model as [`BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList`].
pub type UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOListVehicleSaleDetailVOList = BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList;
/// `UpdateReceiptResponseBodyResults`: the same model as [`CreateReceiptResponseBodyResults`].
pub type UpdateReceiptResponseBodyResults = CreateReceiptResponseBodyResults;
/// `GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoListComponentList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoListComponentList {
    /// `bindingVal`.
    pub binding_val: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoListComponentList {
    "bindingVal" => read_field(binding_val), "code" => read_field(code), "name" =>
    read_field(name), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoListComponentList {
    "bindingVal" => optional(binding_val), "code" => optional(code), "name" =>
    optional(name), "type" => optional(r#type) }
}
/// `GetInvoiceByPageResponseBodyResultList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInvoiceByPageResponseBodyResultList {
    /// `accountPeriod`.
    pub account_period: Option<String>,
    /// `amount`.
    pub amount: Option<String>,
    /// `amountWithTax`.
    pub amount_with_tax: Option<String>,
    /// `certificationDate`.
    pub certification_date: Option<String>,
    /// `certificationPeriod`.
    pub certification_period: Option<String>,
    /// `checkCode`.
    pub check_code: Option<String>,
    /// `checkTime`.
    pub check_time: Option<String>,
    /// `drewDate`.
    pub drew_date: Option<String>,
    /// `eFlightItineraryDetailVOList`.
    pub e_flight_itinerary_detail_vo_list: Option<
        Vec<GetInvoiceByPageResponseBodyResultListEFlightItineraryDetailVOList>,
    >,
    /// `eTrainTicketDetailVOList`.
    pub e_train_ticket_detail_vo_list: Option<
        Vec<GetInvoiceByPageResponseBodyResultListETrainTicketDetailVOList>,
    >,
    /// `electronicUrl`.
    pub electronic_url: Option<String>,
    /// `financeType`.
    pub finance_type: Option<String>,
    /// `fundType`.
    pub fund_type: Option<String>,
    /// `generalInvoiceDetailVOList`.
    pub general_invoice_detail_vo_list: Option<
        Vec<GetInvoiceByPageResponseBodyResultListGeneralInvoiceDetailVOList>,
    >,
    /// `imageUrl`.
    pub image_url: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
    /// `invoiceStatus`.
    pub invoice_status: Option<String>,
    /// `invoiceType`.
    pub invoice_type: Option<String>,
    /// `machineCode`.
    pub machine_code: Option<String>,
    /// `ofdUrl`.
    pub ofd_url: Option<String>,
    /// `oilFlag`.
    pub oil_flag: Option<String>,
    /// `payee`.
    pub payee: Option<String>,
    /// `pdfUrl`.
    pub pdf_url: Option<String>,
    /// `processInstCode`.
    pub process_inst_code: Option<String>,
    /// `processInstType`.
    pub process_inst_type: Option<String>,
    /// `purchaserAddress`.
    pub purchaser_address: Option<String>,
    /// `purchaserBankNameAccount`.
    pub purchaser_bank_name_account: Option<String>,
    /// `purchaserName`.
    pub purchaser_name: Option<String>,
    /// `purchaserTaxNo`.
    pub purchaser_tax_no: Option<String>,
    /// `purchaserTel`.
    pub purchaser_tel: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `sellerAddress`.
    pub seller_address: Option<String>,
    /// `sellerBankNameAccount`.
    pub seller_bank_name_account: Option<String>,
    /// `sellerName`.
    pub seller_name: Option<String>,
    /// `sellerTaxNo`.
    pub seller_tax_no: Option<String>,
    /// `sellerTel`.
    pub seller_tel: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `supplySign`.
    pub supply_sign: Option<String>,
    /// `taxAmount`.
    pub tax_amount: Option<String>,
    /// `transportFeeDetailVOList`.
    pub transport_fee_detail_vo_list: Option<
        Vec<GetInvoiceByPageResponseBodyResultListTransportFeeDetailVOList>,
    >,
    /// `usedVehicleSaleDetailVOList`.
    pub used_vehicle_sale_detail_vo_list: Option<
        Vec<GetInvoiceByPageResponseBodyResultListUsedVehicleSaleDetailVOList>,
    >,
    /// `vehicleSaleDetailVOList`.
    pub vehicle_sale_detail_vo_list: Option<
        Vec<GetInvoiceByPageResponseBodyResultListVehicleSaleDetailVOList>,
    >,
    /// `verifyStatus`.
    pub verify_status: Option<String>,
    /// `voucherCode`.
    pub voucher_code: Option<String>,
    /// `voucherStatus`.
    pub voucher_status: Option<String>,
    /// `xmlUrl`.
    pub xml_url: Option<String>,
}
rt::impl_deserialize! {
    GetInvoiceByPageResponseBodyResultList { "accountPeriod" =>
    read_field(account_period), "amount" => read_field(amount), "amountWithTax" =>
    read_field(amount_with_tax), "certificationDate" => read_field(certification_date),
    "certificationPeriod" => read_field(certification_period), "checkCode" =>
    read_field(check_code), "checkTime" => read_field(check_time), "drewDate" =>
    read_field(drew_date), "eFlightItineraryDetailVOList" =>
    read_field(e_flight_itinerary_detail_vo_list), "eTrainTicketDetailVOList" =>
    read_field(e_train_ticket_detail_vo_list), "electronicUrl" =>
    read_field(electronic_url), "financeType" => read_field(finance_type), "fundType" =>
    read_field(fund_type), "generalInvoiceDetailVOList" =>
    read_field(general_invoice_detail_vo_list), "imageUrl" => read_field(image_url),
    "invoiceCode" => read_field(invoice_code), "invoiceNo" => read_field(invoice_no),
    "invoiceStatus" => read_field(invoice_status), "invoiceType" =>
    read_field(invoice_type), "machineCode" => read_field(machine_code), "ofdUrl" =>
    read_field(ofd_url), "oilFlag" => read_field(oil_flag), "payee" => read_field(payee),
    "pdfUrl" => read_field(pdf_url), "processInstCode" => read_field(process_inst_code),
    "processInstType" => read_field(process_inst_type), "purchaserAddress" =>
    read_field(purchaser_address), "purchaserBankNameAccount" =>
    read_field(purchaser_bank_name_account), "purchaserName" =>
    read_field(purchaser_name), "purchaserTaxNo" => read_field(purchaser_tax_no),
    "purchaserTel" => read_field(purchaser_tel), "remark" => read_field(remark),
    "sellerAddress" => read_field(seller_address), "sellerBankNameAccount" =>
    read_field(seller_bank_name_account), "sellerName" => read_field(seller_name),
    "sellerTaxNo" => read_field(seller_tax_no), "sellerTel" => read_field(seller_tel),
    "status" => read_field(status), "supplySign" => read_field(supply_sign), "taxAmount"
    => read_field(tax_amount), "transportFeeDetailVOList" =>
    read_field(transport_fee_detail_vo_list), "usedVehicleSaleDetailVOList" =>
    read_field(used_vehicle_sale_detail_vo_list), "vehicleSaleDetailVOList" =>
    read_field(vehicle_sale_detail_vo_list), "verifyStatus" => read_field(verify_status),
    "voucherCode" => read_field(voucher_code), "voucherStatus" =>
    read_field(voucher_status), "xmlUrl" => read_field(xml_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInvoiceByPageResponseBodyResultList { "accountPeriod" => optional(account_period),
    "amount" => optional(amount), "amountWithTax" => optional(amount_with_tax),
    "certificationDate" => optional(certification_date), "certificationPeriod" =>
    optional(certification_period), "checkCode" => optional(check_code), "checkTime" =>
    optional(check_time), "drewDate" => optional(drew_date),
    "eFlightItineraryDetailVOList" => optional(e_flight_itinerary_detail_vo_list),
    "eTrainTicketDetailVOList" => optional(e_train_ticket_detail_vo_list),
    "electronicUrl" => optional(electronic_url), "financeType" => optional(finance_type),
    "fundType" => optional(fund_type), "generalInvoiceDetailVOList" =>
    optional(general_invoice_detail_vo_list), "imageUrl" => optional(image_url),
    "invoiceCode" => optional(invoice_code), "invoiceNo" => optional(invoice_no),
    "invoiceStatus" => optional(invoice_status), "invoiceType" => optional(invoice_type),
    "machineCode" => optional(machine_code), "ofdUrl" => optional(ofd_url), "oilFlag" =>
    optional(oil_flag), "payee" => optional(payee), "pdfUrl" => optional(pdf_url),
    "processInstCode" => optional(process_inst_code), "processInstType" =>
    optional(process_inst_type), "purchaserAddress" => optional(purchaser_address),
    "purchaserBankNameAccount" => optional(purchaser_bank_name_account), "purchaserName"
    => optional(purchaser_name), "purchaserTaxNo" => optional(purchaser_tax_no),
    "purchaserTel" => optional(purchaser_tel), "remark" => optional(remark),
    "sellerAddress" => optional(seller_address), "sellerBankNameAccount" =>
    optional(seller_bank_name_account), "sellerName" => optional(seller_name),
    "sellerTaxNo" => optional(seller_tax_no), "sellerTel" => optional(seller_tel),
    "status" => optional(status), "supplySign" => optional(supply_sign), "taxAmount" =>
    optional(tax_amount), "transportFeeDetailVOList" =>
    optional(transport_fee_detail_vo_list), "usedVehicleSaleDetailVOList" =>
    optional(used_vehicle_sale_detail_vo_list), "vehicleSaleDetailVOList" =>
    optional(vehicle_sale_detail_vo_list), "verifyStatus" => optional(verify_status),
    "voucherCode" => optional(voucher_code), "voucherStatus" => optional(voucher_status),
    "xmlUrl" => optional(xml_url) }
}
/// `QueryMultiCompanyInfoResponseBodyListAdvancedSettingList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMultiCompanyInfoResponseBodyListAdvancedSettingList {
    /// `advancedSettingKey`.
    pub advanced_setting_key: Option<String>,
    /// `advancedSettingName`.
    pub advanced_setting_name: Option<String>,
    /// `endDate`.
    pub end_date: Option<i64>,
    /// `valid`.
    pub valid: Option<bool>,
    /// `value`.
    pub value: Option<bool>,
}
rt::impl_deserialize! {
    QueryMultiCompanyInfoResponseBodyListAdvancedSettingList { "advancedSettingKey" =>
    read_field(advanced_setting_key), "advancedSettingName" =>
    read_field(advanced_setting_name), "endDate" => read_field(end_date), "valid" =>
    read_field(valid), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMultiCompanyInfoResponseBodyListAdvancedSettingList { "advancedSettingKey" =>
    optional(advanced_setting_key), "advancedSettingName" =>
    optional(advanced_setting_name), "endDate" => optional(end_date), "valid" =>
    optional(valid), "value" => optional(value) }
}
/// `RoleMemberMapValueMemberList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RoleMemberMapValueMemberList {
    /// `userId`.
    pub user_id: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
}
rt::impl_deserialize! {
    RoleMemberMapValueMemberList { "userId" => read_field(user_id), "nick" =>
    read_field(nick), "avatarUrl" => read_field(avatar_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RoleMemberMapValueMemberList { "userId" => optional(user_id), "nick" =>
    optional(nick), "avatarUrl" => optional(avatar_url) }
}
/// `QueryReceiptDetailForInvoiceResponseBodyResultCreator`: the same model as [`QueryRoleMemberByPageResponseBodyList`].
pub type QueryReceiptDetailForInvoiceResponseBodyResultCreator = QueryRoleMemberByPageResponseBodyList;
/// `QueryReceiptDetailForInvoiceResponseBodyResultCustomer`, a model several operations share: also named [`QueryReceiptForInvoiceResponseBodyListCustomer`], [`QueryReceiptsBaseInfoResponseBodyListCustomer`], [`QueryReceiptsBaseInfoResponseBodyListProject`], [`QueryReceiptsBaseInfoResponseBodyListSupplier`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptDetailForInvoiceResponseBodyResultCustomer {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    QueryReceiptDetailForInvoiceResponseBodyResultCustomer { "code" => read_field(code),
    "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReceiptDetailForInvoiceResponseBodyResultCustomer { "code" => optional(code),
    "name" => optional(name) }
}
/// `QueryReceiptDetailForInvoiceResponseBodyResultProductInfoList`, a model several operations share: also named [`QueryReceiptForInvoiceResponseBodyListProductInfoList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptDetailForInvoiceResponseBodyResultProductInfoList {
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
    QueryReceiptDetailForInvoiceResponseBodyResultProductInfoList { "amountWithTax" =>
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
    QueryReceiptDetailForInvoiceResponseBodyResultProductInfoList { "amountWithTax" =>
    optional(amount_with_tax), "amountWithoutTax" => optional(amount_without_tax),
    "discountAmount" => optional(discount_amount), "name" => optional(name), "quantity"
    => optional(quantity), "specification" => optional(specification),
    "taxClassificationCode" => optional(tax_classification_code), "taxRate" =>
    optional(tax_rate), "unit" => optional(unit), "unitPriceWithTax" =>
    optional(unit_price_with_tax), "unitPriceWithoutTax" =>
    optional(unit_price_without_tax), "withTax" => optional(with_tax) }
}
/// `QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfo {
    /// `specialBizCode`.
    pub special_biz_code: Option<String>,
    /// `specificBusinessInfoList`.
    pub specific_business_info_list: Option<
        Vec<
            QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfoSpecificBusinessInfoList,
        >,
    >,
}
rt::impl_deserialize! {
    QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfo { "specialBizCode"
    => read_field(special_biz_code), "specificBusinessInfoList" =>
    read_field(specific_business_info_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfo { "specialBizCode"
    => optional(special_biz_code), "specificBusinessInfoList" =>
    optional(specific_business_info_list) }
}
/// `QueryReceiptForInvoiceResponseBodyListCreator`: the same model as [`QueryRoleMemberByPageResponseBodyList`].
pub type QueryReceiptForInvoiceResponseBodyListCreator = QueryRoleMemberByPageResponseBodyList;
/// `QueryReceiptForInvoiceResponseBodyListCustomer`: the same model as [`QueryReceiptDetailForInvoiceResponseBodyResultCustomer`].
pub type QueryReceiptForInvoiceResponseBodyListCustomer = QueryReceiptDetailForInvoiceResponseBodyResultCustomer;
/// `QueryReceiptForInvoiceResponseBodyListProductInfoList`: the same model as [`QueryReceiptDetailForInvoiceResponseBodyResultProductInfoList`].
pub type QueryReceiptForInvoiceResponseBodyListProductInfoList = QueryReceiptDetailForInvoiceResponseBodyResultProductInfoList;
/// `QueryReceiptsBaseInfoResponseBodyListCreator`: the same model as [`QueryRoleMemberByPageResponseBodyList`].
pub type QueryReceiptsBaseInfoResponseBodyListCreator = QueryRoleMemberByPageResponseBodyList;
/// `QueryReceiptsBaseInfoResponseBodyListCustomer`: the same model as [`QueryReceiptDetailForInvoiceResponseBodyResultCustomer`].
pub type QueryReceiptsBaseInfoResponseBodyListCustomer = QueryReceiptDetailForInvoiceResponseBodyResultCustomer;
/// `QueryReceiptsBaseInfoResponseBodyListPrincipal`: the same model as [`QueryRoleMemberByPageResponseBodyList`].
pub type QueryReceiptsBaseInfoResponseBodyListPrincipal = QueryRoleMemberByPageResponseBodyList;
/// `QueryReceiptsBaseInfoResponseBodyListProject`: the same model as [`QueryReceiptDetailForInvoiceResponseBodyResultCustomer`].
pub type QueryReceiptsBaseInfoResponseBodyListProject = QueryReceiptDetailForInvoiceResponseBodyResultCustomer;
/// `QueryReceiptsBaseInfoResponseBodyListSupplier`: the same model as [`QueryReceiptDetailForInvoiceResponseBodyResultCustomer`].
pub type QueryReceiptsBaseInfoResponseBodyListSupplier = QueryReceiptDetailForInvoiceResponseBodyResultCustomer;
/// `UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponseInvoiceKeyVOList`: the same model as [`BatchAddInvoiceResponseBodySuccessResult`].
pub type UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponseInvoiceKeyVOList = BatchAddInvoiceResponseBodySuccessResult;
/// `UpdateApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponseInvoiceKeyVOList`: the same model as [`BatchAddInvoiceResponseBodySuccessResult`].
pub type UpdateApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponseInvoiceKeyVOList = BatchAddInvoiceResponseBodySuccessResult;
/// `UpdateInvoiceAccountingPeriodDateResponseBodyResultFailInvoices`, a model several operations share: also named [`UpdateInvoiceAccountingStatusResponseBodyResultFailInvoices`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateInvoiceAccountingPeriodDateResponseBodyResultFailInvoices {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
}
rt::impl_deserialize! {
    UpdateInvoiceAccountingPeriodDateResponseBodyResultFailInvoices { "errorCode" =>
    read_field(error_code), "errorMsg" => read_field(error_msg), "invoiceCode" =>
    read_field(invoice_code), "invoiceNo" => read_field(invoice_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateInvoiceAccountingPeriodDateResponseBodyResultFailInvoices { "errorCode" =>
    optional(error_code), "errorMsg" => optional(error_msg), "invoiceCode" =>
    optional(invoice_code), "invoiceNo" => optional(invoice_no) }
}
/// `UpdateInvoiceAccountingStatusResponseBodyResultFailInvoices`: the same model as [`UpdateInvoiceAccountingPeriodDateResponseBodyResultFailInvoices`].
pub type UpdateInvoiceAccountingStatusResponseBodyResultFailInvoices = UpdateInvoiceAccountingPeriodDateResponseBodyResultFailInvoices;
/// `GetInvoiceByPageResponseBodyResultListEFlightItineraryDetailVOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInvoiceByPageResponseBodyResultListEFlightItineraryDetailVOList {
    /// `carrier`.
    pub carrier: Option<String>,
    /// `className`.
    pub class_name: Option<String>,
    /// `flightNumber`.
    pub flight_number: Option<String>,
    /// `flyDate`.
    pub fly_date: Option<String>,
    /// `flyFrom`.
    pub fly_from: Option<String>,
    /// `flyTime`.
    pub fly_time: Option<String>,
    /// `flyTo`.
    pub fly_to: Option<String>,
    /// `invoiceDetailNumber`.
    pub invoice_detail_number: Option<String>,
    /// `invoiceId`.
    pub invoice_id: Option<String>,
    /// `seat`.
    pub seat: Option<String>,
}
rt::impl_deserialize! {
    GetInvoiceByPageResponseBodyResultListEFlightItineraryDetailVOList { "carrier" =>
    read_field(carrier), "className" => read_field(class_name), "flightNumber" =>
    read_field(flight_number), "flyDate" => read_field(fly_date), "flyFrom" =>
    read_field(fly_from), "flyTime" => read_field(fly_time), "flyTo" =>
    read_field(fly_to), "invoiceDetailNumber" => read_field(invoice_detail_number),
    "invoiceId" => read_field(invoice_id), "seat" => read_field(seat) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInvoiceByPageResponseBodyResultListEFlightItineraryDetailVOList { "carrier" =>
    optional(carrier), "className" => optional(class_name), "flightNumber" =>
    optional(flight_number), "flyDate" => optional(fly_date), "flyFrom" =>
    optional(fly_from), "flyTime" => optional(fly_time), "flyTo" => optional(fly_to),
    "invoiceDetailNumber" => optional(invoice_detail_number), "invoiceId" =>
    optional(invoice_id), "seat" => optional(seat) }
}
/// `GetInvoiceByPageResponseBodyResultListETrainTicketDetailVOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInvoiceByPageResponseBodyResultListETrainTicketDetailVOList {
    /// `airConditionType`.
    pub air_condition_type: Option<String>,
    /// `carriageNo`.
    pub carriage_no: Option<String>,
    /// `destination`.
    pub destination: Option<String>,
    /// `eticketNo`.
    pub eticket_no: Option<String>,
    /// `getOnTime`.
    pub get_on_time: Option<String>,
    /// `invoiceId`.
    pub invoice_id: Option<String>,
    /// `origin`.
    pub origin: Option<String>,
    /// `passenger`.
    pub passenger: Option<String>,
    /// `passengerUserId`.
    pub passenger_user_id: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `seatClass`.
    pub seat_class: Option<String>,
    /// `seatNo`.
    pub seat_no: Option<String>,
    /// `startTime`.
    pub start_time: Option<String>,
    /// `taxRate`.
    pub tax_rate: Option<String>,
    /// `ticketType`.
    pub ticket_type: Option<String>,
    /// `trainNo`.
    pub train_no: Option<String>,
}
rt::impl_deserialize! {
    GetInvoiceByPageResponseBodyResultListETrainTicketDetailVOList { "airConditionType"
    => read_field(air_condition_type), "carriageNo" => read_field(carriage_no),
    "destination" => read_field(destination), "eticketNo" => read_field(eticket_no),
    "getOnTime" => read_field(get_on_time), "invoiceId" => read_field(invoice_id),
    "origin" => read_field(origin), "passenger" => read_field(passenger),
    "passengerUserId" => read_field(passenger_user_id), "remark" => read_field(remark),
    "seatClass" => read_field(seat_class), "seatNo" => read_field(seat_no), "startTime"
    => read_field(start_time), "taxRate" => read_field(tax_rate), "ticketType" =>
    read_field(ticket_type), "trainNo" => read_field(train_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInvoiceByPageResponseBodyResultListETrainTicketDetailVOList { "airConditionType"
    => optional(air_condition_type), "carriageNo" => optional(carriage_no), "destination"
    => optional(destination), "eticketNo" => optional(eticket_no), "getOnTime" =>
    optional(get_on_time), "invoiceId" => optional(invoice_id), "origin" =>
    optional(origin), "passenger" => optional(passenger), "passengerUserId" =>
    optional(passenger_user_id), "remark" => optional(remark), "seatClass" =>
    optional(seat_class), "seatNo" => optional(seat_no), "startTime" =>
    optional(start_time), "taxRate" => optional(tax_rate), "ticketType" =>
    optional(ticket_type), "trainNo" => optional(train_no) }
}
/// `GetInvoiceByPageResponseBodyResultListGeneralInvoiceDetailVOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInvoiceByPageResponseBodyResultListGeneralInvoiceDetailVOList {
    /// `amount`.
    pub amount: Option<String>,
    /// `goodsName`.
    pub goods_name: Option<String>,
    /// `quantity`.
    pub quantity: Option<String>,
    /// `revenueCode`.
    pub revenue_code: Option<String>,
    /// `rowNo`.
    pub row_no: Option<String>,
    /// `specification`.
    pub specification: Option<String>,
    /// `taxAmount`.
    pub tax_amount: Option<String>,
    /// `taxPre`.
    pub tax_pre: Option<String>,
    /// `taxRate`.
    pub tax_rate: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
    /// `unitPrice`.
    pub unit_price: Option<String>,
}
rt::impl_deserialize! {
    GetInvoiceByPageResponseBodyResultListGeneralInvoiceDetailVOList { "amount" =>
    read_field(amount), "goodsName" => read_field(goods_name), "quantity" =>
    read_field(quantity), "revenueCode" => read_field(revenue_code), "rowNo" =>
    read_field(row_no), "specification" => read_field(specification), "taxAmount" =>
    read_field(tax_amount), "taxPre" => read_field(tax_pre), "taxRate" =>
    read_field(tax_rate), "unit" => read_field(unit), "unitPrice" =>
    read_field(unit_price) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInvoiceByPageResponseBodyResultListGeneralInvoiceDetailVOList { "amount" =>
    optional(amount), "goodsName" => optional(goods_name), "quantity" =>
    optional(quantity), "revenueCode" => optional(revenue_code), "rowNo" =>
    optional(row_no), "specification" => optional(specification), "taxAmount" =>
    optional(tax_amount), "taxPre" => optional(tax_pre), "taxRate" => optional(tax_rate),
    "unit" => optional(unit), "unitPrice" => optional(unit_price) }
}
/// `GetInvoiceByPageResponseBodyResultListTransportFeeDetailVOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInvoiceByPageResponseBodyResultListTransportFeeDetailVOList {
    /// `amount`.
    pub amount: Option<String>,
    /// `cardNo`.
    pub card_no: Option<String>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `goodsName`.
    pub goods_name: Option<String>,
    /// `revenueCode`.
    pub revenue_code: Option<String>,
    /// `rowNo`.
    pub row_no: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `taxAmount`.
    pub tax_amount: Option<String>,
    /// `taxRate`.
    pub tax_rate: Option<String>,
    /// `vehicleType`.
    pub vehicle_type: Option<String>,
}
rt::impl_deserialize! {
    GetInvoiceByPageResponseBodyResultListTransportFeeDetailVOList { "amount" =>
    read_field(amount), "cardNo" => read_field(card_no), "endDate" =>
    read_field(end_date), "goodsName" => read_field(goods_name), "revenueCode" =>
    read_field(revenue_code), "rowNo" => read_field(row_no), "startDate" =>
    read_field(start_date), "taxAmount" => read_field(tax_amount), "taxRate" =>
    read_field(tax_rate), "vehicleType" => read_field(vehicle_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInvoiceByPageResponseBodyResultListTransportFeeDetailVOList { "amount" =>
    optional(amount), "cardNo" => optional(card_no), "endDate" => optional(end_date),
    "goodsName" => optional(goods_name), "revenueCode" => optional(revenue_code), "rowNo"
    => optional(row_no), "startDate" => optional(start_date), "taxAmount" =>
    optional(tax_amount), "taxRate" => optional(tax_rate), "vehicleType" =>
    optional(vehicle_type) }
}
/// `GetInvoiceByPageResponseBodyResultListUsedVehicleSaleDetailVOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInvoiceByPageResponseBodyResultListUsedVehicleSaleDetailVOList {
    /// `auctionUnit`.
    pub auction_unit: Option<String>,
    /// `auctionUnitAddress`.
    pub auction_unit_address: Option<String>,
    /// `auctionUnitBank`.
    pub auction_unit_bank: Option<String>,
    /// `auctionUnitTaxNo`.
    pub auction_unit_tax_no: Option<String>,
    /// `auctionUtilTel`.
    pub auction_util_tel: Option<String>,
    /// `carModel`.
    pub car_model: Option<String>,
    /// `cardNo`.
    pub card_no: Option<String>,
    /// `registration`.
    pub registration: Option<String>,
    /// `transferVehicle`.
    pub transfer_vehicle: Option<String>,
    /// `usedCarAddress`.
    pub used_car_address: Option<String>,
    /// `usedCarMarket`.
    pub used_car_market: Option<String>,
    /// `usedCarMarketBank`.
    pub used_car_market_bank: Option<String>,
    /// `usedCarMarketPhone`.
    pub used_car_market_phone: Option<String>,
    /// `usedCarMarketTaxNo`.
    pub used_car_market_tax_no: Option<String>,
    /// `vehicleNo`.
    pub vehicle_no: Option<String>,
    /// `vehicleType`.
    pub vehicle_type: Option<String>,
}
rt::impl_deserialize! {
    GetInvoiceByPageResponseBodyResultListUsedVehicleSaleDetailVOList { "auctionUnit" =>
    read_field(auction_unit), "auctionUnitAddress" => read_field(auction_unit_address),
    "auctionUnitBank" => read_field(auction_unit_bank), "auctionUnitTaxNo" =>
    read_field(auction_unit_tax_no), "auctionUtilTel" => read_field(auction_util_tel),
    "carModel" => read_field(car_model), "cardNo" => read_field(card_no), "registration"
    => read_field(registration), "transferVehicle" => read_field(transfer_vehicle),
    "usedCarAddress" => read_field(used_car_address), "usedCarMarket" =>
    read_field(used_car_market), "usedCarMarketBank" => read_field(used_car_market_bank),
    "usedCarMarketPhone" => read_field(used_car_market_phone), "usedCarMarketTaxNo" =>
    read_field(used_car_market_tax_no), "vehicleNo" => read_field(vehicle_no),
    "vehicleType" => read_field(vehicle_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInvoiceByPageResponseBodyResultListUsedVehicleSaleDetailVOList { "auctionUnit" =>
    optional(auction_unit), "auctionUnitAddress" => optional(auction_unit_address),
    "auctionUnitBank" => optional(auction_unit_bank), "auctionUnitTaxNo" =>
    optional(auction_unit_tax_no), "auctionUtilTel" => optional(auction_util_tel),
    "carModel" => optional(car_model), "cardNo" => optional(card_no), "registration" =>
    optional(registration), "transferVehicle" => optional(transfer_vehicle),
    "usedCarAddress" => optional(used_car_address), "usedCarMarket" =>
    optional(used_car_market), "usedCarMarketBank" => optional(used_car_market_bank),
    "usedCarMarketPhone" => optional(used_car_market_phone), "usedCarMarketTaxNo" =>
    optional(used_car_market_tax_no), "vehicleNo" => optional(vehicle_no), "vehicleType"
    => optional(vehicle_type) }
}
/// `GetInvoiceByPageResponseBodyResultListVehicleSaleDetailVOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetInvoiceByPageResponseBodyResultListVehicleSaleDetailVOList {
    /// `brand`.
    pub brand: Option<String>,
    /// `certificateNo`.
    pub certificate_no: Option<String>,
    /// `engineNo`.
    pub engine_no: Option<String>,
    /// `idCardNo`.
    pub id_card_no: Option<String>,
    /// `importCertificateNo`.
    pub import_certificate_no: Option<String>,
    /// `maxPassengers`.
    pub max_passengers: Option<String>,
    /// `originPlace`.
    pub origin_place: Option<String>,
    /// `paymentVoucherNo`.
    pub payment_voucher_no: Option<String>,
    /// `taxAuthorityName`.
    pub tax_authority_name: Option<String>,
    /// `taxAuthorityNo`.
    pub tax_authority_no: Option<String>,
    /// `taxRate`.
    pub tax_rate: Option<String>,
    /// `tonnage`.
    pub tonnage: Option<String>,
    /// `vehicleNo`.
    pub vehicle_no: Option<String>,
    /// `vehicleType`.
    pub vehicle_type: Option<String>,
}
rt::impl_deserialize! {
    GetInvoiceByPageResponseBodyResultListVehicleSaleDetailVOList { "brand" =>
    read_field(brand), "certificateNo" => read_field(certificate_no), "engineNo" =>
    read_field(engine_no), "idCardNo" => read_field(id_card_no), "importCertificateNo" =>
    read_field(import_certificate_no), "maxPassengers" => read_field(max_passengers),
    "originPlace" => read_field(origin_place), "paymentVoucherNo" =>
    read_field(payment_voucher_no), "taxAuthorityName" => read_field(tax_authority_name),
    "taxAuthorityNo" => read_field(tax_authority_no), "taxRate" => read_field(tax_rate),
    "tonnage" => read_field(tonnage), "vehicleNo" => read_field(vehicle_no),
    "vehicleType" => read_field(vehicle_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetInvoiceByPageResponseBodyResultListVehicleSaleDetailVOList { "brand" =>
    optional(brand), "certificateNo" => optional(certificate_no), "engineNo" =>
    optional(engine_no), "idCardNo" => optional(id_card_no), "importCertificateNo" =>
    optional(import_certificate_no), "maxPassengers" => optional(max_passengers),
    "originPlace" => optional(origin_place), "paymentVoucherNo" =>
    optional(payment_voucher_no), "taxAuthorityName" => optional(tax_authority_name),
    "taxAuthorityNo" => optional(tax_authority_no), "taxRate" => optional(tax_rate),
    "tonnage" => optional(tonnage), "vehicleNo" => optional(vehicle_no), "vehicleType" =>
    optional(vehicle_type) }
}
/// `QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfoSpecificBusinessInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfoSpecificBusinessInfoList {
    /// `areaUnit`.
    pub area_unit: Option<String>,
    /// `carNo`.
    pub car_no: Option<String>,
    /// `city`.
    pub city: Option<String>,
    /// `crossCityFlg`.
    pub cross_city_flg: Option<String>,
    /// `district`.
    pub district: Option<String>,
    /// `leaseEnd`.
    pub lease_end: Option<i64>,
    /// `leaseStart`.
    pub lease_start: Option<i64>,
    /// `project`.
    pub project: Option<String>,
    /// `projectNo`.
    pub project_no: Option<String>,
    /// `propertyCertificateNumber`.
    pub property_certificate_number: Option<String>,
    /// `province`.
    pub province: Option<String>,
    /// `realEstateDetailedAddress`.
    pub real_estate_detailed_address: Option<String>,
    /// `spanRegionManageNo`.
    pub span_region_manage_no: Option<String>,
}
rt::impl_deserialize! {
    QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfoSpecificBusinessInfoList
    { "areaUnit" => read_field(area_unit), "carNo" => read_field(car_no), "city" =>
    read_field(city), "crossCityFlg" => read_field(cross_city_flg), "district" =>
    read_field(district), "leaseEnd" => read_field(lease_end), "leaseStart" =>
    read_field(lease_start), "project" => read_field(project), "projectNo" =>
    read_field(project_no), "propertyCertificateNumber" =>
    read_field(property_certificate_number), "province" => read_field(province),
    "realEstateDetailedAddress" => read_field(real_estate_detailed_address),
    "spanRegionManageNo" => read_field(span_region_manage_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfoSpecificBusinessInfoList
    { "areaUnit" => optional(area_unit), "carNo" => optional(car_no), "city" =>
    optional(city), "crossCityFlg" => optional(cross_city_flg), "district" =>
    optional(district), "leaseEnd" => optional(lease_end), "leaseStart" =>
    optional(lease_start), "project" => optional(project), "projectNo" =>
    optional(project_no), "propertyCertificateNumber" =>
    optional(property_certificate_number), "province" => optional(province),
    "realEstateDetailedAddress" => optional(real_estate_detailed_address),
    "spanRegionManageNo" => optional(span_region_manage_no) }
}
/// The request of [`Api::append_role_permission`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendRolePermissionRequest {
    /// `rolePermissionItemList`: a query parameter, JSON-encoded.
    pub role_permission_item_list: Option<
        Vec<AppendRolePermissionRequestRolePermissionItemList>,
    >,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl AppendRolePermissionRequest {
    /// An empty `AppendRolePermissionRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `rolePermissionItemList`.
    pub fn role_permission_item_list(
        mut self,
        value: impl IntoIterator<
            Item = AppendRolePermissionRequestRolePermissionItemList,
        >,
    ) -> Self {
        self.role_permission_item_list = Some(value.into_iter().collect());
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
    AppendRolePermissionRequest { "rolePermissionItemList" =>
    read_field(role_permission_item_list), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for AppendRolePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("rolePermissionItemList", &self.role_permission_item_list);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::batch_add_invoice`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddInvoiceRequest {
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `generalInvoiceVOList`.
    pub general_invoice_vo_list: Option<Vec<BatchAddInvoiceRequestGeneralInvoiceVOList>>,
    /// `operator`.
    pub operator: Option<String>,
    /// `orderId`.
    pub order_id: Option<String>,
    /// `source`.
    pub source: Option<String>,
}
impl BatchAddInvoiceRequest {
    /// An empty `BatchAddInvoiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
    /// Sets `generalInvoiceVOList`.
    pub fn general_invoice_vo_list(
        mut self,
        value: impl IntoIterator<Item = BatchAddInvoiceRequestGeneralInvoiceVOList>,
    ) -> Self {
        self.general_invoice_vo_list = Some(value.into_iter().collect());
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
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    BatchAddInvoiceRequest { "companyCode" => optional(company_code),
    "generalInvoiceVOList" => optional(general_invoice_vo_list), "operator" =>
    optional(operator), "orderId" => optional(order_id), "source" => optional(source) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddInvoiceRequest { "companyCode" => read_field(company_code),
    "generalInvoiceVOList" => read_field(general_invoice_vo_list), "operator" =>
    read_field(operator), "orderId" => read_field(order_id), "source" =>
    read_field(source) }
}
impl rt::WriteRequest for BatchAddInvoiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_create_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateCustomerRequest {
    /// `createCustomerRequestList`.
    pub create_customer_request_list: Option<
        Vec<BatchCreateCustomerRequestCreateCustomerRequestList>,
    >,
    /// `operator`.
    pub operator: String,
}
/// The required fields of [`BatchCreateCustomerRequest`], each named where it is set: `BatchCreateCustomerRequest::new(BatchCreateCustomerRequired { .. })`.
pub struct BatchCreateCustomerRequired {
    /// `operator`: see [`BatchCreateCustomerRequest::operator`].
    pub operator: String,
}
impl BatchCreateCustomerRequest {
    /// A `BatchCreateCustomerRequest` with its required fields (`operator`); set the others with the methods named after them.
    pub fn new(required: BatchCreateCustomerRequired) -> Self {
        let BatchCreateCustomerRequired { operator } = required;
        Self {
            create_customer_request_list: None,
            operator,
        }
    }
    /// Sets `createCustomerRequestList`.
    pub fn create_customer_request_list(
        mut self,
        value: impl IntoIterator<
            Item = BatchCreateCustomerRequestCreateCustomerRequestList,
        >,
    ) -> Self {
        self.create_customer_request_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    BatchCreateCustomerRequest { "createCustomerRequestList" =>
    optional(create_customer_request_list), "operator" => field(operator) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchCreateCustomerRequest { "createCustomerRequestList" =>
    read_field(create_customer_request_list), "operator" => read_field(operator) }
}
impl rt::WriteRequest for BatchCreateCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::begin_consume`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BeginConsumeRequest {
    /// `benefitCode`: a query parameter.
    pub benefit_code: Option<String>,
    /// `bizRequestId`: a query parameter.
    pub biz_request_id: Option<String>,
    /// `quota`: a query parameter.
    pub quota: Option<i64>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl BeginConsumeRequest {
    /// An empty `BeginConsumeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `benefitCode`.
    pub fn benefit_code(mut self, value: impl Into<String>) -> Self {
        self.benefit_code = Some(value.into());
        self
    }
    /// Sets `bizRequestId`.
    pub fn biz_request_id(mut self, value: impl Into<String>) -> Self {
        self.biz_request_id = Some(value.into());
        self
    }
    /// Sets `quota`.
    pub fn quota(mut self, value: i64) -> Self {
        self.quota = Some(value);
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
    BeginConsumeRequest { "benefitCode" => read_field(benefit_code), "bizRequestId" =>
    read_field(biz_request_id), "quota" => read_field(quota), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for BeginConsumeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("benefitCode", &self.benefit_code);
        writer.query("bizRequestId", &self.biz_request_id);
        writer.query("quota", &self.quota);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::bind_company_accountant_book`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BindCompanyAccountantBookRequest {
    /// `accountantBookId`: a query parameter.
    pub accountant_book_id: String,
    /// `companyCode`: a query parameter.
    pub company_code: Option<String>,
}
/// The required fields of [`BindCompanyAccountantBookRequest`], each named where it is set: `BindCompanyAccountantBookRequest::new(BindCompanyAccountantBookRequired { .. })`.
pub struct BindCompanyAccountantBookRequired {
    /// `accountantBookId`: see [`BindCompanyAccountantBookRequest::accountant_book_id`].
    pub accountant_book_id: String,
}
impl BindCompanyAccountantBookRequest {
    /// A `BindCompanyAccountantBookRequest` with its required fields (`accountantBookId`); set the others with the methods named after them.
    pub fn new(required: BindCompanyAccountantBookRequired) -> Self {
        let BindCompanyAccountantBookRequired { accountant_book_id } = required;
        Self {
            accountant_book_id,
            company_code: None,
        }
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BindCompanyAccountantBookRequest { "accountantBookId" =>
    read_field(accountant_book_id), "companyCode" => read_field(company_code) }
}
impl rt::WriteRequest for BindCompanyAccountantBookRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountantBookId", &self.accountant_book_id);
        writer.query("companyCode", &self.company_code);
    }
}
/// The request of [`Api::cancel_consume`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CancelConsumeRequest {
    /// `benefitCode`: a query parameter.
    pub benefit_code: Option<String>,
    /// `bizRequestId`: a query parameter.
    pub biz_request_id: Option<String>,
    /// `quota`: a query parameter.
    pub quota: Option<i64>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl CancelConsumeRequest {
    /// An empty `CancelConsumeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `benefitCode`.
    pub fn benefit_code(mut self, value: impl Into<String>) -> Self {
        self.benefit_code = Some(value.into());
        self
    }
    /// Sets `bizRequestId`.
    pub fn biz_request_id(mut self, value: impl Into<String>) -> Self {
        self.biz_request_id = Some(value.into());
        self
    }
    /// Sets `quota`.
    pub fn quota(mut self, value: i64) -> Self {
        self.quota = Some(value);
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
    CancelConsumeRequest { "benefitCode" => read_field(benefit_code), "bizRequestId" =>
    read_field(biz_request_id), "quota" => read_field(quota), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for CancelConsumeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("benefitCode", &self.benefit_code);
        writer.query("bizRequestId", &self.biz_request_id);
        writer.query("quota", &self.quota);
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
/// The request of [`Api::commit_consume`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CommitConsumeRequest {
    /// `benefitCode`: a query parameter.
    pub benefit_code: Option<String>,
    /// `bizRequestId`: a query parameter.
    pub biz_request_id: Option<String>,
    /// `quota`: a query parameter.
    pub quota: Option<i64>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl CommitConsumeRequest {
    /// An empty `CommitConsumeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `benefitCode`.
    pub fn benefit_code(mut self, value: impl Into<String>) -> Self {
        self.benefit_code = Some(value.into());
        self
    }
    /// Sets `bizRequestId`.
    pub fn biz_request_id(mut self, value: impl Into<String>) -> Self {
        self.biz_request_id = Some(value.into());
        self
    }
    /// Sets `quota`.
    pub fn quota(mut self, value: i64) -> Self {
        self.quota = Some(value);
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
    CommitConsumeRequest { "benefitCode" => read_field(benefit_code), "bizRequestId" =>
    read_field(biz_request_id), "quota" => read_field(quota), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for CommitConsumeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("benefitCode", &self.benefit_code);
        writer.query("bizRequestId", &self.biz_request_id);
        writer.query("quota", &self.quota);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::create_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateCustomerRequest {
    /// `creator`.
    pub creator: String,
    /// `description`.
    pub description: Option<String>,
    /// `drawerEmail`.
    pub drawer_email: Option<String>,
    /// `drawerTelephone`.
    pub drawer_telephone: Option<String>,
    /// `name`.
    pub name: String,
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
}
/// The required fields of [`CreateCustomerRequest`], each named where it is set: `CreateCustomerRequest::new(CreateCustomerRequired { .. })`.
pub struct CreateCustomerRequired {
    /// `creator`: see [`CreateCustomerRequest::creator`].
    pub creator: String,
    /// `name`: see [`CreateCustomerRequest::name`].
    pub name: String,
}
impl CreateCustomerRequest {
    /// A `CreateCustomerRequest` with its required fields (`creator`, `name`); set the others with the methods named after them.
    pub fn new(required: CreateCustomerRequired) -> Self {
        let CreateCustomerRequired { creator, name } = required;
        Self {
            creator,
            description: None,
            drawer_email: None,
            drawer_telephone: None,
            name,
            purchaser_account: None,
            purchaser_address: None,
            purchaser_bank_name: None,
            purchaser_name: None,
            purchaser_tax_no: None,
            purchaser_tel: None,
        }
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `drawerEmail`.
    pub fn drawer_email(mut self, value: impl Into<String>) -> Self {
        self.drawer_email = Some(value.into());
        self
    }
    /// Sets `drawerTelephone`.
    pub fn drawer_telephone(mut self, value: impl Into<String>) -> Self {
        self.drawer_telephone = Some(value.into());
        self
    }
    /// Sets `purchaserAccount`.
    pub fn purchaser_account(mut self, value: impl Into<String>) -> Self {
        self.purchaser_account = Some(value.into());
        self
    }
    /// Sets `purchaserAddress`.
    pub fn purchaser_address(mut self, value: impl Into<String>) -> Self {
        self.purchaser_address = Some(value.into());
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
}
rt::impl_serialize! {
    CreateCustomerRequest { "creator" => field(creator), "description" =>
    optional(description), "drawerEmail" => optional(drawer_email), "drawerTelephone" =>
    optional(drawer_telephone), "name" => field(name), "purchaserAccount" =>
    optional(purchaser_account), "purchaserAddress" => optional(purchaser_address),
    "purchaserBankName" => optional(purchaser_bank_name), "purchaserName" =>
    optional(purchaser_name), "purchaserTaxNo" => optional(purchaser_tax_no),
    "purchaserTel" => optional(purchaser_tel) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateCustomerRequest { "creator" => read_field(creator), "description" =>
    read_field(description), "drawerEmail" => read_field(drawer_email), "drawerTelephone"
    => read_field(drawer_telephone), "name" => read_field(name), "purchaserAccount" =>
    read_field(purchaser_account), "purchaserAddress" => read_field(purchaser_address),
    "purchaserBankName" => read_field(purchaser_bank_name), "purchaserName" =>
    read_field(purchaser_name), "purchaserTaxNo" => read_field(purchaser_tax_no),
    "purchaserTel" => read_field(purchaser_tel) }
}
impl rt::WriteRequest for CreateCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_receipt`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateReceiptRequest {
    /// `receipts`.
    pub receipts: Vec<CreateReceiptRequestReceipts>,
}
/// The required fields of [`CreateReceiptRequest`], each named where it is set: `CreateReceiptRequest::new(CreateReceiptRequired { .. })`.
pub struct CreateReceiptRequired {
    /// `receipts`: see [`CreateReceiptRequest::receipts`].
    pub receipts: Vec<CreateReceiptRequestReceipts>,
}
impl CreateReceiptRequest {
    /// A `CreateReceiptRequest` with its required fields (`receipts`); set the others with the methods named after them.
    pub fn new(required: CreateReceiptRequired) -> Self {
        let CreateReceiptRequired { receipts } = required;
        Self { receipts }
    }
}
rt::impl_serialize! {
    CreateReceiptRequest { "receipts" => field(receipts) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateReceiptRequest { "receipts" => read_field(receipts) }
}
impl rt::WriteRequest for CreateReceiptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_receipt`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteReceiptRequest {
    /// `receipts`.
    pub receipts: Vec<DeleteReceiptRequestReceipts>,
}
/// The required fields of [`DeleteReceiptRequest`], each named where it is set: `DeleteReceiptRequest::new(DeleteReceiptRequired { .. })`.
pub struct DeleteReceiptRequired {
    /// `receipts`: see [`DeleteReceiptRequest::receipts`].
    pub receipts: Vec<DeleteReceiptRequestReceipts>,
}
impl DeleteReceiptRequest {
    /// A `DeleteReceiptRequest` with its required fields (`receipts`); set the others with the methods named after them.
    pub fn new(required: DeleteReceiptRequired) -> Self {
        let DeleteReceiptRequired { receipts } = required;
        Self { receipts }
    }
}
rt::impl_serialize! {
    DeleteReceiptRequest { "receipts" => field(receipts) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteReceiptRequest { "receipts" => read_field(receipts) }
}
impl rt::WriteRequest for DeleteReceiptRequest {
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
/// The request of [`Api::get_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetCustomerRequest {
    /// `code`: a query parameter.
    pub code: String,
}
/// The required fields of [`GetCustomerRequest`], each named where it is set: `GetCustomerRequest::new(GetCustomerRequired { .. })`.
pub struct GetCustomerRequired {
    /// `code`: see [`GetCustomerRequest::code`].
    pub code: String,
}
impl GetCustomerRequest {
    /// A `GetCustomerRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(required: GetCustomerRequired) -> Self {
        let GetCustomerRequired { code } = required;
        Self { code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetCustomerRequest { "code" => read_field(code) }
}
impl rt::WriteRequest for GetCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
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
/// The request of [`Api::get_invoice_by_page`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetInvoiceByPageRequest {
    /// `request`: a query parameter, JSON-encoded.
    pub request: Option<GetInvoiceByPageRequestRequest>,
}
impl GetInvoiceByPageRequest {
    /// An empty `GetInvoiceByPageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `request`.
    pub fn request(mut self, value: GetInvoiceByPageRequestRequest) -> Self {
        self.request = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetInvoiceByPageRequest { "request" => read_field(request) }
}
impl rt::WriteRequest for GetInvoiceByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("request", &self.request);
    }
}
/// The request of [`Api::get_product`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetProductRequest {
    /// `code`: a query parameter.
    pub code: String,
}
/// The required fields of [`GetProductRequest`], each named where it is set: `GetProductRequest::new(GetProductRequired { .. })`.
pub struct GetProductRequired {
    /// `code`: see [`GetProductRequest::code`].
    pub code: String,
}
impl GetProductRequest {
    /// A `GetProductRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(required: GetProductRequired) -> Self {
        let GetProductRequired { code } = required;
        Self { code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetProductRequest { "code" => read_field(code) }
}
impl rt::WriteRequest for GetProductRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
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
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetReceiptRequest {
    /// `code`: a query parameter.
    pub code: String,
    /// `modelId`: a query parameter.
    pub model_id: String,
}
/// The required fields of [`GetReceiptRequest`], each named where it is set: `GetReceiptRequest::new(GetReceiptRequired { .. })`.
pub struct GetReceiptRequired {
    /// `code`: see [`GetReceiptRequest::code`].
    pub code: String,
    /// `modelId`: see [`GetReceiptRequest::model_id`].
    pub model_id: String,
}
impl GetReceiptRequest {
    /// A `GetReceiptRequest` with its required fields (`code`, `modelId`); set the others with the methods named after them.
    pub fn new(required: GetReceiptRequired) -> Self {
        let GetReceiptRequired { code, model_id } = required;
        Self { code, model_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetReceiptRequest { "code" => read_field(code), "modelId" => read_field(model_id) }
}
impl rt::WriteRequest for GetReceiptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
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
/// The request of [`Api::get_yong_you_open_api_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetYongYouOpenApiTokenRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetYongYouOpenApiTokenRequest`], each named where it is set: `GetYongYouOpenApiTokenRequest::new(GetYongYouOpenApiTokenRequired { .. })`.
pub struct GetYongYouOpenApiTokenRequired {
    /// `userId`: see [`GetYongYouOpenApiTokenRequest::user_id`].
    pub user_id: String,
}
impl GetYongYouOpenApiTokenRequest {
    /// A `GetYongYouOpenApiTokenRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: GetYongYouOpenApiTokenRequired) -> Self {
        let GetYongYouOpenApiTokenRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetYongYouOpenApiTokenRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for GetYongYouOpenApiTokenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::profession_benefit_consume`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProfessionBenefitConsumeRequest {
    /// `benefitCode`.
    pub benefit_code: Option<String>,
    /// `bizRequestId`.
    pub biz_request_id: Option<String>,
    /// `quota`.
    pub quota: Option<i64>,
}
impl ProfessionBenefitConsumeRequest {
    /// An empty `ProfessionBenefitConsumeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `benefitCode`.
    pub fn benefit_code(mut self, value: impl Into<String>) -> Self {
        self.benefit_code = Some(value.into());
        self
    }
    /// Sets `bizRequestId`.
    pub fn biz_request_id(mut self, value: impl Into<String>) -> Self {
        self.biz_request_id = Some(value.into());
        self
    }
    /// Sets `quota`.
    pub fn quota(mut self, value: i64) -> Self {
        self.quota = Some(value);
        self
    }
}
rt::impl_serialize! {
    ProfessionBenefitConsumeRequest { "benefitCode" => optional(benefit_code),
    "bizRequestId" => optional(biz_request_id), "quota" => optional(quota) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ProfessionBenefitConsumeRequest { "benefitCode" => read_field(benefit_code),
    "bizRequestId" => read_field(biz_request_id), "quota" => read_field(quota) }
}
impl rt::WriteRequest for ProfessionBenefitConsumeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::push_historical_receipts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PushHistoricalReceiptsRequest {
    /// `bizId`.
    pub biz_id: String,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `forcedIgnoreDup`.
    pub forced_ignore_dup: Option<bool>,
    /// `formCodeList`.
    pub form_code_list: Vec<String>,
    /// `startTime`.
    pub start_time: i64,
}
/// The required fields of [`PushHistoricalReceiptsRequest`], each named where it is set: `PushHistoricalReceiptsRequest::new(PushHistoricalReceiptsRequired { .. })`.
pub struct PushHistoricalReceiptsRequired {
    /// `bizId`: see [`PushHistoricalReceiptsRequest::biz_id`].
    pub biz_id: String,
    /// `formCodeList`: see [`PushHistoricalReceiptsRequest::form_code_list`].
    pub form_code_list: Vec<String>,
    /// `startTime`: see [`PushHistoricalReceiptsRequest::start_time`].
    pub start_time: i64,
}
impl PushHistoricalReceiptsRequest {
    /// A `PushHistoricalReceiptsRequest` with its required fields (`bizId`, `formCodeList`, `startTime`); set the others with the methods named after them.
    pub fn new(required: PushHistoricalReceiptsRequired) -> Self {
        let PushHistoricalReceiptsRequired { biz_id, form_code_list, start_time } = required;
        Self {
            biz_id,
            end_time: None,
            forced_ignore_dup: None,
            form_code_list,
            start_time,
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `forcedIgnoreDup`.
    pub fn forced_ignore_dup(mut self, value: bool) -> Self {
        self.forced_ignore_dup = Some(value);
        self
    }
}
rt::impl_serialize! {
    PushHistoricalReceiptsRequest { "bizId" => field(biz_id), "endTime" =>
    optional(end_time), "forcedIgnoreDup" => optional(forced_ignore_dup), "formCodeList"
    => field(form_code_list), "startTime" => field(start_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushHistoricalReceiptsRequest { "bizId" => read_field(biz_id), "endTime" =>
    read_field(end_time), "forcedIgnoreDup" => read_field(forced_ignore_dup),
    "formCodeList" => read_field(form_code_list), "startTime" => read_field(start_time) }
}
impl rt::WriteRequest for PushHistoricalReceiptsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_benefit`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBenefitRequest {
    /// `benefitCode`: a query parameter.
    pub benefit_code: Option<String>,
}
impl QueryBenefitRequest {
    /// An empty `QueryBenefitRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `benefitCode`.
    pub fn benefit_code(mut self, value: impl Into<String>) -> Self {
        self.benefit_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBenefitRequest { "benefitCode" => read_field(benefit_code) }
}
impl rt::WriteRequest for QueryBenefitRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("benefitCode", &self.benefit_code);
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
/// The request of [`Api::query_company_invoice_relation_count`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCompanyInvoiceRelationCountRequest {
    /// `companyCode`: a query parameter.
    pub company_code: Option<String>,
}
impl QueryCompanyInvoiceRelationCountRequest {
    /// An empty `QueryCompanyInvoiceRelationCountRequest`; set fields with the methods named after them.
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
    QueryCompanyInvoiceRelationCountRequest { "companyCode" => read_field(company_code) }
}
impl rt::WriteRequest for QueryCompanyInvoiceRelationCountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("companyCode", &self.company_code);
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
/// The request of [`Api::query_customer_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCustomerInfoRequest {
    /// `keyword`: a query parameter.
    pub keyword: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl QueryCustomerInfoRequest {
    /// An empty `QueryCustomerInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
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
    QueryCustomerInfoRequest { "keyword" => read_field(keyword), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for QueryCustomerInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("keyword", &self.keyword);
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
        Self { page_number, page_size }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryEnterpriseAccountByPageRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for QueryEnterpriseAccountByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_multi_company_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMultiCompanyInfoRequest {
    /// `startStatus`: a query parameter.
    pub start_status: Option<bool>,
}
impl QueryMultiCompanyInfoRequest {
    /// An empty `QueryMultiCompanyInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `startStatus`.
    pub fn start_status(mut self, value: bool) -> Self {
        self.start_status = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMultiCompanyInfoRequest { "startStatus" => read_field(start_status) }
}
impl rt::WriteRequest for QueryMultiCompanyInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("startStatus", &self.start_status);
    }
}
/// The request of [`Api::query_permission_by_user_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryPermissionByUserIdRequest {
    /// `companyCode`: a query parameter.
    pub company_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`QueryPermissionByUserIdRequest`], each named where it is set: `QueryPermissionByUserIdRequest::new(QueryPermissionByUserIdRequired { .. })`.
pub struct QueryPermissionByUserIdRequired {
    /// `userId`: see [`QueryPermissionByUserIdRequest::user_id`].
    pub user_id: String,
}
impl QueryPermissionByUserIdRequest {
    /// A `QueryPermissionByUserIdRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: QueryPermissionByUserIdRequired) -> Self {
        let QueryPermissionByUserIdRequired { user_id } = required;
        Self {
            company_code: None,
            user_id,
        }
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryPermissionByUserIdRequest { "companyCode" => read_field(company_code), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for QueryPermissionByUserIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("companyCode", &self.company_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_permission_role_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryPermissionRoleMemberRequest {
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `roleCodeList`.
    pub role_code_list: Vec<String>,
}
/// The required fields of [`QueryPermissionRoleMemberRequest`], each named where it is set: `QueryPermissionRoleMemberRequest::new(QueryPermissionRoleMemberRequired { .. })`.
pub struct QueryPermissionRoleMemberRequired {
    /// `roleCodeList`: see [`QueryPermissionRoleMemberRequest::role_code_list`].
    pub role_code_list: Vec<String>,
}
impl QueryPermissionRoleMemberRequest {
    /// A `QueryPermissionRoleMemberRequest` with its required fields (`roleCodeList`); set the others with the methods named after them.
    pub fn new(required: QueryPermissionRoleMemberRequired) -> Self {
        let QueryPermissionRoleMemberRequired { role_code_list } = required;
        Self {
            company_code: None,
            role_code_list,
        }
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryPermissionRoleMemberRequest { "companyCode" => optional(company_code),
    "roleCodeList" => field(role_code_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryPermissionRoleMemberRequest { "companyCode" => read_field(company_code),
    "roleCodeList" => read_field(role_code_list) }
}
impl rt::WriteRequest for QueryPermissionRoleMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
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
/// The request of [`Api::query_receipt_detail_for_invoice`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryReceiptDetailForInvoiceRequest {
    /// `instanceId`: a query parameter.
    pub instance_id: Option<String>,
}
impl QueryReceiptDetailForInvoiceRequest {
    /// An empty `QueryReceiptDetailForInvoiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryReceiptDetailForInvoiceRequest { "instanceId" => read_field(instance_id) }
}
impl rt::WriteRequest for QueryReceiptDetailForInvoiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("instanceId", &self.instance_id);
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
/// The request of [`Api::query_receipts_base_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryReceiptsBaseInfoRequest {
    /// `accountantBookId`: a query parameter.
    pub accountant_book_id: Option<String>,
    /// `amountEnd`: a query parameter.
    pub amount_end: Option<f64>,
    /// `amountStart`: a query parameter.
    pub amount_start: Option<f64>,
    /// `companyCode`: a query parameter.
    pub company_code: Option<String>,
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
    /// `timeFilterField`: a query parameter.
    pub time_filter_field: Option<String>,
    /// `title`: a query parameter.
    pub title: Option<String>,
    /// `voucherStatus`: a query parameter.
    pub voucher_status: Option<String>,
}
impl QueryReceiptsBaseInfoRequest {
    /// An empty `QueryReceiptsBaseInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountantBookId`.
    pub fn accountant_book_id(mut self, value: impl Into<String>) -> Self {
        self.accountant_book_id = Some(value.into());
        self
    }
    /// Sets `amountEnd`.
    pub fn amount_end(mut self, value: f64) -> Self {
        self.amount_end = Some(value);
        self
    }
    /// Sets `amountStart`.
    pub fn amount_start(mut self, value: f64) -> Self {
        self.amount_start = Some(value);
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
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `voucherStatus`.
    pub fn voucher_status(mut self, value: impl Into<String>) -> Self {
        self.voucher_status = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryReceiptsBaseInfoRequest { "accountantBookId" => read_field(accountant_book_id),
    "amountEnd" => read_field(amount_end), "amountStart" => read_field(amount_start),
    "companyCode" => read_field(company_code), "endTime" => read_field(end_time),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "startTime" => read_field(start_time), "timeFilterField" =>
    read_field(time_filter_field), "title" => read_field(title), "voucherStatus" =>
    read_field(voucher_status) }
}
impl rt::WriteRequest for QueryReceiptsBaseInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("accountantBookId", &self.accountant_book_id);
        writer.query("amountEnd", &self.amount_end);
        writer.query("amountStart", &self.amount_start);
        writer.query("companyCode", &self.company_code);
        writer.query("endTime", &self.end_time);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("startTime", &self.start_time);
        writer.query("timeFilterField", &self.time_filter_field);
        writer.query("title", &self.title);
        writer.query("voucherStatus", &self.voucher_status);
    }
}
/// The request of [`Api::query_receipts_by_page`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryReceiptsByPageRequest {
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `modelId`: a query parameter.
    pub model_id: String,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `startTime`: a query parameter.
    pub start_time: i64,
    /// `timeFilterField`: a query parameter.
    pub time_filter_field: String,
}
/// The required fields of [`QueryReceiptsByPageRequest`], each named where it is set: `QueryReceiptsByPageRequest::new(QueryReceiptsByPageRequired { .. })`.
pub struct QueryReceiptsByPageRequired {
    /// `modelId`: see [`QueryReceiptsByPageRequest::model_id`].
    pub model_id: String,
    /// `pageNumber`: see [`QueryReceiptsByPageRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryReceiptsByPageRequest::page_size`].
    pub page_size: i64,
    /// `startTime`: see [`QueryReceiptsByPageRequest::start_time`].
    pub start_time: i64,
    /// `timeFilterField`: see [`QueryReceiptsByPageRequest::time_filter_field`].
    pub time_filter_field: String,
}
impl QueryReceiptsByPageRequest {
    /// A `QueryReceiptsByPageRequest` with its required fields (`modelId`, `pageNumber`, `pageSize`, `startTime`, `timeFilterField`); set the others with the methods named after them.
    pub fn new(required: QueryReceiptsByPageRequired) -> Self {
        let QueryReceiptsByPageRequired {
            model_id,
            page_number,
            page_size,
            start_time,
            time_filter_field,
        } = required;
        Self {
            end_time: None,
            model_id,
            page_number,
            page_size,
            start_time,
            time_filter_field,
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryReceiptsByPageRequest { "endTime" => read_field(end_time), "modelId" =>
    read_field(model_id), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "startTime" => read_field(start_time), "timeFilterField" =>
    read_field(time_filter_field) }
}
impl rt::WriteRequest for QueryReceiptsByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("endTime", &self.end_time);
        writer.query("modelId", &self.model_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("startTime", &self.start_time);
        writer.query("timeFilterField", &self.time_filter_field);
    }
}
/// The request of [`Api::query_role_member_by_page`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRoleMemberByPageRequest {
    /// `companyCode`: a query parameter.
    pub company_code: Option<String>,
    /// `maxResults`: a query parameter.
    pub max_results: Option<String>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `roleCode`: a query parameter.
    pub role_code: Option<String>,
}
impl QueryRoleMemberByPageRequest {
    /// An empty `QueryRoleMemberByPageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: impl Into<String>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `roleCode`.
    pub fn role_code(mut self, value: impl Into<String>) -> Self {
        self.role_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryRoleMemberByPageRequest { "companyCode" => read_field(company_code),
    "maxResults" => read_field(max_results), "nextToken" => read_field(next_token),
    "roleCode" => read_field(role_code) }
}
impl rt::WriteRequest for QueryRoleMemberByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("companyCode", &self.company_code);
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("roleCode", &self.role_code);
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
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl QueryUserRoleListRequest {
    /// An empty `QueryUserRoleListRequest`; set fields with the methods named after them.
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
    QueryUserRoleListRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryUserRoleListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::unbind_apply_receipt_and_invoice_related`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UnbindApplyReceiptAndInvoiceRelatedRequest {
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `invoiceKeyVOList`.
    pub invoice_key_vo_list: Option<
        Vec<UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList>,
    >,
    /// `operator`.
    pub operator: Option<String>,
}
impl UnbindApplyReceiptAndInvoiceRelatedRequest {
    /// An empty `UnbindApplyReceiptAndInvoiceRelatedRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sets `invoiceKeyVOList`.
    pub fn invoice_key_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList,
        >,
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
    UnbindApplyReceiptAndInvoiceRelatedRequest { "instanceId" => optional(instance_id),
    "invoiceKeyVOList" => optional(invoice_key_vo_list), "operator" => optional(operator)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnbindApplyReceiptAndInvoiceRelatedRequest { "instanceId" => read_field(instance_id),
    "invoiceKeyVOList" => read_field(invoice_key_vo_list), "operator" =>
    read_field(operator) }
}
impl rt::WriteRequest for UnbindApplyReceiptAndInvoiceRelatedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_apply_receipt_and_invoice_related`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateApplyReceiptAndInvoiceRelatedRequest {
    /// `generalInvoiceVOList`.
    pub general_invoice_vo_list: Option<
        Vec<UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOList>,
    >,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
}
impl UpdateApplyReceiptAndInvoiceRelatedRequest {
    /// An empty `UpdateApplyReceiptAndInvoiceRelatedRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `generalInvoiceVOList`.
    pub fn general_invoice_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOList,
        >,
    ) -> Self {
        self.general_invoice_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateApplyReceiptAndInvoiceRelatedRequest { "generalInvoiceVOList" =>
    optional(general_invoice_vo_list), "instanceId" => optional(instance_id), "operator"
    => optional(operator) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateApplyReceiptAndInvoiceRelatedRequest { "generalInvoiceVOList" =>
    read_field(general_invoice_vo_list), "instanceId" => read_field(instance_id),
    "operator" => read_field(operator) }
}
impl rt::WriteRequest for UpdateApplyReceiptAndInvoiceRelatedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_digital_invoice_org_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateDigitalInvoiceOrgInfoRequest {
    /// `digitalInvoiceType`.
    pub digital_invoice_type: Option<Vec<String>>,
    /// `isDigitalOrg`.
    pub is_digital_org: Option<bool>,
    /// `location`.
    pub location: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
}
impl UpdateDigitalInvoiceOrgInfoRequest {
    /// An empty `UpdateDigitalInvoiceOrgInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `digitalInvoiceType`.
    pub fn digital_invoice_type(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.digital_invoice_type = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `isDigitalOrg`.
    pub fn is_digital_org(mut self, value: bool) -> Self {
        self.is_digital_org = Some(value);
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateDigitalInvoiceOrgInfoRequest { "digitalInvoiceType" =>
    optional(digital_invoice_type), "isDigitalOrg" => optional(is_digital_org),
    "location" => optional(location), "operator" => optional(operator) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateDigitalInvoiceOrgInfoRequest { "digitalInvoiceType" =>
    read_field(digital_invoice_type), "isDigitalOrg" => read_field(is_digital_org),
    "location" => read_field(location), "operator" => read_field(operator) }
}
impl rt::WriteRequest for UpdateDigitalInvoiceOrgInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_finance_company_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateFinanceCompanyInfoRequest {
    /// `companyName`: a query parameter.
    pub company_name: Option<String>,
    /// `taxNature`: a query parameter.
    pub tax_nature: Option<String>,
    /// `taxNo`: a query parameter.
    pub tax_no: Option<String>,
    /// `taxOrInvoiceHasInit`: a query parameter.
    pub tax_or_invoice_has_init: Option<bool>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl UpdateFinanceCompanyInfoRequest {
    /// An empty `UpdateFinanceCompanyInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyName`.
    pub fn company_name(mut self, value: impl Into<String>) -> Self {
        self.company_name = Some(value.into());
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
    /// Sets `taxOrInvoiceHasInit`.
    pub fn tax_or_invoice_has_init(mut self, value: bool) -> Self {
        self.tax_or_invoice_has_init = Some(value);
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
    UpdateFinanceCompanyInfoRequest { "companyName" => read_field(company_name),
    "taxNature" => read_field(tax_nature), "taxNo" => read_field(tax_no),
    "taxOrInvoiceHasInit" => read_field(tax_or_invoice_has_init), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for UpdateFinanceCompanyInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("companyName", &self.company_name);
        writer.query("taxNature", &self.tax_nature);
        writer.query("taxNo", &self.tax_no);
        writer.query("taxOrInvoiceHasInit", &self.tax_or_invoice_has_init);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::update_finance_multi_company_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateFinanceMultiCompanyInfoRequest {
    /// `companyCode`: a query parameter.
    pub company_code: String,
    /// `companyName`: a query parameter.
    pub company_name: String,
    /// `taxNature`: a query parameter.
    pub tax_nature: Option<String>,
    /// `taxNo`: a query parameter.
    pub tax_no: Option<String>,
    /// `taxOrInvoiceHasInit`: a query parameter.
    pub tax_or_invoice_has_init: Option<bool>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
/// The required fields of [`UpdateFinanceMultiCompanyInfoRequest`], each named where it is set: `UpdateFinanceMultiCompanyInfoRequest::new(UpdateFinanceMultiCompanyInfoRequired { .. })`.
pub struct UpdateFinanceMultiCompanyInfoRequired {
    /// `companyCode`: see [`UpdateFinanceMultiCompanyInfoRequest::company_code`].
    pub company_code: String,
    /// `companyName`: see [`UpdateFinanceMultiCompanyInfoRequest::company_name`].
    pub company_name: String,
}
impl UpdateFinanceMultiCompanyInfoRequest {
    /// A `UpdateFinanceMultiCompanyInfoRequest` with its required fields (`companyCode`, `companyName`); set the others with the methods named after them.
    pub fn new(required: UpdateFinanceMultiCompanyInfoRequired) -> Self {
        let UpdateFinanceMultiCompanyInfoRequired { company_code, company_name } = required;
        Self {
            company_code,
            company_name,
            tax_nature: None,
            tax_no: None,
            tax_or_invoice_has_init: None,
            user_id: None,
        }
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
    /// Sets `taxOrInvoiceHasInit`.
    pub fn tax_or_invoice_has_init(mut self, value: bool) -> Self {
        self.tax_or_invoice_has_init = Some(value);
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
    UpdateFinanceMultiCompanyInfoRequest { "companyCode" => read_field(company_code),
    "companyName" => read_field(company_name), "taxNature" => read_field(tax_nature),
    "taxNo" => read_field(tax_no), "taxOrInvoiceHasInit" =>
    read_field(tax_or_invoice_has_init), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for UpdateFinanceMultiCompanyInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("companyCode", &self.company_code);
        writer.query("companyName", &self.company_name);
        writer.query("taxNature", &self.tax_nature);
        writer.query("taxNo", &self.tax_no);
        writer.query("taxOrInvoiceHasInit", &self.tax_or_invoice_has_init);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::update_invoice_abandon_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceAbandonStatusRequest {
    /// `blueGeneralInvoiceVO`.
    pub blue_general_invoice_vo: Option<
        UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO,
    >,
    /// `blueInvoiceCode`.
    pub blue_invoice_code: Option<String>,
    /// `blueInvoiceNo`.
    pub blue_invoice_no: Option<String>,
    /// `blueInvoiceStatus`.
    pub blue_invoice_status: Option<String>,
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
    /// `redGeneralInvoiceVO`.
    pub red_general_invoice_vo: Option<
        UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVO,
    >,
    /// `redInvoiceCode`.
    pub red_invoice_code: Option<String>,
    /// `redInvoiceNo`.
    pub red_invoice_no: Option<String>,
    /// `redInvoiceStatus`.
    pub red_invoice_status: Option<String>,
    /// `targetInvoice`.
    pub target_invoice: Option<String>,
}
impl UpdateInvoiceAbandonStatusRequest {
    /// An empty `UpdateInvoiceAbandonStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `blueGeneralInvoiceVO`.
    pub fn blue_general_invoice_vo(
        mut self,
        value: UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO,
    ) -> Self {
        self.blue_general_invoice_vo = Some(value);
        self
    }
    /// Sets `blueInvoiceCode`.
    pub fn blue_invoice_code(mut self, value: impl Into<String>) -> Self {
        self.blue_invoice_code = Some(value.into());
        self
    }
    /// Sets `blueInvoiceNo`.
    pub fn blue_invoice_no(mut self, value: impl Into<String>) -> Self {
        self.blue_invoice_no = Some(value.into());
        self
    }
    /// Sets `blueInvoiceStatus`.
    pub fn blue_invoice_status(mut self, value: impl Into<String>) -> Self {
        self.blue_invoice_status = Some(value.into());
        self
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
    /// Sets `redGeneralInvoiceVO`.
    pub fn red_general_invoice_vo(
        mut self,
        value: UpdateInvoiceAbandonStatusRequestRedGeneralInvoiceVO,
    ) -> Self {
        self.red_general_invoice_vo = Some(value);
        self
    }
    /// Sets `redInvoiceCode`.
    pub fn red_invoice_code(mut self, value: impl Into<String>) -> Self {
        self.red_invoice_code = Some(value.into());
        self
    }
    /// Sets `redInvoiceNo`.
    pub fn red_invoice_no(mut self, value: impl Into<String>) -> Self {
        self.red_invoice_no = Some(value.into());
        self
    }
    /// Sets `redInvoiceStatus`.
    pub fn red_invoice_status(mut self, value: impl Into<String>) -> Self {
        self.red_invoice_status = Some(value.into());
        self
    }
    /// Sets `targetInvoice`.
    pub fn target_invoice(mut self, value: impl Into<String>) -> Self {
        self.target_invoice = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceAbandonStatusRequest { "blueGeneralInvoiceVO" =>
    optional(blue_general_invoice_vo), "blueInvoiceCode" => optional(blue_invoice_code),
    "blueInvoiceNo" => optional(blue_invoice_no), "blueInvoiceStatus" =>
    optional(blue_invoice_status), "companyCode" => optional(company_code), "operator" =>
    optional(operator), "redGeneralInvoiceVO" => optional(red_general_invoice_vo),
    "redInvoiceCode" => optional(red_invoice_code), "redInvoiceNo" =>
    optional(red_invoice_no), "redInvoiceStatus" => optional(red_invoice_status),
    "targetInvoice" => optional(target_invoice) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceAbandonStatusRequest { "blueGeneralInvoiceVO" =>
    read_field(blue_general_invoice_vo), "blueInvoiceCode" =>
    read_field(blue_invoice_code), "blueInvoiceNo" => read_field(blue_invoice_no),
    "blueInvoiceStatus" => read_field(blue_invoice_status), "companyCode" =>
    read_field(company_code), "operator" => read_field(operator), "redGeneralInvoiceVO"
    => read_field(red_general_invoice_vo), "redInvoiceCode" =>
    read_field(red_invoice_code), "redInvoiceNo" => read_field(red_invoice_no),
    "redInvoiceStatus" => read_field(red_invoice_status), "targetInvoice" =>
    read_field(target_invoice) }
}
impl rt::WriteRequest for UpdateInvoiceAbandonStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_invoice_account_period`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceAccountPeriodRequest {
    /// `accountPeriod`.
    pub account_period: Option<String>,
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `generalInvoiceVOList`.
    pub general_invoice_vo_list: Option<
        Vec<UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOList>,
    >,
    /// `invoiceKeyVOList`.
    pub invoice_key_vo_list: Option<
        Vec<UpdateInvoiceAccountPeriodRequestInvoiceKeyVOList>,
    >,
    /// `operator`.
    pub operator: Option<String>,
}
impl UpdateInvoiceAccountPeriodRequest {
    /// An empty `UpdateInvoiceAccountPeriodRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountPeriod`.
    pub fn account_period(mut self, value: impl Into<String>) -> Self {
        self.account_period = Some(value.into());
        self
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
    /// Sets `generalInvoiceVOList`.
    pub fn general_invoice_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceAccountPeriodRequestGeneralInvoiceVOList,
        >,
    ) -> Self {
        self.general_invoice_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `invoiceKeyVOList`.
    pub fn invoice_key_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceAccountPeriodRequestInvoiceKeyVOList,
        >,
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
    UpdateInvoiceAccountPeriodRequest { "accountPeriod" => optional(account_period),
    "companyCode" => optional(company_code), "generalInvoiceVOList" =>
    optional(general_invoice_vo_list), "invoiceKeyVOList" =>
    optional(invoice_key_vo_list), "operator" => optional(operator) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceAccountPeriodRequest { "accountPeriod" => read_field(account_period),
    "companyCode" => read_field(company_code), "generalInvoiceVOList" =>
    read_field(general_invoice_vo_list), "invoiceKeyVOList" =>
    read_field(invoice_key_vo_list), "operator" => read_field(operator) }
}
impl rt::WriteRequest for UpdateInvoiceAccountPeriodRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_invoice_accounting_period_date`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceAccountingPeriodDateRequest {
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `invoiceFinanceInfoVOList`.
    pub invoice_finance_info_vo_list: Option<
        Vec<UpdateInvoiceAccountingPeriodDateRequestInvoiceFinanceInfoVOList>,
    >,
    /// `operator`.
    pub operator: Option<String>,
}
impl UpdateInvoiceAccountingPeriodDateRequest {
    /// An empty `UpdateInvoiceAccountingPeriodDateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
    /// Sets `invoiceFinanceInfoVOList`.
    pub fn invoice_finance_info_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceAccountingPeriodDateRequestInvoiceFinanceInfoVOList,
        >,
    ) -> Self {
        self.invoice_finance_info_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceAccountingPeriodDateRequest { "companyCode" => optional(company_code),
    "invoiceFinanceInfoVOList" => optional(invoice_finance_info_vo_list), "operator" =>
    optional(operator) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceAccountingPeriodDateRequest { "companyCode" => read_field(company_code),
    "invoiceFinanceInfoVOList" => read_field(invoice_finance_info_vo_list), "operator" =>
    read_field(operator) }
}
impl rt::WriteRequest for UpdateInvoiceAccountingPeriodDateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_invoice_accounting_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceAccountingStatusRequest {
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `invoiceFinanceInfoVOList`.
    pub invoice_finance_info_vo_list: Option<
        Vec<UpdateInvoiceAccountingStatusRequestInvoiceFinanceInfoVOList>,
    >,
    /// `operator`.
    pub operator: Option<String>,
}
impl UpdateInvoiceAccountingStatusRequest {
    /// An empty `UpdateInvoiceAccountingStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
    /// Sets `invoiceFinanceInfoVOList`.
    pub fn invoice_finance_info_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceAccountingStatusRequestInvoiceFinanceInfoVOList,
        >,
    ) -> Self {
        self.invoice_finance_info_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceAccountingStatusRequest { "companyCode" => optional(company_code),
    "invoiceFinanceInfoVOList" => optional(invoice_finance_info_vo_list), "operator" =>
    optional(operator) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceAccountingStatusRequest { "companyCode" => read_field(company_code),
    "invoiceFinanceInfoVOList" => read_field(invoice_finance_info_vo_list), "operator" =>
    read_field(operator) }
}
impl rt::WriteRequest for UpdateInvoiceAccountingStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_invoice_and_receipt_related`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceAndReceiptRelatedRequest {
    /// `generalInvoiceVO`.
    pub general_invoice_vo: Option<
        UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVO,
    >,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
    /// `receiptCode`.
    pub receipt_code: Option<String>,
}
impl UpdateInvoiceAndReceiptRelatedRequest {
    /// An empty `UpdateInvoiceAndReceiptRelatedRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `generalInvoiceVO`.
    pub fn general_invoice_vo(
        mut self,
        value: UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVO,
    ) -> Self {
        self.general_invoice_vo = Some(value);
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
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `receiptCode`.
    pub fn receipt_code(mut self, value: impl Into<String>) -> Self {
        self.receipt_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceAndReceiptRelatedRequest { "generalInvoiceVO" =>
    optional(general_invoice_vo), "invoiceCode" => optional(invoice_code), "invoiceNo" =>
    optional(invoice_no), "operator" => optional(operator), "receiptCode" =>
    optional(receipt_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceAndReceiptRelatedRequest { "generalInvoiceVO" =>
    read_field(general_invoice_vo), "invoiceCode" => read_field(invoice_code),
    "invoiceNo" => read_field(invoice_no), "operator" => read_field(operator),
    "receiptCode" => read_field(receipt_code) }
}
impl rt::WriteRequest for UpdateInvoiceAndReceiptRelatedRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_invoice_ignore_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceIgnoreStatusRequest {
    /// `instanceId`: a query parameter.
    pub instance_id: Option<String>,
    /// `operator`: a query parameter.
    pub operator: Option<String>,
    /// `status`: a query parameter.
    pub status: Option<String>,
}
impl UpdateInvoiceIgnoreStatusRequest {
    /// An empty `UpdateInvoiceIgnoreStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
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
    UpdateInvoiceIgnoreStatusRequest { "instanceId" => read_field(instance_id),
    "operator" => read_field(operator), "status" => read_field(status) }
}
impl rt::WriteRequest for UpdateInvoiceIgnoreStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("instanceId", &self.instance_id);
        writer.query("operator", &self.operator);
        writer.query("status", &self.status);
    }
}
/// The request of [`Api::update_invoice_verify_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceVerifyStatusRequest {
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `deductStatus`.
    pub deduct_status: Option<String>,
    /// `generalInvoiceVOList`.
    pub general_invoice_vo_list: Option<
        Vec<UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOList>,
    >,
    /// `invoiceKeyVOList`.
    pub invoice_key_vo_list: Option<
        Vec<UpdateInvoiceVerifyStatusRequestInvoiceKeyVOList>,
    >,
    /// `operator`.
    pub operator: Option<String>,
    /// `verifyStatus`.
    pub verify_status: Option<String>,
}
impl UpdateInvoiceVerifyStatusRequest {
    /// An empty `UpdateInvoiceVerifyStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
    /// Sets `deductStatus`.
    pub fn deduct_status(mut self, value: impl Into<String>) -> Self {
        self.deduct_status = Some(value.into());
        self
    }
    /// Sets `generalInvoiceVOList`.
    pub fn general_invoice_vo_list(
        mut self,
        value: impl IntoIterator<
            Item = UpdateInvoiceVerifyStatusRequestGeneralInvoiceVOList,
        >,
    ) -> Self {
        self.general_invoice_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `invoiceKeyVOList`.
    pub fn invoice_key_vo_list(
        mut self,
        value: impl IntoIterator<Item = UpdateInvoiceVerifyStatusRequestInvoiceKeyVOList>,
    ) -> Self {
        self.invoice_key_vo_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `verifyStatus`.
    pub fn verify_status(mut self, value: impl Into<String>) -> Self {
        self.verify_status = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceVerifyStatusRequest { "companyCode" => optional(company_code),
    "deductStatus" => optional(deduct_status), "generalInvoiceVOList" =>
    optional(general_invoice_vo_list), "invoiceKeyVOList" =>
    optional(invoice_key_vo_list), "operator" => optional(operator), "verifyStatus" =>
    optional(verify_status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceVerifyStatusRequest { "companyCode" => read_field(company_code),
    "deductStatus" => read_field(deduct_status), "generalInvoiceVOList" =>
    read_field(general_invoice_vo_list), "invoiceKeyVOList" =>
    read_field(invoice_key_vo_list), "operator" => read_field(operator), "verifyStatus"
    => read_field(verify_status) }
}
impl rt::WriteRequest for UpdateInvoiceVerifyStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_invoice_voucher_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceVoucherStatusRequest {
    /// `accountantBookId`.
    pub accountant_book_id: Option<String>,
    /// `actionType`.
    pub action_type: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
    /// `voucherId`.
    pub voucher_id: Option<String>,
}
impl UpdateInvoiceVoucherStatusRequest {
    /// An empty `UpdateInvoiceVoucherStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountantBookId`.
    pub fn accountant_book_id(mut self, value: impl Into<String>) -> Self {
        self.accountant_book_id = Some(value.into());
        self
    }
    /// Sets `actionType`.
    pub fn action_type(mut self, value: impl Into<String>) -> Self {
        self.action_type = Some(value.into());
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
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `voucherId`.
    pub fn voucher_id(mut self, value: impl Into<String>) -> Self {
        self.voucher_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceVoucherStatusRequest { "accountantBookId" =>
    optional(accountant_book_id), "actionType" => optional(action_type), "invoiceCode" =>
    optional(invoice_code), "invoiceNo" => optional(invoice_no), "operator" =>
    optional(operator), "voucherId" => optional(voucher_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceVoucherStatusRequest { "accountantBookId" =>
    read_field(accountant_book_id), "actionType" => read_field(action_type),
    "invoiceCode" => read_field(invoice_code), "invoiceNo" => read_field(invoice_no),
    "operator" => read_field(operator), "voucherId" => read_field(voucher_id) }
}
impl rt::WriteRequest for UpdateInvoiceVoucherStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_receipt`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateReceiptRequest {
    /// `receipts`.
    pub receipts: Vec<UpdateReceiptRequestReceipts>,
}
/// The required fields of [`UpdateReceiptRequest`], each named where it is set: `UpdateReceiptRequest::new(UpdateReceiptRequired { .. })`.
pub struct UpdateReceiptRequired {
    /// `receipts`: see [`UpdateReceiptRequest::receipts`].
    pub receipts: Vec<UpdateReceiptRequestReceipts>,
}
impl UpdateReceiptRequest {
    /// A `UpdateReceiptRequest` with its required fields (`receipts`); set the others with the methods named after them.
    pub fn new(required: UpdateReceiptRequired) -> Self {
        let UpdateReceiptRequired { receipts } = required;
        Self { receipts }
    }
}
rt::impl_serialize! {
    UpdateReceiptRequest { "receipts" => field(receipts) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateReceiptRequest { "receipts" => read_field(receipts) }
}
impl rt::WriteRequest for UpdateReceiptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_receipt_voucher_status`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateReceiptVoucherStatusRequest {
    /// `accountPeriod`.
    pub account_period: Option<String>,
    /// `actionType`.
    pub action_type: Option<String>,
    /// `operatorId`.
    pub operator_id: Option<String>,
    /// `receiptId`.
    pub receipt_id: Option<String>,
    /// `voucherCode`.
    pub voucher_code: Option<String>,
    /// `voucherId`.
    pub voucher_id: Option<String>,
    /// `voucherNo`.
    pub voucher_no: Option<String>,
}
impl UpdateReceiptVoucherStatusRequest {
    /// An empty `UpdateReceiptVoucherStatusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `accountPeriod`.
    pub fn account_period(mut self, value: impl Into<String>) -> Self {
        self.account_period = Some(value.into());
        self
    }
    /// Sets `actionType`.
    pub fn action_type(mut self, value: impl Into<String>) -> Self {
        self.action_type = Some(value.into());
        self
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `receiptId`.
    pub fn receipt_id(mut self, value: impl Into<String>) -> Self {
        self.receipt_id = Some(value.into());
        self
    }
    /// Sets `voucherCode`.
    pub fn voucher_code(mut self, value: impl Into<String>) -> Self {
        self.voucher_code = Some(value.into());
        self
    }
    /// Sets `voucherId`.
    pub fn voucher_id(mut self, value: impl Into<String>) -> Self {
        self.voucher_id = Some(value.into());
        self
    }
    /// Sets `voucherNo`.
    pub fn voucher_no(mut self, value: impl Into<String>) -> Self {
        self.voucher_no = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateReceiptVoucherStatusRequest { "accountPeriod" => optional(account_period),
    "actionType" => optional(action_type), "operatorId" => optional(operator_id),
    "receiptId" => optional(receipt_id), "voucherCode" => optional(voucher_code),
    "voucherId" => optional(voucher_id), "voucherNo" => optional(voucher_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateReceiptVoucherStatusRequest { "accountPeriod" => read_field(account_period),
    "actionType" => read_field(action_type), "operatorId" => read_field(operator_id),
    "receiptId" => read_field(receipt_id), "voucherCode" => read_field(voucher_code),
    "voucherId" => read_field(voucher_id), "voucherNo" => read_field(voucher_no) }
}
impl rt::WriteRequest for UpdateReceiptVoucherStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::append_role_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AppendRolePermissionError = rt::ServiceError;
/// An error reply of [`Api::batch_add_invoice`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchAddInvoiceError = rt::ServiceError;
/// An error reply of [`Api::batch_create_customer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchCreateCustomerError = rt::ServiceError;
/// An error reply of [`Api::begin_consume`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BeginConsumeError = rt::ServiceError;
/// An error reply of [`Api::bind_company_accountant_book`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BindCompanyAccountantBookError = rt::ServiceError;
/// An error reply of [`Api::cancel_consume`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CancelConsumeError = rt::ServiceError;
/// An error reply of [`Api::check_voucher_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CheckVoucherStatusError = rt::ServiceError;
/// An error reply of [`Api::commit_consume`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CommitConsumeError = rt::ServiceError;
/// An error reply of [`Api::create_customer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateCustomerError = rt::ServiceError;
/// An error reply of [`Api::create_receipt`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateReceiptError = rt::ServiceError;
/// An error reply of [`Api::delete_receipt`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteReceiptError = rt::ServiceError;
/// An error reply of [`Api::get_bookkeeping_user_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetBookkeepingUserListError = rt::ServiceError;
/// An error reply of [`Api::get_category`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCategoryError = rt::ServiceError;
/// An error reply of [`Api::get_customer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetCustomerError = rt::ServiceError;
/// An error reply of [`Api::get_finance_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFinanceAccountError = rt::ServiceError;
/// An error reply of [`Api::get_form_template_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFormTemplateInfoError = rt::ServiceError;
/// An error reply of [`Api::get_invoice_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInvoiceByPageError = rt::ServiceError;
/// An error reply of [`Api::get_is_new_version`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetIsNewVersionError = rt::ServiceError;
/// An error reply of [`Api::get_multi_company_info_by_code`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMultiCompanyInfoByCodeError = rt::ServiceError;
/// An error reply of [`Api::get_product`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProductError = rt::ServiceError;
/// An error reply of [`Api::get_project`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetProjectError = rt::ServiceError;
/// An error reply of [`Api::get_receipt`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetReceiptError = rt::ServiceError;
/// An error reply of [`Api::get_supplier`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSupplierError = rt::ServiceError;
/// An error reply of [`Api::get_yong_you_open_api_token`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetYongYouOpenApiTokenError = rt::ServiceError;
/// An error reply of [`Api::get_yong_you_org_relation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetYongYouOrgRelationError = rt::ServiceError;
/// An error reply of [`Api::profession_benefit_consume`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ProfessionBenefitConsumeError = rt::ServiceError;
/// An error reply of [`Api::push_historical_receipts`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PushHistoricalReceiptsError = rt::ServiceError;
/// An error reply of [`Api::query_benefit`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBenefitError = rt::ServiceError;
/// An error reply of [`Api::query_category_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCategoryByPageError = rt::ServiceError;
/// An error reply of [`Api::query_company_invoice_relation_count`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCompanyInvoiceRelationCountError = rt::ServiceError;
/// An error reply of [`Api::query_customer_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCustomerByPageError = rt::ServiceError;
/// An error reply of [`Api::query_customer_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCustomerInfoError = rt::ServiceError;
/// An error reply of [`Api::query_enterprise_account_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryEnterpriseAccountByPageError = rt::ServiceError;
/// An error reply of [`Api::query_finance_company_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryFinanceCompanyInfoError = rt::ServiceError;
/// An error reply of [`Api::query_invoice_relation_count`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryInvoiceRelationCountError = rt::ServiceError;
/// An error reply of [`Api::query_multi_company_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMultiCompanyInfoError = rt::ServiceError;
/// An error reply of [`Api::query_permission_by_user_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPermissionByUserIdError = rt::ServiceError;
/// An error reply of [`Api::query_permission_role_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPermissionRoleMemberError = rt::ServiceError;
/// An error reply of [`Api::query_product_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryProductByPageError = rt::ServiceError;
/// An error reply of [`Api::query_project_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryProjectByPageError = rt::ServiceError;
/// An error reply of [`Api::query_receipt_detail_for_invoice`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryReceiptDetailForInvoiceError = rt::ServiceError;
/// An error reply of [`Api::query_receipt_for_invoice`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryReceiptForInvoiceError = rt::ServiceError;
/// An error reply of [`Api::query_receipts_base_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryReceiptsBaseInfoError = rt::ServiceError;
/// An error reply of [`Api::query_receipts_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryReceiptsByPageError = rt::ServiceError;
/// An error reply of [`Api::query_role_member_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRoleMemberByPageError = rt::ServiceError;
/// An error reply of [`Api::query_supplier_by_page`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySupplierByPageError = rt::ServiceError;
/// An error reply of [`Api::query_user_role_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserRoleListError = rt::ServiceError;
/// An error reply of [`Api::unbind_apply_receipt_and_invoice_related`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnbindApplyReceiptAndInvoiceRelatedError = rt::ServiceError;
/// An error reply of [`Api::update_apply_receipt_and_invoice_related`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateApplyReceiptAndInvoiceRelatedError = rt::ServiceError;
/// An error reply of [`Api::update_digital_invoice_org_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateDigitalInvoiceOrgInfoError = rt::ServiceError;
/// An error reply of [`Api::update_finance_company_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateFinanceCompanyInfoError = rt::ServiceError;
/// An error reply of [`Api::update_finance_multi_company_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateFinanceMultiCompanyInfoError = rt::ServiceError;
/// An error reply of [`Api::update_invoice_abandon_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInvoiceAbandonStatusError = rt::ServiceError;
/// An error reply of [`Api::update_invoice_account_period`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInvoiceAccountPeriodError = rt::ServiceError;
/// An error reply of [`Api::update_invoice_accounting_period_date`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInvoiceAccountingPeriodDateError = rt::ServiceError;
/// An error reply of [`Api::update_invoice_accounting_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInvoiceAccountingStatusError = rt::ServiceError;
/// An error reply of [`Api::update_invoice_and_receipt_related`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInvoiceAndReceiptRelatedError = rt::ServiceError;
/// An error reply of [`Api::update_invoice_ignore_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInvoiceIgnoreStatusError = rt::ServiceError;
/// An error reply of [`Api::update_invoice_verify_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInvoiceVerifyStatusError = rt::ServiceError;
/// An error reply of [`Api::update_invoice_voucher_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInvoiceVoucherStatusError = rt::ServiceError;
/// An error reply of [`Api::update_receipt`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateReceiptError = rt::ServiceError;
/// An error reply of [`Api::update_receipt_voucher_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateReceiptVoucherStatusError = rt::ServiceError;
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
        "AppendRolePermission" => {
            rt::conformance::reply(api.append_role_permission(&inputs.request(false)?))
                .await
        }
        "BatchAddInvoice" => {
            rt::conformance::reply(api.batch_add_invoice(&inputs.request(true)?)).await
        }
        "BatchCreateCustomer" => {
            rt::conformance::reply(api.batch_create_customer(&inputs.request(true)?))
                .await
        }
        "BeginConsume" => {
            rt::conformance::reply(api.begin_consume(&inputs.request(false)?)).await
        }
        "BindCompanyAccountantBook" => {
            rt::conformance::reply(
                    api.bind_company_accountant_book(&inputs.request(false)?),
                )
                .await
        }
        "CancelConsume" => {
            rt::conformance::reply(api.cancel_consume(&inputs.request(false)?)).await
        }
        "CheckVoucherStatus" => {
            rt::conformance::reply(api.check_voucher_status(&inputs.request(true)?))
                .await
        }
        "CommitConsume" => {
            rt::conformance::reply(api.commit_consume(&inputs.request(false)?)).await
        }
        "CreateCustomer" => {
            rt::conformance::reply(api.create_customer(&inputs.request(true)?)).await
        }
        "CreateReceipt" => {
            rt::conformance::reply(api.create_receipt(&inputs.request(true)?)).await
        }
        "DeleteReceipt" => {
            rt::conformance::reply(api.delete_receipt(&inputs.request(true)?)).await
        }
        "GetBookkeepingUserList" => {
            rt::conformance::reply(api.get_bookkeeping_user_list()).await
        }
        "GetCategory" => {
            rt::conformance::reply(api.get_category(&inputs.request(false)?)).await
        }
        "GetCustomer" => {
            rt::conformance::reply(api.get_customer(&inputs.request(false)?)).await
        }
        "GetFinanceAccount" => {
            rt::conformance::reply(api.get_finance_account(&inputs.request(false)?))
                .await
        }
        "GetFormTemplateInfo" => {
            rt::conformance::reply(api.get_form_template_info()).await
        }
        "GetInvoiceByPage" => {
            rt::conformance::reply(api.get_invoice_by_page(&inputs.request(false)?))
                .await
        }
        "GetIsNewVersion" => rt::conformance::reply(api.get_is_new_version()).await,
        "GetMultiCompanyInfoByCode" => {
            rt::conformance::reply(
                    api.get_multi_company_info_by_code(inputs.path(0usize)?),
                )
                .await
        }
        "GetProduct" => {
            rt::conformance::reply(api.get_product(&inputs.request(false)?)).await
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
        "GetYongYouOpenApiToken" => {
            rt::conformance::reply(
                    api.get_yong_you_open_api_token(&inputs.request(false)?),
                )
                .await
        }
        "GetYongYouOrgRelation" => {
            rt::conformance::reply(api.get_yong_you_org_relation()).await
        }
        "ProfessionBenefitConsume" => {
            rt::conformance::reply(
                    api.profession_benefit_consume(&inputs.request(true)?),
                )
                .await
        }
        "PushHistoricalReceipts" => {
            rt::conformance::reply(api.push_historical_receipts(&inputs.request(true)?))
                .await
        }
        "QueryBenefit" => {
            rt::conformance::reply(api.query_benefit(&inputs.request(false)?)).await
        }
        "QueryCategoryByPage" => {
            rt::conformance::reply(api.query_category_by_page(&inputs.request(false)?))
                .await
        }
        "QueryCompanyInvoiceRelationCount" => {
            rt::conformance::reply(
                    api.query_company_invoice_relation_count(&inputs.request(false)?),
                )
                .await
        }
        "QueryCustomerByPage" => {
            rt::conformance::reply(api.query_customer_by_page(&inputs.request(false)?))
                .await
        }
        "QueryCustomerInfo" => {
            rt::conformance::reply(api.query_customer_info(&inputs.request(false)?))
                .await
        }
        "QueryEnterpriseAccountByPage" => {
            rt::conformance::reply(
                    api.query_enterprise_account_by_page(&inputs.request(false)?),
                )
                .await
        }
        "QueryFinanceCompanyInfo" => {
            rt::conformance::reply(api.query_finance_company_info()).await
        }
        "QueryInvoiceRelationCount" => {
            rt::conformance::reply(api.query_invoice_relation_count()).await
        }
        "QueryMultiCompanyInfo" => {
            rt::conformance::reply(api.query_multi_company_info(&inputs.request(false)?))
                .await
        }
        "QueryPermissionByUserId" => {
            rt::conformance::reply(
                    api.query_permission_by_user_id(&inputs.request(false)?),
                )
                .await
        }
        "QueryPermissionRoleMember" => {
            rt::conformance::reply(
                    api.query_permission_role_member(&inputs.request(true)?),
                )
                .await
        }
        "QueryProductByPage" => {
            rt::conformance::reply(api.query_product_by_page(&inputs.request(false)?))
                .await
        }
        "QueryProjectByPage" => {
            rt::conformance::reply(api.query_project_by_page(&inputs.request(false)?))
                .await
        }
        "QueryReceiptDetailForInvoice" => {
            rt::conformance::reply(
                    api.query_receipt_detail_for_invoice(&inputs.request(false)?),
                )
                .await
        }
        "QueryReceiptForInvoice" => {
            rt::conformance::reply(api.query_receipt_for_invoice(&inputs.request(true)?))
                .await
        }
        "QueryReceiptsBaseInfo" => {
            rt::conformance::reply(api.query_receipts_base_info(&inputs.request(false)?))
                .await
        }
        "QueryReceiptsByPage" => {
            rt::conformance::reply(api.query_receipts_by_page(&inputs.request(false)?))
                .await
        }
        "QueryRoleMemberByPage" => {
            rt::conformance::reply(
                    api.query_role_member_by_page(&inputs.request(false)?),
                )
                .await
        }
        "QuerySupplierByPage" => {
            rt::conformance::reply(api.query_supplier_by_page(&inputs.request(false)?))
                .await
        }
        "QueryUserRoleList" => {
            rt::conformance::reply(api.query_user_role_list(&inputs.request(false)?))
                .await
        }
        "UnbindApplyReceiptAndInvoiceRelated" => {
            rt::conformance::reply(
                    api.unbind_apply_receipt_and_invoice_related(&inputs.request(true)?),
                )
                .await
        }
        "UpdateApplyReceiptAndInvoiceRelated" => {
            rt::conformance::reply(
                    api.update_apply_receipt_and_invoice_related(&inputs.request(true)?),
                )
                .await
        }
        "UpdateDigitalInvoiceOrgInfo" => {
            rt::conformance::reply(
                    api.update_digital_invoice_org_info(&inputs.request(true)?),
                )
                .await
        }
        "UpdateFinanceCompanyInfo" => {
            rt::conformance::reply(
                    api.update_finance_company_info(&inputs.request(false)?),
                )
                .await
        }
        "UpdateFinanceMultiCompanyInfo" => {
            rt::conformance::reply(
                    api.update_finance_multi_company_info(&inputs.request(false)?),
                )
                .await
        }
        "UpdateInvoiceAbandonStatus" => {
            rt::conformance::reply(
                    api.update_invoice_abandon_status(&inputs.request(true)?),
                )
                .await
        }
        "UpdateInvoiceAccountPeriod" => {
            rt::conformance::reply(
                    api.update_invoice_account_period(&inputs.request(true)?),
                )
                .await
        }
        "UpdateInvoiceAccountingPeriodDate" => {
            rt::conformance::reply(
                    api.update_invoice_accounting_period_date(&inputs.request(true)?),
                )
                .await
        }
        "UpdateInvoiceAccountingStatus" => {
            rt::conformance::reply(
                    api.update_invoice_accounting_status(&inputs.request(true)?),
                )
                .await
        }
        "UpdateInvoiceAndReceiptRelated" => {
            rt::conformance::reply(
                    api.update_invoice_and_receipt_related(&inputs.request(true)?),
                )
                .await
        }
        "UpdateInvoiceIgnoreStatus" => {
            rt::conformance::reply(
                    api.update_invoice_ignore_status(&inputs.request(false)?),
                )
                .await
        }
        "UpdateInvoiceVerifyStatus" => {
            rt::conformance::reply(
                    api.update_invoice_verify_status(&inputs.request(true)?),
                )
                .await
        }
        "UpdateInvoiceVoucherStatus" => {
            rt::conformance::reply(
                    api.update_invoice_voucher_status(&inputs.request(true)?),
                )
                .await
        }
        "UpdateReceipt" => {
            rt::conformance::reply(api.update_receipt(&inputs.request(true)?)).await
        }
        "UpdateReceiptVoucherStatus" => {
            rt::conformance::reply(
                    api.update_receipt_voucher_status(&inputs.request(true)?),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
