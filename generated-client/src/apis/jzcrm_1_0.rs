// @generated from api-spec/jzcrm_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 金智CRM (JZ CRM)：客户、联系人、销售、合同、采购、生产与库存等单据的写入与查询。
//!
//! 15 operations, methods of [`Api`] (`client.jzcrm_1_0()`), behind the cargo feature `jzcrm_1_0`; its paths start with `/v1.0/jzcrm/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `jzcrm_1_0`. Get it with `client.jzcrm_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 编辑联系人数据
    ///
    /// `POST /v1.0/jzcrm/contacts`: DingTalk's `EditContact` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditContact")]
    #[doc(alias = "/v1.0/jzcrm/contacts")]
    #[doc(alias = "POST /v1.0/jzcrm/contacts")]
    pub fn edit_contact(
        &self,
        request: &EditContactRequest,
    ) -> rt::Call<EditContactResponseBody, EditContactError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditContact",
            rt::Method::Post,
            "/v1.0/jzcrm/contacts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑客户数据
    ///
    /// `POST /v1.0/jzcrm/customers`: DingTalk's `EditCustomer` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditCustomer")]
    #[doc(alias = "/v1.0/jzcrm/customers")]
    #[doc(alias = "POST /v1.0/jzcrm/customers")]
    pub fn edit_customer(
        &self,
        request: &EditCustomerRequest,
    ) -> rt::Call<EditCustomerResponseBody, EditCustomerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditCustomer",
            rt::Method::Post,
            "/v1.0/jzcrm/customers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑客户公共池数据
    ///
    /// `POST /v1.0/jzcrm/customerPools`: DingTalk's `EditCustomerPool` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditCustomerPool")]
    #[doc(alias = "/v1.0/jzcrm/customerPools")]
    #[doc(alias = "POST /v1.0/jzcrm/customerPools")]
    pub fn edit_customer_pool(
        &self,
        request: &EditCustomerPoolRequest,
    ) -> rt::Call<EditCustomerPoolResponseBody, EditCustomerPoolError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditCustomerPool",
            rt::Method::Post,
            "/v1.0/jzcrm/customerPools",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑销售换货单数据
    ///
    /// `POST /v1.0/jzcrm/exchanges`: DingTalk's `EditExchange` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditExchange")]
    #[doc(alias = "/v1.0/jzcrm/exchanges")]
    #[doc(alias = "POST /v1.0/jzcrm/exchanges")]
    pub fn edit_exchange(
        &self,
        request: &EditExchangeRequest,
    ) -> rt::Call<EditExchangeResponseBody, EditExchangeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditExchange",
            rt::Method::Post,
            "/v1.0/jzcrm/exchanges",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑产品数据
    ///
    /// `POST /v1.0/jzcrm/goods`: DingTalk's `EditGoods` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditGoods")]
    #[doc(alias = "/v1.0/jzcrm/goods")]
    #[doc(alias = "POST /v1.0/jzcrm/goods")]
    pub fn edit_goods(
        &self,
        request: &EditGoodsRequest,
    ) -> rt::Call<EditGoodsResponseBody, EditGoodsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditGoods",
            rt::Method::Post,
            "/v1.0/jzcrm/goods",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑入库单数据
    ///
    /// `POST /v1.0/jzcrm/intostocks`: DingTalk's `EditIntostock` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditIntostock")]
    #[doc(alias = "/v1.0/jzcrm/intostocks")]
    #[doc(alias = "POST /v1.0/jzcrm/intostocks")]
    pub fn edit_intostock(
        &self,
        request: &EditIntostockRequest,
    ) -> rt::Call<EditIntostockResponseBody, EditIntostockError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditIntostock",
            rt::Method::Post,
            "/v1.0/jzcrm/intostocks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑发货单数据
    ///
    /// `POST /v1.0/jzcrm/invoices`: DingTalk's `EditInvoice` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditInvoice")]
    #[doc(alias = "/v1.0/jzcrm/invoices")]
    #[doc(alias = "POST /v1.0/jzcrm/invoices")]
    pub fn edit_invoice(
        &self,
        request: &EditInvoiceRequest,
    ) -> rt::Call<EditInvoiceResponseBody, EditInvoiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditInvoice",
            rt::Method::Post,
            "/v1.0/jzcrm/invoices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑合同订单数据
    ///
    /// `POST /v1.0/jzcrm/orders`: DingTalk's `EditOrder` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditOrder")]
    #[doc(alias = "/v1.0/jzcrm/orders")]
    #[doc(alias = "POST /v1.0/jzcrm/orders")]
    pub fn edit_order(
        &self,
        request: &EditOrderRequest,
    ) -> rt::Call<EditOrderResponseBody, EditOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditOrder",
            rt::Method::Post,
            "/v1.0/jzcrm/orders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑出库单信息
    ///
    /// `POST /v1.0/jzcrm/outstocks`: DingTalk's `EditOutstock` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditOutstock")]
    #[doc(alias = "/v1.0/jzcrm/outstocks")]
    #[doc(alias = "POST /v1.0/jzcrm/outstocks")]
    pub fn edit_outstock(
        &self,
        request: &EditOutstockRequest,
    ) -> rt::Call<EditOutstockResponseBody, EditOutstockError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditOutstock",
            rt::Method::Post,
            "/v1.0/jzcrm/outstocks",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑生产单数据
    ///
    /// `POST /v1.0/jzcrm/productions`: DingTalk's `EditProduction` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditProduction")]
    #[doc(alias = "/v1.0/jzcrm/productions")]
    #[doc(alias = "POST /v1.0/jzcrm/productions")]
    pub fn edit_production(
        &self,
        request: &EditProductionRequest,
    ) -> rt::Call<EditProductionResponseBody, EditProductionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditProduction",
            rt::Method::Post,
            "/v1.0/jzcrm/productions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑采购单数据
    ///
    /// `POST /v1.0/jzcrm/purchases`: DingTalk's `EditPurchase` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditPurchase")]
    #[doc(alias = "/v1.0/jzcrm/purchases")]
    #[doc(alias = "POST /v1.0/jzcrm/purchases")]
    pub fn edit_purchase(
        &self,
        request: &EditPurchaseRequest,
    ) -> rt::Call<EditPurchaseResponseBody, EditPurchaseError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditPurchase",
            rt::Method::Post,
            "/v1.0/jzcrm/purchases",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑报价记录数据
    ///
    /// `POST /v1.0/jzcrm/quotationRecords`: DingTalk's `EditQuotationRecord` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditQuotationRecord")]
    #[doc(alias = "/v1.0/jzcrm/quotationRecords")]
    #[doc(alias = "POST /v1.0/jzcrm/quotationRecords")]
    pub fn edit_quotation_record(
        &self,
        request: &EditQuotationRecordRequest,
    ) -> rt::Call<EditQuotationRecordResponseBody, EditQuotationRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditQuotationRecord",
            rt::Method::Post,
            "/v1.0/jzcrm/quotationRecords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑销售机会数据
    ///
    /// `POST /v1.0/jzcrm/sales`: DingTalk's `EditSales` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "EditSales")]
    #[doc(alias = "/v1.0/jzcrm/sales")]
    #[doc(alias = "POST /v1.0/jzcrm/sales")]
    pub fn edit_sales(
        &self,
        request: &EditSalesRequest,
    ) -> rt::Call<EditSalesResponseBody, EditSalesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "EditSales",
            rt::Method::Post,
            "/v1.0/jzcrm/sales",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取数据列表
    ///
    /// `GET /v1.0/jzcrm/data`: DingTalk's `GetDataList` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDataList")]
    #[doc(alias = "/v1.0/jzcrm/data")]
    #[doc(alias = "GET /v1.0/jzcrm/data")]
    pub fn get_data_list(
        &self,
        request: &GetDataListRequest,
    ) -> rt::Call<GetDataListResponseBody, GetDataListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDataList",
            rt::Method::Get,
            "/v1.0/jzcrm/data",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取数据详情
    ///
    /// `GET /v1.0/jzcrm/dataView`: DingTalk's `GetDataView` (module feature `jzcrm_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDataView")]
    #[doc(alias = "/v1.0/jzcrm/dataView")]
    #[doc(alias = "GET /v1.0/jzcrm/dataView")]
    pub fn get_data_view(
        &self,
        request: &GetDataViewRequest,
    ) -> rt::Call<GetDataViewResponseBody, GetDataViewError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDataView",
            rt::Method::Get,
            "/v1.0/jzcrm/dataView",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `EditContactRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditContactRequestData {
    /// `data_userid`.
    pub data_userid: String,
    /// `lxr_address`.
    pub lxr_address: Option<String>,
    /// `lxr_birthday`.
    pub lxr_birthday: Option<String>,
    /// `lxr_chengwei`.
    pub lxr_chengwei: Option<String>,
    /// `lxr_ctnumber`.
    pub lxr_ctnumber: Option<String>,
    /// `lxr_cttype`.
    pub lxr_cttype: Option<String>,
    /// `lxr_customerid`.
    pub lxr_customerid: String,
    /// `lxr_department`.
    pub lxr_department: Option<String>,
    /// `lxr_dingtalk`.
    pub lxr_dingtalk: Option<String>,
    /// `lxr_email`.
    pub lxr_email: Option<String>,
    /// `lxr_fax`.
    pub lxr_fax: Option<String>,
    /// `lxr_group`.
    pub lxr_group: Option<String>,
    /// `lxr_handset`.
    pub lxr_handset: Option<String>,
    /// `lxr_headship`.
    pub lxr_headship: Option<String>,
    /// `lxr_like`.
    pub lxr_like: Option<String>,
    /// `lxr_name`.
    pub lxr_name: String,
    /// `lxr_photo`.
    pub lxr_photo: Option<String>,
    /// `lxr_preside`.
    pub lxr_preside: Option<String>,
    /// `lxr_pst`.
    pub lxr_pst: Option<String>,
    /// `lxr_qq`.
    pub lxr_qq: Option<String>,
    /// `lxr_remark`.
    pub lxr_remark: Option<String>,
    /// `lxr_sex`.
    pub lxr_sex: Option<String>,
    /// `lxr_skype`.
    pub lxr_skype: Option<String>,
    /// `lxr_tel`.
    pub lxr_tel: Option<String>,
    /// `lxr_type`.
    pub lxr_type: Option<String>,
    /// `lxr_wangwang`.
    pub lxr_wangwang: Option<String>,
    /// `lxr_weixin`.
    pub lxr_weixin: Option<String>,
    /// `lxr_worktel`.
    pub lxr_worktel: Option<String>,
}
/// The required fields of [`EditContactRequestData`], each named where it is set: `EditContactRequestData::new(EditContactRequestDataRequired { .. })`.
pub struct EditContactRequestDataRequired {
    /// `data_userid`: see [`EditContactRequestData::data_userid`].
    pub data_userid: String,
    /// `lxr_customerid`: see [`EditContactRequestData::lxr_customerid`].
    pub lxr_customerid: String,
    /// `lxr_name`: see [`EditContactRequestData::lxr_name`].
    pub lxr_name: String,
}
impl EditContactRequestData {
    /// A `EditContactRequestData` with its required fields (`data_userid`, `lxr_customerid`, `lxr_name`); set the others with the methods named after them.
    pub fn new(required: EditContactRequestDataRequired) -> Self {
        let EditContactRequestDataRequired { data_userid, lxr_customerid, lxr_name } = required;
        Self {
            data_userid,
            lxr_address: None,
            lxr_birthday: None,
            lxr_chengwei: None,
            lxr_ctnumber: None,
            lxr_cttype: None,
            lxr_customerid,
            lxr_department: None,
            lxr_dingtalk: None,
            lxr_email: None,
            lxr_fax: None,
            lxr_group: None,
            lxr_handset: None,
            lxr_headship: None,
            lxr_like: None,
            lxr_name,
            lxr_photo: None,
            lxr_preside: None,
            lxr_pst: None,
            lxr_qq: None,
            lxr_remark: None,
            lxr_sex: None,
            lxr_skype: None,
            lxr_tel: None,
            lxr_type: None,
            lxr_wangwang: None,
            lxr_weixin: None,
            lxr_worktel: None,
        }
    }
    /// Sets `lxr_address`.
    pub fn lxr_address(mut self, value: impl Into<String>) -> Self {
        self.lxr_address = Some(value.into());
        self
    }
    /// Sets `lxr_birthday`.
    pub fn lxr_birthday(mut self, value: impl Into<String>) -> Self {
        self.lxr_birthday = Some(value.into());
        self
    }
    /// Sets `lxr_chengwei`.
    pub fn lxr_chengwei(mut self, value: impl Into<String>) -> Self {
        self.lxr_chengwei = Some(value.into());
        self
    }
    /// Sets `lxr_ctnumber`.
    pub fn lxr_ctnumber(mut self, value: impl Into<String>) -> Self {
        self.lxr_ctnumber = Some(value.into());
        self
    }
    /// Sets `lxr_cttype`.
    pub fn lxr_cttype(mut self, value: impl Into<String>) -> Self {
        self.lxr_cttype = Some(value.into());
        self
    }
    /// Sets `lxr_department`.
    pub fn lxr_department(mut self, value: impl Into<String>) -> Self {
        self.lxr_department = Some(value.into());
        self
    }
    /// Sets `lxr_dingtalk`.
    pub fn lxr_dingtalk(mut self, value: impl Into<String>) -> Self {
        self.lxr_dingtalk = Some(value.into());
        self
    }
    /// Sets `lxr_email`.
    pub fn lxr_email(mut self, value: impl Into<String>) -> Self {
        self.lxr_email = Some(value.into());
        self
    }
    /// Sets `lxr_fax`.
    pub fn lxr_fax(mut self, value: impl Into<String>) -> Self {
        self.lxr_fax = Some(value.into());
        self
    }
    /// Sets `lxr_group`.
    pub fn lxr_group(mut self, value: impl Into<String>) -> Self {
        self.lxr_group = Some(value.into());
        self
    }
    /// Sets `lxr_handset`.
    pub fn lxr_handset(mut self, value: impl Into<String>) -> Self {
        self.lxr_handset = Some(value.into());
        self
    }
    /// Sets `lxr_headship`.
    pub fn lxr_headship(mut self, value: impl Into<String>) -> Self {
        self.lxr_headship = Some(value.into());
        self
    }
    /// Sets `lxr_like`.
    pub fn lxr_like(mut self, value: impl Into<String>) -> Self {
        self.lxr_like = Some(value.into());
        self
    }
    /// Sets `lxr_photo`.
    pub fn lxr_photo(mut self, value: impl Into<String>) -> Self {
        self.lxr_photo = Some(value.into());
        self
    }
    /// Sets `lxr_preside`.
    pub fn lxr_preside(mut self, value: impl Into<String>) -> Self {
        self.lxr_preside = Some(value.into());
        self
    }
    /// Sets `lxr_pst`.
    pub fn lxr_pst(mut self, value: impl Into<String>) -> Self {
        self.lxr_pst = Some(value.into());
        self
    }
    /// Sets `lxr_qq`.
    pub fn lxr_qq(mut self, value: impl Into<String>) -> Self {
        self.lxr_qq = Some(value.into());
        self
    }
    /// Sets `lxr_remark`.
    pub fn lxr_remark(mut self, value: impl Into<String>) -> Self {
        self.lxr_remark = Some(value.into());
        self
    }
    /// Sets `lxr_sex`.
    pub fn lxr_sex(mut self, value: impl Into<String>) -> Self {
        self.lxr_sex = Some(value.into());
        self
    }
    /// Sets `lxr_skype`.
    pub fn lxr_skype(mut self, value: impl Into<String>) -> Self {
        self.lxr_skype = Some(value.into());
        self
    }
    /// Sets `lxr_tel`.
    pub fn lxr_tel(mut self, value: impl Into<String>) -> Self {
        self.lxr_tel = Some(value.into());
        self
    }
    /// Sets `lxr_type`.
    pub fn lxr_type(mut self, value: impl Into<String>) -> Self {
        self.lxr_type = Some(value.into());
        self
    }
    /// Sets `lxr_wangwang`.
    pub fn lxr_wangwang(mut self, value: impl Into<String>) -> Self {
        self.lxr_wangwang = Some(value.into());
        self
    }
    /// Sets `lxr_weixin`.
    pub fn lxr_weixin(mut self, value: impl Into<String>) -> Self {
        self.lxr_weixin = Some(value.into());
        self
    }
    /// Sets `lxr_worktel`.
    pub fn lxr_worktel(mut self, value: impl Into<String>) -> Self {
        self.lxr_worktel = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditContactRequestData { "data_userid" => field(data_userid), "lxr_address" =>
    optional(lxr_address), "lxr_birthday" => optional(lxr_birthday), "lxr_chengwei" =>
    optional(lxr_chengwei), "lxr_ctnumber" => optional(lxr_ctnumber), "lxr_cttype" =>
    optional(lxr_cttype), "lxr_customerid" => field(lxr_customerid), "lxr_department" =>
    optional(lxr_department), "lxr_dingtalk" => optional(lxr_dingtalk), "lxr_email" =>
    optional(lxr_email), "lxr_fax" => optional(lxr_fax), "lxr_group" =>
    optional(lxr_group), "lxr_handset" => optional(lxr_handset), "lxr_headship" =>
    optional(lxr_headship), "lxr_like" => optional(lxr_like), "lxr_name" =>
    field(lxr_name), "lxr_photo" => optional(lxr_photo), "lxr_preside" =>
    optional(lxr_preside), "lxr_pst" => optional(lxr_pst), "lxr_qq" => optional(lxr_qq),
    "lxr_remark" => optional(lxr_remark), "lxr_sex" => optional(lxr_sex), "lxr_skype" =>
    optional(lxr_skype), "lxr_tel" => optional(lxr_tel), "lxr_type" =>
    optional(lxr_type), "lxr_wangwang" => optional(lxr_wangwang), "lxr_weixin" =>
    optional(lxr_weixin), "lxr_worktel" => optional(lxr_worktel) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditContactRequestData { "data_userid" => read_field(data_userid), "lxr_address" =>
    read_field(lxr_address), "lxr_birthday" => read_field(lxr_birthday), "lxr_chengwei"
    => read_field(lxr_chengwei), "lxr_ctnumber" => read_field(lxr_ctnumber), "lxr_cttype"
    => read_field(lxr_cttype), "lxr_customerid" => read_field(lxr_customerid),
    "lxr_department" => read_field(lxr_department), "lxr_dingtalk" =>
    read_field(lxr_dingtalk), "lxr_email" => read_field(lxr_email), "lxr_fax" =>
    read_field(lxr_fax), "lxr_group" => read_field(lxr_group), "lxr_handset" =>
    read_field(lxr_handset), "lxr_headship" => read_field(lxr_headship), "lxr_like" =>
    read_field(lxr_like), "lxr_name" => read_field(lxr_name), "lxr_photo" =>
    read_field(lxr_photo), "lxr_preside" => read_field(lxr_preside), "lxr_pst" =>
    read_field(lxr_pst), "lxr_qq" => read_field(lxr_qq), "lxr_remark" =>
    read_field(lxr_remark), "lxr_sex" => read_field(lxr_sex), "lxr_skype" =>
    read_field(lxr_skype), "lxr_tel" => read_field(lxr_tel), "lxr_type" =>
    read_field(lxr_type), "lxr_wangwang" => read_field(lxr_wangwang), "lxr_weixin" =>
    read_field(lxr_weixin), "lxr_worktel" => read_field(lxr_worktel) }
}
/// `EditContactResponseBody`, a model several operations share: also named [`EditCustomerResponseBody`], [`EditCustomerPoolResponseBody`], [`EditExchangeResponseBody`], [`EditGoodsResponseBody`], [`EditIntostockResponseBody`], [`EditInvoiceResponseBody`], [`EditOrderResponseBody`], [`EditOutstockResponseBody`], [`EditProductionResponseBody`], [`EditPurchaseResponseBody`], [`EditQuotationRecordResponseBody`], [`EditSalesResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct EditContactResponseBody {
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `time`.
    pub time: Option<String>,
}
rt::impl_deserialize! {
    EditContactResponseBody { "msgid" => read_field(msgid), "time" => read_field(time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    EditContactResponseBody { "msgid" => optional(msgid), "time" => optional(time) }
}
/// `EditCustomerRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditCustomerRequestData {
    /// `data_userid`.
    pub data_userid: String,
    /// `kh_address`.
    pub kh_address: Option<String>,
    /// `kh_appellation`.
    pub kh_appellation: Option<String>,
    /// `kh_befontof`.
    pub kh_befontof: Option<String>,
    /// `kh_billinfo`.
    pub kh_billinfo: Option<String>,
    /// `kh_city`.
    pub kh_city: Option<String>,
    /// `kh_class`.
    pub kh_class: String,
    /// `kh_coaddress`.
    pub kh_coaddress: Option<String>,
    /// `kh_contype`.
    pub kh_contype: Option<String>,
    /// `kh_country`.
    pub kh_country: Option<String>,
    /// `kh_creditgrade`.
    pub kh_creditgrade: Option<String>,
    /// `kh_ctnumber`.
    pub kh_ctnumber: Option<String>,
    /// `kh_cttype`.
    pub kh_cttype: Option<String>,
    /// `kh_department`.
    pub kh_department: Option<String>,
    /// `kh_dingtalk`.
    pub kh_dingtalk: Option<String>,
    /// `kh_email`.
    pub kh_email: Option<String>,
    /// `kh_employees`.
    pub kh_employees: Option<String>,
    /// `kh_fax`.
    pub kh_fax: Option<String>,
    /// `kh_from`.
    pub kh_from: Option<String>,
    /// `kh_handset`.
    pub kh_handset: Option<String>,
    /// `kh_headship`.
    pub kh_headship: Option<String>,
    /// `kh_hotfl`.
    pub kh_hotfl: Option<String>,
    /// `kh_hotlevel`.
    pub kh_hotlevel: Option<String>,
    /// `kh_hotmemo`.
    pub kh_hotmemo: Option<String>,
    /// `kh_hottype`.
    pub kh_hottype: Option<String>,
    /// `kh_industry`.
    pub kh_industry: Option<String>,
    /// `kh_info`.
    pub kh_info: Option<String>,
    /// `kh_jibie`.
    pub kh_jibie: Option<String>,
    /// `kh_name`.
    pub kh_name: String,
    /// `kh_pkhid`.
    pub kh_pkhid: Option<String>,
    /// `kh_preside`.
    pub kh_preside: Option<String>,
    /// `kh_province`.
    pub kh_province: Option<String>,
    /// `kh_pst`.
    pub kh_pst: Option<String>,
    /// `kh_qq`.
    pub kh_qq: Option<String>,
    /// `kh_ralagrade`.
    pub kh_ralagrade: Option<String>,
    /// `kh_remark`.
    pub kh_remark: Option<String>,
    /// `kh_sex`.
    pub kh_sex: Option<String>,
    /// `kh_shortname`.
    pub kh_shortname: Option<String>,
    /// `kh_skype`.
    pub kh_skype: Option<String>,
    /// `kh_sn`.
    pub kh_sn: Option<String>,
    /// `kh_status`.
    pub kh_status: Option<String>,
    /// `kh_tel`.
    pub kh_tel: Option<String>,
    /// `kh_type`.
    pub kh_type: Option<String>,
    /// `kh_valrating`.
    pub kh_valrating: Option<String>,
    /// `kh_wangwang`.
    pub kh_wangwang: Option<String>,
    /// `kh_web`.
    pub kh_web: Option<String>,
    /// `kh_weixin`.
    pub kh_weixin: Option<String>,
    /// `kh_worktel`.
    pub kh_worktel: Option<String>,
}
/// The required fields of [`EditCustomerRequestData`], each named where it is set: `EditCustomerRequestData::new(EditCustomerRequestDataRequired { .. })`.
pub struct EditCustomerRequestDataRequired {
    /// `data_userid`: see [`EditCustomerRequestData::data_userid`].
    pub data_userid: String,
    /// `kh_class`: see [`EditCustomerRequestData::kh_class`].
    pub kh_class: String,
    /// `kh_name`: see [`EditCustomerRequestData::kh_name`].
    pub kh_name: String,
}
impl EditCustomerRequestData {
    /// A `EditCustomerRequestData` with its required fields (`data_userid`, `kh_class`, `kh_name`); set the others with the methods named after them.
    pub fn new(required: EditCustomerRequestDataRequired) -> Self {
        let EditCustomerRequestDataRequired { data_userid, kh_class, kh_name } = required;
        Self {
            data_userid,
            kh_address: None,
            kh_appellation: None,
            kh_befontof: None,
            kh_billinfo: None,
            kh_city: None,
            kh_class,
            kh_coaddress: None,
            kh_contype: None,
            kh_country: None,
            kh_creditgrade: None,
            kh_ctnumber: None,
            kh_cttype: None,
            kh_department: None,
            kh_dingtalk: None,
            kh_email: None,
            kh_employees: None,
            kh_fax: None,
            kh_from: None,
            kh_handset: None,
            kh_headship: None,
            kh_hotfl: None,
            kh_hotlevel: None,
            kh_hotmemo: None,
            kh_hottype: None,
            kh_industry: None,
            kh_info: None,
            kh_jibie: None,
            kh_name,
            kh_pkhid: None,
            kh_preside: None,
            kh_province: None,
            kh_pst: None,
            kh_qq: None,
            kh_ralagrade: None,
            kh_remark: None,
            kh_sex: None,
            kh_shortname: None,
            kh_skype: None,
            kh_sn: None,
            kh_status: None,
            kh_tel: None,
            kh_type: None,
            kh_valrating: None,
            kh_wangwang: None,
            kh_web: None,
            kh_weixin: None,
            kh_worktel: None,
        }
    }
    /// Sets `kh_address`.
    pub fn kh_address(mut self, value: impl Into<String>) -> Self {
        self.kh_address = Some(value.into());
        self
    }
    /// Sets `kh_appellation`.
    pub fn kh_appellation(mut self, value: impl Into<String>) -> Self {
        self.kh_appellation = Some(value.into());
        self
    }
    /// Sets `kh_befontof`.
    pub fn kh_befontof(mut self, value: impl Into<String>) -> Self {
        self.kh_befontof = Some(value.into());
        self
    }
    /// Sets `kh_billinfo`.
    pub fn kh_billinfo(mut self, value: impl Into<String>) -> Self {
        self.kh_billinfo = Some(value.into());
        self
    }
    /// Sets `kh_city`.
    pub fn kh_city(mut self, value: impl Into<String>) -> Self {
        self.kh_city = Some(value.into());
        self
    }
    /// Sets `kh_coaddress`.
    pub fn kh_coaddress(mut self, value: impl Into<String>) -> Self {
        self.kh_coaddress = Some(value.into());
        self
    }
    /// Sets `kh_contype`.
    pub fn kh_contype(mut self, value: impl Into<String>) -> Self {
        self.kh_contype = Some(value.into());
        self
    }
    /// Sets `kh_country`.
    pub fn kh_country(mut self, value: impl Into<String>) -> Self {
        self.kh_country = Some(value.into());
        self
    }
    /// Sets `kh_creditgrade`.
    pub fn kh_creditgrade(mut self, value: impl Into<String>) -> Self {
        self.kh_creditgrade = Some(value.into());
        self
    }
    /// Sets `kh_ctnumber`.
    pub fn kh_ctnumber(mut self, value: impl Into<String>) -> Self {
        self.kh_ctnumber = Some(value.into());
        self
    }
    /// Sets `kh_cttype`.
    pub fn kh_cttype(mut self, value: impl Into<String>) -> Self {
        self.kh_cttype = Some(value.into());
        self
    }
    /// Sets `kh_department`.
    pub fn kh_department(mut self, value: impl Into<String>) -> Self {
        self.kh_department = Some(value.into());
        self
    }
    /// Sets `kh_dingtalk`.
    pub fn kh_dingtalk(mut self, value: impl Into<String>) -> Self {
        self.kh_dingtalk = Some(value.into());
        self
    }
    /// Sets `kh_email`.
    pub fn kh_email(mut self, value: impl Into<String>) -> Self {
        self.kh_email = Some(value.into());
        self
    }
    /// Sets `kh_employees`.
    pub fn kh_employees(mut self, value: impl Into<String>) -> Self {
        self.kh_employees = Some(value.into());
        self
    }
    /// Sets `kh_fax`.
    pub fn kh_fax(mut self, value: impl Into<String>) -> Self {
        self.kh_fax = Some(value.into());
        self
    }
    /// Sets `kh_from`.
    pub fn kh_from(mut self, value: impl Into<String>) -> Self {
        self.kh_from = Some(value.into());
        self
    }
    /// Sets `kh_handset`.
    pub fn kh_handset(mut self, value: impl Into<String>) -> Self {
        self.kh_handset = Some(value.into());
        self
    }
    /// Sets `kh_headship`.
    pub fn kh_headship(mut self, value: impl Into<String>) -> Self {
        self.kh_headship = Some(value.into());
        self
    }
    /// Sets `kh_hotfl`.
    pub fn kh_hotfl(mut self, value: impl Into<String>) -> Self {
        self.kh_hotfl = Some(value.into());
        self
    }
    /// Sets `kh_hotlevel`.
    pub fn kh_hotlevel(mut self, value: impl Into<String>) -> Self {
        self.kh_hotlevel = Some(value.into());
        self
    }
    /// Sets `kh_hotmemo`.
    pub fn kh_hotmemo(mut self, value: impl Into<String>) -> Self {
        self.kh_hotmemo = Some(value.into());
        self
    }
    /// Sets `kh_hottype`.
    pub fn kh_hottype(mut self, value: impl Into<String>) -> Self {
        self.kh_hottype = Some(value.into());
        self
    }
    /// Sets `kh_industry`.
    pub fn kh_industry(mut self, value: impl Into<String>) -> Self {
        self.kh_industry = Some(value.into());
        self
    }
    /// Sets `kh_info`.
    pub fn kh_info(mut self, value: impl Into<String>) -> Self {
        self.kh_info = Some(value.into());
        self
    }
    /// Sets `kh_jibie`.
    pub fn kh_jibie(mut self, value: impl Into<String>) -> Self {
        self.kh_jibie = Some(value.into());
        self
    }
    /// Sets `kh_pkhid`.
    pub fn kh_pkhid(mut self, value: impl Into<String>) -> Self {
        self.kh_pkhid = Some(value.into());
        self
    }
    /// Sets `kh_preside`.
    pub fn kh_preside(mut self, value: impl Into<String>) -> Self {
        self.kh_preside = Some(value.into());
        self
    }
    /// Sets `kh_province`.
    pub fn kh_province(mut self, value: impl Into<String>) -> Self {
        self.kh_province = Some(value.into());
        self
    }
    /// Sets `kh_pst`.
    pub fn kh_pst(mut self, value: impl Into<String>) -> Self {
        self.kh_pst = Some(value.into());
        self
    }
    /// Sets `kh_qq`.
    pub fn kh_qq(mut self, value: impl Into<String>) -> Self {
        self.kh_qq = Some(value.into());
        self
    }
    /// Sets `kh_ralagrade`.
    pub fn kh_ralagrade(mut self, value: impl Into<String>) -> Self {
        self.kh_ralagrade = Some(value.into());
        self
    }
    /// Sets `kh_remark`.
    pub fn kh_remark(mut self, value: impl Into<String>) -> Self {
        self.kh_remark = Some(value.into());
        self
    }
    /// Sets `kh_sex`.
    pub fn kh_sex(mut self, value: impl Into<String>) -> Self {
        self.kh_sex = Some(value.into());
        self
    }
    /// Sets `kh_shortname`.
    pub fn kh_shortname(mut self, value: impl Into<String>) -> Self {
        self.kh_shortname = Some(value.into());
        self
    }
    /// Sets `kh_skype`.
    pub fn kh_skype(mut self, value: impl Into<String>) -> Self {
        self.kh_skype = Some(value.into());
        self
    }
    /// Sets `kh_sn`.
    pub fn kh_sn(mut self, value: impl Into<String>) -> Self {
        self.kh_sn = Some(value.into());
        self
    }
    /// Sets `kh_status`.
    pub fn kh_status(mut self, value: impl Into<String>) -> Self {
        self.kh_status = Some(value.into());
        self
    }
    /// Sets `kh_tel`.
    pub fn kh_tel(mut self, value: impl Into<String>) -> Self {
        self.kh_tel = Some(value.into());
        self
    }
    /// Sets `kh_type`.
    pub fn kh_type(mut self, value: impl Into<String>) -> Self {
        self.kh_type = Some(value.into());
        self
    }
    /// Sets `kh_valrating`.
    pub fn kh_valrating(mut self, value: impl Into<String>) -> Self {
        self.kh_valrating = Some(value.into());
        self
    }
    /// Sets `kh_wangwang`.
    pub fn kh_wangwang(mut self, value: impl Into<String>) -> Self {
        self.kh_wangwang = Some(value.into());
        self
    }
    /// Sets `kh_web`.
    pub fn kh_web(mut self, value: impl Into<String>) -> Self {
        self.kh_web = Some(value.into());
        self
    }
    /// Sets `kh_weixin`.
    pub fn kh_weixin(mut self, value: impl Into<String>) -> Self {
        self.kh_weixin = Some(value.into());
        self
    }
    /// Sets `kh_worktel`.
    pub fn kh_worktel(mut self, value: impl Into<String>) -> Self {
        self.kh_worktel = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditCustomerRequestData { "data_userid" => field(data_userid), "kh_address" =>
    optional(kh_address), "kh_appellation" => optional(kh_appellation), "kh_befontof" =>
    optional(kh_befontof), "kh_billinfo" => optional(kh_billinfo), "kh_city" =>
    optional(kh_city), "kh_class" => field(kh_class), "kh_coaddress" =>
    optional(kh_coaddress), "kh_contype" => optional(kh_contype), "kh_country" =>
    optional(kh_country), "kh_creditgrade" => optional(kh_creditgrade), "kh_ctnumber" =>
    optional(kh_ctnumber), "kh_cttype" => optional(kh_cttype), "kh_department" =>
    optional(kh_department), "kh_dingtalk" => optional(kh_dingtalk), "kh_email" =>
    optional(kh_email), "kh_employees" => optional(kh_employees), "kh_fax" =>
    optional(kh_fax), "kh_from" => optional(kh_from), "kh_handset" =>
    optional(kh_handset), "kh_headship" => optional(kh_headship), "kh_hotfl" =>
    optional(kh_hotfl), "kh_hotlevel" => optional(kh_hotlevel), "kh_hotmemo" =>
    optional(kh_hotmemo), "kh_hottype" => optional(kh_hottype), "kh_industry" =>
    optional(kh_industry), "kh_info" => optional(kh_info), "kh_jibie" =>
    optional(kh_jibie), "kh_name" => field(kh_name), "kh_pkhid" => optional(kh_pkhid),
    "kh_preside" => optional(kh_preside), "kh_province" => optional(kh_province),
    "kh_pst" => optional(kh_pst), "kh_qq" => optional(kh_qq), "kh_ralagrade" =>
    optional(kh_ralagrade), "kh_remark" => optional(kh_remark), "kh_sex" =>
    optional(kh_sex), "kh_shortname" => optional(kh_shortname), "kh_skype" =>
    optional(kh_skype), "kh_sn" => optional(kh_sn), "kh_status" => optional(kh_status),
    "kh_tel" => optional(kh_tel), "kh_type" => optional(kh_type), "kh_valrating" =>
    optional(kh_valrating), "kh_wangwang" => optional(kh_wangwang), "kh_web" =>
    optional(kh_web), "kh_weixin" => optional(kh_weixin), "kh_worktel" =>
    optional(kh_worktel) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditCustomerRequestData { "data_userid" => read_field(data_userid), "kh_address" =>
    read_field(kh_address), "kh_appellation" => read_field(kh_appellation), "kh_befontof"
    => read_field(kh_befontof), "kh_billinfo" => read_field(kh_billinfo), "kh_city" =>
    read_field(kh_city), "kh_class" => read_field(kh_class), "kh_coaddress" =>
    read_field(kh_coaddress), "kh_contype" => read_field(kh_contype), "kh_country" =>
    read_field(kh_country), "kh_creditgrade" => read_field(kh_creditgrade), "kh_ctnumber"
    => read_field(kh_ctnumber), "kh_cttype" => read_field(kh_cttype), "kh_department" =>
    read_field(kh_department), "kh_dingtalk" => read_field(kh_dingtalk), "kh_email" =>
    read_field(kh_email), "kh_employees" => read_field(kh_employees), "kh_fax" =>
    read_field(kh_fax), "kh_from" => read_field(kh_from), "kh_handset" =>
    read_field(kh_handset), "kh_headship" => read_field(kh_headship), "kh_hotfl" =>
    read_field(kh_hotfl), "kh_hotlevel" => read_field(kh_hotlevel), "kh_hotmemo" =>
    read_field(kh_hotmemo), "kh_hottype" => read_field(kh_hottype), "kh_industry" =>
    read_field(kh_industry), "kh_info" => read_field(kh_info), "kh_jibie" =>
    read_field(kh_jibie), "kh_name" => read_field(kh_name), "kh_pkhid" =>
    read_field(kh_pkhid), "kh_preside" => read_field(kh_preside), "kh_province" =>
    read_field(kh_province), "kh_pst" => read_field(kh_pst), "kh_qq" =>
    read_field(kh_qq), "kh_ralagrade" => read_field(kh_ralagrade), "kh_remark" =>
    read_field(kh_remark), "kh_sex" => read_field(kh_sex), "kh_shortname" =>
    read_field(kh_shortname), "kh_skype" => read_field(kh_skype), "kh_sn" =>
    read_field(kh_sn), "kh_status" => read_field(kh_status), "kh_tel" =>
    read_field(kh_tel), "kh_type" => read_field(kh_type), "kh_valrating" =>
    read_field(kh_valrating), "kh_wangwang" => read_field(kh_wangwang), "kh_web" =>
    read_field(kh_web), "kh_weixin" => read_field(kh_weixin), "kh_worktel" =>
    read_field(kh_worktel) }
}
/// `EditCustomerResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditCustomerResponseBody = EditContactResponseBody;
/// `EditCustomerPoolRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditCustomerPoolRequestData {
    /// `data_userid`.
    pub data_userid: String,
    /// `kh_address`.
    pub kh_address: Option<String>,
    /// `kh_appellation`.
    pub kh_appellation: Option<String>,
    /// `kh_befontof`.
    pub kh_befontof: Option<String>,
    /// `kh_billinfo`.
    pub kh_billinfo: Option<String>,
    /// `kh_city`.
    pub kh_city: Option<String>,
    /// `kh_class`.
    pub kh_class: String,
    /// `kh_coaddress`.
    pub kh_coaddress: Option<String>,
    /// `kh_contype`.
    pub kh_contype: Option<String>,
    /// `kh_country`.
    pub kh_country: Option<String>,
    /// `kh_creditgrade`.
    pub kh_creditgrade: Option<String>,
    /// `kh_ctnumber`.
    pub kh_ctnumber: Option<String>,
    /// `kh_cttype`.
    pub kh_cttype: Option<String>,
    /// `kh_department`.
    pub kh_department: Option<String>,
    /// `kh_dingtalk`.
    pub kh_dingtalk: Option<String>,
    /// `kh_email`.
    pub kh_email: Option<String>,
    /// `kh_employees`.
    pub kh_employees: Option<String>,
    /// `kh_fax`.
    pub kh_fax: Option<String>,
    /// `kh_from`.
    pub kh_from: Option<String>,
    /// `kh_genzongtime`.
    pub kh_genzongtime: Option<String>,
    /// `kh_handset`.
    pub kh_handset: Option<String>,
    /// `kh_headship`.
    pub kh_headship: Option<String>,
    /// `kh_hotfl`.
    pub kh_hotfl: Option<String>,
    /// `kh_hotlevel`.
    pub kh_hotlevel: Option<String>,
    /// `kh_hotmemo`.
    pub kh_hotmemo: Option<String>,
    /// `kh_hottype`.
    pub kh_hottype: Option<String>,
    /// `kh_industry`.
    pub kh_industry: Option<String>,
    /// `kh_info`.
    pub kh_info: Option<String>,
    /// `kh_jibie`.
    pub kh_jibie: Option<String>,
    /// `kh_name`.
    pub kh_name: String,
    /// `kh_pkhid`.
    pub kh_pkhid: Option<String>,
    /// `kh_preside`.
    pub kh_preside: Option<String>,
    /// `kh_province`.
    pub kh_province: Option<String>,
    /// `kh_pst`.
    pub kh_pst: Option<String>,
    /// `kh_qq`.
    pub kh_qq: Option<String>,
    /// `kh_ralagrade`.
    pub kh_ralagrade: Option<String>,
    /// `kh_remark`.
    pub kh_remark: Option<String>,
    /// `kh_sex`.
    pub kh_sex: Option<String>,
    /// `kh_shortname`.
    pub kh_shortname: Option<String>,
    /// `kh_skype`.
    pub kh_skype: Option<String>,
    /// `kh_sn`.
    pub kh_sn: Option<String>,
    /// `kh_status`.
    pub kh_status: Option<String>,
    /// `kh_tel`.
    pub kh_tel: Option<String>,
    /// `kh_type`.
    pub kh_type: Option<String>,
    /// `kh_valrating`.
    pub kh_valrating: Option<String>,
    /// `kh_wangwang`.
    pub kh_wangwang: Option<String>,
    /// `kh_web`.
    pub kh_web: Option<String>,
    /// `kh_weixin`.
    pub kh_weixin: Option<String>,
    /// `kh_worktel`.
    pub kh_worktel: Option<String>,
}
/// The required fields of [`EditCustomerPoolRequestData`], each named where it is set: `EditCustomerPoolRequestData::new(EditCustomerPoolRequestDataRequired { .. })`.
pub struct EditCustomerPoolRequestDataRequired {
    /// `data_userid`: see [`EditCustomerPoolRequestData::data_userid`].
    pub data_userid: String,
    /// `kh_class`: see [`EditCustomerPoolRequestData::kh_class`].
    pub kh_class: String,
    /// `kh_name`: see [`EditCustomerPoolRequestData::kh_name`].
    pub kh_name: String,
}
impl EditCustomerPoolRequestData {
    /// A `EditCustomerPoolRequestData` with its required fields (`data_userid`, `kh_class`, `kh_name`); set the others with the methods named after them.
    pub fn new(required: EditCustomerPoolRequestDataRequired) -> Self {
        let EditCustomerPoolRequestDataRequired { data_userid, kh_class, kh_name } = required;
        Self {
            data_userid,
            kh_address: None,
            kh_appellation: None,
            kh_befontof: None,
            kh_billinfo: None,
            kh_city: None,
            kh_class,
            kh_coaddress: None,
            kh_contype: None,
            kh_country: None,
            kh_creditgrade: None,
            kh_ctnumber: None,
            kh_cttype: None,
            kh_department: None,
            kh_dingtalk: None,
            kh_email: None,
            kh_employees: None,
            kh_fax: None,
            kh_from: None,
            kh_genzongtime: None,
            kh_handset: None,
            kh_headship: None,
            kh_hotfl: None,
            kh_hotlevel: None,
            kh_hotmemo: None,
            kh_hottype: None,
            kh_industry: None,
            kh_info: None,
            kh_jibie: None,
            kh_name,
            kh_pkhid: None,
            kh_preside: None,
            kh_province: None,
            kh_pst: None,
            kh_qq: None,
            kh_ralagrade: None,
            kh_remark: None,
            kh_sex: None,
            kh_shortname: None,
            kh_skype: None,
            kh_sn: None,
            kh_status: None,
            kh_tel: None,
            kh_type: None,
            kh_valrating: None,
            kh_wangwang: None,
            kh_web: None,
            kh_weixin: None,
            kh_worktel: None,
        }
    }
    /// Sets `kh_address`.
    pub fn kh_address(mut self, value: impl Into<String>) -> Self {
        self.kh_address = Some(value.into());
        self
    }
    /// Sets `kh_appellation`.
    pub fn kh_appellation(mut self, value: impl Into<String>) -> Self {
        self.kh_appellation = Some(value.into());
        self
    }
    /// Sets `kh_befontof`.
    pub fn kh_befontof(mut self, value: impl Into<String>) -> Self {
        self.kh_befontof = Some(value.into());
        self
    }
    /// Sets `kh_billinfo`.
    pub fn kh_billinfo(mut self, value: impl Into<String>) -> Self {
        self.kh_billinfo = Some(value.into());
        self
    }
    /// Sets `kh_city`.
    pub fn kh_city(mut self, value: impl Into<String>) -> Self {
        self.kh_city = Some(value.into());
        self
    }
    /// Sets `kh_coaddress`.
    pub fn kh_coaddress(mut self, value: impl Into<String>) -> Self {
        self.kh_coaddress = Some(value.into());
        self
    }
    /// Sets `kh_contype`.
    pub fn kh_contype(mut self, value: impl Into<String>) -> Self {
        self.kh_contype = Some(value.into());
        self
    }
    /// Sets `kh_country`.
    pub fn kh_country(mut self, value: impl Into<String>) -> Self {
        self.kh_country = Some(value.into());
        self
    }
    /// Sets `kh_creditgrade`.
    pub fn kh_creditgrade(mut self, value: impl Into<String>) -> Self {
        self.kh_creditgrade = Some(value.into());
        self
    }
    /// Sets `kh_ctnumber`.
    pub fn kh_ctnumber(mut self, value: impl Into<String>) -> Self {
        self.kh_ctnumber = Some(value.into());
        self
    }
    /// Sets `kh_cttype`.
    pub fn kh_cttype(mut self, value: impl Into<String>) -> Self {
        self.kh_cttype = Some(value.into());
        self
    }
    /// Sets `kh_department`.
    pub fn kh_department(mut self, value: impl Into<String>) -> Self {
        self.kh_department = Some(value.into());
        self
    }
    /// Sets `kh_dingtalk`.
    pub fn kh_dingtalk(mut self, value: impl Into<String>) -> Self {
        self.kh_dingtalk = Some(value.into());
        self
    }
    /// Sets `kh_email`.
    pub fn kh_email(mut self, value: impl Into<String>) -> Self {
        self.kh_email = Some(value.into());
        self
    }
    /// Sets `kh_employees`.
    pub fn kh_employees(mut self, value: impl Into<String>) -> Self {
        self.kh_employees = Some(value.into());
        self
    }
    /// Sets `kh_fax`.
    pub fn kh_fax(mut self, value: impl Into<String>) -> Self {
        self.kh_fax = Some(value.into());
        self
    }
    /// Sets `kh_from`.
    pub fn kh_from(mut self, value: impl Into<String>) -> Self {
        self.kh_from = Some(value.into());
        self
    }
    /// Sets `kh_genzongtime`.
    pub fn kh_genzongtime(mut self, value: impl Into<String>) -> Self {
        self.kh_genzongtime = Some(value.into());
        self
    }
    /// Sets `kh_handset`.
    pub fn kh_handset(mut self, value: impl Into<String>) -> Self {
        self.kh_handset = Some(value.into());
        self
    }
    /// Sets `kh_headship`.
    pub fn kh_headship(mut self, value: impl Into<String>) -> Self {
        self.kh_headship = Some(value.into());
        self
    }
    /// Sets `kh_hotfl`.
    pub fn kh_hotfl(mut self, value: impl Into<String>) -> Self {
        self.kh_hotfl = Some(value.into());
        self
    }
    /// Sets `kh_hotlevel`.
    pub fn kh_hotlevel(mut self, value: impl Into<String>) -> Self {
        self.kh_hotlevel = Some(value.into());
        self
    }
    /// Sets `kh_hotmemo`.
    pub fn kh_hotmemo(mut self, value: impl Into<String>) -> Self {
        self.kh_hotmemo = Some(value.into());
        self
    }
    /// Sets `kh_hottype`.
    pub fn kh_hottype(mut self, value: impl Into<String>) -> Self {
        self.kh_hottype = Some(value.into());
        self
    }
    /// Sets `kh_industry`.
    pub fn kh_industry(mut self, value: impl Into<String>) -> Self {
        self.kh_industry = Some(value.into());
        self
    }
    /// Sets `kh_info`.
    pub fn kh_info(mut self, value: impl Into<String>) -> Self {
        self.kh_info = Some(value.into());
        self
    }
    /// Sets `kh_jibie`.
    pub fn kh_jibie(mut self, value: impl Into<String>) -> Self {
        self.kh_jibie = Some(value.into());
        self
    }
    /// Sets `kh_pkhid`.
    pub fn kh_pkhid(mut self, value: impl Into<String>) -> Self {
        self.kh_pkhid = Some(value.into());
        self
    }
    /// Sets `kh_preside`.
    pub fn kh_preside(mut self, value: impl Into<String>) -> Self {
        self.kh_preside = Some(value.into());
        self
    }
    /// Sets `kh_province`.
    pub fn kh_province(mut self, value: impl Into<String>) -> Self {
        self.kh_province = Some(value.into());
        self
    }
    /// Sets `kh_pst`.
    pub fn kh_pst(mut self, value: impl Into<String>) -> Self {
        self.kh_pst = Some(value.into());
        self
    }
    /// Sets `kh_qq`.
    pub fn kh_qq(mut self, value: impl Into<String>) -> Self {
        self.kh_qq = Some(value.into());
        self
    }
    /// Sets `kh_ralagrade`.
    pub fn kh_ralagrade(mut self, value: impl Into<String>) -> Self {
        self.kh_ralagrade = Some(value.into());
        self
    }
    /// Sets `kh_remark`.
    pub fn kh_remark(mut self, value: impl Into<String>) -> Self {
        self.kh_remark = Some(value.into());
        self
    }
    /// Sets `kh_sex`.
    pub fn kh_sex(mut self, value: impl Into<String>) -> Self {
        self.kh_sex = Some(value.into());
        self
    }
    /// Sets `kh_shortname`.
    pub fn kh_shortname(mut self, value: impl Into<String>) -> Self {
        self.kh_shortname = Some(value.into());
        self
    }
    /// Sets `kh_skype`.
    pub fn kh_skype(mut self, value: impl Into<String>) -> Self {
        self.kh_skype = Some(value.into());
        self
    }
    /// Sets `kh_sn`.
    pub fn kh_sn(mut self, value: impl Into<String>) -> Self {
        self.kh_sn = Some(value.into());
        self
    }
    /// Sets `kh_status`.
    pub fn kh_status(mut self, value: impl Into<String>) -> Self {
        self.kh_status = Some(value.into());
        self
    }
    /// Sets `kh_tel`.
    pub fn kh_tel(mut self, value: impl Into<String>) -> Self {
        self.kh_tel = Some(value.into());
        self
    }
    /// Sets `kh_type`.
    pub fn kh_type(mut self, value: impl Into<String>) -> Self {
        self.kh_type = Some(value.into());
        self
    }
    /// Sets `kh_valrating`.
    pub fn kh_valrating(mut self, value: impl Into<String>) -> Self {
        self.kh_valrating = Some(value.into());
        self
    }
    /// Sets `kh_wangwang`.
    pub fn kh_wangwang(mut self, value: impl Into<String>) -> Self {
        self.kh_wangwang = Some(value.into());
        self
    }
    /// Sets `kh_web`.
    pub fn kh_web(mut self, value: impl Into<String>) -> Self {
        self.kh_web = Some(value.into());
        self
    }
    /// Sets `kh_weixin`.
    pub fn kh_weixin(mut self, value: impl Into<String>) -> Self {
        self.kh_weixin = Some(value.into());
        self
    }
    /// Sets `kh_worktel`.
    pub fn kh_worktel(mut self, value: impl Into<String>) -> Self {
        self.kh_worktel = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditCustomerPoolRequestData { "data_userid" => field(data_userid), "kh_address" =>
    optional(kh_address), "kh_appellation" => optional(kh_appellation), "kh_befontof" =>
    optional(kh_befontof), "kh_billinfo" => optional(kh_billinfo), "kh_city" =>
    optional(kh_city), "kh_class" => field(kh_class), "kh_coaddress" =>
    optional(kh_coaddress), "kh_contype" => optional(kh_contype), "kh_country" =>
    optional(kh_country), "kh_creditgrade" => optional(kh_creditgrade), "kh_ctnumber" =>
    optional(kh_ctnumber), "kh_cttype" => optional(kh_cttype), "kh_department" =>
    optional(kh_department), "kh_dingtalk" => optional(kh_dingtalk), "kh_email" =>
    optional(kh_email), "kh_employees" => optional(kh_employees), "kh_fax" =>
    optional(kh_fax), "kh_from" => optional(kh_from), "kh_genzongtime" =>
    optional(kh_genzongtime), "kh_handset" => optional(kh_handset), "kh_headship" =>
    optional(kh_headship), "kh_hotfl" => optional(kh_hotfl), "kh_hotlevel" =>
    optional(kh_hotlevel), "kh_hotmemo" => optional(kh_hotmemo), "kh_hottype" =>
    optional(kh_hottype), "kh_industry" => optional(kh_industry), "kh_info" =>
    optional(kh_info), "kh_jibie" => optional(kh_jibie), "kh_name" => field(kh_name),
    "kh_pkhid" => optional(kh_pkhid), "kh_preside" => optional(kh_preside), "kh_province"
    => optional(kh_province), "kh_pst" => optional(kh_pst), "kh_qq" => optional(kh_qq),
    "kh_ralagrade" => optional(kh_ralagrade), "kh_remark" => optional(kh_remark),
    "kh_sex" => optional(kh_sex), "kh_shortname" => optional(kh_shortname), "kh_skype" =>
    optional(kh_skype), "kh_sn" => optional(kh_sn), "kh_status" => optional(kh_status),
    "kh_tel" => optional(kh_tel), "kh_type" => optional(kh_type), "kh_valrating" =>
    optional(kh_valrating), "kh_wangwang" => optional(kh_wangwang), "kh_web" =>
    optional(kh_web), "kh_weixin" => optional(kh_weixin), "kh_worktel" =>
    optional(kh_worktel) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditCustomerPoolRequestData { "data_userid" => read_field(data_userid), "kh_address"
    => read_field(kh_address), "kh_appellation" => read_field(kh_appellation),
    "kh_befontof" => read_field(kh_befontof), "kh_billinfo" => read_field(kh_billinfo),
    "kh_city" => read_field(kh_city), "kh_class" => read_field(kh_class), "kh_coaddress"
    => read_field(kh_coaddress), "kh_contype" => read_field(kh_contype), "kh_country" =>
    read_field(kh_country), "kh_creditgrade" => read_field(kh_creditgrade), "kh_ctnumber"
    => read_field(kh_ctnumber), "kh_cttype" => read_field(kh_cttype), "kh_department" =>
    read_field(kh_department), "kh_dingtalk" => read_field(kh_dingtalk), "kh_email" =>
    read_field(kh_email), "kh_employees" => read_field(kh_employees), "kh_fax" =>
    read_field(kh_fax), "kh_from" => read_field(kh_from), "kh_genzongtime" =>
    read_field(kh_genzongtime), "kh_handset" => read_field(kh_handset), "kh_headship" =>
    read_field(kh_headship), "kh_hotfl" => read_field(kh_hotfl), "kh_hotlevel" =>
    read_field(kh_hotlevel), "kh_hotmemo" => read_field(kh_hotmemo), "kh_hottype" =>
    read_field(kh_hottype), "kh_industry" => read_field(kh_industry), "kh_info" =>
    read_field(kh_info), "kh_jibie" => read_field(kh_jibie), "kh_name" =>
    read_field(kh_name), "kh_pkhid" => read_field(kh_pkhid), "kh_preside" =>
    read_field(kh_preside), "kh_province" => read_field(kh_province), "kh_pst" =>
    read_field(kh_pst), "kh_qq" => read_field(kh_qq), "kh_ralagrade" =>
    read_field(kh_ralagrade), "kh_remark" => read_field(kh_remark), "kh_sex" =>
    read_field(kh_sex), "kh_shortname" => read_field(kh_shortname), "kh_skype" =>
    read_field(kh_skype), "kh_sn" => read_field(kh_sn), "kh_status" =>
    read_field(kh_status), "kh_tel" => read_field(kh_tel), "kh_type" =>
    read_field(kh_type), "kh_valrating" => read_field(kh_valrating), "kh_wangwang" =>
    read_field(kh_wangwang), "kh_web" => read_field(kh_web), "kh_weixin" =>
    read_field(kh_weixin), "kh_worktel" => read_field(kh_worktel) }
}
/// `EditCustomerPoolResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditCustomerPoolResponseBody = EditContactResponseBody;
/// `EditExchangeRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditExchangeRequestData {
    /// `child_mx`.
    pub child_mx: Option<String>,
    /// `data_userid`.
    pub data_userid: String,
    /// `hh_customerid`.
    pub hh_customerid: Option<String>,
    /// `hh_date`.
    pub hh_date: Option<String>,
    /// `hh_inempid`.
    pub hh_inempid: Option<String>,
    /// `hh_inlibid`.
    pub hh_inlibid: String,
    /// `hh_intime`.
    pub hh_intime: Option<String>,
    /// `hh_number`.
    pub hh_number: String,
    /// `hh_orderid`.
    pub hh_orderid: Option<String>,
    /// `hh_outempid`.
    pub hh_outempid: Option<String>,
    /// `hh_outlibid`.
    pub hh_outlibid: String,
    /// `hh_outtime`.
    pub hh_outtime: Option<String>,
    /// `hh_remark`.
    pub hh_remark: Option<String>,
    /// `hh_state`.
    pub hh_state: Option<String>,
    /// `hh_title`.
    pub hh_title: String,
    /// `hh_type`.
    pub hh_type: Option<String>,
}
/// The required fields of [`EditExchangeRequestData`], each named where it is set: `EditExchangeRequestData::new(EditExchangeRequestDataRequired { .. })`.
pub struct EditExchangeRequestDataRequired {
    /// `data_userid`: see [`EditExchangeRequestData::data_userid`].
    pub data_userid: String,
    /// `hh_inlibid`: see [`EditExchangeRequestData::hh_inlibid`].
    pub hh_inlibid: String,
    /// `hh_number`: see [`EditExchangeRequestData::hh_number`].
    pub hh_number: String,
    /// `hh_outlibid`: see [`EditExchangeRequestData::hh_outlibid`].
    pub hh_outlibid: String,
    /// `hh_title`: see [`EditExchangeRequestData::hh_title`].
    pub hh_title: String,
}
impl EditExchangeRequestData {
    /// A `EditExchangeRequestData` with its required fields (`data_userid`, `hh_inlibid`, `hh_number`, `hh_outlibid`, `hh_title`); set the others with the methods named after them.
    pub fn new(required: EditExchangeRequestDataRequired) -> Self {
        let EditExchangeRequestDataRequired {
            data_userid,
            hh_inlibid,
            hh_number,
            hh_outlibid,
            hh_title,
        } = required;
        Self {
            child_mx: None,
            data_userid,
            hh_customerid: None,
            hh_date: None,
            hh_inempid: None,
            hh_inlibid,
            hh_intime: None,
            hh_number,
            hh_orderid: None,
            hh_outempid: None,
            hh_outlibid,
            hh_outtime: None,
            hh_remark: None,
            hh_state: None,
            hh_title,
            hh_type: None,
        }
    }
    /// Sets `child_mx`.
    pub fn child_mx(mut self, value: impl Into<String>) -> Self {
        self.child_mx = Some(value.into());
        self
    }
    /// Sets `hh_customerid`.
    pub fn hh_customerid(mut self, value: impl Into<String>) -> Self {
        self.hh_customerid = Some(value.into());
        self
    }
    /// Sets `hh_date`.
    pub fn hh_date(mut self, value: impl Into<String>) -> Self {
        self.hh_date = Some(value.into());
        self
    }
    /// Sets `hh_inempid`.
    pub fn hh_inempid(mut self, value: impl Into<String>) -> Self {
        self.hh_inempid = Some(value.into());
        self
    }
    /// Sets `hh_intime`.
    pub fn hh_intime(mut self, value: impl Into<String>) -> Self {
        self.hh_intime = Some(value.into());
        self
    }
    /// Sets `hh_orderid`.
    pub fn hh_orderid(mut self, value: impl Into<String>) -> Self {
        self.hh_orderid = Some(value.into());
        self
    }
    /// Sets `hh_outempid`.
    pub fn hh_outempid(mut self, value: impl Into<String>) -> Self {
        self.hh_outempid = Some(value.into());
        self
    }
    /// Sets `hh_outtime`.
    pub fn hh_outtime(mut self, value: impl Into<String>) -> Self {
        self.hh_outtime = Some(value.into());
        self
    }
    /// Sets `hh_remark`.
    pub fn hh_remark(mut self, value: impl Into<String>) -> Self {
        self.hh_remark = Some(value.into());
        self
    }
    /// Sets `hh_state`.
    pub fn hh_state(mut self, value: impl Into<String>) -> Self {
        self.hh_state = Some(value.into());
        self
    }
    /// Sets `hh_type`.
    pub fn hh_type(mut self, value: impl Into<String>) -> Self {
        self.hh_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditExchangeRequestData { "child_mx" => optional(child_mx), "data_userid" =>
    field(data_userid), "hh_customerid" => optional(hh_customerid), "hh_date" =>
    optional(hh_date), "hh_inempid" => optional(hh_inempid), "hh_inlibid" =>
    field(hh_inlibid), "hh_intime" => optional(hh_intime), "hh_number" =>
    field(hh_number), "hh_orderid" => optional(hh_orderid), "hh_outempid" =>
    optional(hh_outempid), "hh_outlibid" => field(hh_outlibid), "hh_outtime" =>
    optional(hh_outtime), "hh_remark" => optional(hh_remark), "hh_state" =>
    optional(hh_state), "hh_title" => field(hh_title), "hh_type" => optional(hh_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditExchangeRequestData { "child_mx" => read_field(child_mx), "data_userid" =>
    read_field(data_userid), "hh_customerid" => read_field(hh_customerid), "hh_date" =>
    read_field(hh_date), "hh_inempid" => read_field(hh_inempid), "hh_inlibid" =>
    read_field(hh_inlibid), "hh_intime" => read_field(hh_intime), "hh_number" =>
    read_field(hh_number), "hh_orderid" => read_field(hh_orderid), "hh_outempid" =>
    read_field(hh_outempid), "hh_outlibid" => read_field(hh_outlibid), "hh_outtime" =>
    read_field(hh_outtime), "hh_remark" => read_field(hh_remark), "hh_state" =>
    read_field(hh_state), "hh_title" => read_field(hh_title), "hh_type" =>
    read_field(hh_type) }
}
/// `EditExchangeResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditExchangeResponseBody = EditContactResponseBody;
/// `EditGoodsRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditGoodsRequestData {
    /// `addedtime`.
    pub addedtime: Option<String>,
    /// `cbprice`.
    pub cbprice: Option<String>,
    /// `cp_parentid`.
    pub cp_parentid: Option<String>,
    /// `cparea`.
    pub cparea: Option<String>,
    /// `cpbarcode`.
    pub cpbarcode: Option<String>,
    /// `cpbrand`.
    pub cpbrand: Option<String>,
    /// `cpcontent`.
    pub cpcontent: Option<String>,
    /// `cpguige`.
    pub cpguige: Option<String>,
    /// `cpimg`.
    pub cpimg: Option<String>,
    /// `cpname`.
    pub cpname: String,
    /// `cpno`.
    pub cpno: Option<String>,
    /// `cpremark`.
    pub cpremark: Option<String>,
    /// `cptype`.
    pub cptype: Option<String>,
    /// `cpunit`.
    pub cpunit: String,
    /// `cpweight`.
    pub cpweight: Option<String>,
    /// `data_userid`.
    pub data_userid: String,
    /// `gysid`.
    pub gysid: Option<String>,
    /// `ispicimanage`.
    pub ispicimanage: Option<String>,
    /// `issnmanage`.
    pub issnmanage: Option<String>,
    /// `isstock`.
    pub isstock: Option<String>,
    /// `isstop`.
    pub isstop: Option<String>,
    /// `preprice1`.
    pub preprice1: Option<String>,
    /// `preprice2`.
    pub preprice2: Option<String>,
    /// `preprice3`.
    pub preprice3: Option<String>,
    /// `preprice4`.
    pub preprice4: Option<String>,
    /// `stockdown`.
    pub stockdown: Option<String>,
    /// `stockup`.
    pub stockup: Option<String>,
    /// `typeid`.
    pub typeid: Option<String>,
    /// `unitrate`.
    pub unitrate: String,
}
/// The required fields of [`EditGoodsRequestData`], each named where it is set: `EditGoodsRequestData::new(EditGoodsRequestDataRequired { .. })`.
pub struct EditGoodsRequestDataRequired {
    /// `cpname`: see [`EditGoodsRequestData::cpname`].
    pub cpname: String,
    /// `cpunit`: see [`EditGoodsRequestData::cpunit`].
    pub cpunit: String,
    /// `data_userid`: see [`EditGoodsRequestData::data_userid`].
    pub data_userid: String,
    /// `unitrate`: see [`EditGoodsRequestData::unitrate`].
    pub unitrate: String,
}
impl EditGoodsRequestData {
    /// A `EditGoodsRequestData` with its required fields (`cpname`, `cpunit`, `data_userid`, `unitrate`); set the others with the methods named after them.
    pub fn new(required: EditGoodsRequestDataRequired) -> Self {
        let EditGoodsRequestDataRequired { cpname, cpunit, data_userid, unitrate } = required;
        Self {
            addedtime: None,
            cbprice: None,
            cp_parentid: None,
            cparea: None,
            cpbarcode: None,
            cpbrand: None,
            cpcontent: None,
            cpguige: None,
            cpimg: None,
            cpname,
            cpno: None,
            cpremark: None,
            cptype: None,
            cpunit,
            cpweight: None,
            data_userid,
            gysid: None,
            ispicimanage: None,
            issnmanage: None,
            isstock: None,
            isstop: None,
            preprice1: None,
            preprice2: None,
            preprice3: None,
            preprice4: None,
            stockdown: None,
            stockup: None,
            typeid: None,
            unitrate,
        }
    }
    /// Sets `addedtime`.
    pub fn addedtime(mut self, value: impl Into<String>) -> Self {
        self.addedtime = Some(value.into());
        self
    }
    /// Sets `cbprice`.
    pub fn cbprice(mut self, value: impl Into<String>) -> Self {
        self.cbprice = Some(value.into());
        self
    }
    /// Sets `cp_parentid`.
    pub fn cp_parentid(mut self, value: impl Into<String>) -> Self {
        self.cp_parentid = Some(value.into());
        self
    }
    /// Sets `cparea`.
    pub fn cparea(mut self, value: impl Into<String>) -> Self {
        self.cparea = Some(value.into());
        self
    }
    /// Sets `cpbarcode`.
    pub fn cpbarcode(mut self, value: impl Into<String>) -> Self {
        self.cpbarcode = Some(value.into());
        self
    }
    /// Sets `cpbrand`.
    pub fn cpbrand(mut self, value: impl Into<String>) -> Self {
        self.cpbrand = Some(value.into());
        self
    }
    /// Sets `cpcontent`.
    pub fn cpcontent(mut self, value: impl Into<String>) -> Self {
        self.cpcontent = Some(value.into());
        self
    }
    /// Sets `cpguige`.
    pub fn cpguige(mut self, value: impl Into<String>) -> Self {
        self.cpguige = Some(value.into());
        self
    }
    /// Sets `cpimg`.
    pub fn cpimg(mut self, value: impl Into<String>) -> Self {
        self.cpimg = Some(value.into());
        self
    }
    /// Sets `cpno`.
    pub fn cpno(mut self, value: impl Into<String>) -> Self {
        self.cpno = Some(value.into());
        self
    }
    /// Sets `cpremark`.
    pub fn cpremark(mut self, value: impl Into<String>) -> Self {
        self.cpremark = Some(value.into());
        self
    }
    /// Sets `cptype`.
    pub fn cptype(mut self, value: impl Into<String>) -> Self {
        self.cptype = Some(value.into());
        self
    }
    /// Sets `cpweight`.
    pub fn cpweight(mut self, value: impl Into<String>) -> Self {
        self.cpweight = Some(value.into());
        self
    }
    /// Sets `gysid`.
    pub fn gysid(mut self, value: impl Into<String>) -> Self {
        self.gysid = Some(value.into());
        self
    }
    /// Sets `ispicimanage`.
    pub fn ispicimanage(mut self, value: impl Into<String>) -> Self {
        self.ispicimanage = Some(value.into());
        self
    }
    /// Sets `issnmanage`.
    pub fn issnmanage(mut self, value: impl Into<String>) -> Self {
        self.issnmanage = Some(value.into());
        self
    }
    /// Sets `isstock`.
    pub fn isstock(mut self, value: impl Into<String>) -> Self {
        self.isstock = Some(value.into());
        self
    }
    /// Sets `isstop`.
    pub fn isstop(mut self, value: impl Into<String>) -> Self {
        self.isstop = Some(value.into());
        self
    }
    /// Sets `preprice1`.
    pub fn preprice1(mut self, value: impl Into<String>) -> Self {
        self.preprice1 = Some(value.into());
        self
    }
    /// Sets `preprice2`.
    pub fn preprice2(mut self, value: impl Into<String>) -> Self {
        self.preprice2 = Some(value.into());
        self
    }
    /// Sets `preprice3`.
    pub fn preprice3(mut self, value: impl Into<String>) -> Self {
        self.preprice3 = Some(value.into());
        self
    }
    /// Sets `preprice4`.
    pub fn preprice4(mut self, value: impl Into<String>) -> Self {
        self.preprice4 = Some(value.into());
        self
    }
    /// Sets `stockdown`.
    pub fn stockdown(mut self, value: impl Into<String>) -> Self {
        self.stockdown = Some(value.into());
        self
    }
    /// Sets `stockup`.
    pub fn stockup(mut self, value: impl Into<String>) -> Self {
        self.stockup = Some(value.into());
        self
    }
    /// Sets `typeid`.
    pub fn typeid(mut self, value: impl Into<String>) -> Self {
        self.typeid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditGoodsRequestData { "addedtime" => optional(addedtime), "cbprice" =>
    optional(cbprice), "cp_parentid" => optional(cp_parentid), "cparea" =>
    optional(cparea), "cpbarcode" => optional(cpbarcode), "cpbrand" => optional(cpbrand),
    "cpcontent" => optional(cpcontent), "cpguige" => optional(cpguige), "cpimg" =>
    optional(cpimg), "cpname" => field(cpname), "cpno" => optional(cpno), "cpremark" =>
    optional(cpremark), "cptype" => optional(cptype), "cpunit" => field(cpunit),
    "cpweight" => optional(cpweight), "data_userid" => field(data_userid), "gysid" =>
    optional(gysid), "ispicimanage" => optional(ispicimanage), "issnmanage" =>
    optional(issnmanage), "isstock" => optional(isstock), "isstop" => optional(isstop),
    "preprice1" => optional(preprice1), "preprice2" => optional(preprice2), "preprice3"
    => optional(preprice3), "preprice4" => optional(preprice4), "stockdown" =>
    optional(stockdown), "stockup" => optional(stockup), "typeid" => optional(typeid),
    "unitrate" => field(unitrate) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditGoodsRequestData { "addedtime" => read_field(addedtime), "cbprice" =>
    read_field(cbprice), "cp_parentid" => read_field(cp_parentid), "cparea" =>
    read_field(cparea), "cpbarcode" => read_field(cpbarcode), "cpbrand" =>
    read_field(cpbrand), "cpcontent" => read_field(cpcontent), "cpguige" =>
    read_field(cpguige), "cpimg" => read_field(cpimg), "cpname" => read_field(cpname),
    "cpno" => read_field(cpno), "cpremark" => read_field(cpremark), "cptype" =>
    read_field(cptype), "cpunit" => read_field(cpunit), "cpweight" =>
    read_field(cpweight), "data_userid" => read_field(data_userid), "gysid" =>
    read_field(gysid), "ispicimanage" => read_field(ispicimanage), "issnmanage" =>
    read_field(issnmanage), "isstock" => read_field(isstock), "isstop" =>
    read_field(isstop), "preprice1" => read_field(preprice1), "preprice2" =>
    read_field(preprice2), "preprice3" => read_field(preprice3), "preprice4" =>
    read_field(preprice4), "stockdown" => read_field(stockdown), "stockup" =>
    read_field(stockup), "typeid" => read_field(typeid), "unitrate" =>
    read_field(unitrate) }
}
/// `EditGoodsResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditGoodsResponseBody = EditContactResponseBody;
/// `EditIntostockRequestData`, a model several operations share: also named [`EditOutstockRequestData`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditIntostockRequestData {
    /// `askempid`.
    pub askempid: Option<String>,
    /// `auditreson`.
    pub auditreson: Option<String>,
    /// `billno`.
    pub billno: String,
    /// `child_mx`.
    pub child_mx: String,
    /// `customerid`.
    pub customerid: Option<String>,
    /// `data_userid`.
    pub data_userid: String,
    /// `empid`.
    pub empid: String,
    /// `inorout`.
    pub inorout: Option<String>,
    /// `libiodate`.
    pub libiodate: String,
    /// `libioname`.
    pub libioname: Option<String>,
    /// `libiostate`.
    pub libiostate: String,
    /// `orderid`.
    pub orderid: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `stocklibid`.
    pub stocklibid: String,
}
/// The required fields of [`EditIntostockRequestData`], each named where it is set: `EditIntostockRequestData::new(EditIntostockRequestDataRequired { .. })`.
pub struct EditIntostockRequestDataRequired {
    /// `billno`: see [`EditIntostockRequestData::billno`].
    pub billno: String,
    /// `child_mx`: see [`EditIntostockRequestData::child_mx`].
    pub child_mx: String,
    /// `data_userid`: see [`EditIntostockRequestData::data_userid`].
    pub data_userid: String,
    /// `empid`: see [`EditIntostockRequestData::empid`].
    pub empid: String,
    /// `libiodate`: see [`EditIntostockRequestData::libiodate`].
    pub libiodate: String,
    /// `libiostate`: see [`EditIntostockRequestData::libiostate`].
    pub libiostate: String,
    /// `stocklibid`: see [`EditIntostockRequestData::stocklibid`].
    pub stocklibid: String,
}
impl EditIntostockRequestData {
    /// A `EditIntostockRequestData` with its required fields (`billno`, `child_mx`, `data_userid`, `empid`, `libiodate`, `libiostate`, `stocklibid`); set the others with the methods named after them.
    pub fn new(required: EditIntostockRequestDataRequired) -> Self {
        let EditIntostockRequestDataRequired {
            billno,
            child_mx,
            data_userid,
            empid,
            libiodate,
            libiostate,
            stocklibid,
        } = required;
        Self {
            askempid: None,
            auditreson: None,
            billno,
            child_mx,
            customerid: None,
            data_userid,
            empid,
            inorout: None,
            libiodate,
            libioname: None,
            libiostate,
            orderid: None,
            remark: None,
            stocklibid,
        }
    }
    /// Sets `askempid`.
    pub fn askempid(mut self, value: impl Into<String>) -> Self {
        self.askempid = Some(value.into());
        self
    }
    /// Sets `auditreson`.
    pub fn auditreson(mut self, value: impl Into<String>) -> Self {
        self.auditreson = Some(value.into());
        self
    }
    /// Sets `customerid`.
    pub fn customerid(mut self, value: impl Into<String>) -> Self {
        self.customerid = Some(value.into());
        self
    }
    /// Sets `inorout`.
    pub fn inorout(mut self, value: impl Into<String>) -> Self {
        self.inorout = Some(value.into());
        self
    }
    /// Sets `libioname`.
    pub fn libioname(mut self, value: impl Into<String>) -> Self {
        self.libioname = Some(value.into());
        self
    }
    /// Sets `orderid`.
    pub fn orderid(mut self, value: impl Into<String>) -> Self {
        self.orderid = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditIntostockRequestData { "askempid" => optional(askempid), "auditreson" =>
    optional(auditreson), "billno" => field(billno), "child_mx" => field(child_mx),
    "customerid" => optional(customerid), "data_userid" => field(data_userid), "empid" =>
    field(empid), "inorout" => optional(inorout), "libiodate" => field(libiodate),
    "libioname" => optional(libioname), "libiostate" => field(libiostate), "orderid" =>
    optional(orderid), "remark" => optional(remark), "stocklibid" => field(stocklibid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditIntostockRequestData { "askempid" => read_field(askempid), "auditreson" =>
    read_field(auditreson), "billno" => read_field(billno), "child_mx" =>
    read_field(child_mx), "customerid" => read_field(customerid), "data_userid" =>
    read_field(data_userid), "empid" => read_field(empid), "inorout" =>
    read_field(inorout), "libiodate" => read_field(libiodate), "libioname" =>
    read_field(libioname), "libiostate" => read_field(libiostate), "orderid" =>
    read_field(orderid), "remark" => read_field(remark), "stocklibid" =>
    read_field(stocklibid) }
}
/// `EditIntostockResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditIntostockResponseBody = EditContactResponseBody;
/// `EditInvoiceRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditInvoiceRequestData {
    /// `child_mx`.
    pub child_mx: Option<String>,
    /// `data_userid`.
    pub data_userid: String,
    /// `fh_address`.
    pub fh_address: Option<String>,
    /// `fh_customerid`.
    pub fh_customerid: String,
    /// `fh_date`.
    pub fh_date: String,
    /// `fh_email`.
    pub fh_email: Option<String>,
    /// `fh_handset`.
    pub fh_handset: Option<String>,
    /// `fh_htorder`.
    pub fh_htorder: Option<String>,
    /// `fh_jianshu`.
    pub fh_jianshu: Option<String>,
    /// `fh_kg`.
    pub fh_kg: Option<String>,
    /// `fh_linkman`.
    pub fh_linkman: Option<String>,
    /// `fh_lxrid`.
    pub fh_lxrid: Option<String>,
    /// `fh_mode`.
    pub fh_mode: String,
    /// `fh_msn`.
    pub fh_msn: Option<String>,
    /// `fh_number`.
    pub fh_number: String,
    /// `fh_post`.
    pub fh_post: Option<String>,
    /// `fh_preside`.
    pub fh_preside: Option<String>,
    /// `fh_remark`.
    pub fh_remark: Option<String>,
    /// `fh_shipper`.
    pub fh_shipper: Option<String>,
    /// `fh_state`.
    pub fh_state: Option<String>,
    /// `fh_tel`.
    pub fh_tel: Option<String>,
    /// `fh_title`.
    pub fh_title: Option<String>,
    /// `fh_yunfei`.
    pub fh_yunfei: Option<String>,
}
/// The required fields of [`EditInvoiceRequestData`], each named where it is set: `EditInvoiceRequestData::new(EditInvoiceRequestDataRequired { .. })`.
pub struct EditInvoiceRequestDataRequired {
    /// `data_userid`: see [`EditInvoiceRequestData::data_userid`].
    pub data_userid: String,
    /// `fh_customerid`: see [`EditInvoiceRequestData::fh_customerid`].
    pub fh_customerid: String,
    /// `fh_date`: see [`EditInvoiceRequestData::fh_date`].
    pub fh_date: String,
    /// `fh_mode`: see [`EditInvoiceRequestData::fh_mode`].
    pub fh_mode: String,
    /// `fh_number`: see [`EditInvoiceRequestData::fh_number`].
    pub fh_number: String,
}
impl EditInvoiceRequestData {
    /// A `EditInvoiceRequestData` with its required fields (`data_userid`, `fh_customerid`, `fh_date`, `fh_mode`, `fh_number`); set the others with the methods named after them.
    pub fn new(required: EditInvoiceRequestDataRequired) -> Self {
        let EditInvoiceRequestDataRequired {
            data_userid,
            fh_customerid,
            fh_date,
            fh_mode,
            fh_number,
        } = required;
        Self {
            child_mx: None,
            data_userid,
            fh_address: None,
            fh_customerid,
            fh_date,
            fh_email: None,
            fh_handset: None,
            fh_htorder: None,
            fh_jianshu: None,
            fh_kg: None,
            fh_linkman: None,
            fh_lxrid: None,
            fh_mode,
            fh_msn: None,
            fh_number,
            fh_post: None,
            fh_preside: None,
            fh_remark: None,
            fh_shipper: None,
            fh_state: None,
            fh_tel: None,
            fh_title: None,
            fh_yunfei: None,
        }
    }
    /// Sets `child_mx`.
    pub fn child_mx(mut self, value: impl Into<String>) -> Self {
        self.child_mx = Some(value.into());
        self
    }
    /// Sets `fh_address`.
    pub fn fh_address(mut self, value: impl Into<String>) -> Self {
        self.fh_address = Some(value.into());
        self
    }
    /// Sets `fh_email`.
    pub fn fh_email(mut self, value: impl Into<String>) -> Self {
        self.fh_email = Some(value.into());
        self
    }
    /// Sets `fh_handset`.
    pub fn fh_handset(mut self, value: impl Into<String>) -> Self {
        self.fh_handset = Some(value.into());
        self
    }
    /// Sets `fh_htorder`.
    pub fn fh_htorder(mut self, value: impl Into<String>) -> Self {
        self.fh_htorder = Some(value.into());
        self
    }
    /// Sets `fh_jianshu`.
    pub fn fh_jianshu(mut self, value: impl Into<String>) -> Self {
        self.fh_jianshu = Some(value.into());
        self
    }
    /// Sets `fh_kg`.
    pub fn fh_kg(mut self, value: impl Into<String>) -> Self {
        self.fh_kg = Some(value.into());
        self
    }
    /// Sets `fh_linkman`.
    pub fn fh_linkman(mut self, value: impl Into<String>) -> Self {
        self.fh_linkman = Some(value.into());
        self
    }
    /// Sets `fh_lxrid`.
    pub fn fh_lxrid(mut self, value: impl Into<String>) -> Self {
        self.fh_lxrid = Some(value.into());
        self
    }
    /// Sets `fh_msn`.
    pub fn fh_msn(mut self, value: impl Into<String>) -> Self {
        self.fh_msn = Some(value.into());
        self
    }
    /// Sets `fh_post`.
    pub fn fh_post(mut self, value: impl Into<String>) -> Self {
        self.fh_post = Some(value.into());
        self
    }
    /// Sets `fh_preside`.
    pub fn fh_preside(mut self, value: impl Into<String>) -> Self {
        self.fh_preside = Some(value.into());
        self
    }
    /// Sets `fh_remark`.
    pub fn fh_remark(mut self, value: impl Into<String>) -> Self {
        self.fh_remark = Some(value.into());
        self
    }
    /// Sets `fh_shipper`.
    pub fn fh_shipper(mut self, value: impl Into<String>) -> Self {
        self.fh_shipper = Some(value.into());
        self
    }
    /// Sets `fh_state`.
    pub fn fh_state(mut self, value: impl Into<String>) -> Self {
        self.fh_state = Some(value.into());
        self
    }
    /// Sets `fh_tel`.
    pub fn fh_tel(mut self, value: impl Into<String>) -> Self {
        self.fh_tel = Some(value.into());
        self
    }
    /// Sets `fh_title`.
    pub fn fh_title(mut self, value: impl Into<String>) -> Self {
        self.fh_title = Some(value.into());
        self
    }
    /// Sets `fh_yunfei`.
    pub fn fh_yunfei(mut self, value: impl Into<String>) -> Self {
        self.fh_yunfei = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditInvoiceRequestData { "child_mx" => optional(child_mx), "data_userid" =>
    field(data_userid), "fh_address" => optional(fh_address), "fh_customerid" =>
    field(fh_customerid), "fh_date" => field(fh_date), "fh_email" => optional(fh_email),
    "fh_handset" => optional(fh_handset), "fh_htorder" => optional(fh_htorder),
    "fh_jianshu" => optional(fh_jianshu), "fh_kg" => optional(fh_kg), "fh_linkman" =>
    optional(fh_linkman), "fh_lxrid" => optional(fh_lxrid), "fh_mode" => field(fh_mode),
    "fh_msn" => optional(fh_msn), "fh_number" => field(fh_number), "fh_post" =>
    optional(fh_post), "fh_preside" => optional(fh_preside), "fh_remark" =>
    optional(fh_remark), "fh_shipper" => optional(fh_shipper), "fh_state" =>
    optional(fh_state), "fh_tel" => optional(fh_tel), "fh_title" => optional(fh_title),
    "fh_yunfei" => optional(fh_yunfei) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditInvoiceRequestData { "child_mx" => read_field(child_mx), "data_userid" =>
    read_field(data_userid), "fh_address" => read_field(fh_address), "fh_customerid" =>
    read_field(fh_customerid), "fh_date" => read_field(fh_date), "fh_email" =>
    read_field(fh_email), "fh_handset" => read_field(fh_handset), "fh_htorder" =>
    read_field(fh_htorder), "fh_jianshu" => read_field(fh_jianshu), "fh_kg" =>
    read_field(fh_kg), "fh_linkman" => read_field(fh_linkman), "fh_lxrid" =>
    read_field(fh_lxrid), "fh_mode" => read_field(fh_mode), "fh_msn" =>
    read_field(fh_msn), "fh_number" => read_field(fh_number), "fh_post" =>
    read_field(fh_post), "fh_preside" => read_field(fh_preside), "fh_remark" =>
    read_field(fh_remark), "fh_shipper" => read_field(fh_shipper), "fh_state" =>
    read_field(fh_state), "fh_tel" => read_field(fh_tel), "fh_title" =>
    read_field(fh_title), "fh_yunfei" => read_field(fh_yunfei) }
}
/// `EditInvoiceResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditInvoiceResponseBody = EditContactResponseBody;
/// `EditOrderRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditOrderRequestData {
    /// `child_mx`.
    pub child_mx: Option<String>,
    /// `data_userid`.
    pub data_userid: String,
    /// `fahuoaddressid`.
    pub fahuoaddressid: Option<String>,
    /// `ht_begindate`.
    pub ht_begindate: Option<String>,
    /// `ht_contract`.
    pub ht_contract: Option<String>,
    /// `ht_customerid`.
    pub ht_customerid: String,
    /// `ht_cusub`.
    pub ht_cusub: Option<String>,
    /// `ht_date`.
    pub ht_date: String,
    /// `ht_deliplace`.
    pub ht_deliplace: Option<String>,
    /// `ht_enddate`.
    pub ht_enddate: Option<String>,
    /// `ht_fjmoney`.
    pub ht_fjmoney: Option<String>,
    /// `ht_fjmoneylx`.
    pub ht_fjmoneylx: Option<String>,
    /// `ht_kjmoney`.
    pub ht_kjmoney: Option<String>,
    /// `ht_lxrid`.
    pub ht_lxrid: Option<String>,
    /// `ht_lxrinfo`.
    pub ht_lxrinfo: Option<String>,
    /// `ht_moneyzhekou`.
    pub ht_moneyzhekou: Option<String>,
    /// `ht_number`.
    pub ht_number: Option<String>,
    /// `ht_order`.
    pub ht_order: String,
    /// `ht_paymode`.
    pub ht_paymode: Option<String>,
    /// `ht_preside`.
    pub ht_preside: String,
    /// `ht_remark`.
    pub ht_remark: Option<String>,
    /// `ht_state`.
    pub ht_state: String,
    /// `ht_summemo`.
    pub ht_summemo: Option<String>,
    /// `ht_summoney`.
    pub ht_summoney: String,
    /// `ht_title`.
    pub ht_title: Option<String>,
    /// `ht_type`.
    pub ht_type: Option<String>,
    /// `ht_wesub`.
    pub ht_wesub: Option<String>,
    /// `ht_wuliutype`.
    pub ht_wuliutype: Option<String>,
    /// `ht_xshid`.
    pub ht_xshid: Option<String>,
    /// `ht_yunfeimoney`.
    pub ht_yunfeimoney: Option<String>,
}
/// The required fields of [`EditOrderRequestData`], each named where it is set: `EditOrderRequestData::new(EditOrderRequestDataRequired { .. })`.
pub struct EditOrderRequestDataRequired {
    /// `data_userid`: see [`EditOrderRequestData::data_userid`].
    pub data_userid: String,
    /// `ht_customerid`: see [`EditOrderRequestData::ht_customerid`].
    pub ht_customerid: String,
    /// `ht_date`: see [`EditOrderRequestData::ht_date`].
    pub ht_date: String,
    /// `ht_order`: see [`EditOrderRequestData::ht_order`].
    pub ht_order: String,
    /// `ht_preside`: see [`EditOrderRequestData::ht_preside`].
    pub ht_preside: String,
    /// `ht_state`: see [`EditOrderRequestData::ht_state`].
    pub ht_state: String,
    /// `ht_summoney`: see [`EditOrderRequestData::ht_summoney`].
    pub ht_summoney: String,
}
impl EditOrderRequestData {
    /// A `EditOrderRequestData` with its required fields (`data_userid`, `ht_customerid`, `ht_date`, `ht_order`, `ht_preside`, `ht_state`, `ht_summoney`); set the others with the methods named after them.
    pub fn new(required: EditOrderRequestDataRequired) -> Self {
        let EditOrderRequestDataRequired {
            data_userid,
            ht_customerid,
            ht_date,
            ht_order,
            ht_preside,
            ht_state,
            ht_summoney,
        } = required;
        Self {
            child_mx: None,
            data_userid,
            fahuoaddressid: None,
            ht_begindate: None,
            ht_contract: None,
            ht_customerid,
            ht_cusub: None,
            ht_date,
            ht_deliplace: None,
            ht_enddate: None,
            ht_fjmoney: None,
            ht_fjmoneylx: None,
            ht_kjmoney: None,
            ht_lxrid: None,
            ht_lxrinfo: None,
            ht_moneyzhekou: None,
            ht_number: None,
            ht_order,
            ht_paymode: None,
            ht_preside,
            ht_remark: None,
            ht_state,
            ht_summemo: None,
            ht_summoney,
            ht_title: None,
            ht_type: None,
            ht_wesub: None,
            ht_wuliutype: None,
            ht_xshid: None,
            ht_yunfeimoney: None,
        }
    }
    /// Sets `child_mx`.
    pub fn child_mx(mut self, value: impl Into<String>) -> Self {
        self.child_mx = Some(value.into());
        self
    }
    /// Sets `fahuoaddressid`.
    pub fn fahuoaddressid(mut self, value: impl Into<String>) -> Self {
        self.fahuoaddressid = Some(value.into());
        self
    }
    /// Sets `ht_begindate`.
    pub fn ht_begindate(mut self, value: impl Into<String>) -> Self {
        self.ht_begindate = Some(value.into());
        self
    }
    /// Sets `ht_contract`.
    pub fn ht_contract(mut self, value: impl Into<String>) -> Self {
        self.ht_contract = Some(value.into());
        self
    }
    /// Sets `ht_cusub`.
    pub fn ht_cusub(mut self, value: impl Into<String>) -> Self {
        self.ht_cusub = Some(value.into());
        self
    }
    /// Sets `ht_deliplace`.
    pub fn ht_deliplace(mut self, value: impl Into<String>) -> Self {
        self.ht_deliplace = Some(value.into());
        self
    }
    /// Sets `ht_enddate`.
    pub fn ht_enddate(mut self, value: impl Into<String>) -> Self {
        self.ht_enddate = Some(value.into());
        self
    }
    /// Sets `ht_fjmoney`.
    pub fn ht_fjmoney(mut self, value: impl Into<String>) -> Self {
        self.ht_fjmoney = Some(value.into());
        self
    }
    /// Sets `ht_fjmoneylx`.
    pub fn ht_fjmoneylx(mut self, value: impl Into<String>) -> Self {
        self.ht_fjmoneylx = Some(value.into());
        self
    }
    /// Sets `ht_kjmoney`.
    pub fn ht_kjmoney(mut self, value: impl Into<String>) -> Self {
        self.ht_kjmoney = Some(value.into());
        self
    }
    /// Sets `ht_lxrid`.
    pub fn ht_lxrid(mut self, value: impl Into<String>) -> Self {
        self.ht_lxrid = Some(value.into());
        self
    }
    /// Sets `ht_lxrinfo`.
    pub fn ht_lxrinfo(mut self, value: impl Into<String>) -> Self {
        self.ht_lxrinfo = Some(value.into());
        self
    }
    /// Sets `ht_moneyzhekou`.
    pub fn ht_moneyzhekou(mut self, value: impl Into<String>) -> Self {
        self.ht_moneyzhekou = Some(value.into());
        self
    }
    /// Sets `ht_number`.
    pub fn ht_number(mut self, value: impl Into<String>) -> Self {
        self.ht_number = Some(value.into());
        self
    }
    /// Sets `ht_paymode`.
    pub fn ht_paymode(mut self, value: impl Into<String>) -> Self {
        self.ht_paymode = Some(value.into());
        self
    }
    /// Sets `ht_remark`.
    pub fn ht_remark(mut self, value: impl Into<String>) -> Self {
        self.ht_remark = Some(value.into());
        self
    }
    /// Sets `ht_summemo`.
    pub fn ht_summemo(mut self, value: impl Into<String>) -> Self {
        self.ht_summemo = Some(value.into());
        self
    }
    /// Sets `ht_title`.
    pub fn ht_title(mut self, value: impl Into<String>) -> Self {
        self.ht_title = Some(value.into());
        self
    }
    /// Sets `ht_type`.
    pub fn ht_type(mut self, value: impl Into<String>) -> Self {
        self.ht_type = Some(value.into());
        self
    }
    /// Sets `ht_wesub`.
    pub fn ht_wesub(mut self, value: impl Into<String>) -> Self {
        self.ht_wesub = Some(value.into());
        self
    }
    /// Sets `ht_wuliutype`.
    pub fn ht_wuliutype(mut self, value: impl Into<String>) -> Self {
        self.ht_wuliutype = Some(value.into());
        self
    }
    /// Sets `ht_xshid`.
    pub fn ht_xshid(mut self, value: impl Into<String>) -> Self {
        self.ht_xshid = Some(value.into());
        self
    }
    /// Sets `ht_yunfeimoney`.
    pub fn ht_yunfeimoney(mut self, value: impl Into<String>) -> Self {
        self.ht_yunfeimoney = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditOrderRequestData { "child_mx" => optional(child_mx), "data_userid" =>
    field(data_userid), "fahuoaddressid" => optional(fahuoaddressid), "ht_begindate" =>
    optional(ht_begindate), "ht_contract" => optional(ht_contract), "ht_customerid" =>
    field(ht_customerid), "ht_cusub" => optional(ht_cusub), "ht_date" => field(ht_date),
    "ht_deliplace" => optional(ht_deliplace), "ht_enddate" => optional(ht_enddate),
    "ht_fjmoney" => optional(ht_fjmoney), "ht_fjmoneylx" => optional(ht_fjmoneylx),
    "ht_kjmoney" => optional(ht_kjmoney), "ht_lxrid" => optional(ht_lxrid), "ht_lxrinfo"
    => optional(ht_lxrinfo), "ht_moneyzhekou" => optional(ht_moneyzhekou), "ht_number" =>
    optional(ht_number), "ht_order" => field(ht_order), "ht_paymode" =>
    optional(ht_paymode), "ht_preside" => field(ht_preside), "ht_remark" =>
    optional(ht_remark), "ht_state" => field(ht_state), "ht_summemo" =>
    optional(ht_summemo), "ht_summoney" => field(ht_summoney), "ht_title" =>
    optional(ht_title), "ht_type" => optional(ht_type), "ht_wesub" => optional(ht_wesub),
    "ht_wuliutype" => optional(ht_wuliutype), "ht_xshid" => optional(ht_xshid),
    "ht_yunfeimoney" => optional(ht_yunfeimoney) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditOrderRequestData { "child_mx" => read_field(child_mx), "data_userid" =>
    read_field(data_userid), "fahuoaddressid" => read_field(fahuoaddressid),
    "ht_begindate" => read_field(ht_begindate), "ht_contract" => read_field(ht_contract),
    "ht_customerid" => read_field(ht_customerid), "ht_cusub" => read_field(ht_cusub),
    "ht_date" => read_field(ht_date), "ht_deliplace" => read_field(ht_deliplace),
    "ht_enddate" => read_field(ht_enddate), "ht_fjmoney" => read_field(ht_fjmoney),
    "ht_fjmoneylx" => read_field(ht_fjmoneylx), "ht_kjmoney" => read_field(ht_kjmoney),
    "ht_lxrid" => read_field(ht_lxrid), "ht_lxrinfo" => read_field(ht_lxrinfo),
    "ht_moneyzhekou" => read_field(ht_moneyzhekou), "ht_number" => read_field(ht_number),
    "ht_order" => read_field(ht_order), "ht_paymode" => read_field(ht_paymode),
    "ht_preside" => read_field(ht_preside), "ht_remark" => read_field(ht_remark),
    "ht_state" => read_field(ht_state), "ht_summemo" => read_field(ht_summemo),
    "ht_summoney" => read_field(ht_summoney), "ht_title" => read_field(ht_title),
    "ht_type" => read_field(ht_type), "ht_wesub" => read_field(ht_wesub), "ht_wuliutype"
    => read_field(ht_wuliutype), "ht_xshid" => read_field(ht_xshid), "ht_yunfeimoney" =>
    read_field(ht_yunfeimoney) }
}
/// `EditOrderResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditOrderResponseBody = EditContactResponseBody;
/// `EditOutstockRequestData`: the same model as [`EditIntostockRequestData`].
pub type EditOutstockRequestData = EditIntostockRequestData;
/// The required fields of [`EditOutstockRequestData`].
pub type EditOutstockRequestDataRequired = EditIntostockRequestDataRequired;
/// `EditOutstockResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditOutstockResponseBody = EditContactResponseBody;
/// `EditProductionRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditProductionRequestData {
    /// `data_userid`.
    pub data_userid: String,
    /// `sch_customerid`.
    pub sch_customerid: Option<String>,
    /// `sch_endtime`.
    pub sch_endtime: Option<String>,
    /// `sch_finished`.
    pub sch_finished: Option<String>,
    /// `sch_htid`.
    pub sch_htid: Option<String>,
    /// `sch_makeemp`.
    pub sch_makeemp: Option<String>,
    /// `sch_number`.
    pub sch_number: String,
    /// `sch_planendtime`.
    pub sch_planendtime: String,
    /// `sch_principal`.
    pub sch_principal: Option<String>,
    /// `sch_remark`.
    pub sch_remark: Option<String>,
    /// `sch_starttime`.
    pub sch_starttime: String,
    /// `sch_statesstr`.
    pub sch_statesstr: Option<String>,
    /// `sch_title`.
    pub sch_title: String,
}
/// The required fields of [`EditProductionRequestData`], each named where it is set: `EditProductionRequestData::new(EditProductionRequestDataRequired { .. })`.
pub struct EditProductionRequestDataRequired {
    /// `data_userid`: see [`EditProductionRequestData::data_userid`].
    pub data_userid: String,
    /// `sch_number`: see [`EditProductionRequestData::sch_number`].
    pub sch_number: String,
    /// `sch_planendtime`: see [`EditProductionRequestData::sch_planendtime`].
    pub sch_planendtime: String,
    /// `sch_starttime`: see [`EditProductionRequestData::sch_starttime`].
    pub sch_starttime: String,
    /// `sch_title`: see [`EditProductionRequestData::sch_title`].
    pub sch_title: String,
}
impl EditProductionRequestData {
    /// A `EditProductionRequestData` with its required fields (`data_userid`, `sch_number`, `sch_planendtime`, `sch_starttime`, `sch_title`); set the others with the methods named after them.
    pub fn new(required: EditProductionRequestDataRequired) -> Self {
        let EditProductionRequestDataRequired {
            data_userid,
            sch_number,
            sch_planendtime,
            sch_starttime,
            sch_title,
        } = required;
        Self {
            data_userid,
            sch_customerid: None,
            sch_endtime: None,
            sch_finished: None,
            sch_htid: None,
            sch_makeemp: None,
            sch_number,
            sch_planendtime,
            sch_principal: None,
            sch_remark: None,
            sch_starttime,
            sch_statesstr: None,
            sch_title,
        }
    }
    /// Sets `sch_customerid`.
    pub fn sch_customerid(mut self, value: impl Into<String>) -> Self {
        self.sch_customerid = Some(value.into());
        self
    }
    /// Sets `sch_endtime`.
    pub fn sch_endtime(mut self, value: impl Into<String>) -> Self {
        self.sch_endtime = Some(value.into());
        self
    }
    /// Sets `sch_finished`.
    pub fn sch_finished(mut self, value: impl Into<String>) -> Self {
        self.sch_finished = Some(value.into());
        self
    }
    /// Sets `sch_htid`.
    pub fn sch_htid(mut self, value: impl Into<String>) -> Self {
        self.sch_htid = Some(value.into());
        self
    }
    /// Sets `sch_makeemp`.
    pub fn sch_makeemp(mut self, value: impl Into<String>) -> Self {
        self.sch_makeemp = Some(value.into());
        self
    }
    /// Sets `sch_principal`.
    pub fn sch_principal(mut self, value: impl Into<String>) -> Self {
        self.sch_principal = Some(value.into());
        self
    }
    /// Sets `sch_remark`.
    pub fn sch_remark(mut self, value: impl Into<String>) -> Self {
        self.sch_remark = Some(value.into());
        self
    }
    /// Sets `sch_statesstr`.
    pub fn sch_statesstr(mut self, value: impl Into<String>) -> Self {
        self.sch_statesstr = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditProductionRequestData { "data_userid" => field(data_userid), "sch_customerid" =>
    optional(sch_customerid), "sch_endtime" => optional(sch_endtime), "sch_finished" =>
    optional(sch_finished), "sch_htid" => optional(sch_htid), "sch_makeemp" =>
    optional(sch_makeemp), "sch_number" => field(sch_number), "sch_planendtime" =>
    field(sch_planendtime), "sch_principal" => optional(sch_principal), "sch_remark" =>
    optional(sch_remark), "sch_starttime" => field(sch_starttime), "sch_statesstr" =>
    optional(sch_statesstr), "sch_title" => field(sch_title) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditProductionRequestData { "data_userid" => read_field(data_userid),
    "sch_customerid" => read_field(sch_customerid), "sch_endtime" =>
    read_field(sch_endtime), "sch_finished" => read_field(sch_finished), "sch_htid" =>
    read_field(sch_htid), "sch_makeemp" => read_field(sch_makeemp), "sch_number" =>
    read_field(sch_number), "sch_planendtime" => read_field(sch_planendtime),
    "sch_principal" => read_field(sch_principal), "sch_remark" => read_field(sch_remark),
    "sch_starttime" => read_field(sch_starttime), "sch_statesstr" =>
    read_field(sch_statesstr), "sch_title" => read_field(sch_title) }
}
/// `EditProductionResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditProductionResponseBody = EditContactResponseBody;
/// `EditPurchaseRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditPurchaseRequestData {
    /// `cg_fjmoney`.
    pub cg_fjmoney: Option<String>,
    /// `cg_fjmoneylx`.
    pub cg_fjmoneylx: Option<String>,
    /// `cg_kjmoney`.
    pub cg_kjmoney: Option<String>,
    /// `cg_moneyzhekou`.
    pub cg_moneyzhekou: Option<String>,
    /// `cg_zxstate`.
    pub cg_zxstate: String,
    /// `cgdate`.
    pub cgdate: String,
    /// `cgname`.
    pub cgname: Option<String>,
    /// `cgno`.
    pub cgno: String,
    /// `cgremark`.
    pub cgremark: Option<String>,
    /// `cgtype`.
    pub cgtype: Option<String>,
    /// `child_mx`.
    pub child_mx: Option<String>,
    /// `data_userid`.
    pub data_userid: String,
    /// `empid`.
    pub empid: Option<String>,
    /// `gys_lxrid`.
    pub gys_lxrid: Option<String>,
    /// `gys_lxrinfo`.
    pub gys_lxrinfo: Option<String>,
    /// `gysid`.
    pub gysid: String,
    /// `gysjingban`.
    pub gysjingban: Option<String>,
    /// `order_htid`.
    pub order_htid: Option<String>,
    /// `order_khid`.
    pub order_khid: Option<String>,
    /// `summoney`.
    pub summoney: String,
}
/// The required fields of [`EditPurchaseRequestData`], each named where it is set: `EditPurchaseRequestData::new(EditPurchaseRequestDataRequired { .. })`.
pub struct EditPurchaseRequestDataRequired {
    /// `cg_zxstate`: see [`EditPurchaseRequestData::cg_zxstate`].
    pub cg_zxstate: String,
    /// `cgdate`: see [`EditPurchaseRequestData::cgdate`].
    pub cgdate: String,
    /// `cgno`: see [`EditPurchaseRequestData::cgno`].
    pub cgno: String,
    /// `data_userid`: see [`EditPurchaseRequestData::data_userid`].
    pub data_userid: String,
    /// `gysid`: see [`EditPurchaseRequestData::gysid`].
    pub gysid: String,
    /// `summoney`: see [`EditPurchaseRequestData::summoney`].
    pub summoney: String,
}
impl EditPurchaseRequestData {
    /// A `EditPurchaseRequestData` with its required fields (`cg_zxstate`, `cgdate`, `cgno`, `data_userid`, `gysid`, `summoney`); set the others with the methods named after them.
    pub fn new(required: EditPurchaseRequestDataRequired) -> Self {
        let EditPurchaseRequestDataRequired {
            cg_zxstate,
            cgdate,
            cgno,
            data_userid,
            gysid,
            summoney,
        } = required;
        Self {
            cg_fjmoney: None,
            cg_fjmoneylx: None,
            cg_kjmoney: None,
            cg_moneyzhekou: None,
            cg_zxstate,
            cgdate,
            cgname: None,
            cgno,
            cgremark: None,
            cgtype: None,
            child_mx: None,
            data_userid,
            empid: None,
            gys_lxrid: None,
            gys_lxrinfo: None,
            gysid,
            gysjingban: None,
            order_htid: None,
            order_khid: None,
            summoney,
        }
    }
    /// Sets `cg_fjmoney`.
    pub fn cg_fjmoney(mut self, value: impl Into<String>) -> Self {
        self.cg_fjmoney = Some(value.into());
        self
    }
    /// Sets `cg_fjmoneylx`.
    pub fn cg_fjmoneylx(mut self, value: impl Into<String>) -> Self {
        self.cg_fjmoneylx = Some(value.into());
        self
    }
    /// Sets `cg_kjmoney`.
    pub fn cg_kjmoney(mut self, value: impl Into<String>) -> Self {
        self.cg_kjmoney = Some(value.into());
        self
    }
    /// Sets `cg_moneyzhekou`.
    pub fn cg_moneyzhekou(mut self, value: impl Into<String>) -> Self {
        self.cg_moneyzhekou = Some(value.into());
        self
    }
    /// Sets `cgname`.
    pub fn cgname(mut self, value: impl Into<String>) -> Self {
        self.cgname = Some(value.into());
        self
    }
    /// Sets `cgremark`.
    pub fn cgremark(mut self, value: impl Into<String>) -> Self {
        self.cgremark = Some(value.into());
        self
    }
    /// Sets `cgtype`.
    pub fn cgtype(mut self, value: impl Into<String>) -> Self {
        self.cgtype = Some(value.into());
        self
    }
    /// Sets `child_mx`.
    pub fn child_mx(mut self, value: impl Into<String>) -> Self {
        self.child_mx = Some(value.into());
        self
    }
    /// Sets `empid`.
    pub fn empid(mut self, value: impl Into<String>) -> Self {
        self.empid = Some(value.into());
        self
    }
    /// Sets `gys_lxrid`.
    pub fn gys_lxrid(mut self, value: impl Into<String>) -> Self {
        self.gys_lxrid = Some(value.into());
        self
    }
    /// Sets `gys_lxrinfo`.
    pub fn gys_lxrinfo(mut self, value: impl Into<String>) -> Self {
        self.gys_lxrinfo = Some(value.into());
        self
    }
    /// Sets `gysjingban`.
    pub fn gysjingban(mut self, value: impl Into<String>) -> Self {
        self.gysjingban = Some(value.into());
        self
    }
    /// Sets `order_htid`.
    pub fn order_htid(mut self, value: impl Into<String>) -> Self {
        self.order_htid = Some(value.into());
        self
    }
    /// Sets `order_khid`.
    pub fn order_khid(mut self, value: impl Into<String>) -> Self {
        self.order_khid = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditPurchaseRequestData { "cg_fjmoney" => optional(cg_fjmoney), "cg_fjmoneylx" =>
    optional(cg_fjmoneylx), "cg_kjmoney" => optional(cg_kjmoney), "cg_moneyzhekou" =>
    optional(cg_moneyzhekou), "cg_zxstate" => field(cg_zxstate), "cgdate" =>
    field(cgdate), "cgname" => optional(cgname), "cgno" => field(cgno), "cgremark" =>
    optional(cgremark), "cgtype" => optional(cgtype), "child_mx" => optional(child_mx),
    "data_userid" => field(data_userid), "empid" => optional(empid), "gys_lxrid" =>
    optional(gys_lxrid), "gys_lxrinfo" => optional(gys_lxrinfo), "gysid" => field(gysid),
    "gysjingban" => optional(gysjingban), "order_htid" => optional(order_htid),
    "order_khid" => optional(order_khid), "summoney" => field(summoney) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditPurchaseRequestData { "cg_fjmoney" => read_field(cg_fjmoney), "cg_fjmoneylx" =>
    read_field(cg_fjmoneylx), "cg_kjmoney" => read_field(cg_kjmoney), "cg_moneyzhekou" =>
    read_field(cg_moneyzhekou), "cg_zxstate" => read_field(cg_zxstate), "cgdate" =>
    read_field(cgdate), "cgname" => read_field(cgname), "cgno" => read_field(cgno),
    "cgremark" => read_field(cgremark), "cgtype" => read_field(cgtype), "child_mx" =>
    read_field(child_mx), "data_userid" => read_field(data_userid), "empid" =>
    read_field(empid), "gys_lxrid" => read_field(gys_lxrid), "gys_lxrinfo" =>
    read_field(gys_lxrinfo), "gysid" => read_field(gysid), "gysjingban" =>
    read_field(gysjingban), "order_htid" => read_field(order_htid), "order_khid" =>
    read_field(order_khid), "summoney" => read_field(summoney) }
}
/// `EditPurchaseResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditPurchaseResponseBody = EditContactResponseBody;
/// `EditQuotationRecordRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditQuotationRecordRequestData {
    /// `bj_bjren`.
    pub bj_bjren: String,
    /// `bj_bzremark`.
    pub bj_bzremark: Option<String>,
    /// `bj_customerid`.
    pub bj_customerid: String,
    /// `bj_date`.
    pub bj_date: String,
    /// `bj_fjmoney`.
    pub bj_fjmoney: Option<String>,
    /// `bj_fjmoneylx`.
    pub bj_fjmoneylx: Option<String>,
    /// `bj_fkremark`.
    pub bj_fkremark: Option<String>,
    /// `bj_jfremark`.
    pub bj_jfremark: Option<String>,
    /// `bj_jshren`.
    pub bj_jshren: Option<String>,
    /// `bj_kjmoney`.
    pub bj_kjmoney: Option<String>,
    /// `bj_lianxi`.
    pub bj_lianxi: Option<String>,
    /// `bj_moneyzhekou`.
    pub bj_moneyzhekou: Option<String>,
    /// `bj_number`.
    pub bj_number: Option<String>,
    /// `bj_price`.
    pub bj_price: String,
    /// `bj_remark`.
    pub bj_remark: Option<String>,
    /// `bj_state`.
    pub bj_state: Option<String>,
    /// `bj_title`.
    pub bj_title: Option<String>,
    /// `bj_xshid`.
    pub bj_xshid: Option<String>,
    /// `child_mx`.
    pub child_mx: Option<String>,
    /// `data_userid`.
    pub data_userid: String,
}
/// The required fields of [`EditQuotationRecordRequestData`], each named where it is set: `EditQuotationRecordRequestData::new(EditQuotationRecordRequestDataRequired { .. })`.
pub struct EditQuotationRecordRequestDataRequired {
    /// `bj_bjren`: see [`EditQuotationRecordRequestData::bj_bjren`].
    pub bj_bjren: String,
    /// `bj_customerid`: see [`EditQuotationRecordRequestData::bj_customerid`].
    pub bj_customerid: String,
    /// `bj_date`: see [`EditQuotationRecordRequestData::bj_date`].
    pub bj_date: String,
    /// `bj_price`: see [`EditQuotationRecordRequestData::bj_price`].
    pub bj_price: String,
    /// `data_userid`: see [`EditQuotationRecordRequestData::data_userid`].
    pub data_userid: String,
}
impl EditQuotationRecordRequestData {
    /// A `EditQuotationRecordRequestData` with its required fields (`bj_bjren`, `bj_customerid`, `bj_date`, `bj_price`, `data_userid`); set the others with the methods named after them.
    pub fn new(required: EditQuotationRecordRequestDataRequired) -> Self {
        let EditQuotationRecordRequestDataRequired {
            bj_bjren,
            bj_customerid,
            bj_date,
            bj_price,
            data_userid,
        } = required;
        Self {
            bj_bjren,
            bj_bzremark: None,
            bj_customerid,
            bj_date,
            bj_fjmoney: None,
            bj_fjmoneylx: None,
            bj_fkremark: None,
            bj_jfremark: None,
            bj_jshren: None,
            bj_kjmoney: None,
            bj_lianxi: None,
            bj_moneyzhekou: None,
            bj_number: None,
            bj_price,
            bj_remark: None,
            bj_state: None,
            bj_title: None,
            bj_xshid: None,
            child_mx: None,
            data_userid,
        }
    }
    /// Sets `bj_bzremark`.
    pub fn bj_bzremark(mut self, value: impl Into<String>) -> Self {
        self.bj_bzremark = Some(value.into());
        self
    }
    /// Sets `bj_fjmoney`.
    pub fn bj_fjmoney(mut self, value: impl Into<String>) -> Self {
        self.bj_fjmoney = Some(value.into());
        self
    }
    /// Sets `bj_fjmoneylx`.
    pub fn bj_fjmoneylx(mut self, value: impl Into<String>) -> Self {
        self.bj_fjmoneylx = Some(value.into());
        self
    }
    /// Sets `bj_fkremark`.
    pub fn bj_fkremark(mut self, value: impl Into<String>) -> Self {
        self.bj_fkremark = Some(value.into());
        self
    }
    /// Sets `bj_jfremark`.
    pub fn bj_jfremark(mut self, value: impl Into<String>) -> Self {
        self.bj_jfremark = Some(value.into());
        self
    }
    /// Sets `bj_jshren`.
    pub fn bj_jshren(mut self, value: impl Into<String>) -> Self {
        self.bj_jshren = Some(value.into());
        self
    }
    /// Sets `bj_kjmoney`.
    pub fn bj_kjmoney(mut self, value: impl Into<String>) -> Self {
        self.bj_kjmoney = Some(value.into());
        self
    }
    /// Sets `bj_lianxi`.
    pub fn bj_lianxi(mut self, value: impl Into<String>) -> Self {
        self.bj_lianxi = Some(value.into());
        self
    }
    /// Sets `bj_moneyzhekou`.
    pub fn bj_moneyzhekou(mut self, value: impl Into<String>) -> Self {
        self.bj_moneyzhekou = Some(value.into());
        self
    }
    /// Sets `bj_number`.
    pub fn bj_number(mut self, value: impl Into<String>) -> Self {
        self.bj_number = Some(value.into());
        self
    }
    /// Sets `bj_remark`.
    pub fn bj_remark(mut self, value: impl Into<String>) -> Self {
        self.bj_remark = Some(value.into());
        self
    }
    /// Sets `bj_state`.
    pub fn bj_state(mut self, value: impl Into<String>) -> Self {
        self.bj_state = Some(value.into());
        self
    }
    /// Sets `bj_title`.
    pub fn bj_title(mut self, value: impl Into<String>) -> Self {
        self.bj_title = Some(value.into());
        self
    }
    /// Sets `bj_xshid`.
    pub fn bj_xshid(mut self, value: impl Into<String>) -> Self {
        self.bj_xshid = Some(value.into());
        self
    }
    /// Sets `child_mx`.
    pub fn child_mx(mut self, value: impl Into<String>) -> Self {
        self.child_mx = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditQuotationRecordRequestData { "bj_bjren" => field(bj_bjren), "bj_bzremark" =>
    optional(bj_bzremark), "bj_customerid" => field(bj_customerid), "bj_date" =>
    field(bj_date), "bj_fjmoney" => optional(bj_fjmoney), "bj_fjmoneylx" =>
    optional(bj_fjmoneylx), "bj_fkremark" => optional(bj_fkremark), "bj_jfremark" =>
    optional(bj_jfremark), "bj_jshren" => optional(bj_jshren), "bj_kjmoney" =>
    optional(bj_kjmoney), "bj_lianxi" => optional(bj_lianxi), "bj_moneyzhekou" =>
    optional(bj_moneyzhekou), "bj_number" => optional(bj_number), "bj_price" =>
    field(bj_price), "bj_remark" => optional(bj_remark), "bj_state" =>
    optional(bj_state), "bj_title" => optional(bj_title), "bj_xshid" =>
    optional(bj_xshid), "child_mx" => optional(child_mx), "data_userid" =>
    field(data_userid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditQuotationRecordRequestData { "bj_bjren" => read_field(bj_bjren), "bj_bzremark" =>
    read_field(bj_bzremark), "bj_customerid" => read_field(bj_customerid), "bj_date" =>
    read_field(bj_date), "bj_fjmoney" => read_field(bj_fjmoney), "bj_fjmoneylx" =>
    read_field(bj_fjmoneylx), "bj_fkremark" => read_field(bj_fkremark), "bj_jfremark" =>
    read_field(bj_jfremark), "bj_jshren" => read_field(bj_jshren), "bj_kjmoney" =>
    read_field(bj_kjmoney), "bj_lianxi" => read_field(bj_lianxi), "bj_moneyzhekou" =>
    read_field(bj_moneyzhekou), "bj_number" => read_field(bj_number), "bj_price" =>
    read_field(bj_price), "bj_remark" => read_field(bj_remark), "bj_state" =>
    read_field(bj_state), "bj_title" => read_field(bj_title), "bj_xshid" =>
    read_field(bj_xshid), "child_mx" => read_field(child_mx), "data_userid" =>
    read_field(data_userid) }
}
/// `EditQuotationRecordResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditQuotationRecordResponseBody = EditContactResponseBody;
/// `EditSalesRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditSalesRequestData {
    /// `data_userid`.
    pub data_userid: String,
    /// `xsh_customerid`.
    pub xsh_customerid: String,
    /// `xsh_date`.
    pub xsh_date: String,
    /// `xsh_expdate`.
    pub xsh_expdate: Option<String>,
    /// `xsh_expmoney`.
    pub xsh_expmoney: Option<String>,
    /// `xsh_from`.
    pub xsh_from: Option<String>,
    /// `xsh_knx`.
    pub xsh_knx: Option<String>,
    /// `xsh_lianxi`.
    pub xsh_lianxi: Option<String>,
    /// `xsh_lxrid`.
    pub xsh_lxrid: Option<String>,
    /// `xsh_moneynote`.
    pub xsh_moneynote: Option<String>,
    /// `xsh_number`.
    pub xsh_number: Option<String>,
    /// `xsh_phase`.
    pub xsh_phase: Option<String>,
    /// `xsh_phasenote`.
    pub xsh_phasenote: Option<String>,
    /// `xsh_preside`.
    pub xsh_preside: Option<String>,
    /// `xsh_provider`.
    pub xsh_provider: Option<String>,
    /// `xsh_require`.
    pub xsh_require: Option<String>,
    /// `xsh_state`.
    pub xsh_state: Option<String>,
    /// `xsh_title`.
    pub xsh_title: String,
    /// `xsh_type`.
    pub xsh_type: Option<String>,
}
/// The required fields of [`EditSalesRequestData`], each named where it is set: `EditSalesRequestData::new(EditSalesRequestDataRequired { .. })`.
pub struct EditSalesRequestDataRequired {
    /// `data_userid`: see [`EditSalesRequestData::data_userid`].
    pub data_userid: String,
    /// `xsh_customerid`: see [`EditSalesRequestData::xsh_customerid`].
    pub xsh_customerid: String,
    /// `xsh_date`: see [`EditSalesRequestData::xsh_date`].
    pub xsh_date: String,
    /// `xsh_title`: see [`EditSalesRequestData::xsh_title`].
    pub xsh_title: String,
}
impl EditSalesRequestData {
    /// A `EditSalesRequestData` with its required fields (`data_userid`, `xsh_customerid`, `xsh_date`, `xsh_title`); set the others with the methods named after them.
    pub fn new(required: EditSalesRequestDataRequired) -> Self {
        let EditSalesRequestDataRequired {
            data_userid,
            xsh_customerid,
            xsh_date,
            xsh_title,
        } = required;
        Self {
            data_userid,
            xsh_customerid,
            xsh_date,
            xsh_expdate: None,
            xsh_expmoney: None,
            xsh_from: None,
            xsh_knx: None,
            xsh_lianxi: None,
            xsh_lxrid: None,
            xsh_moneynote: None,
            xsh_number: None,
            xsh_phase: None,
            xsh_phasenote: None,
            xsh_preside: None,
            xsh_provider: None,
            xsh_require: None,
            xsh_state: None,
            xsh_title,
            xsh_type: None,
        }
    }
    /// Sets `xsh_expdate`.
    pub fn xsh_expdate(mut self, value: impl Into<String>) -> Self {
        self.xsh_expdate = Some(value.into());
        self
    }
    /// Sets `xsh_expmoney`.
    pub fn xsh_expmoney(mut self, value: impl Into<String>) -> Self {
        self.xsh_expmoney = Some(value.into());
        self
    }
    /// Sets `xsh_from`.
    pub fn xsh_from(mut self, value: impl Into<String>) -> Self {
        self.xsh_from = Some(value.into());
        self
    }
    /// Sets `xsh_knx`.
    pub fn xsh_knx(mut self, value: impl Into<String>) -> Self {
        self.xsh_knx = Some(value.into());
        self
    }
    /// Sets `xsh_lianxi`.
    pub fn xsh_lianxi(mut self, value: impl Into<String>) -> Self {
        self.xsh_lianxi = Some(value.into());
        self
    }
    /// Sets `xsh_lxrid`.
    pub fn xsh_lxrid(mut self, value: impl Into<String>) -> Self {
        self.xsh_lxrid = Some(value.into());
        self
    }
    /// Sets `xsh_moneynote`.
    pub fn xsh_moneynote(mut self, value: impl Into<String>) -> Self {
        self.xsh_moneynote = Some(value.into());
        self
    }
    /// Sets `xsh_number`.
    pub fn xsh_number(mut self, value: impl Into<String>) -> Self {
        self.xsh_number = Some(value.into());
        self
    }
    /// Sets `xsh_phase`.
    pub fn xsh_phase(mut self, value: impl Into<String>) -> Self {
        self.xsh_phase = Some(value.into());
        self
    }
    /// Sets `xsh_phasenote`.
    pub fn xsh_phasenote(mut self, value: impl Into<String>) -> Self {
        self.xsh_phasenote = Some(value.into());
        self
    }
    /// Sets `xsh_preside`.
    pub fn xsh_preside(mut self, value: impl Into<String>) -> Self {
        self.xsh_preside = Some(value.into());
        self
    }
    /// Sets `xsh_provider`.
    pub fn xsh_provider(mut self, value: impl Into<String>) -> Self {
        self.xsh_provider = Some(value.into());
        self
    }
    /// Sets `xsh_require`.
    pub fn xsh_require(mut self, value: impl Into<String>) -> Self {
        self.xsh_require = Some(value.into());
        self
    }
    /// Sets `xsh_state`.
    pub fn xsh_state(mut self, value: impl Into<String>) -> Self {
        self.xsh_state = Some(value.into());
        self
    }
    /// Sets `xsh_type`.
    pub fn xsh_type(mut self, value: impl Into<String>) -> Self {
        self.xsh_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    EditSalesRequestData { "data_userid" => field(data_userid), "xsh_customerid" =>
    field(xsh_customerid), "xsh_date" => field(xsh_date), "xsh_expdate" =>
    optional(xsh_expdate), "xsh_expmoney" => optional(xsh_expmoney), "xsh_from" =>
    optional(xsh_from), "xsh_knx" => optional(xsh_knx), "xsh_lianxi" =>
    optional(xsh_lianxi), "xsh_lxrid" => optional(xsh_lxrid), "xsh_moneynote" =>
    optional(xsh_moneynote), "xsh_number" => optional(xsh_number), "xsh_phase" =>
    optional(xsh_phase), "xsh_phasenote" => optional(xsh_phasenote), "xsh_preside" =>
    optional(xsh_preside), "xsh_provider" => optional(xsh_provider), "xsh_require" =>
    optional(xsh_require), "xsh_state" => optional(xsh_state), "xsh_title" =>
    field(xsh_title), "xsh_type" => optional(xsh_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditSalesRequestData { "data_userid" => read_field(data_userid), "xsh_customerid" =>
    read_field(xsh_customerid), "xsh_date" => read_field(xsh_date), "xsh_expdate" =>
    read_field(xsh_expdate), "xsh_expmoney" => read_field(xsh_expmoney), "xsh_from" =>
    read_field(xsh_from), "xsh_knx" => read_field(xsh_knx), "xsh_lianxi" =>
    read_field(xsh_lianxi), "xsh_lxrid" => read_field(xsh_lxrid), "xsh_moneynote" =>
    read_field(xsh_moneynote), "xsh_number" => read_field(xsh_number), "xsh_phase" =>
    read_field(xsh_phase), "xsh_phasenote" => read_field(xsh_phasenote), "xsh_preside" =>
    read_field(xsh_preside), "xsh_provider" => read_field(xsh_provider), "xsh_require" =>
    read_field(xsh_require), "xsh_state" => read_field(xsh_state), "xsh_title" =>
    read_field(xsh_title), "xsh_type" => read_field(xsh_type) }
}
/// `EditSalesResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditSalesResponseBody = EditContactResponseBody;
/// `GetDataListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDataListResponseBody {
    /// `data`.
    pub data: Option<Vec<GetDataListResponseBodyData>>,
    /// `dataname`.
    pub dataname: Option<rt::BTreeMap<String, String>>,
    /// `page`.
    pub page: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `time`.
    pub time: Option<String>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetDataListResponseBody { "data" => read_field(data), "dataname" =>
    read_field(dataname), "page" => read_field(page), "pageSize" =>
    read_field(page_size), "time" => read_field(time), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDataListResponseBody { "data" => optional(data), "dataname" => optional(dataname),
    "page" => optional(page), "pageSize" => optional(page_size), "time" =>
    optional(time), "totalCount" => optional(total_count) }
}
/// `GetDataViewResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDataViewResponseBody {
    /// `data`.
    pub data: Option<GetDataViewResponseBodyData>,
    /// `dataname`.
    pub dataname: Option<
        rt::BTreeMap<String, rt::BTreeMap<String, rt::serde_json::Value>>,
    >,
    /// `time`.
    pub time: Option<String>,
}
rt::impl_deserialize! {
    GetDataViewResponseBody { "data" => read_field(data), "dataname" =>
    read_field(dataname), "time" => read_field(time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDataViewResponseBody { "data" => optional(data), "dataname" => optional(dataname),
    "time" => optional(time) }
}
/// `GetDataListResponseBodyData`, a model several operations share: also named [`GetDataViewResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetDataListResponseBodyData {
    /// `detail`.
    pub detail: Option<rt::BTreeMap<String, String>>,
}
rt::impl_deserialize! {
    GetDataListResponseBodyData { "detail" => read_field(detail) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetDataListResponseBodyData { "detail" => optional(detail) }
}
/// `GetDataViewResponseBodyData`: the same model as [`GetDataListResponseBodyData`].
pub type GetDataViewResponseBodyData = GetDataListResponseBodyData;
/// The request of [`Api::edit_contact`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditContactRequest {
    /// `data`.
    pub data: Option<EditContactRequestData>,
    /// `datatype`.
    pub datatype: i64,
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `stamp`.
    pub stamp: i64,
}
/// The required fields of [`EditContactRequest`], each named where it is set: `EditContactRequest::new(EditContactRequired { .. })`.
pub struct EditContactRequired {
    /// `datatype`: see [`EditContactRequest::datatype`].
    pub datatype: i64,
    /// `stamp`: see [`EditContactRequest::stamp`].
    pub stamp: i64,
}
impl EditContactRequest {
    /// A `EditContactRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(required: EditContactRequired) -> Self {
        let EditContactRequired { datatype, stamp } = required;
        Self {
            data: None,
            datatype,
            msgid: None,
            stamp,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: EditContactRequestData) -> Self {
        self.data = Some(value);
        self
    }
    /// Sets `msgid`.
    pub fn msgid(mut self, value: i64) -> Self {
        self.msgid = Some(value);
        self
    }
}
rt::impl_serialize! {
    EditContactRequest { "data" => optional(data), "datatype" => field(datatype), "msgid"
    => optional(msgid), "stamp" => field(stamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditContactRequest { "data" => read_field(data), "datatype" => read_field(datatype),
    "msgid" => read_field(msgid), "stamp" => read_field(stamp) }
}
impl rt::WriteRequest for EditContactRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditCustomerRequest {
    /// `data`.
    pub data: Option<EditCustomerRequestData>,
    /// `datatype`.
    pub datatype: i64,
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `stamp`.
    pub stamp: i64,
}
/// The required fields of [`EditCustomerRequest`], each named where it is set: `EditCustomerRequest::new(EditCustomerRequired { .. })`.
pub struct EditCustomerRequired {
    /// `datatype`: see [`EditCustomerRequest::datatype`].
    pub datatype: i64,
    /// `stamp`: see [`EditCustomerRequest::stamp`].
    pub stamp: i64,
}
impl EditCustomerRequest {
    /// A `EditCustomerRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(required: EditCustomerRequired) -> Self {
        let EditCustomerRequired { datatype, stamp } = required;
        Self {
            data: None,
            datatype,
            msgid: None,
            stamp,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: EditCustomerRequestData) -> Self {
        self.data = Some(value);
        self
    }
    /// Sets `msgid`.
    pub fn msgid(mut self, value: i64) -> Self {
        self.msgid = Some(value);
        self
    }
}
rt::impl_serialize! {
    EditCustomerRequest { "data" => optional(data), "datatype" => field(datatype),
    "msgid" => optional(msgid), "stamp" => field(stamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditCustomerRequest { "data" => read_field(data), "datatype" => read_field(datatype),
    "msgid" => read_field(msgid), "stamp" => read_field(stamp) }
}
impl rt::WriteRequest for EditCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_customer_pool`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditCustomerPoolRequest {
    /// `data`.
    pub data: Option<EditCustomerPoolRequestData>,
    /// `datatype`.
    pub datatype: i64,
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `stamp`.
    pub stamp: i64,
}
/// The required fields of [`EditCustomerPoolRequest`], each named where it is set: `EditCustomerPoolRequest::new(EditCustomerPoolRequired { .. })`.
pub struct EditCustomerPoolRequired {
    /// `datatype`: see [`EditCustomerPoolRequest::datatype`].
    pub datatype: i64,
    /// `stamp`: see [`EditCustomerPoolRequest::stamp`].
    pub stamp: i64,
}
impl EditCustomerPoolRequest {
    /// A `EditCustomerPoolRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(required: EditCustomerPoolRequired) -> Self {
        let EditCustomerPoolRequired { datatype, stamp } = required;
        Self {
            data: None,
            datatype,
            msgid: None,
            stamp,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: EditCustomerPoolRequestData) -> Self {
        self.data = Some(value);
        self
    }
    /// Sets `msgid`.
    pub fn msgid(mut self, value: i64) -> Self {
        self.msgid = Some(value);
        self
    }
}
rt::impl_serialize! {
    EditCustomerPoolRequest { "data" => optional(data), "datatype" => field(datatype),
    "msgid" => optional(msgid), "stamp" => field(stamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditCustomerPoolRequest { "data" => read_field(data), "datatype" =>
    read_field(datatype), "msgid" => read_field(msgid), "stamp" => read_field(stamp) }
}
impl rt::WriteRequest for EditCustomerPoolRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_exchange`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditExchangeRequest {
    /// `data`.
    pub data: Option<EditExchangeRequestData>,
    /// `datatype`.
    pub datatype: i64,
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `stamp`.
    pub stamp: i64,
}
/// The required fields of [`EditExchangeRequest`], each named where it is set: `EditExchangeRequest::new(EditExchangeRequired { .. })`.
pub struct EditExchangeRequired {
    /// `datatype`: see [`EditExchangeRequest::datatype`].
    pub datatype: i64,
    /// `stamp`: see [`EditExchangeRequest::stamp`].
    pub stamp: i64,
}
impl EditExchangeRequest {
    /// A `EditExchangeRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(required: EditExchangeRequired) -> Self {
        let EditExchangeRequired { datatype, stamp } = required;
        Self {
            data: None,
            datatype,
            msgid: None,
            stamp,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: EditExchangeRequestData) -> Self {
        self.data = Some(value);
        self
    }
    /// Sets `msgid`.
    pub fn msgid(mut self, value: i64) -> Self {
        self.msgid = Some(value);
        self
    }
}
rt::impl_serialize! {
    EditExchangeRequest { "data" => optional(data), "datatype" => field(datatype),
    "msgid" => optional(msgid), "stamp" => field(stamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditExchangeRequest { "data" => read_field(data), "datatype" => read_field(datatype),
    "msgid" => read_field(msgid), "stamp" => read_field(stamp) }
}
impl rt::WriteRequest for EditExchangeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_goods`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditGoodsRequest {
    /// `data`.
    pub data: Option<EditGoodsRequestData>,
    /// `datatype`.
    pub datatype: i64,
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `stamp`.
    pub stamp: i64,
}
/// The required fields of [`EditGoodsRequest`], each named where it is set: `EditGoodsRequest::new(EditGoodsRequired { .. })`.
pub struct EditGoodsRequired {
    /// `datatype`: see [`EditGoodsRequest::datatype`].
    pub datatype: i64,
    /// `stamp`: see [`EditGoodsRequest::stamp`].
    pub stamp: i64,
}
impl EditGoodsRequest {
    /// A `EditGoodsRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(required: EditGoodsRequired) -> Self {
        let EditGoodsRequired { datatype, stamp } = required;
        Self {
            data: None,
            datatype,
            msgid: None,
            stamp,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: EditGoodsRequestData) -> Self {
        self.data = Some(value);
        self
    }
    /// Sets `msgid`.
    pub fn msgid(mut self, value: i64) -> Self {
        self.msgid = Some(value);
        self
    }
}
rt::impl_serialize! {
    EditGoodsRequest { "data" => optional(data), "datatype" => field(datatype), "msgid"
    => optional(msgid), "stamp" => field(stamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditGoodsRequest { "data" => read_field(data), "datatype" => read_field(datatype),
    "msgid" => read_field(msgid), "stamp" => read_field(stamp) }
}
impl rt::WriteRequest for EditGoodsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_intostock`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditIntostockRequest {
    /// `data`.
    pub data: Option<EditIntostockRequestData>,
    /// `datatype`.
    pub datatype: i64,
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `stamp`.
    pub stamp: i64,
}
/// The required fields of [`EditIntostockRequest`], each named where it is set: `EditIntostockRequest::new(EditIntostockRequired { .. })`.
pub struct EditIntostockRequired {
    /// `datatype`: see [`EditIntostockRequest::datatype`].
    pub datatype: i64,
    /// `stamp`: see [`EditIntostockRequest::stamp`].
    pub stamp: i64,
}
impl EditIntostockRequest {
    /// A `EditIntostockRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(required: EditIntostockRequired) -> Self {
        let EditIntostockRequired { datatype, stamp } = required;
        Self {
            data: None,
            datatype,
            msgid: None,
            stamp,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: EditIntostockRequestData) -> Self {
        self.data = Some(value);
        self
    }
    /// Sets `msgid`.
    pub fn msgid(mut self, value: i64) -> Self {
        self.msgid = Some(value);
        self
    }
}
rt::impl_serialize! {
    EditIntostockRequest { "data" => optional(data), "datatype" => field(datatype),
    "msgid" => optional(msgid), "stamp" => field(stamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditIntostockRequest { "data" => read_field(data), "datatype" =>
    read_field(datatype), "msgid" => read_field(msgid), "stamp" => read_field(stamp) }
}
impl rt::WriteRequest for EditIntostockRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_invoice`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditInvoiceRequest {
    /// `data`.
    pub data: Option<EditInvoiceRequestData>,
    /// `datatype`.
    pub datatype: i64,
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `stamp`.
    pub stamp: i64,
}
/// The required fields of [`EditInvoiceRequest`], each named where it is set: `EditInvoiceRequest::new(EditInvoiceRequired { .. })`.
pub struct EditInvoiceRequired {
    /// `datatype`: see [`EditInvoiceRequest::datatype`].
    pub datatype: i64,
    /// `stamp`: see [`EditInvoiceRequest::stamp`].
    pub stamp: i64,
}
impl EditInvoiceRequest {
    /// A `EditInvoiceRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(required: EditInvoiceRequired) -> Self {
        let EditInvoiceRequired { datatype, stamp } = required;
        Self {
            data: None,
            datatype,
            msgid: None,
            stamp,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: EditInvoiceRequestData) -> Self {
        self.data = Some(value);
        self
    }
    /// Sets `msgid`.
    pub fn msgid(mut self, value: i64) -> Self {
        self.msgid = Some(value);
        self
    }
}
rt::impl_serialize! {
    EditInvoiceRequest { "data" => optional(data), "datatype" => field(datatype), "msgid"
    => optional(msgid), "stamp" => field(stamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditInvoiceRequest { "data" => read_field(data), "datatype" => read_field(datatype),
    "msgid" => read_field(msgid), "stamp" => read_field(stamp) }
}
impl rt::WriteRequest for EditInvoiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditOrderRequest {
    /// `data`.
    pub data: Option<EditOrderRequestData>,
    /// `datatype`.
    pub datatype: i64,
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `stamp`.
    pub stamp: i64,
}
/// The required fields of [`EditOrderRequest`], each named where it is set: `EditOrderRequest::new(EditOrderRequired { .. })`.
pub struct EditOrderRequired {
    /// `datatype`: see [`EditOrderRequest::datatype`].
    pub datatype: i64,
    /// `stamp`: see [`EditOrderRequest::stamp`].
    pub stamp: i64,
}
impl EditOrderRequest {
    /// A `EditOrderRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(required: EditOrderRequired) -> Self {
        let EditOrderRequired { datatype, stamp } = required;
        Self {
            data: None,
            datatype,
            msgid: None,
            stamp,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: EditOrderRequestData) -> Self {
        self.data = Some(value);
        self
    }
    /// Sets `msgid`.
    pub fn msgid(mut self, value: i64) -> Self {
        self.msgid = Some(value);
        self
    }
}
rt::impl_serialize! {
    EditOrderRequest { "data" => optional(data), "datatype" => field(datatype), "msgid"
    => optional(msgid), "stamp" => field(stamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditOrderRequest { "data" => read_field(data), "datatype" => read_field(datatype),
    "msgid" => read_field(msgid), "stamp" => read_field(stamp) }
}
impl rt::WriteRequest for EditOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_outstock`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditOutstockRequest {
    /// `data`.
    pub data: Option<EditOutstockRequestData>,
    /// `datatype`.
    pub datatype: i64,
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `stamp`.
    pub stamp: i64,
}
/// The required fields of [`EditOutstockRequest`], each named where it is set: `EditOutstockRequest::new(EditOutstockRequired { .. })`.
pub struct EditOutstockRequired {
    /// `datatype`: see [`EditOutstockRequest::datatype`].
    pub datatype: i64,
    /// `stamp`: see [`EditOutstockRequest::stamp`].
    pub stamp: i64,
}
impl EditOutstockRequest {
    /// A `EditOutstockRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(required: EditOutstockRequired) -> Self {
        let EditOutstockRequired { datatype, stamp } = required;
        Self {
            data: None,
            datatype,
            msgid: None,
            stamp,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: EditOutstockRequestData) -> Self {
        self.data = Some(value);
        self
    }
    /// Sets `msgid`.
    pub fn msgid(mut self, value: i64) -> Self {
        self.msgid = Some(value);
        self
    }
}
rt::impl_serialize! {
    EditOutstockRequest { "data" => optional(data), "datatype" => field(datatype),
    "msgid" => optional(msgid), "stamp" => field(stamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditOutstockRequest { "data" => read_field(data), "datatype" => read_field(datatype),
    "msgid" => read_field(msgid), "stamp" => read_field(stamp) }
}
impl rt::WriteRequest for EditOutstockRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_production`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditProductionRequest {
    /// `data`.
    pub data: Option<EditProductionRequestData>,
    /// `datatype`.
    pub datatype: i64,
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `stamp`.
    pub stamp: i64,
}
/// The required fields of [`EditProductionRequest`], each named where it is set: `EditProductionRequest::new(EditProductionRequired { .. })`.
pub struct EditProductionRequired {
    /// `datatype`: see [`EditProductionRequest::datatype`].
    pub datatype: i64,
    /// `stamp`: see [`EditProductionRequest::stamp`].
    pub stamp: i64,
}
impl EditProductionRequest {
    /// A `EditProductionRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(required: EditProductionRequired) -> Self {
        let EditProductionRequired { datatype, stamp } = required;
        Self {
            data: None,
            datatype,
            msgid: None,
            stamp,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: EditProductionRequestData) -> Self {
        self.data = Some(value);
        self
    }
    /// Sets `msgid`.
    pub fn msgid(mut self, value: i64) -> Self {
        self.msgid = Some(value);
        self
    }
}
rt::impl_serialize! {
    EditProductionRequest { "data" => optional(data), "datatype" => field(datatype),
    "msgid" => optional(msgid), "stamp" => field(stamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditProductionRequest { "data" => read_field(data), "datatype" =>
    read_field(datatype), "msgid" => read_field(msgid), "stamp" => read_field(stamp) }
}
impl rt::WriteRequest for EditProductionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_purchase`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditPurchaseRequest {
    /// `data`.
    pub data: Option<EditPurchaseRequestData>,
    /// `datatype`.
    pub datatype: i64,
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `stamp`.
    pub stamp: i64,
}
/// The required fields of [`EditPurchaseRequest`], each named where it is set: `EditPurchaseRequest::new(EditPurchaseRequired { .. })`.
pub struct EditPurchaseRequired {
    /// `datatype`: see [`EditPurchaseRequest::datatype`].
    pub datatype: i64,
    /// `stamp`: see [`EditPurchaseRequest::stamp`].
    pub stamp: i64,
}
impl EditPurchaseRequest {
    /// A `EditPurchaseRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(required: EditPurchaseRequired) -> Self {
        let EditPurchaseRequired { datatype, stamp } = required;
        Self {
            data: None,
            datatype,
            msgid: None,
            stamp,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: EditPurchaseRequestData) -> Self {
        self.data = Some(value);
        self
    }
    /// Sets `msgid`.
    pub fn msgid(mut self, value: i64) -> Self {
        self.msgid = Some(value);
        self
    }
}
rt::impl_serialize! {
    EditPurchaseRequest { "data" => optional(data), "datatype" => field(datatype),
    "msgid" => optional(msgid), "stamp" => field(stamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditPurchaseRequest { "data" => read_field(data), "datatype" => read_field(datatype),
    "msgid" => read_field(msgid), "stamp" => read_field(stamp) }
}
impl rt::WriteRequest for EditPurchaseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_quotation_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditQuotationRecordRequest {
    /// `data`.
    pub data: Option<EditQuotationRecordRequestData>,
    /// `datatype`.
    pub datatype: i64,
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `stamp`.
    pub stamp: i64,
}
/// The required fields of [`EditQuotationRecordRequest`], each named where it is set: `EditQuotationRecordRequest::new(EditQuotationRecordRequired { .. })`.
pub struct EditQuotationRecordRequired {
    /// `datatype`: see [`EditQuotationRecordRequest::datatype`].
    pub datatype: i64,
    /// `stamp`: see [`EditQuotationRecordRequest::stamp`].
    pub stamp: i64,
}
impl EditQuotationRecordRequest {
    /// A `EditQuotationRecordRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(required: EditQuotationRecordRequired) -> Self {
        let EditQuotationRecordRequired { datatype, stamp } = required;
        Self {
            data: None,
            datatype,
            msgid: None,
            stamp,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: EditQuotationRecordRequestData) -> Self {
        self.data = Some(value);
        self
    }
    /// Sets `msgid`.
    pub fn msgid(mut self, value: i64) -> Self {
        self.msgid = Some(value);
        self
    }
}
rt::impl_serialize! {
    EditQuotationRecordRequest { "data" => optional(data), "datatype" => field(datatype),
    "msgid" => optional(msgid), "stamp" => field(stamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditQuotationRecordRequest { "data" => read_field(data), "datatype" =>
    read_field(datatype), "msgid" => read_field(msgid), "stamp" => read_field(stamp) }
}
impl rt::WriteRequest for EditQuotationRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_sales`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct EditSalesRequest {
    /// `data`.
    pub data: Option<EditSalesRequestData>,
    /// `datatype`.
    pub datatype: i64,
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `stamp`.
    pub stamp: i64,
}
/// The required fields of [`EditSalesRequest`], each named where it is set: `EditSalesRequest::new(EditSalesRequired { .. })`.
pub struct EditSalesRequired {
    /// `datatype`: see [`EditSalesRequest::datatype`].
    pub datatype: i64,
    /// `stamp`: see [`EditSalesRequest::stamp`].
    pub stamp: i64,
}
impl EditSalesRequest {
    /// A `EditSalesRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(required: EditSalesRequired) -> Self {
        let EditSalesRequired { datatype, stamp } = required;
        Self {
            data: None,
            datatype,
            msgid: None,
            stamp,
        }
    }
    /// Sets `data`.
    pub fn data(mut self, value: EditSalesRequestData) -> Self {
        self.data = Some(value);
        self
    }
    /// Sets `msgid`.
    pub fn msgid(mut self, value: i64) -> Self {
        self.msgid = Some(value);
        self
    }
}
rt::impl_serialize! {
    EditSalesRequest { "data" => optional(data), "datatype" => field(datatype), "msgid"
    => optional(msgid), "stamp" => field(stamp) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    EditSalesRequest { "data" => read_field(data), "datatype" => read_field(datatype),
    "msgid" => read_field(msgid), "stamp" => read_field(stamp) }
}
impl rt::WriteRequest for EditSalesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_data_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDataListRequest {
    /// `datatype`: a query parameter.
    pub datatype: String,
    /// `page`: a query parameter.
    pub page: i64,
    /// `pagesize`: a query parameter.
    pub pagesize: i64,
}
/// The required fields of [`GetDataListRequest`], each named where it is set: `GetDataListRequest::new(GetDataListRequired { .. })`.
pub struct GetDataListRequired {
    /// `datatype`: see [`GetDataListRequest::datatype`].
    pub datatype: String,
    /// `page`: see [`GetDataListRequest::page`].
    pub page: i64,
    /// `pagesize`: see [`GetDataListRequest::pagesize`].
    pub pagesize: i64,
}
impl GetDataListRequest {
    /// A `GetDataListRequest` with its required fields (`datatype`, `page`, `pagesize`); set the others with the methods named after them.
    pub fn new(required: GetDataListRequired) -> Self {
        let GetDataListRequired { datatype, page, pagesize } = required;
        Self { datatype, page, pagesize }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDataListRequest { "datatype" => read_field(datatype), "page" => read_field(page),
    "pagesize" => read_field(pagesize) }
}
impl rt::WriteRequest for GetDataListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("datatype", &self.datatype);
        writer.query("page", &self.page);
        writer.query("pagesize", &self.pagesize);
    }
}
/// The request of [`Api::get_data_view`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDataViewRequest {
    /// `datatype`: a query parameter.
    pub datatype: String,
    /// `msgid`: a query parameter.
    pub msgid: i64,
}
/// The required fields of [`GetDataViewRequest`], each named where it is set: `GetDataViewRequest::new(GetDataViewRequired { .. })`.
pub struct GetDataViewRequired {
    /// `datatype`: see [`GetDataViewRequest::datatype`].
    pub datatype: String,
    /// `msgid`: see [`GetDataViewRequest::msgid`].
    pub msgid: i64,
}
impl GetDataViewRequest {
    /// A `GetDataViewRequest` with its required fields (`datatype`, `msgid`); set the others with the methods named after them.
    pub fn new(required: GetDataViewRequired) -> Self {
        let GetDataViewRequired { datatype, msgid } = required;
        Self { datatype, msgid }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDataViewRequest { "datatype" => read_field(datatype), "msgid" => read_field(msgid)
    }
}
impl rt::WriteRequest for GetDataViewRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("datatype", &self.datatype);
        writer.query("msgid", &self.msgid);
    }
}
/// An error reply of [`Api::edit_contact`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditContactError = rt::ServiceError;
/// An error reply of [`Api::edit_customer`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditCustomerError = rt::ServiceError;
/// An error reply of [`Api::edit_customer_pool`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditCustomerPoolError = rt::ServiceError;
/// An error reply of [`Api::edit_exchange`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditExchangeError = rt::ServiceError;
/// An error reply of [`Api::edit_goods`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditGoodsError = rt::ServiceError;
/// An error reply of [`Api::edit_intostock`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditIntostockError = rt::ServiceError;
/// An error reply of [`Api::edit_invoice`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditInvoiceError = rt::ServiceError;
/// An error reply of [`Api::edit_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditOrderError = rt::ServiceError;
/// An error reply of [`Api::edit_outstock`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditOutstockError = rt::ServiceError;
/// An error reply of [`Api::edit_production`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditProductionError = rt::ServiceError;
/// An error reply of [`Api::edit_purchase`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditPurchaseError = rt::ServiceError;
/// An error reply of [`Api::edit_quotation_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditQuotationRecordError = rt::ServiceError;
/// An error reply of [`Api::edit_sales`]: the spec lists no error codes for it, so every code arrives as it is.
pub type EditSalesError = rt::ServiceError;
/// An error reply of [`Api::get_data_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDataListError = rt::ServiceError;
/// An error reply of [`Api::get_data_view`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDataViewError = rt::ServiceError;
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
        "EditContact" => {
            rt::conformance::reply(api.edit_contact(&inputs.request(true)?)).await
        }
        "EditCustomer" => {
            rt::conformance::reply(api.edit_customer(&inputs.request(true)?)).await
        }
        "EditCustomerPool" => {
            rt::conformance::reply(api.edit_customer_pool(&inputs.request(true)?)).await
        }
        "EditExchange" => {
            rt::conformance::reply(api.edit_exchange(&inputs.request(true)?)).await
        }
        "EditGoods" => {
            rt::conformance::reply(api.edit_goods(&inputs.request(true)?)).await
        }
        "EditIntostock" => {
            rt::conformance::reply(api.edit_intostock(&inputs.request(true)?)).await
        }
        "EditInvoice" => {
            rt::conformance::reply(api.edit_invoice(&inputs.request(true)?)).await
        }
        "EditOrder" => {
            rt::conformance::reply(api.edit_order(&inputs.request(true)?)).await
        }
        "EditOutstock" => {
            rt::conformance::reply(api.edit_outstock(&inputs.request(true)?)).await
        }
        "EditProduction" => {
            rt::conformance::reply(api.edit_production(&inputs.request(true)?)).await
        }
        "EditPurchase" => {
            rt::conformance::reply(api.edit_purchase(&inputs.request(true)?)).await
        }
        "EditQuotationRecord" => {
            rt::conformance::reply(api.edit_quotation_record(&inputs.request(true)?))
                .await
        }
        "EditSales" => {
            rt::conformance::reply(api.edit_sales(&inputs.request(true)?)).await
        }
        "GetDataList" => {
            rt::conformance::reply(api.get_data_list(&inputs.request(false)?)).await
        }
        "GetDataView" => {
            rt::conformance::reply(api.get_data_view(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
