// @generated from api-spec/bizfinance_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.bizfinance_1_0()`. Generated from `api-spec/bizfinance_1_0.yaml`.
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
    /// `PUT /v1.0/bizfinance/roles/permissions` (operation `AppendRolePermission`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AppendRolePermissionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/invoices/batch` (operation `BatchAddInvoice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchAddInvoiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/auxiliaries/batch` (operation `BatchCreateCustomer`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchCreateCustomerError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/consumedBenefits/prepare` (operation `BeginConsume`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BeginConsumeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/companies/accountantBooks/bind` (operation `BindCompanyAccountantBook`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BindCompanyAccountantBookError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/consumedBenefits/cancel` (operation `CancelConsume`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CancelConsumeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/invoices/checkVoucherStatus/query` (operation `CheckVoucherStatus`).
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
            "/v1.0/bizfinance/invoices/checkVoucherStatus/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 确认核销智能财务的权益
    ///
    /// `POST /v1.0/bizfinance/consumedBenefits/commit` (operation `CommitConsume`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CommitConsumeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/auxiliaries/customers` (operation `CreateCustomer`).
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
            "/v1.0/bizfinance/auxiliaries/customers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建智能财务单据
    ///
    /// `POST /v1.0/bizfinance/receipts` (operation `CreateReceipt`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateReceiptError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/receipts/remove` (operation `DeleteReceipt`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`DeleteReceiptError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/bookkeeping/users` (operation `GetBookkeepingUserList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetBookkeepingUserListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/categories/get` (operation `GetCategory`).
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
            "/v1.0/bizfinance/categories/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取智能财务应用内维护的客户信息
    ///
    /// `GET /v1.0/bizfinance/customers/details` (operation `GetCustomer`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetCustomerError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/financeAccounts/get` (operation `GetFinanceAccount`).
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
            "/v1.0/bizfinance/financeAccounts/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取智能财务套件模版信息
    ///
    /// `GET /v1.0/bizfinance/formTemplates/infos` (operation `GetFormTemplateInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFormTemplateInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/invoices` (operation `GetInvoiceByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetInvoiceByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/accounts/uses` (operation `GetIsNewVersion`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetIsNewVersionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/multiCompanies/{company_code}` (operation `GetMultiCompanyInfoByCode`).
    ///
    /// # Path parameters
    ///
    /// - `company_code` (`company_code`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetMultiCompanyInfoByCodeError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/bizfinance/multiCompanies/{company_code}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[company_code], &())
    }
    /// 获取商品信息
    ///
    /// `GET /v1.0/bizfinance/products` (operation `GetProduct`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetProductError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/projects/get` (operation `GetProject`).
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
            "/v1.0/bizfinance/projects/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取智能财务单据详情
    ///
    /// `GET /v1.0/bizfinance/receipts/details` (operation `GetReceipt`).
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
            "/v1.0/bizfinance/receipts/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取智能财务应用内维护的供应商信息
    ///
    /// `GET /v1.0/bizfinance/suppliers/details` (operation `GetSupplier`).
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
            "/v1.0/bizfinance/suppliers/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用友开放平台接口鉴权信息
    ///
    /// `GET /v1.0/bizfinance/yongyou/token` (operation `GetYongYouOpenApiToken`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetYongYouOpenApiTokenError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/yongyou/relations` (operation `GetYongYouOrgRelation`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetYongYouOrgRelationError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/professions/benefits/consume` (operation `ProfessionBenefitConsume`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ProfessionBenefitConsumeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/budgets/historicalReceipts/push` (operation `PushHistoricalReceipts`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`PushHistoricalReceiptsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/benefits` (operation `QueryBenefit`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryBenefitError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/categories/list` (operation `QueryCategoryByPage`).
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
    /// `GET /v1.0/bizfinance/invoices/companyRelationReceipts/counts` (operation `QueryCompanyInvoiceRelationCount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCompanyInvoiceRelationCountError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/customers` (operation `QueryCustomerByPage`).
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
    /// `GET /v1.0/bizfinance/auxiliaries/customers` (operation `QueryCustomerInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCustomerInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/financeAccounts/list` (operation `QueryEnterpriseAccountByPage`).
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
    /// `GET /v1.0/bizfinance/companies` (operation `QueryFinanceCompanyInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryFinanceCompanyInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/invoices/relationReceipts/counts` (operation `QueryInvoiceRelationCount`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryInvoiceRelationCountError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/multiCompanies` (operation `QueryMultiCompanyInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryMultiCompanyInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/permissions` (operation `QueryPermissionByUserId`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPermissionByUserIdError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/roles/members/query` (operation `QueryPermissionRoleMember`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryPermissionRoleMemberError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/products/query` (operation `QueryProductByPage`).
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
            "/v1.0/bizfinance/products/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量获取项目信息
    ///
    /// `GET /v1.0/bizfinance/projects/list` (operation `QueryProjectByPage`).
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
    /// `GET /v1.0/bizfinance/invoices/receipts/details` (operation `QueryReceiptDetailForInvoice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryReceiptDetailForInvoiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/invoices/receipts/query` (operation `QueryReceiptForInvoice`).
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
            "/v1.0/bizfinance/invoices/receipts/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询智能财务的单据主数据基本信息
    ///
    /// `GET /v1.0/bizfinance/receipts/dataInfos` (operation `QueryReceiptsBaseInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryReceiptsBaseInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/receipts` (operation `QueryReceiptsByPage`).
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
            "/v1.0/bizfinance/receipts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询智能财务角色下的成员信息
    ///
    /// `GET /v1.0/bizfinance/roles/members` (operation `QueryRoleMemberByPage`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryRoleMemberByPageError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/bizfinance/suppliers` (operation `QuerySupplierByPage`).
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
            "/v1.0/bizfinance/suppliers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户角色
    ///
    /// `GET /v1.0/bizfinance/users/roles` (operation `QueryUserRoleList`).
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
            "/v1.0/bizfinance/users/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 解绑开票申请单关联的发票
    ///
    /// `POST /v1.0/bizfinance/invoices/unbind` (operation `UnbindApplyReceiptAndInvoiceRelated`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UnbindApplyReceiptAndInvoiceRelatedError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/bizfinance/invoices/applyReceipts/relate` (operation `UpdateApplyReceiptAndInvoiceRelated`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateApplyReceiptAndInvoiceRelatedError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/bizfinance/invoices/organizationInfos` (operation `UpdateDigitalInvoiceOrgInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateDigitalInvoiceOrgInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/bizfinance/companies` (operation `UpdateFinanceCompanyInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateFinanceCompanyInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/bizfinance/multiCompanies` (operation `UpdateFinanceMultiCompanyInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateFinanceMultiCompanyInfoError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/bizfinance/invoices/abandonStatus` (operation `UpdateInvoiceAbandonStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInvoiceAbandonStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/bizfinance/invoices/accountPeriods` (operation `UpdateInvoiceAccountPeriod`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInvoiceAccountPeriodError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/bizfinance/invoices/accounts/periodDates` (operation `UpdateInvoiceAccountingPeriodDate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInvoiceAccountingPeriodDateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/bizfinance/invoices/accounts/statuses` (operation `UpdateInvoiceAccountingStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInvoiceAccountingStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/bizfinance/invoices/approvalReceipts` (operation `UpdateInvoiceAndReceiptRelated`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInvoiceAndReceiptRelatedError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/bizfinance/invoices/ignoreStatus` (operation `UpdateInvoiceIgnoreStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInvoiceIgnoreStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/bizfinance/invoices/verifyStatus` (operation `UpdateInvoiceVerifyStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInvoiceVerifyStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/bizfinance/invoices/vouchers/states` (operation `UpdateInvoiceVoucherStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInvoiceVoucherStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/bizfinance/receipts` (operation `UpdateReceipt`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateReceiptError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/bizfinance/vouchers/recepits` (operation `UpdateReceiptVoucherStatus`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateReceiptVoucherStatusError`]; see [`Error`](::generated_client::Error) for the rest.
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
impl rt::serde::Serialize for AppendRolePermissionRequestRolePermissionItemList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("permissionList", &self.permission_list)?;
        object.optional("roleCode", &self.role_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for AppendRolePermissionRequestRolePermissionItemList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AppendRolePermissionRequestRolePermissionItemList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "permissionList" => rt::read_field(map, &mut self.permission_list),
            "roleCode" => rt::read_field(map, &mut self.role_code),
            _ => Ok(false),
        }
    }
}
/// `AppendRolePermissionResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AppendRolePermissionResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for AppendRolePermissionResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AppendRolePermissionResponseBody {
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
impl rt::serde::Serialize for AppendRolePermissionResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize for BatchAddInvoiceRequestGeneralInvoiceVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountPeriod", &self.account_period)?;
        object.optional("amount", &self.amount)?;
        object.optional("amountWithTax", &self.amount_with_tax)?;
        object.optional("aviationTaxRate", &self.aviation_tax_rate)?;
        object.optional("caacDevelopmentFund", &self.caac_development_fund)?;
        object.optional("certificationDate", &self.certification_date)?;
        object.optional("certificationPeriod", &self.certification_period)?;
        object.optional("checkCode", &self.check_code)?;
        object.optional("checkTime", &self.check_time)?;
        object.optional("domesticOrIntl", &self.domestic_or_intl)?;
        object.optional("drawerName", &self.drawer_name)?;
        object.optional("drewDate", &self.drew_date)?;
        object
            .optional(
                "eFlightItineraryDetailVOList",
                &self.e_flight_itinerary_detail_vo_list,
            )?;
        object.optional("eTicketNo", &self.e_ticket_no)?;
        object
            .optional("eTrainTicketDetailVOList", &self.e_train_ticket_detail_vo_list)?;
        object.optional("electronicUrl", &self.electronic_url)?;
        object.optional("fare", &self.fare)?;
        object.optional("fileId", &self.file_id)?;
        object.optional("financeType", &self.finance_type)?;
        object.optional("fuelSurcharge", &self.fuel_surcharge)?;
        object.optional("fundType", &self.fund_type)?;
        object
            .optional(
                "generalInvoiceDetailVOList",
                &self.general_invoice_detail_vo_list,
            )?;
        object.optional("gpNo", &self.gp_no)?;
        object.optional("imageUrl", &self.image_url)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.optional("invoiceStatus", &self.invoice_status)?;
        object.optional("invoiceType", &self.invoice_type)?;
        object.optional("machineCode", &self.machine_code)?;
        object.optional("ofdUrl", &self.ofd_url)?;
        object.optional("oilFlag", &self.oil_flag)?;
        object.optional("passenger", &self.passenger)?;
        object.optional("passengerUserId", &self.passenger_user_id)?;
        object.optional("payee", &self.payee)?;
        object.optional("pdfUrl", &self.pdf_url)?;
        object.optional("processInstCode", &self.process_inst_code)?;
        object.optional("processInstType", &self.process_inst_type)?;
        object.optional("purchaserAddress", &self.purchaser_address)?;
        object.optional("purchaserBankAccount", &self.purchaser_bank_account)?;
        object.optional("purchaserBankNameAccount", &self.purchaser_bank_name_account)?;
        object.optional("purchaserName", &self.purchaser_name)?;
        object.optional("purchaserTaxNo", &self.purchaser_tax_no)?;
        object.optional("purchaserTel", &self.purchaser_tel)?;
        object.optional("receiverEmail", &self.receiver_email)?;
        object.optional("receiverName", &self.receiver_name)?;
        object.optional("receiverTel", &self.receiver_tel)?;
        object.optional("remark", &self.remark)?;
        object.optional("reviewer", &self.reviewer)?;
        object
            .optional(
                "secondHandCarInvoiceDetailList",
                &self.second_hand_car_invoice_detail_list,
            )?;
        object.optional("sellerAddress", &self.seller_address)?;
        object.optional("sellerBankAccount", &self.seller_bank_account)?;
        object.optional("sellerBankNameAccount", &self.seller_bank_name_account)?;
        object.optional("sellerName", &self.seller_name)?;
        object.optional("sellerTaxNo", &self.seller_tax_no)?;
        object.optional("sellerTel", &self.seller_tel)?;
        object.optional("spaceId", &self.space_id)?;
        object.optional("supplySign", &self.supply_sign)?;
        object.optional("taxAmount", &self.tax_amount)?;
        object
            .optional(
                "usedVehicleSaleDetailVOList",
                &self.used_vehicle_sale_detail_vo_list,
            )?;
        object.optional("vehicleSaleDetailVOList", &self.vehicle_sale_detail_vo_list)?;
        object.optional("verifyStatus", &self.verify_status)?;
        object.optional("voucherCode", &self.voucher_code)?;
        object.optional("voucherStatus", &self.voucher_status)?;
        object.optional("xmlUrl", &self.xml_url)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchAddInvoiceRequestGeneralInvoiceVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddInvoiceRequestGeneralInvoiceVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountPeriod" => rt::read_field(map, &mut self.account_period),
            "amount" => rt::read_field(map, &mut self.amount),
            "amountWithTax" => rt::read_field(map, &mut self.amount_with_tax),
            "aviationTaxRate" => rt::read_field(map, &mut self.aviation_tax_rate),
            "caacDevelopmentFund" => rt::read_field(map, &mut self.caac_development_fund),
            "certificationDate" => rt::read_field(map, &mut self.certification_date),
            "certificationPeriod" => rt::read_field(map, &mut self.certification_period),
            "checkCode" => rt::read_field(map, &mut self.check_code),
            "checkTime" => rt::read_field(map, &mut self.check_time),
            "domesticOrIntl" => rt::read_field(map, &mut self.domestic_or_intl),
            "drawerName" => rt::read_field(map, &mut self.drawer_name),
            "drewDate" => rt::read_field(map, &mut self.drew_date),
            "eFlightItineraryDetailVOList" => {
                rt::read_field(map, &mut self.e_flight_itinerary_detail_vo_list)
            }
            "eTicketNo" => rt::read_field(map, &mut self.e_ticket_no),
            "eTrainTicketDetailVOList" => {
                rt::read_field(map, &mut self.e_train_ticket_detail_vo_list)
            }
            "electronicUrl" => rt::read_field(map, &mut self.electronic_url),
            "fare" => rt::read_field(map, &mut self.fare),
            "fileId" => rt::read_field(map, &mut self.file_id),
            "financeType" => rt::read_field(map, &mut self.finance_type),
            "fuelSurcharge" => rt::read_field(map, &mut self.fuel_surcharge),
            "fundType" => rt::read_field(map, &mut self.fund_type),
            "generalInvoiceDetailVOList" => {
                rt::read_field(map, &mut self.general_invoice_detail_vo_list)
            }
            "gpNo" => rt::read_field(map, &mut self.gp_no),
            "imageUrl" => rt::read_field(map, &mut self.image_url),
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            "invoiceStatus" => rt::read_field(map, &mut self.invoice_status),
            "invoiceType" => rt::read_field(map, &mut self.invoice_type),
            "machineCode" => rt::read_field(map, &mut self.machine_code),
            "ofdUrl" => rt::read_field(map, &mut self.ofd_url),
            "oilFlag" => rt::read_field(map, &mut self.oil_flag),
            "passenger" => rt::read_field(map, &mut self.passenger),
            "passengerUserId" => rt::read_field(map, &mut self.passenger_user_id),
            "payee" => rt::read_field(map, &mut self.payee),
            "pdfUrl" => rt::read_field(map, &mut self.pdf_url),
            "processInstCode" => rt::read_field(map, &mut self.process_inst_code),
            "processInstType" => rt::read_field(map, &mut self.process_inst_type),
            "purchaserAddress" => rt::read_field(map, &mut self.purchaser_address),
            "purchaserBankAccount" => {
                rt::read_field(map, &mut self.purchaser_bank_account)
            }
            "purchaserBankNameAccount" => {
                rt::read_field(map, &mut self.purchaser_bank_name_account)
            }
            "purchaserName" => rt::read_field(map, &mut self.purchaser_name),
            "purchaserTaxNo" => rt::read_field(map, &mut self.purchaser_tax_no),
            "purchaserTel" => rt::read_field(map, &mut self.purchaser_tel),
            "receiverEmail" => rt::read_field(map, &mut self.receiver_email),
            "receiverName" => rt::read_field(map, &mut self.receiver_name),
            "receiverTel" => rt::read_field(map, &mut self.receiver_tel),
            "remark" => rt::read_field(map, &mut self.remark),
            "reviewer" => rt::read_field(map, &mut self.reviewer),
            "secondHandCarInvoiceDetailList" => {
                rt::read_field(map, &mut self.second_hand_car_invoice_detail_list)
            }
            "sellerAddress" => rt::read_field(map, &mut self.seller_address),
            "sellerBankAccount" => rt::read_field(map, &mut self.seller_bank_account),
            "sellerBankNameAccount" => {
                rt::read_field(map, &mut self.seller_bank_name_account)
            }
            "sellerName" => rt::read_field(map, &mut self.seller_name),
            "sellerTaxNo" => rt::read_field(map, &mut self.seller_tax_no),
            "sellerTel" => rt::read_field(map, &mut self.seller_tel),
            "spaceId" => rt::read_field(map, &mut self.space_id),
            "supplySign" => rt::read_field(map, &mut self.supply_sign),
            "taxAmount" => rt::read_field(map, &mut self.tax_amount),
            "usedVehicleSaleDetailVOList" => {
                rt::read_field(map, &mut self.used_vehicle_sale_detail_vo_list)
            }
            "vehicleSaleDetailVOList" => {
                rt::read_field(map, &mut self.vehicle_sale_detail_vo_list)
            }
            "verifyStatus" => rt::read_field(map, &mut self.verify_status),
            "voucherCode" => rt::read_field(map, &mut self.voucher_code),
            "voucherStatus" => rt::read_field(map, &mut self.voucher_status),
            "xmlUrl" => rt::read_field(map, &mut self.xml_url),
            _ => Ok(false),
        }
    }
}
/// `BatchAddInvoiceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddInvoiceResponseBody {
    /// `errorResult`.
    pub error_result: Option<Vec<BatchAddInvoiceResponseBodyErrorResult>>,
    /// `successResult`.
    pub success_result: Option<Vec<BatchAddInvoiceResponseBodySuccessResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchAddInvoiceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchAddInvoiceResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorResult" => rt::read_field(map, &mut self.error_result),
            "successResult" => rt::read_field(map, &mut self.success_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchAddInvoiceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorResult", &self.error_result)?;
        object.optional("successResult", &self.success_result)?;
        object.end()
    }
}
/// `BatchCreateCustomerRequestCreateCustomerRequestList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchCreateCustomerRequestCreateCustomerRequestList {
    /// A `BatchCreateCustomerRequestCreateCustomerRequestList` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            description: None,
            drawer_email: None,
            drawer_telephone: None,
            name: name.into(),
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
impl rt::serde::Serialize for BatchCreateCustomerRequestCreateCustomerRequestList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("description", &self.description)?;
        object.optional("drawerEmail", &self.drawer_email)?;
        object.optional("drawerTelephone", &self.drawer_telephone)?;
        object.field("name", &self.name)?;
        object.optional("purchaserAccount", &self.purchaser_account)?;
        object.optional("purchaserAddress", &self.purchaser_address)?;
        object.optional("purchaserBankName", &self.purchaser_bank_name)?;
        object.optional("purchaserName", &self.purchaser_name)?;
        object.optional("purchaserTaxNo", &self.purchaser_tax_no)?;
        object.optional("purchaserTel", &self.purchaser_tel)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchCreateCustomerRequestCreateCustomerRequestList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchCreateCustomerRequestCreateCustomerRequestList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "drawerEmail" => rt::read_field(map, &mut self.drawer_email),
            "drawerTelephone" => rt::read_field(map, &mut self.drawer_telephone),
            "name" => rt::read_field(map, &mut self.name),
            "purchaserAccount" => rt::read_field(map, &mut self.purchaser_account),
            "purchaserAddress" => rt::read_field(map, &mut self.purchaser_address),
            "purchaserBankName" => rt::read_field(map, &mut self.purchaser_bank_name),
            "purchaserName" => rt::read_field(map, &mut self.purchaser_name),
            "purchaserTaxNo" => rt::read_field(map, &mut self.purchaser_tax_no),
            "purchaserTel" => rt::read_field(map, &mut self.purchaser_tel),
            _ => Ok(false),
        }
    }
}
/// `BatchCreateCustomerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchCreateCustomerResponseBody {
    /// `errorResult`.
    pub error_result: Option<Vec<BatchCreateCustomerResponseBodyErrorResult>>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchCreateCustomerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchCreateCustomerResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorResult" => rt::read_field(map, &mut self.error_result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchCreateCustomerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorResult", &self.error_result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BeginConsumeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BeginConsumeResponseBody {
    /// `result`.
    pub result: Option<BeginConsumeResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for BeginConsumeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BeginConsumeResponseBody {
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
impl rt::serde::Serialize for BeginConsumeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `BindCompanyAccountantBookResponseBody`: the same model as [`AppendRolePermissionResponseBody`].
pub type BindCompanyAccountantBookResponseBody = AppendRolePermissionResponseBody;
/// `CancelConsumeResponseBody`: the same model as [`BeginConsumeResponseBody`].
pub type CancelConsumeResponseBody = BeginConsumeResponseBody;
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
/// `CommitConsumeResponseBody`: the same model as [`BeginConsumeResponseBody`].
pub type CommitConsumeResponseBody = BeginConsumeResponseBody;
/// `CreateCustomerResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateCustomerResponseBody {
    /// `customerCode`.
    pub customer_code: Option<String>,
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
            "customerCode" => rt::read_field(map, &mut self.customer_code),
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
        object.optional("customerCode", &self.customer_code)?;
        object.end()
    }
}
/// `CreateReceiptRequestReceipts`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateReceiptRequestReceipts {
    /// A `CreateReceiptRequestReceipts` with its required fields (`amount`, `categoryCode`, `code`, `createUserId`, `receiptType`); set the others with the methods named after them.
    pub fn new(
        amount: impl Into<String>,
        category_code: impl Into<String>,
        code: impl Into<String>,
        create_user_id: impl Into<String>,
        receipt_type: i64,
    ) -> Self {
        Self {
            amount: amount.into(),
            category_code: category_code.into(),
            code: code.into(),
            create_time: None,
            create_user_id: create_user_id.into(),
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
impl rt::serde::Serialize for CreateReceiptRequestReceipts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("amount", &self.amount)?;
        object.field("categoryCode", &self.category_code)?;
        object.field("code", &self.code)?;
        object.optional("createTime", &self.create_time)?;
        object.field("createUserId", &self.create_user_id)?;
        object.optional("customerCode", &self.customer_code)?;
        object.optional("enterpriseAcountCode", &self.enterprise_acount_code)?;
        object.optional("occurDate", &self.occur_date)?;
        object.optional("principalId", &self.principal_id)?;
        object.optional("projectCode", &self.project_code)?;
        object.field("receiptType", &self.receipt_type)?;
        object.optional("remark", &self.remark)?;
        object.optional("supplierCode", &self.supplier_code)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateReceiptRequestReceipts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateReceiptRequestReceipts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "categoryCode" => rt::read_field(map, &mut self.category_code),
            "code" => rt::read_field(map, &mut self.code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "createUserId" => rt::read_field(map, &mut self.create_user_id),
            "customerCode" => rt::read_field(map, &mut self.customer_code),
            "enterpriseAcountCode" => {
                rt::read_field(map, &mut self.enterprise_acount_code)
            }
            "occurDate" => rt::read_field(map, &mut self.occur_date),
            "principalId" => rt::read_field(map, &mut self.principal_id),
            "projectCode" => rt::read_field(map, &mut self.project_code),
            "receiptType" => rt::read_field(map, &mut self.receipt_type),
            "remark" => rt::read_field(map, &mut self.remark),
            "supplierCode" => rt::read_field(map, &mut self.supplier_code),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
/// `CreateReceiptResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateReceiptResponseBody {
    /// `results`.
    pub results: Option<Vec<CreateReceiptResponseBodyResults>>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateReceiptResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateReceiptResponseBody {
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
impl rt::serde::Serialize for CreateReceiptResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("results", &self.results)?;
        object.end()
    }
}
/// `DeleteReceiptRequestReceipts`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteReceiptRequestReceipts {
    /// `code`.
    pub code: String,
    /// `deleteUserId`.
    pub delete_user_id: String,
    /// `receiptType`.
    pub receipt_type: i64,
}
impl DeleteReceiptRequestReceipts {
    /// A `DeleteReceiptRequestReceipts` with its required fields (`code`, `deleteUserId`, `receiptType`); set the others with the methods named after them.
    pub fn new(
        code: impl Into<String>,
        delete_user_id: impl Into<String>,
        receipt_type: i64,
    ) -> Self {
        Self {
            code: code.into(),
            delete_user_id: delete_user_id.into(),
            receipt_type,
        }
    }
}
impl rt::serde::Serialize for DeleteReceiptRequestReceipts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("code", &self.code)?;
        object.field("deleteUserId", &self.delete_user_id)?;
        object.field("receiptType", &self.receipt_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteReceiptRequestReceipts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteReceiptRequestReceipts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "deleteUserId" => rt::read_field(map, &mut self.delete_user_id),
            "receiptType" => rt::read_field(map, &mut self.receipt_type),
            _ => Ok(false),
        }
    }
}
/// `DeleteReceiptResponseBody`: the same model as [`CreateReceiptResponseBody`].
pub type DeleteReceiptResponseBody = CreateReceiptResponseBody;
/// `GetBookkeepingUserListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetBookkeepingUserListResponseBody {
    /// `result`.
    pub result: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetBookkeepingUserListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetBookkeepingUserListResponseBody {
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
impl rt::serde::Serialize for GetBookkeepingUserListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
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
/// `GetCustomerResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetCustomerResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetCustomerResponseBody {
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
            "description" => rt::read_field(map, &mut self.description),
            "name" => rt::read_field(map, &mut self.name),
            "status" => rt::read_field(map, &mut self.status),
            "userDefineCode" => rt::read_field(map, &mut self.user_define_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetCustomerResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountantBookIdList", &self.accountant_book_id_list)?;
        object.optional("code", &self.code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("description", &self.description)?;
        object.optional("name", &self.name)?;
        object.optional("status", &self.status)?;
        object.optional("userDefineCode", &self.user_define_code)?;
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
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
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
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
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
        object.optional("companyCode", &self.company_code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.end()
    }
}
/// `GetFormTemplateInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetFormTemplateInfoResponseBody {
    /// `receiptFormTemplateInfoList`.
    pub receipt_form_template_info_list: Option<
        Vec<GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de> for GetFormTemplateInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormTemplateInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "receiptFormTemplateInfoList" => {
                rt::read_field(map, &mut self.receipt_form_template_info_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFormTemplateInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "receiptFormTemplateInfoList",
                &self.receipt_form_template_info_list,
            )?;
        object.end()
    }
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
impl rt::serde::Serialize for GetInvoiceByPageRequestRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountantBookId", &self.accountant_book_id)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("financeType", &self.finance_type)?;
        object.optional("pageNumber", &self.page_number)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("taxNo", &self.tax_no)?;
        object.optional("verifyStatus", &self.verify_status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetInvoiceByPageRequestRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetInvoiceByPageRequestRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountantBookId" => rt::read_field(map, &mut self.accountant_book_id),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "financeType" => rt::read_field(map, &mut self.finance_type),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "taxNo" => rt::read_field(map, &mut self.tax_no),
            "verifyStatus" => rt::read_field(map, &mut self.verify_status),
            _ => Ok(false),
        }
    }
}
/// `GetInvoiceByPageResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetInvoiceByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInvoiceByPageResponseBody {
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
impl rt::serde::Serialize for GetInvoiceByPageResponseBody {
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
/// `GetIsNewVersionResponseBody`: the same model as [`CheckVoucherStatusResponseBody`].
pub type GetIsNewVersionResponseBody = CheckVoucherStatusResponseBody;
/// `GetMultiCompanyInfoByCodeResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetMultiCompanyInfoByCodeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMultiCompanyInfoByCodeResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountantEnableDate" => {
                rt::read_field(map, &mut self.accountant_enable_date)
            }
            "accountingStandard" => rt::read_field(map, &mut self.accounting_standard),
            "advancedSettingList" => rt::read_field(map, &mut self.advanced_setting_list),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "companyName" => rt::read_field(map, &mut self.company_name),
            "remark" => rt::read_field(map, &mut self.remark),
            "status" => rt::read_field(map, &mut self.status),
            "taxNature" => rt::read_field(map, &mut self.tax_nature),
            "taxNo" => rt::read_field(map, &mut self.tax_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMultiCompanyInfoByCodeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountantEnableDate", &self.accountant_enable_date)?;
        object.optional("accountingStandard", &self.accounting_standard)?;
        object.optional("advancedSettingList", &self.advanced_setting_list)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("companyName", &self.company_name)?;
        object.optional("remark", &self.remark)?;
        object.optional("status", &self.status)?;
        object.optional("taxNature", &self.tax_nature)?;
        object.optional("taxNo", &self.tax_no)?;
        object.end()
    }
}
/// `GetProductResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetProductResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetProductResponseBody {
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
impl rt::serde::Serialize for GetProductResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountantBookIdList", &self.accountant_book_id_list)?;
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
/// `GetSupplierResponseBody`: the same model as [`GetCustomerResponseBody`].
pub type GetSupplierResponseBody = GetCustomerResponseBody;
/// `GetYongYouOpenApiTokenResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetYongYouOpenApiTokenResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetYongYouOpenApiTokenResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accessToken" => rt::read_field(map, &mut self.access_token),
            "appName" => rt::read_field(map, &mut self.app_name),
            "expiresIn" => rt::read_field(map, &mut self.expires_in),
            "refreshExpiresIn" => rt::read_field(map, &mut self.refresh_expires_in),
            "refreshToken" => rt::read_field(map, &mut self.refresh_token),
            "scope" => rt::read_field(map, &mut self.scope),
            "sid" => rt::read_field(map, &mut self.sid),
            "yongyouOrgId" => rt::read_field(map, &mut self.yongyou_org_id),
            "yongyouUserId" => rt::read_field(map, &mut self.yongyou_user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetYongYouOpenApiTokenResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accessToken", &self.access_token)?;
        object.optional("appName", &self.app_name)?;
        object.optional("expiresIn", &self.expires_in)?;
        object.optional("refreshExpiresIn", &self.refresh_expires_in)?;
        object.optional("refreshToken", &self.refresh_token)?;
        object.optional("scope", &self.scope)?;
        object.optional("sid", &self.sid)?;
        object.optional("yongyouOrgId", &self.yongyou_org_id)?;
        object.optional("yongyouUserId", &self.yongyou_user_id)?;
        object.end()
    }
}
/// `GetYongYouOrgRelationResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetYongYouOrgRelationResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetYongYouOrgRelationResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "chanjetCorpId" => rt::read_field(map, &mut self.chanjet_corp_id),
            "chanjetUserId" => rt::read_field(map, &mut self.chanjet_user_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetYongYouOrgRelationResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("chanjetCorpId", &self.chanjet_corp_id)?;
        object.optional("chanjetUserId", &self.chanjet_user_id)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `ProfessionBenefitConsumeResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ProfessionBenefitConsumeResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ProfessionBenefitConsumeResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ProfessionBenefitConsumeResponseBody {
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
impl rt::serde::Serialize for ProfessionBenefitConsumeResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `PushHistoricalReceiptsResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct PushHistoricalReceiptsResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for PushHistoricalReceiptsResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for PushHistoricalReceiptsResponseBody {
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
impl rt::serde::Serialize for PushHistoricalReceiptsResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("taskId", &self.task_id)?;
        object.end()
    }
}
/// `QueryBenefitResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBenefitResponseBody {
    /// `result`.
    pub result: Option<QueryBenefitResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBenefitResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBenefitResponseBody {
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
impl rt::serde::Serialize for QueryBenefitResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
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
/// `QueryCompanyInvoiceRelationCountResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCompanyInvoiceRelationCountResponseBody {
    /// `relationCountMap`.
    pub relation_count_map: Option<rt::BTreeMap<String, i64>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCompanyInvoiceRelationCountResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCompanyInvoiceRelationCountResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "relationCountMap" => rt::read_field(map, &mut self.relation_count_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCompanyInvoiceRelationCountResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("relationCountMap", &self.relation_count_map)?;
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
/// `QueryCustomerInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCustomerInfoResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<QueryCustomerInfoResponseBodyList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCustomerInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCustomerInfoResponseBody {
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
impl rt::serde::Serialize for QueryCustomerInfoResponseBody {
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
/// `QueryFinanceCompanyInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryFinanceCompanyInfoResponseBody {
    /// `companyName`.
    pub company_name: Option<String>,
    /// `taxNature`.
    pub tax_nature: Option<String>,
    /// `taxNo`.
    pub tax_no: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryFinanceCompanyInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryFinanceCompanyInfoResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyName" => rt::read_field(map, &mut self.company_name),
            "taxNature" => rt::read_field(map, &mut self.tax_nature),
            "taxNo" => rt::read_field(map, &mut self.tax_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryFinanceCompanyInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyName", &self.company_name)?;
        object.optional("taxNature", &self.tax_nature)?;
        object.optional("taxNo", &self.tax_no)?;
        object.end()
    }
}
/// `QueryInvoiceRelationCountResponseBody`: the same model as [`QueryCompanyInvoiceRelationCountResponseBody`].
pub type QueryInvoiceRelationCountResponseBody = QueryCompanyInvoiceRelationCountResponseBody;
/// `QueryMultiCompanyInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryMultiCompanyInfoResponseBody {
    /// `list`.
    pub list: Option<Vec<QueryMultiCompanyInfoResponseBodyList>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryMultiCompanyInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMultiCompanyInfoResponseBody {
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
impl rt::serde::Serialize for QueryMultiCompanyInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("list", &self.list)?;
        object.end()
    }
}
/// `QueryPermissionByUserIdResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryPermissionByUserIdResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPermissionByUserIdResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "permissionDTOList" => rt::read_field(map, &mut self.permission_dto_list),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPermissionByUserIdResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("permissionDTOList", &self.permission_dto_list)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryPermissionRoleMemberResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPermissionRoleMemberResponseBody {
    /// `roleMemberMap`.
    pub role_member_map: Option<rt::BTreeMap<String, RoleMemberMapValue>>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryPermissionRoleMemberResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPermissionRoleMemberResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleMemberMap" => rt::read_field(map, &mut self.role_member_map),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPermissionRoleMemberResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleMemberMap", &self.role_member_map)?;
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
/// `QueryReceiptDetailForInvoiceResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryReceiptDetailForInvoiceResponseBody {
    /// `result`.
    pub result: Option<QueryReceiptDetailForInvoiceResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryReceiptDetailForInvoiceResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReceiptDetailForInvoiceResponseBody {
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
impl rt::serde::Serialize for QueryReceiptDetailForInvoiceResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
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
/// `QueryReceiptsBaseInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryReceiptsBaseInfoResponseBody {
    /// `hasMore`.
    pub has_more: Option<String>,
    /// `list`.
    pub list: Option<Vec<QueryReceiptsBaseInfoResponseBodyList>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryReceiptsBaseInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReceiptsBaseInfoResponseBody {
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
impl rt::serde::Serialize for QueryReceiptsBaseInfoResponseBody {
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
/// `QueryRoleMemberByPageResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryRoleMemberByPageResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRoleMemberByPageResponseBody {
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
impl rt::serde::Serialize for QueryRoleMemberByPageResponseBody {
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
/// `QuerySupplierByPageResponseBody`: the same model as [`QueryCustomerByPageResponseBody`].
pub type QuerySupplierByPageResponseBody = QueryCustomerByPageResponseBody;
/// `QueryUserRoleListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserRoleListResponseBody {
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
        object.optional("financeEmpDeptOpenList", &self.finance_emp_dept_open_list)?;
        object.optional("roleVOList", &self.role_vo_list)?;
        object.end()
    }
}
/// `UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList`.
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
impl rt::serde::Serialize
for UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList {
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
for UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UnbindApplyReceiptAndInvoiceRelatedRequestInvoiceKeyVOList {
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
/// `UnbindApplyReceiptAndInvoiceRelatedResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for UnbindApplyReceiptAndInvoiceRelatedResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UnbindApplyReceiptAndInvoiceRelatedResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "batchUpdateInvoiceResponse" => {
                rt::read_field(map, &mut self.batch_update_invoice_response)
            }
            "errorInvoiceKeyVOList" => {
                rt::read_field(map, &mut self.error_invoice_key_vo_list)
            }
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UnbindApplyReceiptAndInvoiceRelatedResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional(
                "batchUpdateInvoiceResponse",
                &self.batch_update_invoice_response,
            )?;
        object.optional("errorInvoiceKeyVOList", &self.error_invoice_key_vo_list)?;
        object.optional("success", &self.success)?;
        object.end()
    }
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
impl rt::serde::Serialize
for UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountPeriod", &self.account_period)?;
        object.optional("amount", &self.amount)?;
        object.optional("amountWithTax", &self.amount_with_tax)?;
        object.optional("checkCode", &self.check_code)?;
        object.optional("checkTime", &self.check_time)?;
        object.optional("drawerName", &self.drawer_name)?;
        object.optional("drewDate", &self.drew_date)?;
        object.optional("electronicUrl", &self.electronic_url)?;
        object.optional("financeType", &self.finance_type)?;
        object.optional("fundType", &self.fund_type)?;
        object
            .optional(
                "generalInvoiceDetailVOList",
                &self.general_invoice_detail_vo_list,
            )?;
        object.optional("imageUrl", &self.image_url)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.optional("invoiceStatus", &self.invoice_status)?;
        object.optional("invoiceType", &self.invoice_type)?;
        object.optional("machineCode", &self.machine_code)?;
        object.optional("oilFlag", &self.oil_flag)?;
        object.optional("payee", &self.payee)?;
        object.optional("processInstCode", &self.process_inst_code)?;
        object.optional("processInstType", &self.process_inst_type)?;
        object.optional("purchaserAddress", &self.purchaser_address)?;
        object.optional("purchaserBankAccount", &self.purchaser_bank_account)?;
        object.optional("purchaserBankNameAccount", &self.purchaser_bank_name_account)?;
        object.optional("purchaserName", &self.purchaser_name)?;
        object.optional("purchaserTaxNo", &self.purchaser_tax_no)?;
        object.optional("purchaserTel", &self.purchaser_tel)?;
        object.optional("receiverEmail", &self.receiver_email)?;
        object.optional("receiverName", &self.receiver_name)?;
        object.optional("receiverTel", &self.receiver_tel)?;
        object.optional("remark", &self.remark)?;
        object
            .optional(
                "secondHandCarInvoiceDetailList",
                &self.second_hand_car_invoice_detail_list,
            )?;
        object.optional("sellerAddress", &self.seller_address)?;
        object.optional("sellerBankAccount", &self.seller_bank_account)?;
        object.optional("sellerBankNameAccount", &self.seller_bank_name_account)?;
        object.optional("sellerName", &self.seller_name)?;
        object.optional("sellerTaxNo", &self.seller_tax_no)?;
        object.optional("sellerTel", &self.seller_tel)?;
        object.optional("supplySign", &self.supply_sign)?;
        object.optional("taxAmount", &self.tax_amount)?;
        object
            .optional(
                "usedVehicleSaleDetailVOList",
                &self.used_vehicle_sale_detail_vo_list,
            )?;
        object.optional("vehicleSaleDetailVOList", &self.vehicle_sale_detail_vo_list)?;
        object.optional("verifyStatus", &self.verify_status)?;
        object.optional("voucherCode", &self.voucher_code)?;
        object.optional("voucherStatus", &self.voucher_status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateApplyReceiptAndInvoiceRelatedRequestGeneralInvoiceVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountPeriod" => rt::read_field(map, &mut self.account_period),
            "amount" => rt::read_field(map, &mut self.amount),
            "amountWithTax" => rt::read_field(map, &mut self.amount_with_tax),
            "checkCode" => rt::read_field(map, &mut self.check_code),
            "checkTime" => rt::read_field(map, &mut self.check_time),
            "drawerName" => rt::read_field(map, &mut self.drawer_name),
            "drewDate" => rt::read_field(map, &mut self.drew_date),
            "electronicUrl" => rt::read_field(map, &mut self.electronic_url),
            "financeType" => rt::read_field(map, &mut self.finance_type),
            "fundType" => rt::read_field(map, &mut self.fund_type),
            "generalInvoiceDetailVOList" => {
                rt::read_field(map, &mut self.general_invoice_detail_vo_list)
            }
            "imageUrl" => rt::read_field(map, &mut self.image_url),
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            "invoiceStatus" => rt::read_field(map, &mut self.invoice_status),
            "invoiceType" => rt::read_field(map, &mut self.invoice_type),
            "machineCode" => rt::read_field(map, &mut self.machine_code),
            "oilFlag" => rt::read_field(map, &mut self.oil_flag),
            "payee" => rt::read_field(map, &mut self.payee),
            "processInstCode" => rt::read_field(map, &mut self.process_inst_code),
            "processInstType" => rt::read_field(map, &mut self.process_inst_type),
            "purchaserAddress" => rt::read_field(map, &mut self.purchaser_address),
            "purchaserBankAccount" => {
                rt::read_field(map, &mut self.purchaser_bank_account)
            }
            "purchaserBankNameAccount" => {
                rt::read_field(map, &mut self.purchaser_bank_name_account)
            }
            "purchaserName" => rt::read_field(map, &mut self.purchaser_name),
            "purchaserTaxNo" => rt::read_field(map, &mut self.purchaser_tax_no),
            "purchaserTel" => rt::read_field(map, &mut self.purchaser_tel),
            "receiverEmail" => rt::read_field(map, &mut self.receiver_email),
            "receiverName" => rt::read_field(map, &mut self.receiver_name),
            "receiverTel" => rt::read_field(map, &mut self.receiver_tel),
            "remark" => rt::read_field(map, &mut self.remark),
            "secondHandCarInvoiceDetailList" => {
                rt::read_field(map, &mut self.second_hand_car_invoice_detail_list)
            }
            "sellerAddress" => rt::read_field(map, &mut self.seller_address),
            "sellerBankAccount" => rt::read_field(map, &mut self.seller_bank_account),
            "sellerBankNameAccount" => {
                rt::read_field(map, &mut self.seller_bank_name_account)
            }
            "sellerName" => rt::read_field(map, &mut self.seller_name),
            "sellerTaxNo" => rt::read_field(map, &mut self.seller_tax_no),
            "sellerTel" => rt::read_field(map, &mut self.seller_tel),
            "supplySign" => rt::read_field(map, &mut self.supply_sign),
            "taxAmount" => rt::read_field(map, &mut self.tax_amount),
            "usedVehicleSaleDetailVOList" => {
                rt::read_field(map, &mut self.used_vehicle_sale_detail_vo_list)
            }
            "vehicleSaleDetailVOList" => {
                rt::read_field(map, &mut self.vehicle_sale_detail_vo_list)
            }
            "verifyStatus" => rt::read_field(map, &mut self.verify_status),
            "voucherCode" => rt::read_field(map, &mut self.voucher_code),
            "voucherStatus" => rt::read_field(map, &mut self.voucher_status),
            _ => Ok(false),
        }
    }
}
/// `UpdateApplyReceiptAndInvoiceRelatedResponseBody`: the same model as [`UnbindApplyReceiptAndInvoiceRelatedResponseBody`].
pub type UpdateApplyReceiptAndInvoiceRelatedResponseBody = UnbindApplyReceiptAndInvoiceRelatedResponseBody;
/// `UpdateDigitalInvoiceOrgInfoResponseBody`: the same model as [`AppendRolePermissionResponseBody`].
pub type UpdateDigitalInvoiceOrgInfoResponseBody = AppendRolePermissionResponseBody;
/// `UpdateFinanceCompanyInfoResponseBody`: the same model as [`AppendRolePermissionResponseBody`].
pub type UpdateFinanceCompanyInfoResponseBody = AppendRolePermissionResponseBody;
/// `UpdateFinanceMultiCompanyInfoResponseBody`: the same model as [`AppendRolePermissionResponseBody`].
pub type UpdateFinanceMultiCompanyInfoResponseBody = AppendRolePermissionResponseBody;
/// `UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO`.
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
impl rt::serde::Serialize for UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountPeriod", &self.account_period)?;
        object.optional("amount", &self.amount)?;
        object.optional("amountWithTax", &self.amount_with_tax)?;
        object.optional("checkCode", &self.check_code)?;
        object.optional("checkTime", &self.check_time)?;
        object.optional("drawerName", &self.drawer_name)?;
        object.optional("drewDate", &self.drew_date)?;
        object.optional("electronicUrl", &self.electronic_url)?;
        object.optional("financeType", &self.finance_type)?;
        object.optional("fundType", &self.fund_type)?;
        object
            .optional(
                "generalInvoiceDetailVOList",
                &self.general_invoice_detail_vo_list,
            )?;
        object.optional("imageUrl", &self.image_url)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.optional("invoiceStatus", &self.invoice_status)?;
        object.optional("invoiceType", &self.invoice_type)?;
        object.optional("machineCode", &self.machine_code)?;
        object.optional("oilFlag", &self.oil_flag)?;
        object.optional("payee", &self.payee)?;
        object.optional("processInstCode", &self.process_inst_code)?;
        object.optional("processInstType", &self.process_inst_type)?;
        object.optional("purchaserAddress", &self.purchaser_address)?;
        object.optional("purchaserBankAccount", &self.purchaser_bank_account)?;
        object.optional("purchaserBankNameAccount", &self.purchaser_bank_name_account)?;
        object.optional("purchaserName", &self.purchaser_name)?;
        object.optional("purchaserTaxNo", &self.purchaser_tax_no)?;
        object.optional("purchaserTel", &self.purchaser_tel)?;
        object.optional("remark", &self.remark)?;
        object
            .optional(
                "secondHandCarInvoiceDetailList",
                &self.second_hand_car_invoice_detail_list,
            )?;
        object.optional("sellerAddress", &self.seller_address)?;
        object.optional("sellerBankAccount", &self.seller_bank_account)?;
        object.optional("sellerBankNameAccount", &self.seller_bank_name_account)?;
        object.optional("sellerName", &self.seller_name)?;
        object.optional("sellerTaxNo", &self.seller_tax_no)?;
        object.optional("sellerTel", &self.seller_tel)?;
        object.optional("supplySign", &self.supply_sign)?;
        object.optional("taxAmount", &self.tax_amount)?;
        object
            .optional(
                "usedVehicleSaleDetailVOList",
                &self.used_vehicle_sale_detail_vo_list,
            )?;
        object.optional("vehicleSaleDetailVOList", &self.vehicle_sale_detail_vo_list)?;
        object.optional("verifyStatus", &self.verify_status)?;
        object.optional("voucherCode", &self.voucher_code)?;
        object.optional("voucherStatus", &self.voucher_status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceAbandonStatusRequestBlueGeneralInvoiceVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountPeriod" => rt::read_field(map, &mut self.account_period),
            "amount" => rt::read_field(map, &mut self.amount),
            "amountWithTax" => rt::read_field(map, &mut self.amount_with_tax),
            "checkCode" => rt::read_field(map, &mut self.check_code),
            "checkTime" => rt::read_field(map, &mut self.check_time),
            "drawerName" => rt::read_field(map, &mut self.drawer_name),
            "drewDate" => rt::read_field(map, &mut self.drew_date),
            "electronicUrl" => rt::read_field(map, &mut self.electronic_url),
            "financeType" => rt::read_field(map, &mut self.finance_type),
            "fundType" => rt::read_field(map, &mut self.fund_type),
            "generalInvoiceDetailVOList" => {
                rt::read_field(map, &mut self.general_invoice_detail_vo_list)
            }
            "imageUrl" => rt::read_field(map, &mut self.image_url),
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            "invoiceStatus" => rt::read_field(map, &mut self.invoice_status),
            "invoiceType" => rt::read_field(map, &mut self.invoice_type),
            "machineCode" => rt::read_field(map, &mut self.machine_code),
            "oilFlag" => rt::read_field(map, &mut self.oil_flag),
            "payee" => rt::read_field(map, &mut self.payee),
            "processInstCode" => rt::read_field(map, &mut self.process_inst_code),
            "processInstType" => rt::read_field(map, &mut self.process_inst_type),
            "purchaserAddress" => rt::read_field(map, &mut self.purchaser_address),
            "purchaserBankAccount" => {
                rt::read_field(map, &mut self.purchaser_bank_account)
            }
            "purchaserBankNameAccount" => {
                rt::read_field(map, &mut self.purchaser_bank_name_account)
            }
            "purchaserName" => rt::read_field(map, &mut self.purchaser_name),
            "purchaserTaxNo" => rt::read_field(map, &mut self.purchaser_tax_no),
            "purchaserTel" => rt::read_field(map, &mut self.purchaser_tel),
            "remark" => rt::read_field(map, &mut self.remark),
            "secondHandCarInvoiceDetailList" => {
                rt::read_field(map, &mut self.second_hand_car_invoice_detail_list)
            }
            "sellerAddress" => rt::read_field(map, &mut self.seller_address),
            "sellerBankAccount" => rt::read_field(map, &mut self.seller_bank_account),
            "sellerBankNameAccount" => {
                rt::read_field(map, &mut self.seller_bank_name_account)
            }
            "sellerName" => rt::read_field(map, &mut self.seller_name),
            "sellerTaxNo" => rt::read_field(map, &mut self.seller_tax_no),
            "sellerTel" => rt::read_field(map, &mut self.seller_tel),
            "supplySign" => rt::read_field(map, &mut self.supply_sign),
            "taxAmount" => rt::read_field(map, &mut self.tax_amount),
            "usedVehicleSaleDetailVOList" => {
                rt::read_field(map, &mut self.used_vehicle_sale_detail_vo_list)
            }
            "vehicleSaleDetailVOList" => {
                rt::read_field(map, &mut self.vehicle_sale_detail_vo_list)
            }
            "verifyStatus" => rt::read_field(map, &mut self.verify_status),
            "voucherCode" => rt::read_field(map, &mut self.voucher_code),
            "voucherStatus" => rt::read_field(map, &mut self.voucher_status),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize
for UpdateInvoiceAccountingPeriodDateRequestInvoiceFinanceInfoVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountingPeriodData", &self.accounting_period_data)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.optional("invoiceType", &self.invoice_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateInvoiceAccountingPeriodDateRequestInvoiceFinanceInfoVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceAccountingPeriodDateRequestInvoiceFinanceInfoVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountingPeriodData" => {
                rt::read_field(map, &mut self.accounting_period_data)
            }
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            "invoiceType" => rt::read_field(map, &mut self.invoice_type),
            _ => Ok(false),
        }
    }
}
/// `UpdateInvoiceAccountingPeriodDateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateInvoiceAccountingPeriodDateResponseBody {
    /// `result`.
    pub result: Option<UpdateInvoiceAccountingPeriodDateResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceAccountingPeriodDateResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateInvoiceAccountingPeriodDateResponseBody {
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
impl rt::serde::Serialize for UpdateInvoiceAccountingPeriodDateResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
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
impl rt::serde::Serialize
for UpdateInvoiceAccountingStatusRequestInvoiceFinanceInfoVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountingStatus", &self.accounting_status)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.optional("invoiceType", &self.invoice_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateInvoiceAccountingStatusRequestInvoiceFinanceInfoVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceAccountingStatusRequestInvoiceFinanceInfoVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountingStatus" => rt::read_field(map, &mut self.accounting_status),
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            "invoiceType" => rt::read_field(map, &mut self.invoice_type),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountPeriod", &self.account_period)?;
        object.optional("agentCode", &self.agent_code)?;
        object.optional("amount", &self.amount)?;
        object.optional("amountWithTax", &self.amount_with_tax)?;
        object.optional("caacDevelopmentFund", &self.caac_development_fund)?;
        object.optional("checkCode", &self.check_code)?;
        object.optional("checkTime", &self.check_time)?;
        object.optional("city", &self.city)?;
        object.optional("destination", &self.destination)?;
        object.optional("distance", &self.distance)?;
        object.optional("drawerName", &self.drawer_name)?;
        object.optional("drewDate", &self.drew_date)?;
        object.optional("electronicUrl", &self.electronic_url)?;
        object.optional("entrance", &self.entrance)?;
        object.optional("exit", &self.exit)?;
        object.optional("financeType", &self.finance_type)?;
        object.optional("flightItineraryDetails", &self.flight_itinerary_details)?;
        object.optional("fuelSurcharge", &self.fuel_surcharge)?;
        object.optional("fundType", &self.fund_type)?;
        object
            .optional(
                "generalInvoiceDetailVOList",
                &self.general_invoice_detail_vo_list,
            )?;
        object.optional("getOffTime", &self.get_off_time)?;
        object.optional("getOnTime", &self.get_on_time)?;
        object.optional("imageUrl", &self.image_url)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.optional("invoiceStatus", &self.invoice_status)?;
        object.optional("invoiceType", &self.invoice_type)?;
        object.optional("issueBy", &self.issue_by)?;
        object.optional("machineCode", &self.machine_code)?;
        object.optional("oilFlag", &self.oil_flag)?;
        object.optional("origin", &self.origin)?;
        object.optional("passenger", &self.passenger)?;
        object.optional("passengerUserId", &self.passenger_user_id)?;
        object.optional("payee", &self.payee)?;
        object.optional("printSerialNumber", &self.print_serial_number)?;
        object.optional("processInstCode", &self.process_inst_code)?;
        object.optional("processInstType", &self.process_inst_type)?;
        object.optional("purchaserAddress", &self.purchaser_address)?;
        object.optional("purchaserBankAccount", &self.purchaser_bank_account)?;
        object.optional("purchaserBankNameAccount", &self.purchaser_bank_name_account)?;
        object.optional("purchaserName", &self.purchaser_name)?;
        object.optional("purchaserTaxNo", &self.purchaser_tax_no)?;
        object.optional("purchaserTel", &self.purchaser_tel)?;
        object.optional("receiverEmail", &self.receiver_email)?;
        object.optional("receiverName", &self.receiver_name)?;
        object.optional("receiverTel", &self.receiver_tel)?;
        object.optional("remark", &self.remark)?;
        object.optional("seatClass", &self.seat_class)?;
        object
            .optional(
                "secondHandCarInvoiceDetailList",
                &self.second_hand_car_invoice_detail_list,
            )?;
        object.optional("sellerAddress", &self.seller_address)?;
        object.optional("sellerBankAccount", &self.seller_bank_account)?;
        object.optional("sellerBankNameAccount", &self.seller_bank_name_account)?;
        object.optional("sellerName", &self.seller_name)?;
        object.optional("sellerTaxNo", &self.seller_tax_no)?;
        object.optional("sellerTel", &self.seller_tel)?;
        object.optional("serialNo", &self.serial_no)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("supplySign", &self.supply_sign)?;
        object.optional("surcharge", &self.surcharge)?;
        object.optional("taxAmount", &self.tax_amount)?;
        object.optional("trainNo", &self.train_no)?;
        object.optional("travelDate", &self.travel_date)?;
        object
            .optional(
                "usedVehicleSaleDetailVOList",
                &self.used_vehicle_sale_detail_vo_list,
            )?;
        object.optional("vehicleSaleDetailVOList", &self.vehicle_sale_detail_vo_list)?;
        object.optional("verifyStatus", &self.verify_status)?;
        object.optional("voucherCode", &self.voucher_code)?;
        object.optional("voucherStatus", &self.voucher_status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountPeriod" => rt::read_field(map, &mut self.account_period),
            "agentCode" => rt::read_field(map, &mut self.agent_code),
            "amount" => rt::read_field(map, &mut self.amount),
            "amountWithTax" => rt::read_field(map, &mut self.amount_with_tax),
            "caacDevelopmentFund" => rt::read_field(map, &mut self.caac_development_fund),
            "checkCode" => rt::read_field(map, &mut self.check_code),
            "checkTime" => rt::read_field(map, &mut self.check_time),
            "city" => rt::read_field(map, &mut self.city),
            "destination" => rt::read_field(map, &mut self.destination),
            "distance" => rt::read_field(map, &mut self.distance),
            "drawerName" => rt::read_field(map, &mut self.drawer_name),
            "drewDate" => rt::read_field(map, &mut self.drew_date),
            "electronicUrl" => rt::read_field(map, &mut self.electronic_url),
            "entrance" => rt::read_field(map, &mut self.entrance),
            "exit" => rt::read_field(map, &mut self.exit),
            "financeType" => rt::read_field(map, &mut self.finance_type),
            "flightItineraryDetails" => {
                rt::read_field(map, &mut self.flight_itinerary_details)
            }
            "fuelSurcharge" => rt::read_field(map, &mut self.fuel_surcharge),
            "fundType" => rt::read_field(map, &mut self.fund_type),
            "generalInvoiceDetailVOList" => {
                rt::read_field(map, &mut self.general_invoice_detail_vo_list)
            }
            "getOffTime" => rt::read_field(map, &mut self.get_off_time),
            "getOnTime" => rt::read_field(map, &mut self.get_on_time),
            "imageUrl" => rt::read_field(map, &mut self.image_url),
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            "invoiceStatus" => rt::read_field(map, &mut self.invoice_status),
            "invoiceType" => rt::read_field(map, &mut self.invoice_type),
            "issueBy" => rt::read_field(map, &mut self.issue_by),
            "machineCode" => rt::read_field(map, &mut self.machine_code),
            "oilFlag" => rt::read_field(map, &mut self.oil_flag),
            "origin" => rt::read_field(map, &mut self.origin),
            "passenger" => rt::read_field(map, &mut self.passenger),
            "passengerUserId" => rt::read_field(map, &mut self.passenger_user_id),
            "payee" => rt::read_field(map, &mut self.payee),
            "printSerialNumber" => rt::read_field(map, &mut self.print_serial_number),
            "processInstCode" => rt::read_field(map, &mut self.process_inst_code),
            "processInstType" => rt::read_field(map, &mut self.process_inst_type),
            "purchaserAddress" => rt::read_field(map, &mut self.purchaser_address),
            "purchaserBankAccount" => {
                rt::read_field(map, &mut self.purchaser_bank_account)
            }
            "purchaserBankNameAccount" => {
                rt::read_field(map, &mut self.purchaser_bank_name_account)
            }
            "purchaserName" => rt::read_field(map, &mut self.purchaser_name),
            "purchaserTaxNo" => rt::read_field(map, &mut self.purchaser_tax_no),
            "purchaserTel" => rt::read_field(map, &mut self.purchaser_tel),
            "receiverEmail" => rt::read_field(map, &mut self.receiver_email),
            "receiverName" => rt::read_field(map, &mut self.receiver_name),
            "receiverTel" => rt::read_field(map, &mut self.receiver_tel),
            "remark" => rt::read_field(map, &mut self.remark),
            "seatClass" => rt::read_field(map, &mut self.seat_class),
            "secondHandCarInvoiceDetailList" => {
                rt::read_field(map, &mut self.second_hand_car_invoice_detail_list)
            }
            "sellerAddress" => rt::read_field(map, &mut self.seller_address),
            "sellerBankAccount" => rt::read_field(map, &mut self.seller_bank_account),
            "sellerBankNameAccount" => {
                rt::read_field(map, &mut self.seller_bank_name_account)
            }
            "sellerName" => rt::read_field(map, &mut self.seller_name),
            "sellerTaxNo" => rt::read_field(map, &mut self.seller_tax_no),
            "sellerTel" => rt::read_field(map, &mut self.seller_tel),
            "serialNo" => rt::read_field(map, &mut self.serial_no),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "supplySign" => rt::read_field(map, &mut self.supply_sign),
            "surcharge" => rt::read_field(map, &mut self.surcharge),
            "taxAmount" => rt::read_field(map, &mut self.tax_amount),
            "trainNo" => rt::read_field(map, &mut self.train_no),
            "travelDate" => rt::read_field(map, &mut self.travel_date),
            "usedVehicleSaleDetailVOList" => {
                rt::read_field(map, &mut self.used_vehicle_sale_detail_vo_list)
            }
            "vehicleSaleDetailVOList" => {
                rt::read_field(map, &mut self.vehicle_sale_detail_vo_list)
            }
            "verifyStatus" => rt::read_field(map, &mut self.verify_status),
            "voucherCode" => rt::read_field(map, &mut self.voucher_code),
            "voucherStatus" => rt::read_field(map, &mut self.voucher_status),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateReceiptRequestReceipts {
    /// A `UpdateReceiptRequestReceipts` with its required fields (`code`, `receiptType`, `updateTime`, `updateUserId`); set the others with the methods named after them.
    pub fn new(
        code: impl Into<String>,
        receipt_type: i64,
        update_time: i64,
        update_user_id: impl Into<String>,
    ) -> Self {
        Self {
            amount: None,
            category_code: None,
            code: code.into(),
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
            update_user_id: update_user_id.into(),
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
impl rt::serde::Serialize for UpdateReceiptRequestReceipts {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.optional("categoryCode", &self.category_code)?;
        object.field("code", &self.code)?;
        object.optional("customerCode", &self.customer_code)?;
        object.optional("enterpriseAcountCode", &self.enterprise_acount_code)?;
        object.optional("occurDate", &self.occur_date)?;
        object.optional("principalId", &self.principal_id)?;
        object.optional("projectCode", &self.project_code)?;
        object.field("receiptType", &self.receipt_type)?;
        object.optional("remark", &self.remark)?;
        object.optional("supplierCode", &self.supplier_code)?;
        object.optional("title", &self.title)?;
        object.field("updateTime", &self.update_time)?;
        object.field("updateUserId", &self.update_user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateReceiptRequestReceipts {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateReceiptRequestReceipts {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "categoryCode" => rt::read_field(map, &mut self.category_code),
            "code" => rt::read_field(map, &mut self.code),
            "customerCode" => rt::read_field(map, &mut self.customer_code),
            "enterpriseAcountCode" => {
                rt::read_field(map, &mut self.enterprise_acount_code)
            }
            "occurDate" => rt::read_field(map, &mut self.occur_date),
            "principalId" => rt::read_field(map, &mut self.principal_id),
            "projectCode" => rt::read_field(map, &mut self.project_code),
            "receiptType" => rt::read_field(map, &mut self.receipt_type),
            "remark" => rt::read_field(map, &mut self.remark),
            "supplierCode" => rt::read_field(map, &mut self.supplier_code),
            "title" => rt::read_field(map, &mut self.title),
            "updateTime" => rt::read_field(map, &mut self.update_time),
            "updateUserId" => rt::read_field(map, &mut self.update_user_id),
            _ => Ok(false),
        }
    }
}
/// `UpdateReceiptResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateReceiptResponseBody {
    /// `results`.
    pub results: Option<Vec<UpdateReceiptResponseBodyResults>>,
}
impl<'de> rt::serde::Deserialize<'de> for UpdateReceiptResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateReceiptResponseBody {
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
impl rt::serde::Serialize for UpdateReceiptResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("results", &self.results)?;
        object.end()
    }
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
impl rt::serde::Serialize
for AppendRolePermissionRequestRolePermissionItemListPermissionList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionIdList", &self.action_id_list)?;
        object.optional("resourceIdentity", &self.resource_identity)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for AppendRolePermissionRequestRolePermissionItemListPermissionList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AppendRolePermissionRequestRolePermissionItemListPermissionList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionIdList" => rt::read_field(map, &mut self.action_id_list),
            "resourceIdentity" => rt::read_field(map, &mut self.resource_identity),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize
for BatchAddInvoiceRequestGeneralInvoiceVOListEFlightItineraryDetailVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("carrier", &self.carrier)?;
        object.optional("className", &self.class_name)?;
        object.optional("flightNumber", &self.flight_number)?;
        object.optional("flyDate", &self.fly_date)?;
        object.optional("flyFrom", &self.fly_from)?;
        object.optional("flyTime", &self.fly_time)?;
        object.optional("flyTo", &self.fly_to)?;
        object.optional("invoiceDetailNumber", &self.invoice_detail_number)?;
        object.optional("invoiceId", &self.invoice_id)?;
        object.optional("seat", &self.seat)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchAddInvoiceRequestGeneralInvoiceVOListEFlightItineraryDetailVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for BatchAddInvoiceRequestGeneralInvoiceVOListEFlightItineraryDetailVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "carrier" => rt::read_field(map, &mut self.carrier),
            "className" => rt::read_field(map, &mut self.class_name),
            "flightNumber" => rt::read_field(map, &mut self.flight_number),
            "flyDate" => rt::read_field(map, &mut self.fly_date),
            "flyFrom" => rt::read_field(map, &mut self.fly_from),
            "flyTime" => rt::read_field(map, &mut self.fly_time),
            "flyTo" => rt::read_field(map, &mut self.fly_to),
            "invoiceDetailNumber" => rt::read_field(map, &mut self.invoice_detail_number),
            "invoiceId" => rt::read_field(map, &mut self.invoice_id),
            "seat" => rt::read_field(map, &mut self.seat),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize
for BatchAddInvoiceRequestGeneralInvoiceVOListETrainTicketDetailVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("airConditionType", &self.air_condition_type)?;
        object.optional("carriageNo", &self.carriage_no)?;
        object.optional("destination", &self.destination)?;
        object.optional("eticketNo", &self.eticket_no)?;
        object.optional("getOnTime", &self.get_on_time)?;
        object.optional("invoiceId", &self.invoice_id)?;
        object.optional("origin", &self.origin)?;
        object.optional("passenger", &self.passenger)?;
        object.optional("passengerUserId", &self.passenger_user_id)?;
        object.optional("remark", &self.remark)?;
        object.optional("seatClass", &self.seat_class)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("taxRate", &self.tax_rate)?;
        object.optional("ticketType", &self.ticket_type)?;
        object.optional("trainNo", &self.train_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchAddInvoiceRequestGeneralInvoiceVOListETrainTicketDetailVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddInvoiceRequestGeneralInvoiceVOListETrainTicketDetailVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "airConditionType" => rt::read_field(map, &mut self.air_condition_type),
            "carriageNo" => rt::read_field(map, &mut self.carriage_no),
            "destination" => rt::read_field(map, &mut self.destination),
            "eticketNo" => rt::read_field(map, &mut self.eticket_no),
            "getOnTime" => rt::read_field(map, &mut self.get_on_time),
            "invoiceId" => rt::read_field(map, &mut self.invoice_id),
            "origin" => rt::read_field(map, &mut self.origin),
            "passenger" => rt::read_field(map, &mut self.passenger),
            "passengerUserId" => rt::read_field(map, &mut self.passenger_user_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "seatClass" => rt::read_field(map, &mut self.seat_class),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "taxRate" => rt::read_field(map, &mut self.tax_rate),
            "ticketType" => rt::read_field(map, &mut self.ticket_type),
            "trainNo" => rt::read_field(map, &mut self.train_no),
            _ => Ok(false),
        }
    }
}
/// `BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList`.
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
impl rt::serde::Serialize
for BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.optional("goodsName", &self.goods_name)?;
        object.optional("quantity", &self.quantity)?;
        object.optional("revenueCode", &self.revenue_code)?;
        object.optional("rowNo", &self.row_no)?;
        object.optional("specification", &self.specification)?;
        object.optional("taxAmount", &self.tax_amount)?;
        object.optional("taxPre", &self.tax_pre)?;
        object.optional("taxPreType", &self.tax_pre_type)?;
        object.optional("taxRate", &self.tax_rate)?;
        object.optional("unit", &self.unit)?;
        object.optional("unitPrice", &self.unit_price)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for BatchAddInvoiceRequestGeneralInvoiceVOListGeneralInvoiceDetailVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "goodsName" => rt::read_field(map, &mut self.goods_name),
            "quantity" => rt::read_field(map, &mut self.quantity),
            "revenueCode" => rt::read_field(map, &mut self.revenue_code),
            "rowNo" => rt::read_field(map, &mut self.row_no),
            "specification" => rt::read_field(map, &mut self.specification),
            "taxAmount" => rt::read_field(map, &mut self.tax_amount),
            "taxPre" => rt::read_field(map, &mut self.tax_pre),
            "taxPreType" => rt::read_field(map, &mut self.tax_pre_type),
            "taxRate" => rt::read_field(map, &mut self.tax_rate),
            "unit" => rt::read_field(map, &mut self.unit),
            "unitPrice" => rt::read_field(map, &mut self.unit_price),
            _ => Ok(false),
        }
    }
}
/// `BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList`.
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
impl rt::serde::Serialize
for BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.optional("cardNo", &self.card_no)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("goodsName", &self.goods_name)?;
        object.optional("revenueCode", &self.revenue_code)?;
        object.optional("rowNo", &self.row_no)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("taxAmount", &self.tax_amount)?;
        object.optional("taxRate", &self.tax_rate)?;
        object.optional("vehicleType", &self.vehicle_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for BatchAddInvoiceRequestGeneralInvoiceVOListSecondHandCarInvoiceDetailList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "cardNo" => rt::read_field(map, &mut self.card_no),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "goodsName" => rt::read_field(map, &mut self.goods_name),
            "revenueCode" => rt::read_field(map, &mut self.revenue_code),
            "rowNo" => rt::read_field(map, &mut self.row_no),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "taxAmount" => rt::read_field(map, &mut self.tax_amount),
            "taxRate" => rt::read_field(map, &mut self.tax_rate),
            "vehicleType" => rt::read_field(map, &mut self.vehicle_type),
            _ => Ok(false),
        }
    }
}
/// `BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList`.
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
impl rt::serde::Serialize
for BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("auctionUnit", &self.auction_unit)?;
        object.optional("auctionUnitAddress", &self.auction_unit_address)?;
        object.optional("auctionUnitBank", &self.auction_unit_bank)?;
        object.optional("auctionUnitTaxNo", &self.auction_unit_tax_no)?;
        object.optional("auctionUtilTel", &self.auction_util_tel)?;
        object.optional("carModel", &self.car_model)?;
        object.optional("cardNo", &self.card_no)?;
        object.optional("registration", &self.registration)?;
        object.optional("transferVehicle", &self.transfer_vehicle)?;
        object.optional("usedCarAddress", &self.used_car_address)?;
        object.optional("usedCarMarket", &self.used_car_market)?;
        object.optional("usedCarMarketBank", &self.used_car_market_bank)?;
        object.optional("usedCarMarketPhone", &self.used_car_market_phone)?;
        object.optional("usedCarMarketTaxNo", &self.used_car_market_tax_no)?;
        object.optional("vehicleNo", &self.vehicle_no)?;
        object.optional("vehicleType", &self.vehicle_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for BatchAddInvoiceRequestGeneralInvoiceVOListUsedVehicleSaleDetailVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "auctionUnit" => rt::read_field(map, &mut self.auction_unit),
            "auctionUnitAddress" => rt::read_field(map, &mut self.auction_unit_address),
            "auctionUnitBank" => rt::read_field(map, &mut self.auction_unit_bank),
            "auctionUnitTaxNo" => rt::read_field(map, &mut self.auction_unit_tax_no),
            "auctionUtilTel" => rt::read_field(map, &mut self.auction_util_tel),
            "carModel" => rt::read_field(map, &mut self.car_model),
            "cardNo" => rt::read_field(map, &mut self.card_no),
            "registration" => rt::read_field(map, &mut self.registration),
            "transferVehicle" => rt::read_field(map, &mut self.transfer_vehicle),
            "usedCarAddress" => rt::read_field(map, &mut self.used_car_address),
            "usedCarMarket" => rt::read_field(map, &mut self.used_car_market),
            "usedCarMarketBank" => rt::read_field(map, &mut self.used_car_market_bank),
            "usedCarMarketPhone" => rt::read_field(map, &mut self.used_car_market_phone),
            "usedCarMarketTaxNo" => rt::read_field(map, &mut self.used_car_market_tax_no),
            "vehicleNo" => rt::read_field(map, &mut self.vehicle_no),
            "vehicleType" => rt::read_field(map, &mut self.vehicle_type),
            _ => Ok(false),
        }
    }
}
/// `BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList`.
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
impl rt::serde::Serialize
for BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("brand", &self.brand)?;
        object.optional("certificateNo", &self.certificate_no)?;
        object.optional("engineNo", &self.engine_no)?;
        object.optional("idCardNo", &self.id_card_no)?;
        object.optional("importCertificateNo", &self.import_certificate_no)?;
        object.optional("inspectionListNo", &self.inspection_list_no)?;
        object.optional("maxPassengers", &self.max_passengers)?;
        object.optional("originPlace", &self.origin_place)?;
        object.optional("paymentVoucherNo", &self.payment_voucher_no)?;
        object.optional("taxAuthorityName", &self.tax_authority_name)?;
        object.optional("taxAuthorityNo", &self.tax_authority_no)?;
        object.optional("taxRate", &self.tax_rate)?;
        object.optional("tonnage", &self.tonnage)?;
        object.optional("vehicleNo", &self.vehicle_no)?;
        object.optional("vehicleType", &self.vehicle_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddInvoiceRequestGeneralInvoiceVOListVehicleSaleDetailVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "brand" => rt::read_field(map, &mut self.brand),
            "certificateNo" => rt::read_field(map, &mut self.certificate_no),
            "engineNo" => rt::read_field(map, &mut self.engine_no),
            "idCardNo" => rt::read_field(map, &mut self.id_card_no),
            "importCertificateNo" => rt::read_field(map, &mut self.import_certificate_no),
            "inspectionListNo" => rt::read_field(map, &mut self.inspection_list_no),
            "maxPassengers" => rt::read_field(map, &mut self.max_passengers),
            "originPlace" => rt::read_field(map, &mut self.origin_place),
            "paymentVoucherNo" => rt::read_field(map, &mut self.payment_voucher_no),
            "taxAuthorityName" => rt::read_field(map, &mut self.tax_authority_name),
            "taxAuthorityNo" => rt::read_field(map, &mut self.tax_authority_no),
            "taxRate" => rt::read_field(map, &mut self.tax_rate),
            "tonnage" => rt::read_field(map, &mut self.tonnage),
            "vehicleNo" => rt::read_field(map, &mut self.vehicle_no),
            "vehicleType" => rt::read_field(map, &mut self.vehicle_type),
            _ => Ok(false),
        }
    }
}
/// `BatchAddInvoiceResponseBodyErrorResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddInvoiceResponseBodyErrorResult {
    /// `errorKey`.
    pub error_key: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchAddInvoiceResponseBodyErrorResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchAddInvoiceResponseBodyErrorResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorKey" => rt::read_field(map, &mut self.error_key),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchAddInvoiceResponseBodyErrorResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorKey", &self.error_key)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.end()
    }
}
/// `BatchAddInvoiceResponseBodySuccessResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchAddInvoiceResponseBodySuccessResult {
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for BatchAddInvoiceResponseBodySuccessResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BatchAddInvoiceResponseBodySuccessResult {
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
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BatchAddInvoiceResponseBodySuccessResult {
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
/// `BatchCreateCustomerResponseBodyErrorResult`: the same model as [`BatchAddInvoiceResponseBodyErrorResult`].
pub type BatchCreateCustomerResponseBodyErrorResult = BatchAddInvoiceResponseBodyErrorResult;
/// `BeginConsumeResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BeginConsumeResponseBodyResult {
    /// `isSuccess`.
    pub is_success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for BeginConsumeResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BeginConsumeResponseBodyResult {
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
impl rt::serde::Serialize for BeginConsumeResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("isSuccess", &self.is_success)?;
        object.end()
    }
}
/// `CancelConsumeResponseBodyResult`: the same model as [`BeginConsumeResponseBodyResult`].
pub type CancelConsumeResponseBodyResult = BeginConsumeResponseBodyResult;
/// `CommitConsumeResponseBodyResult`: the same model as [`BeginConsumeResponseBodyResult`].
pub type CommitConsumeResponseBodyResult = BeginConsumeResponseBodyResult;
/// `CreateReceiptResponseBodyResults`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for CreateReceiptResponseBodyResults {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateReceiptResponseBodyResults {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateReceiptResponseBodyResults {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `DeleteReceiptResponseBodyResults`: the same model as [`CreateReceiptResponseBodyResults`].
pub type DeleteReceiptResponseBodyResults = CreateReceiptResponseBodyResults;
/// `GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "componentList" => rt::read_field(map, &mut self.component_list),
            "name" => rt::read_field(map, &mut self.name),
            "processCode" => rt::read_field(map, &mut self.process_code),
            "status" => rt::read_field(map, &mut self.status),
            "suiteId" => rt::read_field(map, &mut self.suite_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("componentList", &self.component_list)?;
        object.optional("name", &self.name)?;
        object.optional("processCode", &self.process_code)?;
        object.optional("status", &self.status)?;
        object.optional("suiteId", &self.suite_id)?;
        object.end()
    }
}
/// `GetInvoiceByPageResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetInvoiceByPageResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInvoiceByPageResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hasMore" => rt::read_field(map, &mut self.has_more),
            "list" => rt::read_field(map, &mut self.list),
            "nextCursor" => rt::read_field(map, &mut self.next_cursor),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInvoiceByPageResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hasMore", &self.has_more)?;
        object.optional("list", &self.list)?;
        object.optional("nextCursor", &self.next_cursor)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetMultiCompanyInfoByCodeResponseBodyAdvancedSettingList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetMultiCompanyInfoByCodeResponseBodyAdvancedSettingList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetMultiCompanyInfoByCodeResponseBodyAdvancedSettingList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "advancedSettingKey" => rt::read_field(map, &mut self.advanced_setting_key),
            "advancedSettingName" => rt::read_field(map, &mut self.advanced_setting_name),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetMultiCompanyInfoByCodeResponseBodyAdvancedSettingList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("advancedSettingKey", &self.advanced_setting_key)?;
        object.optional("advancedSettingName", &self.advanced_setting_name)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `QueryBenefitResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBenefitResponseBodyResult {
    /// `remainQuota`.
    pub remain_quota: Option<i64>,
    /// `totalQuota`.
    pub total_quota: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryBenefitResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryBenefitResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "remainQuota" => rt::read_field(map, &mut self.remain_quota),
            "totalQuota" => rt::read_field(map, &mut self.total_quota),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryBenefitResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("remainQuota", &self.remain_quota)?;
        object.optional("totalQuota", &self.total_quota)?;
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
/// `QueryCustomerInfoResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryCustomerInfoResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCustomerInfoResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "code" => rt::read_field(map, &mut self.code),
            "contactAddress" => rt::read_field(map, &mut self.contact_address),
            "contactCompanyTelephone" => {
                rt::read_field(map, &mut self.contact_company_telephone)
            }
            "contactEmail" => rt::read_field(map, &mut self.contact_email),
            "contactName" => rt::read_field(map, &mut self.contact_name),
            "contactTelephone" => rt::read_field(map, &mut self.contact_telephone),
            "description" => rt::read_field(map, &mut self.description),
            "drawerEmail" => rt::read_field(map, &mut self.drawer_email),
            "drawerTelephone" => rt::read_field(map, &mut self.drawer_telephone),
            "name" => rt::read_field(map, &mut self.name),
            "purchaserAccount" => rt::read_field(map, &mut self.purchaser_account),
            "purchaserAddress" => rt::read_field(map, &mut self.purchaser_address),
            "purchaserName" => rt::read_field(map, &mut self.purchaser_name),
            "purchaserTaxNo" => rt::read_field(map, &mut self.purchaser_tax_no),
            "purchaserTel" => rt::read_field(map, &mut self.purchaser_tel),
            "purchaserrBankName" => rt::read_field(map, &mut self.purchaserr_bank_name),
            "status" => rt::read_field(map, &mut self.status),
            "userDefineCode" => rt::read_field(map, &mut self.user_define_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCustomerInfoResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("code", &self.code)?;
        object.optional("contactAddress", &self.contact_address)?;
        object.optional("contactCompanyTelephone", &self.contact_company_telephone)?;
        object.optional("contactEmail", &self.contact_email)?;
        object.optional("contactName", &self.contact_name)?;
        object.optional("contactTelephone", &self.contact_telephone)?;
        object.optional("description", &self.description)?;
        object.optional("drawerEmail", &self.drawer_email)?;
        object.optional("drawerTelephone", &self.drawer_telephone)?;
        object.optional("name", &self.name)?;
        object.optional("purchaserAccount", &self.purchaser_account)?;
        object.optional("purchaserAddress", &self.purchaser_address)?;
        object.optional("purchaserName", &self.purchaser_name)?;
        object.optional("purchaserTaxNo", &self.purchaser_tax_no)?;
        object.optional("purchaserTel", &self.purchaser_tel)?;
        object.optional("purchaserrBankName", &self.purchaserr_bank_name)?;
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
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creator`.
    pub creator: Option<String>,
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
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
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
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.end()
    }
}
/// `QueryMultiCompanyInfoResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryMultiCompanyInfoResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMultiCompanyInfoResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountantBookId" => rt::read_field(map, &mut self.accountant_book_id),
            "accountantEnableDate" => {
                rt::read_field(map, &mut self.accountant_enable_date)
            }
            "accountingStandard" => rt::read_field(map, &mut self.accounting_standard),
            "advancedSettingList" => rt::read_field(map, &mut self.advanced_setting_list),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "companyName" => rt::read_field(map, &mut self.company_name),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "remark" => rt::read_field(map, &mut self.remark),
            "status" => rt::read_field(map, &mut self.status),
            "taxNature" => rt::read_field(map, &mut self.tax_nature),
            "taxNo" => rt::read_field(map, &mut self.tax_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMultiCompanyInfoResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountantBookId", &self.accountant_book_id)?;
        object.optional("accountantEnableDate", &self.accountant_enable_date)?;
        object.optional("accountingStandard", &self.accounting_standard)?;
        object.optional("advancedSettingList", &self.advanced_setting_list)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("companyName", &self.company_name)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("remark", &self.remark)?;
        object.optional("status", &self.status)?;
        object.optional("taxNature", &self.tax_nature)?;
        object.optional("taxNo", &self.tax_no)?;
        object.end()
    }
}
/// `QueryPermissionByUserIdResponseBodyPermissionDTOList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryPermissionByUserIdResponseBodyPermissionDTOList {
    /// `actionIdList`.
    pub action_id_list: Option<Vec<String>>,
    /// `resourceIdentity`.
    pub resource_identity: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryPermissionByUserIdResponseBodyPermissionDTOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryPermissionByUserIdResponseBodyPermissionDTOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "actionIdList" => rt::read_field(map, &mut self.action_id_list),
            "resourceIdentity" => rt::read_field(map, &mut self.resource_identity),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryPermissionByUserIdResponseBodyPermissionDTOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("actionIdList", &self.action_id_list)?;
        object.optional("resourceIdentity", &self.resource_identity)?;
        object.end()
    }
}
/// `RoleMemberMapValue`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RoleMemberMapValue {
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `memberList`.
    pub member_list: Option<Vec<RoleMemberMapValueMemberList>>,
    /// `companyCode`.
    pub company_code: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RoleMemberMapValue {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RoleMemberMapValue {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "roleCode" => rt::read_field(map, &mut self.role_code),
            "memberList" => rt::read_field(map, &mut self.member_list),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RoleMemberMapValue {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("roleCode", &self.role_code)?;
        object.optional("memberList", &self.member_list)?;
        object.optional("companyCode", &self.company_code)?;
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
/// `QueryReceiptDetailForInvoiceResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryReceiptDetailForInvoiceResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReceiptDetailForInvoiceResponseBodyResult {
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
            "showPurchaserAccountInRemark" => {
                rt::read_field(map, &mut self.show_purchaser_account_in_remark)
            }
            "showPurchaserContactInRemark" => {
                rt::read_field(map, &mut self.show_purchaser_contact_in_remark)
            }
            "showSellerAccountInRemark" => {
                rt::read_field(map, &mut self.show_seller_account_in_remark)
            }
            "showSellerContactInRemark" => {
                rt::read_field(map, &mut self.show_seller_contact_in_remark)
            }
            "source" => rt::read_field(map, &mut self.source),
            "specificBusinessInfo" => {
                rt::read_field(map, &mut self.specific_business_info)
            }
            "status" => rt::read_field(map, &mut self.status),
            "title" => rt::read_field(map, &mut self.title),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryReceiptDetailForInvoiceResponseBodyResult {
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
        object
            .optional(
                "showPurchaserAccountInRemark",
                &self.show_purchaser_account_in_remark,
            )?;
        object
            .optional(
                "showPurchaserContactInRemark",
                &self.show_purchaser_contact_in_remark,
            )?;
        object
            .optional("showSellerAccountInRemark", &self.show_seller_account_in_remark)?;
        object
            .optional("showSellerContactInRemark", &self.show_seller_contact_in_remark)?;
        object.optional("source", &self.source)?;
        object.optional("specificBusinessInfo", &self.specific_business_info)?;
        object.optional("status", &self.status)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}
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
/// `QueryReceiptsBaseInfoResponseBodyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryReceiptsBaseInfoResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReceiptsBaseInfoResponseBodyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountantBookId" => rt::read_field(map, &mut self.accountant_book_id),
            "amount" => rt::read_field(map, &mut self.amount),
            "approvedAt" => rt::read_field(map, &mut self.approved_at),
            "businessId" => rt::read_field(map, &mut self.business_id),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "createTime" => rt::read_field(map, &mut self.create_time),
            "creator" => rt::read_field(map, &mut self.creator),
            "customer" => rt::read_field(map, &mut self.customer),
            "instanceJumpUrl" => rt::read_field(map, &mut self.instance_jump_url),
            "modelId" => rt::read_field(map, &mut self.model_id),
            "principal" => rt::read_field(map, &mut self.principal),
            "project" => rt::read_field(map, &mut self.project),
            "receiptId" => rt::read_field(map, &mut self.receipt_id),
            "recordTime" => rt::read_field(map, &mut self.record_time),
            "remark" => rt::read_field(map, &mut self.remark),
            "source" => rt::read_field(map, &mut self.source),
            "status" => rt::read_field(map, &mut self.status),
            "supplier" => rt::read_field(map, &mut self.supplier),
            "title" => rt::read_field(map, &mut self.title),
            "voucherStatus" => rt::read_field(map, &mut self.voucher_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryReceiptsBaseInfoResponseBodyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountantBookId", &self.accountant_book_id)?;
        object.optional("amount", &self.amount)?;
        object.optional("approvedAt", &self.approved_at)?;
        object.optional("businessId", &self.business_id)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("createTime", &self.create_time)?;
        object.optional("creator", &self.creator)?;
        object.optional("customer", &self.customer)?;
        object.optional("instanceJumpUrl", &self.instance_jump_url)?;
        object.optional("modelId", &self.model_id)?;
        object.optional("principal", &self.principal)?;
        object.optional("project", &self.project)?;
        object.optional("receiptId", &self.receipt_id)?;
        object.optional("recordTime", &self.record_time)?;
        object.optional("remark", &self.remark)?;
        object.optional("source", &self.source)?;
        object.optional("status", &self.status)?;
        object.optional("supplier", &self.supplier)?;
        object.optional("title", &self.title)?;
        object.optional("voucherStatus", &self.voucher_status)?;
        object.end()
    }
}
/// `QueryReceiptsByPageResponseBodyList`: the same model as [`GetReceiptResponseBody`].
pub type QueryReceiptsByPageResponseBodyList = GetReceiptResponseBody;
/// `QueryRoleMemberByPageResponseBodyList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRoleMemberByPageResponseBodyList {
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryRoleMemberByPageResponseBodyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryRoleMemberByPageResponseBodyList {
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
impl rt::serde::Serialize for QueryRoleMemberByPageResponseBodyList {
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
/// `QuerySupplierByPageResponseBodyList`: the same model as [`QueryCustomerByPageResponseBodyList`].
pub type QuerySupplierByPageResponseBodyList = QueryCustomerByPageResponseBodyList;
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
/// `UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse {
    /// `invoiceKeyVOList`.
    pub invoice_key_vo_list: Option<
        Vec<
            UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponseInvoiceKeyVOList,
        >,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "invoiceKeyVOList" => rt::read_field(map, &mut self.invoice_key_vo_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for UnbindApplyReceiptAndInvoiceRelatedResponseBodyBatchUpdateInvoiceResponse {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("invoiceKeyVOList", &self.invoice_key_vo_list)?;
        object.end()
    }
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
/// `UpdateInvoiceAccountingPeriodDateResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for UpdateInvoiceAccountingPeriodDateResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateInvoiceAccountingPeriodDateResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "failCount" => rt::read_field(map, &mut self.fail_count),
            "failInvoices" => rt::read_field(map, &mut self.fail_invoices),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for UpdateInvoiceAccountingPeriodDateResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("failCount", &self.fail_count)?;
        object.optional("failInvoices", &self.fail_invoices)?;
        object.optional("success", &self.success)?;
        object.end()
    }
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
impl rt::serde::Serialize
for UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOFlightItineraryDetails {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("carrier", &self.carrier)?;
        object.optional("flightNumber", &self.flight_number)?;
        object.optional("flyDate", &self.fly_date)?;
        object.optional("flyFrom", &self.fly_from)?;
        object.optional("flyTime", &self.fly_time)?;
        object.optional("flyTo", &self.fly_to)?;
        object.optional("seat", &self.seat)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de>
for UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOFlightItineraryDetails {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields
for UpdateInvoiceAndReceiptRelatedRequestGeneralInvoiceVOFlightItineraryDetails {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "carrier" => rt::read_field(map, &mut self.carrier),
            "flightNumber" => rt::read_field(map, &mut self.flight_number),
            "flyDate" => rt::read_field(map, &mut self.fly_date),
            "flyFrom" => rt::read_field(map, &mut self.fly_from),
            "flyTime" => rt::read_field(map, &mut self.fly_time),
            "flyTo" => rt::read_field(map, &mut self.fly_to),
            "seat" => rt::read_field(map, &mut self.seat),
            _ => Ok(false),
        }
    }
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
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoListComponentList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoListComponentList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bindingVal" => rt::read_field(map, &mut self.binding_val),
            "code" => rt::read_field(map, &mut self.code),
            "name" => rt::read_field(map, &mut self.name),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetFormTemplateInfoResponseBodyReceiptFormTemplateInfoListComponentList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bindingVal", &self.binding_val)?;
        object.optional("code", &self.code)?;
        object.optional("name", &self.name)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetInvoiceByPageResponseBodyResultList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetInvoiceByPageResponseBodyResultList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInvoiceByPageResponseBodyResultList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountPeriod" => rt::read_field(map, &mut self.account_period),
            "amount" => rt::read_field(map, &mut self.amount),
            "amountWithTax" => rt::read_field(map, &mut self.amount_with_tax),
            "certificationDate" => rt::read_field(map, &mut self.certification_date),
            "certificationPeriod" => rt::read_field(map, &mut self.certification_period),
            "checkCode" => rt::read_field(map, &mut self.check_code),
            "checkTime" => rt::read_field(map, &mut self.check_time),
            "drewDate" => rt::read_field(map, &mut self.drew_date),
            "eFlightItineraryDetailVOList" => {
                rt::read_field(map, &mut self.e_flight_itinerary_detail_vo_list)
            }
            "eTrainTicketDetailVOList" => {
                rt::read_field(map, &mut self.e_train_ticket_detail_vo_list)
            }
            "electronicUrl" => rt::read_field(map, &mut self.electronic_url),
            "financeType" => rt::read_field(map, &mut self.finance_type),
            "fundType" => rt::read_field(map, &mut self.fund_type),
            "generalInvoiceDetailVOList" => {
                rt::read_field(map, &mut self.general_invoice_detail_vo_list)
            }
            "imageUrl" => rt::read_field(map, &mut self.image_url),
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            "invoiceStatus" => rt::read_field(map, &mut self.invoice_status),
            "invoiceType" => rt::read_field(map, &mut self.invoice_type),
            "machineCode" => rt::read_field(map, &mut self.machine_code),
            "ofdUrl" => rt::read_field(map, &mut self.ofd_url),
            "oilFlag" => rt::read_field(map, &mut self.oil_flag),
            "payee" => rt::read_field(map, &mut self.payee),
            "pdfUrl" => rt::read_field(map, &mut self.pdf_url),
            "processInstCode" => rt::read_field(map, &mut self.process_inst_code),
            "processInstType" => rt::read_field(map, &mut self.process_inst_type),
            "purchaserAddress" => rt::read_field(map, &mut self.purchaser_address),
            "purchaserBankNameAccount" => {
                rt::read_field(map, &mut self.purchaser_bank_name_account)
            }
            "purchaserName" => rt::read_field(map, &mut self.purchaser_name),
            "purchaserTaxNo" => rt::read_field(map, &mut self.purchaser_tax_no),
            "purchaserTel" => rt::read_field(map, &mut self.purchaser_tel),
            "remark" => rt::read_field(map, &mut self.remark),
            "sellerAddress" => rt::read_field(map, &mut self.seller_address),
            "sellerBankNameAccount" => {
                rt::read_field(map, &mut self.seller_bank_name_account)
            }
            "sellerName" => rt::read_field(map, &mut self.seller_name),
            "sellerTaxNo" => rt::read_field(map, &mut self.seller_tax_no),
            "sellerTel" => rt::read_field(map, &mut self.seller_tel),
            "status" => rt::read_field(map, &mut self.status),
            "supplySign" => rt::read_field(map, &mut self.supply_sign),
            "taxAmount" => rt::read_field(map, &mut self.tax_amount),
            "transportFeeDetailVOList" => {
                rt::read_field(map, &mut self.transport_fee_detail_vo_list)
            }
            "usedVehicleSaleDetailVOList" => {
                rt::read_field(map, &mut self.used_vehicle_sale_detail_vo_list)
            }
            "vehicleSaleDetailVOList" => {
                rt::read_field(map, &mut self.vehicle_sale_detail_vo_list)
            }
            "verifyStatus" => rt::read_field(map, &mut self.verify_status),
            "voucherCode" => rt::read_field(map, &mut self.voucher_code),
            "voucherStatus" => rt::read_field(map, &mut self.voucher_status),
            "xmlUrl" => rt::read_field(map, &mut self.xml_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetInvoiceByPageResponseBodyResultList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountPeriod", &self.account_period)?;
        object.optional("amount", &self.amount)?;
        object.optional("amountWithTax", &self.amount_with_tax)?;
        object.optional("certificationDate", &self.certification_date)?;
        object.optional("certificationPeriod", &self.certification_period)?;
        object.optional("checkCode", &self.check_code)?;
        object.optional("checkTime", &self.check_time)?;
        object.optional("drewDate", &self.drew_date)?;
        object
            .optional(
                "eFlightItineraryDetailVOList",
                &self.e_flight_itinerary_detail_vo_list,
            )?;
        object
            .optional("eTrainTicketDetailVOList", &self.e_train_ticket_detail_vo_list)?;
        object.optional("electronicUrl", &self.electronic_url)?;
        object.optional("financeType", &self.finance_type)?;
        object.optional("fundType", &self.fund_type)?;
        object
            .optional(
                "generalInvoiceDetailVOList",
                &self.general_invoice_detail_vo_list,
            )?;
        object.optional("imageUrl", &self.image_url)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.optional("invoiceStatus", &self.invoice_status)?;
        object.optional("invoiceType", &self.invoice_type)?;
        object.optional("machineCode", &self.machine_code)?;
        object.optional("ofdUrl", &self.ofd_url)?;
        object.optional("oilFlag", &self.oil_flag)?;
        object.optional("payee", &self.payee)?;
        object.optional("pdfUrl", &self.pdf_url)?;
        object.optional("processInstCode", &self.process_inst_code)?;
        object.optional("processInstType", &self.process_inst_type)?;
        object.optional("purchaserAddress", &self.purchaser_address)?;
        object.optional("purchaserBankNameAccount", &self.purchaser_bank_name_account)?;
        object.optional("purchaserName", &self.purchaser_name)?;
        object.optional("purchaserTaxNo", &self.purchaser_tax_no)?;
        object.optional("purchaserTel", &self.purchaser_tel)?;
        object.optional("remark", &self.remark)?;
        object.optional("sellerAddress", &self.seller_address)?;
        object.optional("sellerBankNameAccount", &self.seller_bank_name_account)?;
        object.optional("sellerName", &self.seller_name)?;
        object.optional("sellerTaxNo", &self.seller_tax_no)?;
        object.optional("sellerTel", &self.seller_tel)?;
        object.optional("status", &self.status)?;
        object.optional("supplySign", &self.supply_sign)?;
        object.optional("taxAmount", &self.tax_amount)?;
        object.optional("transportFeeDetailVOList", &self.transport_fee_detail_vo_list)?;
        object
            .optional(
                "usedVehicleSaleDetailVOList",
                &self.used_vehicle_sale_detail_vo_list,
            )?;
        object.optional("vehicleSaleDetailVOList", &self.vehicle_sale_detail_vo_list)?;
        object.optional("verifyStatus", &self.verify_status)?;
        object.optional("voucherCode", &self.voucher_code)?;
        object.optional("voucherStatus", &self.voucher_status)?;
        object.optional("xmlUrl", &self.xml_url)?;
        object.end()
    }
}
/// `QueryMultiCompanyInfoResponseBodyListAdvancedSettingList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryMultiCompanyInfoResponseBodyListAdvancedSettingList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryMultiCompanyInfoResponseBodyListAdvancedSettingList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "advancedSettingKey" => rt::read_field(map, &mut self.advanced_setting_key),
            "advancedSettingName" => rt::read_field(map, &mut self.advanced_setting_name),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "valid" => rt::read_field(map, &mut self.valid),
            "value" => rt::read_field(map, &mut self.value),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryMultiCompanyInfoResponseBodyListAdvancedSettingList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("advancedSettingKey", &self.advanced_setting_key)?;
        object.optional("advancedSettingName", &self.advanced_setting_name)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("valid", &self.valid)?;
        object.optional("value", &self.value)?;
        object.end()
    }
}
/// `RoleMemberMapValueMemberList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RoleMemberMapValueMemberList {
    /// `userId`.
    pub user_id: Option<String>,
    /// `nick`.
    pub nick: Option<String>,
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for RoleMemberMapValueMemberList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for RoleMemberMapValueMemberList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "userId" => rt::read_field(map, &mut self.user_id),
            "nick" => rt::read_field(map, &mut self.nick),
            "avatarUrl" => rt::read_field(map, &mut self.avatar_url),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for RoleMemberMapValueMemberList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("userId", &self.user_id)?;
        object.optional("nick", &self.nick)?;
        object.optional("avatarUrl", &self.avatar_url)?;
        object.end()
    }
}
/// `QueryReceiptDetailForInvoiceResponseBodyResultCreator`: the same model as [`QueryRoleMemberByPageResponseBodyList`].
pub type QueryReceiptDetailForInvoiceResponseBodyResultCreator = QueryRoleMemberByPageResponseBodyList;
/// `QueryReceiptDetailForInvoiceResponseBodyResultCustomer`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryReceiptDetailForInvoiceResponseBodyResultCustomer {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for QueryReceiptDetailForInvoiceResponseBodyResultCustomer {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReceiptDetailForInvoiceResponseBodyResultCustomer {
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
impl rt::serde::Serialize for QueryReceiptDetailForInvoiceResponseBodyResultCustomer {
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
/// `QueryReceiptDetailForInvoiceResponseBodyResultProductInfoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryReceiptDetailForInvoiceResponseBodyResultProductInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReceiptDetailForInvoiceResponseBodyResultProductInfoList {
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
impl rt::serde::Serialize
for QueryReceiptDetailForInvoiceResponseBodyResultProductInfoList {
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
/// `QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfo`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfo {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfo {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "specialBizCode" => rt::read_field(map, &mut self.special_biz_code),
            "specificBusinessInfoList" => {
                rt::read_field(map, &mut self.specific_business_info_list)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfo {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("specialBizCode", &self.special_biz_code)?;
        object.optional("specificBusinessInfoList", &self.specific_business_info_list)?;
        object.end()
    }
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
/// `UpdateInvoiceAccountingPeriodDateResponseBodyResultFailInvoices`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for UpdateInvoiceAccountingPeriodDateResponseBodyResultFailInvoices {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for UpdateInvoiceAccountingPeriodDateResponseBodyResultFailInvoices {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "errorCode" => rt::read_field(map, &mut self.error_code),
            "errorMsg" => rt::read_field(map, &mut self.error_msg),
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for UpdateInvoiceAccountingPeriodDateResponseBodyResultFailInvoices {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("errorCode", &self.error_code)?;
        object.optional("errorMsg", &self.error_msg)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.end()
    }
}
/// `UpdateInvoiceAccountingStatusResponseBodyResultFailInvoices`: the same model as [`UpdateInvoiceAccountingPeriodDateResponseBodyResultFailInvoices`].
pub type UpdateInvoiceAccountingStatusResponseBodyResultFailInvoices = UpdateInvoiceAccountingPeriodDateResponseBodyResultFailInvoices;
/// `GetInvoiceByPageResponseBodyResultListEFlightItineraryDetailVOList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetInvoiceByPageResponseBodyResultListEFlightItineraryDetailVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInvoiceByPageResponseBodyResultListEFlightItineraryDetailVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "carrier" => rt::read_field(map, &mut self.carrier),
            "className" => rt::read_field(map, &mut self.class_name),
            "flightNumber" => rt::read_field(map, &mut self.flight_number),
            "flyDate" => rt::read_field(map, &mut self.fly_date),
            "flyFrom" => rt::read_field(map, &mut self.fly_from),
            "flyTime" => rt::read_field(map, &mut self.fly_time),
            "flyTo" => rt::read_field(map, &mut self.fly_to),
            "invoiceDetailNumber" => rt::read_field(map, &mut self.invoice_detail_number),
            "invoiceId" => rt::read_field(map, &mut self.invoice_id),
            "seat" => rt::read_field(map, &mut self.seat),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetInvoiceByPageResponseBodyResultListEFlightItineraryDetailVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("carrier", &self.carrier)?;
        object.optional("className", &self.class_name)?;
        object.optional("flightNumber", &self.flight_number)?;
        object.optional("flyDate", &self.fly_date)?;
        object.optional("flyFrom", &self.fly_from)?;
        object.optional("flyTime", &self.fly_time)?;
        object.optional("flyTo", &self.fly_to)?;
        object.optional("invoiceDetailNumber", &self.invoice_detail_number)?;
        object.optional("invoiceId", &self.invoice_id)?;
        object.optional("seat", &self.seat)?;
        object.end()
    }
}
/// `GetInvoiceByPageResponseBodyResultListETrainTicketDetailVOList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetInvoiceByPageResponseBodyResultListETrainTicketDetailVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInvoiceByPageResponseBodyResultListETrainTicketDetailVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "airConditionType" => rt::read_field(map, &mut self.air_condition_type),
            "carriageNo" => rt::read_field(map, &mut self.carriage_no),
            "destination" => rt::read_field(map, &mut self.destination),
            "eticketNo" => rt::read_field(map, &mut self.eticket_no),
            "getOnTime" => rt::read_field(map, &mut self.get_on_time),
            "invoiceId" => rt::read_field(map, &mut self.invoice_id),
            "origin" => rt::read_field(map, &mut self.origin),
            "passenger" => rt::read_field(map, &mut self.passenger),
            "passengerUserId" => rt::read_field(map, &mut self.passenger_user_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "seatClass" => rt::read_field(map, &mut self.seat_class),
            "seatNo" => rt::read_field(map, &mut self.seat_no),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "taxRate" => rt::read_field(map, &mut self.tax_rate),
            "ticketType" => rt::read_field(map, &mut self.ticket_type),
            "trainNo" => rt::read_field(map, &mut self.train_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetInvoiceByPageResponseBodyResultListETrainTicketDetailVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("airConditionType", &self.air_condition_type)?;
        object.optional("carriageNo", &self.carriage_no)?;
        object.optional("destination", &self.destination)?;
        object.optional("eticketNo", &self.eticket_no)?;
        object.optional("getOnTime", &self.get_on_time)?;
        object.optional("invoiceId", &self.invoice_id)?;
        object.optional("origin", &self.origin)?;
        object.optional("passenger", &self.passenger)?;
        object.optional("passengerUserId", &self.passenger_user_id)?;
        object.optional("remark", &self.remark)?;
        object.optional("seatClass", &self.seat_class)?;
        object.optional("seatNo", &self.seat_no)?;
        object.optional("startTime", &self.start_time)?;
        object.optional("taxRate", &self.tax_rate)?;
        object.optional("ticketType", &self.ticket_type)?;
        object.optional("trainNo", &self.train_no)?;
        object.end()
    }
}
/// `GetInvoiceByPageResponseBodyResultListGeneralInvoiceDetailVOList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetInvoiceByPageResponseBodyResultListGeneralInvoiceDetailVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInvoiceByPageResponseBodyResultListGeneralInvoiceDetailVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "goodsName" => rt::read_field(map, &mut self.goods_name),
            "quantity" => rt::read_field(map, &mut self.quantity),
            "revenueCode" => rt::read_field(map, &mut self.revenue_code),
            "rowNo" => rt::read_field(map, &mut self.row_no),
            "specification" => rt::read_field(map, &mut self.specification),
            "taxAmount" => rt::read_field(map, &mut self.tax_amount),
            "taxPre" => rt::read_field(map, &mut self.tax_pre),
            "taxRate" => rt::read_field(map, &mut self.tax_rate),
            "unit" => rt::read_field(map, &mut self.unit),
            "unitPrice" => rt::read_field(map, &mut self.unit_price),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetInvoiceByPageResponseBodyResultListGeneralInvoiceDetailVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.optional("goodsName", &self.goods_name)?;
        object.optional("quantity", &self.quantity)?;
        object.optional("revenueCode", &self.revenue_code)?;
        object.optional("rowNo", &self.row_no)?;
        object.optional("specification", &self.specification)?;
        object.optional("taxAmount", &self.tax_amount)?;
        object.optional("taxPre", &self.tax_pre)?;
        object.optional("taxRate", &self.tax_rate)?;
        object.optional("unit", &self.unit)?;
        object.optional("unitPrice", &self.unit_price)?;
        object.end()
    }
}
/// `GetInvoiceByPageResponseBodyResultListTransportFeeDetailVOList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetInvoiceByPageResponseBodyResultListTransportFeeDetailVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInvoiceByPageResponseBodyResultListTransportFeeDetailVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "amount" => rt::read_field(map, &mut self.amount),
            "cardNo" => rt::read_field(map, &mut self.card_no),
            "endDate" => rt::read_field(map, &mut self.end_date),
            "goodsName" => rt::read_field(map, &mut self.goods_name),
            "revenueCode" => rt::read_field(map, &mut self.revenue_code),
            "rowNo" => rt::read_field(map, &mut self.row_no),
            "startDate" => rt::read_field(map, &mut self.start_date),
            "taxAmount" => rt::read_field(map, &mut self.tax_amount),
            "taxRate" => rt::read_field(map, &mut self.tax_rate),
            "vehicleType" => rt::read_field(map, &mut self.vehicle_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetInvoiceByPageResponseBodyResultListTransportFeeDetailVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("amount", &self.amount)?;
        object.optional("cardNo", &self.card_no)?;
        object.optional("endDate", &self.end_date)?;
        object.optional("goodsName", &self.goods_name)?;
        object.optional("revenueCode", &self.revenue_code)?;
        object.optional("rowNo", &self.row_no)?;
        object.optional("startDate", &self.start_date)?;
        object.optional("taxAmount", &self.tax_amount)?;
        object.optional("taxRate", &self.tax_rate)?;
        object.optional("vehicleType", &self.vehicle_type)?;
        object.end()
    }
}
/// `GetInvoiceByPageResponseBodyResultListUsedVehicleSaleDetailVOList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetInvoiceByPageResponseBodyResultListUsedVehicleSaleDetailVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInvoiceByPageResponseBodyResultListUsedVehicleSaleDetailVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "auctionUnit" => rt::read_field(map, &mut self.auction_unit),
            "auctionUnitAddress" => rt::read_field(map, &mut self.auction_unit_address),
            "auctionUnitBank" => rt::read_field(map, &mut self.auction_unit_bank),
            "auctionUnitTaxNo" => rt::read_field(map, &mut self.auction_unit_tax_no),
            "auctionUtilTel" => rt::read_field(map, &mut self.auction_util_tel),
            "carModel" => rt::read_field(map, &mut self.car_model),
            "cardNo" => rt::read_field(map, &mut self.card_no),
            "registration" => rt::read_field(map, &mut self.registration),
            "transferVehicle" => rt::read_field(map, &mut self.transfer_vehicle),
            "usedCarAddress" => rt::read_field(map, &mut self.used_car_address),
            "usedCarMarket" => rt::read_field(map, &mut self.used_car_market),
            "usedCarMarketBank" => rt::read_field(map, &mut self.used_car_market_bank),
            "usedCarMarketPhone" => rt::read_field(map, &mut self.used_car_market_phone),
            "usedCarMarketTaxNo" => rt::read_field(map, &mut self.used_car_market_tax_no),
            "vehicleNo" => rt::read_field(map, &mut self.vehicle_no),
            "vehicleType" => rt::read_field(map, &mut self.vehicle_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetInvoiceByPageResponseBodyResultListUsedVehicleSaleDetailVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("auctionUnit", &self.auction_unit)?;
        object.optional("auctionUnitAddress", &self.auction_unit_address)?;
        object.optional("auctionUnitBank", &self.auction_unit_bank)?;
        object.optional("auctionUnitTaxNo", &self.auction_unit_tax_no)?;
        object.optional("auctionUtilTel", &self.auction_util_tel)?;
        object.optional("carModel", &self.car_model)?;
        object.optional("cardNo", &self.card_no)?;
        object.optional("registration", &self.registration)?;
        object.optional("transferVehicle", &self.transfer_vehicle)?;
        object.optional("usedCarAddress", &self.used_car_address)?;
        object.optional("usedCarMarket", &self.used_car_market)?;
        object.optional("usedCarMarketBank", &self.used_car_market_bank)?;
        object.optional("usedCarMarketPhone", &self.used_car_market_phone)?;
        object.optional("usedCarMarketTaxNo", &self.used_car_market_tax_no)?;
        object.optional("vehicleNo", &self.vehicle_no)?;
        object.optional("vehicleType", &self.vehicle_type)?;
        object.end()
    }
}
/// `GetInvoiceByPageResponseBodyResultListVehicleSaleDetailVOList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetInvoiceByPageResponseBodyResultListVehicleSaleDetailVOList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetInvoiceByPageResponseBodyResultListVehicleSaleDetailVOList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "brand" => rt::read_field(map, &mut self.brand),
            "certificateNo" => rt::read_field(map, &mut self.certificate_no),
            "engineNo" => rt::read_field(map, &mut self.engine_no),
            "idCardNo" => rt::read_field(map, &mut self.id_card_no),
            "importCertificateNo" => rt::read_field(map, &mut self.import_certificate_no),
            "maxPassengers" => rt::read_field(map, &mut self.max_passengers),
            "originPlace" => rt::read_field(map, &mut self.origin_place),
            "paymentVoucherNo" => rt::read_field(map, &mut self.payment_voucher_no),
            "taxAuthorityName" => rt::read_field(map, &mut self.tax_authority_name),
            "taxAuthorityNo" => rt::read_field(map, &mut self.tax_authority_no),
            "taxRate" => rt::read_field(map, &mut self.tax_rate),
            "tonnage" => rt::read_field(map, &mut self.tonnage),
            "vehicleNo" => rt::read_field(map, &mut self.vehicle_no),
            "vehicleType" => rt::read_field(map, &mut self.vehicle_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetInvoiceByPageResponseBodyResultListVehicleSaleDetailVOList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("brand", &self.brand)?;
        object.optional("certificateNo", &self.certificate_no)?;
        object.optional("engineNo", &self.engine_no)?;
        object.optional("idCardNo", &self.id_card_no)?;
        object.optional("importCertificateNo", &self.import_certificate_no)?;
        object.optional("maxPassengers", &self.max_passengers)?;
        object.optional("originPlace", &self.origin_place)?;
        object.optional("paymentVoucherNo", &self.payment_voucher_no)?;
        object.optional("taxAuthorityName", &self.tax_authority_name)?;
        object.optional("taxAuthorityNo", &self.tax_authority_no)?;
        object.optional("taxRate", &self.tax_rate)?;
        object.optional("tonnage", &self.tonnage)?;
        object.optional("vehicleNo", &self.vehicle_no)?;
        object.optional("vehicleType", &self.vehicle_type)?;
        object.end()
    }
}
/// `QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfoSpecificBusinessInfoList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfoSpecificBusinessInfoList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields
for QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfoSpecificBusinessInfoList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "areaUnit" => rt::read_field(map, &mut self.area_unit),
            "carNo" => rt::read_field(map, &mut self.car_no),
            "city" => rt::read_field(map, &mut self.city),
            "crossCityFlg" => rt::read_field(map, &mut self.cross_city_flg),
            "district" => rt::read_field(map, &mut self.district),
            "leaseEnd" => rt::read_field(map, &mut self.lease_end),
            "leaseStart" => rt::read_field(map, &mut self.lease_start),
            "project" => rt::read_field(map, &mut self.project),
            "projectNo" => rt::read_field(map, &mut self.project_no),
            "propertyCertificateNumber" => {
                rt::read_field(map, &mut self.property_certificate_number)
            }
            "province" => rt::read_field(map, &mut self.province),
            "realEstateDetailedAddress" => {
                rt::read_field(map, &mut self.real_estate_detailed_address)
            }
            "spanRegionManageNo" => rt::read_field(map, &mut self.span_region_manage_no),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for QueryReceiptDetailForInvoiceResponseBodyResultSpecificBusinessInfoSpecificBusinessInfoList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("areaUnit", &self.area_unit)?;
        object.optional("carNo", &self.car_no)?;
        object.optional("city", &self.city)?;
        object.optional("crossCityFlg", &self.cross_city_flg)?;
        object.optional("district", &self.district)?;
        object.optional("leaseEnd", &self.lease_end)?;
        object.optional("leaseStart", &self.lease_start)?;
        object.optional("project", &self.project)?;
        object.optional("projectNo", &self.project_no)?;
        object.optional("propertyCertificateNumber", &self.property_certificate_number)?;
        object.optional("province", &self.province)?;
        object
            .optional("realEstateDetailedAddress", &self.real_estate_detailed_address)?;
        object.optional("spanRegionManageNo", &self.span_region_manage_no)?;
        object.end()
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AppendRolePermissionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AppendRolePermissionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "rolePermissionItemList" => {
                rt::read_field(map, &mut self.role_permission_item_list)
            }
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for BatchAddInvoiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("generalInvoiceVOList", &self.general_invoice_vo_list)?;
        object.optional("operator", &self.operator)?;
        object.optional("orderId", &self.order_id)?;
        object.optional("source", &self.source)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchAddInvoiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchAddInvoiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "generalInvoiceVOList" => {
                rt::read_field(map, &mut self.general_invoice_vo_list)
            }
            "operator" => rt::read_field(map, &mut self.operator),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "source" => rt::read_field(map, &mut self.source),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for BatchAddInvoiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_create_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateCustomerRequest {
    /// `createCustomerRequestList`.
    pub create_customer_request_list: Option<
        Vec<BatchCreateCustomerRequestCreateCustomerRequestList>,
    >,
    /// `operator`.
    pub operator: String,
}
impl BatchCreateCustomerRequest {
    /// A `BatchCreateCustomerRequest` with its required fields (`operator`); set the others with the methods named after them.
    pub fn new(operator: impl Into<String>) -> Self {
        Self {
            create_customer_request_list: None,
            operator: operator.into(),
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
impl rt::serde::Serialize for BatchCreateCustomerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object
            .optional("createCustomerRequestList", &self.create_customer_request_list)?;
        object.field("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BatchCreateCustomerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BatchCreateCustomerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "createCustomerRequestList" => {
                rt::read_field(map, &mut self.create_customer_request_list)
            }
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BeginConsumeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BeginConsumeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitCode" => rt::read_field(map, &mut self.benefit_code),
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "quota" => rt::read_field(map, &mut self.quota),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BindCompanyAccountantBookRequest {
    /// `accountantBookId`: a query parameter.
    pub accountant_book_id: String,
    /// `companyCode`: a query parameter.
    pub company_code: Option<String>,
}
impl BindCompanyAccountantBookRequest {
    /// A `BindCompanyAccountantBookRequest` with its required fields (`accountantBookId`); set the others with the methods named after them.
    pub fn new(accountant_book_id: impl Into<String>) -> Self {
        Self {
            accountant_book_id: accountant_book_id.into(),
            company_code: None,
        }
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BindCompanyAccountantBookRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BindCompanyAccountantBookRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountantBookId" => rt::read_field(map, &mut self.accountant_book_id),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CancelConsumeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CancelConsumeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitCode" => rt::read_field(map, &mut self.benefit_code),
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "quota" => rt::read_field(map, &mut self.quota),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CommitConsumeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CommitConsumeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitCode" => rt::read_field(map, &mut self.benefit_code),
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "quota" => rt::read_field(map, &mut self.quota),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl CreateCustomerRequest {
    /// A `CreateCustomerRequest` with its required fields (`creator`, `name`); set the others with the methods named after them.
    pub fn new(creator: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            creator: creator.into(),
            description: None,
            drawer_email: None,
            drawer_telephone: None,
            name: name.into(),
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
impl rt::serde::Serialize for CreateCustomerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("creator", &self.creator)?;
        object.optional("description", &self.description)?;
        object.optional("drawerEmail", &self.drawer_email)?;
        object.optional("drawerTelephone", &self.drawer_telephone)?;
        object.field("name", &self.name)?;
        object.optional("purchaserAccount", &self.purchaser_account)?;
        object.optional("purchaserAddress", &self.purchaser_address)?;
        object.optional("purchaserBankName", &self.purchaser_bank_name)?;
        object.optional("purchaserName", &self.purchaser_name)?;
        object.optional("purchaserTaxNo", &self.purchaser_tax_no)?;
        object.optional("purchaserTel", &self.purchaser_tel)?;
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
            "creator" => rt::read_field(map, &mut self.creator),
            "description" => rt::read_field(map, &mut self.description),
            "drawerEmail" => rt::read_field(map, &mut self.drawer_email),
            "drawerTelephone" => rt::read_field(map, &mut self.drawer_telephone),
            "name" => rt::read_field(map, &mut self.name),
            "purchaserAccount" => rt::read_field(map, &mut self.purchaser_account),
            "purchaserAddress" => rt::read_field(map, &mut self.purchaser_address),
            "purchaserBankName" => rt::read_field(map, &mut self.purchaser_bank_name),
            "purchaserName" => rt::read_field(map, &mut self.purchaser_name),
            "purchaserTaxNo" => rt::read_field(map, &mut self.purchaser_tax_no),
            "purchaserTel" => rt::read_field(map, &mut self.purchaser_tel),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_receipt`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateReceiptRequest {
    /// `receipts`.
    pub receipts: Vec<CreateReceiptRequestReceipts>,
}
impl CreateReceiptRequest {
    /// A `CreateReceiptRequest` with its required fields (`receipts`); set the others with the methods named after them.
    pub fn new(
        receipts: impl IntoIterator<Item = CreateReceiptRequestReceipts>,
    ) -> Self {
        Self {
            receipts: receipts.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for CreateReceiptRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("receipts", &self.receipts)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateReceiptRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateReceiptRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "receipts" => rt::read_field(map, &mut self.receipts),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for CreateReceiptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_receipt`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct DeleteReceiptRequest {
    /// `receipts`.
    pub receipts: Vec<DeleteReceiptRequestReceipts>,
}
impl DeleteReceiptRequest {
    /// A `DeleteReceiptRequest` with its required fields (`receipts`); set the others with the methods named after them.
    pub fn new(
        receipts: impl IntoIterator<Item = DeleteReceiptRequestReceipts>,
    ) -> Self {
        Self {
            receipts: receipts.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for DeleteReceiptRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("receipts", &self.receipts)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for DeleteReceiptRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for DeleteReceiptRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "receipts" => rt::read_field(map, &mut self.receipts),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for DeleteReceiptRequest {
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
/// The request of [`Api::get_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetCustomerRequest {
    /// `code`: a query parameter.
    pub code: String,
}
impl GetCustomerRequest {
    /// A `GetCustomerRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(code: impl Into<String>) -> Self {
        Self { code: code.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetCustomerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetCustomerRequest {
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
impl rt::WriteRequest for GetCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetInvoiceByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetInvoiceByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "request" => rt::read_field(map, &mut self.request),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetInvoiceByPageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("request", &self.request);
    }
}
/// The request of [`Api::get_product`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetProductRequest {
    /// `code`: a query parameter.
    pub code: String,
}
impl GetProductRequest {
    /// A `GetProductRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(code: impl Into<String>) -> Self {
        Self { code: code.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetProductRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetProductRequest {
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
impl rt::WriteRequest for GetProductRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
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
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetReceiptRequest {
    /// `code`: a query parameter.
    pub code: String,
    /// `modelId`: a query parameter.
    pub model_id: String,
}
impl GetReceiptRequest {
    /// A `GetReceiptRequest` with its required fields (`code`, `modelId`); set the others with the methods named after them.
    pub fn new(code: impl Into<String>, model_id: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            model_id: model_id.into(),
        }
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
            "code" => rt::read_field(map, &mut self.code),
            "modelId" => rt::read_field(map, &mut self.model_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetReceiptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
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
/// The request of [`Api::get_yong_you_open_api_token`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetYongYouOpenApiTokenRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl GetYongYouOpenApiTokenRequest {
    /// A `GetYongYouOpenApiTokenRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetYongYouOpenApiTokenRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetYongYouOpenApiTokenRequest {
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
impl rt::serde::Serialize for ProfessionBenefitConsumeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("benefitCode", &self.benefit_code)?;
        object.optional("bizRequestId", &self.biz_request_id)?;
        object.optional("quota", &self.quota)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ProfessionBenefitConsumeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ProfessionBenefitConsumeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitCode" => rt::read_field(map, &mut self.benefit_code),
            "bizRequestId" => rt::read_field(map, &mut self.biz_request_id),
            "quota" => rt::read_field(map, &mut self.quota),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for ProfessionBenefitConsumeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::push_historical_receipts`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl PushHistoricalReceiptsRequest {
    /// A `PushHistoricalReceiptsRequest` with its required fields (`bizId`, `formCodeList`, `startTime`); set the others with the methods named after them.
    pub fn new(
        biz_id: impl Into<String>,
        form_code_list: impl IntoIterator<Item = impl Into<String>>,
        start_time: i64,
    ) -> Self {
        Self {
            biz_id: biz_id.into(),
            end_time: None,
            forced_ignore_dup: None,
            form_code_list: form_code_list.into_iter().map(Into::into).collect(),
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
impl rt::serde::Serialize for PushHistoricalReceiptsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bizId", &self.biz_id)?;
        object.optional("endTime", &self.end_time)?;
        object.optional("forcedIgnoreDup", &self.forced_ignore_dup)?;
        object.field("formCodeList", &self.form_code_list)?;
        object.field("startTime", &self.start_time)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for PushHistoricalReceiptsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for PushHistoricalReceiptsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizId" => rt::read_field(map, &mut self.biz_id),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "forcedIgnoreDup" => rt::read_field(map, &mut self.forced_ignore_dup),
            "formCodeList" => rt::read_field(map, &mut self.form_code_list),
            "startTime" => rt::read_field(map, &mut self.start_time),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryBenefitRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryBenefitRequest {
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
impl rt::WriteRequest for QueryBenefitRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("benefitCode", &self.benefit_code);
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCompanyInvoiceRelationCountRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCompanyInvoiceRelationCountRequest {
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
impl rt::WriteRequest for QueryCompanyInvoiceRelationCountRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("companyCode", &self.company_code);
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCustomerInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCustomerInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "keyword" => rt::read_field(map, &mut self.keyword),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryEnterpriseAccountByPageRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
impl QueryEnterpriseAccountByPageRequest {
    /// A `QueryEnterpriseAccountByPageRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(page_number: i64, page_size: i64) -> Self {
        Self { page_number, page_size }
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
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryMultiCompanyInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryMultiCompanyInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "startStatus" => rt::read_field(map, &mut self.start_status),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryMultiCompanyInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("startStatus", &self.start_status);
    }
}
/// The request of [`Api::query_permission_by_user_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryPermissionByUserIdRequest {
    /// `companyCode`: a query parameter.
    pub company_code: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: String,
}
impl QueryPermissionByUserIdRequest {
    /// A `QueryPermissionByUserIdRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            company_code: None,
            user_id: user_id.into(),
        }
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryPermissionByUserIdRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryPermissionByUserIdRequest {
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
impl rt::WriteRequest for QueryPermissionByUserIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("companyCode", &self.company_code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_permission_role_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryPermissionRoleMemberRequest {
    /// `companyCode`.
    pub company_code: Option<String>,
    /// `roleCodeList`.
    pub role_code_list: Vec<String>,
}
impl QueryPermissionRoleMemberRequest {
    /// A `QueryPermissionRoleMemberRequest` with its required fields (`roleCodeList`); set the others with the methods named after them.
    pub fn new(role_code_list: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            company_code: None,
            role_code_list: role_code_list.into_iter().map(Into::into).collect(),
        }
    }
    /// Sets `companyCode`.
    pub fn company_code(mut self, value: impl Into<String>) -> Self {
        self.company_code = Some(value.into());
        self
    }
}
impl rt::serde::Serialize for QueryPermissionRoleMemberRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyCode", &self.company_code)?;
        object.field("roleCodeList", &self.role_code_list)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryPermissionRoleMemberRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryPermissionRoleMemberRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "roleCodeList" => rt::read_field(map, &mut self.role_code_list),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for QueryPermissionRoleMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryReceiptDetailForInvoiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryReceiptDetailForInvoiceRequest {
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryReceiptsBaseInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryReceiptsBaseInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountantBookId" => rt::read_field(map, &mut self.accountant_book_id),
            "amountEnd" => rt::read_field(map, &mut self.amount_end),
            "amountStart" => rt::read_field(map, &mut self.amount_start),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "endTime" => rt::read_field(map, &mut self.end_time),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "startTime" => rt::read_field(map, &mut self.start_time),
            "timeFilterField" => rt::read_field(map, &mut self.time_filter_field),
            "title" => rt::read_field(map, &mut self.title),
            "voucherStatus" => rt::read_field(map, &mut self.voucher_status),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryReceiptsByPageRequest {
    /// A `QueryReceiptsByPageRequest` with its required fields (`modelId`, `pageNumber`, `pageSize`, `startTime`, `timeFilterField`); set the others with the methods named after them.
    pub fn new(
        model_id: impl Into<String>,
        page_number: i64,
        page_size: i64,
        start_time: i64,
        time_filter_field: impl Into<String>,
    ) -> Self {
        Self {
            end_time: None,
            model_id: model_id.into(),
            page_number,
            page_size,
            start_time,
            time_filter_field: time_filter_field.into(),
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
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
            "modelId" => rt::read_field(map, &mut self.model_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryRoleMemberByPageRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryRoleMemberByPageRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "maxResults" => rt::read_field(map, &mut self.max_results),
            "nextToken" => rt::read_field(map, &mut self.next_token),
            "roleCode" => rt::read_field(map, &mut self.role_code),
            _ => Ok(false),
        }
    }
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
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UnbindApplyReceiptAndInvoiceRelatedRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("invoiceKeyVOList", &self.invoice_key_vo_list)?;
        object.optional("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UnbindApplyReceiptAndInvoiceRelatedRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UnbindApplyReceiptAndInvoiceRelatedRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "invoiceKeyVOList" => rt::read_field(map, &mut self.invoice_key_vo_list),
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateApplyReceiptAndInvoiceRelatedRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("generalInvoiceVOList", &self.general_invoice_vo_list)?;
        object.optional("instanceId", &self.instance_id)?;
        object.optional("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateApplyReceiptAndInvoiceRelatedRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateApplyReceiptAndInvoiceRelatedRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "generalInvoiceVOList" => {
                rt::read_field(map, &mut self.general_invoice_vo_list)
            }
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateDigitalInvoiceOrgInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("digitalInvoiceType", &self.digital_invoice_type)?;
        object.optional("isDigitalOrg", &self.is_digital_org)?;
        object.optional("location", &self.location)?;
        object.optional("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateDigitalInvoiceOrgInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateDigitalInvoiceOrgInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "digitalInvoiceType" => rt::read_field(map, &mut self.digital_invoice_type),
            "isDigitalOrg" => rt::read_field(map, &mut self.is_digital_org),
            "location" => rt::read_field(map, &mut self.location),
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateFinanceCompanyInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateFinanceCompanyInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyName" => rt::read_field(map, &mut self.company_name),
            "taxNature" => rt::read_field(map, &mut self.tax_nature),
            "taxNo" => rt::read_field(map, &mut self.tax_no),
            "taxOrInvoiceHasInit" => {
                rt::read_field(map, &mut self.tax_or_invoice_has_init)
            }
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl UpdateFinanceMultiCompanyInfoRequest {
    /// A `UpdateFinanceMultiCompanyInfoRequest` with its required fields (`companyCode`, `companyName`); set the others with the methods named after them.
    pub fn new(
        company_code: impl Into<String>,
        company_name: impl Into<String>,
    ) -> Self {
        Self {
            company_code: company_code.into(),
            company_name: company_name.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateFinanceMultiCompanyInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateFinanceMultiCompanyInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "companyName" => rt::read_field(map, &mut self.company_name),
            "taxNature" => rt::read_field(map, &mut self.tax_nature),
            "taxNo" => rt::read_field(map, &mut self.tax_no),
            "taxOrInvoiceHasInit" => {
                rt::read_field(map, &mut self.tax_or_invoice_has_init)
            }
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateInvoiceAbandonStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("blueGeneralInvoiceVO", &self.blue_general_invoice_vo)?;
        object.optional("blueInvoiceCode", &self.blue_invoice_code)?;
        object.optional("blueInvoiceNo", &self.blue_invoice_no)?;
        object.optional("blueInvoiceStatus", &self.blue_invoice_status)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("operator", &self.operator)?;
        object.optional("redGeneralInvoiceVO", &self.red_general_invoice_vo)?;
        object.optional("redInvoiceCode", &self.red_invoice_code)?;
        object.optional("redInvoiceNo", &self.red_invoice_no)?;
        object.optional("redInvoiceStatus", &self.red_invoice_status)?;
        object.optional("targetInvoice", &self.target_invoice)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceAbandonStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceAbandonStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "blueGeneralInvoiceVO" => {
                rt::read_field(map, &mut self.blue_general_invoice_vo)
            }
            "blueInvoiceCode" => rt::read_field(map, &mut self.blue_invoice_code),
            "blueInvoiceNo" => rt::read_field(map, &mut self.blue_invoice_no),
            "blueInvoiceStatus" => rt::read_field(map, &mut self.blue_invoice_status),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "operator" => rt::read_field(map, &mut self.operator),
            "redGeneralInvoiceVO" => {
                rt::read_field(map, &mut self.red_general_invoice_vo)
            }
            "redInvoiceCode" => rt::read_field(map, &mut self.red_invoice_code),
            "redInvoiceNo" => rt::read_field(map, &mut self.red_invoice_no),
            "redInvoiceStatus" => rt::read_field(map, &mut self.red_invoice_status),
            "targetInvoice" => rt::read_field(map, &mut self.target_invoice),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateInvoiceAccountPeriodRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountPeriod", &self.account_period)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("generalInvoiceVOList", &self.general_invoice_vo_list)?;
        object.optional("invoiceKeyVOList", &self.invoice_key_vo_list)?;
        object.optional("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceAccountPeriodRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceAccountPeriodRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountPeriod" => rt::read_field(map, &mut self.account_period),
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "generalInvoiceVOList" => {
                rt::read_field(map, &mut self.general_invoice_vo_list)
            }
            "invoiceKeyVOList" => rt::read_field(map, &mut self.invoice_key_vo_list),
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateInvoiceAccountingPeriodDateRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("invoiceFinanceInfoVOList", &self.invoice_finance_info_vo_list)?;
        object.optional("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceAccountingPeriodDateRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceAccountingPeriodDateRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "invoiceFinanceInfoVOList" => {
                rt::read_field(map, &mut self.invoice_finance_info_vo_list)
            }
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateInvoiceAccountingStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("invoiceFinanceInfoVOList", &self.invoice_finance_info_vo_list)?;
        object.optional("operator", &self.operator)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceAccountingStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceAccountingStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "invoiceFinanceInfoVOList" => {
                rt::read_field(map, &mut self.invoice_finance_info_vo_list)
            }
            "operator" => rt::read_field(map, &mut self.operator),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateInvoiceAndReceiptRelatedRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("generalInvoiceVO", &self.general_invoice_vo)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.optional("operator", &self.operator)?;
        object.optional("receiptCode", &self.receipt_code)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceAndReceiptRelatedRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceAndReceiptRelatedRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "generalInvoiceVO" => rt::read_field(map, &mut self.general_invoice_vo),
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            "operator" => rt::read_field(map, &mut self.operator),
            "receiptCode" => rt::read_field(map, &mut self.receipt_code),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceIgnoreStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceIgnoreStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "instanceId" => rt::read_field(map, &mut self.instance_id),
            "operator" => rt::read_field(map, &mut self.operator),
            "status" => rt::read_field(map, &mut self.status),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateInvoiceVerifyStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("companyCode", &self.company_code)?;
        object.optional("deductStatus", &self.deduct_status)?;
        object.optional("generalInvoiceVOList", &self.general_invoice_vo_list)?;
        object.optional("invoiceKeyVOList", &self.invoice_key_vo_list)?;
        object.optional("operator", &self.operator)?;
        object.optional("verifyStatus", &self.verify_status)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceVerifyStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceVerifyStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "companyCode" => rt::read_field(map, &mut self.company_code),
            "deductStatus" => rt::read_field(map, &mut self.deduct_status),
            "generalInvoiceVOList" => {
                rt::read_field(map, &mut self.general_invoice_vo_list)
            }
            "invoiceKeyVOList" => rt::read_field(map, &mut self.invoice_key_vo_list),
            "operator" => rt::read_field(map, &mut self.operator),
            "verifyStatus" => rt::read_field(map, &mut self.verify_status),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateInvoiceVoucherStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountantBookId", &self.accountant_book_id)?;
        object.optional("actionType", &self.action_type)?;
        object.optional("invoiceCode", &self.invoice_code)?;
        object.optional("invoiceNo", &self.invoice_no)?;
        object.optional("operator", &self.operator)?;
        object.optional("voucherId", &self.voucher_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateInvoiceVoucherStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateInvoiceVoucherStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountantBookId" => rt::read_field(map, &mut self.accountant_book_id),
            "actionType" => rt::read_field(map, &mut self.action_type),
            "invoiceCode" => rt::read_field(map, &mut self.invoice_code),
            "invoiceNo" => rt::read_field(map, &mut self.invoice_no),
            "operator" => rt::read_field(map, &mut self.operator),
            "voucherId" => rt::read_field(map, &mut self.voucher_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for UpdateInvoiceVoucherStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_receipt`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct UpdateReceiptRequest {
    /// `receipts`.
    pub receipts: Vec<UpdateReceiptRequestReceipts>,
}
impl UpdateReceiptRequest {
    /// A `UpdateReceiptRequest` with its required fields (`receipts`); set the others with the methods named after them.
    pub fn new(
        receipts: impl IntoIterator<Item = UpdateReceiptRequestReceipts>,
    ) -> Self {
        Self {
            receipts: receipts.into_iter().collect(),
        }
    }
}
impl rt::serde::Serialize for UpdateReceiptRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("receipts", &self.receipts)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateReceiptRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateReceiptRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "receipts" => rt::read_field(map, &mut self.receipts),
            _ => Ok(false),
        }
    }
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
impl rt::serde::Serialize for UpdateReceiptVoucherStatusRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("accountPeriod", &self.account_period)?;
        object.optional("actionType", &self.action_type)?;
        object.optional("operatorId", &self.operator_id)?;
        object.optional("receiptId", &self.receipt_id)?;
        object.optional("voucherCode", &self.voucher_code)?;
        object.optional("voucherId", &self.voucher_id)?;
        object.optional("voucherNo", &self.voucher_no)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for UpdateReceiptVoucherStatusRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for UpdateReceiptVoucherStatusRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "accountPeriod" => rt::read_field(map, &mut self.account_period),
            "actionType" => rt::read_field(map, &mut self.action_type),
            "operatorId" => rt::read_field(map, &mut self.operator_id),
            "receiptId" => rt::read_field(map, &mut self.receipt_id),
            "voucherCode" => rt::read_field(map, &mut self.voucher_code),
            "voucherId" => rt::read_field(map, &mut self.voucher_id),
            "voucherNo" => rt::read_field(map, &mut self.voucher_no),
            _ => Ok(false),
        }
    }
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
