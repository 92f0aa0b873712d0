// @generated from api-spec/finance_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 金融 (Finance)：批量付款、代扣与收单、助贷进件与发票；付款码的接口在钉钉文档的“钉工牌”下。
//!
//! 32 operations, methods of [`Api`] (`client.finance_1_0()`), behind the cargo feature `finance_1_0`; its paths start with `/v1.0/finance/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `finance_1_0`. Get it with `client.finance_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 批量付款
    ///
    /// `POST /v1.0/finance/batchTrades/orders/pay`: DingTalk's `ApplyBatchPay` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ApplyBatchPay")]
    #[doc(alias = "/v1.0/finance/batchTrades/orders/pay")]
    #[doc(alias = "POST /v1.0/finance/batchTrades/orders/pay")]
    pub fn apply_batch_pay(
        &self,
        request: &ApplyBatchPayRequest,
    ) -> rt::Call<ApplyBatchPayResponseBody, ApplyBatchPayError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ApplyBatchPay",
            rt::Method::Post,
            "/v1.0/finance/batchTrades/orders/pay",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 助贷业务关闭借款入口
    ///
    /// `POST /v1.0/finance/loans/entrances/close`: DingTalk's `CloseLoanEntrance` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CloseLoanEntrance")]
    #[doc(alias = "/v1.0/finance/loans/entrances/close")]
    #[doc(alias = "POST /v1.0/finance/loans/entrances/close")]
    pub fn close_loan_entrance(
        &self,
        request: &CloseLoanEntranceRequest,
    ) -> rt::Call<CloseLoanEntranceResponseBody, CloseLoanEntranceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CloseLoanEntrance",
            rt::Method::Post,
            "/v1.0/finance/loans/entrances/close",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 子机构创建进件预校验
    ///
    /// `POST /v1.0/finance/institutions/subInstitutions/consult`: DingTalk's `ConsultCreateSubInstitution` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ConsultCreateSubInstitution")]
    #[doc(alias = "/v1.0/finance/institutions/subInstitutions/consult")]
    #[doc(alias = "POST /v1.0/finance/institutions/subInstitutions/consult")]
    pub fn consult_create_sub_institution(
        &self,
        request: &ConsultCreateSubInstitutionRequest,
    ) -> rt::Call<
        ConsultCreateSubInstitutionResponseBody,
        ConsultCreateSubInstitutionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ConsultCreateSubInstitution",
            rt::Method::Post,
            "/v1.0/finance/institutions/subInstitutions/consult",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 发起代扣交易
    ///
    /// `POST /v1.0/finance/withholdingOrders`: DingTalk's `CreatWithholdingOrderAndPay` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreatWithholdingOrderAndPay")]
    #[doc(alias = "/v1.0/finance/withholdingOrders")]
    #[doc(alias = "POST /v1.0/finance/withholdingOrders")]
    pub fn creat_withholding_order_and_pay(
        &self,
        request: &CreatWithholdingOrderAndPayRequest,
    ) -> rt::Call<
        CreatWithholdingOrderAndPayResponseBody,
        CreatWithholdingOrderAndPayError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreatWithholdingOrderAndPay",
            rt::Method::Post,
            "/v1.0/finance/withholdingOrders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 收单退款交易
    ///
    /// `POST /v1.0/finance/acquireOrders/refund`: DingTalk's `CreateAcquireRefundOrder` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateAcquireRefundOrder")]
    #[doc(alias = "/v1.0/finance/acquireOrders/refund")]
    #[doc(alias = "POST /v1.0/finance/acquireOrders/refund")]
    pub fn create_acquire_refund_order(
        &self,
        request: &CreateAcquireRefundOrderRequest,
    ) -> rt::Call<CreateAcquireRefundOrderResponseBody, CreateAcquireRefundOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateAcquireRefundOrder",
            rt::Method::Post,
            "/v1.0/finance/acquireOrders/refund",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建批量支付单
    ///
    /// `POST /v1.0/finance/batchTrades/orders`: DingTalk's `CreateBatchTradeOrder` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateBatchTradeOrder")]
    #[doc(alias = "/v1.0/finance/batchTrades/orders")]
    #[doc(alias = "POST /v1.0/finance/batchTrades/orders")]
    pub fn create_batch_trade_order(
        &self,
        request: &CreateBatchTradeOrderRequest,
    ) -> rt::Call<CreateBatchTradeOrderResponseBody, CreateBatchTradeOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateBatchTradeOrder",
            rt::Method::Post,
            "/v1.0/finance/batchTrades/orders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建子机构
    ///
    /// `POST /v1.0/finance/institutions/subInstitutions`: DingTalk's `CreateSubInstitution` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateSubInstitution")]
    #[doc(alias = "/v1.0/finance/institutions/subInstitutions")]
    #[doc(alias = "POST /v1.0/finance/institutions/subInstitutions")]
    pub fn create_sub_institution(
        &self,
        request: &CreateSubInstitutionRequest,
    ) -> rt::Call<CreateSubInstitutionResponseBody, CreateSubInstitutionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateSubInstitution",
            rt::Method::Post,
            "/v1.0/finance/institutions/subInstitutions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建用户码实例
    ///
    /// `POST /v1.0/finance/payCodes/userInstances`: DingTalk's `CreateUserCodeInstance` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateUserCodeInstance")]
    #[doc(alias = "/v1.0/finance/payCodes/userInstances")]
    #[doc(alias = "POST /v1.0/finance/payCodes/userInstances")]
    pub fn create_user_code_instance(
        &self,
        request: &CreateUserCodeInstanceRequest,
    ) -> rt::Call<CreateUserCodeInstanceResponseBody, CreateUserCodeInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateUserCodeInstance",
            rt::Method::Post,
            "/v1.0/finance/payCodes/userInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 解码付款码
    ///
    /// `POST /v1.0/finance/payCodes/decode`: DingTalk's `DecodePayCode` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DecodePayCode")]
    #[doc(alias = "/v1.0/finance/payCodes/decode")]
    #[doc(alias = "POST /v1.0/finance/payCodes/decode")]
    pub fn decode_pay_code(
        &self,
        request: &DecodePayCodeRequest,
    ) -> rt::Call<DecodePayCodeResponseBody, DecodePayCodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DecodePayCode",
            rt::Method::Post,
            "/v1.0/finance/payCodes/decode",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 企业金融助贷业务进件通知接口
    ///
    /// `POST /v1.0/finance/loans/notifications/register`: DingTalk's `FinanceLoanNotifyRegister` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "FinanceLoanNotifyRegister")]
    #[doc(alias = "/v1.0/finance/loans/notifications/register")]
    #[doc(alias = "POST /v1.0/finance/loans/notifications/register")]
    pub fn finance_loan_notify_register(
        &self,
        request: &FinanceLoanNotifyRegisterRequest,
    ) -> rt::Call<
        FinanceLoanNotifyRegisterResponseBody,
        FinanceLoanNotifyRegisterError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "FinanceLoanNotifyRegister",
            rt::Method::Post,
            "/v1.0/finance/loans/notifications/register",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改子机构信息
    ///
    /// `POST /v1.0/finance/institutions/subInstitutions/modify`: DingTalk's `ModifySubInstitution` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ModifySubInstitution")]
    #[doc(alias = "/v1.0/finance/institutions/subInstitutions/modify")]
    #[doc(alias = "POST /v1.0/finance/institutions/subInstitutions/modify")]
    pub fn modify_sub_institution(
        &self,
        request: &ModifySubInstitutionRequest,
    ) -> rt::Call<ModifySubInstitutionResponseBody, ModifySubInstitutionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ModifySubInstitution",
            rt::Method::Post,
            "/v1.0/finance/institutions/subInstitutions/modify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通知付款码支付结果
    ///
    /// `POST /v1.0/finance/payCodes/payResults/notify`: DingTalk's `NotifyPayCodePayResult` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "NotifyPayCodePayResult")]
    #[doc(alias = "/v1.0/finance/payCodes/payResults/notify")]
    #[doc(alias = "POST /v1.0/finance/payCodes/payResults/notify")]
    pub fn notify_pay_code_pay_result(
        &self,
        request: &NotifyPayCodePayResultRequest,
    ) -> rt::Call<NotifyPayCodePayResultResponseBody, NotifyPayCodePayResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "NotifyPayCodePayResult",
            rt::Method::Post,
            "/v1.0/finance/payCodes/payResults/notify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通知付款码退款结果
    ///
    /// `POST /v1.0/finance/payCodes/refundResults/notify`: DingTalk's `NotifyPayCodeRefundResult` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "NotifyPayCodeRefundResult")]
    #[doc(alias = "/v1.0/finance/payCodes/refundResults/notify")]
    #[doc(alias = "POST /v1.0/finance/payCodes/refundResults/notify")]
    pub fn notify_pay_code_refund_result(
        &self,
        request: &NotifyPayCodeRefundResultRequest,
    ) -> rt::Call<
        NotifyPayCodeRefundResultResponseBody,
        NotifyPayCodeRefundResultError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "NotifyPayCodeRefundResult",
            rt::Method::Post,
            "/v1.0/finance/payCodes/refundResults/notify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 上报码验证结果
    ///
    /// `POST /v1.0/finance/payCodes/verifyResults/notify`: DingTalk's `NotifyVerifyResult` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "NotifyVerifyResult")]
    #[doc(alias = "/v1.0/finance/payCodes/verifyResults/notify")]
    #[doc(alias = "POST /v1.0/finance/payCodes/verifyResults/notify")]
    pub fn notify_verify_result(
        &self,
        request: &NotifyVerifyResultRequest,
    ) -> rt::Call<NotifyVerifyResultResponseBody, NotifyVerifyResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "NotifyVerifyResult",
            rt::Method::Post,
            "/v1.0/finance/payCodes/verifyResults/notify",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 预创建群收款订单返回订单号
    ///
    /// `POST /v1.0/finance/groupbills/preCreate`: DingTalk's `PreCreateGroupBillOrder` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PreCreateGroupBillOrder")]
    #[doc(alias = "/v1.0/finance/groupbills/preCreate")]
    #[doc(alias = "POST /v1.0/finance/groupbills/preCreate")]
    pub fn pre_create_group_bill_order(
        &self,
        request: &PreCreateGroupBillOrderRequest,
    ) -> rt::Call<PreCreateGroupBillOrderResponseBody, PreCreateGroupBillOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PreCreateGroupBillOrder",
            rt::Method::Post,
            "/v1.0/finance/groupbills/preCreate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询收单退款交易
    ///
    /// `GET /v1.0/finance/acquireOrders/refunds`: DingTalk's `QueryAcquireRefundOrder` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryAcquireRefundOrder")]
    #[doc(alias = "/v1.0/finance/acquireOrders/refunds")]
    #[doc(alias = "GET /v1.0/finance/acquireOrders/refunds")]
    pub fn query_acquire_refund_order(
        &self,
        request: &QueryAcquireRefundOrderRequest,
    ) -> rt::Call<QueryAcquireRefundOrderResponseBody, QueryAcquireRefundOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAcquireRefundOrder",
            rt::Method::Get,
            "/v1.0/finance/acquireOrders/refunds",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询批量付款明细列表
    ///
    /// `GET /v1.0/finance/batchTrades/details`: DingTalk's `QueryBatchTradeDetailList` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_batch_trade_detail_list_pages`].
    #[doc(alias = "QueryBatchTradeDetailList")]
    #[doc(alias = "/v1.0/finance/batchTrades/details")]
    #[doc(alias = "GET /v1.0/finance/batchTrades/details")]
    pub fn query_batch_trade_detail_list(
        &self,
        request: &QueryBatchTradeDetailListRequest,
    ) -> rt::Call<
        QueryBatchTradeDetailListResponseBody,
        QueryBatchTradeDetailListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBatchTradeDetailList",
            rt::Method::Get,
            "/v1.0/finance/batchTrades/details",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据请求对象查询批量交易订单信息
    ///
    /// `POST /v1.0/finance/batchTrades/orders/query`: DingTalk's `QueryBatchTradeOrder` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryBatchTradeOrder")]
    #[doc(alias = "/v1.0/finance/batchTrades/orders/query")]
    #[doc(alias = "POST /v1.0/finance/batchTrades/orders/query")]
    pub fn query_batch_trade_order(
        &self,
        request: &QueryBatchTradeOrderRequest,
    ) -> rt::Call<QueryBatchTradeOrderResponseBody, QueryBatchTradeOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBatchTradeOrder",
            rt::Method::Post,
            "/v1.0/finance/batchTrades/orders/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询付款账号列表
    ///
    /// `GET /v1.0/finance/payAccounts`: DingTalk's `QueryPayAccountList` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryPayAccountList")]
    #[doc(alias = "/v1.0/finance/payAccounts")]
    #[doc(alias = "GET /v1.0/finance/payAccounts")]
    pub fn query_pay_account_list(
        &self,
    ) -> rt::Call<QueryPayAccountListResponseBody, QueryPayAccountListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryPayAccountList",
            rt::Method::Get,
            "/v1.0/finance/payAccounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询子机构申请单状态
    ///
    /// `GET /v1.0/finance/institutions/subInstitutions/orders`: DingTalk's `QueryRegisterOrder` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryRegisterOrder")]
    #[doc(alias = "/v1.0/finance/institutions/subInstitutions/orders")]
    #[doc(alias = "GET /v1.0/finance/institutions/subInstitutions/orders")]
    pub fn query_register_order(
        &self,
        request: &QueryRegisterOrderRequest,
    ) -> rt::Call<QueryRegisterOrderResponseBody, QueryRegisterOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRegisterOrder",
            rt::Method::Get,
            "/v1.0/finance/institutions/subInstitutions/orders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户协议
    ///
    /// `GET /v1.0/finance/userAgreements`: DingTalk's `QueryUserAgreement` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserAgreement")]
    #[doc(alias = "/v1.0/finance/userAgreements")]
    #[doc(alias = "GET /v1.0/finance/userAgreements")]
    pub fn query_user_agreement(
        &self,
        request: &QueryUserAgreementRequest,
    ) -> rt::Call<QueryUserAgreementResponseBody, QueryUserAgreementError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserAgreement",
            rt::Method::Get,
            "/v1.0/finance/userAgreements",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户绑定支付宝信息
    ///
    /// `GET /v1.0/finance/userAlipayAccounts`: DingTalk's `QueryUserAlipayAccount` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserAlipayAccount")]
    #[doc(alias = "/v1.0/finance/userAlipayAccounts")]
    #[doc(alias = "GET /v1.0/finance/userAlipayAccounts")]
    pub fn query_user_alipay_account(
        &self,
    ) -> rt::Call<QueryUserAlipayAccountResponseBody, QueryUserAlipayAccountError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserAlipayAccount",
            rt::Method::Get,
            "/v1.0/finance/userAlipayAccounts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询代扣交易订单信息
    ///
    /// `GET /v1.0/finance/withholdingOrders`: DingTalk's `QueryWithholdingOrder` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryWithholdingOrder")]
    #[doc(alias = "/v1.0/finance/withholdingOrders")]
    #[doc(alias = "GET /v1.0/finance/withholdingOrders")]
    pub fn query_withholding_order(
        &self,
        request: &QueryWithholdingOrderRequest,
    ) -> rt::Call<QueryWithholdingOrderResponseBody, QueryWithholdingOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryWithholdingOrder",
            rt::Method::Get,
            "/v1.0/finance/withholdingOrders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 保存付款码企业配置信息
    ///
    /// `POST /v1.0/finance/payCodes/corpSettings`: DingTalk's `SaveCorpPayCode` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveCorpPayCode")]
    #[doc(alias = "/v1.0/finance/payCodes/corpSettings")]
    #[doc(alias = "POST /v1.0/finance/payCodes/corpSettings")]
    pub fn save_corp_pay_code(
        &self,
        request: &SaveCorpPayCodeRequest,
    ) -> rt::Call<SaveCorpPayCodeResponseBody, SaveCorpPayCodeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveCorpPayCode",
            rt::Method::Post,
            "/v1.0/finance/payCodes/corpSettings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 解约用户协议
    ///
    /// `POST /v1.0/finance/userAgreements/unsign`: DingTalk's `UnsignUserAgreement` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UnsignUserAgreement")]
    #[doc(alias = "/v1.0/finance/userAgreements/unsign")]
    #[doc(alias = "POST /v1.0/finance/userAgreements/unsign")]
    pub fn unsign_user_agreement(
        &self,
        request: &UnsignUserAgreementRequest,
    ) -> rt::Call<(), UnsignUserAgreementError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnsignUserAgreement",
            rt::Method::Post,
            "/v1.0/finance/userAgreements/unsign",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新用户码实例
    ///
    /// `PUT /v1.0/finance/payCodes/userInstances`: DingTalk's `UpateUserCodeInstance` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpateUserCodeInstance")]
    #[doc(alias = "/v1.0/finance/payCodes/userInstances")]
    #[doc(alias = "PUT /v1.0/finance/payCodes/userInstances")]
    pub fn upate_user_code_instance(
        &self,
        request: &UpateUserCodeInstanceRequest,
    ) -> rt::Call<UpateUserCodeInstanceResponseBody, UpateUserCodeInstanceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpateUserCodeInstance",
            rt::Method::Put,
            "/v1.0/finance/payCodes/userInstances",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用来给第三方企业提供发票验真结果更新的oapi
    ///
    /// `PUT /v1.0/finance/invoices/verifyStatus`: DingTalk's `UpdateInvoiceVerifyStatus` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInvoiceVerifyStatus")]
    #[doc(alias = "/v1.0/finance/invoices/verifyStatus")]
    #[doc(alias = "PUT /v1.0/finance/invoices/verifyStatus")]
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
            "/v1.0/finance/invoices/verifyStatus",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 上传发票
    ///
    /// `POST /v1.0/finance/invoices/upload`: DingTalk's `UploadInvoice` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UploadInvoice")]
    #[doc(alias = "/v1.0/finance/invoices/upload")]
    #[doc(alias = "POST /v1.0/finance/invoices/upload")]
    pub fn upload_invoice(
        &self,
        request: &UploadInvoiceRequest,
    ) -> rt::Call<UploadInvoiceResponseBody, UploadInvoiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UploadInvoice",
            rt::Method::Post,
            "/v1.0/finance/invoices/upload",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用户授权上传发票oapi
    ///
    /// `POST /v1.0/finance/invoices/authorizations/upload`: DingTalk's `UploadInvoiceByAuth` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UploadInvoiceByAuth")]
    #[doc(alias = "/v1.0/finance/invoices/authorizations/upload")]
    #[doc(alias = "POST /v1.0/finance/invoices/authorizations/upload")]
    pub fn upload_invoice_by_auth(
        &self,
        request: &UploadInvoiceByAuthRequest,
    ) -> rt::Call<UploadInvoiceByAuthResponseBody, UploadInvoiceByAuthError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UploadInvoiceByAuth",
            rt::Method::Post,
            "/v1.0/finance/invoices/authorizations/upload",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过手机号上传发票
    ///
    /// `POST /v1.0/finance/invoices/mobiles/upload`: DingTalk's `UploadInvoiceByMobile` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UploadInvoiceByMobile")]
    #[doc(alias = "/v1.0/finance/invoices/mobiles/upload")]
    #[doc(alias = "POST /v1.0/finance/invoices/mobiles/upload")]
    pub fn upload_invoice_by_mobile(
        &self,
        request: &UploadInvoiceByMobileRequest,
    ) -> rt::Call<UploadInvoiceByMobileResponseBody, UploadInvoiceByMobileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UploadInvoiceByMobile",
            rt::Method::Post,
            "/v1.0/finance/invoices/mobiles/upload",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 上传进件中的图片获得图片链接
    ///
    /// `POST /v1.0/finance/institutions/images`: DingTalk's `UploadRegisterImage` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UploadRegisterImage")]
    #[doc(alias = "/v1.0/finance/institutions/images")]
    #[doc(alias = "POST /v1.0/finance/institutions/images")]
    pub fn upload_register_image(
        &self,
        request: &UploadRegisterImageRequest,
    ) -> rt::Call<UploadRegisterImageResponseBody, UploadRegisterImageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UploadRegisterImage",
            rt::Method::Post,
            "/v1.0/finance/institutions/images",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用户协议签约
    ///
    /// `POST /v1.0/finance/userAgreements`: DingTalk's `UserAgreementPageSign` (module feature `finance_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UserAgreementPageSign")]
    #[doc(alias = "/v1.0/finance/userAgreements")]
    #[doc(alias = "POST /v1.0/finance/userAgreements")]
    pub fn user_agreement_page_sign(
        &self,
        request: &UserAgreementPageSignRequest,
    ) -> rt::Call<UserAgreementPageSignResponseBody, UserAgreementPageSignError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UserAgreementPageSign",
            rt::Method::Post,
            "/v1.0/finance/userAgreements",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::query_batch_trade_detail_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `total` items are read. Items: `batchTradeDetailList` of each page.
    pub fn query_batch_trade_detail_list_pages(
        &self,
        request: &QueryBatchTradeDetailListRequest,
    ) -> rt::Paginator<
        QueryBatchTradeDetailListResponseBody,
        QueryBatchTradeDetailListError,
        QueryBatchTradeDetailListResponseBodyBatchTradeDetailList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["batchTradeDetailList"],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.query_batch_trade_detail_list(request), &PAGING)
    }
}
/// `ApplyBatchPayResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ApplyBatchPayResponseBody {
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `payData`.
    pub pay_data: Option<String>,
}
rt::impl_deserialize! {
    ApplyBatchPayResponseBody { "orderNo" => read_field(order_no), "payData" =>
    read_field(pay_data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ApplyBatchPayResponseBody { "orderNo" => optional(order_no), "payData" =>
    optional(pay_data) }
}
/// `CloseLoanEntranceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CloseLoanEntranceResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    CloseLoanEntranceResponseBody { "requestId" => read_field(request_id), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CloseLoanEntranceResponseBody { "requestId" => optional(request_id), "result" =>
    optional(result) }
}
/// `ConsultCreateSubInstitutionRequestContactInfo`, a model several operations share: also named [`CreateSubInstitutionRequestContactInfo`], [`ModifySubInstitutionRequestContactInfo`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ConsultCreateSubInstitutionRequestContactInfo {
    /// `contactName`.
    pub contact_name: String,
    /// `mobile`.
    pub mobile: String,
}
/// The required fields of [`ConsultCreateSubInstitutionRequestContactInfo`], each named where it is set: `ConsultCreateSubInstitutionRequestContactInfo::new(ConsultCreateSubInstitutionRequestContactInfoRequired { .. })`.
pub struct ConsultCreateSubInstitutionRequestContactInfoRequired {
    /// `contactName`: see [`ConsultCreateSubInstitutionRequestContactInfo::contact_name`].
    pub contact_name: String,
    /// `mobile`: see [`ConsultCreateSubInstitutionRequestContactInfo::mobile`].
    pub mobile: String,
}
impl ConsultCreateSubInstitutionRequestContactInfo {
    /// A `ConsultCreateSubInstitutionRequestContactInfo` with its required fields (`contactName`, `mobile`); set the others with the methods named after them.
    pub fn new(required: ConsultCreateSubInstitutionRequestContactInfoRequired) -> Self {
        let ConsultCreateSubInstitutionRequestContactInfoRequired {
            contact_name,
            mobile,
        } = required;
        Self { contact_name, mobile }
    }
}
rt::impl_serialize! {
    ConsultCreateSubInstitutionRequestContactInfo { "contactName" => field(contact_name),
    "mobile" => field(mobile) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsultCreateSubInstitutionRequestContactInfo { "contactName" =>
    read_field(contact_name), "mobile" => read_field(mobile) }
}
/// `ConsultCreateSubInstitutionRequestLegalPersonCertInfo`, a model several operations share: also named [`CreateSubInstitutionRequestLegalPersonCertInfo`], [`ModifySubInstitutionRequestLegalPersonCertInfo`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ConsultCreateSubInstitutionRequestLegalPersonCertInfo {
    /// `certBackImage`.
    pub cert_back_image: Option<String>,
    /// `certFrontImage`.
    pub cert_front_image: Option<String>,
    /// `certName`.
    pub cert_name: String,
    /// `certType`.
    pub cert_type: Option<String>,
    /// `idCardNo`.
    pub id_card_no: String,
}
/// The required fields of [`ConsultCreateSubInstitutionRequestLegalPersonCertInfo`], each named where it is set: `ConsultCreateSubInstitutionRequestLegalPersonCertInfo::new(ConsultCreateSubInstitutionRequestLegalPersonCertInfoRequired { .. })`.
pub struct ConsultCreateSubInstitutionRequestLegalPersonCertInfoRequired {
    /// `certName`: see [`ConsultCreateSubInstitutionRequestLegalPersonCertInfo::cert_name`].
    pub cert_name: String,
    /// `idCardNo`: see [`ConsultCreateSubInstitutionRequestLegalPersonCertInfo::id_card_no`].
    pub id_card_no: String,
}
impl ConsultCreateSubInstitutionRequestLegalPersonCertInfo {
    /// A `ConsultCreateSubInstitutionRequestLegalPersonCertInfo` with its required fields (`certName`, `idCardNo`); set the others with the methods named after them.
    pub fn new(
        required: ConsultCreateSubInstitutionRequestLegalPersonCertInfoRequired,
    ) -> Self {
        let ConsultCreateSubInstitutionRequestLegalPersonCertInfoRequired {
            cert_name,
            id_card_no,
        } = required;
        Self {
            cert_back_image: None,
            cert_front_image: None,
            cert_name,
            cert_type: None,
            id_card_no,
        }
    }
    /// Sets `certBackImage`.
    pub fn cert_back_image(mut self, value: impl Into<String>) -> Self {
        self.cert_back_image = Some(value.into());
        self
    }
    /// Sets `certFrontImage`.
    pub fn cert_front_image(mut self, value: impl Into<String>) -> Self {
        self.cert_front_image = Some(value.into());
        self
    }
    /// Sets `certType`.
    pub fn cert_type(mut self, value: impl Into<String>) -> Self {
        self.cert_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConsultCreateSubInstitutionRequestLegalPersonCertInfo { "certBackImage" =>
    optional(cert_back_image), "certFrontImage" => optional(cert_front_image), "certName"
    => field(cert_name), "certType" => optional(cert_type), "idCardNo" =>
    field(id_card_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsultCreateSubInstitutionRequestLegalPersonCertInfo { "certBackImage" =>
    read_field(cert_back_image), "certFrontImage" => read_field(cert_front_image),
    "certName" => read_field(cert_name), "certType" => read_field(cert_type), "idCardNo"
    => read_field(id_card_no) }
}
/// `ConsultCreateSubInstitutionRequestQualificationInfos`, a model several operations share: also named [`CreateSubInstitutionRequestQualificationInfos`], [`ModifySubInstitutionRequestQualificationInfos`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ConsultCreateSubInstitutionRequestQualificationInfos {
    /// `qualificationImage`.
    pub qualification_image: String,
    /// `qualificationType`.
    pub qualification_type: String,
}
/// The required fields of [`ConsultCreateSubInstitutionRequestQualificationInfos`], each named where it is set: `ConsultCreateSubInstitutionRequestQualificationInfos::new(ConsultCreateSubInstitutionRequestQualificationInfosRequired { .. })`.
pub struct ConsultCreateSubInstitutionRequestQualificationInfosRequired {
    /// `qualificationImage`: see [`ConsultCreateSubInstitutionRequestQualificationInfos::qualification_image`].
    pub qualification_image: String,
    /// `qualificationType`: see [`ConsultCreateSubInstitutionRequestQualificationInfos::qualification_type`].
    pub qualification_type: String,
}
impl ConsultCreateSubInstitutionRequestQualificationInfos {
    /// A `ConsultCreateSubInstitutionRequestQualificationInfos` with its required fields (`qualificationImage`, `qualificationType`); set the others with the methods named after them.
    pub fn new(
        required: ConsultCreateSubInstitutionRequestQualificationInfosRequired,
    ) -> Self {
        let ConsultCreateSubInstitutionRequestQualificationInfosRequired {
            qualification_image,
            qualification_type,
        } = required;
        Self {
            qualification_image,
            qualification_type,
        }
    }
}
rt::impl_serialize! {
    ConsultCreateSubInstitutionRequestQualificationInfos { "qualificationImage" =>
    field(qualification_image), "qualificationType" => field(qualification_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsultCreateSubInstitutionRequestQualificationInfos { "qualificationImage" =>
    read_field(qualification_image), "qualificationType" =>
    read_field(qualification_type) }
}
/// `ConsultCreateSubInstitutionRequestSettleInfo`, a model several operations share: also named [`CreateSubInstitutionRequestSettleInfo`], [`ModifySubInstitutionRequestSettleInfo`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ConsultCreateSubInstitutionRequestSettleInfo {
    /// `accountId`.
    pub account_id: String,
    /// `accountName`.
    pub account_name: Option<String>,
    /// `accountType`.
    pub account_type: Option<String>,
    /// `bankBranchName`.
    pub bank_branch_name: Option<String>,
    /// `bankCity`.
    pub bank_city: Option<String>,
    /// `bankCode`.
    pub bank_code: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
    /// `bankProvince`.
    pub bank_province: Option<String>,
    /// `bankShortNameCode`.
    pub bank_short_name_code: Option<String>,
    /// `type`.
    pub r#type: String,
    /// `usageType`.
    pub usage_type: Option<String>,
}
/// The required fields of [`ConsultCreateSubInstitutionRequestSettleInfo`], each named where it is set: `ConsultCreateSubInstitutionRequestSettleInfo::new(ConsultCreateSubInstitutionRequestSettleInfoRequired { .. })`.
pub struct ConsultCreateSubInstitutionRequestSettleInfoRequired {
    /// `accountId`: see [`ConsultCreateSubInstitutionRequestSettleInfo::account_id`].
    pub account_id: String,
    /// `type`: see [`ConsultCreateSubInstitutionRequestSettleInfo::r#type`](ConsultCreateSubInstitutionRequestSettleInfo::type).
    pub r#type: String,
}
impl ConsultCreateSubInstitutionRequestSettleInfo {
    /// A `ConsultCreateSubInstitutionRequestSettleInfo` with its required fields (`accountId`, `type`); set the others with the methods named after them.
    pub fn new(required: ConsultCreateSubInstitutionRequestSettleInfoRequired) -> Self {
        let ConsultCreateSubInstitutionRequestSettleInfoRequired {
            account_id,
            r#type,
        } = required;
        Self {
            account_id,
            account_name: None,
            account_type: None,
            bank_branch_name: None,
            bank_city: None,
            bank_code: None,
            bank_name: None,
            bank_province: None,
            bank_short_name_code: None,
            r#type,
            usage_type: None,
        }
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
    /// Sets `bankBranchName`.
    pub fn bank_branch_name(mut self, value: impl Into<String>) -> Self {
        self.bank_branch_name = Some(value.into());
        self
    }
    /// Sets `bankCity`.
    pub fn bank_city(mut self, value: impl Into<String>) -> Self {
        self.bank_city = Some(value.into());
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
    /// Sets `bankProvince`.
    pub fn bank_province(mut self, value: impl Into<String>) -> Self {
        self.bank_province = Some(value.into());
        self
    }
    /// Sets `bankShortNameCode`.
    pub fn bank_short_name_code(mut self, value: impl Into<String>) -> Self {
        self.bank_short_name_code = Some(value.into());
        self
    }
    /// Sets `usageType`.
    pub fn usage_type(mut self, value: impl Into<String>) -> Self {
        self.usage_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConsultCreateSubInstitutionRequestSettleInfo { "accountId" => field(account_id),
    "accountName" => optional(account_name), "accountType" => optional(account_type),
    "bankBranchName" => optional(bank_branch_name), "bankCity" => optional(bank_city),
    "bankCode" => optional(bank_code), "bankName" => optional(bank_name), "bankProvince"
    => optional(bank_province), "bankShortNameCode" => optional(bank_short_name_code),
    "type" => field(r#type), "usageType" => optional(usage_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsultCreateSubInstitutionRequestSettleInfo { "accountId" => read_field(account_id),
    "accountName" => read_field(account_name), "accountType" => read_field(account_type),
    "bankBranchName" => read_field(bank_branch_name), "bankCity" =>
    read_field(bank_city), "bankCode" => read_field(bank_code), "bankName" =>
    read_field(bank_name), "bankProvince" => read_field(bank_province),
    "bankShortNameCode" => read_field(bank_short_name_code), "type" =>
    read_field(r#type), "usageType" => read_field(usage_type) }
}
/// `ConsultCreateSubInstitutionRequestSubInstAddressInfo`, a model several operations share: also named [`CreateSubInstitutionRequestSubInstAddressInfo`], [`ModifySubInstitutionRequestSubInstAddressInfo`], [`ConsultCreateSubInstitutionRequestSubInstInvoiceInfoMailAddress`], [`CreateSubInstitutionRequestSubInstInvoiceInfoMailAddress`], [`ModifySubInstitutionRequestSubInstInvoiceInfoMailAddress`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConsultCreateSubInstitutionRequestSubInstAddressInfo {
    /// `address`.
    pub address: Option<String>,
    /// `cityCode`.
    pub city_code: Option<String>,
    /// `districtCode`.
    pub district_code: Option<String>,
    /// `provinceCode`.
    pub province_code: Option<String>,
}
impl ConsultCreateSubInstitutionRequestSubInstAddressInfo {
    /// An empty `ConsultCreateSubInstitutionRequestSubInstAddressInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `address`.
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `cityCode`.
    pub fn city_code(mut self, value: impl Into<String>) -> Self {
        self.city_code = Some(value.into());
        self
    }
    /// Sets `districtCode`.
    pub fn district_code(mut self, value: impl Into<String>) -> Self {
        self.district_code = Some(value.into());
        self
    }
    /// Sets `provinceCode`.
    pub fn province_code(mut self, value: impl Into<String>) -> Self {
        self.province_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConsultCreateSubInstitutionRequestSubInstAddressInfo { "address" =>
    optional(address), "cityCode" => optional(city_code), "districtCode" =>
    optional(district_code), "provinceCode" => optional(province_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsultCreateSubInstitutionRequestSubInstAddressInfo { "address" =>
    read_field(address), "cityCode" => read_field(city_code), "districtCode" =>
    read_field(district_code), "provinceCode" => read_field(province_code) }
}
/// `ConsultCreateSubInstitutionRequestSubInstAuthInfo`, a model several operations share: also named [`CreateSubInstitutionRequestSubInstAuthInfo`], [`ModifySubInstitutionRequestSubInstAuthInfo`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConsultCreateSubInstitutionRequestSubInstAuthInfo {
    /// `authorizationLetterUrl`.
    pub authorization_letter_url: Option<String>,
}
impl ConsultCreateSubInstitutionRequestSubInstAuthInfo {
    /// An empty `ConsultCreateSubInstitutionRequestSubInstAuthInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `authorizationLetterUrl`.
    pub fn authorization_letter_url(mut self, value: impl Into<String>) -> Self {
        self.authorization_letter_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConsultCreateSubInstitutionRequestSubInstAuthInfo { "authorizationLetterUrl" =>
    optional(authorization_letter_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsultCreateSubInstitutionRequestSubInstAuthInfo { "authorizationLetterUrl" =>
    read_field(authorization_letter_url) }
}
/// `ConsultCreateSubInstitutionRequestSubInstBasicInfo`, a model several operations share: also named [`CreateSubInstitutionRequestSubInstBasicInfo`], [`ModifySubInstitutionRequestSubInstBasicInfo`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ConsultCreateSubInstitutionRequestSubInstBasicInfo {
    /// `aliasName`.
    pub alias_name: Option<String>,
    /// `mcc`.
    pub mcc: String,
    /// `subInstName`.
    pub sub_inst_name: String,
    /// `type`.
    pub r#type: String,
}
/// The required fields of [`ConsultCreateSubInstitutionRequestSubInstBasicInfo`], each named where it is set: `ConsultCreateSubInstitutionRequestSubInstBasicInfo::new(ConsultCreateSubInstitutionRequestSubInstBasicInfoRequired { .. })`.
pub struct ConsultCreateSubInstitutionRequestSubInstBasicInfoRequired {
    /// `mcc`: see [`ConsultCreateSubInstitutionRequestSubInstBasicInfo::mcc`].
    pub mcc: String,
    /// `subInstName`: see [`ConsultCreateSubInstitutionRequestSubInstBasicInfo::sub_inst_name`].
    pub sub_inst_name: String,
    /// `type`: see [`ConsultCreateSubInstitutionRequestSubInstBasicInfo::r#type`](ConsultCreateSubInstitutionRequestSubInstBasicInfo::type).
    pub r#type: String,
}
impl ConsultCreateSubInstitutionRequestSubInstBasicInfo {
    /// A `ConsultCreateSubInstitutionRequestSubInstBasicInfo` with its required fields (`mcc`, `subInstName`, `type`); set the others with the methods named after them.
    pub fn new(
        required: ConsultCreateSubInstitutionRequestSubInstBasicInfoRequired,
    ) -> Self {
        let ConsultCreateSubInstitutionRequestSubInstBasicInfoRequired {
            mcc,
            sub_inst_name,
            r#type,
        } = required;
        Self {
            alias_name: None,
            mcc,
            sub_inst_name,
            r#type,
        }
    }
    /// Sets `aliasName`.
    pub fn alias_name(mut self, value: impl Into<String>) -> Self {
        self.alias_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConsultCreateSubInstitutionRequestSubInstBasicInfo { "aliasName" =>
    optional(alias_name), "mcc" => field(mcc), "subInstName" => field(sub_inst_name),
    "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsultCreateSubInstitutionRequestSubInstBasicInfo { "aliasName" =>
    read_field(alias_name), "mcc" => read_field(mcc), "subInstName" =>
    read_field(sub_inst_name), "type" => read_field(r#type) }
}
/// `ConsultCreateSubInstitutionRequestSubInstCertifyInfo`, a model several operations share: also named [`CreateSubInstitutionRequestSubInstCertifyInfo`], [`ModifySubInstitutionRequestSubInstCertifyInfo`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ConsultCreateSubInstitutionRequestSubInstCertifyInfo {
    /// `certImage`.
    pub cert_image: Option<String>,
    /// `certNo`.
    pub cert_no: String,
    /// `certType`.
    pub cert_type: String,
}
/// The required fields of [`ConsultCreateSubInstitutionRequestSubInstCertifyInfo`], each named where it is set: `ConsultCreateSubInstitutionRequestSubInstCertifyInfo::new(ConsultCreateSubInstitutionRequestSubInstCertifyInfoRequired { .. })`.
pub struct ConsultCreateSubInstitutionRequestSubInstCertifyInfoRequired {
    /// `certNo`: see [`ConsultCreateSubInstitutionRequestSubInstCertifyInfo::cert_no`].
    pub cert_no: String,
    /// `certType`: see [`ConsultCreateSubInstitutionRequestSubInstCertifyInfo::cert_type`].
    pub cert_type: String,
}
impl ConsultCreateSubInstitutionRequestSubInstCertifyInfo {
    /// A `ConsultCreateSubInstitutionRequestSubInstCertifyInfo` with its required fields (`certNo`, `certType`); set the others with the methods named after them.
    pub fn new(
        required: ConsultCreateSubInstitutionRequestSubInstCertifyInfoRequired,
    ) -> Self {
        let ConsultCreateSubInstitutionRequestSubInstCertifyInfoRequired {
            cert_no,
            cert_type,
        } = required;
        Self {
            cert_image: None,
            cert_no,
            cert_type,
        }
    }
    /// Sets `certImage`.
    pub fn cert_image(mut self, value: impl Into<String>) -> Self {
        self.cert_image = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConsultCreateSubInstitutionRequestSubInstCertifyInfo { "certImage" =>
    optional(cert_image), "certNo" => field(cert_no), "certType" => field(cert_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsultCreateSubInstitutionRequestSubInstCertifyInfo { "certImage" =>
    read_field(cert_image), "certNo" => read_field(cert_no), "certType" =>
    read_field(cert_type) }
}
/// `ConsultCreateSubInstitutionRequestSubInstInvoiceInfo`, a model several operations share: also named [`CreateSubInstitutionRequestSubInstInvoiceInfo`], [`ModifySubInstitutionRequestSubInstInvoiceInfo`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConsultCreateSubInstitutionRequestSubInstInvoiceInfo {
    /// `acceptElectronic`.
    pub accept_electronic: Option<bool>,
    /// `address`.
    pub address: Option<String>,
    /// `autoInvoice`.
    pub auto_invoice: Option<bool>,
    /// `bankAccount`.
    pub bank_account: Option<String>,
    /// `bankName`.
    pub bank_name: Option<String>,
    /// `mailAddress`.
    pub mail_address: Option<
        ConsultCreateSubInstitutionRequestSubInstInvoiceInfoMailAddress,
    >,
    /// `mailName`.
    pub mail_name: Option<String>,
    /// `mailPhone`.
    pub mail_phone: Option<String>,
    /// `taxNo`.
    pub tax_no: Option<String>,
    /// `taxPayerQualification`.
    pub tax_payer_qualification: Option<String>,
    /// `taxPayerValidDate`.
    pub tax_payer_valid_date: Option<String>,
    /// `telephone`.
    pub telephone: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
impl ConsultCreateSubInstitutionRequestSubInstInvoiceInfo {
    /// An empty `ConsultCreateSubInstitutionRequestSubInstInvoiceInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `acceptElectronic`.
    pub fn accept_electronic(mut self, value: bool) -> Self {
        self.accept_electronic = Some(value);
        self
    }
    /// Sets `address`.
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `autoInvoice`.
    pub fn auto_invoice(mut self, value: bool) -> Self {
        self.auto_invoice = Some(value);
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
    /// Sets `mailAddress`.
    pub fn mail_address(
        mut self,
        value: ConsultCreateSubInstitutionRequestSubInstInvoiceInfoMailAddress,
    ) -> Self {
        self.mail_address = Some(value);
        self
    }
    /// Sets `mailName`.
    pub fn mail_name(mut self, value: impl Into<String>) -> Self {
        self.mail_name = Some(value.into());
        self
    }
    /// Sets `mailPhone`.
    pub fn mail_phone(mut self, value: impl Into<String>) -> Self {
        self.mail_phone = Some(value.into());
        self
    }
    /// Sets `taxNo`.
    pub fn tax_no(mut self, value: impl Into<String>) -> Self {
        self.tax_no = Some(value.into());
        self
    }
    /// Sets `taxPayerQualification`.
    pub fn tax_payer_qualification(mut self, value: impl Into<String>) -> Self {
        self.tax_payer_qualification = Some(value.into());
        self
    }
    /// Sets `taxPayerValidDate`.
    pub fn tax_payer_valid_date(mut self, value: impl Into<String>) -> Self {
        self.tax_payer_valid_date = Some(value.into());
        self
    }
    /// Sets `telephone`.
    pub fn telephone(mut self, value: impl Into<String>) -> Self {
        self.telephone = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ConsultCreateSubInstitutionRequestSubInstInvoiceInfo { "acceptElectronic" =>
    optional(accept_electronic), "address" => optional(address), "autoInvoice" =>
    optional(auto_invoice), "bankAccount" => optional(bank_account), "bankName" =>
    optional(bank_name), "mailAddress" => optional(mail_address), "mailName" =>
    optional(mail_name), "mailPhone" => optional(mail_phone), "taxNo" =>
    optional(tax_no), "taxPayerQualification" => optional(tax_payer_qualification),
    "taxPayerValidDate" => optional(tax_payer_valid_date), "telephone" =>
    optional(telephone), "title" => optional(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsultCreateSubInstitutionRequestSubInstInvoiceInfo { "acceptElectronic" =>
    read_field(accept_electronic), "address" => read_field(address), "autoInvoice" =>
    read_field(auto_invoice), "bankAccount" => read_field(bank_account), "bankName" =>
    read_field(bank_name), "mailAddress" => read_field(mail_address), "mailName" =>
    read_field(mail_name), "mailPhone" => read_field(mail_phone), "taxNo" =>
    read_field(tax_no), "taxPayerQualification" => read_field(tax_payer_qualification),
    "taxPayerValidDate" => read_field(tax_payer_valid_date), "telephone" =>
    read_field(telephone), "title" => read_field(title) }
}
/// `ConsultCreateSubInstitutionRequestSubInstShopInfo`, a model several operations share: also named [`CreateSubInstitutionRequestSubInstShopInfo`], [`ModifySubInstitutionRequestSubInstShopInfo`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ConsultCreateSubInstitutionRequestSubInstShopInfo {
    /// `inDoorImages`.
    pub in_door_images: Option<Vec<String>>,
    /// `outDoorImages`.
    pub out_door_images: Option<Vec<String>>,
}
impl ConsultCreateSubInstitutionRequestSubInstShopInfo {
    /// An empty `ConsultCreateSubInstitutionRequestSubInstShopInfo`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `inDoorImages`.
    pub fn in_door_images(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.in_door_images = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `outDoorImages`.
    pub fn out_door_images(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.out_door_images = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    ConsultCreateSubInstitutionRequestSubInstShopInfo { "inDoorImages" =>
    optional(in_door_images), "outDoorImages" => optional(out_door_images) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsultCreateSubInstitutionRequestSubInstShopInfo { "inDoorImages" =>
    read_field(in_door_images), "outDoorImages" => read_field(out_door_images) }
}
/// `ConsultCreateSubInstitutionResponseBody`, a model several operations share: also named [`CreateSubInstitutionResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ConsultCreateSubInstitutionResponseBody {
    /// `orderId`.
    pub order_id: Option<String>,
}
rt::impl_deserialize! {
    ConsultCreateSubInstitutionResponseBody { "orderId" => read_field(order_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ConsultCreateSubInstitutionResponseBody { "orderId" => optional(order_id) }
}
/// `CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList`, a model several operations share: also named [`CreateAcquireRefundOrderRequestOtherPayChannelDetailInfoList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList {
    /// `amount`.
    pub amount: String,
    /// `fundToolDetailInfoList`.
    pub fund_tool_detail_info_list: Vec<
        CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList,
    >,
    /// `payChannelName`.
    pub pay_channel_name: String,
    /// `payChannelOrderNo`.
    pub pay_channel_order_no: String,
    /// `payChannelType`.
    pub pay_channel_type: String,
    /// `promotionAmount`.
    pub promotion_amount: String,
}
/// The required fields of [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList`], each named where it is set: `CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList::new(CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListRequired { .. })`.
pub struct CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListRequired {
    /// `amount`: see [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList::amount`].
    pub amount: String,
    /// `fundToolDetailInfoList`: see [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList::fund_tool_detail_info_list`].
    pub fund_tool_detail_info_list: Vec<
        CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList,
    >,
    /// `payChannelName`: see [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList::pay_channel_name`].
    pub pay_channel_name: String,
    /// `payChannelOrderNo`: see [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList::pay_channel_order_no`].
    pub pay_channel_order_no: String,
    /// `payChannelType`: see [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList::pay_channel_type`].
    pub pay_channel_type: String,
    /// `promotionAmount`: see [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList::promotion_amount`].
    pub promotion_amount: String,
}
impl CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList {
    /// A `CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList` with its required fields (`amount`, `fundToolDetailInfoList`, `payChannelName`, `payChannelOrderNo`, `payChannelType`, `promotionAmount`); set the others with the methods named after them.
    pub fn new(
        required: CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListRequired,
    ) -> Self {
        let CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListRequired {
            amount,
            fund_tool_detail_info_list,
            pay_channel_name,
            pay_channel_order_no,
            pay_channel_type,
            promotion_amount,
        } = required;
        Self {
            amount,
            fund_tool_detail_info_list,
            pay_channel_name,
            pay_channel_order_no,
            pay_channel_type,
            promotion_amount,
        }
    }
}
rt::impl_serialize! {
    CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList { "amount" =>
    field(amount), "fundToolDetailInfoList" => field(fund_tool_detail_info_list),
    "payChannelName" => field(pay_channel_name), "payChannelOrderNo" =>
    field(pay_channel_order_no), "payChannelType" => field(pay_channel_type),
    "promotionAmount" => field(promotion_amount) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList { "amount" =>
    read_field(amount), "fundToolDetailInfoList" =>
    read_field(fund_tool_detail_info_list), "payChannelName" =>
    read_field(pay_channel_name), "payChannelOrderNo" =>
    read_field(pay_channel_order_no), "payChannelType" => read_field(pay_channel_type),
    "promotionAmount" => read_field(promotion_amount) }
}
/// `CreatWithholdingOrderAndPayResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreatWithholdingOrderAndPayResponseBody {
    /// `amount`.
    pub amount: Option<String>,
    /// `gmtPay`.
    pub gmt_pay: Option<String>,
    /// `instId`.
    pub inst_id: Option<String>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `outTradeNo`.
    pub out_trade_no: Option<String>,
    /// `payChannel`.
    pub pay_channel: Option<String>,
    /// `payChannelAccountNo`.
    pub pay_channel_account_no: Option<String>,
    /// `payerStaffId`.
    pub payer_staff_id: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `subInstId`.
    pub sub_inst_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    CreatWithholdingOrderAndPayResponseBody { "amount" => read_field(amount), "gmtPay" =>
    read_field(gmt_pay), "instId" => read_field(inst_id), "orderNo" =>
    read_field(order_no), "outTradeNo" => read_field(out_trade_no), "payChannel" =>
    read_field(pay_channel), "payChannelAccountNo" => read_field(pay_channel_account_no),
    "payerStaffId" => read_field(payer_staff_id), "remark" => read_field(remark),
    "status" => read_field(status), "subInstId" => read_field(sub_inst_id), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreatWithholdingOrderAndPayResponseBody { "amount" => optional(amount), "gmtPay" =>
    optional(gmt_pay), "instId" => optional(inst_id), "orderNo" => optional(order_no),
    "outTradeNo" => optional(out_trade_no), "payChannel" => optional(pay_channel),
    "payChannelAccountNo" => optional(pay_channel_account_no), "payerStaffId" =>
    optional(payer_staff_id), "remark" => optional(remark), "status" => optional(status),
    "subInstId" => optional(sub_inst_id), "title" => optional(title) }
}
/// `CreateAcquireRefundOrderRequestOtherPayChannelDetailInfoList`: the same model as [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList`].
pub type CreateAcquireRefundOrderRequestOtherPayChannelDetailInfoList = CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList;
/// The required fields of [`CreateAcquireRefundOrderRequestOtherPayChannelDetailInfoList`].
pub type CreateAcquireRefundOrderRequestOtherPayChannelDetailInfoListRequired = CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListRequired;
/// `CreateAcquireRefundOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateAcquireRefundOrderResponseBody {
    /// `outRefundNo`.
    pub out_refund_no: Option<String>,
    /// `refundOrderNo`.
    pub refund_order_no: Option<String>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    CreateAcquireRefundOrderResponseBody { "outRefundNo" => read_field(out_refund_no),
    "refundOrderNo" => read_field(refund_order_no), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateAcquireRefundOrderResponseBody { "outRefundNo" => optional(out_refund_no),
    "refundOrderNo" => optional(refund_order_no), "status" => optional(status) }
}
/// `CreateBatchTradeOrderRequestBatchTradeDetails`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateBatchTradeOrderRequestBatchTradeDetails {
    /// `amount`.
    pub amount: String,
    /// `memo`.
    pub memo: Option<String>,
    /// `payeeAccountName`.
    pub payee_account_name: String,
    /// `payeeAccountNo`.
    pub payee_account_no: String,
    /// `payeeAccountType`.
    pub payee_account_type: String,
    /// `serialNo`.
    pub serial_no: i64,
}
/// The required fields of [`CreateBatchTradeOrderRequestBatchTradeDetails`], each named where it is set: `CreateBatchTradeOrderRequestBatchTradeDetails::new(CreateBatchTradeOrderRequestBatchTradeDetailsRequired { .. })`.
pub struct CreateBatchTradeOrderRequestBatchTradeDetailsRequired {
    /// `amount`: see [`CreateBatchTradeOrderRequestBatchTradeDetails::amount`].
    pub amount: String,
    /// `payeeAccountName`: see [`CreateBatchTradeOrderRequestBatchTradeDetails::payee_account_name`].
    pub payee_account_name: String,
    /// `payeeAccountNo`: see [`CreateBatchTradeOrderRequestBatchTradeDetails::payee_account_no`].
    pub payee_account_no: String,
    /// `payeeAccountType`: see [`CreateBatchTradeOrderRequestBatchTradeDetails::payee_account_type`].
    pub payee_account_type: String,
    /// `serialNo`: see [`CreateBatchTradeOrderRequestBatchTradeDetails::serial_no`].
    pub serial_no: i64,
}
impl CreateBatchTradeOrderRequestBatchTradeDetails {
    /// A `CreateBatchTradeOrderRequestBatchTradeDetails` with its required fields (`amount`, `payeeAccountName`, `payeeAccountNo`, `payeeAccountType`, `serialNo`); set the others with the methods named after them.
    pub fn new(required: CreateBatchTradeOrderRequestBatchTradeDetailsRequired) -> Self {
        let CreateBatchTradeOrderRequestBatchTradeDetailsRequired {
            amount,
            payee_account_name,
            payee_account_no,
            payee_account_type,
            serial_no,
        } = required;
        Self {
            amount,
            memo: None,
            payee_account_name,
            payee_account_no,
            payee_account_type,
            serial_no,
        }
    }
    /// Sets `memo`.
    pub fn memo(mut self, value: impl Into<String>) -> Self {
        self.memo = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateBatchTradeOrderRequestBatchTradeDetails { "amount" => field(amount), "memo" =>
    optional(memo), "payeeAccountName" => field(payee_account_name), "payeeAccountNo" =>
    field(payee_account_no), "payeeAccountType" => field(payee_account_type), "serialNo"
    => field(serial_no) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateBatchTradeOrderRequestBatchTradeDetails { "amount" => read_field(amount),
    "memo" => read_field(memo), "payeeAccountName" => read_field(payee_account_name),
    "payeeAccountNo" => read_field(payee_account_no), "payeeAccountType" =>
    read_field(payee_account_type), "serialNo" => read_field(serial_no) }
}
/// `CreateBatchTradeOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateBatchTradeOrderResponseBody {
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `orderStatus`.
    pub order_status: Option<String>,
    /// `outBatchNo`.
    pub out_batch_no: Option<String>,
}
rt::impl_deserialize! {
    CreateBatchTradeOrderResponseBody { "orderNo" => read_field(order_no), "orderStatus"
    => read_field(order_status), "outBatchNo" => read_field(out_batch_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateBatchTradeOrderResponseBody { "orderNo" => optional(order_no), "orderStatus" =>
    optional(order_status), "outBatchNo" => optional(out_batch_no) }
}
/// `CreateSubInstitutionRequestContactInfo`: the same model as [`ConsultCreateSubInstitutionRequestContactInfo`].
pub type CreateSubInstitutionRequestContactInfo = ConsultCreateSubInstitutionRequestContactInfo;
/// The required fields of [`CreateSubInstitutionRequestContactInfo`].
pub type CreateSubInstitutionRequestContactInfoRequired = ConsultCreateSubInstitutionRequestContactInfoRequired;
/// `CreateSubInstitutionRequestLegalPersonCertInfo`: the same model as [`ConsultCreateSubInstitutionRequestLegalPersonCertInfo`].
pub type CreateSubInstitutionRequestLegalPersonCertInfo = ConsultCreateSubInstitutionRequestLegalPersonCertInfo;
/// The required fields of [`CreateSubInstitutionRequestLegalPersonCertInfo`].
pub type CreateSubInstitutionRequestLegalPersonCertInfoRequired = ConsultCreateSubInstitutionRequestLegalPersonCertInfoRequired;
/// `CreateSubInstitutionRequestQualificationInfos`: the same model as [`ConsultCreateSubInstitutionRequestQualificationInfos`].
pub type CreateSubInstitutionRequestQualificationInfos = ConsultCreateSubInstitutionRequestQualificationInfos;
/// The required fields of [`CreateSubInstitutionRequestQualificationInfos`].
pub type CreateSubInstitutionRequestQualificationInfosRequired = ConsultCreateSubInstitutionRequestQualificationInfosRequired;
/// `CreateSubInstitutionRequestSettleInfo`: the same model as [`ConsultCreateSubInstitutionRequestSettleInfo`].
pub type CreateSubInstitutionRequestSettleInfo = ConsultCreateSubInstitutionRequestSettleInfo;
/// The required fields of [`CreateSubInstitutionRequestSettleInfo`].
pub type CreateSubInstitutionRequestSettleInfoRequired = ConsultCreateSubInstitutionRequestSettleInfoRequired;
/// `CreateSubInstitutionRequestSubInstAddressInfo`: the same model as [`ConsultCreateSubInstitutionRequestSubInstAddressInfo`].
pub type CreateSubInstitutionRequestSubInstAddressInfo = ConsultCreateSubInstitutionRequestSubInstAddressInfo;
/// `CreateSubInstitutionRequestSubInstAuthInfo`: the same model as [`ConsultCreateSubInstitutionRequestSubInstAuthInfo`].
pub type CreateSubInstitutionRequestSubInstAuthInfo = ConsultCreateSubInstitutionRequestSubInstAuthInfo;
/// `CreateSubInstitutionRequestSubInstBasicInfo`: the same model as [`ConsultCreateSubInstitutionRequestSubInstBasicInfo`].
pub type CreateSubInstitutionRequestSubInstBasicInfo = ConsultCreateSubInstitutionRequestSubInstBasicInfo;
/// The required fields of [`CreateSubInstitutionRequestSubInstBasicInfo`].
pub type CreateSubInstitutionRequestSubInstBasicInfoRequired = ConsultCreateSubInstitutionRequestSubInstBasicInfoRequired;
/// `CreateSubInstitutionRequestSubInstCertifyInfo`: the same model as [`ConsultCreateSubInstitutionRequestSubInstCertifyInfo`].
pub type CreateSubInstitutionRequestSubInstCertifyInfo = ConsultCreateSubInstitutionRequestSubInstCertifyInfo;
/// The required fields of [`CreateSubInstitutionRequestSubInstCertifyInfo`].
pub type CreateSubInstitutionRequestSubInstCertifyInfoRequired = ConsultCreateSubInstitutionRequestSubInstCertifyInfoRequired;
/// `CreateSubInstitutionRequestSubInstInvoiceInfo`: the same model as [`ConsultCreateSubInstitutionRequestSubInstInvoiceInfo`].
pub type CreateSubInstitutionRequestSubInstInvoiceInfo = ConsultCreateSubInstitutionRequestSubInstInvoiceInfo;
/// `CreateSubInstitutionRequestSubInstShopInfo`: the same model as [`ConsultCreateSubInstitutionRequestSubInstShopInfo`].
pub type CreateSubInstitutionRequestSubInstShopInfo = ConsultCreateSubInstitutionRequestSubInstShopInfo;
/// `CreateSubInstitutionResponseBody`: the same model as [`ConsultCreateSubInstitutionResponseBody`].
pub type CreateSubInstitutionResponseBody = ConsultCreateSubInstitutionResponseBody;
/// `CreateUserCodeInstanceRequestAvailableTimes`, a model several operations share: also named [`UpateUserCodeInstanceRequestAvailableTimes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateUserCodeInstanceRequestAvailableTimes {
    /// `gmtEnd`.
    pub gmt_end: String,
    /// `gmtStart`.
    pub gmt_start: String,
}
/// The required fields of [`CreateUserCodeInstanceRequestAvailableTimes`], each named where it is set: `CreateUserCodeInstanceRequestAvailableTimes::new(CreateUserCodeInstanceRequestAvailableTimesRequired { .. })`.
pub struct CreateUserCodeInstanceRequestAvailableTimesRequired {
    /// `gmtEnd`: see [`CreateUserCodeInstanceRequestAvailableTimes::gmt_end`].
    pub gmt_end: String,
    /// `gmtStart`: see [`CreateUserCodeInstanceRequestAvailableTimes::gmt_start`].
    pub gmt_start: String,
}
impl CreateUserCodeInstanceRequestAvailableTimes {
    /// A `CreateUserCodeInstanceRequestAvailableTimes` with its required fields (`gmtEnd`, `gmtStart`); set the others with the methods named after them.
    pub fn new(required: CreateUserCodeInstanceRequestAvailableTimesRequired) -> Self {
        let CreateUserCodeInstanceRequestAvailableTimesRequired { gmt_end, gmt_start } = required;
        Self { gmt_end, gmt_start }
    }
}
rt::impl_serialize! {
    CreateUserCodeInstanceRequestAvailableTimes { "gmtEnd" => field(gmt_end), "gmtStart"
    => field(gmt_start) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateUserCodeInstanceRequestAvailableTimes { "gmtEnd" => read_field(gmt_end),
    "gmtStart" => read_field(gmt_start) }
}
/// `CreateUserCodeInstanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateUserCodeInstanceResponseBody {
    /// `codeDetailUrl`.
    pub code_detail_url: Option<String>,
    /// `codeId`.
    pub code_id: Option<String>,
}
rt::impl_deserialize! {
    CreateUserCodeInstanceResponseBody { "codeDetailUrl" => read_field(code_detail_url),
    "codeId" => read_field(code_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateUserCodeInstanceResponseBody { "codeDetailUrl" => optional(code_detail_url),
    "codeId" => optional(code_id) }
}
/// `DecodePayCodeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DecodePayCodeResponseBody {
    /// `alipayCode`.
    pub alipay_code: Option<String>,
    /// `codeId`.
    pub code_id: Option<String>,
    /// `codeIdentity`.
    pub code_identity: Option<String>,
    /// `codeType`.
    pub code_type: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `extInfo`.
    pub ext_info: Option<String>,
    /// `outBizId`.
    pub out_biz_id: Option<String>,
    /// `userCorpRelationType`.
    pub user_corp_relation_type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userInCorp`.
    pub user_in_corp: Option<bool>,
}
rt::impl_deserialize! {
    DecodePayCodeResponseBody { "alipayCode" => read_field(alipay_code), "codeId" =>
    read_field(code_id), "codeIdentity" => read_field(code_identity), "codeType" =>
    read_field(code_type), "corpId" => read_field(corp_id), "extInfo" =>
    read_field(ext_info), "outBizId" => read_field(out_biz_id), "userCorpRelationType" =>
    read_field(user_corp_relation_type), "userId" => read_field(user_id), "userInCorp" =>
    read_field(user_in_corp) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DecodePayCodeResponseBody { "alipayCode" => optional(alipay_code), "codeId" =>
    optional(code_id), "codeIdentity" => optional(code_identity), "codeType" =>
    optional(code_type), "corpId" => optional(corp_id), "extInfo" => optional(ext_info),
    "outBizId" => optional(out_biz_id), "userCorpRelationType" =>
    optional(user_corp_relation_type), "userId" => optional(user_id), "userInCorp" =>
    optional(user_in_corp) }
}
/// `FinanceLoanNotifyRegisterResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FinanceLoanNotifyRegisterResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    FinanceLoanNotifyRegisterResponseBody { "requestId" => read_field(request_id),
    "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    FinanceLoanNotifyRegisterResponseBody { "requestId" => optional(request_id), "result"
    => optional(result) }
}
/// `ModifySubInstitutionRequestContactInfo`: the same model as [`ConsultCreateSubInstitutionRequestContactInfo`].
pub type ModifySubInstitutionRequestContactInfo = ConsultCreateSubInstitutionRequestContactInfo;
/// The required fields of [`ModifySubInstitutionRequestContactInfo`].
pub type ModifySubInstitutionRequestContactInfoRequired = ConsultCreateSubInstitutionRequestContactInfoRequired;
/// `ModifySubInstitutionRequestLegalPersonCertInfo`: the same model as [`ConsultCreateSubInstitutionRequestLegalPersonCertInfo`].
pub type ModifySubInstitutionRequestLegalPersonCertInfo = ConsultCreateSubInstitutionRequestLegalPersonCertInfo;
/// The required fields of [`ModifySubInstitutionRequestLegalPersonCertInfo`].
pub type ModifySubInstitutionRequestLegalPersonCertInfoRequired = ConsultCreateSubInstitutionRequestLegalPersonCertInfoRequired;
/// `ModifySubInstitutionRequestQualificationInfos`: the same model as [`ConsultCreateSubInstitutionRequestQualificationInfos`].
pub type ModifySubInstitutionRequestQualificationInfos = ConsultCreateSubInstitutionRequestQualificationInfos;
/// The required fields of [`ModifySubInstitutionRequestQualificationInfos`].
pub type ModifySubInstitutionRequestQualificationInfosRequired = ConsultCreateSubInstitutionRequestQualificationInfosRequired;
/// `ModifySubInstitutionRequestSettleInfo`: the same model as [`ConsultCreateSubInstitutionRequestSettleInfo`].
pub type ModifySubInstitutionRequestSettleInfo = ConsultCreateSubInstitutionRequestSettleInfo;
/// The required fields of [`ModifySubInstitutionRequestSettleInfo`].
pub type ModifySubInstitutionRequestSettleInfoRequired = ConsultCreateSubInstitutionRequestSettleInfoRequired;
/// `ModifySubInstitutionRequestSubInstAddressInfo`: the same model as [`ConsultCreateSubInstitutionRequestSubInstAddressInfo`].
pub type ModifySubInstitutionRequestSubInstAddressInfo = ConsultCreateSubInstitutionRequestSubInstAddressInfo;
/// `ModifySubInstitutionRequestSubInstAuthInfo`: the same model as [`ConsultCreateSubInstitutionRequestSubInstAuthInfo`].
pub type ModifySubInstitutionRequestSubInstAuthInfo = ConsultCreateSubInstitutionRequestSubInstAuthInfo;
/// `ModifySubInstitutionRequestSubInstBasicInfo`: the same model as [`ConsultCreateSubInstitutionRequestSubInstBasicInfo`].
pub type ModifySubInstitutionRequestSubInstBasicInfo = ConsultCreateSubInstitutionRequestSubInstBasicInfo;
/// The required fields of [`ModifySubInstitutionRequestSubInstBasicInfo`].
pub type ModifySubInstitutionRequestSubInstBasicInfoRequired = ConsultCreateSubInstitutionRequestSubInstBasicInfoRequired;
/// `ModifySubInstitutionRequestSubInstCertifyInfo`: the same model as [`ConsultCreateSubInstitutionRequestSubInstCertifyInfo`].
pub type ModifySubInstitutionRequestSubInstCertifyInfo = ConsultCreateSubInstitutionRequestSubInstCertifyInfo;
/// The required fields of [`ModifySubInstitutionRequestSubInstCertifyInfo`].
pub type ModifySubInstitutionRequestSubInstCertifyInfoRequired = ConsultCreateSubInstitutionRequestSubInstCertifyInfoRequired;
/// `ModifySubInstitutionRequestSubInstInvoiceInfo`: the same model as [`ConsultCreateSubInstitutionRequestSubInstInvoiceInfo`].
pub type ModifySubInstitutionRequestSubInstInvoiceInfo = ConsultCreateSubInstitutionRequestSubInstInvoiceInfo;
/// `ModifySubInstitutionRequestSubInstShopInfo`: the same model as [`ConsultCreateSubInstitutionRequestSubInstShopInfo`].
pub type ModifySubInstitutionRequestSubInstShopInfo = ConsultCreateSubInstitutionRequestSubInstShopInfo;
/// `ModifySubInstitutionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ModifySubInstitutionResponseBody {
    /// `orderId`.
    pub order_id: Option<String>,
}
rt::impl_deserialize! {
    ModifySubInstitutionResponseBody { "orderId" => read_field(order_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ModifySubInstitutionResponseBody { "orderId" => optional(order_id) }
}
/// `NotifyPayCodePayResultRequestPayChannelDetailList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct NotifyPayCodePayResultRequestPayChannelDetailList {
    /// `amount`.
    pub amount: String,
    /// `fundToolDetailList`.
    pub fund_tool_detail_list: Vec<
        NotifyPayCodePayResultRequestPayChannelDetailListFundToolDetailList,
    >,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtFinish`.
    pub gmt_finish: Option<String>,
    /// `payChannelName`.
    pub pay_channel_name: String,
    /// `payChannelOrderNo`.
    pub pay_channel_order_no: String,
    /// `payChannelType`.
    pub pay_channel_type: String,
    /// `promotionAmount`.
    pub promotion_amount: String,
}
/// The required fields of [`NotifyPayCodePayResultRequestPayChannelDetailList`], each named where it is set: `NotifyPayCodePayResultRequestPayChannelDetailList::new(NotifyPayCodePayResultRequestPayChannelDetailListRequired { .. })`.
pub struct NotifyPayCodePayResultRequestPayChannelDetailListRequired {
    /// `amount`: see [`NotifyPayCodePayResultRequestPayChannelDetailList::amount`].
    pub amount: String,
    /// `fundToolDetailList`: see [`NotifyPayCodePayResultRequestPayChannelDetailList::fund_tool_detail_list`].
    pub fund_tool_detail_list: Vec<
        NotifyPayCodePayResultRequestPayChannelDetailListFundToolDetailList,
    >,
    /// `payChannelName`: see [`NotifyPayCodePayResultRequestPayChannelDetailList::pay_channel_name`].
    pub pay_channel_name: String,
    /// `payChannelOrderNo`: see [`NotifyPayCodePayResultRequestPayChannelDetailList::pay_channel_order_no`].
    pub pay_channel_order_no: String,
    /// `payChannelType`: see [`NotifyPayCodePayResultRequestPayChannelDetailList::pay_channel_type`].
    pub pay_channel_type: String,
    /// `promotionAmount`: see [`NotifyPayCodePayResultRequestPayChannelDetailList::promotion_amount`].
    pub promotion_amount: String,
}
impl NotifyPayCodePayResultRequestPayChannelDetailList {
    /// A `NotifyPayCodePayResultRequestPayChannelDetailList` with its required fields (`amount`, `fundToolDetailList`, `payChannelName`, `payChannelOrderNo`, `payChannelType`, `promotionAmount`); set the others with the methods named after them.
    pub fn new(
        required: NotifyPayCodePayResultRequestPayChannelDetailListRequired,
    ) -> Self {
        let NotifyPayCodePayResultRequestPayChannelDetailListRequired {
            amount,
            fund_tool_detail_list,
            pay_channel_name,
            pay_channel_order_no,
            pay_channel_type,
            promotion_amount,
        } = required;
        Self {
            amount,
            fund_tool_detail_list,
            gmt_create: None,
            gmt_finish: None,
            pay_channel_name,
            pay_channel_order_no,
            pay_channel_type,
            promotion_amount,
        }
    }
    /// Sets `gmtCreate`.
    pub fn gmt_create(mut self, value: impl Into<String>) -> Self {
        self.gmt_create = Some(value.into());
        self
    }
    /// Sets `gmtFinish`.
    pub fn gmt_finish(mut self, value: impl Into<String>) -> Self {
        self.gmt_finish = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    NotifyPayCodePayResultRequestPayChannelDetailList { "amount" => field(amount),
    "fundToolDetailList" => field(fund_tool_detail_list), "gmtCreate" =>
    optional(gmt_create), "gmtFinish" => optional(gmt_finish), "payChannelName" =>
    field(pay_channel_name), "payChannelOrderNo" => field(pay_channel_order_no),
    "payChannelType" => field(pay_channel_type), "promotionAmount" =>
    field(promotion_amount) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    NotifyPayCodePayResultRequestPayChannelDetailList { "amount" => read_field(amount),
    "fundToolDetailList" => read_field(fund_tool_detail_list), "gmtCreate" =>
    read_field(gmt_create), "gmtFinish" => read_field(gmt_finish), "payChannelName" =>
    read_field(pay_channel_name), "payChannelOrderNo" =>
    read_field(pay_channel_order_no), "payChannelType" => read_field(pay_channel_type),
    "promotionAmount" => read_field(promotion_amount) }
}
/// `NotifyPayCodePayResultResponseBody`, a model several operations share: also named [`NotifyPayCodeRefundResultResponseBody`], [`NotifyVerifyResultResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct NotifyPayCodePayResultResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    NotifyPayCodePayResultResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    NotifyPayCodePayResultResponseBody { "result" => optional(result) }
}
/// `NotifyPayCodeRefundResultRequestPayChannelDetailList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct NotifyPayCodeRefundResultRequestPayChannelDetailList {
    /// `amount`.
    pub amount: String,
    /// `fundToolDetailList`.
    pub fund_tool_detail_list: Vec<
        NotifyPayCodeRefundResultRequestPayChannelDetailListFundToolDetailList,
    >,
    /// `payChannelName`.
    pub pay_channel_name: String,
    /// `payChannelOrderNo`.
    pub pay_channel_order_no: String,
    /// `payChannelRefundOrderNo`.
    pub pay_channel_refund_order_no: String,
    /// `payChannelType`.
    pub pay_channel_type: String,
    /// `promotionAmount`.
    pub promotion_amount: String,
}
/// The required fields of [`NotifyPayCodeRefundResultRequestPayChannelDetailList`], each named where it is set: `NotifyPayCodeRefundResultRequestPayChannelDetailList::new(NotifyPayCodeRefundResultRequestPayChannelDetailListRequired { .. })`.
pub struct NotifyPayCodeRefundResultRequestPayChannelDetailListRequired {
    /// `amount`: see [`NotifyPayCodeRefundResultRequestPayChannelDetailList::amount`].
    pub amount: String,
    /// `fundToolDetailList`: see [`NotifyPayCodeRefundResultRequestPayChannelDetailList::fund_tool_detail_list`].
    pub fund_tool_detail_list: Vec<
        NotifyPayCodeRefundResultRequestPayChannelDetailListFundToolDetailList,
    >,
    /// `payChannelName`: see [`NotifyPayCodeRefundResultRequestPayChannelDetailList::pay_channel_name`].
    pub pay_channel_name: String,
    /// `payChannelOrderNo`: see [`NotifyPayCodeRefundResultRequestPayChannelDetailList::pay_channel_order_no`].
    pub pay_channel_order_no: String,
    /// `payChannelRefundOrderNo`: see [`NotifyPayCodeRefundResultRequestPayChannelDetailList::pay_channel_refund_order_no`].
    pub pay_channel_refund_order_no: String,
    /// `payChannelType`: see [`NotifyPayCodeRefundResultRequestPayChannelDetailList::pay_channel_type`].
    pub pay_channel_type: String,
    /// `promotionAmount`: see [`NotifyPayCodeRefundResultRequestPayChannelDetailList::promotion_amount`].
    pub promotion_amount: String,
}
impl NotifyPayCodeRefundResultRequestPayChannelDetailList {
    /// A `NotifyPayCodeRefundResultRequestPayChannelDetailList` with its required fields (`amount`, `fundToolDetailList`, `payChannelName`, `payChannelOrderNo`, `payChannelRefundOrderNo`, `payChannelType`, `promotionAmount`); set the others with the methods named after them.
    pub fn new(
        required: NotifyPayCodeRefundResultRequestPayChannelDetailListRequired,
    ) -> Self {
        let NotifyPayCodeRefundResultRequestPayChannelDetailListRequired {
            amount,
            fund_tool_detail_list,
            pay_channel_name,
            pay_channel_order_no,
            pay_channel_refund_order_no,
            pay_channel_type,
            promotion_amount,
        } = required;
        Self {
            amount,
            fund_tool_detail_list,
            pay_channel_name,
            pay_channel_order_no,
            pay_channel_refund_order_no,
            pay_channel_type,
            promotion_amount,
        }
    }
}
rt::impl_serialize! {
    NotifyPayCodeRefundResultRequestPayChannelDetailList { "amount" => field(amount),
    "fundToolDetailList" => field(fund_tool_detail_list), "payChannelName" =>
    field(pay_channel_name), "payChannelOrderNo" => field(pay_channel_order_no),
    "payChannelRefundOrderNo" => field(pay_channel_refund_order_no), "payChannelType" =>
    field(pay_channel_type), "promotionAmount" => field(promotion_amount) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    NotifyPayCodeRefundResultRequestPayChannelDetailList { "amount" =>
    read_field(amount), "fundToolDetailList" => read_field(fund_tool_detail_list),
    "payChannelName" => read_field(pay_channel_name), "payChannelOrderNo" =>
    read_field(pay_channel_order_no), "payChannelRefundOrderNo" =>
    read_field(pay_channel_refund_order_no), "payChannelType" =>
    read_field(pay_channel_type), "promotionAmount" => read_field(promotion_amount) }
}
/// `NotifyPayCodeRefundResultResponseBody`: the same model as [`NotifyPayCodePayResultResponseBody`].
pub type NotifyPayCodeRefundResultResponseBody = NotifyPayCodePayResultResponseBody;
/// `NotifyVerifyResultResponseBody`: the same model as [`NotifyPayCodePayResultResponseBody`].
pub type NotifyVerifyResultResponseBody = NotifyPayCodePayResultResponseBody;
/// `PreCreateGroupBillOrderRequestBillItemList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PreCreateGroupBillOrderRequestBillItemList {
    /// `amount`.
    pub amount: String,
    /// `payerUnionId`.
    pub payer_union_id: String,
}
/// The required fields of [`PreCreateGroupBillOrderRequestBillItemList`], each named where it is set: `PreCreateGroupBillOrderRequestBillItemList::new(PreCreateGroupBillOrderRequestBillItemListRequired { .. })`.
pub struct PreCreateGroupBillOrderRequestBillItemListRequired {
    /// `amount`: see [`PreCreateGroupBillOrderRequestBillItemList::amount`].
    pub amount: String,
    /// `payerUnionId`: see [`PreCreateGroupBillOrderRequestBillItemList::payer_union_id`].
    pub payer_union_id: String,
}
impl PreCreateGroupBillOrderRequestBillItemList {
    /// A `PreCreateGroupBillOrderRequestBillItemList` with its required fields (`amount`, `payerUnionId`); set the others with the methods named after them.
    pub fn new(required: PreCreateGroupBillOrderRequestBillItemListRequired) -> Self {
        let PreCreateGroupBillOrderRequestBillItemListRequired {
            amount,
            payer_union_id,
        } = required;
        Self { amount, payer_union_id }
    }
}
rt::impl_serialize! {
    PreCreateGroupBillOrderRequestBillItemList { "amount" => field(amount),
    "payerUnionId" => field(payer_union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PreCreateGroupBillOrderRequestBillItemList { "amount" => read_field(amount),
    "payerUnionId" => read_field(payer_union_id) }
}
/// `PreCreateGroupBillOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PreCreateGroupBillOrderResponseBody {
    /// `result`.
    pub result: Option<PreCreateGroupBillOrderResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PreCreateGroupBillOrderResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PreCreateGroupBillOrderResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryAcquireRefundOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAcquireRefundOrderResponseBody {
    /// `amount`.
    pub amount: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtRefund`.
    pub gmt_refund: Option<String>,
    /// `instId`.
    pub inst_id: Option<String>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `originOutTradeNo`.
    pub origin_out_trade_no: Option<String>,
    /// `outRefundNo`.
    pub out_refund_no: Option<String>,
    /// `payChannel`.
    pub pay_channel: Option<String>,
    /// `payChannelAccountNo`.
    pub pay_channel_account_no: Option<String>,
    /// `payerUserId`.
    pub payer_user_id: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `subInstId`.
    pub sub_inst_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QueryAcquireRefundOrderResponseBody { "amount" => read_field(amount), "gmtCreate" =>
    read_field(gmt_create), "gmtRefund" => read_field(gmt_refund), "instId" =>
    read_field(inst_id), "orderNo" => read_field(order_no), "originOutTradeNo" =>
    read_field(origin_out_trade_no), "outRefundNo" => read_field(out_refund_no),
    "payChannel" => read_field(pay_channel), "payChannelAccountNo" =>
    read_field(pay_channel_account_no), "payerUserId" => read_field(payer_user_id),
    "remark" => read_field(remark), "status" => read_field(status), "subInstId" =>
    read_field(sub_inst_id), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAcquireRefundOrderResponseBody { "amount" => optional(amount), "gmtCreate" =>
    optional(gmt_create), "gmtRefund" => optional(gmt_refund), "instId" =>
    optional(inst_id), "orderNo" => optional(order_no), "originOutTradeNo" =>
    optional(origin_out_trade_no), "outRefundNo" => optional(out_refund_no), "payChannel"
    => optional(pay_channel), "payChannelAccountNo" => optional(pay_channel_account_no),
    "payerUserId" => optional(payer_user_id), "remark" => optional(remark), "status" =>
    optional(status), "subInstId" => optional(sub_inst_id), "title" => optional(title) }
}
/// `QueryBatchTradeDetailListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBatchTradeDetailListResponseBody {
    /// `batchTradeDetailList`.
    pub batch_trade_detail_list: Option<
        Vec<QueryBatchTradeDetailListResponseBodyBatchTradeDetailList>,
    >,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
    /// `totalPageNumber`.
    pub total_page_number: Option<i64>,
}
rt::impl_deserialize! {
    QueryBatchTradeDetailListResponseBody { "batchTradeDetailList" =>
    read_field(batch_trade_detail_list), "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "total" => read_field(total), "totalPageNumber"
    => read_field(total_page_number) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBatchTradeDetailListResponseBody { "batchTradeDetailList" =>
    optional(batch_trade_detail_list), "pageNumber" => optional(page_number), "pageSize"
    => optional(page_size), "total" => optional(total), "totalPageNumber" =>
    optional(total_page_number) }
}
/// `QueryBatchTradeOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBatchTradeOrderResponseBody {
    /// `batchTradeOrderVOs`.
    pub batch_trade_order_v_os: Option<
        Vec<QueryBatchTradeOrderResponseBodyBatchTradeOrderVOs>,
    >,
}
rt::impl_deserialize! {
    QueryBatchTradeOrderResponseBody { "batchTradeOrderVOs" =>
    read_field(batch_trade_order_v_os) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBatchTradeOrderResponseBody { "batchTradeOrderVOs" =>
    optional(batch_trade_order_v_os) }
}
/// `QueryPayAccountListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPayAccountListResponseBody {
    /// `payAccountVOList`.
    pub pay_account_vo_list: Option<
        Vec<QueryPayAccountListResponseBodyPayAccountVOList>,
    >,
}
rt::impl_deserialize! {
    QueryPayAccountListResponseBody { "payAccountVOList" =>
    read_field(pay_account_vo_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPayAccountListResponseBody { "payAccountVOList" => optional(pay_account_vo_list)
    }
}
/// `QueryRegisterOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRegisterOrderResponseBody {
    /// `failReason`.
    pub fail_reason: Option<String>,
    /// `gmtAudit`.
    pub gmt_audit: Option<String>,
    /// `instId`.
    pub inst_id: Option<String>,
    /// `orderId`.
    pub order_id: Option<String>,
    /// `outTradeNo`.
    pub out_trade_no: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `subInstId`.
    pub sub_inst_id: Option<String>,
    /// `subInstName`.
    pub sub_inst_name: Option<String>,
}
rt::impl_deserialize! {
    QueryRegisterOrderResponseBody { "failReason" => read_field(fail_reason), "gmtAudit"
    => read_field(gmt_audit), "instId" => read_field(inst_id), "orderId" =>
    read_field(order_id), "outTradeNo" => read_field(out_trade_no), "status" =>
    read_field(status), "subInstId" => read_field(sub_inst_id), "subInstName" =>
    read_field(sub_inst_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRegisterOrderResponseBody { "failReason" => optional(fail_reason), "gmtAudit" =>
    optional(gmt_audit), "instId" => optional(inst_id), "orderId" => optional(order_id),
    "outTradeNo" => optional(out_trade_no), "status" => optional(status), "subInstId" =>
    optional(sub_inst_id), "subInstName" => optional(sub_inst_name) }
}
/// `QueryUserAgreementResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserAgreementResponseBody {
    /// `agreementNo`.
    pub agreement_no: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `gmtExpire`.
    pub gmt_expire: Option<String>,
    /// `gmtSign`.
    pub gmt_sign: Option<String>,
    /// `gmtValid`.
    pub gmt_valid: Option<String>,
    /// `instId`.
    pub inst_id: Option<String>,
    /// `payChannel`.
    pub pay_channel: Option<String>,
    /// `payChannelAccountName`.
    pub pay_channel_account_name: Option<String>,
    /// `payChannelAccountNo`.
    pub pay_channel_account_no: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `subInstId`.
    pub sub_inst_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryUserAgreementResponseBody { "agreementNo" => read_field(agreement_no), "corpId"
    => read_field(corp_id), "gmtExpire" => read_field(gmt_expire), "gmtSign" =>
    read_field(gmt_sign), "gmtValid" => read_field(gmt_valid), "instId" =>
    read_field(inst_id), "payChannel" => read_field(pay_channel), "payChannelAccountName"
    => read_field(pay_channel_account_name), "payChannelAccountNo" =>
    read_field(pay_channel_account_no), "status" => read_field(status), "subInstId" =>
    read_field(sub_inst_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserAgreementResponseBody { "agreementNo" => optional(agreement_no), "corpId" =>
    optional(corp_id), "gmtExpire" => optional(gmt_expire), "gmtSign" =>
    optional(gmt_sign), "gmtValid" => optional(gmt_valid), "instId" => optional(inst_id),
    "payChannel" => optional(pay_channel), "payChannelAccountName" =>
    optional(pay_channel_account_name), "payChannelAccountNo" =>
    optional(pay_channel_account_no), "status" => optional(status), "subInstId" =>
    optional(sub_inst_id), "userId" => optional(user_id) }
}
/// `QueryUserAlipayAccountResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserAlipayAccountResponseBody {
    /// `alipayUid`.
    pub alipay_uid: Option<String>,
}
rt::impl_deserialize! {
    QueryUserAlipayAccountResponseBody { "alipayUid" => read_field(alipay_uid) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserAlipayAccountResponseBody { "alipayUid" => optional(alipay_uid) }
}
/// `QueryWithholdingOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryWithholdingOrderResponseBody {
    /// `amount`.
    pub amount: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtPay`.
    pub gmt_pay: Option<String>,
    /// `instId`.
    pub inst_id: Option<String>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `outTradeNo`.
    pub out_trade_no: Option<String>,
    /// `payChannel`.
    pub pay_channel: Option<String>,
    /// `payChannelAccountNo`.
    pub pay_channel_account_no: Option<String>,
    /// `payerUserId`.
    pub payer_user_id: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `subInstId`.
    pub sub_inst_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QueryWithholdingOrderResponseBody { "amount" => read_field(amount), "gmtCreate" =>
    read_field(gmt_create), "gmtPay" => read_field(gmt_pay), "instId" =>
    read_field(inst_id), "orderNo" => read_field(order_no), "outTradeNo" =>
    read_field(out_trade_no), "payChannel" => read_field(pay_channel),
    "payChannelAccountNo" => read_field(pay_channel_account_no), "payerUserId" =>
    read_field(payer_user_id), "remark" => read_field(remark), "status" =>
    read_field(status), "subInstId" => read_field(sub_inst_id), "title" =>
    read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryWithholdingOrderResponseBody { "amount" => optional(amount), "gmtCreate" =>
    optional(gmt_create), "gmtPay" => optional(gmt_pay), "instId" => optional(inst_id),
    "orderNo" => optional(order_no), "outTradeNo" => optional(out_trade_no), "payChannel"
    => optional(pay_channel), "payChannelAccountNo" => optional(pay_channel_account_no),
    "payerUserId" => optional(payer_user_id), "remark" => optional(remark), "status" =>
    optional(status), "subInstId" => optional(sub_inst_id), "title" => optional(title) }
}
/// `SaveCorpPayCodeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SaveCorpPayCodeResponseBody {
    /// `codeIdentity`.
    pub code_identity: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `extInfo`.
    pub ext_info: Option<rt::BTreeMap<String, String>>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    SaveCorpPayCodeResponseBody { "codeIdentity" => read_field(code_identity), "corpId"
    => read_field(corp_id), "extInfo" => read_field(ext_info), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SaveCorpPayCodeResponseBody { "codeIdentity" => optional(code_identity), "corpId" =>
    optional(corp_id), "extInfo" => optional(ext_info), "status" => optional(status) }
}
/// `UpateUserCodeInstanceRequestAvailableTimes`: the same model as [`CreateUserCodeInstanceRequestAvailableTimes`].
pub type UpateUserCodeInstanceRequestAvailableTimes = CreateUserCodeInstanceRequestAvailableTimes;
/// The required fields of [`UpateUserCodeInstanceRequestAvailableTimes`].
pub type UpateUserCodeInstanceRequestAvailableTimesRequired = CreateUserCodeInstanceRequestAvailableTimesRequired;
/// `UpateUserCodeInstanceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpateUserCodeInstanceResponseBody {
    /// `codeId`.
    pub code_id: Option<String>,
}
rt::impl_deserialize! {
    UpateUserCodeInstanceResponseBody { "codeId" => read_field(code_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpateUserCodeInstanceResponseBody { "codeId" => optional(code_id) }
}
/// `UpdateInvoiceVerifyStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateInvoiceVerifyStatusResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    UpdateInvoiceVerifyStatusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateInvoiceVerifyStatusResponseBody { "result" => optional(result) }
}
/// `UploadInvoiceRequestExtension`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UploadInvoiceRequestExtension {
    /// `bizCode`.
    pub biz_code: String,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `orderNoList`.
    pub order_no_list: Option<Vec<String>>,
    /// `orderType`.
    pub order_type: Option<String>,
}
/// The required fields of [`UploadInvoiceRequestExtension`], each named where it is set: `UploadInvoiceRequestExtension::new(UploadInvoiceRequestExtensionRequired { .. })`.
pub struct UploadInvoiceRequestExtensionRequired {
    /// `bizCode`: see [`UploadInvoiceRequestExtension::biz_code`].
    pub biz_code: String,
}
impl UploadInvoiceRequestExtension {
    /// A `UploadInvoiceRequestExtension` with its required fields (`bizCode`); set the others with the methods named after them.
    pub fn new(required: UploadInvoiceRequestExtensionRequired) -> Self {
        let UploadInvoiceRequestExtensionRequired { biz_code } = required;
        Self {
            biz_code,
            order_no: None,
            order_no_list: None,
            order_type: None,
        }
    }
    /// Sets `orderNo`.
    pub fn order_no(mut self, value: impl Into<String>) -> Self {
        self.order_no = Some(value.into());
        self
    }
    /// Sets `orderNoList`.
    pub fn order_no_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.order_no_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `orderType`.
    pub fn order_type(mut self, value: impl Into<String>) -> Self {
        self.order_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UploadInvoiceRequestExtension { "bizCode" => field(biz_code), "orderNo" =>
    optional(order_no), "orderNoList" => optional(order_no_list), "orderType" =>
    optional(order_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadInvoiceRequestExtension { "bizCode" => read_field(biz_code), "orderNo" =>
    read_field(order_no), "orderNoList" => read_field(order_no_list), "orderType" =>
    read_field(order_type) }
}
/// `UploadInvoiceRequestInvoices`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UploadInvoiceRequestInvoices {
    /// `invoiceAmount`.
    pub invoice_amount: String,
    /// `invoiceCode`.
    pub invoice_code: String,
    /// `invoiceDate`.
    pub invoice_date: String,
    /// `invoiceNo`.
    pub invoice_no: String,
    /// `invoiceType`.
    pub invoice_type: String,
    /// `logoUrl`.
    pub logo_url: Option<String>,
    /// `payeeName`.
    pub payee_name: String,
    /// `payeeTaxNo`.
    pub payee_tax_no: String,
    /// `payerName`.
    pub payer_name: String,
    /// `payerTaxNo`.
    pub payer_tax_no: Option<String>,
    /// `pdfUrl`.
    pub pdf_url: String,
    /// `taxAmount`.
    pub tax_amount: Option<String>,
    /// `verifyCode`.
    pub verify_code: Option<String>,
    /// `withoutTaxAmount`.
    pub without_tax_amount: Option<String>,
}
/// The required fields of [`UploadInvoiceRequestInvoices`], each named where it is set: `UploadInvoiceRequestInvoices::new(UploadInvoiceRequestInvoicesRequired { .. })`.
pub struct UploadInvoiceRequestInvoicesRequired {
    /// `invoiceAmount`: see [`UploadInvoiceRequestInvoices::invoice_amount`].
    pub invoice_amount: String,
    /// `invoiceCode`: see [`UploadInvoiceRequestInvoices::invoice_code`].
    pub invoice_code: String,
    /// `invoiceDate`: see [`UploadInvoiceRequestInvoices::invoice_date`].
    pub invoice_date: String,
    /// `invoiceNo`: see [`UploadInvoiceRequestInvoices::invoice_no`].
    pub invoice_no: String,
    /// `invoiceType`: see [`UploadInvoiceRequestInvoices::invoice_type`].
    pub invoice_type: String,
    /// `payeeName`: see [`UploadInvoiceRequestInvoices::payee_name`].
    pub payee_name: String,
    /// `payeeTaxNo`: see [`UploadInvoiceRequestInvoices::payee_tax_no`].
    pub payee_tax_no: String,
    /// `payerName`: see [`UploadInvoiceRequestInvoices::payer_name`].
    pub payer_name: String,
    /// `pdfUrl`: see [`UploadInvoiceRequestInvoices::pdf_url`].
    pub pdf_url: String,
}
impl UploadInvoiceRequestInvoices {
    /// A `UploadInvoiceRequestInvoices` with its required fields (`invoiceAmount`, `invoiceCode`, `invoiceDate`, `invoiceNo`, `invoiceType`, `payeeName`, `payeeTaxNo`, `payerName`, `pdfUrl`); set the others with the methods named after them.
    pub fn new(required: UploadInvoiceRequestInvoicesRequired) -> Self {
        let UploadInvoiceRequestInvoicesRequired {
            invoice_amount,
            invoice_code,
            invoice_date,
            invoice_no,
            invoice_type,
            payee_name,
            payee_tax_no,
            payer_name,
            pdf_url,
        } = required;
        Self {
            invoice_amount,
            invoice_code,
            invoice_date,
            invoice_no,
            invoice_type,
            logo_url: None,
            payee_name,
            payee_tax_no,
            payer_name,
            payer_tax_no: None,
            pdf_url,
            tax_amount: None,
            verify_code: None,
            without_tax_amount: None,
        }
    }
    /// Sets `logoUrl`.
    pub fn logo_url(mut self, value: impl Into<String>) -> Self {
        self.logo_url = Some(value.into());
        self
    }
    /// Sets `payerTaxNo`.
    pub fn payer_tax_no(mut self, value: impl Into<String>) -> Self {
        self.payer_tax_no = Some(value.into());
        self
    }
    /// Sets `taxAmount`.
    pub fn tax_amount(mut self, value: impl Into<String>) -> Self {
        self.tax_amount = Some(value.into());
        self
    }
    /// Sets `verifyCode`.
    pub fn verify_code(mut self, value: impl Into<String>) -> Self {
        self.verify_code = Some(value.into());
        self
    }
    /// Sets `withoutTaxAmount`.
    pub fn without_tax_amount(mut self, value: impl Into<String>) -> Self {
        self.without_tax_amount = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UploadInvoiceRequestInvoices { "invoiceAmount" => field(invoice_amount),
    "invoiceCode" => field(invoice_code), "invoiceDate" => field(invoice_date),
    "invoiceNo" => field(invoice_no), "invoiceType" => field(invoice_type), "logoUrl" =>
    optional(logo_url), "payeeName" => field(payee_name), "payeeTaxNo" =>
    field(payee_tax_no), "payerName" => field(payer_name), "payerTaxNo" =>
    optional(payer_tax_no), "pdfUrl" => field(pdf_url), "taxAmount" =>
    optional(tax_amount), "verifyCode" => optional(verify_code), "withoutTaxAmount" =>
    optional(without_tax_amount) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadInvoiceRequestInvoices { "invoiceAmount" => read_field(invoice_amount),
    "invoiceCode" => read_field(invoice_code), "invoiceDate" => read_field(invoice_date),
    "invoiceNo" => read_field(invoice_no), "invoiceType" => read_field(invoice_type),
    "logoUrl" => read_field(logo_url), "payeeName" => read_field(payee_name),
    "payeeTaxNo" => read_field(payee_tax_no), "payerName" => read_field(payer_name),
    "payerTaxNo" => read_field(payer_tax_no), "pdfUrl" => read_field(pdf_url),
    "taxAmount" => read_field(tax_amount), "verifyCode" => read_field(verify_code),
    "withoutTaxAmount" => read_field(without_tax_amount) }
}
/// `UploadInvoiceRequestUserIdentity`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UploadInvoiceRequestUserIdentity {
    /// `mobile`.
    pub mobile: Option<String>,
    /// `mobileStateCode`.
    pub mobile_state_code: Option<String>,
    /// `targetCorpId`.
    pub target_corp_id: Option<String>,
    /// `type`.
    pub r#type: String,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`UploadInvoiceRequestUserIdentity`], each named where it is set: `UploadInvoiceRequestUserIdentity::new(UploadInvoiceRequestUserIdentityRequired { .. })`.
pub struct UploadInvoiceRequestUserIdentityRequired {
    /// `type`: see [`UploadInvoiceRequestUserIdentity::r#type`](UploadInvoiceRequestUserIdentity::type).
    pub r#type: String,
}
impl UploadInvoiceRequestUserIdentity {
    /// A `UploadInvoiceRequestUserIdentity` with its required fields (`type`); set the others with the methods named after them.
    pub fn new(required: UploadInvoiceRequestUserIdentityRequired) -> Self {
        let UploadInvoiceRequestUserIdentityRequired { r#type } = required;
        Self {
            mobile: None,
            mobile_state_code: None,
            target_corp_id: None,
            r#type,
            union_id: None,
            user_id: None,
        }
    }
    /// Sets `mobile`.
    pub fn mobile(mut self, value: impl Into<String>) -> Self {
        self.mobile = Some(value.into());
        self
    }
    /// Sets `mobileStateCode`.
    pub fn mobile_state_code(mut self, value: impl Into<String>) -> Self {
        self.mobile_state_code = Some(value.into());
        self
    }
    /// Sets `targetCorpId`.
    pub fn target_corp_id(mut self, value: impl Into<String>) -> Self {
        self.target_corp_id = Some(value.into());
        self
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
    UploadInvoiceRequestUserIdentity { "mobile" => optional(mobile), "mobileStateCode" =>
    optional(mobile_state_code), "targetCorpId" => optional(target_corp_id), "type" =>
    field(r#type), "unionId" => optional(union_id), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadInvoiceRequestUserIdentity { "mobile" => read_field(mobile), "mobileStateCode"
    => read_field(mobile_state_code), "targetCorpId" => read_field(target_corp_id),
    "type" => read_field(r#type), "unionId" => read_field(union_id), "userId" =>
    read_field(user_id) }
}
/// `UploadInvoiceResponseBody`, a model several operations share: also named [`UploadInvoiceByAuthResponseBody`], [`UploadInvoiceByMobileResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UploadInvoiceResponseBody {
    /// `result`.
    pub result: Option<UploadInvoiceResponseBodyResult>,
}
rt::impl_deserialize! {
    UploadInvoiceResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UploadInvoiceResponseBody { "result" => optional(result) }
}
/// `UploadInvoiceByAuthRequestExtension`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UploadInvoiceByAuthRequestExtension {
    /// `bizCode`.
    pub biz_code: String,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `orderType`.
    pub order_type: Option<String>,
}
/// The required fields of [`UploadInvoiceByAuthRequestExtension`], each named where it is set: `UploadInvoiceByAuthRequestExtension::new(UploadInvoiceByAuthRequestExtensionRequired { .. })`.
pub struct UploadInvoiceByAuthRequestExtensionRequired {
    /// `bizCode`: see [`UploadInvoiceByAuthRequestExtension::biz_code`].
    pub biz_code: String,
}
impl UploadInvoiceByAuthRequestExtension {
    /// A `UploadInvoiceByAuthRequestExtension` with its required fields (`bizCode`); set the others with the methods named after them.
    pub fn new(required: UploadInvoiceByAuthRequestExtensionRequired) -> Self {
        let UploadInvoiceByAuthRequestExtensionRequired { biz_code } = required;
        Self {
            biz_code,
            order_no: None,
            order_type: None,
        }
    }
    /// Sets `orderNo`.
    pub fn order_no(mut self, value: impl Into<String>) -> Self {
        self.order_no = Some(value.into());
        self
    }
    /// Sets `orderType`.
    pub fn order_type(mut self, value: impl Into<String>) -> Self {
        self.order_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UploadInvoiceByAuthRequestExtension { "bizCode" => field(biz_code), "orderNo" =>
    optional(order_no), "orderType" => optional(order_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadInvoiceByAuthRequestExtension { "bizCode" => read_field(biz_code), "orderNo" =>
    read_field(order_no), "orderType" => read_field(order_type) }
}
/// `UploadInvoiceByAuthRequestInvoices`, a model several operations share: also named [`UploadInvoiceByMobileRequestInvoices`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UploadInvoiceByAuthRequestInvoices {
    /// `invoiceAmount`.
    pub invoice_amount: String,
    /// `invoiceCode`.
    pub invoice_code: String,
    /// `invoiceDate`.
    pub invoice_date: String,
    /// `invoiceNo`.
    pub invoice_no: String,
    /// `invoiceType`.
    pub invoice_type: String,
    /// `logoUrl`.
    pub logo_url: Option<String>,
    /// `payeeName`.
    pub payee_name: String,
    /// `payeeTaxNo`.
    pub payee_tax_no: String,
    /// `payerName`.
    pub payer_name: String,
    /// `payerTaxNo`.
    pub payer_tax_no: Option<String>,
    /// `pdfUrl`.
    pub pdf_url: String,
    /// `taxAmount`.
    pub tax_amount: String,
    /// `verifyCode`.
    pub verify_code: Option<String>,
    /// `withoutTaxAmount`.
    pub without_tax_amount: String,
}
/// The required fields of [`UploadInvoiceByAuthRequestInvoices`], each named where it is set: `UploadInvoiceByAuthRequestInvoices::new(UploadInvoiceByAuthRequestInvoicesRequired { .. })`.
pub struct UploadInvoiceByAuthRequestInvoicesRequired {
    /// `invoiceAmount`: see [`UploadInvoiceByAuthRequestInvoices::invoice_amount`].
    pub invoice_amount: String,
    /// `invoiceCode`: see [`UploadInvoiceByAuthRequestInvoices::invoice_code`].
    pub invoice_code: String,
    /// `invoiceDate`: see [`UploadInvoiceByAuthRequestInvoices::invoice_date`].
    pub invoice_date: String,
    /// `invoiceNo`: see [`UploadInvoiceByAuthRequestInvoices::invoice_no`].
    pub invoice_no: String,
    /// `invoiceType`: see [`UploadInvoiceByAuthRequestInvoices::invoice_type`].
    pub invoice_type: String,
    /// `payeeName`: see [`UploadInvoiceByAuthRequestInvoices::payee_name`].
    pub payee_name: String,
    /// `payeeTaxNo`: see [`UploadInvoiceByAuthRequestInvoices::payee_tax_no`].
    pub payee_tax_no: String,
    /// `payerName`: see [`UploadInvoiceByAuthRequestInvoices::payer_name`].
    pub payer_name: String,
    /// `pdfUrl`: see [`UploadInvoiceByAuthRequestInvoices::pdf_url`].
    pub pdf_url: String,
    /// `taxAmount`: see [`UploadInvoiceByAuthRequestInvoices::tax_amount`].
    pub tax_amount: String,
    /// `withoutTaxAmount`: see [`UploadInvoiceByAuthRequestInvoices::without_tax_amount`].
    pub without_tax_amount: String,
}
impl UploadInvoiceByAuthRequestInvoices {
    /// A `UploadInvoiceByAuthRequestInvoices` with its required fields (`invoiceAmount`, `invoiceCode`, `invoiceDate`, `invoiceNo`, `invoiceType`, `payeeName`, `payeeTaxNo`, `payerName`, `pdfUrl`, `taxAmount`, `withoutTaxAmount`); set the others with the methods named after them.
    pub fn new(required: UploadInvoiceByAuthRequestInvoicesRequired) -> Self {
        let UploadInvoiceByAuthRequestInvoicesRequired {
            invoice_amount,
            invoice_code,
            invoice_date,
            invoice_no,
            invoice_type,
            payee_name,
            payee_tax_no,
            payer_name,
            pdf_url,
            tax_amount,
            without_tax_amount,
        } = required;
        Self {
            invoice_amount,
            invoice_code,
            invoice_date,
            invoice_no,
            invoice_type,
            logo_url: None,
            payee_name,
            payee_tax_no,
            payer_name,
            payer_tax_no: None,
            pdf_url,
            tax_amount,
            verify_code: None,
            without_tax_amount,
        }
    }
    /// Sets `logoUrl`.
    pub fn logo_url(mut self, value: impl Into<String>) -> Self {
        self.logo_url = Some(value.into());
        self
    }
    /// Sets `payerTaxNo`.
    pub fn payer_tax_no(mut self, value: impl Into<String>) -> Self {
        self.payer_tax_no = Some(value.into());
        self
    }
    /// Sets `verifyCode`.
    pub fn verify_code(mut self, value: impl Into<String>) -> Self {
        self.verify_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UploadInvoiceByAuthRequestInvoices { "invoiceAmount" => field(invoice_amount),
    "invoiceCode" => field(invoice_code), "invoiceDate" => field(invoice_date),
    "invoiceNo" => field(invoice_no), "invoiceType" => field(invoice_type), "logoUrl" =>
    optional(logo_url), "payeeName" => field(payee_name), "payeeTaxNo" =>
    field(payee_tax_no), "payerName" => field(payer_name), "payerTaxNo" =>
    optional(payer_tax_no), "pdfUrl" => field(pdf_url), "taxAmount" => field(tax_amount),
    "verifyCode" => optional(verify_code), "withoutTaxAmount" =>
    field(without_tax_amount) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadInvoiceByAuthRequestInvoices { "invoiceAmount" => read_field(invoice_amount),
    "invoiceCode" => read_field(invoice_code), "invoiceDate" => read_field(invoice_date),
    "invoiceNo" => read_field(invoice_no), "invoiceType" => read_field(invoice_type),
    "logoUrl" => read_field(logo_url), "payeeName" => read_field(payee_name),
    "payeeTaxNo" => read_field(payee_tax_no), "payerName" => read_field(payer_name),
    "payerTaxNo" => read_field(payer_tax_no), "pdfUrl" => read_field(pdf_url),
    "taxAmount" => read_field(tax_amount), "verifyCode" => read_field(verify_code),
    "withoutTaxAmount" => read_field(without_tax_amount) }
}
/// `UploadInvoiceByAuthResponseBody`: the same model as [`UploadInvoiceResponseBody`].
pub type UploadInvoiceByAuthResponseBody = UploadInvoiceResponseBody;
/// `UploadInvoiceByMobileRequestInvoices`: the same model as [`UploadInvoiceByAuthRequestInvoices`].
pub type UploadInvoiceByMobileRequestInvoices = UploadInvoiceByAuthRequestInvoices;
/// The required fields of [`UploadInvoiceByMobileRequestInvoices`].
pub type UploadInvoiceByMobileRequestInvoicesRequired = UploadInvoiceByAuthRequestInvoicesRequired;
/// `UploadInvoiceByMobileResponseBody`: the same model as [`UploadInvoiceResponseBody`].
pub type UploadInvoiceByMobileResponseBody = UploadInvoiceResponseBody;
/// `UploadRegisterImageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UploadRegisterImageResponseBody {
    /// `ossUrl`.
    pub oss_url: Option<String>,
}
rt::impl_deserialize! {
    UploadRegisterImageResponseBody { "ossUrl" => read_field(oss_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UploadRegisterImageResponseBody { "ossUrl" => optional(oss_url) }
}
/// `UserAgreementPageSignResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UserAgreementPageSignResponseBody {
    /// `pageData`.
    pub page_data: Option<String>,
}
rt::impl_deserialize! {
    UserAgreementPageSignResponseBody { "pageData" => read_field(page_data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UserAgreementPageSignResponseBody { "pageData" => optional(page_data) }
}
/// `ConsultCreateSubInstitutionRequestSubInstInvoiceInfoMailAddress`: the same model as [`ConsultCreateSubInstitutionRequestSubInstAddressInfo`].
pub type ConsultCreateSubInstitutionRequestSubInstInvoiceInfoMailAddress = ConsultCreateSubInstitutionRequestSubInstAddressInfo;
/// `CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList`, a model several operations share: also named [`CreateAcquireRefundOrderRequestOtherPayChannelDetailInfoListFundToolDetailInfoList`], [`NotifyPayCodePayResultRequestPayChannelDetailListFundToolDetailList`], [`NotifyPayCodeRefundResultRequestPayChannelDetailListFundToolDetailList`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList {
    /// `amount`.
    pub amount: String,
    /// `extInfo`.
    pub ext_info: Option<String>,
    /// `fundToolName`.
    pub fund_tool_name: String,
    /// `gmtCreate`.
    pub gmt_create: String,
    /// `gmtFinish`.
    pub gmt_finish: String,
    /// `promotionFundTool`.
    pub promotion_fund_tool: bool,
}
/// The required fields of [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList`], each named where it is set: `CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList::new(CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoListRequired { .. })`.
pub struct CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoListRequired {
    /// `amount`: see [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList::amount`].
    pub amount: String,
    /// `fundToolName`: see [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList::fund_tool_name`].
    pub fund_tool_name: String,
    /// `gmtCreate`: see [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList::gmt_create`].
    pub gmt_create: String,
    /// `gmtFinish`: see [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList::gmt_finish`].
    pub gmt_finish: String,
    /// `promotionFundTool`: see [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList::promotion_fund_tool`].
    pub promotion_fund_tool: bool,
}
impl CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList {
    /// A `CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList` with its required fields (`amount`, `fundToolName`, `gmtCreate`, `gmtFinish`, `promotionFundTool`); set the others with the methods named after them.
    pub fn new(
        required: CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoListRequired,
    ) -> Self {
        let CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoListRequired {
            amount,
            fund_tool_name,
            gmt_create,
            gmt_finish,
            promotion_fund_tool,
        } = required;
        Self {
            amount,
            ext_info: None,
            fund_tool_name,
            gmt_create,
            gmt_finish,
            promotion_fund_tool,
        }
    }
    /// Sets `extInfo`.
    pub fn ext_info(mut self, value: impl Into<String>) -> Self {
        self.ext_info = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList
    { "amount" => field(amount), "extInfo" => optional(ext_info), "fundToolName" =>
    field(fund_tool_name), "gmtCreate" => field(gmt_create), "gmtFinish" =>
    field(gmt_finish), "promotionFundTool" => field(promotion_fund_tool) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList
    { "amount" => read_field(amount), "extInfo" => read_field(ext_info), "fundToolName"
    => read_field(fund_tool_name), "gmtCreate" => read_field(gmt_create), "gmtFinish" =>
    read_field(gmt_finish), "promotionFundTool" => read_field(promotion_fund_tool) }
}
/// `CreateAcquireRefundOrderRequestOtherPayChannelDetailInfoListFundToolDetailInfoList`: the same model as [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList`].
pub type CreateAcquireRefundOrderRequestOtherPayChannelDetailInfoListFundToolDetailInfoList = CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList;
/// The required fields of [`CreateAcquireRefundOrderRequestOtherPayChannelDetailInfoListFundToolDetailInfoList`].
pub type CreateAcquireRefundOrderRequestOtherPayChannelDetailInfoListFundToolDetailInfoListRequired = CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoListRequired;
/// `CreateSubInstitutionRequestSubInstInvoiceInfoMailAddress`: the same model as [`ConsultCreateSubInstitutionRequestSubInstAddressInfo`].
pub type CreateSubInstitutionRequestSubInstInvoiceInfoMailAddress = ConsultCreateSubInstitutionRequestSubInstAddressInfo;
/// `ModifySubInstitutionRequestSubInstInvoiceInfoMailAddress`: the same model as [`ConsultCreateSubInstitutionRequestSubInstAddressInfo`].
pub type ModifySubInstitutionRequestSubInstInvoiceInfoMailAddress = ConsultCreateSubInstitutionRequestSubInstAddressInfo;
/// `NotifyPayCodePayResultRequestPayChannelDetailListFundToolDetailList`: the same model as [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList`].
pub type NotifyPayCodePayResultRequestPayChannelDetailListFundToolDetailList = CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList;
/// The required fields of [`NotifyPayCodePayResultRequestPayChannelDetailListFundToolDetailList`].
pub type NotifyPayCodePayResultRequestPayChannelDetailListFundToolDetailListRequired = CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoListRequired;
/// `NotifyPayCodeRefundResultRequestPayChannelDetailListFundToolDetailList`: the same model as [`CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList`].
pub type NotifyPayCodeRefundResultRequestPayChannelDetailListFundToolDetailList = CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoList;
/// The required fields of [`NotifyPayCodeRefundResultRequestPayChannelDetailListFundToolDetailList`].
pub type NotifyPayCodeRefundResultRequestPayChannelDetailListFundToolDetailListRequired = CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoListFundToolDetailInfoListRequired;
/// `PreCreateGroupBillOrderResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PreCreateGroupBillOrderResponseBodyResult {
    /// `orderNo`.
    pub order_no: Option<String>,
}
rt::impl_deserialize! {
    PreCreateGroupBillOrderResponseBodyResult { "orderNo" => read_field(order_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PreCreateGroupBillOrderResponseBodyResult { "orderNo" => optional(order_no) }
}
/// `QueryBatchTradeDetailListResponseBodyBatchTradeDetailList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBatchTradeDetailListResponseBodyBatchTradeDetailList {
    /// `amount`.
    pub amount: Option<String>,
    /// `detailNo`.
    pub detail_no: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtFinish`.
    pub gmt_finish: Option<String>,
    /// `memo`.
    pub memo: Option<String>,
    /// `payeeAccountName`.
    pub payee_account_name: Option<String>,
    /// `payeeAccountNo`.
    pub payee_account_no: Option<String>,
    /// `payeeAccountType`.
    pub payee_account_type: Option<String>,
    /// `serialNo`.
    pub serial_no: Option<i64>,
    /// `status`.
    pub status: Option<String>,
}
rt::impl_deserialize! {
    QueryBatchTradeDetailListResponseBodyBatchTradeDetailList { "amount" =>
    read_field(amount), "detailNo" => read_field(detail_no), "gmtCreate" =>
    read_field(gmt_create), "gmtFinish" => read_field(gmt_finish), "memo" =>
    read_field(memo), "payeeAccountName" => read_field(payee_account_name),
    "payeeAccountNo" => read_field(payee_account_no), "payeeAccountType" =>
    read_field(payee_account_type), "serialNo" => read_field(serial_no), "status" =>
    read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBatchTradeDetailListResponseBodyBatchTradeDetailList { "amount" =>
    optional(amount), "detailNo" => optional(detail_no), "gmtCreate" =>
    optional(gmt_create), "gmtFinish" => optional(gmt_finish), "memo" => optional(memo),
    "payeeAccountName" => optional(payee_account_name), "payeeAccountNo" =>
    optional(payee_account_no), "payeeAccountType" => optional(payee_account_type),
    "serialNo" => optional(serial_no), "status" => optional(status) }
}
/// `QueryBatchTradeOrderResponseBodyBatchTradeOrderVOs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBatchTradeOrderResponseBodyBatchTradeOrderVOs {
    /// `alipayTransId`.
    pub alipay_trans_id: Option<String>,
    /// `failAmount`.
    pub fail_amount: Option<String>,
    /// `failCount`.
    pub fail_count: Option<i64>,
    /// `failReason`.
    pub fail_reason: Option<String>,
    /// `gmtFinish`.
    pub gmt_finish: Option<String>,
    /// `gmtSubmit`.
    pub gmt_submit: Option<String>,
    /// `outBatchNo`.
    pub out_batch_no: Option<String>,
    /// `payerStaffId`.
    pub payer_staff_id: Option<String>,
    /// `paymentAmount`.
    pub payment_amount: Option<String>,
    /// `paymentCurrency`.
    pub payment_currency: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `successAmount`.
    pub success_amount: Option<String>,
    /// `successCount`.
    pub success_count: Option<i64>,
    /// `totalAmount`.
    pub total_amount: Option<String>,
}
rt::impl_deserialize! {
    QueryBatchTradeOrderResponseBodyBatchTradeOrderVOs { "alipayTransId" =>
    read_field(alipay_trans_id), "failAmount" => read_field(fail_amount), "failCount" =>
    read_field(fail_count), "failReason" => read_field(fail_reason), "gmtFinish" =>
    read_field(gmt_finish), "gmtSubmit" => read_field(gmt_submit), "outBatchNo" =>
    read_field(out_batch_no), "payerStaffId" => read_field(payer_staff_id),
    "paymentAmount" => read_field(payment_amount), "paymentCurrency" =>
    read_field(payment_currency), "status" => read_field(status), "successAmount" =>
    read_field(success_amount), "successCount" => read_field(success_count),
    "totalAmount" => read_field(total_amount) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBatchTradeOrderResponseBodyBatchTradeOrderVOs { "alipayTransId" =>
    optional(alipay_trans_id), "failAmount" => optional(fail_amount), "failCount" =>
    optional(fail_count), "failReason" => optional(fail_reason), "gmtFinish" =>
    optional(gmt_finish), "gmtSubmit" => optional(gmt_submit), "outBatchNo" =>
    optional(out_batch_no), "payerStaffId" => optional(payer_staff_id), "paymentAmount"
    => optional(payment_amount), "paymentCurrency" => optional(payment_currency),
    "status" => optional(status), "successAmount" => optional(success_amount),
    "successCount" => optional(success_count), "totalAmount" => optional(total_amount) }
}
/// `QueryPayAccountListResponseBodyPayAccountVOList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryPayAccountListResponseBodyPayAccountVOList {
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
}
rt::impl_deserialize! {
    QueryPayAccountListResponseBodyPayAccountVOList { "accountClass" =>
    read_field(account_class), "accountId" => read_field(account_id), "accountName" =>
    read_field(account_name), "accountNo" => read_field(account_no), "accountRemark" =>
    read_field(account_remark), "accountType" => read_field(account_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryPayAccountListResponseBodyPayAccountVOList { "accountClass" =>
    optional(account_class), "accountId" => optional(account_id), "accountName" =>
    optional(account_name), "accountNo" => optional(account_no), "accountRemark" =>
    optional(account_remark), "accountType" => optional(account_type) }
}
/// `UploadInvoiceResponseBodyResult`, a model several operations share: also named [`UploadInvoiceByAuthResponseBodyResult`], [`UploadInvoiceByMobileResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UploadInvoiceResponseBodyResult {
    /// `results`.
    pub results: Option<Vec<UploadInvoiceResponseBodyResultResults>>,
}
rt::impl_deserialize! {
    UploadInvoiceResponseBodyResult { "results" => read_field(results) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UploadInvoiceResponseBodyResult { "results" => optional(results) }
}
/// `UploadInvoiceByAuthResponseBodyResult`: the same model as [`UploadInvoiceResponseBodyResult`].
pub type UploadInvoiceByAuthResponseBodyResult = UploadInvoiceResponseBodyResult;
/// `UploadInvoiceByMobileResponseBodyResult`: the same model as [`UploadInvoiceResponseBodyResult`].
pub type UploadInvoiceByMobileResponseBodyResult = UploadInvoiceResponseBodyResult;
/// `UploadInvoiceResponseBodyResultResults`, a model several operations share: also named [`UploadInvoiceByAuthResponseBodyResultResults`], [`UploadInvoiceByMobileResponseBodyResultResults`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UploadInvoiceResponseBodyResultResults {
    /// `errCode`.
    pub err_code: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: Option<String>,
    /// `reason`.
    pub reason: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UploadInvoiceResponseBodyResultResults { "errCode" => read_field(err_code),
    "invoiceCode" => read_field(invoice_code), "invoiceNo" => read_field(invoice_no),
    "reason" => read_field(reason), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UploadInvoiceResponseBodyResultResults { "errCode" => optional(err_code),
    "invoiceCode" => optional(invoice_code), "invoiceNo" => optional(invoice_no),
    "reason" => optional(reason), "success" => optional(success) }
}
/// `UploadInvoiceByAuthResponseBodyResultResults`: the same model as [`UploadInvoiceResponseBodyResultResults`].
pub type UploadInvoiceByAuthResponseBodyResultResults = UploadInvoiceResponseBodyResultResults;
/// `UploadInvoiceByMobileResponseBodyResultResults`: the same model as [`UploadInvoiceResponseBodyResultResults`].
pub type UploadInvoiceByMobileResponseBodyResultResults = UploadInvoiceResponseBodyResultResults;
/// The request of [`Api::apply_batch_pay`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ApplyBatchPayRequest {
    /// `accountId`.
    pub account_id: String,
    /// `orderNo`.
    pub order_no: String,
    /// `passBackParams`.
    pub pass_back_params: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `payTerminal`.
    pub pay_terminal: String,
    /// `returnUrl`.
    pub return_url: Option<String>,
    /// `staffId`.
    pub staff_id: String,
    /// `transAmount`.
    pub trans_amount: String,
    /// `transExpireTime`.
    pub trans_expire_time: Option<String>,
}
/// The required fields of [`ApplyBatchPayRequest`], each named where it is set: `ApplyBatchPayRequest::new(ApplyBatchPayRequired { .. })`.
pub struct ApplyBatchPayRequired {
    /// `accountId`: see [`ApplyBatchPayRequest::account_id`].
    pub account_id: String,
    /// `orderNo`: see [`ApplyBatchPayRequest::order_no`].
    pub order_no: String,
    /// `payTerminal`: see [`ApplyBatchPayRequest::pay_terminal`].
    pub pay_terminal: String,
    /// `staffId`: see [`ApplyBatchPayRequest::staff_id`].
    pub staff_id: String,
    /// `transAmount`: see [`ApplyBatchPayRequest::trans_amount`].
    pub trans_amount: String,
}
impl ApplyBatchPayRequest {
    /// A `ApplyBatchPayRequest` with its required fields (`accountId`, `orderNo`, `payTerminal`, `staffId`, `transAmount`); set the others with the methods named after them.
    pub fn new(required: ApplyBatchPayRequired) -> Self {
        let ApplyBatchPayRequired {
            account_id,
            order_no,
            pay_terminal,
            staff_id,
            trans_amount,
        } = required;
        Self {
            account_id,
            order_no,
            pass_back_params: None,
            pay_terminal,
            return_url: None,
            staff_id,
            trans_amount,
            trans_expire_time: None,
        }
    }
    /// Sets `passBackParams`.
    pub fn pass_back_params(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.pass_back_params = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `returnUrl`.
    pub fn return_url(mut self, value: impl Into<String>) -> Self {
        self.return_url = Some(value.into());
        self
    }
    /// Sets `transExpireTime`.
    pub fn trans_expire_time(mut self, value: impl Into<String>) -> Self {
        self.trans_expire_time = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ApplyBatchPayRequest { "accountId" => field(account_id), "orderNo" =>
    field(order_no), "passBackParams" => optional(pass_back_params), "payTerminal" =>
    field(pay_terminal), "returnUrl" => optional(return_url), "staffId" =>
    field(staff_id), "transAmount" => field(trans_amount), "transExpireTime" =>
    optional(trans_expire_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ApplyBatchPayRequest { "accountId" => read_field(account_id), "orderNo" =>
    read_field(order_no), "passBackParams" => read_field(pass_back_params), "payTerminal"
    => read_field(pay_terminal), "returnUrl" => read_field(return_url), "staffId" =>
    read_field(staff_id), "transAmount" => read_field(trans_amount), "transExpireTime" =>
    read_field(trans_expire_time) }
}
impl rt::WriteRequest for ApplyBatchPayRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::close_loan_entrance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CloseLoanEntranceRequest {
    /// `requestId`.
    pub request_id: String,
}
/// The required fields of [`CloseLoanEntranceRequest`], each named where it is set: `CloseLoanEntranceRequest::new(CloseLoanEntranceRequired { .. })`.
pub struct CloseLoanEntranceRequired {
    /// `requestId`: see [`CloseLoanEntranceRequest::request_id`].
    pub request_id: String,
}
impl CloseLoanEntranceRequest {
    /// A `CloseLoanEntranceRequest` with its required fields (`requestId`); set the others with the methods named after them.
    pub fn new(required: CloseLoanEntranceRequired) -> Self {
        let CloseLoanEntranceRequired { request_id } = required;
        Self { request_id }
    }
}
rt::impl_serialize! {
    CloseLoanEntranceRequest { "requestId" => field(request_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CloseLoanEntranceRequest { "requestId" => read_field(request_id) }
}
impl rt::WriteRequest for CloseLoanEntranceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::consult_create_sub_institution`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ConsultCreateSubInstitutionRequest {
    /// `bindingAlipayLogonId`.
    pub binding_alipay_logon_id: Option<String>,
    /// `contactInfo`.
    pub contact_info: ConsultCreateSubInstitutionRequestContactInfo,
    /// `instId`.
    pub inst_id: String,
    /// `legalPersonCertInfo`.
    pub legal_person_cert_info: ConsultCreateSubInstitutionRequestLegalPersonCertInfo,
    /// `outTradeNo`.
    pub out_trade_no: String,
    /// `payChannel`.
    pub pay_channel: String,
    /// `qualificationInfos`.
    pub qualification_infos: Option<
        Vec<ConsultCreateSubInstitutionRequestQualificationInfos>,
    >,
    /// `services`.
    pub services: Vec<String>,
    /// `settleInfo`.
    pub settle_info: ConsultCreateSubInstitutionRequestSettleInfo,
    /// `solution`.
    pub solution: String,
    /// `subInstAddressInfo`.
    pub sub_inst_address_info: Option<
        ConsultCreateSubInstitutionRequestSubInstAddressInfo,
    >,
    /// `subInstAuthInfo`.
    pub sub_inst_auth_info: Option<ConsultCreateSubInstitutionRequestSubInstAuthInfo>,
    /// `subInstBasicInfo`.
    pub sub_inst_basic_info: ConsultCreateSubInstitutionRequestSubInstBasicInfo,
    /// `subInstCertifyInfo`.
    pub sub_inst_certify_info: ConsultCreateSubInstitutionRequestSubInstCertifyInfo,
    /// `subInstId`.
    pub sub_inst_id: String,
    /// `subInstInvoiceInfo`.
    pub sub_inst_invoice_info: Option<
        ConsultCreateSubInstitutionRequestSubInstInvoiceInfo,
    >,
    /// `subInstShopInfo`.
    pub sub_inst_shop_info: Option<ConsultCreateSubInstitutionRequestSubInstShopInfo>,
}
/// The required fields of [`ConsultCreateSubInstitutionRequest`], each named where it is set: `ConsultCreateSubInstitutionRequest::new(ConsultCreateSubInstitutionRequired { .. })`.
pub struct ConsultCreateSubInstitutionRequired {
    /// `contactInfo`: see [`ConsultCreateSubInstitutionRequest::contact_info`].
    pub contact_info: ConsultCreateSubInstitutionRequestContactInfo,
    /// `instId`: see [`ConsultCreateSubInstitutionRequest::inst_id`].
    pub inst_id: String,
    /// `legalPersonCertInfo`: see [`ConsultCreateSubInstitutionRequest::legal_person_cert_info`].
    pub legal_person_cert_info: ConsultCreateSubInstitutionRequestLegalPersonCertInfo,
    /// `outTradeNo`: see [`ConsultCreateSubInstitutionRequest::out_trade_no`].
    pub out_trade_no: String,
    /// `payChannel`: see [`ConsultCreateSubInstitutionRequest::pay_channel`].
    pub pay_channel: String,
    /// `services`: see [`ConsultCreateSubInstitutionRequest::services`].
    pub services: Vec<String>,
    /// `settleInfo`: see [`ConsultCreateSubInstitutionRequest::settle_info`].
    pub settle_info: ConsultCreateSubInstitutionRequestSettleInfo,
    /// `solution`: see [`ConsultCreateSubInstitutionRequest::solution`].
    pub solution: String,
    /// `subInstBasicInfo`: see [`ConsultCreateSubInstitutionRequest::sub_inst_basic_info`].
    pub sub_inst_basic_info: ConsultCreateSubInstitutionRequestSubInstBasicInfo,
    /// `subInstCertifyInfo`: see [`ConsultCreateSubInstitutionRequest::sub_inst_certify_info`].
    pub sub_inst_certify_info: ConsultCreateSubInstitutionRequestSubInstCertifyInfo,
    /// `subInstId`: see [`ConsultCreateSubInstitutionRequest::sub_inst_id`].
    pub sub_inst_id: String,
}
impl ConsultCreateSubInstitutionRequest {
    /// A `ConsultCreateSubInstitutionRequest` with its required fields (`contactInfo`, `instId`, `legalPersonCertInfo`, `outTradeNo`, `payChannel`, `services`, `settleInfo`, `solution`, `subInstBasicInfo`, `subInstCertifyInfo`, `subInstId`); set the others with the methods named after them.
    pub fn new(required: ConsultCreateSubInstitutionRequired) -> Self {
        let ConsultCreateSubInstitutionRequired {
            contact_info,
            inst_id,
            legal_person_cert_info,
            out_trade_no,
            pay_channel,
            services,
            settle_info,
            solution,
            sub_inst_basic_info,
            sub_inst_certify_info,
            sub_inst_id,
        } = required;
        Self {
            binding_alipay_logon_id: None,
            contact_info,
            inst_id,
            legal_person_cert_info,
            out_trade_no,
            pay_channel,
            qualification_infos: None,
            services,
            settle_info,
            solution,
            sub_inst_address_info: None,
            sub_inst_auth_info: None,
            sub_inst_basic_info,
            sub_inst_certify_info,
            sub_inst_id,
            sub_inst_invoice_info: None,
            sub_inst_shop_info: None,
        }
    }
    /// Sets `bindingAlipayLogonId`.
    pub fn binding_alipay_logon_id(mut self, value: impl Into<String>) -> Self {
        self.binding_alipay_logon_id = Some(value.into());
        self
    }
    /// Sets `qualificationInfos`.
    pub fn qualification_infos(
        mut self,
        value: impl IntoIterator<
            Item = ConsultCreateSubInstitutionRequestQualificationInfos,
        >,
    ) -> Self {
        self.qualification_infos = Some(value.into_iter().collect());
        self
    }
    /// Sets `subInstAddressInfo`.
    pub fn sub_inst_address_info(
        mut self,
        value: ConsultCreateSubInstitutionRequestSubInstAddressInfo,
    ) -> Self {
        self.sub_inst_address_info = Some(value);
        self
    }
    /// Sets `subInstAuthInfo`.
    pub fn sub_inst_auth_info(
        mut self,
        value: ConsultCreateSubInstitutionRequestSubInstAuthInfo,
    ) -> Self {
        self.sub_inst_auth_info = Some(value);
        self
    }
    /// Sets `subInstInvoiceInfo`.
    pub fn sub_inst_invoice_info(
        mut self,
        value: ConsultCreateSubInstitutionRequestSubInstInvoiceInfo,
    ) -> Self {
        self.sub_inst_invoice_info = Some(value);
        self
    }
    /// Sets `subInstShopInfo`.
    pub fn sub_inst_shop_info(
        mut self,
        value: ConsultCreateSubInstitutionRequestSubInstShopInfo,
    ) -> Self {
        self.sub_inst_shop_info = Some(value);
        self
    }
}
rt::impl_serialize! {
    ConsultCreateSubInstitutionRequest { "bindingAlipayLogonId" =>
    optional(binding_alipay_logon_id), "contactInfo" => field(contact_info), "instId" =>
    field(inst_id), "legalPersonCertInfo" => field(legal_person_cert_info), "outTradeNo"
    => field(out_trade_no), "payChannel" => field(pay_channel), "qualificationInfos" =>
    optional(qualification_infos), "services" => field(services), "settleInfo" =>
    field(settle_info), "solution" => field(solution), "subInstAddressInfo" =>
    optional(sub_inst_address_info), "subInstAuthInfo" => optional(sub_inst_auth_info),
    "subInstBasicInfo" => field(sub_inst_basic_info), "subInstCertifyInfo" =>
    field(sub_inst_certify_info), "subInstId" => field(sub_inst_id), "subInstInvoiceInfo"
    => optional(sub_inst_invoice_info), "subInstShopInfo" => optional(sub_inst_shop_info)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ConsultCreateSubInstitutionRequest { "bindingAlipayLogonId" =>
    read_field(binding_alipay_logon_id), "contactInfo" => read_field(contact_info),
    "instId" => read_field(inst_id), "legalPersonCertInfo" =>
    read_field(legal_person_cert_info), "outTradeNo" => read_field(out_trade_no),
    "payChannel" => read_field(pay_channel), "qualificationInfos" =>
    read_field(qualification_infos), "services" => read_field(services), "settleInfo" =>
    read_field(settle_info), "solution" => read_field(solution), "subInstAddressInfo" =>
    read_field(sub_inst_address_info), "subInstAuthInfo" =>
    read_field(sub_inst_auth_info), "subInstBasicInfo" =>
    read_field(sub_inst_basic_info), "subInstCertifyInfo" =>
    read_field(sub_inst_certify_info), "subInstId" => read_field(sub_inst_id),
    "subInstInvoiceInfo" => read_field(sub_inst_invoice_info), "subInstShopInfo" =>
    read_field(sub_inst_shop_info) }
}
impl rt::WriteRequest for ConsultCreateSubInstitutionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::creat_withholding_order_and_pay`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreatWithholdingOrderAndPayRequest {
    /// `amount`.
    pub amount: String,
    /// `instId`.
    pub inst_id: String,
    /// `otherPayChannelDetailInfoList`.
    pub other_pay_channel_detail_info_list: Option<
        Vec<CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList>,
    >,
    /// `outTradeNo`.
    pub out_trade_no: String,
    /// `payChannel`.
    pub pay_channel: String,
    /// `payerUserId`.
    pub payer_user_id: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `subInstId`.
    pub sub_inst_id: String,
    /// `timeOutExpress`.
    pub time_out_express: Option<String>,
    /// `title`.
    pub title: String,
}
/// The required fields of [`CreatWithholdingOrderAndPayRequest`], each named where it is set: `CreatWithholdingOrderAndPayRequest::new(CreatWithholdingOrderAndPayRequired { .. })`.
pub struct CreatWithholdingOrderAndPayRequired {
    /// `amount`: see [`CreatWithholdingOrderAndPayRequest::amount`].
    pub amount: String,
    /// `instId`: see [`CreatWithholdingOrderAndPayRequest::inst_id`].
    pub inst_id: String,
    /// `outTradeNo`: see [`CreatWithholdingOrderAndPayRequest::out_trade_no`].
    pub out_trade_no: String,
    /// `payChannel`: see [`CreatWithholdingOrderAndPayRequest::pay_channel`].
    pub pay_channel: String,
    /// `payerUserId`: see [`CreatWithholdingOrderAndPayRequest::payer_user_id`].
    pub payer_user_id: String,
    /// `subInstId`: see [`CreatWithholdingOrderAndPayRequest::sub_inst_id`].
    pub sub_inst_id: String,
    /// `title`: see [`CreatWithholdingOrderAndPayRequest::title`].
    pub title: String,
}
impl CreatWithholdingOrderAndPayRequest {
    /// A `CreatWithholdingOrderAndPayRequest` with its required fields (`amount`, `instId`, `outTradeNo`, `payChannel`, `payerUserId`, `subInstId`, `title`); set the others with the methods named after them.
    pub fn new(required: CreatWithholdingOrderAndPayRequired) -> Self {
        let CreatWithholdingOrderAndPayRequired {
            amount,
            inst_id,
            out_trade_no,
            pay_channel,
            payer_user_id,
            sub_inst_id,
            title,
        } = required;
        Self {
            amount,
            inst_id,
            other_pay_channel_detail_info_list: None,
            out_trade_no,
            pay_channel,
            payer_user_id,
            remark: None,
            sub_inst_id,
            time_out_express: None,
            title,
        }
    }
    /// Sets `otherPayChannelDetailInfoList`.
    pub fn other_pay_channel_detail_info_list(
        mut self,
        value: impl IntoIterator<
            Item = CreatWithholdingOrderAndPayRequestOtherPayChannelDetailInfoList,
        >,
    ) -> Self {
        self.other_pay_channel_detail_info_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `timeOutExpress`.
    pub fn time_out_express(mut self, value: impl Into<String>) -> Self {
        self.time_out_express = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreatWithholdingOrderAndPayRequest { "amount" => field(amount), "instId" =>
    field(inst_id), "otherPayChannelDetailInfoList" =>
    optional(other_pay_channel_detail_info_list), "outTradeNo" => field(out_trade_no),
    "payChannel" => field(pay_channel), "payerUserId" => field(payer_user_id), "remark"
    => optional(remark), "subInstId" => field(sub_inst_id), "timeOutExpress" =>
    optional(time_out_express), "title" => field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreatWithholdingOrderAndPayRequest { "amount" => read_field(amount), "instId" =>
    read_field(inst_id), "otherPayChannelDetailInfoList" =>
    read_field(other_pay_channel_detail_info_list), "outTradeNo" =>
    read_field(out_trade_no), "payChannel" => read_field(pay_channel), "payerUserId" =>
    read_field(payer_user_id), "remark" => read_field(remark), "subInstId" =>
    read_field(sub_inst_id), "timeOutExpress" => read_field(time_out_express), "title" =>
    read_field(title) }
}
impl rt::WriteRequest for CreatWithholdingOrderAndPayRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_acquire_refund_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateAcquireRefundOrderRequest {
    /// `instId`.
    pub inst_id: String,
    /// `operatorUserId`.
    pub operator_user_id: Option<String>,
    /// `originOutTradeNo`.
    pub origin_out_trade_no: String,
    /// `otherPayChannelDetailInfoList`.
    pub other_pay_channel_detail_info_list: Option<
        Vec<CreateAcquireRefundOrderRequestOtherPayChannelDetailInfoList>,
    >,
    /// `outRefundNo`.
    pub out_refund_no: String,
    /// `refundAmount`.
    pub refund_amount: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `subInstId`.
    pub sub_inst_id: String,
    /// `title`.
    pub title: String,
}
/// The required fields of [`CreateAcquireRefundOrderRequest`], each named where it is set: `CreateAcquireRefundOrderRequest::new(CreateAcquireRefundOrderRequired { .. })`.
pub struct CreateAcquireRefundOrderRequired {
    /// `instId`: see [`CreateAcquireRefundOrderRequest::inst_id`].
    pub inst_id: String,
    /// `originOutTradeNo`: see [`CreateAcquireRefundOrderRequest::origin_out_trade_no`].
    pub origin_out_trade_no: String,
    /// `outRefundNo`: see [`CreateAcquireRefundOrderRequest::out_refund_no`].
    pub out_refund_no: String,
    /// `refundAmount`: see [`CreateAcquireRefundOrderRequest::refund_amount`].
    pub refund_amount: String,
    /// `subInstId`: see [`CreateAcquireRefundOrderRequest::sub_inst_id`].
    pub sub_inst_id: String,
    /// `title`: see [`CreateAcquireRefundOrderRequest::title`].
    pub title: String,
}
impl CreateAcquireRefundOrderRequest {
    /// A `CreateAcquireRefundOrderRequest` with its required fields (`instId`, `originOutTradeNo`, `outRefundNo`, `refundAmount`, `subInstId`, `title`); set the others with the methods named after them.
    pub fn new(required: CreateAcquireRefundOrderRequired) -> Self {
        let CreateAcquireRefundOrderRequired {
            inst_id,
            origin_out_trade_no,
            out_refund_no,
            refund_amount,
            sub_inst_id,
            title,
        } = required;
        Self {
            inst_id,
            operator_user_id: None,
            origin_out_trade_no,
            other_pay_channel_detail_info_list: None,
            out_refund_no,
            refund_amount,
            remark: None,
            sub_inst_id,
            title,
        }
    }
    /// Sets `operatorUserId`.
    pub fn operator_user_id(mut self, value: impl Into<String>) -> Self {
        self.operator_user_id = Some(value.into());
        self
    }
    /// Sets `otherPayChannelDetailInfoList`.
    pub fn other_pay_channel_detail_info_list(
        mut self,
        value: impl IntoIterator<
            Item = CreateAcquireRefundOrderRequestOtherPayChannelDetailInfoList,
        >,
    ) -> Self {
        self.other_pay_channel_detail_info_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateAcquireRefundOrderRequest { "instId" => field(inst_id), "operatorUserId" =>
    optional(operator_user_id), "originOutTradeNo" => field(origin_out_trade_no),
    "otherPayChannelDetailInfoList" => optional(other_pay_channel_detail_info_list),
    "outRefundNo" => field(out_refund_no), "refundAmount" => field(refund_amount),
    "remark" => optional(remark), "subInstId" => field(sub_inst_id), "title" =>
    field(title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateAcquireRefundOrderRequest { "instId" => read_field(inst_id), "operatorUserId"
    => read_field(operator_user_id), "originOutTradeNo" =>
    read_field(origin_out_trade_no), "otherPayChannelDetailInfoList" =>
    read_field(other_pay_channel_detail_info_list), "outRefundNo" =>
    read_field(out_refund_no), "refundAmount" => read_field(refund_amount), "remark" =>
    read_field(remark), "subInstId" => read_field(sub_inst_id), "title" =>
    read_field(title) }
}
impl rt::WriteRequest for CreateAcquireRefundOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_batch_trade_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateBatchTradeOrderRequest {
    /// `accountId`.
    pub account_id: String,
    /// `accountNo`.
    pub account_no: String,
    /// `batchRemark`.
    pub batch_remark: Option<String>,
    /// `batchTradeDetails`.
    pub batch_trade_details: Vec<CreateBatchTradeOrderRequestBatchTradeDetails>,
    /// `outBatchNo`.
    pub out_batch_no: String,
    /// `staffId`.
    pub staff_id: String,
    /// `totalAmount`.
    pub total_amount: String,
    /// `totalCount`.
    pub total_count: i64,
    /// `tradeTitle`.
    pub trade_title: String,
}
/// The required fields of [`CreateBatchTradeOrderRequest`], each named where it is set: `CreateBatchTradeOrderRequest::new(CreateBatchTradeOrderRequired { .. })`.
pub struct CreateBatchTradeOrderRequired {
    /// `accountId`: see [`CreateBatchTradeOrderRequest::account_id`].
    pub account_id: String,
    /// `accountNo`: see [`CreateBatchTradeOrderRequest::account_no`].
    pub account_no: String,
    /// `batchTradeDetails`: see [`CreateBatchTradeOrderRequest::batch_trade_details`].
    pub batch_trade_details: Vec<CreateBatchTradeOrderRequestBatchTradeDetails>,
    /// `outBatchNo`: see [`CreateBatchTradeOrderRequest::out_batch_no`].
    pub out_batch_no: String,
    /// `staffId`: see [`CreateBatchTradeOrderRequest::staff_id`].
    pub staff_id: String,
    /// `totalAmount`: see [`CreateBatchTradeOrderRequest::total_amount`].
    pub total_amount: String,
    /// `totalCount`: see [`CreateBatchTradeOrderRequest::total_count`].
    pub total_count: i64,
    /// `tradeTitle`: see [`CreateBatchTradeOrderRequest::trade_title`].
    pub trade_title: String,
}
impl CreateBatchTradeOrderRequest {
    /// A `CreateBatchTradeOrderRequest` with its required fields (`accountId`, `accountNo`, `batchTradeDetails`, `outBatchNo`, `staffId`, `totalAmount`, `totalCount`, `tradeTitle`); set the others with the methods named after them.
    pub fn new(required: CreateBatchTradeOrderRequired) -> Self {
        let CreateBatchTradeOrderRequired {
            account_id,
            account_no,
            batch_trade_details,
            out_batch_no,
            staff_id,
            total_amount,
            total_count,
            trade_title,
        } = required;
        Self {
            account_id,
            account_no,
            batch_remark: None,
            batch_trade_details,
            out_batch_no,
            staff_id,
            total_amount,
            total_count,
            trade_title,
        }
    }
    /// Sets `batchRemark`.
    pub fn batch_remark(mut self, value: impl Into<String>) -> Self {
        self.batch_remark = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateBatchTradeOrderRequest { "accountId" => field(account_id), "accountNo" =>
    field(account_no), "batchRemark" => optional(batch_remark), "batchTradeDetails" =>
    field(batch_trade_details), "outBatchNo" => field(out_batch_no), "staffId" =>
    field(staff_id), "totalAmount" => field(total_amount), "totalCount" =>
    field(total_count), "tradeTitle" => field(trade_title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateBatchTradeOrderRequest { "accountId" => read_field(account_id), "accountNo" =>
    read_field(account_no), "batchRemark" => read_field(batch_remark),
    "batchTradeDetails" => read_field(batch_trade_details), "outBatchNo" =>
    read_field(out_batch_no), "staffId" => read_field(staff_id), "totalAmount" =>
    read_field(total_amount), "totalCount" => read_field(total_count), "tradeTitle" =>
    read_field(trade_title) }
}
impl rt::WriteRequest for CreateBatchTradeOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_sub_institution`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateSubInstitutionRequest {
    /// `bindingAlipayLogonId`.
    pub binding_alipay_logon_id: Option<String>,
    /// `contactInfo`.
    pub contact_info: CreateSubInstitutionRequestContactInfo,
    /// `instId`.
    pub inst_id: String,
    /// `legalPersonCertInfo`.
    pub legal_person_cert_info: CreateSubInstitutionRequestLegalPersonCertInfo,
    /// `outTradeNo`.
    pub out_trade_no: String,
    /// `payChannel`.
    pub pay_channel: String,
    /// `qualificationInfos`.
    pub qualification_infos: Option<Vec<CreateSubInstitutionRequestQualificationInfos>>,
    /// `services`.
    pub services: Vec<String>,
    /// `settleInfo`.
    pub settle_info: CreateSubInstitutionRequestSettleInfo,
    /// `solution`.
    pub solution: String,
    /// `subInstAddressInfo`.
    pub sub_inst_address_info: Option<CreateSubInstitutionRequestSubInstAddressInfo>,
    /// `subInstAuthInfo`.
    pub sub_inst_auth_info: Option<CreateSubInstitutionRequestSubInstAuthInfo>,
    /// `subInstBasicInfo`.
    pub sub_inst_basic_info: CreateSubInstitutionRequestSubInstBasicInfo,
    /// `subInstCertifyInfo`.
    pub sub_inst_certify_info: CreateSubInstitutionRequestSubInstCertifyInfo,
    /// `subInstId`.
    pub sub_inst_id: String,
    /// `subInstInvoiceInfo`.
    pub sub_inst_invoice_info: Option<CreateSubInstitutionRequestSubInstInvoiceInfo>,
    /// `subInstShopInfo`.
    pub sub_inst_shop_info: Option<CreateSubInstitutionRequestSubInstShopInfo>,
}
/// The required fields of [`CreateSubInstitutionRequest`], each named where it is set: `CreateSubInstitutionRequest::new(CreateSubInstitutionRequired { .. })`.
pub struct CreateSubInstitutionRequired {
    /// `contactInfo`: see [`CreateSubInstitutionRequest::contact_info`].
    pub contact_info: CreateSubInstitutionRequestContactInfo,
    /// `instId`: see [`CreateSubInstitutionRequest::inst_id`].
    pub inst_id: String,
    /// `legalPersonCertInfo`: see [`CreateSubInstitutionRequest::legal_person_cert_info`].
    pub legal_person_cert_info: CreateSubInstitutionRequestLegalPersonCertInfo,
    /// `outTradeNo`: see [`CreateSubInstitutionRequest::out_trade_no`].
    pub out_trade_no: String,
    /// `payChannel`: see [`CreateSubInstitutionRequest::pay_channel`].
    pub pay_channel: String,
    /// `services`: see [`CreateSubInstitutionRequest::services`].
    pub services: Vec<String>,
    /// `settleInfo`: see [`CreateSubInstitutionRequest::settle_info`].
    pub settle_info: CreateSubInstitutionRequestSettleInfo,
    /// `solution`: see [`CreateSubInstitutionRequest::solution`].
    pub solution: String,
    /// `subInstBasicInfo`: see [`CreateSubInstitutionRequest::sub_inst_basic_info`].
    pub sub_inst_basic_info: CreateSubInstitutionRequestSubInstBasicInfo,
    /// `subInstCertifyInfo`: see [`CreateSubInstitutionRequest::sub_inst_certify_info`].
    pub sub_inst_certify_info: CreateSubInstitutionRequestSubInstCertifyInfo,
    /// `subInstId`: see [`CreateSubInstitutionRequest::sub_inst_id`].
    pub sub_inst_id: String,
}
impl CreateSubInstitutionRequest {
    /// A `CreateSubInstitutionRequest` with its required fields (`contactInfo`, `instId`, `legalPersonCertInfo`, `outTradeNo`, `payChannel`, `services`, `settleInfo`, `solution`, `subInstBasicInfo`, `subInstCertifyInfo`, `subInstId`); set the others with the methods named after them.
    pub fn new(required: CreateSubInstitutionRequired) -> Self {
        let CreateSubInstitutionRequired {
            contact_info,
            inst_id,
            legal_person_cert_info,
            out_trade_no,
            pay_channel,
            services,
            settle_info,
            solution,
            sub_inst_basic_info,
            sub_inst_certify_info,
            sub_inst_id,
        } = required;
        Self {
            binding_alipay_logon_id: None,
            contact_info,
            inst_id,
            legal_person_cert_info,
            out_trade_no,
            pay_channel,
            qualification_infos: None,
            services,
            settle_info,
            solution,
            sub_inst_address_info: None,
            sub_inst_auth_info: None,
            sub_inst_basic_info,
            sub_inst_certify_info,
            sub_inst_id,
            sub_inst_invoice_info: None,
            sub_inst_shop_info: None,
        }
    }
    /// Sets `bindingAlipayLogonId`.
    pub fn binding_alipay_logon_id(mut self, value: impl Into<String>) -> Self {
        self.binding_alipay_logon_id = Some(value.into());
        self
    }
    /// Sets `qualificationInfos`.
    pub fn qualification_infos(
        mut self,
        value: impl IntoIterator<Item = CreateSubInstitutionRequestQualificationInfos>,
    ) -> Self {
        self.qualification_infos = Some(value.into_iter().collect());
        self
    }
    /// Sets `subInstAddressInfo`.
    pub fn sub_inst_address_info(
        mut self,
        value: CreateSubInstitutionRequestSubInstAddressInfo,
    ) -> Self {
        self.sub_inst_address_info = Some(value);
        self
    }
    /// Sets `subInstAuthInfo`.
    pub fn sub_inst_auth_info(
        mut self,
        value: CreateSubInstitutionRequestSubInstAuthInfo,
    ) -> Self {
        self.sub_inst_auth_info = Some(value);
        self
    }
    /// Sets `subInstInvoiceInfo`.
    pub fn sub_inst_invoice_info(
        mut self,
        value: CreateSubInstitutionRequestSubInstInvoiceInfo,
    ) -> Self {
        self.sub_inst_invoice_info = Some(value);
        self
    }
    /// Sets `subInstShopInfo`.
    pub fn sub_inst_shop_info(
        mut self,
        value: CreateSubInstitutionRequestSubInstShopInfo,
    ) -> Self {
        self.sub_inst_shop_info = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateSubInstitutionRequest { "bindingAlipayLogonId" =>
    optional(binding_alipay_logon_id), "contactInfo" => field(contact_info), "instId" =>
    field(inst_id), "legalPersonCertInfo" => field(legal_person_cert_info), "outTradeNo"
    => field(out_trade_no), "payChannel" => field(pay_channel), "qualificationInfos" =>
    optional(qualification_infos), "services" => field(services), "settleInfo" =>
    field(settle_info), "solution" => field(solution), "subInstAddressInfo" =>
    optional(sub_inst_address_info), "subInstAuthInfo" => optional(sub_inst_auth_info),
    "subInstBasicInfo" => field(sub_inst_basic_info), "subInstCertifyInfo" =>
    field(sub_inst_certify_info), "subInstId" => field(sub_inst_id), "subInstInvoiceInfo"
    => optional(sub_inst_invoice_info), "subInstShopInfo" => optional(sub_inst_shop_info)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateSubInstitutionRequest { "bindingAlipayLogonId" =>
    read_field(binding_alipay_logon_id), "contactInfo" => read_field(contact_info),
    "instId" => read_field(inst_id), "legalPersonCertInfo" =>
    read_field(legal_person_cert_info), "outTradeNo" => read_field(out_trade_no),
    "payChannel" => read_field(pay_channel), "qualificationInfos" =>
    read_field(qualification_infos), "services" => read_field(services), "settleInfo" =>
    read_field(settle_info), "solution" => read_field(solution), "subInstAddressInfo" =>
    read_field(sub_inst_address_info), "subInstAuthInfo" =>
    read_field(sub_inst_auth_info), "subInstBasicInfo" =>
    read_field(sub_inst_basic_info), "subInstCertifyInfo" =>
    read_field(sub_inst_certify_info), "subInstId" => read_field(sub_inst_id),
    "subInstInvoiceInfo" => read_field(sub_inst_invoice_info), "subInstShopInfo" =>
    read_field(sub_inst_shop_info) }
}
impl rt::WriteRequest for CreateSubInstitutionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_user_code_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateUserCodeInstanceRequest {
    /// `availableTimes`.
    pub available_times: Vec<CreateUserCodeInstanceRequestAvailableTimes>,
    /// `codeIdentity`.
    pub code_identity: String,
    /// `codeValue`.
    pub code_value: Option<String>,
    /// `codeValueType`.
    pub code_value_type: Option<String>,
    /// `corpId`.
    pub corp_id: String,
    /// `extInfo`.
    pub ext_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `gmtExpired`.
    pub gmt_expired: String,
    /// `requestId`.
    pub request_id: String,
    /// `status`.
    pub status: String,
    /// `userCorpRelationType`.
    pub user_corp_relation_type: String,
    /// `userIdentity`.
    pub user_identity: String,
}
/// The required fields of [`CreateUserCodeInstanceRequest`], each named where it is set: `CreateUserCodeInstanceRequest::new(CreateUserCodeInstanceRequired { .. })`.
pub struct CreateUserCodeInstanceRequired {
    /// `availableTimes`: see [`CreateUserCodeInstanceRequest::available_times`].
    pub available_times: Vec<CreateUserCodeInstanceRequestAvailableTimes>,
    /// `codeIdentity`: see [`CreateUserCodeInstanceRequest::code_identity`].
    pub code_identity: String,
    /// `corpId`: see [`CreateUserCodeInstanceRequest::corp_id`].
    pub corp_id: String,
    /// `extInfo`: see [`CreateUserCodeInstanceRequest::ext_info`].
    pub ext_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `gmtExpired`: see [`CreateUserCodeInstanceRequest::gmt_expired`].
    pub gmt_expired: String,
    /// `requestId`: see [`CreateUserCodeInstanceRequest::request_id`].
    pub request_id: String,
    /// `status`: see [`CreateUserCodeInstanceRequest::status`].
    pub status: String,
    /// `userCorpRelationType`: see [`CreateUserCodeInstanceRequest::user_corp_relation_type`].
    pub user_corp_relation_type: String,
    /// `userIdentity`: see [`CreateUserCodeInstanceRequest::user_identity`].
    pub user_identity: String,
}
impl CreateUserCodeInstanceRequest {
    /// A `CreateUserCodeInstanceRequest` with its required fields (`availableTimes`, `codeIdentity`, `corpId`, `extInfo`, `gmtExpired`, `requestId`, `status`, `userCorpRelationType`, `userIdentity`); set the others with the methods named after them.
    pub fn new(required: CreateUserCodeInstanceRequired) -> Self {
        let CreateUserCodeInstanceRequired {
            available_times,
            code_identity,
            corp_id,
            ext_info,
            gmt_expired,
            request_id,
            status,
            user_corp_relation_type,
            user_identity,
        } = required;
        Self {
            available_times,
            code_identity,
            code_value: None,
            code_value_type: None,
            corp_id,
            ext_info,
            gmt_expired,
            request_id,
            status,
            user_corp_relation_type,
            user_identity,
        }
    }
    /// Sets `codeValue`.
    pub fn code_value(mut self, value: impl Into<String>) -> Self {
        self.code_value = Some(value.into());
        self
    }
    /// Sets `codeValueType`.
    pub fn code_value_type(mut self, value: impl Into<String>) -> Self {
        self.code_value_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateUserCodeInstanceRequest { "availableTimes" => field(available_times),
    "codeIdentity" => field(code_identity), "codeValue" => optional(code_value),
    "codeValueType" => optional(code_value_type), "corpId" => field(corp_id), "extInfo"
    => field(ext_info), "gmtExpired" => field(gmt_expired), "requestId" =>
    field(request_id), "status" => field(status), "userCorpRelationType" =>
    field(user_corp_relation_type), "userIdentity" => field(user_identity) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateUserCodeInstanceRequest { "availableTimes" => read_field(available_times),
    "codeIdentity" => read_field(code_identity), "codeValue" => read_field(code_value),
    "codeValueType" => read_field(code_value_type), "corpId" => read_field(corp_id),
    "extInfo" => read_field(ext_info), "gmtExpired" => read_field(gmt_expired),
    "requestId" => read_field(request_id), "status" => read_field(status),
    "userCorpRelationType" => read_field(user_corp_relation_type), "userIdentity" =>
    read_field(user_identity) }
}
impl rt::WriteRequest for CreateUserCodeInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::decode_pay_code`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DecodePayCodeRequest {
    /// `payCode`.
    pub pay_code: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
}
impl DecodePayCodeRequest {
    /// An empty `DecodePayCodeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `payCode`.
    pub fn pay_code(mut self, value: impl Into<String>) -> Self {
        self.pay_code = Some(value.into());
        self
    }
    /// Sets `requestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DecodePayCodeRequest { "payCode" => optional(pay_code), "requestId" =>
    optional(request_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DecodePayCodeRequest { "payCode" => read_field(pay_code), "requestId" =>
    read_field(request_id) }
}
impl rt::WriteRequest for DecodePayCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::finance_loan_notify_register`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct FinanceLoanNotifyRegisterRequest {
    /// `completeTime`.
    pub complete_time: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `idCardNo`.
    pub id_card_no: Option<String>,
    /// `openChannelName`.
    pub open_channel_name: Option<String>,
    /// `openProductCode`.
    pub open_product_code: Option<String>,
    /// `openProductName`.
    pub open_product_name: Option<String>,
    /// `openProductType`.
    pub open_product_type: Option<String>,
    /// `processingStatus`.
    pub processing_status: Option<String>,
    /// `refuseCode`.
    pub refuse_code: Option<String>,
    /// `refuseReason`.
    pub refuse_reason: Option<String>,
    /// `registerNo`.
    pub register_no: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `submitTime`.
    pub submit_time: Option<String>,
    /// `userMobile`.
    pub user_mobile: Option<String>,
}
impl FinanceLoanNotifyRegisterRequest {
    /// An empty `FinanceLoanNotifyRegisterRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `completeTime`.
    pub fn complete_time(mut self, value: impl Into<String>) -> Self {
        self.complete_time = Some(value.into());
        self
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
    /// Sets `idCardNo`.
    pub fn id_card_no(mut self, value: impl Into<String>) -> Self {
        self.id_card_no = Some(value.into());
        self
    }
    /// Sets `openChannelName`.
    pub fn open_channel_name(mut self, value: impl Into<String>) -> Self {
        self.open_channel_name = Some(value.into());
        self
    }
    /// Sets `openProductCode`.
    pub fn open_product_code(mut self, value: impl Into<String>) -> Self {
        self.open_product_code = Some(value.into());
        self
    }
    /// Sets `openProductName`.
    pub fn open_product_name(mut self, value: impl Into<String>) -> Self {
        self.open_product_name = Some(value.into());
        self
    }
    /// Sets `openProductType`.
    pub fn open_product_type(mut self, value: impl Into<String>) -> Self {
        self.open_product_type = Some(value.into());
        self
    }
    /// Sets `processingStatus`.
    pub fn processing_status(mut self, value: impl Into<String>) -> Self {
        self.processing_status = Some(value.into());
        self
    }
    /// Sets `refuseCode`.
    pub fn refuse_code(mut self, value: impl Into<String>) -> Self {
        self.refuse_code = Some(value.into());
        self
    }
    /// Sets `refuseReason`.
    pub fn refuse_reason(mut self, value: impl Into<String>) -> Self {
        self.refuse_reason = Some(value.into());
        self
    }
    /// Sets `registerNo`.
    pub fn register_no(mut self, value: impl Into<String>) -> Self {
        self.register_no = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `submitTime`.
    pub fn submit_time(mut self, value: impl Into<String>) -> Self {
        self.submit_time = Some(value.into());
        self
    }
    /// Sets `userMobile`.
    pub fn user_mobile(mut self, value: impl Into<String>) -> Self {
        self.user_mobile = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    FinanceLoanNotifyRegisterRequest { "completeTime" => optional(complete_time),
    "extension" => optional(extension), "idCardNo" => optional(id_card_no),
    "openChannelName" => optional(open_channel_name), "openProductCode" =>
    optional(open_product_code), "openProductName" => optional(open_product_name),
    "openProductType" => optional(open_product_type), "processingStatus" =>
    optional(processing_status), "refuseCode" => optional(refuse_code), "refuseReason" =>
    optional(refuse_reason), "registerNo" => optional(register_no), "status" =>
    optional(status), "submitTime" => optional(submit_time), "userMobile" =>
    optional(user_mobile) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    FinanceLoanNotifyRegisterRequest { "completeTime" => read_field(complete_time),
    "extension" => read_field(extension), "idCardNo" => read_field(id_card_no),
    "openChannelName" => read_field(open_channel_name), "openProductCode" =>
    read_field(open_product_code), "openProductName" => read_field(open_product_name),
    "openProductType" => read_field(open_product_type), "processingStatus" =>
    read_field(processing_status), "refuseCode" => read_field(refuse_code),
    "refuseReason" => read_field(refuse_reason), "registerNo" => read_field(register_no),
    "status" => read_field(status), "submitTime" => read_field(submit_time), "userMobile"
    => read_field(user_mobile) }
}
impl rt::WriteRequest for FinanceLoanNotifyRegisterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::modify_sub_institution`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ModifySubInstitutionRequest {
    /// `bindingAlipayLogonId`.
    pub binding_alipay_logon_id: Option<String>,
    /// `contactInfo`.
    pub contact_info: ModifySubInstitutionRequestContactInfo,
    /// `instId`.
    pub inst_id: String,
    /// `legalPersonCertInfo`.
    pub legal_person_cert_info: ModifySubInstitutionRequestLegalPersonCertInfo,
    /// `outTradeNo`.
    pub out_trade_no: String,
    /// `payChannel`.
    pub pay_channel: String,
    /// `qualificationInfos`.
    pub qualification_infos: Option<Vec<ModifySubInstitutionRequestQualificationInfos>>,
    /// `services`.
    pub services: Vec<String>,
    /// `settleInfo`.
    pub settle_info: ModifySubInstitutionRequestSettleInfo,
    /// `subInstAddressInfo`.
    pub sub_inst_address_info: Option<ModifySubInstitutionRequestSubInstAddressInfo>,
    /// `subInstAuthInfo`.
    pub sub_inst_auth_info: Option<ModifySubInstitutionRequestSubInstAuthInfo>,
    /// `subInstBasicInfo`.
    pub sub_inst_basic_info: ModifySubInstitutionRequestSubInstBasicInfo,
    /// `subInstCertifyInfo`.
    pub sub_inst_certify_info: ModifySubInstitutionRequestSubInstCertifyInfo,
    /// `subInstId`.
    pub sub_inst_id: String,
    /// `subInstInvoiceInfo`.
    pub sub_inst_invoice_info: Option<ModifySubInstitutionRequestSubInstInvoiceInfo>,
    /// `subInstShopInfo`.
    pub sub_inst_shop_info: Option<ModifySubInstitutionRequestSubInstShopInfo>,
}
/// The required fields of [`ModifySubInstitutionRequest`], each named where it is set: `ModifySubInstitutionRequest::new(ModifySubInstitutionRequired { .. })`.
pub struct ModifySubInstitutionRequired {
    /// `contactInfo`: see [`ModifySubInstitutionRequest::contact_info`].
    pub contact_info: ModifySubInstitutionRequestContactInfo,
    /// `instId`: see [`ModifySubInstitutionRequest::inst_id`].
    pub inst_id: String,
    /// `legalPersonCertInfo`: see [`ModifySubInstitutionRequest::legal_person_cert_info`].
    pub legal_person_cert_info: ModifySubInstitutionRequestLegalPersonCertInfo,
    /// `outTradeNo`: see [`ModifySubInstitutionRequest::out_trade_no`].
    pub out_trade_no: String,
    /// `payChannel`: see [`ModifySubInstitutionRequest::pay_channel`].
    pub pay_channel: String,
    /// `services`: see [`ModifySubInstitutionRequest::services`].
    pub services: Vec<String>,
    /// `settleInfo`: see [`ModifySubInstitutionRequest::settle_info`].
    pub settle_info: ModifySubInstitutionRequestSettleInfo,
    /// `subInstBasicInfo`: see [`ModifySubInstitutionRequest::sub_inst_basic_info`].
    pub sub_inst_basic_info: ModifySubInstitutionRequestSubInstBasicInfo,
    /// `subInstCertifyInfo`: see [`ModifySubInstitutionRequest::sub_inst_certify_info`].
    pub sub_inst_certify_info: ModifySubInstitutionRequestSubInstCertifyInfo,
    /// `subInstId`: see [`ModifySubInstitutionRequest::sub_inst_id`].
    pub sub_inst_id: String,
}
impl ModifySubInstitutionRequest {
    /// A `ModifySubInstitutionRequest` with its required fields (`contactInfo`, `instId`, `legalPersonCertInfo`, `outTradeNo`, `payChannel`, `services`, `settleInfo`, `subInstBasicInfo`, `subInstCertifyInfo`, `subInstId`); set the others with the methods named after them.
    pub fn new(required: ModifySubInstitutionRequired) -> Self {
        let ModifySubInstitutionRequired {
            contact_info,
            inst_id,
            legal_person_cert_info,
            out_trade_no,
            pay_channel,
            services,
            settle_info,
            sub_inst_basic_info,
            sub_inst_certify_info,
            sub_inst_id,
        } = required;
        Self {
            binding_alipay_logon_id: None,
            contact_info,
            inst_id,
            legal_person_cert_info,
            out_trade_no,
            pay_channel,
            qualification_infos: None,
            services,
            settle_info,
            sub_inst_address_info: None,
            sub_inst_auth_info: None,
            sub_inst_basic_info,
            sub_inst_certify_info,
            sub_inst_id,
            sub_inst_invoice_info: None,
            sub_inst_shop_info: None,
        }
    }
    /// Sets `bindingAlipayLogonId`.
    pub fn binding_alipay_logon_id(mut self, value: impl Into<String>) -> Self {
        self.binding_alipay_logon_id = Some(value.into());
        self
    }
    /// Sets `qualificationInfos`.
    pub fn qualification_infos(
        mut self,
        value: impl IntoIterator<Item = ModifySubInstitutionRequestQualificationInfos>,
    ) -> Self {
        self.qualification_infos = Some(value.into_iter().collect());
        self
    }
    /// Sets `subInstAddressInfo`.
    pub fn sub_inst_address_info(
        mut self,
        value: ModifySubInstitutionRequestSubInstAddressInfo,
    ) -> Self {
        self.sub_inst_address_info = Some(value);
        self
    }
    /// Sets `subInstAuthInfo`.
    pub fn sub_inst_auth_info(
        mut self,
        value: ModifySubInstitutionRequestSubInstAuthInfo,
    ) -> Self {
        self.sub_inst_auth_info = Some(value);
        self
    }
    /// Sets `subInstInvoiceInfo`.
    pub fn sub_inst_invoice_info(
        mut self,
        value: ModifySubInstitutionRequestSubInstInvoiceInfo,
    ) -> Self {
        self.sub_inst_invoice_info = Some(value);
        self
    }
    /// Sets `subInstShopInfo`.
    pub fn sub_inst_shop_info(
        mut self,
        value: ModifySubInstitutionRequestSubInstShopInfo,
    ) -> Self {
        self.sub_inst_shop_info = Some(value);
        self
    }
}
rt::impl_serialize! {
    ModifySubInstitutionRequest { "bindingAlipayLogonId" =>
    optional(binding_alipay_logon_id), "contactInfo" => field(contact_info), "instId" =>
    field(inst_id), "legalPersonCertInfo" => field(legal_person_cert_info), "outTradeNo"
    => field(out_trade_no), "payChannel" => field(pay_channel), "qualificationInfos" =>
    optional(qualification_infos), "services" => field(services), "settleInfo" =>
    field(settle_info), "subInstAddressInfo" => optional(sub_inst_address_info),
    "subInstAuthInfo" => optional(sub_inst_auth_info), "subInstBasicInfo" =>
    field(sub_inst_basic_info), "subInstCertifyInfo" => field(sub_inst_certify_info),
    "subInstId" => field(sub_inst_id), "subInstInvoiceInfo" =>
    optional(sub_inst_invoice_info), "subInstShopInfo" => optional(sub_inst_shop_info) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ModifySubInstitutionRequest { "bindingAlipayLogonId" =>
    read_field(binding_alipay_logon_id), "contactInfo" => read_field(contact_info),
    "instId" => read_field(inst_id), "legalPersonCertInfo" =>
    read_field(legal_person_cert_info), "outTradeNo" => read_field(out_trade_no),
    "payChannel" => read_field(pay_channel), "qualificationInfos" =>
    read_field(qualification_infos), "services" => read_field(services), "settleInfo" =>
    read_field(settle_info), "subInstAddressInfo" => read_field(sub_inst_address_info),
    "subInstAuthInfo" => read_field(sub_inst_auth_info), "subInstBasicInfo" =>
    read_field(sub_inst_basic_info), "subInstCertifyInfo" =>
    read_field(sub_inst_certify_info), "subInstId" => read_field(sub_inst_id),
    "subInstInvoiceInfo" => read_field(sub_inst_invoice_info), "subInstShopInfo" =>
    read_field(sub_inst_shop_info) }
}
impl rt::WriteRequest for ModifySubInstitutionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::notify_pay_code_pay_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct NotifyPayCodePayResultRequest {
    /// `amount`.
    pub amount: String,
    /// `chargeAmount`.
    pub charge_amount: String,
    /// `corpId`.
    pub corp_id: String,
    /// `extInfo`.
    pub ext_info: Option<String>,
    /// `gmtTradeCreate`.
    pub gmt_trade_create: String,
    /// `gmtTradeFinish`.
    pub gmt_trade_finish: String,
    /// `merchantName`.
    pub merchant_name: String,
    /// `payChannelDetailList`.
    pub pay_channel_detail_list: Vec<NotifyPayCodePayResultRequestPayChannelDetailList>,
    /// `payCode`.
    pub pay_code: String,
    /// `promotionAmount`.
    pub promotion_amount: String,
    /// `remark`.
    pub remark: String,
    /// `title`.
    pub title: String,
    /// `tradeErrorCode`.
    pub trade_error_code: Option<String>,
    /// `tradeErrorMsg`.
    pub trade_error_msg: Option<String>,
    /// `tradeNo`.
    pub trade_no: String,
    /// `tradeStatus`.
    pub trade_status: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`NotifyPayCodePayResultRequest`], each named where it is set: `NotifyPayCodePayResultRequest::new(NotifyPayCodePayResultRequired { .. })`.
pub struct NotifyPayCodePayResultRequired {
    /// `amount`: see [`NotifyPayCodePayResultRequest::amount`].
    pub amount: String,
    /// `chargeAmount`: see [`NotifyPayCodePayResultRequest::charge_amount`].
    pub charge_amount: String,
    /// `corpId`: see [`NotifyPayCodePayResultRequest::corp_id`].
    pub corp_id: String,
    /// `gmtTradeCreate`: see [`NotifyPayCodePayResultRequest::gmt_trade_create`].
    pub gmt_trade_create: String,
    /// `gmtTradeFinish`: see [`NotifyPayCodePayResultRequest::gmt_trade_finish`].
    pub gmt_trade_finish: String,
    /// `merchantName`: see [`NotifyPayCodePayResultRequest::merchant_name`].
    pub merchant_name: String,
    /// `payChannelDetailList`: see [`NotifyPayCodePayResultRequest::pay_channel_detail_list`].
    pub pay_channel_detail_list: Vec<NotifyPayCodePayResultRequestPayChannelDetailList>,
    /// `payCode`: see [`NotifyPayCodePayResultRequest::pay_code`].
    pub pay_code: String,
    /// `promotionAmount`: see [`NotifyPayCodePayResultRequest::promotion_amount`].
    pub promotion_amount: String,
    /// `remark`: see [`NotifyPayCodePayResultRequest::remark`].
    pub remark: String,
    /// `title`: see [`NotifyPayCodePayResultRequest::title`].
    pub title: String,
    /// `tradeNo`: see [`NotifyPayCodePayResultRequest::trade_no`].
    pub trade_no: String,
    /// `tradeStatus`: see [`NotifyPayCodePayResultRequest::trade_status`].
    pub trade_status: String,
    /// `userId`: see [`NotifyPayCodePayResultRequest::user_id`].
    pub user_id: String,
}
impl NotifyPayCodePayResultRequest {
    /// A `NotifyPayCodePayResultRequest` with its required fields (`amount`, `chargeAmount`, `corpId`, `gmtTradeCreate`, `gmtTradeFinish`, `merchantName`, `payChannelDetailList`, `payCode`, `promotionAmount`, `remark`, `title`, `tradeNo`, `tradeStatus`, `userId`); set the others with the methods named after them.
    pub fn new(required: NotifyPayCodePayResultRequired) -> Self {
        let NotifyPayCodePayResultRequired {
            amount,
            charge_amount,
            corp_id,
            gmt_trade_create,
            gmt_trade_finish,
            merchant_name,
            pay_channel_detail_list,
            pay_code,
            promotion_amount,
            remark,
            title,
            trade_no,
            trade_status,
            user_id,
        } = required;
        Self {
            amount,
            charge_amount,
            corp_id,
            ext_info: None,
            gmt_trade_create,
            gmt_trade_finish,
            merchant_name,
            pay_channel_detail_list,
            pay_code,
            promotion_amount,
            remark,
            title,
            trade_error_code: None,
            trade_error_msg: None,
            trade_no,
            trade_status,
            user_id,
        }
    }
    /// Sets `extInfo`.
    pub fn ext_info(mut self, value: impl Into<String>) -> Self {
        self.ext_info = Some(value.into());
        self
    }
    /// Sets `tradeErrorCode`.
    pub fn trade_error_code(mut self, value: impl Into<String>) -> Self {
        self.trade_error_code = Some(value.into());
        self
    }
    /// Sets `tradeErrorMsg`.
    pub fn trade_error_msg(mut self, value: impl Into<String>) -> Self {
        self.trade_error_msg = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    NotifyPayCodePayResultRequest { "amount" => field(amount), "chargeAmount" =>
    field(charge_amount), "corpId" => field(corp_id), "extInfo" => optional(ext_info),
    "gmtTradeCreate" => field(gmt_trade_create), "gmtTradeFinish" =>
    field(gmt_trade_finish), "merchantName" => field(merchant_name),
    "payChannelDetailList" => field(pay_channel_detail_list), "payCode" =>
    field(pay_code), "promotionAmount" => field(promotion_amount), "remark" =>
    field(remark), "title" => field(title), "tradeErrorCode" =>
    optional(trade_error_code), "tradeErrorMsg" => optional(trade_error_msg), "tradeNo"
    => field(trade_no), "tradeStatus" => field(trade_status), "userId" => field(user_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    NotifyPayCodePayResultRequest { "amount" => read_field(amount), "chargeAmount" =>
    read_field(charge_amount), "corpId" => read_field(corp_id), "extInfo" =>
    read_field(ext_info), "gmtTradeCreate" => read_field(gmt_trade_create),
    "gmtTradeFinish" => read_field(gmt_trade_finish), "merchantName" =>
    read_field(merchant_name), "payChannelDetailList" =>
    read_field(pay_channel_detail_list), "payCode" => read_field(pay_code),
    "promotionAmount" => read_field(promotion_amount), "remark" => read_field(remark),
    "title" => read_field(title), "tradeErrorCode" => read_field(trade_error_code),
    "tradeErrorMsg" => read_field(trade_error_msg), "tradeNo" => read_field(trade_no),
    "tradeStatus" => read_field(trade_status), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for NotifyPayCodePayResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::notify_pay_code_refund_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct NotifyPayCodeRefundResultRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `gmtRefund`.
    pub gmt_refund: String,
    /// `payChannelDetailList`.
    pub pay_channel_detail_list: Vec<
        NotifyPayCodeRefundResultRequestPayChannelDetailList,
    >,
    /// `payCode`.
    pub pay_code: String,
    /// `refundAmount`.
    pub refund_amount: String,
    /// `refundOrderNo`.
    pub refund_order_no: String,
    /// `refundPromotionAmount`.
    pub refund_promotion_amount: String,
    /// `remark`.
    pub remark: String,
    /// `tradeNo`.
    pub trade_no: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`NotifyPayCodeRefundResultRequest`], each named where it is set: `NotifyPayCodeRefundResultRequest::new(NotifyPayCodeRefundResultRequired { .. })`.
pub struct NotifyPayCodeRefundResultRequired {
    /// `corpId`: see [`NotifyPayCodeRefundResultRequest::corp_id`].
    pub corp_id: String,
    /// `gmtRefund`: see [`NotifyPayCodeRefundResultRequest::gmt_refund`].
    pub gmt_refund: String,
    /// `payChannelDetailList`: see [`NotifyPayCodeRefundResultRequest::pay_channel_detail_list`].
    pub pay_channel_detail_list: Vec<
        NotifyPayCodeRefundResultRequestPayChannelDetailList,
    >,
    /// `payCode`: see [`NotifyPayCodeRefundResultRequest::pay_code`].
    pub pay_code: String,
    /// `refundAmount`: see [`NotifyPayCodeRefundResultRequest::refund_amount`].
    pub refund_amount: String,
    /// `refundOrderNo`: see [`NotifyPayCodeRefundResultRequest::refund_order_no`].
    pub refund_order_no: String,
    /// `refundPromotionAmount`: see [`NotifyPayCodeRefundResultRequest::refund_promotion_amount`].
    pub refund_promotion_amount: String,
    /// `remark`: see [`NotifyPayCodeRefundResultRequest::remark`].
    pub remark: String,
    /// `tradeNo`: see [`NotifyPayCodeRefundResultRequest::trade_no`].
    pub trade_no: String,
    /// `userId`: see [`NotifyPayCodeRefundResultRequest::user_id`].
    pub user_id: String,
}
impl NotifyPayCodeRefundResultRequest {
    /// A `NotifyPayCodeRefundResultRequest` with its required fields (`corpId`, `gmtRefund`, `payChannelDetailList`, `payCode`, `refundAmount`, `refundOrderNo`, `refundPromotionAmount`, `remark`, `tradeNo`, `userId`); set the others with the methods named after them.
    pub fn new(required: NotifyPayCodeRefundResultRequired) -> Self {
        let NotifyPayCodeRefundResultRequired {
            corp_id,
            gmt_refund,
            pay_channel_detail_list,
            pay_code,
            refund_amount,
            refund_order_no,
            refund_promotion_amount,
            remark,
            trade_no,
            user_id,
        } = required;
        Self {
            corp_id,
            gmt_refund,
            pay_channel_detail_list,
            pay_code,
            refund_amount,
            refund_order_no,
            refund_promotion_amount,
            remark,
            trade_no,
            user_id,
        }
    }
}
rt::impl_serialize! {
    NotifyPayCodeRefundResultRequest { "corpId" => field(corp_id), "gmtRefund" =>
    field(gmt_refund), "payChannelDetailList" => field(pay_channel_detail_list),
    "payCode" => field(pay_code), "refundAmount" => field(refund_amount), "refundOrderNo"
    => field(refund_order_no), "refundPromotionAmount" => field(refund_promotion_amount),
    "remark" => field(remark), "tradeNo" => field(trade_no), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    NotifyPayCodeRefundResultRequest { "corpId" => read_field(corp_id), "gmtRefund" =>
    read_field(gmt_refund), "payChannelDetailList" =>
    read_field(pay_channel_detail_list), "payCode" => read_field(pay_code),
    "refundAmount" => read_field(refund_amount), "refundOrderNo" =>
    read_field(refund_order_no), "refundPromotionAmount" =>
    read_field(refund_promotion_amount), "remark" => read_field(remark), "tradeNo" =>
    read_field(trade_no), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for NotifyPayCodeRefundResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::notify_verify_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct NotifyVerifyResultRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `payCode`.
    pub pay_code: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `userCorpRelationType`.
    pub user_corp_relation_type: String,
    /// `userIdentity`.
    pub user_identity: String,
    /// `verifyEvent`.
    pub verify_event: Option<String>,
    /// `verifyLocation`.
    pub verify_location: Option<String>,
    /// `verifyNo`.
    pub verify_no: Option<String>,
    /// `verifyResult`.
    pub verify_result: bool,
    /// `verifyTime`.
    pub verify_time: String,
}
/// The required fields of [`NotifyVerifyResultRequest`], each named where it is set: `NotifyVerifyResultRequest::new(NotifyVerifyResultRequired { .. })`.
pub struct NotifyVerifyResultRequired {
    /// `corpId`: see [`NotifyVerifyResultRequest::corp_id`].
    pub corp_id: String,
    /// `payCode`: see [`NotifyVerifyResultRequest::pay_code`].
    pub pay_code: String,
    /// `userCorpRelationType`: see [`NotifyVerifyResultRequest::user_corp_relation_type`].
    pub user_corp_relation_type: String,
    /// `userIdentity`: see [`NotifyVerifyResultRequest::user_identity`].
    pub user_identity: String,
    /// `verifyResult`: see [`NotifyVerifyResultRequest::verify_result`].
    pub verify_result: bool,
    /// `verifyTime`: see [`NotifyVerifyResultRequest::verify_time`].
    pub verify_time: String,
}
impl NotifyVerifyResultRequest {
    /// A `NotifyVerifyResultRequest` with its required fields (`corpId`, `payCode`, `userCorpRelationType`, `userIdentity`, `verifyResult`, `verifyTime`); set the others with the methods named after them.
    pub fn new(required: NotifyVerifyResultRequired) -> Self {
        let NotifyVerifyResultRequired {
            corp_id,
            pay_code,
            user_corp_relation_type,
            user_identity,
            verify_result,
            verify_time,
        } = required;
        Self {
            corp_id,
            pay_code,
            remark: None,
            user_corp_relation_type,
            user_identity,
            verify_event: None,
            verify_location: None,
            verify_no: None,
            verify_result,
            verify_time,
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `verifyEvent`.
    pub fn verify_event(mut self, value: impl Into<String>) -> Self {
        self.verify_event = Some(value.into());
        self
    }
    /// Sets `verifyLocation`.
    pub fn verify_location(mut self, value: impl Into<String>) -> Self {
        self.verify_location = Some(value.into());
        self
    }
    /// Sets `verifyNo`.
    pub fn verify_no(mut self, value: impl Into<String>) -> Self {
        self.verify_no = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    NotifyVerifyResultRequest { "corpId" => field(corp_id), "payCode" => field(pay_code),
    "remark" => optional(remark), "userCorpRelationType" =>
    field(user_corp_relation_type), "userIdentity" => field(user_identity), "verifyEvent"
    => optional(verify_event), "verifyLocation" => optional(verify_location), "verifyNo"
    => optional(verify_no), "verifyResult" => field(verify_result), "verifyTime" =>
    field(verify_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    NotifyVerifyResultRequest { "corpId" => read_field(corp_id), "payCode" =>
    read_field(pay_code), "remark" => read_field(remark), "userCorpRelationType" =>
    read_field(user_corp_relation_type), "userIdentity" => read_field(user_identity),
    "verifyEvent" => read_field(verify_event), "verifyLocation" =>
    read_field(verify_location), "verifyNo" => read_field(verify_no), "verifyResult" =>
    read_field(verify_result), "verifyTime" => read_field(verify_time) }
}
impl rt::WriteRequest for NotifyVerifyResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::pre_create_group_bill_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PreCreateGroupBillOrderRequest {
    /// `billItemList`.
    pub bill_item_list: Vec<PreCreateGroupBillOrderRequestBillItemList>,
    /// `extParams`.
    pub ext_params: Option<rt::BTreeMap<String, String>>,
    /// `headCount`.
    pub head_count: i64,
    /// `isAverageAmount`.
    pub is_average_amount: i64,
    /// `merchantId`.
    pub merchant_id: String,
    /// `openCid`.
    pub open_cid: Option<String>,
    /// `outBizNo`.
    pub out_biz_no: String,
    /// `payeeCorpId`.
    pub payee_corp_id: Option<String>,
    /// `payeeUnionId`.
    pub payee_union_id: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `totalAmount`.
    pub total_amount: String,
}
/// The required fields of [`PreCreateGroupBillOrderRequest`], each named where it is set: `PreCreateGroupBillOrderRequest::new(PreCreateGroupBillOrderRequired { .. })`.
pub struct PreCreateGroupBillOrderRequired {
    /// `billItemList`: see [`PreCreateGroupBillOrderRequest::bill_item_list`].
    pub bill_item_list: Vec<PreCreateGroupBillOrderRequestBillItemList>,
    /// `headCount`: see [`PreCreateGroupBillOrderRequest::head_count`].
    pub head_count: i64,
    /// `isAverageAmount`: see [`PreCreateGroupBillOrderRequest::is_average_amount`].
    pub is_average_amount: i64,
    /// `merchantId`: see [`PreCreateGroupBillOrderRequest::merchant_id`].
    pub merchant_id: String,
    /// `outBizNo`: see [`PreCreateGroupBillOrderRequest::out_biz_no`].
    pub out_biz_no: String,
    /// `payeeUnionId`: see [`PreCreateGroupBillOrderRequest::payee_union_id`].
    pub payee_union_id: String,
    /// `totalAmount`: see [`PreCreateGroupBillOrderRequest::total_amount`].
    pub total_amount: String,
}
impl PreCreateGroupBillOrderRequest {
    /// A `PreCreateGroupBillOrderRequest` with its required fields (`billItemList`, `headCount`, `isAverageAmount`, `merchantId`, `outBizNo`, `payeeUnionId`, `totalAmount`); set the others with the methods named after them.
    pub fn new(required: PreCreateGroupBillOrderRequired) -> Self {
        let PreCreateGroupBillOrderRequired {
            bill_item_list,
            head_count,
            is_average_amount,
            merchant_id,
            out_biz_no,
            payee_union_id,
            total_amount,
        } = required;
        Self {
            bill_item_list,
            ext_params: None,
            head_count,
            is_average_amount,
            merchant_id,
            open_cid: None,
            out_biz_no,
            payee_corp_id: None,
            payee_union_id,
            remark: None,
            total_amount,
        }
    }
    /// Sets `extParams`.
    pub fn ext_params(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.ext_params = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `openCid`.
    pub fn open_cid(mut self, value: impl Into<String>) -> Self {
        self.open_cid = Some(value.into());
        self
    }
    /// Sets `payeeCorpId`.
    pub fn payee_corp_id(mut self, value: impl Into<String>) -> Self {
        self.payee_corp_id = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PreCreateGroupBillOrderRequest { "billItemList" => field(bill_item_list), "extParams"
    => optional(ext_params), "headCount" => field(head_count), "isAverageAmount" =>
    field(is_average_amount), "merchantId" => field(merchant_id), "openCid" =>
    optional(open_cid), "outBizNo" => field(out_biz_no), "payeeCorpId" =>
    optional(payee_corp_id), "payeeUnionId" => field(payee_union_id), "remark" =>
    optional(remark), "totalAmount" => field(total_amount) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PreCreateGroupBillOrderRequest { "billItemList" => read_field(bill_item_list),
    "extParams" => read_field(ext_params), "headCount" => read_field(head_count),
    "isAverageAmount" => read_field(is_average_amount), "merchantId" =>
    read_field(merchant_id), "openCid" => read_field(open_cid), "outBizNo" =>
    read_field(out_biz_no), "payeeCorpId" => read_field(payee_corp_id), "payeeUnionId" =>
    read_field(payee_union_id), "remark" => read_field(remark), "totalAmount" =>
    read_field(total_amount) }
}
impl rt::WriteRequest for PreCreateGroupBillOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_acquire_refund_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryAcquireRefundOrderRequest {
    /// `outRefundNo`: a query parameter.
    pub out_refund_no: String,
}
/// The required fields of [`QueryAcquireRefundOrderRequest`], each named where it is set: `QueryAcquireRefundOrderRequest::new(QueryAcquireRefundOrderRequired { .. })`.
pub struct QueryAcquireRefundOrderRequired {
    /// `outRefundNo`: see [`QueryAcquireRefundOrderRequest::out_refund_no`].
    pub out_refund_no: String,
}
impl QueryAcquireRefundOrderRequest {
    /// A `QueryAcquireRefundOrderRequest` with its required fields (`outRefundNo`); set the others with the methods named after them.
    pub fn new(required: QueryAcquireRefundOrderRequired) -> Self {
        let QueryAcquireRefundOrderRequired { out_refund_no } = required;
        Self { out_refund_no }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAcquireRefundOrderRequest { "outRefundNo" => read_field(out_refund_no) }
}
impl rt::WriteRequest for QueryAcquireRefundOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("outRefundNo", &self.out_refund_no);
    }
}
/// The request of [`Api::query_batch_trade_detail_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryBatchTradeDetailListRequest {
    /// `outBatchNo`: a query parameter.
    pub out_batch_no: String,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`QueryBatchTradeDetailListRequest`], each named where it is set: `QueryBatchTradeDetailListRequest::new(QueryBatchTradeDetailListRequired { .. })`.
pub struct QueryBatchTradeDetailListRequired {
    /// `outBatchNo`: see [`QueryBatchTradeDetailListRequest::out_batch_no`].
    pub out_batch_no: String,
    /// `pageNumber`: see [`QueryBatchTradeDetailListRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryBatchTradeDetailListRequest::page_size`].
    pub page_size: i64,
}
impl QueryBatchTradeDetailListRequest {
    /// A `QueryBatchTradeDetailListRequest` with its required fields (`outBatchNo`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: QueryBatchTradeDetailListRequired) -> Self {
        let QueryBatchTradeDetailListRequired { out_batch_no, page_number, page_size } = required;
        Self {
            out_batch_no,
            page_number,
            page_size,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBatchTradeDetailListRequest { "outBatchNo" => read_field(out_batch_no),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for QueryBatchTradeDetailListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("outBatchNo", &self.out_batch_no);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_batch_trade_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryBatchTradeOrderRequest {
    /// `outBatchNos`.
    pub out_batch_nos: Vec<String>,
}
/// The required fields of [`QueryBatchTradeOrderRequest`], each named where it is set: `QueryBatchTradeOrderRequest::new(QueryBatchTradeOrderRequired { .. })`.
pub struct QueryBatchTradeOrderRequired {
    /// `outBatchNos`: see [`QueryBatchTradeOrderRequest::out_batch_nos`].
    pub out_batch_nos: Vec<String>,
}
impl QueryBatchTradeOrderRequest {
    /// A `QueryBatchTradeOrderRequest` with its required fields (`outBatchNos`); set the others with the methods named after them.
    pub fn new(required: QueryBatchTradeOrderRequired) -> Self {
        let QueryBatchTradeOrderRequired { out_batch_nos } = required;
        Self { out_batch_nos }
    }
}
rt::impl_serialize! {
    QueryBatchTradeOrderRequest { "outBatchNos" => field(out_batch_nos) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBatchTradeOrderRequest { "outBatchNos" => read_field(out_batch_nos) }
}
impl rt::WriteRequest for QueryBatchTradeOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_register_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryRegisterOrderRequest {
    /// `instId`: a query parameter.
    pub inst_id: String,
    /// `orderId`: a query parameter.
    pub order_id: Option<String>,
    /// `outTradeNo`: a query parameter.
    pub out_trade_no: Option<String>,
    /// `subInstId`: a query parameter.
    pub sub_inst_id: String,
}
/// The required fields of [`QueryRegisterOrderRequest`], each named where it is set: `QueryRegisterOrderRequest::new(QueryRegisterOrderRequired { .. })`.
pub struct QueryRegisterOrderRequired {
    /// `instId`: see [`QueryRegisterOrderRequest::inst_id`].
    pub inst_id: String,
    /// `subInstId`: see [`QueryRegisterOrderRequest::sub_inst_id`].
    pub sub_inst_id: String,
}
impl QueryRegisterOrderRequest {
    /// A `QueryRegisterOrderRequest` with its required fields (`instId`, `subInstId`); set the others with the methods named after them.
    pub fn new(required: QueryRegisterOrderRequired) -> Self {
        let QueryRegisterOrderRequired { inst_id, sub_inst_id } = required;
        Self {
            inst_id,
            order_id: None,
            out_trade_no: None,
            sub_inst_id,
        }
    }
    /// Sets `orderId`.
    pub fn order_id(mut self, value: impl Into<String>) -> Self {
        self.order_id = Some(value.into());
        self
    }
    /// Sets `outTradeNo`.
    pub fn out_trade_no(mut self, value: impl Into<String>) -> Self {
        self.out_trade_no = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryRegisterOrderRequest { "instId" => read_field(inst_id), "orderId" =>
    read_field(order_id), "outTradeNo" => read_field(out_trade_no), "subInstId" =>
    read_field(sub_inst_id) }
}
impl rt::WriteRequest for QueryRegisterOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("instId", &self.inst_id);
        writer.query("orderId", &self.order_id);
        writer.query("outTradeNo", &self.out_trade_no);
        writer.query("subInstId", &self.sub_inst_id);
    }
}
/// The request of [`Api::query_user_agreement`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUserAgreementRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: String,
    /// `bizScene`: a query parameter.
    pub biz_scene: String,
    /// `instId`: a query parameter.
    pub inst_id: String,
    /// `subInstId`: a query parameter.
    pub sub_inst_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`QueryUserAgreementRequest`], each named where it is set: `QueryUserAgreementRequest::new(QueryUserAgreementRequired { .. })`.
pub struct QueryUserAgreementRequired {
    /// `bizCode`: see [`QueryUserAgreementRequest::biz_code`].
    pub biz_code: String,
    /// `bizScene`: see [`QueryUserAgreementRequest::biz_scene`].
    pub biz_scene: String,
    /// `instId`: see [`QueryUserAgreementRequest::inst_id`].
    pub inst_id: String,
    /// `subInstId`: see [`QueryUserAgreementRequest::sub_inst_id`].
    pub sub_inst_id: String,
    /// `userId`: see [`QueryUserAgreementRequest::user_id`].
    pub user_id: String,
}
impl QueryUserAgreementRequest {
    /// A `QueryUserAgreementRequest` with its required fields (`bizCode`, `bizScene`, `instId`, `subInstId`, `userId`); set the others with the methods named after them.
    pub fn new(required: QueryUserAgreementRequired) -> Self {
        let QueryUserAgreementRequired {
            biz_code,
            biz_scene,
            inst_id,
            sub_inst_id,
            user_id,
        } = required;
        Self {
            biz_code,
            biz_scene,
            inst_id,
            sub_inst_id,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserAgreementRequest { "bizCode" => read_field(biz_code), "bizScene" =>
    read_field(biz_scene), "instId" => read_field(inst_id), "subInstId" =>
    read_field(sub_inst_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryUserAgreementRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
        writer.query("bizScene", &self.biz_scene);
        writer.query("instId", &self.inst_id);
        writer.query("subInstId", &self.sub_inst_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_withholding_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryWithholdingOrderRequest {
    /// `outTradeNo`: a query parameter.
    pub out_trade_no: String,
}
/// The required fields of [`QueryWithholdingOrderRequest`], each named where it is set: `QueryWithholdingOrderRequest::new(QueryWithholdingOrderRequired { .. })`.
pub struct QueryWithholdingOrderRequired {
    /// `outTradeNo`: see [`QueryWithholdingOrderRequest::out_trade_no`].
    pub out_trade_no: String,
}
impl QueryWithholdingOrderRequest {
    /// A `QueryWithholdingOrderRequest` with its required fields (`outTradeNo`); set the others with the methods named after them.
    pub fn new(required: QueryWithholdingOrderRequired) -> Self {
        let QueryWithholdingOrderRequired { out_trade_no } = required;
        Self { out_trade_no }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryWithholdingOrderRequest { "outTradeNo" => read_field(out_trade_no) }
}
impl rt::WriteRequest for QueryWithholdingOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("outTradeNo", &self.out_trade_no);
    }
}
/// The request of [`Api::save_corp_pay_code`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveCorpPayCodeRequest {
    /// `codeIdentity`.
    pub code_identity: String,
    /// `corpId`.
    pub corp_id: String,
    /// `extInfo`.
    pub ext_info: Option<rt::BTreeMap<String, String>>,
    /// `status`.
    pub status: String,
}
/// The required fields of [`SaveCorpPayCodeRequest`], each named where it is set: `SaveCorpPayCodeRequest::new(SaveCorpPayCodeRequired { .. })`.
pub struct SaveCorpPayCodeRequired {
    /// `codeIdentity`: see [`SaveCorpPayCodeRequest::code_identity`].
    pub code_identity: String,
    /// `corpId`: see [`SaveCorpPayCodeRequest::corp_id`].
    pub corp_id: String,
    /// `status`: see [`SaveCorpPayCodeRequest::status`].
    pub status: String,
}
impl SaveCorpPayCodeRequest {
    /// A `SaveCorpPayCodeRequest` with its required fields (`codeIdentity`, `corpId`, `status`); set the others with the methods named after them.
    pub fn new(required: SaveCorpPayCodeRequired) -> Self {
        let SaveCorpPayCodeRequired { code_identity, corp_id, status } = required;
        Self {
            code_identity,
            corp_id,
            ext_info: None,
            status,
        }
    }
    /// Sets `extInfo`.
    pub fn ext_info(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.ext_info = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
}
rt::impl_serialize! {
    SaveCorpPayCodeRequest { "codeIdentity" => field(code_identity), "corpId" =>
    field(corp_id), "extInfo" => optional(ext_info), "status" => field(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveCorpPayCodeRequest { "codeIdentity" => read_field(code_identity), "corpId" =>
    read_field(corp_id), "extInfo" => read_field(ext_info), "status" =>
    read_field(status) }
}
impl rt::WriteRequest for SaveCorpPayCodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::unsign_user_agreement`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UnsignUserAgreementRequest {
    /// `agreementNo`.
    pub agreement_no: Option<String>,
    /// `bizCode`.
    pub biz_code: Option<String>,
    /// `bizScene`.
    pub biz_scene: Option<String>,
    /// `instId`.
    pub inst_id: String,
    /// `subInstId`.
    pub sub_inst_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UnsignUserAgreementRequest`], each named where it is set: `UnsignUserAgreementRequest::new(UnsignUserAgreementRequired { .. })`.
pub struct UnsignUserAgreementRequired {
    /// `instId`: see [`UnsignUserAgreementRequest::inst_id`].
    pub inst_id: String,
    /// `subInstId`: see [`UnsignUserAgreementRequest::sub_inst_id`].
    pub sub_inst_id: String,
    /// `userId`: see [`UnsignUserAgreementRequest::user_id`].
    pub user_id: String,
}
impl UnsignUserAgreementRequest {
    /// A `UnsignUserAgreementRequest` with its required fields (`instId`, `subInstId`, `userId`); set the others with the methods named after them.
    pub fn new(required: UnsignUserAgreementRequired) -> Self {
        let UnsignUserAgreementRequired { inst_id, sub_inst_id, user_id } = required;
        Self {
            agreement_no: None,
            biz_code: None,
            biz_scene: None,
            inst_id,
            sub_inst_id,
            user_id,
        }
    }
    /// Sets `agreementNo`.
    pub fn agreement_no(mut self, value: impl Into<String>) -> Self {
        self.agreement_no = Some(value.into());
        self
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
    /// Sets `bizScene`.
    pub fn biz_scene(mut self, value: impl Into<String>) -> Self {
        self.biz_scene = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UnsignUserAgreementRequest { "agreementNo" => optional(agreement_no), "bizCode" =>
    optional(biz_code), "bizScene" => optional(biz_scene), "instId" => field(inst_id),
    "subInstId" => field(sub_inst_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnsignUserAgreementRequest { "agreementNo" => read_field(agreement_no), "bizCode" =>
    read_field(biz_code), "bizScene" => read_field(biz_scene), "instId" =>
    read_field(inst_id), "subInstId" => read_field(sub_inst_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for UnsignUserAgreementRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upate_user_code_instance`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpateUserCodeInstanceRequest {
    /// `availableTimes`.
    pub available_times: Vec<UpateUserCodeInstanceRequestAvailableTimes>,
    /// `codeId`.
    pub code_id: String,
    /// `codeIdentity`.
    pub code_identity: String,
    /// `codeValue`.
    pub code_value: Option<String>,
    /// `corpId`.
    pub corp_id: String,
    /// `extInfo`.
    pub ext_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `gmtExpired`.
    pub gmt_expired: String,
    /// `status`.
    pub status: Option<String>,
    /// `userCorpRelationType`.
    pub user_corp_relation_type: String,
    /// `userIdentity`.
    pub user_identity: String,
}
/// The required fields of [`UpateUserCodeInstanceRequest`], each named where it is set: `UpateUserCodeInstanceRequest::new(UpateUserCodeInstanceRequired { .. })`.
pub struct UpateUserCodeInstanceRequired {
    /// `availableTimes`: see [`UpateUserCodeInstanceRequest::available_times`].
    pub available_times: Vec<UpateUserCodeInstanceRequestAvailableTimes>,
    /// `codeId`: see [`UpateUserCodeInstanceRequest::code_id`].
    pub code_id: String,
    /// `codeIdentity`: see [`UpateUserCodeInstanceRequest::code_identity`].
    pub code_identity: String,
    /// `corpId`: see [`UpateUserCodeInstanceRequest::corp_id`].
    pub corp_id: String,
    /// `extInfo`: see [`UpateUserCodeInstanceRequest::ext_info`].
    pub ext_info: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `gmtExpired`: see [`UpateUserCodeInstanceRequest::gmt_expired`].
    pub gmt_expired: String,
    /// `userCorpRelationType`: see [`UpateUserCodeInstanceRequest::user_corp_relation_type`].
    pub user_corp_relation_type: String,
    /// `userIdentity`: see [`UpateUserCodeInstanceRequest::user_identity`].
    pub user_identity: String,
}
impl UpateUserCodeInstanceRequest {
    /// A `UpateUserCodeInstanceRequest` with its required fields (`availableTimes`, `codeId`, `codeIdentity`, `corpId`, `extInfo`, `gmtExpired`, `userCorpRelationType`, `userIdentity`); set the others with the methods named after them.
    pub fn new(required: UpateUserCodeInstanceRequired) -> Self {
        let UpateUserCodeInstanceRequired {
            available_times,
            code_id,
            code_identity,
            corp_id,
            ext_info,
            gmt_expired,
            user_corp_relation_type,
            user_identity,
        } = required;
        Self {
            available_times,
            code_id,
            code_identity,
            code_value: None,
            corp_id,
            ext_info,
            gmt_expired,
            status: None,
            user_corp_relation_type,
            user_identity,
        }
    }
    /// Sets `codeValue`.
    pub fn code_value(mut self, value: impl Into<String>) -> Self {
        self.code_value = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpateUserCodeInstanceRequest { "availableTimes" => field(available_times), "codeId"
    => field(code_id), "codeIdentity" => field(code_identity), "codeValue" =>
    optional(code_value), "corpId" => field(corp_id), "extInfo" => field(ext_info),
    "gmtExpired" => field(gmt_expired), "status" => optional(status),
    "userCorpRelationType" => field(user_corp_relation_type), "userIdentity" =>
    field(user_identity) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpateUserCodeInstanceRequest { "availableTimes" => read_field(available_times),
    "codeId" => read_field(code_id), "codeIdentity" => read_field(code_identity),
    "codeValue" => read_field(code_value), "corpId" => read_field(corp_id), "extInfo" =>
    read_field(ext_info), "gmtExpired" => read_field(gmt_expired), "status" =>
    read_field(status), "userCorpRelationType" => read_field(user_corp_relation_type),
    "userIdentity" => read_field(user_identity) }
}
impl rt::WriteRequest for UpateUserCodeInstanceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_invoice_verify_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateInvoiceVerifyStatusRequest {
    /// `bizId`.
    pub biz_id: String,
    /// `checkingResult`.
    pub checking_result: Option<i64>,
    /// `checkingStatus`.
    pub checking_status: i64,
    /// `code`.
    pub code: String,
    /// `corpId`.
    pub corp_id: String,
    /// `extension`.
    pub extension: Option<String>,
    /// `invoiceCode`.
    pub invoice_code: Option<String>,
    /// `invoiceNo`.
    pub invoice_no: String,
    /// `invoiceStatus`.
    pub invoice_status: Option<i64>,
    /// `invoiceVerifyId`.
    pub invoice_verify_id: String,
    /// `msg`.
    pub msg: String,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`UpdateInvoiceVerifyStatusRequest`], each named where it is set: `UpdateInvoiceVerifyStatusRequest::new(UpdateInvoiceVerifyStatusRequired { .. })`.
pub struct UpdateInvoiceVerifyStatusRequired {
    /// `bizId`: see [`UpdateInvoiceVerifyStatusRequest::biz_id`].
    pub biz_id: String,
    /// `checkingStatus`: see [`UpdateInvoiceVerifyStatusRequest::checking_status`].
    pub checking_status: i64,
    /// `code`: see [`UpdateInvoiceVerifyStatusRequest::code`].
    pub code: String,
    /// `corpId`: see [`UpdateInvoiceVerifyStatusRequest::corp_id`].
    pub corp_id: String,
    /// `invoiceNo`: see [`UpdateInvoiceVerifyStatusRequest::invoice_no`].
    pub invoice_no: String,
    /// `invoiceVerifyId`: see [`UpdateInvoiceVerifyStatusRequest::invoice_verify_id`].
    pub invoice_verify_id: String,
    /// `msg`: see [`UpdateInvoiceVerifyStatusRequest::msg`].
    pub msg: String,
    /// `unionId`: see [`UpdateInvoiceVerifyStatusRequest::union_id`].
    pub union_id: String,
}
impl UpdateInvoiceVerifyStatusRequest {
    /// A `UpdateInvoiceVerifyStatusRequest` with its required fields (`bizId`, `checkingStatus`, `code`, `corpId`, `invoiceNo`, `invoiceVerifyId`, `msg`, `unionId`); set the others with the methods named after them.
    pub fn new(required: UpdateInvoiceVerifyStatusRequired) -> Self {
        let UpdateInvoiceVerifyStatusRequired {
            biz_id,
            checking_status,
            code,
            corp_id,
            invoice_no,
            invoice_verify_id,
            msg,
            union_id,
        } = required;
        Self {
            biz_id,
            checking_result: None,
            checking_status,
            code,
            corp_id,
            extension: None,
            invoice_code: None,
            invoice_no,
            invoice_status: None,
            invoice_verify_id,
            msg,
            union_id,
        }
    }
    /// Sets `checkingResult`.
    pub fn checking_result(mut self, value: i64) -> Self {
        self.checking_result = Some(value);
        self
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
    /// Sets `invoiceCode`.
    pub fn invoice_code(mut self, value: impl Into<String>) -> Self {
        self.invoice_code = Some(value.into());
        self
    }
    /// Sets `invoiceStatus`.
    pub fn invoice_status(mut self, value: i64) -> Self {
        self.invoice_status = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateInvoiceVerifyStatusRequest { "bizId" => field(biz_id), "checkingResult" =>
    optional(checking_result), "checkingStatus" => field(checking_status), "code" =>
    field(code), "corpId" => field(corp_id), "extension" => optional(extension),
    "invoiceCode" => optional(invoice_code), "invoiceNo" => field(invoice_no),
    "invoiceStatus" => optional(invoice_status), "invoiceVerifyId" =>
    field(invoice_verify_id), "msg" => field(msg), "unionId" => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateInvoiceVerifyStatusRequest { "bizId" => read_field(biz_id), "checkingResult" =>
    read_field(checking_result), "checkingStatus" => read_field(checking_status), "code"
    => read_field(code), "corpId" => read_field(corp_id), "extension" =>
    read_field(extension), "invoiceCode" => read_field(invoice_code), "invoiceNo" =>
    read_field(invoice_no), "invoiceStatus" => read_field(invoice_status),
    "invoiceVerifyId" => read_field(invoice_verify_id), "msg" => read_field(msg),
    "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for UpdateInvoiceVerifyStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upload_invoice`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UploadInvoiceRequest {
    /// `extension`.
    pub extension: Option<UploadInvoiceRequestExtension>,
    /// `invoices`.
    pub invoices: Vec<UploadInvoiceRequestInvoices>,
    /// `userIdentity`.
    pub user_identity: Option<UploadInvoiceRequestUserIdentity>,
}
/// The required fields of [`UploadInvoiceRequest`], each named where it is set: `UploadInvoiceRequest::new(UploadInvoiceRequired { .. })`.
pub struct UploadInvoiceRequired {
    /// `invoices`: see [`UploadInvoiceRequest::invoices`].
    pub invoices: Vec<UploadInvoiceRequestInvoices>,
}
impl UploadInvoiceRequest {
    /// A `UploadInvoiceRequest` with its required fields (`invoices`); set the others with the methods named after them.
    pub fn new(required: UploadInvoiceRequired) -> Self {
        let UploadInvoiceRequired { invoices } = required;
        Self {
            extension: None,
            invoices,
            user_identity: None,
        }
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: UploadInvoiceRequestExtension) -> Self {
        self.extension = Some(value);
        self
    }
    /// Sets `userIdentity`.
    pub fn user_identity(mut self, value: UploadInvoiceRequestUserIdentity) -> Self {
        self.user_identity = Some(value);
        self
    }
}
rt::impl_serialize! {
    UploadInvoiceRequest { "extension" => optional(extension), "invoices" =>
    field(invoices), "userIdentity" => optional(user_identity) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadInvoiceRequest { "extension" => read_field(extension), "invoices" =>
    read_field(invoices), "userIdentity" => read_field(user_identity) }
}
impl rt::WriteRequest for UploadInvoiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upload_invoice_by_auth`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UploadInvoiceByAuthRequest {
    /// `extension`.
    pub extension: Option<UploadInvoiceByAuthRequestExtension>,
    /// `invoices`.
    pub invoices: Vec<UploadInvoiceByAuthRequestInvoices>,
}
/// The required fields of [`UploadInvoiceByAuthRequest`], each named where it is set: `UploadInvoiceByAuthRequest::new(UploadInvoiceByAuthRequired { .. })`.
pub struct UploadInvoiceByAuthRequired {
    /// `invoices`: see [`UploadInvoiceByAuthRequest::invoices`].
    pub invoices: Vec<UploadInvoiceByAuthRequestInvoices>,
}
impl UploadInvoiceByAuthRequest {
    /// A `UploadInvoiceByAuthRequest` with its required fields (`invoices`); set the others with the methods named after them.
    pub fn new(required: UploadInvoiceByAuthRequired) -> Self {
        let UploadInvoiceByAuthRequired { invoices } = required;
        Self { extension: None, invoices }
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: UploadInvoiceByAuthRequestExtension) -> Self {
        self.extension = Some(value);
        self
    }
}
rt::impl_serialize! {
    UploadInvoiceByAuthRequest { "extension" => optional(extension), "invoices" =>
    field(invoices) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadInvoiceByAuthRequest { "extension" => read_field(extension), "invoices" =>
    read_field(invoices) }
}
impl rt::WriteRequest for UploadInvoiceByAuthRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upload_invoice_by_mobile`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UploadInvoiceByMobileRequest {
    /// `invoices`.
    pub invoices: Vec<UploadInvoiceByMobileRequestInvoices>,
    /// `mobile`.
    pub mobile: String,
    /// `mobileStateCode`.
    pub mobile_state_code: String,
}
/// The required fields of [`UploadInvoiceByMobileRequest`], each named where it is set: `UploadInvoiceByMobileRequest::new(UploadInvoiceByMobileRequired { .. })`.
pub struct UploadInvoiceByMobileRequired {
    /// `invoices`: see [`UploadInvoiceByMobileRequest::invoices`].
    pub invoices: Vec<UploadInvoiceByMobileRequestInvoices>,
    /// `mobile`: see [`UploadInvoiceByMobileRequest::mobile`].
    pub mobile: String,
    /// `mobileStateCode`: see [`UploadInvoiceByMobileRequest::mobile_state_code`].
    pub mobile_state_code: String,
}
impl UploadInvoiceByMobileRequest {
    /// A `UploadInvoiceByMobileRequest` with its required fields (`invoices`, `mobile`, `mobileStateCode`); set the others with the methods named after them.
    pub fn new(required: UploadInvoiceByMobileRequired) -> Self {
        let UploadInvoiceByMobileRequired { invoices, mobile, mobile_state_code } = required;
        Self {
            invoices,
            mobile,
            mobile_state_code,
        }
    }
}
rt::impl_serialize! {
    UploadInvoiceByMobileRequest { "invoices" => field(invoices), "mobile" =>
    field(mobile), "mobileStateCode" => field(mobile_state_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadInvoiceByMobileRequest { "invoices" => read_field(invoices), "mobile" =>
    read_field(mobile), "mobileStateCode" => read_field(mobile_state_code) }
}
impl rt::WriteRequest for UploadInvoiceByMobileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::upload_register_image`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UploadRegisterImageRequest {
    /// `imageContent`.
    pub image_content: String,
    /// `imageName`.
    pub image_name: String,
    /// `imageType`.
    pub image_type: String,
    /// `instId`.
    pub inst_id: String,
    /// `payChannel`.
    pub pay_channel: String,
}
/// The required fields of [`UploadRegisterImageRequest`], each named where it is set: `UploadRegisterImageRequest::new(UploadRegisterImageRequired { .. })`.
pub struct UploadRegisterImageRequired {
    /// `imageContent`: see [`UploadRegisterImageRequest::image_content`].
    pub image_content: String,
    /// `imageName`: see [`UploadRegisterImageRequest::image_name`].
    pub image_name: String,
    /// `imageType`: see [`UploadRegisterImageRequest::image_type`].
    pub image_type: String,
    /// `instId`: see [`UploadRegisterImageRequest::inst_id`].
    pub inst_id: String,
    /// `payChannel`: see [`UploadRegisterImageRequest::pay_channel`].
    pub pay_channel: String,
}
impl UploadRegisterImageRequest {
    /// A `UploadRegisterImageRequest` with its required fields (`imageContent`, `imageName`, `imageType`, `instId`, `payChannel`); set the others with the methods named after them.
    pub fn new(required: UploadRegisterImageRequired) -> Self {
        let UploadRegisterImageRequired {
            image_content,
            image_name,
            image_type,
            inst_id,
            pay_channel,
        } = required;
        Self {
            image_content,
            image_name,
            image_type,
            inst_id,
            pay_channel,
        }
    }
}
rt::impl_serialize! {
    UploadRegisterImageRequest { "imageContent" => field(image_content), "imageName" =>
    field(image_name), "imageType" => field(image_type), "instId" => field(inst_id),
    "payChannel" => field(pay_channel) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadRegisterImageRequest { "imageContent" => read_field(image_content), "imageName"
    => read_field(image_name), "imageType" => read_field(image_type), "instId" =>
    read_field(inst_id), "payChannel" => read_field(pay_channel) }
}
impl rt::WriteRequest for UploadRegisterImageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::user_agreement_page_sign`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UserAgreementPageSignRequest {
    /// `bizCode`.
    pub biz_code: String,
    /// `bizScene`.
    pub biz_scene: String,
    /// `instId`.
    pub inst_id: String,
    /// `payChannel`.
    pub pay_channel: String,
    /// `remark`.
    pub remark: Option<String>,
    /// `returnUrl`.
    pub return_url: Option<String>,
    /// `signScene`.
    pub sign_scene: String,
    /// `subInstId`.
    pub sub_inst_id: String,
    /// `subMerchantName`.
    pub sub_merchant_name: String,
    /// `subMerchantServiceDesc`.
    pub sub_merchant_service_desc: String,
    /// `subMerchantServiceName`.
    pub sub_merchant_service_name: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`UserAgreementPageSignRequest`], each named where it is set: `UserAgreementPageSignRequest::new(UserAgreementPageSignRequired { .. })`.
pub struct UserAgreementPageSignRequired {
    /// `bizCode`: see [`UserAgreementPageSignRequest::biz_code`].
    pub biz_code: String,
    /// `bizScene`: see [`UserAgreementPageSignRequest::biz_scene`].
    pub biz_scene: String,
    /// `instId`: see [`UserAgreementPageSignRequest::inst_id`].
    pub inst_id: String,
    /// `payChannel`: see [`UserAgreementPageSignRequest::pay_channel`].
    pub pay_channel: String,
    /// `signScene`: see [`UserAgreementPageSignRequest::sign_scene`].
    pub sign_scene: String,
    /// `subInstId`: see [`UserAgreementPageSignRequest::sub_inst_id`].
    pub sub_inst_id: String,
    /// `subMerchantName`: see [`UserAgreementPageSignRequest::sub_merchant_name`].
    pub sub_merchant_name: String,
    /// `subMerchantServiceDesc`: see [`UserAgreementPageSignRequest::sub_merchant_service_desc`].
    pub sub_merchant_service_desc: String,
    /// `subMerchantServiceName`: see [`UserAgreementPageSignRequest::sub_merchant_service_name`].
    pub sub_merchant_service_name: String,
    /// `userId`: see [`UserAgreementPageSignRequest::user_id`].
    pub user_id: String,
}
impl UserAgreementPageSignRequest {
    /// A `UserAgreementPageSignRequest` with its required fields (`bizCode`, `bizScene`, `instId`, `payChannel`, `signScene`, `subInstId`, `subMerchantName`, `subMerchantServiceDesc`, `subMerchantServiceName`, `userId`); set the others with the methods named after them.
    pub fn new(required: UserAgreementPageSignRequired) -> Self {
        let UserAgreementPageSignRequired {
            biz_code,
            biz_scene,
            inst_id,
            pay_channel,
            sign_scene,
            sub_inst_id,
            sub_merchant_name,
            sub_merchant_service_desc,
            sub_merchant_service_name,
            user_id,
        } = required;
        Self {
            biz_code,
            biz_scene,
            inst_id,
            pay_channel,
            remark: None,
            return_url: None,
            sign_scene,
            sub_inst_id,
            sub_merchant_name,
            sub_merchant_service_desc,
            sub_merchant_service_name,
            user_id,
        }
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `returnUrl`.
    pub fn return_url(mut self, value: impl Into<String>) -> Self {
        self.return_url = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UserAgreementPageSignRequest { "bizCode" => field(biz_code), "bizScene" =>
    field(biz_scene), "instId" => field(inst_id), "payChannel" => field(pay_channel),
    "remark" => optional(remark), "returnUrl" => optional(return_url), "signScene" =>
    field(sign_scene), "subInstId" => field(sub_inst_id), "subMerchantName" =>
    field(sub_merchant_name), "subMerchantServiceDesc" =>
    field(sub_merchant_service_desc), "subMerchantServiceName" =>
    field(sub_merchant_service_name), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UserAgreementPageSignRequest { "bizCode" => read_field(biz_code), "bizScene" =>
    read_field(biz_scene), "instId" => read_field(inst_id), "payChannel" =>
    read_field(pay_channel), "remark" => read_field(remark), "returnUrl" =>
    read_field(return_url), "signScene" => read_field(sign_scene), "subInstId" =>
    read_field(sub_inst_id), "subMerchantName" => read_field(sub_merchant_name),
    "subMerchantServiceDesc" => read_field(sub_merchant_service_desc),
    "subMerchantServiceName" => read_field(sub_merchant_service_name), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for UserAgreementPageSignRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::apply_batch_pay`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ApplyBatchPayError = rt::ServiceError;
/// An error reply of [`Api::close_loan_entrance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CloseLoanEntranceError = rt::ServiceError;
/// An error reply of [`Api::consult_create_sub_institution`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ConsultCreateSubInstitutionError = rt::ServiceError;
/// An error reply of [`Api::creat_withholding_order_and_pay`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreatWithholdingOrderAndPayError = rt::ServiceError;
/// An error reply of [`Api::create_acquire_refund_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateAcquireRefundOrderError = rt::ServiceError;
/// An error reply of [`Api::create_batch_trade_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateBatchTradeOrderError = rt::ServiceError;
/// An error reply of [`Api::create_sub_institution`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateSubInstitutionError = rt::ServiceError;
/// An error reply of [`Api::create_user_code_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateUserCodeInstanceError = rt::ServiceError;
/// An error reply of [`Api::decode_pay_code`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DecodePayCodeError = rt::ServiceError;
/// An error reply of [`Api::finance_loan_notify_register`]: the spec lists no error codes for it, so every code arrives as it is.
pub type FinanceLoanNotifyRegisterError = rt::ServiceError;
/// An error reply of [`Api::modify_sub_institution`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ModifySubInstitutionError = rt::ServiceError;
/// An error reply of [`Api::notify_pay_code_pay_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type NotifyPayCodePayResultError = rt::ServiceError;
/// An error reply of [`Api::notify_pay_code_refund_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type NotifyPayCodeRefundResultError = rt::ServiceError;
/// An error reply of [`Api::notify_verify_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type NotifyVerifyResultError = rt::ServiceError;
/// An error reply of [`Api::pre_create_group_bill_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PreCreateGroupBillOrderError = rt::ServiceError;
/// An error reply of [`Api::query_acquire_refund_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAcquireRefundOrderError = rt::ServiceError;
/// An error reply of [`Api::query_batch_trade_detail_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBatchTradeDetailListError = rt::ServiceError;
/// An error reply of [`Api::query_batch_trade_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBatchTradeOrderError = rt::ServiceError;
/// An error reply of [`Api::query_pay_account_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryPayAccountListError = rt::ServiceError;
/// An error reply of [`Api::query_register_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRegisterOrderError = rt::ServiceError;
/// An error reply of [`Api::query_user_agreement`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserAgreementError = rt::ServiceError;
/// An error reply of [`Api::query_user_alipay_account`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserAlipayAccountError = rt::ServiceError;
/// An error reply of [`Api::query_withholding_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryWithholdingOrderError = rt::ServiceError;
/// An error reply of [`Api::save_corp_pay_code`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveCorpPayCodeError = rt::ServiceError;
/// An error reply of [`Api::unsign_user_agreement`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnsignUserAgreementError = rt::ServiceError;
/// An error reply of [`Api::upate_user_code_instance`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpateUserCodeInstanceError = rt::ServiceError;
/// An error reply of [`Api::update_invoice_verify_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInvoiceVerifyStatusError = rt::ServiceError;
/// An error reply of [`Api::upload_invoice`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UploadInvoiceError = rt::ServiceError;
/// An error reply of [`Api::upload_invoice_by_auth`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UploadInvoiceByAuthError = rt::ServiceError;
/// An error reply of [`Api::upload_invoice_by_mobile`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UploadInvoiceByMobileError = rt::ServiceError;
/// An error reply of [`Api::upload_register_image`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UploadRegisterImageError = rt::ServiceError;
/// An error reply of [`Api::user_agreement_page_sign`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UserAgreementPageSignError = rt::ServiceError;
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
        "ApplyBatchPay" => {
            rt::conformance::reply(api.apply_batch_pay(&inputs.request(true)?)).await
        }
        "CloseLoanEntrance" => {
            rt::conformance::reply(api.close_loan_entrance(&inputs.request(true)?)).await
        }
        "ConsultCreateSubInstitution" => {
            rt::conformance::reply(
                    api.consult_create_sub_institution(&inputs.request(true)?),
                )
                .await
        }
        "CreatWithholdingOrderAndPay" => {
            rt::conformance::reply(
                    api.creat_withholding_order_and_pay(&inputs.request(true)?),
                )
                .await
        }
        "CreateAcquireRefundOrder" => {
            rt::conformance::reply(
                    api.create_acquire_refund_order(&inputs.request(true)?),
                )
                .await
        }
        "CreateBatchTradeOrder" => {
            rt::conformance::reply(api.create_batch_trade_order(&inputs.request(true)?))
                .await
        }
        "CreateSubInstitution" => {
            rt::conformance::reply(api.create_sub_institution(&inputs.request(true)?))
                .await
        }
        "CreateUserCodeInstance" => {
            rt::conformance::reply(api.create_user_code_instance(&inputs.request(true)?))
                .await
        }
        "DecodePayCode" => {
            rt::conformance::reply(api.decode_pay_code(&inputs.request(true)?)).await
        }
        "FinanceLoanNotifyRegister" => {
            rt::conformance::reply(
                    api.finance_loan_notify_register(&inputs.request(true)?),
                )
                .await
        }
        "ModifySubInstitution" => {
            rt::conformance::reply(api.modify_sub_institution(&inputs.request(true)?))
                .await
        }
        "NotifyPayCodePayResult" => {
            rt::conformance::reply(
                    api.notify_pay_code_pay_result(&inputs.request(true)?),
                )
                .await
        }
        "NotifyPayCodeRefundResult" => {
            rt::conformance::reply(
                    api.notify_pay_code_refund_result(&inputs.request(true)?),
                )
                .await
        }
        "NotifyVerifyResult" => {
            rt::conformance::reply(api.notify_verify_result(&inputs.request(true)?))
                .await
        }
        "PreCreateGroupBillOrder" => {
            rt::conformance::reply(
                    api.pre_create_group_bill_order(&inputs.request(true)?),
                )
                .await
        }
        "QueryAcquireRefundOrder" => {
            rt::conformance::reply(
                    api.query_acquire_refund_order(&inputs.request(false)?),
                )
                .await
        }
        "QueryBatchTradeDetailList" => {
            rt::conformance::reply(
                    api.query_batch_trade_detail_list(&inputs.request(false)?),
                )
                .await
        }
        "QueryBatchTradeOrder" => {
            rt::conformance::reply(api.query_batch_trade_order(&inputs.request(true)?))
                .await
        }
        "QueryPayAccountList" => {
            rt::conformance::reply(api.query_pay_account_list()).await
        }
        "QueryRegisterOrder" => {
            rt::conformance::reply(api.query_register_order(&inputs.request(false)?))
                .await
        }
        "QueryUserAgreement" => {
            rt::conformance::reply(api.query_user_agreement(&inputs.request(false)?))
                .await
        }
        "QueryUserAlipayAccount" => {
            rt::conformance::reply(api.query_user_alipay_account()).await
        }
        "QueryWithholdingOrder" => {
            rt::conformance::reply(api.query_withholding_order(&inputs.request(false)?))
                .await
        }
        "SaveCorpPayCode" => {
            rt::conformance::reply(api.save_corp_pay_code(&inputs.request(true)?)).await
        }
        "UnsignUserAgreement" => {
            rt::conformance::reply(api.unsign_user_agreement(&inputs.request(true)?))
                .await
        }
        "UpateUserCodeInstance" => {
            rt::conformance::reply(api.upate_user_code_instance(&inputs.request(true)?))
                .await
        }
        "UpdateInvoiceVerifyStatus" => {
            rt::conformance::reply(
                    api.update_invoice_verify_status(&inputs.request(true)?),
                )
                .await
        }
        "UploadInvoice" => {
            rt::conformance::reply(api.upload_invoice(&inputs.request(true)?)).await
        }
        "UploadInvoiceByAuth" => {
            rt::conformance::reply(api.upload_invoice_by_auth(&inputs.request(true)?))
                .await
        }
        "UploadInvoiceByMobile" => {
            rt::conformance::reply(api.upload_invoice_by_mobile(&inputs.request(true)?))
                .await
        }
        "UploadRegisterImage" => {
            rt::conformance::reply(api.upload_register_image(&inputs.request(true)?))
                .await
        }
        "UserAgreementPageSign" => {
            rt::conformance::reply(api.user_agreement_page_sign(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
