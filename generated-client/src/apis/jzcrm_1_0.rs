// @generated from api-spec/jzcrm_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.jzcrm_1_0()`. Generated from `api-spec/jzcrm_1_0.yaml`.
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
    /// `POST /v1.0/jzcrm/contacts` (operation `EditContact`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditContactError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/jzcrm/customers` (operation `EditCustomer`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditCustomerError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/jzcrm/customerPools` (operation `EditCustomerPool`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditCustomerPoolError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/jzcrm/exchanges` (operation `EditExchange`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditExchangeError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/jzcrm/goods` (operation `EditGoods`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditGoodsError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/jzcrm/intostocks` (operation `EditIntostock`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditIntostockError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/jzcrm/invoices` (operation `EditInvoice`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditInvoiceError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/jzcrm/orders` (operation `EditOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/jzcrm/outstocks` (operation `EditOutstock`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditOutstockError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/jzcrm/productions` (operation `EditProduction`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditProductionError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/jzcrm/purchases` (operation `EditPurchase`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditPurchaseError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/jzcrm/quotationRecords` (operation `EditQuotationRecord`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditQuotationRecordError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/jzcrm/sales` (operation `EditSales`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`EditSalesError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/jzcrm/data` (operation `GetDataList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDataListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/jzcrm/dataView` (operation `GetDataView`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetDataViewError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditContactRequestData {
    /// A `EditContactRequestData` with its required fields (`data_userid`, `lxr_customerid`, `lxr_name`); set the others with the methods named after them.
    pub fn new(
        data_userid: impl Into<String>,
        lxr_customerid: impl Into<String>,
        lxr_name: impl Into<String>,
    ) -> Self {
        Self {
            data_userid: data_userid.into(),
            lxr_address: None,
            lxr_birthday: None,
            lxr_chengwei: None,
            lxr_ctnumber: None,
            lxr_cttype: None,
            lxr_customerid: lxr_customerid.into(),
            lxr_department: None,
            lxr_dingtalk: None,
            lxr_email: None,
            lxr_fax: None,
            lxr_group: None,
            lxr_handset: None,
            lxr_headship: None,
            lxr_like: None,
            lxr_name: lxr_name.into(),
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
impl rt::serde::Serialize for EditContactRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("data_userid", &self.data_userid)?;
        object.optional("lxr_address", &self.lxr_address)?;
        object.optional("lxr_birthday", &self.lxr_birthday)?;
        object.optional("lxr_chengwei", &self.lxr_chengwei)?;
        object.optional("lxr_ctnumber", &self.lxr_ctnumber)?;
        object.optional("lxr_cttype", &self.lxr_cttype)?;
        object.field("lxr_customerid", &self.lxr_customerid)?;
        object.optional("lxr_department", &self.lxr_department)?;
        object.optional("lxr_dingtalk", &self.lxr_dingtalk)?;
        object.optional("lxr_email", &self.lxr_email)?;
        object.optional("lxr_fax", &self.lxr_fax)?;
        object.optional("lxr_group", &self.lxr_group)?;
        object.optional("lxr_handset", &self.lxr_handset)?;
        object.optional("lxr_headship", &self.lxr_headship)?;
        object.optional("lxr_like", &self.lxr_like)?;
        object.field("lxr_name", &self.lxr_name)?;
        object.optional("lxr_photo", &self.lxr_photo)?;
        object.optional("lxr_preside", &self.lxr_preside)?;
        object.optional("lxr_pst", &self.lxr_pst)?;
        object.optional("lxr_qq", &self.lxr_qq)?;
        object.optional("lxr_remark", &self.lxr_remark)?;
        object.optional("lxr_sex", &self.lxr_sex)?;
        object.optional("lxr_skype", &self.lxr_skype)?;
        object.optional("lxr_tel", &self.lxr_tel)?;
        object.optional("lxr_type", &self.lxr_type)?;
        object.optional("lxr_wangwang", &self.lxr_wangwang)?;
        object.optional("lxr_weixin", &self.lxr_weixin)?;
        object.optional("lxr_worktel", &self.lxr_worktel)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditContactRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditContactRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data_userid" => rt::read_field(map, &mut self.data_userid),
            "lxr_address" => rt::read_field(map, &mut self.lxr_address),
            "lxr_birthday" => rt::read_field(map, &mut self.lxr_birthday),
            "lxr_chengwei" => rt::read_field(map, &mut self.lxr_chengwei),
            "lxr_ctnumber" => rt::read_field(map, &mut self.lxr_ctnumber),
            "lxr_cttype" => rt::read_field(map, &mut self.lxr_cttype),
            "lxr_customerid" => rt::read_field(map, &mut self.lxr_customerid),
            "lxr_department" => rt::read_field(map, &mut self.lxr_department),
            "lxr_dingtalk" => rt::read_field(map, &mut self.lxr_dingtalk),
            "lxr_email" => rt::read_field(map, &mut self.lxr_email),
            "lxr_fax" => rt::read_field(map, &mut self.lxr_fax),
            "lxr_group" => rt::read_field(map, &mut self.lxr_group),
            "lxr_handset" => rt::read_field(map, &mut self.lxr_handset),
            "lxr_headship" => rt::read_field(map, &mut self.lxr_headship),
            "lxr_like" => rt::read_field(map, &mut self.lxr_like),
            "lxr_name" => rt::read_field(map, &mut self.lxr_name),
            "lxr_photo" => rt::read_field(map, &mut self.lxr_photo),
            "lxr_preside" => rt::read_field(map, &mut self.lxr_preside),
            "lxr_pst" => rt::read_field(map, &mut self.lxr_pst),
            "lxr_qq" => rt::read_field(map, &mut self.lxr_qq),
            "lxr_remark" => rt::read_field(map, &mut self.lxr_remark),
            "lxr_sex" => rt::read_field(map, &mut self.lxr_sex),
            "lxr_skype" => rt::read_field(map, &mut self.lxr_skype),
            "lxr_tel" => rt::read_field(map, &mut self.lxr_tel),
            "lxr_type" => rt::read_field(map, &mut self.lxr_type),
            "lxr_wangwang" => rt::read_field(map, &mut self.lxr_wangwang),
            "lxr_weixin" => rt::read_field(map, &mut self.lxr_weixin),
            "lxr_worktel" => rt::read_field(map, &mut self.lxr_worktel),
            _ => Ok(false),
        }
    }
}
/// `EditContactResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct EditContactResponseBody {
    /// `msgid`.
    pub msgid: Option<i64>,
    /// `time`.
    pub time: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for EditContactResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for EditContactResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "msgid" => rt::read_field(map, &mut self.msgid),
            "time" => rt::read_field(map, &mut self.time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for EditContactResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("msgid", &self.msgid)?;
        object.optional("time", &self.time)?;
        object.end()
    }
}
/// `EditCustomerRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditCustomerRequestData {
    /// A `EditCustomerRequestData` with its required fields (`data_userid`, `kh_class`, `kh_name`); set the others with the methods named after them.
    pub fn new(
        data_userid: impl Into<String>,
        kh_class: impl Into<String>,
        kh_name: impl Into<String>,
    ) -> Self {
        Self {
            data_userid: data_userid.into(),
            kh_address: None,
            kh_appellation: None,
            kh_befontof: None,
            kh_billinfo: None,
            kh_city: None,
            kh_class: kh_class.into(),
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
            kh_name: kh_name.into(),
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
impl rt::serde::Serialize for EditCustomerRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("data_userid", &self.data_userid)?;
        object.optional("kh_address", &self.kh_address)?;
        object.optional("kh_appellation", &self.kh_appellation)?;
        object.optional("kh_befontof", &self.kh_befontof)?;
        object.optional("kh_billinfo", &self.kh_billinfo)?;
        object.optional("kh_city", &self.kh_city)?;
        object.field("kh_class", &self.kh_class)?;
        object.optional("kh_coaddress", &self.kh_coaddress)?;
        object.optional("kh_contype", &self.kh_contype)?;
        object.optional("kh_country", &self.kh_country)?;
        object.optional("kh_creditgrade", &self.kh_creditgrade)?;
        object.optional("kh_ctnumber", &self.kh_ctnumber)?;
        object.optional("kh_cttype", &self.kh_cttype)?;
        object.optional("kh_department", &self.kh_department)?;
        object.optional("kh_dingtalk", &self.kh_dingtalk)?;
        object.optional("kh_email", &self.kh_email)?;
        object.optional("kh_employees", &self.kh_employees)?;
        object.optional("kh_fax", &self.kh_fax)?;
        object.optional("kh_from", &self.kh_from)?;
        object.optional("kh_handset", &self.kh_handset)?;
        object.optional("kh_headship", &self.kh_headship)?;
        object.optional("kh_hotfl", &self.kh_hotfl)?;
        object.optional("kh_hotlevel", &self.kh_hotlevel)?;
        object.optional("kh_hotmemo", &self.kh_hotmemo)?;
        object.optional("kh_hottype", &self.kh_hottype)?;
        object.optional("kh_industry", &self.kh_industry)?;
        object.optional("kh_info", &self.kh_info)?;
        object.optional("kh_jibie", &self.kh_jibie)?;
        object.field("kh_name", &self.kh_name)?;
        object.optional("kh_pkhid", &self.kh_pkhid)?;
        object.optional("kh_preside", &self.kh_preside)?;
        object.optional("kh_province", &self.kh_province)?;
        object.optional("kh_pst", &self.kh_pst)?;
        object.optional("kh_qq", &self.kh_qq)?;
        object.optional("kh_ralagrade", &self.kh_ralagrade)?;
        object.optional("kh_remark", &self.kh_remark)?;
        object.optional("kh_sex", &self.kh_sex)?;
        object.optional("kh_shortname", &self.kh_shortname)?;
        object.optional("kh_skype", &self.kh_skype)?;
        object.optional("kh_sn", &self.kh_sn)?;
        object.optional("kh_status", &self.kh_status)?;
        object.optional("kh_tel", &self.kh_tel)?;
        object.optional("kh_type", &self.kh_type)?;
        object.optional("kh_valrating", &self.kh_valrating)?;
        object.optional("kh_wangwang", &self.kh_wangwang)?;
        object.optional("kh_web", &self.kh_web)?;
        object.optional("kh_weixin", &self.kh_weixin)?;
        object.optional("kh_worktel", &self.kh_worktel)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditCustomerRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditCustomerRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data_userid" => rt::read_field(map, &mut self.data_userid),
            "kh_address" => rt::read_field(map, &mut self.kh_address),
            "kh_appellation" => rt::read_field(map, &mut self.kh_appellation),
            "kh_befontof" => rt::read_field(map, &mut self.kh_befontof),
            "kh_billinfo" => rt::read_field(map, &mut self.kh_billinfo),
            "kh_city" => rt::read_field(map, &mut self.kh_city),
            "kh_class" => rt::read_field(map, &mut self.kh_class),
            "kh_coaddress" => rt::read_field(map, &mut self.kh_coaddress),
            "kh_contype" => rt::read_field(map, &mut self.kh_contype),
            "kh_country" => rt::read_field(map, &mut self.kh_country),
            "kh_creditgrade" => rt::read_field(map, &mut self.kh_creditgrade),
            "kh_ctnumber" => rt::read_field(map, &mut self.kh_ctnumber),
            "kh_cttype" => rt::read_field(map, &mut self.kh_cttype),
            "kh_department" => rt::read_field(map, &mut self.kh_department),
            "kh_dingtalk" => rt::read_field(map, &mut self.kh_dingtalk),
            "kh_email" => rt::read_field(map, &mut self.kh_email),
            "kh_employees" => rt::read_field(map, &mut self.kh_employees),
            "kh_fax" => rt::read_field(map, &mut self.kh_fax),
            "kh_from" => rt::read_field(map, &mut self.kh_from),
            "kh_handset" => rt::read_field(map, &mut self.kh_handset),
            "kh_headship" => rt::read_field(map, &mut self.kh_headship),
            "kh_hotfl" => rt::read_field(map, &mut self.kh_hotfl),
            "kh_hotlevel" => rt::read_field(map, &mut self.kh_hotlevel),
            "kh_hotmemo" => rt::read_field(map, &mut self.kh_hotmemo),
            "kh_hottype" => rt::read_field(map, &mut self.kh_hottype),
            "kh_industry" => rt::read_field(map, &mut self.kh_industry),
            "kh_info" => rt::read_field(map, &mut self.kh_info),
            "kh_jibie" => rt::read_field(map, &mut self.kh_jibie),
            "kh_name" => rt::read_field(map, &mut self.kh_name),
            "kh_pkhid" => rt::read_field(map, &mut self.kh_pkhid),
            "kh_preside" => rt::read_field(map, &mut self.kh_preside),
            "kh_province" => rt::read_field(map, &mut self.kh_province),
            "kh_pst" => rt::read_field(map, &mut self.kh_pst),
            "kh_qq" => rt::read_field(map, &mut self.kh_qq),
            "kh_ralagrade" => rt::read_field(map, &mut self.kh_ralagrade),
            "kh_remark" => rt::read_field(map, &mut self.kh_remark),
            "kh_sex" => rt::read_field(map, &mut self.kh_sex),
            "kh_shortname" => rt::read_field(map, &mut self.kh_shortname),
            "kh_skype" => rt::read_field(map, &mut self.kh_skype),
            "kh_sn" => rt::read_field(map, &mut self.kh_sn),
            "kh_status" => rt::read_field(map, &mut self.kh_status),
            "kh_tel" => rt::read_field(map, &mut self.kh_tel),
            "kh_type" => rt::read_field(map, &mut self.kh_type),
            "kh_valrating" => rt::read_field(map, &mut self.kh_valrating),
            "kh_wangwang" => rt::read_field(map, &mut self.kh_wangwang),
            "kh_web" => rt::read_field(map, &mut self.kh_web),
            "kh_weixin" => rt::read_field(map, &mut self.kh_weixin),
            "kh_worktel" => rt::read_field(map, &mut self.kh_worktel),
            _ => Ok(false),
        }
    }
}
/// `EditCustomerResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditCustomerResponseBody = EditContactResponseBody;
/// `EditCustomerPoolRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditCustomerPoolRequestData {
    /// A `EditCustomerPoolRequestData` with its required fields (`data_userid`, `kh_class`, `kh_name`); set the others with the methods named after them.
    pub fn new(
        data_userid: impl Into<String>,
        kh_class: impl Into<String>,
        kh_name: impl Into<String>,
    ) -> Self {
        Self {
            data_userid: data_userid.into(),
            kh_address: None,
            kh_appellation: None,
            kh_befontof: None,
            kh_billinfo: None,
            kh_city: None,
            kh_class: kh_class.into(),
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
            kh_name: kh_name.into(),
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
impl rt::serde::Serialize for EditCustomerPoolRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("data_userid", &self.data_userid)?;
        object.optional("kh_address", &self.kh_address)?;
        object.optional("kh_appellation", &self.kh_appellation)?;
        object.optional("kh_befontof", &self.kh_befontof)?;
        object.optional("kh_billinfo", &self.kh_billinfo)?;
        object.optional("kh_city", &self.kh_city)?;
        object.field("kh_class", &self.kh_class)?;
        object.optional("kh_coaddress", &self.kh_coaddress)?;
        object.optional("kh_contype", &self.kh_contype)?;
        object.optional("kh_country", &self.kh_country)?;
        object.optional("kh_creditgrade", &self.kh_creditgrade)?;
        object.optional("kh_ctnumber", &self.kh_ctnumber)?;
        object.optional("kh_cttype", &self.kh_cttype)?;
        object.optional("kh_department", &self.kh_department)?;
        object.optional("kh_dingtalk", &self.kh_dingtalk)?;
        object.optional("kh_email", &self.kh_email)?;
        object.optional("kh_employees", &self.kh_employees)?;
        object.optional("kh_fax", &self.kh_fax)?;
        object.optional("kh_from", &self.kh_from)?;
        object.optional("kh_genzongtime", &self.kh_genzongtime)?;
        object.optional("kh_handset", &self.kh_handset)?;
        object.optional("kh_headship", &self.kh_headship)?;
        object.optional("kh_hotfl", &self.kh_hotfl)?;
        object.optional("kh_hotlevel", &self.kh_hotlevel)?;
        object.optional("kh_hotmemo", &self.kh_hotmemo)?;
        object.optional("kh_hottype", &self.kh_hottype)?;
        object.optional("kh_industry", &self.kh_industry)?;
        object.optional("kh_info", &self.kh_info)?;
        object.optional("kh_jibie", &self.kh_jibie)?;
        object.field("kh_name", &self.kh_name)?;
        object.optional("kh_pkhid", &self.kh_pkhid)?;
        object.optional("kh_preside", &self.kh_preside)?;
        object.optional("kh_province", &self.kh_province)?;
        object.optional("kh_pst", &self.kh_pst)?;
        object.optional("kh_qq", &self.kh_qq)?;
        object.optional("kh_ralagrade", &self.kh_ralagrade)?;
        object.optional("kh_remark", &self.kh_remark)?;
        object.optional("kh_sex", &self.kh_sex)?;
        object.optional("kh_shortname", &self.kh_shortname)?;
        object.optional("kh_skype", &self.kh_skype)?;
        object.optional("kh_sn", &self.kh_sn)?;
        object.optional("kh_status", &self.kh_status)?;
        object.optional("kh_tel", &self.kh_tel)?;
        object.optional("kh_type", &self.kh_type)?;
        object.optional("kh_valrating", &self.kh_valrating)?;
        object.optional("kh_wangwang", &self.kh_wangwang)?;
        object.optional("kh_web", &self.kh_web)?;
        object.optional("kh_weixin", &self.kh_weixin)?;
        object.optional("kh_worktel", &self.kh_worktel)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditCustomerPoolRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditCustomerPoolRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data_userid" => rt::read_field(map, &mut self.data_userid),
            "kh_address" => rt::read_field(map, &mut self.kh_address),
            "kh_appellation" => rt::read_field(map, &mut self.kh_appellation),
            "kh_befontof" => rt::read_field(map, &mut self.kh_befontof),
            "kh_billinfo" => rt::read_field(map, &mut self.kh_billinfo),
            "kh_city" => rt::read_field(map, &mut self.kh_city),
            "kh_class" => rt::read_field(map, &mut self.kh_class),
            "kh_coaddress" => rt::read_field(map, &mut self.kh_coaddress),
            "kh_contype" => rt::read_field(map, &mut self.kh_contype),
            "kh_country" => rt::read_field(map, &mut self.kh_country),
            "kh_creditgrade" => rt::read_field(map, &mut self.kh_creditgrade),
            "kh_ctnumber" => rt::read_field(map, &mut self.kh_ctnumber),
            "kh_cttype" => rt::read_field(map, &mut self.kh_cttype),
            "kh_department" => rt::read_field(map, &mut self.kh_department),
            "kh_dingtalk" => rt::read_field(map, &mut self.kh_dingtalk),
            "kh_email" => rt::read_field(map, &mut self.kh_email),
            "kh_employees" => rt::read_field(map, &mut self.kh_employees),
            "kh_fax" => rt::read_field(map, &mut self.kh_fax),
            "kh_from" => rt::read_field(map, &mut self.kh_from),
            "kh_genzongtime" => rt::read_field(map, &mut self.kh_genzongtime),
            "kh_handset" => rt::read_field(map, &mut self.kh_handset),
            "kh_headship" => rt::read_field(map, &mut self.kh_headship),
            "kh_hotfl" => rt::read_field(map, &mut self.kh_hotfl),
            "kh_hotlevel" => rt::read_field(map, &mut self.kh_hotlevel),
            "kh_hotmemo" => rt::read_field(map, &mut self.kh_hotmemo),
            "kh_hottype" => rt::read_field(map, &mut self.kh_hottype),
            "kh_industry" => rt::read_field(map, &mut self.kh_industry),
            "kh_info" => rt::read_field(map, &mut self.kh_info),
            "kh_jibie" => rt::read_field(map, &mut self.kh_jibie),
            "kh_name" => rt::read_field(map, &mut self.kh_name),
            "kh_pkhid" => rt::read_field(map, &mut self.kh_pkhid),
            "kh_preside" => rt::read_field(map, &mut self.kh_preside),
            "kh_province" => rt::read_field(map, &mut self.kh_province),
            "kh_pst" => rt::read_field(map, &mut self.kh_pst),
            "kh_qq" => rt::read_field(map, &mut self.kh_qq),
            "kh_ralagrade" => rt::read_field(map, &mut self.kh_ralagrade),
            "kh_remark" => rt::read_field(map, &mut self.kh_remark),
            "kh_sex" => rt::read_field(map, &mut self.kh_sex),
            "kh_shortname" => rt::read_field(map, &mut self.kh_shortname),
            "kh_skype" => rt::read_field(map, &mut self.kh_skype),
            "kh_sn" => rt::read_field(map, &mut self.kh_sn),
            "kh_status" => rt::read_field(map, &mut self.kh_status),
            "kh_tel" => rt::read_field(map, &mut self.kh_tel),
            "kh_type" => rt::read_field(map, &mut self.kh_type),
            "kh_valrating" => rt::read_field(map, &mut self.kh_valrating),
            "kh_wangwang" => rt::read_field(map, &mut self.kh_wangwang),
            "kh_web" => rt::read_field(map, &mut self.kh_web),
            "kh_weixin" => rt::read_field(map, &mut self.kh_weixin),
            "kh_worktel" => rt::read_field(map, &mut self.kh_worktel),
            _ => Ok(false),
        }
    }
}
/// `EditCustomerPoolResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditCustomerPoolResponseBody = EditContactResponseBody;
/// `EditExchangeRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditExchangeRequestData {
    /// A `EditExchangeRequestData` with its required fields (`data_userid`, `hh_inlibid`, `hh_number`, `hh_outlibid`, `hh_title`); set the others with the methods named after them.
    pub fn new(
        data_userid: impl Into<String>,
        hh_inlibid: impl Into<String>,
        hh_number: impl Into<String>,
        hh_outlibid: impl Into<String>,
        hh_title: impl Into<String>,
    ) -> Self {
        Self {
            child_mx: None,
            data_userid: data_userid.into(),
            hh_customerid: None,
            hh_date: None,
            hh_inempid: None,
            hh_inlibid: hh_inlibid.into(),
            hh_intime: None,
            hh_number: hh_number.into(),
            hh_orderid: None,
            hh_outempid: None,
            hh_outlibid: hh_outlibid.into(),
            hh_outtime: None,
            hh_remark: None,
            hh_state: None,
            hh_title: hh_title.into(),
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
impl rt::serde::Serialize for EditExchangeRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("child_mx", &self.child_mx)?;
        object.field("data_userid", &self.data_userid)?;
        object.optional("hh_customerid", &self.hh_customerid)?;
        object.optional("hh_date", &self.hh_date)?;
        object.optional("hh_inempid", &self.hh_inempid)?;
        object.field("hh_inlibid", &self.hh_inlibid)?;
        object.optional("hh_intime", &self.hh_intime)?;
        object.field("hh_number", &self.hh_number)?;
        object.optional("hh_orderid", &self.hh_orderid)?;
        object.optional("hh_outempid", &self.hh_outempid)?;
        object.field("hh_outlibid", &self.hh_outlibid)?;
        object.optional("hh_outtime", &self.hh_outtime)?;
        object.optional("hh_remark", &self.hh_remark)?;
        object.optional("hh_state", &self.hh_state)?;
        object.field("hh_title", &self.hh_title)?;
        object.optional("hh_type", &self.hh_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditExchangeRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditExchangeRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "child_mx" => rt::read_field(map, &mut self.child_mx),
            "data_userid" => rt::read_field(map, &mut self.data_userid),
            "hh_customerid" => rt::read_field(map, &mut self.hh_customerid),
            "hh_date" => rt::read_field(map, &mut self.hh_date),
            "hh_inempid" => rt::read_field(map, &mut self.hh_inempid),
            "hh_inlibid" => rt::read_field(map, &mut self.hh_inlibid),
            "hh_intime" => rt::read_field(map, &mut self.hh_intime),
            "hh_number" => rt::read_field(map, &mut self.hh_number),
            "hh_orderid" => rt::read_field(map, &mut self.hh_orderid),
            "hh_outempid" => rt::read_field(map, &mut self.hh_outempid),
            "hh_outlibid" => rt::read_field(map, &mut self.hh_outlibid),
            "hh_outtime" => rt::read_field(map, &mut self.hh_outtime),
            "hh_remark" => rt::read_field(map, &mut self.hh_remark),
            "hh_state" => rt::read_field(map, &mut self.hh_state),
            "hh_title" => rt::read_field(map, &mut self.hh_title),
            "hh_type" => rt::read_field(map, &mut self.hh_type),
            _ => Ok(false),
        }
    }
}
/// `EditExchangeResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditExchangeResponseBody = EditContactResponseBody;
/// `EditGoodsRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditGoodsRequestData {
    /// A `EditGoodsRequestData` with its required fields (`cpname`, `cpunit`, `data_userid`, `unitrate`); set the others with the methods named after them.
    pub fn new(
        cpname: impl Into<String>,
        cpunit: impl Into<String>,
        data_userid: impl Into<String>,
        unitrate: impl Into<String>,
    ) -> Self {
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
            cpname: cpname.into(),
            cpno: None,
            cpremark: None,
            cptype: None,
            cpunit: cpunit.into(),
            cpweight: None,
            data_userid: data_userid.into(),
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
            unitrate: unitrate.into(),
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
impl rt::serde::Serialize for EditGoodsRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("addedtime", &self.addedtime)?;
        object.optional("cbprice", &self.cbprice)?;
        object.optional("cp_parentid", &self.cp_parentid)?;
        object.optional("cparea", &self.cparea)?;
        object.optional("cpbarcode", &self.cpbarcode)?;
        object.optional("cpbrand", &self.cpbrand)?;
        object.optional("cpcontent", &self.cpcontent)?;
        object.optional("cpguige", &self.cpguige)?;
        object.optional("cpimg", &self.cpimg)?;
        object.field("cpname", &self.cpname)?;
        object.optional("cpno", &self.cpno)?;
        object.optional("cpremark", &self.cpremark)?;
        object.optional("cptype", &self.cptype)?;
        object.field("cpunit", &self.cpunit)?;
        object.optional("cpweight", &self.cpweight)?;
        object.field("data_userid", &self.data_userid)?;
        object.optional("gysid", &self.gysid)?;
        object.optional("ispicimanage", &self.ispicimanage)?;
        object.optional("issnmanage", &self.issnmanage)?;
        object.optional("isstock", &self.isstock)?;
        object.optional("isstop", &self.isstop)?;
        object.optional("preprice1", &self.preprice1)?;
        object.optional("preprice2", &self.preprice2)?;
        object.optional("preprice3", &self.preprice3)?;
        object.optional("preprice4", &self.preprice4)?;
        object.optional("stockdown", &self.stockdown)?;
        object.optional("stockup", &self.stockup)?;
        object.optional("typeid", &self.typeid)?;
        object.field("unitrate", &self.unitrate)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditGoodsRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditGoodsRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "addedtime" => rt::read_field(map, &mut self.addedtime),
            "cbprice" => rt::read_field(map, &mut self.cbprice),
            "cp_parentid" => rt::read_field(map, &mut self.cp_parentid),
            "cparea" => rt::read_field(map, &mut self.cparea),
            "cpbarcode" => rt::read_field(map, &mut self.cpbarcode),
            "cpbrand" => rt::read_field(map, &mut self.cpbrand),
            "cpcontent" => rt::read_field(map, &mut self.cpcontent),
            "cpguige" => rt::read_field(map, &mut self.cpguige),
            "cpimg" => rt::read_field(map, &mut self.cpimg),
            "cpname" => rt::read_field(map, &mut self.cpname),
            "cpno" => rt::read_field(map, &mut self.cpno),
            "cpremark" => rt::read_field(map, &mut self.cpremark),
            "cptype" => rt::read_field(map, &mut self.cptype),
            "cpunit" => rt::read_field(map, &mut self.cpunit),
            "cpweight" => rt::read_field(map, &mut self.cpweight),
            "data_userid" => rt::read_field(map, &mut self.data_userid),
            "gysid" => rt::read_field(map, &mut self.gysid),
            "ispicimanage" => rt::read_field(map, &mut self.ispicimanage),
            "issnmanage" => rt::read_field(map, &mut self.issnmanage),
            "isstock" => rt::read_field(map, &mut self.isstock),
            "isstop" => rt::read_field(map, &mut self.isstop),
            "preprice1" => rt::read_field(map, &mut self.preprice1),
            "preprice2" => rt::read_field(map, &mut self.preprice2),
            "preprice3" => rt::read_field(map, &mut self.preprice3),
            "preprice4" => rt::read_field(map, &mut self.preprice4),
            "stockdown" => rt::read_field(map, &mut self.stockdown),
            "stockup" => rt::read_field(map, &mut self.stockup),
            "typeid" => rt::read_field(map, &mut self.typeid),
            "unitrate" => rt::read_field(map, &mut self.unitrate),
            _ => Ok(false),
        }
    }
}
/// `EditGoodsResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditGoodsResponseBody = EditContactResponseBody;
/// `EditIntostockRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditIntostockRequestData {
    /// A `EditIntostockRequestData` with its required fields (`billno`, `child_mx`, `data_userid`, `empid`, `libiodate`, `libiostate`, `stocklibid`); set the others with the methods named after them.
    pub fn new(
        billno: impl Into<String>,
        child_mx: impl Into<String>,
        data_userid: impl Into<String>,
        empid: impl Into<String>,
        libiodate: impl Into<String>,
        libiostate: impl Into<String>,
        stocklibid: impl Into<String>,
    ) -> Self {
        Self {
            askempid: None,
            auditreson: None,
            billno: billno.into(),
            child_mx: child_mx.into(),
            customerid: None,
            data_userid: data_userid.into(),
            empid: empid.into(),
            inorout: None,
            libiodate: libiodate.into(),
            libioname: None,
            libiostate: libiostate.into(),
            orderid: None,
            remark: None,
            stocklibid: stocklibid.into(),
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
impl rt::serde::Serialize for EditIntostockRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("askempid", &self.askempid)?;
        object.optional("auditreson", &self.auditreson)?;
        object.field("billno", &self.billno)?;
        object.field("child_mx", &self.child_mx)?;
        object.optional("customerid", &self.customerid)?;
        object.field("data_userid", &self.data_userid)?;
        object.field("empid", &self.empid)?;
        object.optional("inorout", &self.inorout)?;
        object.field("libiodate", &self.libiodate)?;
        object.optional("libioname", &self.libioname)?;
        object.field("libiostate", &self.libiostate)?;
        object.optional("orderid", &self.orderid)?;
        object.optional("remark", &self.remark)?;
        object.field("stocklibid", &self.stocklibid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditIntostockRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditIntostockRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "askempid" => rt::read_field(map, &mut self.askempid),
            "auditreson" => rt::read_field(map, &mut self.auditreson),
            "billno" => rt::read_field(map, &mut self.billno),
            "child_mx" => rt::read_field(map, &mut self.child_mx),
            "customerid" => rt::read_field(map, &mut self.customerid),
            "data_userid" => rt::read_field(map, &mut self.data_userid),
            "empid" => rt::read_field(map, &mut self.empid),
            "inorout" => rt::read_field(map, &mut self.inorout),
            "libiodate" => rt::read_field(map, &mut self.libiodate),
            "libioname" => rt::read_field(map, &mut self.libioname),
            "libiostate" => rt::read_field(map, &mut self.libiostate),
            "orderid" => rt::read_field(map, &mut self.orderid),
            "remark" => rt::read_field(map, &mut self.remark),
            "stocklibid" => rt::read_field(map, &mut self.stocklibid),
            _ => Ok(false),
        }
    }
}
/// `EditIntostockResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditIntostockResponseBody = EditContactResponseBody;
/// `EditInvoiceRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditInvoiceRequestData {
    /// A `EditInvoiceRequestData` with its required fields (`data_userid`, `fh_customerid`, `fh_date`, `fh_mode`, `fh_number`); set the others with the methods named after them.
    pub fn new(
        data_userid: impl Into<String>,
        fh_customerid: impl Into<String>,
        fh_date: impl Into<String>,
        fh_mode: impl Into<String>,
        fh_number: impl Into<String>,
    ) -> Self {
        Self {
            child_mx: None,
            data_userid: data_userid.into(),
            fh_address: None,
            fh_customerid: fh_customerid.into(),
            fh_date: fh_date.into(),
            fh_email: None,
            fh_handset: None,
            fh_htorder: None,
            fh_jianshu: None,
            fh_kg: None,
            fh_linkman: None,
            fh_lxrid: None,
            fh_mode: fh_mode.into(),
            fh_msn: None,
            fh_number: fh_number.into(),
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
impl rt::serde::Serialize for EditInvoiceRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("child_mx", &self.child_mx)?;
        object.field("data_userid", &self.data_userid)?;
        object.optional("fh_address", &self.fh_address)?;
        object.field("fh_customerid", &self.fh_customerid)?;
        object.field("fh_date", &self.fh_date)?;
        object.optional("fh_email", &self.fh_email)?;
        object.optional("fh_handset", &self.fh_handset)?;
        object.optional("fh_htorder", &self.fh_htorder)?;
        object.optional("fh_jianshu", &self.fh_jianshu)?;
        object.optional("fh_kg", &self.fh_kg)?;
        object.optional("fh_linkman", &self.fh_linkman)?;
        object.optional("fh_lxrid", &self.fh_lxrid)?;
        object.field("fh_mode", &self.fh_mode)?;
        object.optional("fh_msn", &self.fh_msn)?;
        object.field("fh_number", &self.fh_number)?;
        object.optional("fh_post", &self.fh_post)?;
        object.optional("fh_preside", &self.fh_preside)?;
        object.optional("fh_remark", &self.fh_remark)?;
        object.optional("fh_shipper", &self.fh_shipper)?;
        object.optional("fh_state", &self.fh_state)?;
        object.optional("fh_tel", &self.fh_tel)?;
        object.optional("fh_title", &self.fh_title)?;
        object.optional("fh_yunfei", &self.fh_yunfei)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditInvoiceRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditInvoiceRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "child_mx" => rt::read_field(map, &mut self.child_mx),
            "data_userid" => rt::read_field(map, &mut self.data_userid),
            "fh_address" => rt::read_field(map, &mut self.fh_address),
            "fh_customerid" => rt::read_field(map, &mut self.fh_customerid),
            "fh_date" => rt::read_field(map, &mut self.fh_date),
            "fh_email" => rt::read_field(map, &mut self.fh_email),
            "fh_handset" => rt::read_field(map, &mut self.fh_handset),
            "fh_htorder" => rt::read_field(map, &mut self.fh_htorder),
            "fh_jianshu" => rt::read_field(map, &mut self.fh_jianshu),
            "fh_kg" => rt::read_field(map, &mut self.fh_kg),
            "fh_linkman" => rt::read_field(map, &mut self.fh_linkman),
            "fh_lxrid" => rt::read_field(map, &mut self.fh_lxrid),
            "fh_mode" => rt::read_field(map, &mut self.fh_mode),
            "fh_msn" => rt::read_field(map, &mut self.fh_msn),
            "fh_number" => rt::read_field(map, &mut self.fh_number),
            "fh_post" => rt::read_field(map, &mut self.fh_post),
            "fh_preside" => rt::read_field(map, &mut self.fh_preside),
            "fh_remark" => rt::read_field(map, &mut self.fh_remark),
            "fh_shipper" => rt::read_field(map, &mut self.fh_shipper),
            "fh_state" => rt::read_field(map, &mut self.fh_state),
            "fh_tel" => rt::read_field(map, &mut self.fh_tel),
            "fh_title" => rt::read_field(map, &mut self.fh_title),
            "fh_yunfei" => rt::read_field(map, &mut self.fh_yunfei),
            _ => Ok(false),
        }
    }
}
/// `EditInvoiceResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditInvoiceResponseBody = EditContactResponseBody;
/// `EditOrderRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditOrderRequestData {
    /// A `EditOrderRequestData` with its required fields (`data_userid`, `ht_customerid`, `ht_date`, `ht_order`, `ht_preside`, `ht_state`, `ht_summoney`); set the others with the methods named after them.
    pub fn new(
        data_userid: impl Into<String>,
        ht_customerid: impl Into<String>,
        ht_date: impl Into<String>,
        ht_order: impl Into<String>,
        ht_preside: impl Into<String>,
        ht_state: impl Into<String>,
        ht_summoney: impl Into<String>,
    ) -> Self {
        Self {
            child_mx: None,
            data_userid: data_userid.into(),
            fahuoaddressid: None,
            ht_begindate: None,
            ht_contract: None,
            ht_customerid: ht_customerid.into(),
            ht_cusub: None,
            ht_date: ht_date.into(),
            ht_deliplace: None,
            ht_enddate: None,
            ht_fjmoney: None,
            ht_fjmoneylx: None,
            ht_kjmoney: None,
            ht_lxrid: None,
            ht_lxrinfo: None,
            ht_moneyzhekou: None,
            ht_number: None,
            ht_order: ht_order.into(),
            ht_paymode: None,
            ht_preside: ht_preside.into(),
            ht_remark: None,
            ht_state: ht_state.into(),
            ht_summemo: None,
            ht_summoney: ht_summoney.into(),
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
impl rt::serde::Serialize for EditOrderRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("child_mx", &self.child_mx)?;
        object.field("data_userid", &self.data_userid)?;
        object.optional("fahuoaddressid", &self.fahuoaddressid)?;
        object.optional("ht_begindate", &self.ht_begindate)?;
        object.optional("ht_contract", &self.ht_contract)?;
        object.field("ht_customerid", &self.ht_customerid)?;
        object.optional("ht_cusub", &self.ht_cusub)?;
        object.field("ht_date", &self.ht_date)?;
        object.optional("ht_deliplace", &self.ht_deliplace)?;
        object.optional("ht_enddate", &self.ht_enddate)?;
        object.optional("ht_fjmoney", &self.ht_fjmoney)?;
        object.optional("ht_fjmoneylx", &self.ht_fjmoneylx)?;
        object.optional("ht_kjmoney", &self.ht_kjmoney)?;
        object.optional("ht_lxrid", &self.ht_lxrid)?;
        object.optional("ht_lxrinfo", &self.ht_lxrinfo)?;
        object.optional("ht_moneyzhekou", &self.ht_moneyzhekou)?;
        object.optional("ht_number", &self.ht_number)?;
        object.field("ht_order", &self.ht_order)?;
        object.optional("ht_paymode", &self.ht_paymode)?;
        object.field("ht_preside", &self.ht_preside)?;
        object.optional("ht_remark", &self.ht_remark)?;
        object.field("ht_state", &self.ht_state)?;
        object.optional("ht_summemo", &self.ht_summemo)?;
        object.field("ht_summoney", &self.ht_summoney)?;
        object.optional("ht_title", &self.ht_title)?;
        object.optional("ht_type", &self.ht_type)?;
        object.optional("ht_wesub", &self.ht_wesub)?;
        object.optional("ht_wuliutype", &self.ht_wuliutype)?;
        object.optional("ht_xshid", &self.ht_xshid)?;
        object.optional("ht_yunfeimoney", &self.ht_yunfeimoney)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditOrderRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditOrderRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "child_mx" => rt::read_field(map, &mut self.child_mx),
            "data_userid" => rt::read_field(map, &mut self.data_userid),
            "fahuoaddressid" => rt::read_field(map, &mut self.fahuoaddressid),
            "ht_begindate" => rt::read_field(map, &mut self.ht_begindate),
            "ht_contract" => rt::read_field(map, &mut self.ht_contract),
            "ht_customerid" => rt::read_field(map, &mut self.ht_customerid),
            "ht_cusub" => rt::read_field(map, &mut self.ht_cusub),
            "ht_date" => rt::read_field(map, &mut self.ht_date),
            "ht_deliplace" => rt::read_field(map, &mut self.ht_deliplace),
            "ht_enddate" => rt::read_field(map, &mut self.ht_enddate),
            "ht_fjmoney" => rt::read_field(map, &mut self.ht_fjmoney),
            "ht_fjmoneylx" => rt::read_field(map, &mut self.ht_fjmoneylx),
            "ht_kjmoney" => rt::read_field(map, &mut self.ht_kjmoney),
            "ht_lxrid" => rt::read_field(map, &mut self.ht_lxrid),
            "ht_lxrinfo" => rt::read_field(map, &mut self.ht_lxrinfo),
            "ht_moneyzhekou" => rt::read_field(map, &mut self.ht_moneyzhekou),
            "ht_number" => rt::read_field(map, &mut self.ht_number),
            "ht_order" => rt::read_field(map, &mut self.ht_order),
            "ht_paymode" => rt::read_field(map, &mut self.ht_paymode),
            "ht_preside" => rt::read_field(map, &mut self.ht_preside),
            "ht_remark" => rt::read_field(map, &mut self.ht_remark),
            "ht_state" => rt::read_field(map, &mut self.ht_state),
            "ht_summemo" => rt::read_field(map, &mut self.ht_summemo),
            "ht_summoney" => rt::read_field(map, &mut self.ht_summoney),
            "ht_title" => rt::read_field(map, &mut self.ht_title),
            "ht_type" => rt::read_field(map, &mut self.ht_type),
            "ht_wesub" => rt::read_field(map, &mut self.ht_wesub),
            "ht_wuliutype" => rt::read_field(map, &mut self.ht_wuliutype),
            "ht_xshid" => rt::read_field(map, &mut self.ht_xshid),
            "ht_yunfeimoney" => rt::read_field(map, &mut self.ht_yunfeimoney),
            _ => Ok(false),
        }
    }
}
/// `EditOrderResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditOrderResponseBody = EditContactResponseBody;
/// `EditOutstockRequestData`: the same model as [`EditIntostockRequestData`].
pub type EditOutstockRequestData = EditIntostockRequestData;
/// `EditOutstockResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditOutstockResponseBody = EditContactResponseBody;
/// `EditProductionRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditProductionRequestData {
    /// A `EditProductionRequestData` with its required fields (`data_userid`, `sch_number`, `sch_planendtime`, `sch_starttime`, `sch_title`); set the others with the methods named after them.
    pub fn new(
        data_userid: impl Into<String>,
        sch_number: impl Into<String>,
        sch_planendtime: impl Into<String>,
        sch_starttime: impl Into<String>,
        sch_title: impl Into<String>,
    ) -> Self {
        Self {
            data_userid: data_userid.into(),
            sch_customerid: None,
            sch_endtime: None,
            sch_finished: None,
            sch_htid: None,
            sch_makeemp: None,
            sch_number: sch_number.into(),
            sch_planendtime: sch_planendtime.into(),
            sch_principal: None,
            sch_remark: None,
            sch_starttime: sch_starttime.into(),
            sch_statesstr: None,
            sch_title: sch_title.into(),
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
impl rt::serde::Serialize for EditProductionRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("data_userid", &self.data_userid)?;
        object.optional("sch_customerid", &self.sch_customerid)?;
        object.optional("sch_endtime", &self.sch_endtime)?;
        object.optional("sch_finished", &self.sch_finished)?;
        object.optional("sch_htid", &self.sch_htid)?;
        object.optional("sch_makeemp", &self.sch_makeemp)?;
        object.field("sch_number", &self.sch_number)?;
        object.field("sch_planendtime", &self.sch_planendtime)?;
        object.optional("sch_principal", &self.sch_principal)?;
        object.optional("sch_remark", &self.sch_remark)?;
        object.field("sch_starttime", &self.sch_starttime)?;
        object.optional("sch_statesstr", &self.sch_statesstr)?;
        object.field("sch_title", &self.sch_title)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditProductionRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditProductionRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data_userid" => rt::read_field(map, &mut self.data_userid),
            "sch_customerid" => rt::read_field(map, &mut self.sch_customerid),
            "sch_endtime" => rt::read_field(map, &mut self.sch_endtime),
            "sch_finished" => rt::read_field(map, &mut self.sch_finished),
            "sch_htid" => rt::read_field(map, &mut self.sch_htid),
            "sch_makeemp" => rt::read_field(map, &mut self.sch_makeemp),
            "sch_number" => rt::read_field(map, &mut self.sch_number),
            "sch_planendtime" => rt::read_field(map, &mut self.sch_planendtime),
            "sch_principal" => rt::read_field(map, &mut self.sch_principal),
            "sch_remark" => rt::read_field(map, &mut self.sch_remark),
            "sch_starttime" => rt::read_field(map, &mut self.sch_starttime),
            "sch_statesstr" => rt::read_field(map, &mut self.sch_statesstr),
            "sch_title" => rt::read_field(map, &mut self.sch_title),
            _ => Ok(false),
        }
    }
}
/// `EditProductionResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditProductionResponseBody = EditContactResponseBody;
/// `EditPurchaseRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditPurchaseRequestData {
    /// A `EditPurchaseRequestData` with its required fields (`cg_zxstate`, `cgdate`, `cgno`, `data_userid`, `gysid`, `summoney`); set the others with the methods named after them.
    pub fn new(
        cg_zxstate: impl Into<String>,
        cgdate: impl Into<String>,
        cgno: impl Into<String>,
        data_userid: impl Into<String>,
        gysid: impl Into<String>,
        summoney: impl Into<String>,
    ) -> Self {
        Self {
            cg_fjmoney: None,
            cg_fjmoneylx: None,
            cg_kjmoney: None,
            cg_moneyzhekou: None,
            cg_zxstate: cg_zxstate.into(),
            cgdate: cgdate.into(),
            cgname: None,
            cgno: cgno.into(),
            cgremark: None,
            cgtype: None,
            child_mx: None,
            data_userid: data_userid.into(),
            empid: None,
            gys_lxrid: None,
            gys_lxrinfo: None,
            gysid: gysid.into(),
            gysjingban: None,
            order_htid: None,
            order_khid: None,
            summoney: summoney.into(),
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
impl rt::serde::Serialize for EditPurchaseRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("cg_fjmoney", &self.cg_fjmoney)?;
        object.optional("cg_fjmoneylx", &self.cg_fjmoneylx)?;
        object.optional("cg_kjmoney", &self.cg_kjmoney)?;
        object.optional("cg_moneyzhekou", &self.cg_moneyzhekou)?;
        object.field("cg_zxstate", &self.cg_zxstate)?;
        object.field("cgdate", &self.cgdate)?;
        object.optional("cgname", &self.cgname)?;
        object.field("cgno", &self.cgno)?;
        object.optional("cgremark", &self.cgremark)?;
        object.optional("cgtype", &self.cgtype)?;
        object.optional("child_mx", &self.child_mx)?;
        object.field("data_userid", &self.data_userid)?;
        object.optional("empid", &self.empid)?;
        object.optional("gys_lxrid", &self.gys_lxrid)?;
        object.optional("gys_lxrinfo", &self.gys_lxrinfo)?;
        object.field("gysid", &self.gysid)?;
        object.optional("gysjingban", &self.gysjingban)?;
        object.optional("order_htid", &self.order_htid)?;
        object.optional("order_khid", &self.order_khid)?;
        object.field("summoney", &self.summoney)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditPurchaseRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditPurchaseRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cg_fjmoney" => rt::read_field(map, &mut self.cg_fjmoney),
            "cg_fjmoneylx" => rt::read_field(map, &mut self.cg_fjmoneylx),
            "cg_kjmoney" => rt::read_field(map, &mut self.cg_kjmoney),
            "cg_moneyzhekou" => rt::read_field(map, &mut self.cg_moneyzhekou),
            "cg_zxstate" => rt::read_field(map, &mut self.cg_zxstate),
            "cgdate" => rt::read_field(map, &mut self.cgdate),
            "cgname" => rt::read_field(map, &mut self.cgname),
            "cgno" => rt::read_field(map, &mut self.cgno),
            "cgremark" => rt::read_field(map, &mut self.cgremark),
            "cgtype" => rt::read_field(map, &mut self.cgtype),
            "child_mx" => rt::read_field(map, &mut self.child_mx),
            "data_userid" => rt::read_field(map, &mut self.data_userid),
            "empid" => rt::read_field(map, &mut self.empid),
            "gys_lxrid" => rt::read_field(map, &mut self.gys_lxrid),
            "gys_lxrinfo" => rt::read_field(map, &mut self.gys_lxrinfo),
            "gysid" => rt::read_field(map, &mut self.gysid),
            "gysjingban" => rt::read_field(map, &mut self.gysjingban),
            "order_htid" => rt::read_field(map, &mut self.order_htid),
            "order_khid" => rt::read_field(map, &mut self.order_khid),
            "summoney" => rt::read_field(map, &mut self.summoney),
            _ => Ok(false),
        }
    }
}
/// `EditPurchaseResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditPurchaseResponseBody = EditContactResponseBody;
/// `EditQuotationRecordRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditQuotationRecordRequestData {
    /// A `EditQuotationRecordRequestData` with its required fields (`bj_bjren`, `bj_customerid`, `bj_date`, `bj_price`, `data_userid`); set the others with the methods named after them.
    pub fn new(
        bj_bjren: impl Into<String>,
        bj_customerid: impl Into<String>,
        bj_date: impl Into<String>,
        bj_price: impl Into<String>,
        data_userid: impl Into<String>,
    ) -> Self {
        Self {
            bj_bjren: bj_bjren.into(),
            bj_bzremark: None,
            bj_customerid: bj_customerid.into(),
            bj_date: bj_date.into(),
            bj_fjmoney: None,
            bj_fjmoneylx: None,
            bj_fkremark: None,
            bj_jfremark: None,
            bj_jshren: None,
            bj_kjmoney: None,
            bj_lianxi: None,
            bj_moneyzhekou: None,
            bj_number: None,
            bj_price: bj_price.into(),
            bj_remark: None,
            bj_state: None,
            bj_title: None,
            bj_xshid: None,
            child_mx: None,
            data_userid: data_userid.into(),
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
impl rt::serde::Serialize for EditQuotationRecordRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("bj_bjren", &self.bj_bjren)?;
        object.optional("bj_bzremark", &self.bj_bzremark)?;
        object.field("bj_customerid", &self.bj_customerid)?;
        object.field("bj_date", &self.bj_date)?;
        object.optional("bj_fjmoney", &self.bj_fjmoney)?;
        object.optional("bj_fjmoneylx", &self.bj_fjmoneylx)?;
        object.optional("bj_fkremark", &self.bj_fkremark)?;
        object.optional("bj_jfremark", &self.bj_jfremark)?;
        object.optional("bj_jshren", &self.bj_jshren)?;
        object.optional("bj_kjmoney", &self.bj_kjmoney)?;
        object.optional("bj_lianxi", &self.bj_lianxi)?;
        object.optional("bj_moneyzhekou", &self.bj_moneyzhekou)?;
        object.optional("bj_number", &self.bj_number)?;
        object.field("bj_price", &self.bj_price)?;
        object.optional("bj_remark", &self.bj_remark)?;
        object.optional("bj_state", &self.bj_state)?;
        object.optional("bj_title", &self.bj_title)?;
        object.optional("bj_xshid", &self.bj_xshid)?;
        object.optional("child_mx", &self.child_mx)?;
        object.field("data_userid", &self.data_userid)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditQuotationRecordRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditQuotationRecordRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bj_bjren" => rt::read_field(map, &mut self.bj_bjren),
            "bj_bzremark" => rt::read_field(map, &mut self.bj_bzremark),
            "bj_customerid" => rt::read_field(map, &mut self.bj_customerid),
            "bj_date" => rt::read_field(map, &mut self.bj_date),
            "bj_fjmoney" => rt::read_field(map, &mut self.bj_fjmoney),
            "bj_fjmoneylx" => rt::read_field(map, &mut self.bj_fjmoneylx),
            "bj_fkremark" => rt::read_field(map, &mut self.bj_fkremark),
            "bj_jfremark" => rt::read_field(map, &mut self.bj_jfremark),
            "bj_jshren" => rt::read_field(map, &mut self.bj_jshren),
            "bj_kjmoney" => rt::read_field(map, &mut self.bj_kjmoney),
            "bj_lianxi" => rt::read_field(map, &mut self.bj_lianxi),
            "bj_moneyzhekou" => rt::read_field(map, &mut self.bj_moneyzhekou),
            "bj_number" => rt::read_field(map, &mut self.bj_number),
            "bj_price" => rt::read_field(map, &mut self.bj_price),
            "bj_remark" => rt::read_field(map, &mut self.bj_remark),
            "bj_state" => rt::read_field(map, &mut self.bj_state),
            "bj_title" => rt::read_field(map, &mut self.bj_title),
            "bj_xshid" => rt::read_field(map, &mut self.bj_xshid),
            "child_mx" => rt::read_field(map, &mut self.child_mx),
            "data_userid" => rt::read_field(map, &mut self.data_userid),
            _ => Ok(false),
        }
    }
}
/// `EditQuotationRecordResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditQuotationRecordResponseBody = EditContactResponseBody;
/// `EditSalesRequestData`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditSalesRequestData {
    /// A `EditSalesRequestData` with its required fields (`data_userid`, `xsh_customerid`, `xsh_date`, `xsh_title`); set the others with the methods named after them.
    pub fn new(
        data_userid: impl Into<String>,
        xsh_customerid: impl Into<String>,
        xsh_date: impl Into<String>,
        xsh_title: impl Into<String>,
    ) -> Self {
        Self {
            data_userid: data_userid.into(),
            xsh_customerid: xsh_customerid.into(),
            xsh_date: xsh_date.into(),
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
            xsh_title: xsh_title.into(),
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
impl rt::serde::Serialize for EditSalesRequestData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("data_userid", &self.data_userid)?;
        object.field("xsh_customerid", &self.xsh_customerid)?;
        object.field("xsh_date", &self.xsh_date)?;
        object.optional("xsh_expdate", &self.xsh_expdate)?;
        object.optional("xsh_expmoney", &self.xsh_expmoney)?;
        object.optional("xsh_from", &self.xsh_from)?;
        object.optional("xsh_knx", &self.xsh_knx)?;
        object.optional("xsh_lianxi", &self.xsh_lianxi)?;
        object.optional("xsh_lxrid", &self.xsh_lxrid)?;
        object.optional("xsh_moneynote", &self.xsh_moneynote)?;
        object.optional("xsh_number", &self.xsh_number)?;
        object.optional("xsh_phase", &self.xsh_phase)?;
        object.optional("xsh_phasenote", &self.xsh_phasenote)?;
        object.optional("xsh_preside", &self.xsh_preside)?;
        object.optional("xsh_provider", &self.xsh_provider)?;
        object.optional("xsh_require", &self.xsh_require)?;
        object.optional("xsh_state", &self.xsh_state)?;
        object.field("xsh_title", &self.xsh_title)?;
        object.optional("xsh_type", &self.xsh_type)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditSalesRequestData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditSalesRequestData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data_userid" => rt::read_field(map, &mut self.data_userid),
            "xsh_customerid" => rt::read_field(map, &mut self.xsh_customerid),
            "xsh_date" => rt::read_field(map, &mut self.xsh_date),
            "xsh_expdate" => rt::read_field(map, &mut self.xsh_expdate),
            "xsh_expmoney" => rt::read_field(map, &mut self.xsh_expmoney),
            "xsh_from" => rt::read_field(map, &mut self.xsh_from),
            "xsh_knx" => rt::read_field(map, &mut self.xsh_knx),
            "xsh_lianxi" => rt::read_field(map, &mut self.xsh_lianxi),
            "xsh_lxrid" => rt::read_field(map, &mut self.xsh_lxrid),
            "xsh_moneynote" => rt::read_field(map, &mut self.xsh_moneynote),
            "xsh_number" => rt::read_field(map, &mut self.xsh_number),
            "xsh_phase" => rt::read_field(map, &mut self.xsh_phase),
            "xsh_phasenote" => rt::read_field(map, &mut self.xsh_phasenote),
            "xsh_preside" => rt::read_field(map, &mut self.xsh_preside),
            "xsh_provider" => rt::read_field(map, &mut self.xsh_provider),
            "xsh_require" => rt::read_field(map, &mut self.xsh_require),
            "xsh_state" => rt::read_field(map, &mut self.xsh_state),
            "xsh_title" => rt::read_field(map, &mut self.xsh_title),
            "xsh_type" => rt::read_field(map, &mut self.xsh_type),
            _ => Ok(false),
        }
    }
}
/// `EditSalesResponseBody`: the same model as [`EditContactResponseBody`].
pub type EditSalesResponseBody = EditContactResponseBody;
/// `GetDataListResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDataListResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDataListResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "dataname" => rt::read_field(map, &mut self.dataname),
            "page" => rt::read_field(map, &mut self.page),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "time" => rt::read_field(map, &mut self.time),
            "totalCount" => rt::read_field(map, &mut self.total_count),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDataListResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("dataname", &self.dataname)?;
        object.optional("page", &self.page)?;
        object.optional("pageSize", &self.page_size)?;
        object.optional("time", &self.time)?;
        object.optional("totalCount", &self.total_count)?;
        object.end()
    }
}
/// `GetDataViewResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetDataViewResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDataViewResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "dataname" => rt::read_field(map, &mut self.dataname),
            "time" => rt::read_field(map, &mut self.time),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDataViewResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("dataname", &self.dataname)?;
        object.optional("time", &self.time)?;
        object.end()
    }
}
/// `GetDataListResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDataListResponseBodyData {
    /// `detail`.
    pub detail: Option<rt::BTreeMap<String, String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetDataListResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetDataListResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "detail" => rt::read_field(map, &mut self.detail),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetDataListResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("detail", &self.detail)?;
        object.end()
    }
}
/// `GetDataViewResponseBodyData`: the same model as [`GetDataListResponseBodyData`].
pub type GetDataViewResponseBodyData = GetDataListResponseBodyData;
/// The request of [`Api::edit_contact`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditContactRequest {
    /// A `EditContactRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(datatype: i64, stamp: i64) -> Self {
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
impl rt::serde::Serialize for EditContactRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.field("datatype", &self.datatype)?;
        object.optional("msgid", &self.msgid)?;
        object.field("stamp", &self.stamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditContactRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditContactRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            "stamp" => rt::read_field(map, &mut self.stamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditContactRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_customer`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditCustomerRequest {
    /// A `EditCustomerRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(datatype: i64, stamp: i64) -> Self {
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
impl rt::serde::Serialize for EditCustomerRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.field("datatype", &self.datatype)?;
        object.optional("msgid", &self.msgid)?;
        object.field("stamp", &self.stamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditCustomerRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditCustomerRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            "stamp" => rt::read_field(map, &mut self.stamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditCustomerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_customer_pool`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditCustomerPoolRequest {
    /// A `EditCustomerPoolRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(datatype: i64, stamp: i64) -> Self {
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
impl rt::serde::Serialize for EditCustomerPoolRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.field("datatype", &self.datatype)?;
        object.optional("msgid", &self.msgid)?;
        object.field("stamp", &self.stamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditCustomerPoolRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditCustomerPoolRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            "stamp" => rt::read_field(map, &mut self.stamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditCustomerPoolRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_exchange`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditExchangeRequest {
    /// A `EditExchangeRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(datatype: i64, stamp: i64) -> Self {
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
impl rt::serde::Serialize for EditExchangeRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.field("datatype", &self.datatype)?;
        object.optional("msgid", &self.msgid)?;
        object.field("stamp", &self.stamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditExchangeRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditExchangeRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            "stamp" => rt::read_field(map, &mut self.stamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditExchangeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_goods`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditGoodsRequest {
    /// A `EditGoodsRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(datatype: i64, stamp: i64) -> Self {
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
impl rt::serde::Serialize for EditGoodsRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.field("datatype", &self.datatype)?;
        object.optional("msgid", &self.msgid)?;
        object.field("stamp", &self.stamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditGoodsRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditGoodsRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            "stamp" => rt::read_field(map, &mut self.stamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditGoodsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_intostock`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditIntostockRequest {
    /// A `EditIntostockRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(datatype: i64, stamp: i64) -> Self {
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
impl rt::serde::Serialize for EditIntostockRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.field("datatype", &self.datatype)?;
        object.optional("msgid", &self.msgid)?;
        object.field("stamp", &self.stamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditIntostockRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditIntostockRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            "stamp" => rt::read_field(map, &mut self.stamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditIntostockRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_invoice`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditInvoiceRequest {
    /// A `EditInvoiceRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(datatype: i64, stamp: i64) -> Self {
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
impl rt::serde::Serialize for EditInvoiceRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.field("datatype", &self.datatype)?;
        object.optional("msgid", &self.msgid)?;
        object.field("stamp", &self.stamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditInvoiceRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditInvoiceRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            "stamp" => rt::read_field(map, &mut self.stamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditInvoiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditOrderRequest {
    /// A `EditOrderRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(datatype: i64, stamp: i64) -> Self {
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
impl rt::serde::Serialize for EditOrderRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.field("datatype", &self.datatype)?;
        object.optional("msgid", &self.msgid)?;
        object.field("stamp", &self.stamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            "stamp" => rt::read_field(map, &mut self.stamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_outstock`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditOutstockRequest {
    /// A `EditOutstockRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(datatype: i64, stamp: i64) -> Self {
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
impl rt::serde::Serialize for EditOutstockRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.field("datatype", &self.datatype)?;
        object.optional("msgid", &self.msgid)?;
        object.field("stamp", &self.stamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditOutstockRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditOutstockRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            "stamp" => rt::read_field(map, &mut self.stamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditOutstockRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_production`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditProductionRequest {
    /// A `EditProductionRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(datatype: i64, stamp: i64) -> Self {
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
impl rt::serde::Serialize for EditProductionRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.field("datatype", &self.datatype)?;
        object.optional("msgid", &self.msgid)?;
        object.field("stamp", &self.stamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditProductionRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditProductionRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            "stamp" => rt::read_field(map, &mut self.stamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditProductionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_purchase`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditPurchaseRequest {
    /// A `EditPurchaseRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(datatype: i64, stamp: i64) -> Self {
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
impl rt::serde::Serialize for EditPurchaseRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.field("datatype", &self.datatype)?;
        object.optional("msgid", &self.msgid)?;
        object.field("stamp", &self.stamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditPurchaseRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditPurchaseRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            "stamp" => rt::read_field(map, &mut self.stamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditPurchaseRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_quotation_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditQuotationRecordRequest {
    /// A `EditQuotationRecordRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(datatype: i64, stamp: i64) -> Self {
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
impl rt::serde::Serialize for EditQuotationRecordRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.field("datatype", &self.datatype)?;
        object.optional("msgid", &self.msgid)?;
        object.field("stamp", &self.stamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditQuotationRecordRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditQuotationRecordRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            "stamp" => rt::read_field(map, &mut self.stamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditQuotationRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::edit_sales`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl EditSalesRequest {
    /// A `EditSalesRequest` with its required fields (`datatype`, `stamp`); set the others with the methods named after them.
    pub fn new(datatype: i64, stamp: i64) -> Self {
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
impl rt::serde::Serialize for EditSalesRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.field("datatype", &self.datatype)?;
        object.optional("msgid", &self.msgid)?;
        object.field("stamp", &self.stamp)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for EditSalesRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for EditSalesRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            "stamp" => rt::read_field(map, &mut self.stamp),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for EditSalesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_data_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDataListRequest {
    /// `datatype`: a query parameter.
    pub datatype: String,
    /// `page`: a query parameter.
    pub page: i64,
    /// `pagesize`: a query parameter.
    pub pagesize: i64,
}
impl GetDataListRequest {
    /// A `GetDataListRequest` with its required fields (`datatype`, `page`, `pagesize`); set the others with the methods named after them.
    pub fn new(datatype: impl Into<String>, page: i64, pagesize: i64) -> Self {
        Self {
            datatype: datatype.into(),
            page,
            pagesize,
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDataListRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDataListRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "datatype" => rt::read_field(map, &mut self.datatype),
            "page" => rt::read_field(map, &mut self.page),
            "pagesize" => rt::read_field(map, &mut self.pagesize),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetDataViewRequest {
    /// `datatype`: a query parameter.
    pub datatype: String,
    /// `msgid`: a query parameter.
    pub msgid: i64,
}
impl GetDataViewRequest {
    /// A `GetDataViewRequest` with its required fields (`datatype`, `msgid`); set the others with the methods named after them.
    pub fn new(datatype: impl Into<String>, msgid: i64) -> Self {
        Self {
            datatype: datatype.into(),
            msgid,
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetDataViewRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetDataViewRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "datatype" => rt::read_field(map, &mut self.datatype),
            "msgid" => rt::read_field(map, &mut self.msgid),
            _ => Ok(false),
        }
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
