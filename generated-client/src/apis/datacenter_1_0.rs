// @generated from api-spec/datacenter_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 数据目录与数据资产平台 (Data Center)：企业使用情况的统计数据、数据投递，数据资产平台与数据流通中心的数据服务。
//!
//! 113 operations, methods of [`Api`] (`client.datacenter_1_0()`), behind the cargo feature `datacenter_1_0`; its paths start with `/v1.0/datacenter/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `datacenter_1_0`. Get it with `client.datacenter_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 关闭数据投递任务
    ///
    /// `POST /v1.0/datacenter/dataDeliverServices/close`: DingTalk's `CloseDataDeliver` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CloseDataDeliver")]
    #[doc(alias = "/v1.0/datacenter/dataDeliverServices/close")]
    #[doc(alias = "POST /v1.0/datacenter/dataDeliverServices/close")]
    pub fn close_data_deliver(
        &self,
        request: &CloseDataDeliverRequest,
    ) -> rt::Call<CloseDataDeliverResponseBody, CloseDataDeliverError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CloseDataDeliver",
            rt::Method::Post,
            "/v1.0/datacenter/dataDeliverServices/close",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建数据投递
    ///
    /// `POST /v1.0/datacenter/dataDeliveries`: DingTalk's `CreateDataDeliver` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateDataDeliver")]
    #[doc(alias = "/v1.0/datacenter/dataDeliveries")]
    #[doc(alias = "POST /v1.0/datacenter/dataDeliveries")]
    pub fn create_data_deliver(
        &self,
        request: &CreateDataDeliverRequest,
    ) -> rt::Call<CreateDataDeliverResponseBody, CreateDataDeliverError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateDataDeliver",
            rt::Method::Post,
            "/v1.0/datacenter/dataDeliveries",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增数据大屏
    ///
    /// `POST /v1.0/datacenter/screens`: DingTalk's `CreateScreen` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateScreen")]
    #[doc(alias = "/v1.0/datacenter/screens")]
    #[doc(alias = "POST /v1.0/datacenter/screens")]
    pub fn create_screen(
        &self,
        request: &CreateScreenRequest,
    ) -> rt::Call<CreateScreenResponseBody, CreateScreenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateScreen",
            rt::Method::Post,
            "/v1.0/datacenter/screens",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 数据流通中心获取数据服务
    ///
    /// `POST /v1.0/datacenter/isv/dataMarketServices/query`: DingTalk's `DataMarketIsvService` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DataMarketIsvService")]
    #[doc(alias = "/v1.0/datacenter/isv/dataMarketServices/query")]
    #[doc(alias = "POST /v1.0/datacenter/isv/dataMarketServices/query")]
    pub fn data_market_isv_service(
        &self,
        request: &DataMarketIsvServiceRequest,
    ) -> rt::Call<DataMarketIsvServiceResponseBody, DataMarketIsvServiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DataMarketIsvService",
            rt::Method::Post,
            "/v1.0/datacenter/isv/dataMarketServices/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 数据流通中心获取数据服务
    ///
    /// `POST /v1.0/datacenter/dataMarketServices/query`: DingTalk's `DataMarketService` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DataMarketService")]
    #[doc(alias = "/v1.0/datacenter/dataMarketServices/query")]
    #[doc(alias = "POST /v1.0/datacenter/dataMarketServices/query")]
    pub fn data_market_service(
        &self,
        request: &DataMarketServiceRequest,
    ) -> rt::Call<DataMarketServiceResponseBody, DataMarketServiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DataMarketService",
            rt::Method::Post,
            "/v1.0/datacenter/dataMarketServices/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 工商-经营异常
    ///
    /// `GET /v1.0/datacenter/companies/abnormalOperations`: DingTalk's `GetAbnormalOperation` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_abnormal_operation_pages`].
    #[doc(alias = "GetAbnormalOperation")]
    #[doc(alias = "/v1.0/datacenter/companies/abnormalOperations")]
    #[doc(alias = "GET /v1.0/datacenter/companies/abnormalOperations")]
    pub fn get_abnormal_operation(
        &self,
        request: &GetAbnormalOperationRequest,
    ) -> rt::Call<GetAbnormalOperationResponseBody, GetAbnormalOperationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAbnormalOperation",
            rt::Method::Get,
            "/v1.0/datacenter/companies/abnormalOperations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取工商-行政许可
    ///
    /// `GET /v1.0/datacenter/companies/administrativeLicenses`: DingTalk's `GetAdministrativeLicensing` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_administrative_licensing_pages`].
    #[doc(alias = "GetAdministrativeLicensing")]
    #[doc(alias = "/v1.0/datacenter/companies/administrativeLicenses")]
    #[doc(alias = "GET /v1.0/datacenter/companies/administrativeLicenses")]
    pub fn get_administrative_licensing(
        &self,
        request: &GetAdministrativeLicensingRequest,
    ) -> rt::Call<
        GetAdministrativeLicensingResponseBody,
        GetAdministrativeLicensingError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAdministrativeLicensing",
            rt::Method::Get,
            "/v1.0/datacenter/companies/administrativeLicenses",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 负面-行政处罚
    ///
    /// `GET /v1.0/datacenter/companies/administrativePenalties`: DingTalk's `GetAdministrativePenalties` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_administrative_penalties_pages`].
    #[doc(alias = "GetAdministrativePenalties")]
    #[doc(alias = "/v1.0/datacenter/companies/administrativePenalties")]
    #[doc(alias = "GET /v1.0/datacenter/companies/administrativePenalties")]
    pub fn get_administrative_penalties(
        &self,
        request: &GetAdministrativePenaltiesRequest,
    ) -> rt::Call<
        GetAdministrativePenaltiesResponseBody,
        GetAdministrativePenaltiesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetAdministrativePenalties",
            rt::Method::Get,
            "/v1.0/datacenter/companies/administrativePenalties",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 工商-基础信息
    ///
    /// `GET /v1.0/datacenter/companies/businessBasicInfos`: DingTalk's `GetBasicInfo` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_basic_info_pages`].
    #[doc(alias = "GetBasicInfo")]
    #[doc(alias = "/v1.0/datacenter/companies/businessBasicInfos")]
    #[doc(alias = "GET /v1.0/datacenter/companies/businessBasicInfos")]
    pub fn get_basic_info(
        &self,
        request: &GetBasicInfoRequest,
    ) -> rt::Call<GetBasicInfoResponseBody, GetBasicInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetBasicInfo",
            rt::Method::Get,
            "/v1.0/datacenter/companies/businessBasicInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取经营-招投标信息
    ///
    /// `GET /v1.0/datacenter/companies/biddingInfos`: DingTalk's `GetBiddingInfo` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_bidding_info_pages`].
    #[doc(alias = "GetBiddingInfo")]
    #[doc(alias = "/v1.0/datacenter/companies/biddingInfos")]
    #[doc(alias = "GET /v1.0/datacenter/companies/biddingInfos")]
    pub fn get_bidding_info(
        &self,
        request: &GetBiddingInfoRequest,
    ) -> rt::Call<GetBiddingInfoResponseBody, GetBiddingInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetBiddingInfo",
            rt::Method::Get,
            "/v1.0/datacenter/companies/biddingInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取工商-分支机构
    ///
    /// `GET /v1.0/datacenter/companies/branchInfos`: DingTalk's `GetBranchInfo` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_branch_info_pages`].
    #[doc(alias = "GetBranchInfo")]
    #[doc(alias = "/v1.0/datacenter/companies/branchInfos")]
    #[doc(alias = "GET /v1.0/datacenter/companies/branchInfos")]
    pub fn get_branch_info(
        &self,
        request: &GetBranchInfoRequest,
    ) -> rt::Call<GetBranchInfoResponseBody, GetBranchInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetBranchInfo",
            rt::Method::Get,
            "/v1.0/datacenter/companies/branchInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取工商-变更记录
    ///
    /// `GET /v1.0/datacenter/companies/changeRecords`: DingTalk's `GetChangeRecord` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_change_record_pages`].
    #[doc(alias = "GetChangeRecord")]
    #[doc(alias = "/v1.0/datacenter/companies/changeRecords")]
    #[doc(alias = "GET /v1.0/datacenter/companies/changeRecords")]
    pub fn get_change_record(
        &self,
        request: &GetChangeRecordRequest,
    ) -> rt::Call<GetChangeRecordResponseBody, GetChangeRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetChangeRecord",
            rt::Method::Get,
            "/v1.0/datacenter/companies/changeRecords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取投递任务信息
    ///
    /// `GET /v1.0/datacenter/dataDeliverServices/infos`: DingTalk's `GetDataDeliver` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetDataDeliver")]
    #[doc(alias = "/v1.0/datacenter/dataDeliverServices/infos")]
    #[doc(alias = "GET /v1.0/datacenter/dataDeliverServices/infos")]
    pub fn get_data_deliver(
        &self,
        request: &GetDataDeliverRequest,
    ) -> rt::Call<GetDataDeliverResponseBody, GetDataDeliverError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDataDeliver",
            rt::Method::Get,
            "/v1.0/datacenter/dataDeliverServices/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取知识产权-域名信息
    ///
    /// `GET /v1.0/datacenter/companies/domainInfos`: DingTalk's `GetDomainInfo` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_domain_info_pages`].
    #[doc(alias = "GetDomainInfo")]
    #[doc(alias = "/v1.0/datacenter/companies/domainInfos")]
    #[doc(alias = "GET /v1.0/datacenter/companies/domainInfos")]
    pub fn get_domain_info(
        &self,
        request: &GetDomainInfoRequest,
    ) -> rt::Call<GetDomainInfoResponseBody, GetDomainInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDomainInfo",
            rt::Method::Get,
            "/v1.0/datacenter/companies/domainInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取工商-双随机抽查结果
    ///
    /// `GET /v1.0/datacenter/companies/doubleRandomness`: DingTalk's `GetDoubleRandom` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_double_random_pages`].
    #[doc(alias = "GetDoubleRandom")]
    #[doc(alias = "/v1.0/datacenter/companies/doubleRandomness")]
    #[doc(alias = "GET /v1.0/datacenter/companies/doubleRandomness")]
    pub fn get_double_random(
        &self,
        request: &GetDoubleRandomRequest,
    ) -> rt::Call<GetDoubleRandomResponseBody, GetDoubleRandomError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetDoubleRandom",
            rt::Method::Get,
            "/v1.0/datacenter/companies/doubleRandomness",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 负面-环保处罚
    ///
    /// `GET /v1.0/datacenter/companies/environmentalPenalties`: DingTalk's `GetEnvironmentalPenalties` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_environmental_penalties_pages`].
    #[doc(alias = "GetEnvironmentalPenalties")]
    #[doc(alias = "/v1.0/datacenter/companies/environmentalPenalties")]
    #[doc(alias = "GET /v1.0/datacenter/companies/environmentalPenalties")]
    pub fn get_environmental_penalties(
        &self,
        request: &GetEnvironmentalPenaltiesRequest,
    ) -> rt::Call<
        GetEnvironmentalPenaltiesResponseBody,
        GetEnvironmentalPenaltiesError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetEnvironmentalPenalties",
            rt::Method::Get,
            "/v1.0/datacenter/companies/environmentalPenalties",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取事件订阅的数据
    ///
    /// `POST /v1.0/datacenter/eventDatas/query`: DingTalk's `GetEventData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetEventData")]
    #[doc(alias = "/v1.0/datacenter/eventDatas/query")]
    #[doc(alias = "POST /v1.0/datacenter/eventDatas/query")]
    pub fn get_event_data(
        &self,
        request: &GetEventDataRequest,
    ) -> rt::Call<GetEventDataResponseBody, GetEventDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetEventData",
            rt::Method::Post,
            "/v1.0/datacenter/eventDatas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 工商-股东信息
    ///
    /// `GET /v1.0/datacenter/companies/shareholderInfos`: DingTalk's `GetHolderInfo` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_holder_info_pages`].
    #[doc(alias = "GetHolderInfo")]
    #[doc(alias = "/v1.0/datacenter/companies/shareholderInfos")]
    #[doc(alias = "GET /v1.0/datacenter/companies/shareholderInfos")]
    pub fn get_holder_info(
        &self,
        request: &GetHolderInfoRequest,
    ) -> rt::Call<GetHolderInfoResponseBody, GetHolderInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetHolderInfo",
            rt::Method::Get,
            "/v1.0/datacenter/companies/shareholderInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取工商-知识产权出质
    ///
    /// `GET /v1.0/datacenter/companies/intellectualProperties`: DingTalk's `GetIntellectualProperty` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_intellectual_property_pages`].
    #[doc(alias = "GetIntellectualProperty")]
    #[doc(alias = "/v1.0/datacenter/companies/intellectualProperties")]
    #[doc(alias = "GET /v1.0/datacenter/companies/intellectualProperties")]
    pub fn get_intellectual_property(
        &self,
        request: &GetIntellectualPropertyRequest,
    ) -> rt::Call<GetIntellectualPropertyResponseBody, GetIntellectualPropertyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetIntellectualProperty",
            rt::Method::Get,
            "/v1.0/datacenter/companies/intellectualProperties",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取工商-对外投资
    ///
    /// `GET /v1.0/datacenter/companies/abroadInvestments`: DingTalk's `GetInvestmentAbroad` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_investment_abroad_pages`].
    #[doc(alias = "GetInvestmentAbroad")]
    #[doc(alias = "/v1.0/datacenter/companies/abroadInvestments")]
    #[doc(alias = "GET /v1.0/datacenter/companies/abroadInvestments")]
    pub fn get_investment_abroad(
        &self,
        request: &GetInvestmentAbroadRequest,
    ) -> rt::Call<GetInvestmentAbroadResponseBody, GetInvestmentAbroadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetInvestmentAbroad",
            rt::Method::Get,
            "/v1.0/datacenter/companies/abroadInvestments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取经营-招聘信息
    ///
    /// `GET /v1.0/datacenter/companies/jobInfos`: DingTalk's `GetJobInfo` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_job_info_pages`].
    #[doc(alias = "GetJobInfo")]
    #[doc(alias = "/v1.0/datacenter/companies/jobInfos")]
    #[doc(alias = "GET /v1.0/datacenter/companies/jobInfos")]
    pub fn get_job_info(
        &self,
        request: &GetJobInfoRequest,
    ) -> rt::Call<GetJobInfoResponseBody, GetJobInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetJobInfo",
            rt::Method::Get,
            "/v1.0/datacenter/companies/jobInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取知识产权-专利信息
    ///
    /// `GET /v1.0/datacenter/companies/patentInfos`: DingTalk's `GetPatentInfo` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_patent_info_pages`].
    #[doc(alias = "GetPatentInfo")]
    #[doc(alias = "/v1.0/datacenter/companies/patentInfos")]
    #[doc(alias = "GET /v1.0/datacenter/companies/patentInfos")]
    pub fn get_patent_info(
        &self,
        request: &GetPatentInfoRequest,
    ) -> rt::Call<GetPatentInfoResponseBody, GetPatentInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPatentInfo",
            rt::Method::Get,
            "/v1.0/datacenter/companies/patentInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取工商-主要人员
    ///
    /// `GET /v1.0/datacenter/companies/principalEmployees`: DingTalk's `GetPrincipalEmployee` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_principal_employee_pages`].
    #[doc(alias = "GetPrincipalEmployee")]
    #[doc(alias = "/v1.0/datacenter/companies/principalEmployees")]
    #[doc(alias = "GET /v1.0/datacenter/companies/principalEmployees")]
    pub fn get_principal_employee(
        &self,
        request: &GetPrincipalEmployeeRequest,
    ) -> rt::Call<GetPrincipalEmployeeResponseBody, GetPrincipalEmployeeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPrincipalEmployee",
            rt::Method::Get,
            "/v1.0/datacenter/companies/principalEmployees",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 经营-一般纳税人
    ///
    /// `GET /v1.0/datacenter/companies/generalTaxpayerInfos`: DingTalk's `GetQeneralTaxpayerInfo` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_qeneral_taxpayer_info_pages`].
    #[doc(alias = "GetQeneralTaxpayerInfo")]
    #[doc(alias = "/v1.0/datacenter/companies/generalTaxpayerInfos")]
    #[doc(alias = "GET /v1.0/datacenter/companies/generalTaxpayerInfos")]
    pub fn get_qeneral_taxpayer_info(
        &self,
        request: &GetQeneralTaxpayerInfoRequest,
    ) -> rt::Call<GetQeneralTaxpayerInfoResponseBody, GetQeneralTaxpayerInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetQeneralTaxpayerInfo",
            rt::Method::Get,
            "/v1.0/datacenter/companies/generalTaxpayerInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取知识产权-资质证书
    ///
    /// `GET /v1.0/datacenter/companies/qualificationCerts`: DingTalk's `GetQualificationCert` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_qualification_cert_pages`].
    #[doc(alias = "GetQualificationCert")]
    #[doc(alias = "/v1.0/datacenter/companies/qualificationCerts")]
    #[doc(alias = "GET /v1.0/datacenter/companies/qualificationCerts")]
    pub fn get_qualification_cert(
        &self,
        request: &GetQualificationCertRequest,
    ) -> rt::Call<GetQualificationCertResponseBody, GetQualificationCertError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetQualificationCert",
            rt::Method::Get,
            "/v1.0/datacenter/companies/qualificationCerts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 负面-严重违法
    ///
    /// `GET /v1.0/datacenter/companies/seriousViolations`: DingTalk's `GetSeriousViolation` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_serious_violation_pages`].
    #[doc(alias = "GetSeriousViolation")]
    #[doc(alias = "/v1.0/datacenter/companies/seriousViolations")]
    #[doc(alias = "GET /v1.0/datacenter/companies/seriousViolations")]
    pub fn get_serious_violation(
        &self,
        request: &GetSeriousViolationRequest,
    ) -> rt::Call<GetSeriousViolationResponseBody, GetSeriousViolationError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSeriousViolation",
            rt::Method::Get,
            "/v1.0/datacenter/companies/seriousViolations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取知识产权-软件著作权
    ///
    /// `GET /v1.0/datacenter/companies/softwareCopyrights`: DingTalk's `GetSoftwareCopyright` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_software_copyright_pages`].
    #[doc(alias = "GetSoftwareCopyright")]
    #[doc(alias = "/v1.0/datacenter/companies/softwareCopyrights")]
    #[doc(alias = "GET /v1.0/datacenter/companies/softwareCopyrights")]
    pub fn get_software_copyright(
        &self,
        request: &GetSoftwareCopyrightRequest,
    ) -> rt::Call<GetSoftwareCopyrightResponseBody, GetSoftwareCopyrightError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetSoftwareCopyright",
            rt::Method::Get,
            "/v1.0/datacenter/companies/softwareCopyrights",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取知识产权-商标信息
    ///
    /// `GET /v1.0/datacenter/companies/trademarkInfos`: DingTalk's `GetTrademarkInfo` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_trademark_info_pages`].
    #[doc(alias = "GetTrademarkInfo")]
    #[doc(alias = "/v1.0/datacenter/companies/trademarkInfos")]
    #[doc(alias = "GET /v1.0/datacenter/companies/trademarkInfos")]
    pub fn get_trademark_info(
        &self,
        request: &GetTrademarkInfoRequest,
    ) -> rt::Call<GetTrademarkInfoResponseBody, GetTrademarkInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTrademarkInfo",
            rt::Method::Get,
            "/v1.0/datacenter/companies/trademarkInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取知识产权-作品著作权
    ///
    /// `GET /v1.0/datacenter/companies/workCopyrights`: DingTalk's `GetWorkCopyright` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::get_work_copyright_pages`].
    #[doc(alias = "GetWorkCopyright")]
    #[doc(alias = "/v1.0/datacenter/companies/workCopyrights")]
    #[doc(alias = "GET /v1.0/datacenter/companies/workCopyrights")]
    pub fn get_work_copyright(
        &self,
        request: &GetWorkCopyrightRequest,
    ) -> rt::Call<GetWorkCopyrightResponseBody, GetWorkCopyrightError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetWorkCopyright",
            rt::Method::Get,
            "/v1.0/datacenter/companies/workCopyrights",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 数据投递列表
    ///
    /// `GET /v1.0/datacenter/dataDeliverServices/lists`: DingTalk's `ListDataDelivers` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListDataDelivers")]
    #[doc(alias = "/v1.0/datacenter/dataDeliverServices/lists")]
    #[doc(alias = "GET /v1.0/datacenter/dataDeliverServices/lists")]
    pub fn list_data_delivers(
        &self,
        request: &ListDataDeliversRequest,
    ) -> rt::Call<ListDataDeliversResponseBody, ListDataDeliversError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListDataDelivers",
            rt::Method::Get,
            "/v1.0/datacenter/dataDeliverServices/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 操作表格配置
    ///
    /// `POST /v1.0/datacenter/chartConfigs/operate`: DingTalk's `OperateChartConfig` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OperateChartConfig")]
    #[doc(alias = "/v1.0/datacenter/chartConfigs/operate")]
    #[doc(alias = "POST /v1.0/datacenter/chartConfigs/operate")]
    pub fn operate_chart_config(
        &self,
        request: &OperateChartConfigRequest,
    ) -> rt::Call<OperateChartConfigResponseBody, OperateChartConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OperateChartConfig",
            rt::Method::Post,
            "/v1.0/datacenter/chartConfigs/operate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 企业授权信息
    ///
    /// `POST /v1.0/datacenter/corporations/authorize`: DingTalk's `PostCorpAuthInfo` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PostCorpAuthInfo")]
    #[doc(alias = "/v1.0/datacenter/corporations/authorize")]
    #[doc(alias = "POST /v1.0/datacenter/corporations/authorize")]
    pub fn post_corp_auth_info(
        &self,
    ) -> rt::Call<PostCorpAuthInfoResponseBody, PostCorpAuthInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PostCorpAuthInfo",
            rt::Method::Post,
            "/v1.0/datacenter/corporations/authorize",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取企业用户激活状态统计数据
    ///
    /// `GET /v1.0/datacenter/activeUserData`: DingTalk's `QueryActiveUserStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryActiveUserStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/activeUserData")]
    #[doc(alias = "GET /v1.0/datacenter/activeUserData")]
    pub fn query_active_user_statistical_data(
        &self,
        request: &QueryActiveUserStatisticalDataRequest,
    ) -> rt::Call<
        QueryActiveUserStatisticalDataResponseBody,
        QueryActiveUserStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryActiveUserStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/activeUserData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取安恒密盾统计数据
    ///
    /// `GET /v1.0/datacenter/statisticDatas/anHmd`: DingTalk's `QueryAnhmdStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_anhmd_statistical_data_pages`].
    #[doc(alias = "QueryAnhmdStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/statisticDatas/anHmd")]
    #[doc(alias = "GET /v1.0/datacenter/statisticDatas/anHmd")]
    pub fn query_anhmd_statistical_data(
        &self,
        request: &QueryAnhmdStatisticalDataRequest,
    ) -> rt::Call<
        QueryAnhmdStatisticalDataResponseBody,
        QueryAnhmdStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAnhmdStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/statisticDatas/anHmd",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业审批统计数据
    ///
    /// `GET /v1.0/datacenter/approvalData`: DingTalk's `QueryApprovalStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryApprovalStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/approvalData")]
    #[doc(alias = "GET /v1.0/datacenter/approvalData")]
    pub fn query_approval_statistical_data(
        &self,
        request: &QueryApprovalStatisticalDataRequest,
    ) -> rt::Call<
        QueryApprovalStatisticalDataResponseBody,
        QueryApprovalStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryApprovalStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/approvalData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业考勤统计数据
    ///
    /// `GET /v1.0/datacenter/attendanceData`: DingTalk's `QueryAttendanceStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryAttendanceStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/attendanceData")]
    #[doc(alias = "GET /v1.0/datacenter/attendanceData")]
    pub fn query_attendance_statistical_data(
        &self,
        request: &QueryAttendanceStatisticalDataRequest,
    ) -> rt::Call<
        QueryAttendanceStatisticalDataResponseBody,
        QueryAttendanceStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAttendanceStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/attendanceData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业公告统计数据
    ///
    /// `GET /v1.0/datacenter/blackboardData`: DingTalk's `QueryBlackboardStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryBlackboardStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/blackboardData")]
    #[doc(alias = "GET /v1.0/datacenter/blackboardData")]
    pub fn query_blackboard_statistical_data(
        &self,
        request: &QueryBlackboardStatisticalDataRequest,
    ) -> rt::Call<
        QueryBlackboardStatisticalDataResponseBody,
        QueryBlackboardStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBlackboardStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/blackboardData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业日程统计数据
    ///
    /// `GET /v1.0/datacenter/calendarData`: DingTalk's `QueryCalendarStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCalendarStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/calendarData")]
    #[doc(alias = "GET /v1.0/datacenter/calendarData")]
    pub fn query_calendar_statistical_data(
        &self,
        request: &QueryCalendarStatisticalDataRequest,
    ) -> rt::Call<
        QueryCalendarStatisticalDataResponseBody,
        QueryCalendarStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCalendarStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/calendarData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取图表数据
    ///
    /// `POST /v1.0/datacenter/chartDatas/query`: DingTalk's `QueryChartData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryChartData")]
    #[doc(alias = "/v1.0/datacenter/chartDatas/query")]
    #[doc(alias = "POST /v1.0/datacenter/chartDatas/query")]
    pub fn query_chart_data(
        &self,
        request: &QueryChartDataRequest,
    ) -> rt::Call<QueryChartDataResponseBody, QueryChartDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryChartData",
            rt::Method::Post,
            "/v1.0/datacenter/chartDatas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业签到统计数据
    ///
    /// `GET /v1.0/datacenter/checkinData`: DingTalk's `QueryCheckinStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCheckinStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/checkinData")]
    #[doc(alias = "GET /v1.0/datacenter/checkinData")]
    pub fn query_checkin_statistical_data(
        &self,
        request: &QueryCheckinStatisticalDataRequest,
    ) -> rt::Call<
        QueryCheckinStatisticalDataResponseBody,
        QueryCheckinStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCheckinStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/checkinData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业全员圈统计数据
    ///
    /// `GET /v1.0/datacenter/circleData`: DingTalk's `QueryCircleStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCircleStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/circleData")]
    #[doc(alias = "GET /v1.0/datacenter/circleData")]
    pub fn query_circle_statistical_data(
        &self,
        request: &QueryCircleStatisticalDataRequest,
    ) -> rt::Call<
        QueryCircleStatisticalDataResponseBody,
        QueryCircleStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCircleStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/circleData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过企业名称/社会统一信用代码/工商注册号，查询企业的基本画像信息。
    ///
    /// `GET /v1.0/datacenter/companies/basicInfo`: DingTalk's `QueryCompanyBasicInfo` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_company_basic_info_pages`].
    #[doc(alias = "QueryCompanyBasicInfo")]
    #[doc(alias = "/v1.0/datacenter/companies/basicInfo")]
    #[doc(alias = "GET /v1.0/datacenter/companies/basicInfo")]
    pub fn query_company_basic_info(
        &self,
        request: &QueryCompanyBasicInfoRequest,
    ) -> rt::Call<QueryCompanyBasicInfoResponseBody, QueryCompanyBasicInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCompanyBasicInfo",
            rt::Method::Get,
            "/v1.0/datacenter/companies/basicInfo",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取数字区县组织信息
    ///
    /// `POST /v1.0/datacenter/digitalCounty/orgInfos/query`: DingTalk's `QueryDigitalDistrictOrgInfo` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDigitalDistrictOrgInfo")]
    #[doc(alias = "/v1.0/datacenter/digitalCounty/orgInfos/query")]
    #[doc(alias = "POST /v1.0/datacenter/digitalCounty/orgInfos/query")]
    pub fn query_digital_district_org_info(
        &self,
        request: &QueryDigitalDistrictOrgInfoRequest,
    ) -> rt::Call<
        QueryDigitalDistrictOrgInfoResponseBody,
        QueryDigitalDistrictOrgInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDigitalDistrictOrgInfo",
            rt::Method::Post,
            "/v1.0/datacenter/digitalCounty/orgInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业DING接收及评论统计数据
    ///
    /// `GET /v1.0/datacenter/dingReciveData`: DingTalk's `QueryDingReciveStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDingReciveStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/dingReciveData")]
    #[doc(alias = "GET /v1.0/datacenter/dingReciveData")]
    pub fn query_ding_recive_statistical_data(
        &self,
        request: &QueryDingReciveStatisticalDataRequest,
    ) -> rt::Call<
        QueryDingReciveStatisticalDataResponseBody,
        QueryDingReciveStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDingReciveStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/dingReciveData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业DING发送统计数据
    ///
    /// `GET /v1.0/datacenter/dingSendData`: DingTalk's `QueryDingSendStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDingSendStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/dingSendData")]
    #[doc(alias = "GET /v1.0/datacenter/dingSendData")]
    pub fn query_ding_send_statistical_data(
        &self,
        request: &QueryDingSendStatisticalDataRequest,
    ) -> rt::Call<
        QueryDingSendStatisticalDataResponseBody,
        QueryDingSendStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDingSendStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/dingSendData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业文档统计数据
    ///
    /// `GET /v1.0/datacenter/documentData`: DingTalk's `QueryDocumentStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDocumentStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/documentData")]
    #[doc(alias = "GET /v1.0/datacenter/documentData")]
    pub fn query_document_statistical_data(
        &self,
        request: &QueryDocumentStatisticalDataRequest,
    ) -> rt::Call<
        QueryDocumentStatisticalDataResponseBody,
        QueryDocumentStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDocumentStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/documentData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询数据资产平台增购包购买信息
    ///
    /// `GET /v1.0/datacenter/dpaas/dataPackages/purchaseInfos`: DingTalk's `QueryDpaasDataPackage` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDpaasDataPackage")]
    #[doc(alias = "/v1.0/datacenter/dpaas/dataPackages/purchaseInfos")]
    #[doc(alias = "GET /v1.0/datacenter/dpaas/dataPackages/purchaseInfos")]
    pub fn query_dpaas_data_package(
        &self,
    ) -> rt::Call<QueryDpaasDataPackageResponseBody, QueryDpaasDataPackageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDpaasDataPackage",
            rt::Method::Get,
            "/v1.0/datacenter/dpaas/dataPackages/purchaseInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取企业钉盘统计数据
    ///
    /// `GET /v1.0/datacenter/driveData`: DingTalk's `QueryDriveStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDriveStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/driveData")]
    #[doc(alias = "GET /v1.0/datacenter/driveData")]
    pub fn query_drive_statistical_data(
        &self,
        request: &QueryDriveStatisticalDataRequest,
    ) -> rt::Call<
        QueryDriveStatisticalDataResponseBody,
        QueryDriveStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDriveStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/driveData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 教育组织上下游授权信息查询服务
    ///
    /// `GET /v1.0/datacenter/eduUnionAuthService`: DingTalk's `QueryEduUnionAuthService` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryEduUnionAuthService")]
    #[doc(alias = "/v1.0/datacenter/eduUnionAuthService")]
    #[doc(alias = "GET /v1.0/datacenter/eduUnionAuthService")]
    pub fn query_edu_union_auth_service(
        &self,
        request: &QueryEduUnionAuthServiceRequest,
    ) -> rt::Call<QueryEduUnionAuthServiceResponseBody, QueryEduUnionAuthServiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryEduUnionAuthService",
            rt::Method::Get,
            "/v1.0/datacenter/eduUnionAuthService",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业员工类型统计数据
    ///
    /// `GET /v1.0/datacenter/employeeTypeData`: DingTalk's `QueryEmployeeTypeStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryEmployeeTypeStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/employeeTypeData")]
    #[doc(alias = "GET /v1.0/datacenter/employeeTypeData")]
    pub fn query_employee_type_statistical_data(
        &self,
        request: &QueryEmployeeTypeStatisticalDataRequest,
    ) -> rt::Call<
        QueryEmployeeTypeStatisticalDataResponseBody,
        QueryEmployeeTypeStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryEmployeeTypeStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/employeeTypeData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 数据资产平台数据服务接口
    ///
    /// `GET /v1.0/datacenter/generalDataServices`: DingTalk's `QueryGeneralDataService` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_general_data_service_pages`].
    #[doc(alias = "QueryGeneralDataService")]
    #[doc(alias = "/v1.0/datacenter/generalDataServices")]
    #[doc(alias = "GET /v1.0/datacenter/generalDataServices")]
    pub fn query_general_data_service(
        &self,
        request: &QueryGeneralDataServiceRequest,
    ) -> rt::Call<QueryGeneralDataServiceResponseBody, QueryGeneralDataServiceError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGeneralDataService",
            rt::Method::Get,
            "/v1.0/datacenter/generalDataServices",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 数据资产平台数据服务接口(支持部门、员工维度批量拉取)
    ///
    /// `POST /v1.0/datacenter/dataServices/query`: DingTalk's `QueryGeneralDataServiceBatch` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_general_data_service_batch_pages`].
    #[doc(alias = "QueryGeneralDataServiceBatch")]
    #[doc(alias = "/v1.0/datacenter/dataServices/query")]
    #[doc(alias = "POST /v1.0/datacenter/dataServices/query")]
    pub fn query_general_data_service_batch(
        &self,
        request: &QueryGeneralDataServiceBatchRequest,
    ) -> rt::Call<
        QueryGeneralDataServiceBatchResponseBody,
        QueryGeneralDataServiceBatchError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGeneralDataServiceBatch",
            rt::Method::Post,
            "/v1.0/datacenter/dataServices/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 数据资产平台数据服务接口(查询数据更新日期)
    ///
    /// `GET /v1.0/datacenter/dataUpdateDates`: DingTalk's `QueryGeneralDataUpdateDate` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGeneralDataUpdateDate")]
    #[doc(alias = "/v1.0/datacenter/dataUpdateDates")]
    #[doc(alias = "GET /v1.0/datacenter/dataUpdateDates")]
    pub fn query_general_data_update_date(
        &self,
        request: &QueryGeneralDataUpdateDateRequest,
    ) -> rt::Call<
        QueryGeneralDataUpdateDateResponseBody,
        QueryGeneralDataUpdateDateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGeneralDataUpdateDate",
            rt::Method::Get,
            "/v1.0/datacenter/dataUpdateDates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业群直播统计数据
    ///
    /// `GET /v1.0/datacenter/groupLiveData`: DingTalk's `QueryGroupLiveStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGroupLiveStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/groupLiveData")]
    #[doc(alias = "GET /v1.0/datacenter/groupLiveData")]
    pub fn query_group_live_statistical_data(
        &self,
        request: &QueryGroupLiveStatisticalDataRequest,
    ) -> rt::Call<
        QueryGroupLiveStatisticalDataResponseBody,
        QueryGroupLiveStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGroupLiveStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/groupLiveData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业群聊统计数据
    ///
    /// `GET /v1.0/datacenter/groupMessageData`: DingTalk's `QueryGroupMessageStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGroupMessageStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/groupMessageData")]
    #[doc(alias = "GET /v1.0/datacenter/groupMessageData")]
    pub fn query_group_message_statistical_data(
        &self,
        request: &QueryGroupMessageStatisticalDataRequest,
    ) -> rt::Call<
        QueryGroupMessageStatisticalDataResponseBody,
        QueryGroupMessageStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGroupMessageStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/groupMessageData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业钉钉运动统计数据
    ///
    /// `GET /v1.0/datacenter/healtheUserData`: DingTalk's `QueryHealthStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryHealthStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/healtheUserData")]
    #[doc(alias = "GET /v1.0/datacenter/healtheUserData")]
    pub fn query_health_statistical_data(
        &self,
        request: &QueryHealthStatisticalDataRequest,
    ) -> rt::Call<
        QueryHealthStatisticalDataResponseBody,
        QueryHealthStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryHealthStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/healtheUserData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业邮箱统计数据
    ///
    /// `GET /v1.0/datacenter/mailData`: DingTalk's `QueryMailStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMailStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/mailData")]
    #[doc(alias = "GET /v1.0/datacenter/mailData")]
    pub fn query_mail_statistical_data(
        &self,
        request: &QueryMailStatisticalDataRequest,
    ) -> rt::Call<QueryMailStatisticalDataResponseBody, QueryMailStatisticalDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMailStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/mailData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取官方数据集数据
    ///
    /// `GET /v1.0/datacenter/datas`: DingTalk's `QueryOfficialData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryOfficialData")]
    #[doc(alias = "/v1.0/datacenter/datas")]
    #[doc(alias = "GET /v1.0/datacenter/datas")]
    pub fn query_official_data(
        &self,
        request: &QueryOfficialDataRequest,
    ) -> rt::Call<QueryOfficialDataResponseBody, QueryOfficialDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOfficialData",
            rt::Method::Get,
            "/v1.0/datacenter/datas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// ISV获取官方数据集字段信息
    ///
    /// `GET /v1.0/datacenter/datasetFields`: DingTalk's `QueryOfficialDatasetFields` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryOfficialDatasetFields")]
    #[doc(alias = "/v1.0/datacenter/datasetFields")]
    #[doc(alias = "GET /v1.0/datacenter/datasetFields")]
    pub fn query_official_dataset_fields(
        &self,
        request: &QueryOfficialDatasetFieldsRequest,
    ) -> rt::Call<
        QueryOfficialDatasetFieldsResponseBody,
        QueryOfficialDatasetFieldsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOfficialDatasetFields",
            rt::Method::Get,
            "/v1.0/datacenter/datasetFields",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// ISV获取官方数据集列表
    ///
    /// `GET /v1.0/datacenter/datasetLists`: DingTalk's `QueryOfficialDatasetList` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_official_dataset_list_pages`].
    #[doc(alias = "QueryOfficialDatasetList")]
    #[doc(alias = "/v1.0/datacenter/datasetLists")]
    #[doc(alias = "GET /v1.0/datacenter/datasetLists")]
    pub fn query_official_dataset_list(
        &self,
        request: &QueryOfficialDatasetListRequest,
    ) -> rt::Call<QueryOfficialDatasetListResponseBody, QueryOfficialDatasetListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOfficialDatasetList",
            rt::Method::Get,
            "/v1.0/datacenter/datasetLists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取官方数据集数据
    ///
    /// `POST /v1.0/datacenter/datas/query`: DingTalk's `QueryOfficialFormData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryOfficialFormData")]
    #[doc(alias = "/v1.0/datacenter/datas/query")]
    #[doc(alias = "POST /v1.0/datacenter/datas/query")]
    pub fn query_official_form_data(
        &self,
        request: &QueryOfficialFormDataRequest,
    ) -> rt::Call<QueryOfficialFormDataResponseBody, QueryOfficialFormDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOfficialFormData",
            rt::Method::Post,
            "/v1.0/datacenter/datas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取HOLO中官方OA表单数据集数据
    ///
    /// `POST /v1.0/datacenter/oaDatas/query`: DingTalk's `QueryOfficialFormDataDirectHolo` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryOfficialFormDataDirectHolo")]
    #[doc(alias = "/v1.0/datacenter/oaDatas/query")]
    #[doc(alias = "POST /v1.0/datacenter/oaDatas/query")]
    pub fn query_official_form_data_direct_holo(
        &self,
        request: &QueryOfficialFormDataDirectHoloRequest,
    ) -> rt::Call<
        QueryOfficialFormDataDirectHoloResponseBody,
        QueryOfficialFormDataDirectHoloError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOfficialFormDataDirectHolo",
            rt::Method::Post,
            "/v1.0/datacenter/oaDatas/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业用户在线统计数据
    ///
    /// `GET /v1.0/datacenter/onlineUserData`: DingTalk's `QueryOnlineUserStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryOnlineUserStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/onlineUserData")]
    #[doc(alias = "GET /v1.0/datacenter/onlineUserData")]
    pub fn query_online_user_statistical_data(
        &self,
        request: &QueryOnlineUserStatisticalDataRequest,
    ) -> rt::Call<
        QueryOnlineUserStatisticalDataResponseBody,
        QueryOnlineUserStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOnlineUserStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/onlineUserData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业接收红包统计数据
    ///
    /// `GET /v1.0/datacenter/redEnvelopeReciveData`: DingTalk's `QueryRedEnvelopeReciveStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryRedEnvelopeReciveStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/redEnvelopeReciveData")]
    #[doc(alias = "GET /v1.0/datacenter/redEnvelopeReciveData")]
    pub fn query_red_envelope_recive_statistical_data(
        &self,
        request: &QueryRedEnvelopeReciveStatisticalDataRequest,
    ) -> rt::Call<
        QueryRedEnvelopeReciveStatisticalDataResponseBody,
        QueryRedEnvelopeReciveStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRedEnvelopeReciveStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/redEnvelopeReciveData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业发送红包统计数据
    ///
    /// `GET /v1.0/datacenter/redEnvelopeSendData`: DingTalk's `QueryRedEnvelopeSendStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryRedEnvelopeSendStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/redEnvelopeSendData")]
    #[doc(alias = "GET /v1.0/datacenter/redEnvelopeSendData")]
    pub fn query_red_envelope_send_statistical_data(
        &self,
        request: &QueryRedEnvelopeSendStatisticalDataRequest,
    ) -> rt::Call<
        QueryRedEnvelopeSendStatisticalDataResponseBody,
        QueryRedEnvelopeSendStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRedEnvelopeSendStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/redEnvelopeSendData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业日志统计数据
    ///
    /// `GET /v1.0/datacenter/reportData`: DingTalk's `QueryReportStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryReportStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/reportData")]
    #[doc(alias = "GET /v1.0/datacenter/reportData")]
    pub fn query_report_statistical_data(
        &self,
        request: &QueryReportStatisticalDataRequest,
    ) -> rt::Call<
        QueryReportStatisticalDataResponseBody,
        QueryReportStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryReportStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/reportData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询数据大屏
    ///
    /// `GET /v1.0/datacenter/screens`: DingTalk's `QueryScreen` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryScreen")]
    #[doc(alias = "/v1.0/datacenter/screens")]
    #[doc(alias = "GET /v1.0/datacenter/screens")]
    pub fn query_screen(
        &self,
        request: &QueryScreenRequest,
    ) -> rt::Call<QueryScreenResponseBody, QueryScreenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryScreen",
            rt::Method::Get,
            "/v1.0/datacenter/screens",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询数据大屏模版
    ///
    /// `GET /v1.0/datacenter/screenTemplates`: DingTalk's `QueryScreenTemplate` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryScreenTemplate")]
    #[doc(alias = "/v1.0/datacenter/screenTemplates")]
    #[doc(alias = "GET /v1.0/datacenter/screenTemplates")]
    pub fn query_screen_template(
        &self,
        request: &QueryScreenTemplateRequest,
    ) -> rt::Call<QueryScreenTemplateResponseBody, QueryScreenTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryScreenTemplate",
            rt::Method::Get,
            "/v1.0/datacenter/screenTemplates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业单聊统计数据
    ///
    /// `GET /v1.0/datacenter/singleMessagerData`: DingTalk's `QuerySingleMessageStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QuerySingleMessageStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/singleMessagerData")]
    #[doc(alias = "GET /v1.0/datacenter/singleMessagerData")]
    pub fn query_single_message_statistical_data(
        &self,
        request: &QuerySingleMessageStatisticalDataRequest,
    ) -> rt::Call<
        QuerySingleMessageStatisticalDataResponseBody,
        QuerySingleMessageStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QuerySingleMessageStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/singleMessagerData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业电话会议统计数据
    ///
    /// `GET /v1.0/datacenter/telMeetingData`: DingTalk's `QueryTelMeetingStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryTelMeetingStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/telMeetingData")]
    #[doc(alias = "GET /v1.0/datacenter/telMeetingData")]
    pub fn query_tel_meeting_statistical_data(
        &self,
        request: &QueryTelMeetingStatisticalDataRequest,
    ) -> rt::Call<
        QueryTelMeetingStatisticalDataResponseBody,
        QueryTelMeetingStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTelMeetingStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/telMeetingData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业待办统计数据
    ///
    /// `GET /v1.0/datacenter/todoUserData`: DingTalk's `QueryTodoStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryTodoStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/todoUserData")]
    #[doc(alias = "GET /v1.0/datacenter/todoUserData")]
    pub fn query_todo_statistical_data(
        &self,
        request: &QueryTodoStatisticalDataRequest,
    ) -> rt::Call<QueryTodoStatisticalDataResponseBody, QueryTodoStatisticalDataError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTodoStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/todoUserData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 数据资产平台查询数据记录数
    ///
    /// `POST /v1.0/datacenter/datas/totalCounts/query`: DingTalk's `QueryTotalDataCountService` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryTotalDataCountService")]
    #[doc(alias = "/v1.0/datacenter/datas/totalCounts/query")]
    #[doc(alias = "POST /v1.0/datacenter/datas/totalCounts/query")]
    pub fn query_total_data_count_service(
        &self,
        request: &QueryTotalDataCountServiceRequest,
    ) -> rt::Call<
        QueryTotalDataCountServiceResponseBody,
        QueryTotalDataCountServiceError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTotalDataCountService",
            rt::Method::Post,
            "/v1.0/datacenter/datas/totalCounts/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取企业视频会议统计数据
    ///
    /// `GET /v1.0/datacenter/vedioMeetingData`: DingTalk's `QueryVedioMeetingStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryVedioMeetingStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/vedioMeetingData")]
    #[doc(alias = "GET /v1.0/datacenter/vedioMeetingData")]
    pub fn query_vedio_meeting_statistical_data(
        &self,
        request: &QueryVedioMeetingStatisticalDataRequest,
    ) -> rt::Call<
        QueryVedioMeetingStatisticalDataResponseBody,
        QueryVedioMeetingStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryVedioMeetingStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/vedioMeetingData",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉参谋活跃分析（按日统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydActiveDayDatas`: DingTalk's `QueryYydActiveDayStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydActiveDayStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydActiveDayDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydActiveDayDatas")]
    pub fn query_yyd_active_day_statistical_data(
        &self,
        request: &QueryYydActiveDayStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydActiveDayStatisticalDataResponseBody,
        QueryYydActiveDayStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydActiveDayStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydActiveDayDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉参谋活跃分析（按月统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydActiveMonthDatas`: DingTalk's `QueryYydActiveMonthStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydActiveMonthStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydActiveMonthDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydActiveMonthDatas")]
    pub fn query_yyd_active_month_statistical_data(
        &self,
        request: &QueryYydActiveMonthStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydActiveMonthStatisticalDataResponseBody,
        QueryYydActiveMonthStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydActiveMonthStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydActiveMonthDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉参谋活跃分析（按周统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydActiveWeekDatas`: DingTalk's `QueryYydActiveWeekStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydActiveWeekStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydActiveWeekDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydActiveWeekDatas")]
    pub fn query_yyd_active_week_statistical_data(
        &self,
        request: &QueryYydActiveWeekStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydActiveWeekStatisticalDataResponseBody,
        QueryYydActiveWeekStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydActiveWeekStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydActiveWeekDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋应用概况（按日统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydAppDayDatas`: DingTalk's `QueryYydAppDayStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydAppDayStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydAppDayDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydAppDayDatas")]
    pub fn query_yyd_app_day_statistical_data(
        &self,
        request: &QueryYydAppDayStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydAppDayStatisticalDataResponseBody,
        QueryYydAppDayStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydAppDayStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydAppDayDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋应用概况（按月统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydAppMonthDatas`: DingTalk's `QueryYydAppMonthStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydAppMonthStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydAppMonthDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydAppMonthDatas")]
    pub fn query_yyd_app_month_statistical_data(
        &self,
        request: &QueryYydAppMonthStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydAppMonthStatisticalDataResponseBody,
        QueryYydAppMonthStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydAppMonthStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydAppMonthDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋应用概况（累计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydAppStdDatas`: DingTalk's `QueryYydAppStdStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydAppStdStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydAppStdDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydAppStdDatas")]
    pub fn query_yyd_app_std_statistical_data(
        &self,
        request: &QueryYydAppStdStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydAppStdStatisticalDataResponseBody,
        QueryYydAppStdStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydAppStdStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydAppStdDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋应用概况（按周统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydAppWeekDatas`: DingTalk's `QueryYydAppWeekStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydAppWeekStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydAppWeekDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydAppWeekDatas")]
    pub fn query_yyd_app_week_statistical_data(
        &self,
        request: &QueryYydAppWeekStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydAppWeekStatisticalDataResponseBody,
        QueryYydAppWeekStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydAppWeekStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydAppWeekDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋会议日程分析（按日统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydCalendarDayDatas`: DingTalk's `QueryYydCalendarDayStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydCalendarDayStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydCalendarDayDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydCalendarDayDatas")]
    pub fn query_yyd_calendar_day_statistical_data(
        &self,
        request: &QueryYydCalendarDayStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydCalendarDayStatisticalDataResponseBody,
        QueryYydCalendarDayStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydCalendarDayStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydCalendarDayDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋会议日程分析（按月统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydCalendarMonthDatas`: DingTalk's `QueryYydCalendarMonthStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydCalendarMonthStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydCalendarMonthDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydCalendarMonthDatas")]
    pub fn query_yyd_calendar_month_statistical_data(
        &self,
        request: &QueryYydCalendarMonthStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydCalendarMonthStatisticalDataResponseBody,
        QueryYydCalendarMonthStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydCalendarMonthStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydCalendarMonthDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋会议日程分析（按周统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydCalendarWeekDatas`: DingTalk's `QueryYydCalendarWeekStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydCalendarWeekStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydCalendarWeekDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydCalendarWeekDatas")]
    pub fn query_yyd_calendar_week_statistical_data(
        &self,
        request: &QueryYydCalendarWeekStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydCalendarWeekStatisticalDataResponseBody,
        QueryYydCalendarWeekStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydCalendarWeekStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydCalendarWeekDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋钉消息分析（按日统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydDingMsgDayDatas`: DingTalk's `QueryYydDingMsgDayStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydDingMsgDayStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydDingMsgDayDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydDingMsgDayDatas")]
    pub fn query_yyd_ding_msg_day_statistical_data(
        &self,
        request: &QueryYydDingMsgDayStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydDingMsgDayStatisticalDataResponseBody,
        QueryYydDingMsgDayStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydDingMsgDayStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydDingMsgDayDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋钉消息分析（按月统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydDingMsgMonthDatas`: DingTalk's `QueryYydDingMsgMonthStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydDingMsgMonthStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydDingMsgMonthDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydDingMsgMonthDatas")]
    pub fn query_yyd_ding_msg_month_statistical_data(
        &self,
        request: &QueryYydDingMsgMonthStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydDingMsgMonthStatisticalDataResponseBody,
        QueryYydDingMsgMonthStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydDingMsgMonthStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydDingMsgMonthDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋钉消息分析（按周统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydDingMsgWeekDatas`: DingTalk's `QueryYydDingMsgWeekStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydDingMsgWeekStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydDingMsgWeekDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydDingMsgWeekDatas")]
    pub fn query_yyd_ding_msg_week_statistical_data(
        &self,
        request: &QueryYydDingMsgWeekStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydDingMsgWeekStatisticalDataResponseBody,
        QueryYydDingMsgWeekStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydDingMsgWeekStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydDingMsgWeekDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋群聊分析（按日统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydGroupMsgDayDatas`: DingTalk's `QueryYydGroupMsgDayStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydGroupMsgDayStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydGroupMsgDayDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydGroupMsgDayDatas")]
    pub fn query_yyd_group_msg_day_statistical_data(
        &self,
        request: &QueryYydGroupMsgDayStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydGroupMsgDayStatisticalDataResponseBody,
        QueryYydGroupMsgDayStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydGroupMsgDayStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydGroupMsgDayDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋群聊分析（按月统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydGroupMsgMonthDatas`: DingTalk's `QueryYydGroupMsgMonthStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydGroupMsgMonthStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydGroupMsgMonthDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydGroupMsgMonthDatas")]
    pub fn query_yyd_group_msg_month_statistical_data(
        &self,
        request: &QueryYydGroupMsgMonthStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydGroupMsgMonthStatisticalDataResponseBody,
        QueryYydGroupMsgMonthStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydGroupMsgMonthStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydGroupMsgMonthDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋群聊分析（按周统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydGroupMsgWeekDatas`: DingTalk's `QueryYydGroupMsgWeekStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydGroupMsgWeekStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydGroupMsgWeekDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydGroupMsgWeekDatas")]
    pub fn query_yyd_group_msg_week_statistical_data(
        &self,
        request: &QueryYydGroupMsgWeekStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydGroupMsgWeekStatisticalDataResponseBody,
        QueryYydGroupMsgWeekStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydGroupMsgWeekStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydGroupMsgWeekDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋日志分析（按日统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydLogDayDatas`: DingTalk's `QueryYydLogDayStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydLogDayStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydLogDayDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydLogDayDatas")]
    pub fn query_yyd_log_day_statistical_data(
        &self,
        request: &QueryYydLogDayStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydLogDayStatisticalDataResponseBody,
        QueryYydLogDayStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydLogDayStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydLogDayDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋日志分析（按月统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydLogMonthDatas`: DingTalk's `QueryYydLogMonthStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydLogMonthStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydLogMonthDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydLogMonthDatas")]
    pub fn query_yyd_log_month_statistical_data(
        &self,
        request: &QueryYydLogMonthStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydLogMonthStatisticalDataResponseBody,
        QueryYydLogMonthStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydLogMonthStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydLogMonthDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋日志分析（按周统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydLogWeekDatas`: DingTalk's `QueryYydLogWeekStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydLogWeekStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydLogWeekDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydLogWeekDatas")]
    pub fn query_yyd_log_week_statistical_data(
        &self,
        request: &QueryYydLogWeekStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydLogWeekStatisticalDataResponseBody,
        QueryYydLogWeekStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydLogWeekStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydLogWeekDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋钉会议分析（按日统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydMeetingDayDatas`: DingTalk's `QueryYydMeetingDayStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydMeetingDayStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydMeetingDayDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydMeetingDayDatas")]
    pub fn query_yyd_meeting_day_statistical_data(
        &self,
        request: &QueryYydMeetingDayStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydMeetingDayStatisticalDataResponseBody,
        QueryYydMeetingDayStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydMeetingDayStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydMeetingDayDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋钉会议分析（按月统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydMeetingMonthDatas`: DingTalk's `QueryYydMeetingMonthStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydMeetingMonthStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydMeetingMonthDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydMeetingMonthDatas")]
    pub fn query_yyd_meeting_month_statistical_data(
        &self,
        request: &QueryYydMeetingMonthStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydMeetingMonthStatisticalDataResponseBody,
        QueryYydMeetingMonthStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydMeetingMonthStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydMeetingMonthDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋钉会议分析（按周统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydMeetingWeekDatas`: DingTalk's `QueryYydMeetingWeekStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydMeetingWeekStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydMeetingWeekDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydMeetingWeekDatas")]
    pub fn query_yyd_meeting_week_statistical_data(
        &self,
        request: &QueryYydMeetingWeekStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydMeetingWeekStatisticalDataResponseBody,
        QueryYydMeetingWeekStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydMeetingWeekStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydMeetingWeekDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋通知分析（按日统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydNoticeDayDatas`: DingTalk's `QueryYydNoticeDayStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydNoticeDayStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydNoticeDayDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydNoticeDayDatas")]
    pub fn query_yyd_notice_day_statistical_data(
        &self,
        request: &QueryYydNoticeDayStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydNoticeDayStatisticalDataResponseBody,
        QueryYydNoticeDayStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydNoticeDayStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydNoticeDayDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋通知分析（按月统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydNoticeMonthDatas`: DingTalk's `QueryYydNoticeMonthStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydNoticeMonthStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydNoticeMonthDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydNoticeMonthDatas")]
    pub fn query_yyd_notice_month_statistical_data(
        &self,
        request: &QueryYydNoticeMonthStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydNoticeMonthStatisticalDataResponseBody,
        QueryYydNoticeMonthStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydNoticeMonthStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydNoticeMonthDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋通知分析（按周统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydNoticeWeekDatas`: DingTalk's `QueryYydNoticeWeekStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydNoticeWeekStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydNoticeWeekDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydNoticeWeekDatas")]
    pub fn query_yyd_notice_week_statistical_data(
        &self,
        request: &QueryYydNoticeWeekStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydNoticeWeekStatisticalDataResponseBody,
        QueryYydNoticeWeekStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydNoticeWeekStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydNoticeWeekDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋单聊分析（按日统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydSingleMsgDayDatas`: DingTalk's `QueryYydSingleMsgDayStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydSingleMsgDayStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydSingleMsgDayDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydSingleMsgDayDatas")]
    pub fn query_yyd_single_msg_day_statistical_data(
        &self,
        request: &QueryYydSingleMsgDayStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydSingleMsgDayStatisticalDataResponseBody,
        QueryYydSingleMsgDayStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydSingleMsgDayStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydSingleMsgDayDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋单聊分析（按月统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydSingleMsgMonthDatas`: DingTalk's `QueryYydSingleMsgMonthStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydSingleMsgMonthStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydSingleMsgMonthDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydSingleMsgMonthDatas")]
    pub fn query_yyd_single_msg_month_statistical_data(
        &self,
        request: &QueryYydSingleMsgMonthStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydSingleMsgMonthStatisticalDataResponseBody,
        QueryYydSingleMsgMonthStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydSingleMsgMonthStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydSingleMsgMonthDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋单聊分析（按周统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydSingleMsgWeekDatas`: DingTalk's `QueryYydSingleMsgWeekStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydSingleMsgWeekStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydSingleMsgWeekDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydSingleMsgWeekDatas")]
    pub fn query_yyd_single_msg_week_statistical_data(
        &self,
        request: &QueryYydSingleMsgWeekStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydSingleMsgWeekStatisticalDataResponseBody,
        QueryYydSingleMsgWeekStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydSingleMsgWeekStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydSingleMsgWeekDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋消息概览（按日统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydToatlMsgDayDatas`: DingTalk's `QueryYydToatlMsgDayStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydToatlMsgDayStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydToatlMsgDayDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydToatlMsgDayDatas")]
    pub fn query_yyd_toatl_msg_day_statistical_data(
        &self,
        request: &QueryYydToatlMsgDayStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydToatlMsgDayStatisticalDataResponseBody,
        QueryYydToatlMsgDayStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydToatlMsgDayStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydToatlMsgDayDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋消息概览（按月统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydToatlMsgMonthDatas`: DingTalk's `QueryYydToatlMsgMonthStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydToatlMsgMonthStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydToatlMsgMonthDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydToatlMsgMonthDatas")]
    pub fn query_yyd_toatl_msg_month_statistical_data(
        &self,
        request: &QueryYydToatlMsgMonthStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydToatlMsgMonthStatisticalDataResponseBody,
        QueryYydToatlMsgMonthStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydToatlMsgMonthStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydToatlMsgMonthDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋消息概览（按周统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydToatlMsgWeekDatas`: DingTalk's `QueryYydToatlMsgWeekStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydToatlMsgWeekStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydToatlMsgWeekDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydToatlMsgWeekDatas")]
    pub fn query_yyd_toatl_msg_week_statistical_data(
        &self,
        request: &QueryYydToatlMsgWeekStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydToatlMsgWeekStatisticalDataResponseBody,
        QueryYydToatlMsgWeekStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydToatlMsgWeekStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydToatlMsgWeekDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋待办分析（按日统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydTodoDayDatas`: DingTalk's `QueryYydTodoDayStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydTodoDayStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydTodoDayDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydTodoDayDatas")]
    pub fn query_yyd_todo_day_statistical_data(
        &self,
        request: &QueryYydTodoDayStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydTodoDayStatisticalDataResponseBody,
        QueryYydTodoDayStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydTodoDayStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydTodoDayDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋待办分析（按月统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydTodoMonthDatas`: DingTalk's `QueryYydTodoMonthStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydTodoMonthStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydTodoMonthDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydTodoMonthDatas")]
    pub fn query_yyd_todo_month_statistical_data(
        &self,
        request: &QueryYydTodoMonthStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydTodoMonthStatisticalDataResponseBody,
        QueryYydTodoMonthStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydTodoMonthStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydTodoMonthDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉数字参谋待办分析（按周统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydTodoWeekDatas`: DingTalk's `QueryYydTodoWeekStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydTodoWeekStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydTodoWeekDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydTodoWeekDatas")]
    pub fn query_yyd_todo_week_statistical_data(
        &self,
        request: &QueryYydTodoWeekStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydTodoWeekStatisticalDataResponseBody,
        QueryYydTodoWeekStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydTodoWeekStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydTodoWeekDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉参谋全局概览（按日统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydTotalDayDatas`: DingTalk's `QueryYydTotalDayStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydTotalDayStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydTotalDayDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydTotalDayDatas")]
    pub fn query_yyd_total_day_statistical_data(
        &self,
        request: &QueryYydTotalDayStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydTotalDayStatisticalDataResponseBody,
        QueryYydTotalDayStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydTotalDayStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydTotalDayDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉参谋全局概览（按月统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydTotalMonthDatas`: DingTalk's `QueryYydTotalMonthStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydTotalMonthStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydTotalMonthDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydTotalMonthDatas")]
    pub fn query_yyd_total_month_statistical_data(
        &self,
        request: &QueryYydTotalMonthStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydTotalMonthStatisticalDataResponseBody,
        QueryYydTotalMonthStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydTotalMonthStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydTotalMonthDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉参谋全局概览（累计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydTotalStdDatas`: DingTalk's `QueryYydTotalStdStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydTotalStdStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydTotalStdDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydTotalStdDatas")]
    pub fn query_yyd_total_std_statistical_data(
        &self,
        request: &QueryYydTotalStdStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydTotalStdStatisticalDataResponseBody,
        QueryYydTotalStdStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydTotalStdStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydTotalStdDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 亚运钉参谋全局概览（按周统计）指标接口
    ///
    /// `GET /v1.0/datacenter/yydTotalWeekDatas`: DingTalk's `QueryYydTotalWeekStatisticalData` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryYydTotalWeekStatisticalData")]
    #[doc(alias = "/v1.0/datacenter/yydTotalWeekDatas")]
    #[doc(alias = "GET /v1.0/datacenter/yydTotalWeekDatas")]
    pub fn query_yyd_total_week_statistical_data(
        &self,
        request: &QueryYydTotalWeekStatisticalDataRequest,
    ) -> rt::Call<
        QueryYydTotalWeekStatisticalDataResponseBody,
        QueryYydTotalWeekStatisticalDataError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryYydTotalWeekStatisticalData",
            rt::Method::Get,
            "/v1.0/datacenter/yydTotalWeekDatas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过关键词搜索企业
    ///
    /// `GET /v1.0/datacenter/keywords/companies`: DingTalk's `SearchCompany` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page in a loop: [`Api::search_company_pages`].
    #[doc(alias = "SearchCompany")]
    #[doc(alias = "/v1.0/datacenter/keywords/companies")]
    #[doc(alias = "GET /v1.0/datacenter/keywords/companies")]
    pub fn search_company(
        &self,
        request: &SearchCompanyRequest,
    ) -> rt::Call<SearchCompanyResponseBody, SearchCompanyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SearchCompany",
            rt::Method::Get,
            "/v1.0/datacenter/keywords/companies",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 同步数据大屏
    ///
    /// `POST /v1.0/datacenter/dataScreens/sync`: DingTalk's `SyncDataScreen` (module feature `datacenter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncDataScreen")]
    #[doc(alias = "/v1.0/datacenter/dataScreens/sync")]
    #[doc(alias = "POST /v1.0/datacenter/dataScreens/sync")]
    pub fn sync_data_screen(
        &self,
        request: &SyncDataScreenRequest,
    ) -> rt::Call<SyncDataScreenResponseBody, SyncDataScreenError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncDataScreen",
            rt::Method::Post,
            "/v1.0/datacenter/dataScreens/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_abnormal_operation`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_abnormal_operation_pages(
        &self,
        request: &GetAbnormalOperationRequest,
    ) -> rt::Paginator<
        GetAbnormalOperationResponseBody,
        GetAbnormalOperationError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_abnormal_operation(request), &PAGING)
    }
    /// Every page of [`Api::get_administrative_licensing`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_administrative_licensing_pages(
        &self,
        request: &GetAdministrativeLicensingRequest,
    ) -> rt::Paginator<
        GetAdministrativeLicensingResponseBody,
        GetAdministrativeLicensingError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_administrative_licensing(request), &PAGING)
    }
    /// Every page of [`Api::get_administrative_penalties`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_administrative_penalties_pages(
        &self,
        request: &GetAdministrativePenaltiesRequest,
    ) -> rt::Paginator<
        GetAdministrativePenaltiesResponseBody,
        GetAdministrativePenaltiesError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_administrative_penalties(request), &PAGING)
    }
    /// Every page of [`Api::get_basic_info`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_basic_info_pages(
        &self,
        request: &GetBasicInfoRequest,
    ) -> rt::Paginator<GetBasicInfoResponseBody, GetBasicInfoError, rt::NoItems> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_basic_info(request), &PAGING)
    }
    /// Every page of [`Api::get_bidding_info`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_bidding_info_pages(
        &self,
        request: &GetBiddingInfoRequest,
    ) -> rt::Paginator<GetBiddingInfoResponseBody, GetBiddingInfoError, rt::NoItems> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_bidding_info(request), &PAGING)
    }
    /// Every page of [`Api::get_branch_info`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_branch_info_pages(
        &self,
        request: &GetBranchInfoRequest,
    ) -> rt::Paginator<GetBranchInfoResponseBody, GetBranchInfoError, rt::NoItems> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_branch_info(request), &PAGING)
    }
    /// Every page of [`Api::get_change_record`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_change_record_pages(
        &self,
        request: &GetChangeRecordRequest,
    ) -> rt::Paginator<GetChangeRecordResponseBody, GetChangeRecordError, rt::NoItems> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_change_record(request), &PAGING)
    }
    /// Every page of [`Api::get_domain_info`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_domain_info_pages(
        &self,
        request: &GetDomainInfoRequest,
    ) -> rt::Paginator<GetDomainInfoResponseBody, GetDomainInfoError, rt::NoItems> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_domain_info(request), &PAGING)
    }
    /// Every page of [`Api::get_double_random`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_double_random_pages(
        &self,
        request: &GetDoubleRandomRequest,
    ) -> rt::Paginator<GetDoubleRandomResponseBody, GetDoubleRandomError, rt::NoItems> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_double_random(request), &PAGING)
    }
    /// Every page of [`Api::get_environmental_penalties`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_environmental_penalties_pages(
        &self,
        request: &GetEnvironmentalPenaltiesRequest,
    ) -> rt::Paginator<
        GetEnvironmentalPenaltiesResponseBody,
        GetEnvironmentalPenaltiesError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_environmental_penalties(request), &PAGING)
    }
    /// Every page of [`Api::get_holder_info`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_holder_info_pages(
        &self,
        request: &GetHolderInfoRequest,
    ) -> rt::Paginator<GetHolderInfoResponseBody, GetHolderInfoError, rt::NoItems> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_holder_info(request), &PAGING)
    }
    /// Every page of [`Api::get_intellectual_property`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_intellectual_property_pages(
        &self,
        request: &GetIntellectualPropertyRequest,
    ) -> rt::Paginator<
        GetIntellectualPropertyResponseBody,
        GetIntellectualPropertyError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_intellectual_property(request), &PAGING)
    }
    /// Every page of [`Api::get_investment_abroad`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_investment_abroad_pages(
        &self,
        request: &GetInvestmentAbroadRequest,
    ) -> rt::Paginator<
        GetInvestmentAbroadResponseBody,
        GetInvestmentAbroadError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_investment_abroad(request), &PAGING)
    }
    /// Every page of [`Api::get_job_info`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_job_info_pages(
        &self,
        request: &GetJobInfoRequest,
    ) -> rt::Paginator<GetJobInfoResponseBody, GetJobInfoError, rt::NoItems> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_job_info(request), &PAGING)
    }
    /// Every page of [`Api::get_patent_info`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_patent_info_pages(
        &self,
        request: &GetPatentInfoRequest,
    ) -> rt::Paginator<GetPatentInfoResponseBody, GetPatentInfoError, rt::NoItems> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_patent_info(request), &PAGING)
    }
    /// Every page of [`Api::get_principal_employee`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_principal_employee_pages(
        &self,
        request: &GetPrincipalEmployeeRequest,
    ) -> rt::Paginator<
        GetPrincipalEmployeeResponseBody,
        GetPrincipalEmployeeError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_principal_employee(request), &PAGING)
    }
    /// Every page of [`Api::get_qeneral_taxpayer_info`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_qeneral_taxpayer_info_pages(
        &self,
        request: &GetQeneralTaxpayerInfoRequest,
    ) -> rt::Paginator<
        GetQeneralTaxpayerInfoResponseBody,
        GetQeneralTaxpayerInfoError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_qeneral_taxpayer_info(request), &PAGING)
    }
    /// Every page of [`Api::get_qualification_cert`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_qualification_cert_pages(
        &self,
        request: &GetQualificationCertRequest,
    ) -> rt::Paginator<
        GetQualificationCertResponseBody,
        GetQualificationCertError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_qualification_cert(request), &PAGING)
    }
    /// Every page of [`Api::get_serious_violation`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_serious_violation_pages(
        &self,
        request: &GetSeriousViolationRequest,
    ) -> rt::Paginator<
        GetSeriousViolationResponseBody,
        GetSeriousViolationError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_serious_violation(request), &PAGING)
    }
    /// Every page of [`Api::get_software_copyright`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_software_copyright_pages(
        &self,
        request: &GetSoftwareCopyrightRequest,
    ) -> rt::Paginator<
        GetSoftwareCopyrightResponseBody,
        GetSoftwareCopyrightError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_software_copyright(request), &PAGING)
    }
    /// Every page of [`Api::get_trademark_info`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_trademark_info_pages(
        &self,
        request: &GetTrademarkInfoRequest,
    ) -> rt::Paginator<
        GetTrademarkInfoResponseBody,
        GetTrademarkInfoError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_trademark_info(request), &PAGING)
    }
    /// Every page of [`Api::get_work_copyright`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn get_work_copyright_pages(
        &self,
        request: &GetWorkCopyrightRequest,
    ) -> rt::Paginator<
        GetWorkCopyrightResponseBody,
        GetWorkCopyrightError,
        rt::NoItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.get_work_copyright(request), &PAGING)
    }
    /// Every page of [`Api::query_anhmd_statistical_data`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `dataList` of each page.
    pub fn query_anhmd_statistical_data_pages(
        &self,
        request: &QueryAnhmdStatisticalDataRequest,
    ) -> rt::Paginator<
        QueryAnhmdStatisticalDataResponseBody,
        QueryAnhmdStatisticalDataError,
        rt::BTreeMap<String, rt::serde_json::Value>,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["dataList"],
            &[],
            &[],
        );
        rt::Paginator::new(self.query_anhmd_statistical_data(request), &PAGING)
    }
    /// Every page of [`Api::query_company_basic_info`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `total` items are read. Items: `data` of each page.
    pub fn query_company_basic_info_pages(
        &self,
        request: &QueryCompanyBasicInfoRequest,
    ) -> rt::Paginator<
        QueryCompanyBasicInfoResponseBody,
        QueryCompanyBasicInfoError,
        rt::BTreeMap<String, String>,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data"],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.query_company_basic_info(request), &PAGING)
    }
    /// Every page of [`Api::query_general_data_service`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `dataList` of each page.
    pub fn query_general_data_service_pages(
        &self,
        request: &QueryGeneralDataServiceRequest,
    ) -> rt::Paginator<
        QueryGeneralDataServiceResponseBody,
        QueryGeneralDataServiceError,
        rt::BTreeMap<String, rt::serde_json::Value>,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["dataList"],
            &[],
            &[],
        );
        rt::Paginator::new(self.query_general_data_service(request), &PAGING)
    }
    /// Every page of [`Api::query_general_data_service_batch`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `total` items are read. Items: `dataList` of each page.
    pub fn query_general_data_service_batch_pages(
        &self,
        request: &QueryGeneralDataServiceBatchRequest,
    ) -> rt::Paginator<
        QueryGeneralDataServiceBatchResponseBody,
        QueryGeneralDataServiceBatchError,
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
            &["total"],
        );
        rt::Paginator::new(self.query_general_data_service_batch(request), &PAGING)
    }
    /// Every page of [`Api::query_official_dataset_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `result.totalCount` items are read. Items: `result.rows` of each page.
    pub fn query_official_dataset_list_pages(
        &self,
        request: &QueryOfficialDatasetListRequest,
    ) -> rt::Paginator<
        QueryOfficialDatasetListResponseBody,
        QueryOfficialDatasetListError,
        QueryOfficialDatasetListResponseBodyResultRows,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["result", "rows"],
            &[],
            &["result", "totalCount"],
        );
        rt::Paginator::new(self.query_official_dataset_list(request), &PAGING)
    }
    /// Every page of [`Api::search_company`] (pages only: the reply has no list of items): the call again with the page number `pageNumber` one more (from the request's, else 1), until the pages so far, `pageSize` each, hold `total` items, or a reply has no total. Set `pageSize` in the request: without it the total cannot be compared, and the paginator sends nothing and gives an error.
    pub fn search_company_pages(
        &self,
        request: &SearchCompanyRequest,
    ) -> rt::Paginator<SearchCompanyResponseBody, SearchCompanyError, rt::NoItems> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &[],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.search_company(request), &PAGING)
    }
}
/// `CloseDataDeliverResponseBody`, a model several operations share: also named [`CreateDataDeliverResponseBody`], [`CreateScreenResponseBody`], [`GetDataDeliverResponseBody`], [`ListDataDeliversResponseBody`], [`QueryOfficialDataResponseBody`], [`QueryOfficialFormDataResponseBody`], [`QueryOfficialFormDataDirectHoloResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CloseDataDeliverResponseBody {
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CloseDataDeliverResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CloseDataDeliverResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `CreateDataDeliverResponseBody`: the same model as [`CloseDataDeliverResponseBody`].
pub type CreateDataDeliverResponseBody = CloseDataDeliverResponseBody;
/// `CreateScreenResponseBody`: the same model as [`CloseDataDeliverResponseBody`].
pub type CreateScreenResponseBody = CloseDataDeliverResponseBody;
/// `DataMarketIsvServiceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DataMarketIsvServiceResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<String>,
    /// `msg`.
    pub msg: Option<String>,
}
rt::impl_deserialize! {
    DataMarketIsvServiceResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "msg" => read_field(msg) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DataMarketIsvServiceResponseBody { "code" => optional(code), "data" =>
    optional(data), "msg" => optional(msg) }
}
/// `DataMarketServiceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DataMarketServiceResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<String>,
    /// `msg`.
    pub msg: Option<String>,
    /// `totalQuota`.
    pub total_quota: Option<i64>,
    /// `usedQuota`.
    pub used_quota: Option<i64>,
}
rt::impl_deserialize! {
    DataMarketServiceResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "msg" => read_field(msg), "totalQuota" => read_field(total_quota),
    "usedQuota" => read_field(used_quota) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DataMarketServiceResponseBody { "code" => optional(code), "data" => optional(data),
    "msg" => optional(msg), "totalQuota" => optional(total_quota), "usedQuota" =>
    optional(used_quota) }
}
/// `GetAbnormalOperationResponseBody`, a model several operations share: also named [`GetAdministrativeLicensingResponseBody`], [`GetAdministrativePenaltiesResponseBody`], [`GetBasicInfoResponseBody`], [`GetBiddingInfoResponseBody`], [`GetBranchInfoResponseBody`], [`GetChangeRecordResponseBody`], [`GetDomainInfoResponseBody`], [`GetDoubleRandomResponseBody`], [`GetEnvironmentalPenaltiesResponseBody`], [`GetHolderInfoResponseBody`], [`GetIntellectualPropertyResponseBody`], [`GetInvestmentAbroadResponseBody`], [`GetJobInfoResponseBody`], [`GetPatentInfoResponseBody`], [`GetPrincipalEmployeeResponseBody`], [`GetQeneralTaxpayerInfoResponseBody`], [`GetQualificationCertResponseBody`], [`GetSeriousViolationResponseBody`], [`GetSoftwareCopyrightResponseBody`], [`GetTrademarkInfoResponseBody`], [`GetWorkCopyrightResponseBody`], [`SearchCompanyResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetAbnormalOperationResponseBody {
    /// `data`.
    pub data: Option<String>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    GetAbnormalOperationResponseBody { "data" => read_field(data), "total" =>
    read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetAbnormalOperationResponseBody { "data" => optional(data), "total" =>
    optional(total) }
}
/// `GetAdministrativeLicensingResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetAdministrativeLicensingResponseBody = GetAbnormalOperationResponseBody;
/// `GetAdministrativePenaltiesResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetAdministrativePenaltiesResponseBody = GetAbnormalOperationResponseBody;
/// `GetBasicInfoResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetBasicInfoResponseBody = GetAbnormalOperationResponseBody;
/// `GetBiddingInfoResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetBiddingInfoResponseBody = GetAbnormalOperationResponseBody;
/// `GetBranchInfoResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetBranchInfoResponseBody = GetAbnormalOperationResponseBody;
/// `GetChangeRecordResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetChangeRecordResponseBody = GetAbnormalOperationResponseBody;
/// `GetDataDeliverResponseBody`: the same model as [`CloseDataDeliverResponseBody`].
pub type GetDataDeliverResponseBody = CloseDataDeliverResponseBody;
/// `GetDomainInfoResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetDomainInfoResponseBody = GetAbnormalOperationResponseBody;
/// `GetDoubleRandomResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetDoubleRandomResponseBody = GetAbnormalOperationResponseBody;
/// `GetEnvironmentalPenaltiesResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetEnvironmentalPenaltiesResponseBody = GetAbnormalOperationResponseBody;
/// `GetEventDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetEventDataResponseBody {
    /// `success`.
    pub success: Option<String>,
    /// `value`.
    pub value: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
}
rt::impl_deserialize! {
    GetEventDataResponseBody { "success" => read_field(success), "value" =>
    read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetEventDataResponseBody { "success" => optional(success), "value" => optional(value)
    }
}
/// `GetHolderInfoResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetHolderInfoResponseBody = GetAbnormalOperationResponseBody;
/// `GetIntellectualPropertyResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetIntellectualPropertyResponseBody = GetAbnormalOperationResponseBody;
/// `GetInvestmentAbroadResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetInvestmentAbroadResponseBody = GetAbnormalOperationResponseBody;
/// `GetJobInfoResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetJobInfoResponseBody = GetAbnormalOperationResponseBody;
/// `GetPatentInfoResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetPatentInfoResponseBody = GetAbnormalOperationResponseBody;
/// `GetPrincipalEmployeeResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetPrincipalEmployeeResponseBody = GetAbnormalOperationResponseBody;
/// `GetQeneralTaxpayerInfoResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetQeneralTaxpayerInfoResponseBody = GetAbnormalOperationResponseBody;
/// `GetQualificationCertResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetQualificationCertResponseBody = GetAbnormalOperationResponseBody;
/// `GetSeriousViolationResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetSeriousViolationResponseBody = GetAbnormalOperationResponseBody;
/// `GetSoftwareCopyrightResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetSoftwareCopyrightResponseBody = GetAbnormalOperationResponseBody;
/// `GetTrademarkInfoResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetTrademarkInfoResponseBody = GetAbnormalOperationResponseBody;
/// `GetWorkCopyrightResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type GetWorkCopyrightResponseBody = GetAbnormalOperationResponseBody;
/// `ListDataDeliversResponseBody`: the same model as [`CloseDataDeliverResponseBody`].
pub type ListDataDeliversResponseBody = CloseDataDeliverResponseBody;
/// `OperateChartConfigResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OperateChartConfigResponseBody {
    /// `result`.
    pub result: Option<rt::BTreeMap<String, String>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    OperateChartConfigResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OperateChartConfigResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `PostCorpAuthInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PostCorpAuthInfoResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PostCorpAuthInfoResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PostCorpAuthInfoResponseBody { "success" => optional(success) }
}
/// `QueryActiveUserStatisticalDataResponseBody`, a model several operations share: also named [`QueryAnhmdStatisticalDataResponseBody`], [`QueryApprovalStatisticalDataResponseBody`], [`QueryAttendanceStatisticalDataResponseBody`], [`QueryBlackboardStatisticalDataResponseBody`], [`QueryCalendarStatisticalDataResponseBody`], [`QueryCheckinStatisticalDataResponseBody`], [`QueryCircleStatisticalDataResponseBody`], [`QueryDingReciveStatisticalDataResponseBody`], [`QueryDingSendStatisticalDataResponseBody`], [`QueryDocumentStatisticalDataResponseBody`], [`QueryDriveStatisticalDataResponseBody`], [`QueryEmployeeTypeStatisticalDataResponseBody`], [`QueryGroupLiveStatisticalDataResponseBody`], [`QueryGroupMessageStatisticalDataResponseBody`], [`QueryHealthStatisticalDataResponseBody`], [`QueryMailStatisticalDataResponseBody`], [`QueryOnlineUserStatisticalDataResponseBody`], [`QueryRedEnvelopeReciveStatisticalDataResponseBody`], [`QueryRedEnvelopeSendStatisticalDataResponseBody`], [`QueryReportStatisticalDataResponseBody`], [`QuerySingleMessageStatisticalDataResponseBody`], [`QueryTelMeetingStatisticalDataResponseBody`], [`QueryTodoStatisticalDataResponseBody`], [`QueryVedioMeetingStatisticalDataResponseBody`], [`QueryYydActiveDayStatisticalDataResponseBody`], [`QueryYydActiveMonthStatisticalDataResponseBody`], [`QueryYydActiveWeekStatisticalDataResponseBody`], [`QueryYydAppDayStatisticalDataResponseBody`], [`QueryYydAppMonthStatisticalDataResponseBody`], [`QueryYydAppStdStatisticalDataResponseBody`], [`QueryYydAppWeekStatisticalDataResponseBody`], [`QueryYydCalendarDayStatisticalDataResponseBody`], [`QueryYydCalendarMonthStatisticalDataResponseBody`], [`QueryYydCalendarWeekStatisticalDataResponseBody`], [`QueryYydDingMsgDayStatisticalDataResponseBody`], [`QueryYydDingMsgMonthStatisticalDataResponseBody`], [`QueryYydDingMsgWeekStatisticalDataResponseBody`], [`QueryYydGroupMsgDayStatisticalDataResponseBody`], [`QueryYydGroupMsgMonthStatisticalDataResponseBody`], [`QueryYydGroupMsgWeekStatisticalDataResponseBody`], [`QueryYydLogDayStatisticalDataResponseBody`], [`QueryYydLogMonthStatisticalDataResponseBody`], [`QueryYydLogWeekStatisticalDataResponseBody`], [`QueryYydMeetingDayStatisticalDataResponseBody`], [`QueryYydMeetingMonthStatisticalDataResponseBody`], [`QueryYydMeetingWeekStatisticalDataResponseBody`], [`QueryYydNoticeDayStatisticalDataResponseBody`], [`QueryYydNoticeMonthStatisticalDataResponseBody`], [`QueryYydNoticeWeekStatisticalDataResponseBody`], [`QueryYydSingleMsgDayStatisticalDataResponseBody`], [`QueryYydSingleMsgMonthStatisticalDataResponseBody`], [`QueryYydSingleMsgWeekStatisticalDataResponseBody`], [`QueryYydToatlMsgDayStatisticalDataResponseBody`], [`QueryYydToatlMsgMonthStatisticalDataResponseBody`], [`QueryYydToatlMsgWeekStatisticalDataResponseBody`], [`QueryYydTodoDayStatisticalDataResponseBody`], [`QueryYydTodoMonthStatisticalDataResponseBody`], [`QueryYydTodoWeekStatisticalDataResponseBody`], [`QueryYydTotalDayStatisticalDataResponseBody`], [`QueryYydTotalMonthStatisticalDataResponseBody`], [`QueryYydTotalStdStatisticalDataResponseBody`], [`QueryYydTotalWeekStatisticalDataResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryActiveUserStatisticalDataResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `metaList`.
    pub meta_list: Option<Vec<QueryActiveUserStatisticalDataResponseBodyMetaList>>,
}
rt::impl_deserialize! {
    QueryActiveUserStatisticalDataResponseBody { "dataList" => read_field(data_list),
    "metaList" => read_field(meta_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryActiveUserStatisticalDataResponseBody { "dataList" => optional(data_list),
    "metaList" => optional(meta_list) }
}
/// `QueryAnhmdStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryAnhmdStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryApprovalStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryApprovalStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryAttendanceStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryAttendanceStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryBlackboardStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryBlackboardStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryCalendarStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryCalendarStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryChartDataResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryChartDataResponseBody {
    /// `result`.
    pub result: Option<Vec<rt::serde_json::Value>>,
    /// `success`.
    pub success: Option<String>,
}
rt::impl_deserialize! {
    QueryChartDataResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryChartDataResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryCheckinStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryCheckinStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryCircleStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryCircleStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryCompanyBasicInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCompanyBasicInfoResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `data`.
    pub data: Option<Vec<rt::BTreeMap<String, String>>>,
    /// `message`.
    pub message: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    QueryCompanyBasicInfoResponseBody { "code" => read_field(code), "data" =>
    read_field(data), "message" => read_field(message), "requestId" =>
    read_field(request_id), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCompanyBasicInfoResponseBody { "code" => optional(code), "data" =>
    optional(data), "message" => optional(message), "requestId" => optional(request_id),
    "total" => optional(total) }
}
/// `QueryDigitalDistrictOrgInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDigitalDistrictOrgInfoResponseBody {
    /// `arguments`.
    pub arguments: Option<Vec<String>>,
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    QueryDigitalDistrictOrgInfoResponseBody { "arguments" => read_field(arguments),
    "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDigitalDistrictOrgInfoResponseBody { "arguments" => optional(arguments),
    "result" => optional(result) }
}
/// `QueryDingReciveStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryDingReciveStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryDingSendStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryDingSendStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryDocumentStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryDocumentStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryDpaasDataPackageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDpaasDataPackageResponseBody {
    /// `buy`.
    pub buy: Option<bool>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `quota`.
    pub quota: Option<i64>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `success`.
    pub success: Option<bool>,
    /// `usedNum`.
    pub used_num: Option<i64>,
    /// `whiteCustomer`.
    pub white_customer: Option<bool>,
}
rt::impl_deserialize! {
    QueryDpaasDataPackageResponseBody { "buy" => read_field(buy), "endDate" =>
    read_field(end_date), "quota" => read_field(quota), "startDate" =>
    read_field(start_date), "success" => read_field(success), "usedNum" =>
    read_field(used_num), "whiteCustomer" => read_field(white_customer) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDpaasDataPackageResponseBody { "buy" => optional(buy), "endDate" =>
    optional(end_date), "quota" => optional(quota), "startDate" => optional(start_date),
    "success" => optional(success), "usedNum" => optional(used_num), "whiteCustomer" =>
    optional(white_customer) }
}
/// `QueryDriveStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryDriveStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryEduUnionAuthServiceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryEduUnionAuthServiceResponseBody {
    /// `authInfoModels`.
    pub auth_info_models: Option<
        Vec<QueryEduUnionAuthServiceResponseBodyAuthInfoModels>,
    >,
}
rt::impl_deserialize! {
    QueryEduUnionAuthServiceResponseBody { "authInfoModels" =>
    read_field(auth_info_models) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryEduUnionAuthServiceResponseBody { "authInfoModels" => optional(auth_info_models)
    }
}
/// `QueryEmployeeTypeStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryEmployeeTypeStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryGeneralDataServiceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGeneralDataServiceResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `metaList`.
    pub meta_list: Option<Vec<QueryGeneralDataServiceResponseBodyMetaList>>,
    /// `total`.
    pub total: Option<String>,
}
rt::impl_deserialize! {
    QueryGeneralDataServiceResponseBody { "dataList" => read_field(data_list), "metaList"
    => read_field(meta_list), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGeneralDataServiceResponseBody { "dataList" => optional(data_list), "metaList"
    => optional(meta_list), "total" => optional(total) }
}
/// `QueryGeneralDataServiceBatchRequestFilters`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryGeneralDataServiceBatchRequestFilters {
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `operator`.
    pub operator: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl QueryGeneralDataServiceBatchRequestFilters {
    /// An empty `QueryGeneralDataServiceBatchRequestFilters`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `fieldId`.
    pub fn field_id(mut self, value: impl Into<String>) -> Self {
        self.field_id = Some(value.into());
        self
    }
    /// Sets `operator`.
    pub fn operator(mut self, value: impl Into<String>) -> Self {
        self.operator = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryGeneralDataServiceBatchRequestFilters { "fieldId" => optional(field_id),
    "operator" => optional(operator), "value" => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGeneralDataServiceBatchRequestFilters { "fieldId" => read_field(field_id),
    "operator" => read_field(operator), "value" => read_field(value) }
}
/// `QueryGeneralDataServiceBatchResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGeneralDataServiceBatchResponseBody {
    /// `dataList`.
    pub data_list: Option<Vec<rt::BTreeMap<String, rt::serde_json::Value>>>,
    /// `metaList`.
    pub meta_list: Option<Vec<QueryGeneralDataServiceBatchResponseBodyMetaList>>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    QueryGeneralDataServiceBatchResponseBody { "dataList" => read_field(data_list),
    "metaList" => read_field(meta_list), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGeneralDataServiceBatchResponseBody { "dataList" => optional(data_list),
    "metaList" => optional(meta_list), "total" => optional(total) }
}
/// `QueryGeneralDataUpdateDateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGeneralDataUpdateDateResponseBody {
    /// `success`.
    pub success: Option<bool>,
    /// `updateDate`.
    pub update_date: Option<String>,
}
rt::impl_deserialize! {
    QueryGeneralDataUpdateDateResponseBody { "success" => read_field(success),
    "updateDate" => read_field(update_date) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGeneralDataUpdateDateResponseBody { "success" => optional(success), "updateDate"
    => optional(update_date) }
}
/// `QueryGroupLiveStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryGroupLiveStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryGroupMessageStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryGroupMessageStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryHealthStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryHealthStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryMailStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryMailStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryOfficialDataResponseBody`: the same model as [`CloseDataDeliverResponseBody`].
pub type QueryOfficialDataResponseBody = CloseDataDeliverResponseBody;
/// `QueryOfficialDatasetFieldsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOfficialDatasetFieldsResponseBody {
    /// `result`.
    pub result: Option<QueryOfficialDatasetFieldsResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryOfficialDatasetFieldsResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOfficialDatasetFieldsResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryOfficialDatasetListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOfficialDatasetListResponseBody {
    /// `result`.
    pub result: Option<QueryOfficialDatasetListResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryOfficialDatasetListResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOfficialDatasetListResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryOfficialFormDataResponseBody`: the same model as [`CloseDataDeliverResponseBody`].
pub type QueryOfficialFormDataResponseBody = CloseDataDeliverResponseBody;
/// `QueryOfficialFormDataDirectHoloResponseBody`: the same model as [`CloseDataDeliverResponseBody`].
pub type QueryOfficialFormDataDirectHoloResponseBody = CloseDataDeliverResponseBody;
/// `QueryOnlineUserStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryOnlineUserStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryRedEnvelopeReciveStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryRedEnvelopeReciveStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryRedEnvelopeSendStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryRedEnvelopeSendStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryReportStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryReportStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryScreenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryScreenResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryScreenResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryScreenResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryScreenResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryScreenTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryScreenTemplateResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryScreenTemplateResponseBodyResult>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryScreenTemplateResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryScreenTemplateResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QuerySingleMessageStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QuerySingleMessageStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryTelMeetingStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryTelMeetingStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryTodoStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryTodoStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryTotalDataCountServiceResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTotalDataCountServiceResponseBody {
    /// `success`.
    pub success: Option<String>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    QueryTotalDataCountServiceResponseBody { "success" => read_field(success), "total" =>
    read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTotalDataCountServiceResponseBody { "success" => optional(success), "total" =>
    optional(total) }
}
/// `QueryVedioMeetingStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryVedioMeetingStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydActiveDayStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydActiveDayStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydActiveMonthStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydActiveMonthStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydActiveWeekStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydActiveWeekStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydAppDayStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydAppDayStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydAppMonthStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydAppMonthStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydAppStdStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydAppStdStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydAppWeekStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydAppWeekStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydCalendarDayStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydCalendarDayStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydCalendarMonthStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydCalendarMonthStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydCalendarWeekStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydCalendarWeekStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydDingMsgDayStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydDingMsgDayStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydDingMsgMonthStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydDingMsgMonthStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydDingMsgWeekStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydDingMsgWeekStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydGroupMsgDayStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydGroupMsgDayStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydGroupMsgMonthStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydGroupMsgMonthStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydGroupMsgWeekStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydGroupMsgWeekStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydLogDayStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydLogDayStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydLogMonthStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydLogMonthStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydLogWeekStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydLogWeekStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydMeetingDayStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydMeetingDayStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydMeetingMonthStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydMeetingMonthStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydMeetingWeekStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydMeetingWeekStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydNoticeDayStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydNoticeDayStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydNoticeMonthStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydNoticeMonthStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydNoticeWeekStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydNoticeWeekStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydSingleMsgDayStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydSingleMsgDayStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydSingleMsgMonthStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydSingleMsgMonthStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydSingleMsgWeekStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydSingleMsgWeekStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydToatlMsgDayStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydToatlMsgDayStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydToatlMsgMonthStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydToatlMsgMonthStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydToatlMsgWeekStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydToatlMsgWeekStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydTodoDayStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydTodoDayStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydTodoMonthStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydTodoMonthStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydTodoWeekStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydTodoWeekStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydTotalDayStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydTotalDayStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydTotalMonthStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydTotalMonthStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydTotalStdStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydTotalStdStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `QueryYydTotalWeekStatisticalDataResponseBody`: the same model as [`QueryActiveUserStatisticalDataResponseBody`].
pub type QueryYydTotalWeekStatisticalDataResponseBody = QueryActiveUserStatisticalDataResponseBody;
/// `SearchCompanyResponseBody`: the same model as [`GetAbnormalOperationResponseBody`].
pub type SearchCompanyResponseBody = GetAbnormalOperationResponseBody;
/// `SyncDataScreenResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SyncDataScreenResponseBody {
    /// `result`.
    pub result: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SyncDataScreenResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SyncDataScreenResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryActiveUserStatisticalDataResponseBodyMetaList`, a model several operations share: also named [`QueryAnhmdStatisticalDataResponseBodyMetaList`], [`QueryApprovalStatisticalDataResponseBodyMetaList`], [`QueryAttendanceStatisticalDataResponseBodyMetaList`], [`QueryBlackboardStatisticalDataResponseBodyMetaList`], [`QueryCalendarStatisticalDataResponseBodyMetaList`], [`QueryCheckinStatisticalDataResponseBodyMetaList`], [`QueryCircleStatisticalDataResponseBodyMetaList`], [`QueryDingReciveStatisticalDataResponseBodyMetaList`], [`QueryDingSendStatisticalDataResponseBodyMetaList`], [`QueryDocumentStatisticalDataResponseBodyMetaList`], [`QueryDriveStatisticalDataResponseBodyMetaList`], [`QueryEmployeeTypeStatisticalDataResponseBodyMetaList`], [`QueryGroupLiveStatisticalDataResponseBodyMetaList`], [`QueryGroupMessageStatisticalDataResponseBodyMetaList`], [`QueryHealthStatisticalDataResponseBodyMetaList`], [`QueryMailStatisticalDataResponseBodyMetaList`], [`QueryOnlineUserStatisticalDataResponseBodyMetaList`], [`QueryRedEnvelopeReciveStatisticalDataResponseBodyMetaList`], [`QueryRedEnvelopeSendStatisticalDataResponseBodyMetaList`], [`QueryReportStatisticalDataResponseBodyMetaList`], [`QuerySingleMessageStatisticalDataResponseBodyMetaList`], [`QueryTelMeetingStatisticalDataResponseBodyMetaList`], [`QueryTodoStatisticalDataResponseBodyMetaList`], [`QueryVedioMeetingStatisticalDataResponseBodyMetaList`], [`QueryYydActiveDayStatisticalDataResponseBodyMetaList`], [`QueryYydActiveMonthStatisticalDataResponseBodyMetaList`], [`QueryYydActiveWeekStatisticalDataResponseBodyMetaList`], [`QueryYydAppDayStatisticalDataResponseBodyMetaList`], [`QueryYydAppMonthStatisticalDataResponseBodyMetaList`], [`QueryYydAppStdStatisticalDataResponseBodyMetaList`], [`QueryYydAppWeekStatisticalDataResponseBodyMetaList`], [`QueryYydCalendarDayStatisticalDataResponseBodyMetaList`], [`QueryYydCalendarMonthStatisticalDataResponseBodyMetaList`], [`QueryYydCalendarWeekStatisticalDataResponseBodyMetaList`], [`QueryYydDingMsgDayStatisticalDataResponseBodyMetaList`], [`QueryYydDingMsgMonthStatisticalDataResponseBodyMetaList`], [`QueryYydDingMsgWeekStatisticalDataResponseBodyMetaList`], [`QueryYydGroupMsgDayStatisticalDataResponseBodyMetaList`], [`QueryYydGroupMsgMonthStatisticalDataResponseBodyMetaList`], [`QueryYydGroupMsgWeekStatisticalDataResponseBodyMetaList`], [`QueryYydLogDayStatisticalDataResponseBodyMetaList`], [`QueryYydLogMonthStatisticalDataResponseBodyMetaList`], [`QueryYydLogWeekStatisticalDataResponseBodyMetaList`], [`QueryYydMeetingDayStatisticalDataResponseBodyMetaList`], [`QueryYydMeetingMonthStatisticalDataResponseBodyMetaList`], [`QueryYydMeetingWeekStatisticalDataResponseBodyMetaList`], [`QueryYydNoticeDayStatisticalDataResponseBodyMetaList`], [`QueryYydNoticeMonthStatisticalDataResponseBodyMetaList`], [`QueryYydNoticeWeekStatisticalDataResponseBodyMetaList`], [`QueryYydSingleMsgDayStatisticalDataResponseBodyMetaList`], [`QueryYydSingleMsgMonthStatisticalDataResponseBodyMetaList`], [`QueryYydSingleMsgWeekStatisticalDataResponseBodyMetaList`], [`QueryYydToatlMsgDayStatisticalDataResponseBodyMetaList`], [`QueryYydToatlMsgMonthStatisticalDataResponseBodyMetaList`], [`QueryYydToatlMsgWeekStatisticalDataResponseBodyMetaList`], [`QueryYydTodoDayStatisticalDataResponseBodyMetaList`], [`QueryYydTodoMonthStatisticalDataResponseBodyMetaList`], [`QueryYydTodoWeekStatisticalDataResponseBodyMetaList`], [`QueryYydTotalDayStatisticalDataResponseBodyMetaList`], [`QueryYydTotalMonthStatisticalDataResponseBodyMetaList`], [`QueryYydTotalStdStatisticalDataResponseBodyMetaList`], [`QueryYydTotalWeekStatisticalDataResponseBodyMetaList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryActiveUserStatisticalDataResponseBodyMetaList {
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
    QueryActiveUserStatisticalDataResponseBodyMetaList { "kpiCaliber" =>
    read_field(kpi_caliber), "kpiId" => read_field(kpi_id), "kpiName" =>
    read_field(kpi_name), "period" => read_field(period), "unit" => read_field(unit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryActiveUserStatisticalDataResponseBodyMetaList { "kpiCaliber" =>
    optional(kpi_caliber), "kpiId" => optional(kpi_id), "kpiName" => optional(kpi_name),
    "period" => optional(period), "unit" => optional(unit) }
}
/// `QueryAnhmdStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryAnhmdStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryApprovalStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryApprovalStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryAttendanceStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryAttendanceStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryBlackboardStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryBlackboardStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryCalendarStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryCalendarStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryCheckinStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryCheckinStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryCircleStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryCircleStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryDingReciveStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryDingReciveStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryDingSendStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryDingSendStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryDocumentStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryDocumentStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryDriveStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryDriveStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryEduUnionAuthServiceResponseBodyAuthInfoModels`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryEduUnionAuthServiceResponseBodyAuthInfoModels {
    /// `authCorpId`.
    pub auth_corp_id: Option<String>,
    /// `authCorpName`.
    pub auth_corp_name: Option<String>,
    /// `authTime`.
    pub auth_time: Option<String>,
    /// `resourceNames`.
    pub resource_names: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryEduUnionAuthServiceResponseBodyAuthInfoModels { "authCorpId" =>
    read_field(auth_corp_id), "authCorpName" => read_field(auth_corp_name), "authTime" =>
    read_field(auth_time), "resourceNames" => read_field(resource_names) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryEduUnionAuthServiceResponseBodyAuthInfoModels { "authCorpId" =>
    optional(auth_corp_id), "authCorpName" => optional(auth_corp_name), "authTime" =>
    optional(auth_time), "resourceNames" => optional(resource_names) }
}
/// `QueryEmployeeTypeStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryEmployeeTypeStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryGeneralDataServiceResponseBodyMetaList`, a model several operations share: also named [`QueryGeneralDataServiceBatchResponseBodyMetaList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGeneralDataServiceResponseBodyMetaList {
    /// `fieldDesc`.
    pub field_desc: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `fieldName`.
    pub field_name: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
}
rt::impl_deserialize! {
    QueryGeneralDataServiceResponseBodyMetaList { "fieldDesc" => read_field(field_desc),
    "fieldId" => read_field(field_id), "fieldName" => read_field(field_name), "fieldType"
    => read_field(field_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGeneralDataServiceResponseBodyMetaList { "fieldDesc" => optional(field_desc),
    "fieldId" => optional(field_id), "fieldName" => optional(field_name), "fieldType" =>
    optional(field_type) }
}
/// `QueryGeneralDataServiceBatchResponseBodyMetaList`: the same model as [`QueryGeneralDataServiceResponseBodyMetaList`].
pub type QueryGeneralDataServiceBatchResponseBodyMetaList = QueryGeneralDataServiceResponseBodyMetaList;
/// `QueryGroupLiveStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryGroupLiveStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryGroupMessageStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryGroupMessageStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryHealthStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryHealthStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryMailStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryMailStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryOfficialDatasetFieldsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOfficialDatasetFieldsResponseBodyResult {
    /// `displayName`.
    pub display_name: Option<String>,
    /// `dsId`.
    pub ds_id: Option<String>,
    /// `fields`.
    pub fields: Option<Vec<QueryOfficialDatasetFieldsResponseBodyResultFields>>,
}
rt::impl_deserialize! {
    QueryOfficialDatasetFieldsResponseBodyResult { "displayName" =>
    read_field(display_name), "dsId" => read_field(ds_id), "fields" => read_field(fields)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOfficialDatasetFieldsResponseBodyResult { "displayName" =>
    optional(display_name), "dsId" => optional(ds_id), "fields" => optional(fields) }
}
/// `QueryOfficialDatasetListResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOfficialDatasetListResponseBodyResult {
    /// `rows`.
    pub rows: Option<Vec<QueryOfficialDatasetListResponseBodyResultRows>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryOfficialDatasetListResponseBodyResult { "rows" => read_field(rows), "totalCount"
    => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOfficialDatasetListResponseBodyResult { "rows" => optional(rows), "totalCount"
    => optional(total_count) }
}
/// `QueryOnlineUserStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryOnlineUserStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryRedEnvelopeReciveStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryRedEnvelopeReciveStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryRedEnvelopeSendStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryRedEnvelopeSendStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryReportStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryReportStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryScreenResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryScreenResponseBodyResult {
    /// `operatePermission`.
    pub operate_permission: Option<String>,
    /// `screenId`.
    pub screen_id: Option<i64>,
    /// `screenName`.
    pub screen_name: Option<String>,
    /// `state`.
    pub state: Option<String>,
    /// `thumbUrl`.
    pub thumb_url: Option<String>,
}
rt::impl_deserialize! {
    QueryScreenResponseBodyResult { "operatePermission" =>
    read_field(operate_permission), "screenId" => read_field(screen_id), "screenName" =>
    read_field(screen_name), "state" => read_field(state), "thumbUrl" =>
    read_field(thumb_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryScreenResponseBodyResult { "operatePermission" => optional(operate_permission),
    "screenId" => optional(screen_id), "screenName" => optional(screen_name), "state" =>
    optional(state), "thumbUrl" => optional(thumb_url) }
}
/// `QueryScreenTemplateResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryScreenTemplateResponseBodyResult {
    /// `previewUrl`.
    pub preview_url: Option<String>,
    /// `screenSize`.
    pub screen_size: Option<String>,
    /// `templateId`.
    pub template_id: Option<String>,
    /// `templateName`.
    pub template_name: Option<String>,
    /// `thumbUrl`.
    pub thumb_url: Option<String>,
}
rt::impl_deserialize! {
    QueryScreenTemplateResponseBodyResult { "previewUrl" => read_field(preview_url),
    "screenSize" => read_field(screen_size), "templateId" => read_field(template_id),
    "templateName" => read_field(template_name), "thumbUrl" => read_field(thumb_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryScreenTemplateResponseBodyResult { "previewUrl" => optional(preview_url),
    "screenSize" => optional(screen_size), "templateId" => optional(template_id),
    "templateName" => optional(template_name), "thumbUrl" => optional(thumb_url) }
}
/// `QuerySingleMessageStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QuerySingleMessageStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryTelMeetingStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryTelMeetingStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryTodoStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryTodoStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryVedioMeetingStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryVedioMeetingStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydActiveDayStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydActiveDayStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydActiveMonthStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydActiveMonthStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydActiveWeekStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydActiveWeekStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydAppDayStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydAppDayStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydAppMonthStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydAppMonthStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydAppStdStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydAppStdStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydAppWeekStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydAppWeekStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydCalendarDayStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydCalendarDayStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydCalendarMonthStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydCalendarMonthStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydCalendarWeekStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydCalendarWeekStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydDingMsgDayStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydDingMsgDayStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydDingMsgMonthStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydDingMsgMonthStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydDingMsgWeekStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydDingMsgWeekStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydGroupMsgDayStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydGroupMsgDayStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydGroupMsgMonthStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydGroupMsgMonthStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydGroupMsgWeekStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydGroupMsgWeekStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydLogDayStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydLogDayStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydLogMonthStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydLogMonthStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydLogWeekStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydLogWeekStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydMeetingDayStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydMeetingDayStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydMeetingMonthStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydMeetingMonthStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydMeetingWeekStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydMeetingWeekStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydNoticeDayStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydNoticeDayStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydNoticeMonthStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydNoticeMonthStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydNoticeWeekStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydNoticeWeekStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydSingleMsgDayStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydSingleMsgDayStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydSingleMsgMonthStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydSingleMsgMonthStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydSingleMsgWeekStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydSingleMsgWeekStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydToatlMsgDayStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydToatlMsgDayStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydToatlMsgMonthStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydToatlMsgMonthStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydToatlMsgWeekStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydToatlMsgWeekStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydTodoDayStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydTodoDayStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydTodoMonthStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydTodoMonthStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydTodoWeekStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydTodoWeekStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydTotalDayStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydTotalDayStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydTotalMonthStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydTotalMonthStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydTotalStdStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydTotalStdStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryYydTotalWeekStatisticalDataResponseBodyMetaList`: the same model as [`QueryActiveUserStatisticalDataResponseBodyMetaList`].
pub type QueryYydTotalWeekStatisticalDataResponseBodyMetaList = QueryActiveUserStatisticalDataResponseBodyMetaList;
/// `QueryOfficialDatasetFieldsResponseBodyResultFields`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOfficialDatasetFieldsResponseBodyResultFields {
    /// `displayName`.
    pub display_name: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
    /// `fieldType`.
    pub field_type: Option<String>,
}
rt::impl_deserialize! {
    QueryOfficialDatasetFieldsResponseBodyResultFields { "displayName" =>
    read_field(display_name), "fieldId" => read_field(field_id), "fieldType" =>
    read_field(field_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOfficialDatasetFieldsResponseBodyResultFields { "displayName" =>
    optional(display_name), "fieldId" => optional(field_id), "fieldType" =>
    optional(field_type) }
}
/// `QueryOfficialDatasetListResponseBodyResultRows`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOfficialDatasetListResponseBodyResultRows {
    /// `displayName`.
    pub display_name: Option<String>,
    /// `dsId`.
    pub ds_id: Option<String>,
}
rt::impl_deserialize! {
    QueryOfficialDatasetListResponseBodyResultRows { "displayName" =>
    read_field(display_name), "dsId" => read_field(ds_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOfficialDatasetListResponseBodyResultRows { "displayName" =>
    optional(display_name), "dsId" => optional(ds_id) }
}
/// The request of [`Api::close_data_deliver`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CloseDataDeliverRequest {
    /// `deliverId`: a query parameter.
    pub deliver_id: Option<String>,
    /// `dispatchingItemType`: a query parameter.
    pub dispatching_item_type: Option<String>,
}
impl CloseDataDeliverRequest {
    /// An empty `CloseDataDeliverRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deliverId`.
    pub fn deliver_id(mut self, value: impl Into<String>) -> Self {
        self.deliver_id = Some(value.into());
        self
    }
    /// Sets `dispatchingItemType`.
    pub fn dispatching_item_type(mut self, value: impl Into<String>) -> Self {
        self.dispatching_item_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CloseDataDeliverRequest { "deliverId" => read_field(deliver_id),
    "dispatchingItemType" => read_field(dispatching_item_type) }
}
impl rt::WriteRequest for CloseDataDeliverRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deliverId", &self.deliver_id);
        writer.query("dispatchingItemType", &self.dispatching_item_type);
    }
}
/// The request of [`Api::create_data_deliver`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateDataDeliverRequest {
    /// `bizcode`: a query parameter.
    pub bizcode: Option<String>,
    /// `dispatchingCycle`: a query parameter.
    pub dispatching_cycle: Option<String>,
    /// `dispatchingItemType`: a query parameter.
    pub dispatching_item_type: Option<String>,
    /// `dispatchingStartDate`: a query parameter.
    pub dispatching_start_date: Option<i64>,
    /// `param`.
    pub param: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl CreateDataDeliverRequest {
    /// An empty `CreateDataDeliverRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `bizcode`.
    pub fn bizcode(mut self, value: impl Into<String>) -> Self {
        self.bizcode = Some(value.into());
        self
    }
    /// Sets `dispatchingCycle`.
    pub fn dispatching_cycle(mut self, value: impl Into<String>) -> Self {
        self.dispatching_cycle = Some(value.into());
        self
    }
    /// Sets `dispatchingItemType`.
    pub fn dispatching_item_type(mut self, value: impl Into<String>) -> Self {
        self.dispatching_item_type = Some(value.into());
        self
    }
    /// Sets `dispatchingStartDate`.
    pub fn dispatching_start_date(mut self, value: i64) -> Self {
        self.dispatching_start_date = Some(value);
        self
    }
    /// Sets `param`.
    pub fn param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateDataDeliverRequest { "param" => optional(param), "userId" => optional(user_id)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateDataDeliverRequest { "bizcode" => read_field(bizcode), "dispatchingCycle" =>
    read_field(dispatching_cycle), "dispatchingItemType" =>
    read_field(dispatching_item_type), "dispatchingStartDate" =>
    read_field(dispatching_start_date), "param" => read_field(param), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for CreateDataDeliverRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizcode", &self.bizcode);
        writer.query("dispatchingCycle", &self.dispatching_cycle);
        writer.query("dispatchingItemType", &self.dispatching_item_type);
        writer.query("dispatchingStartDate", &self.dispatching_start_date);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_screen`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateScreenRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: Option<String>,
    /// `templateId`: a query parameter.
    pub template_id: Option<String>,
}
impl CreateScreenRequest {
    /// An empty `CreateScreenRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `templateId`.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateScreenRequest { "operatorId" => read_field(operator_id), "templateId" =>
    read_field(template_id) }
}
impl rt::WriteRequest for CreateScreenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("templateId", &self.template_id);
    }
}
/// The request of [`Api::data_market_isv_service`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DataMarketIsvServiceRequest {
    /// `accountId`.
    pub account_id: String,
    /// `apiId`.
    pub api_id: String,
    /// `args`.
    pub args: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`DataMarketIsvServiceRequest`], each named where it is set: `DataMarketIsvServiceRequest::new(DataMarketIsvServiceRequired { .. })`.
pub struct DataMarketIsvServiceRequired {
    /// `accountId`: see [`DataMarketIsvServiceRequest::account_id`].
    pub account_id: String,
    /// `apiId`: see [`DataMarketIsvServiceRequest::api_id`].
    pub api_id: String,
    /// `args`: see [`DataMarketIsvServiceRequest::args`].
    pub args: String,
    /// `userId`: see [`DataMarketIsvServiceRequest::user_id`].
    pub user_id: String,
}
impl DataMarketIsvServiceRequest {
    /// A `DataMarketIsvServiceRequest` with its required fields (`accountId`, `apiId`, `args`, `userId`); set the others with the methods named after them.
    pub fn new(required: DataMarketIsvServiceRequired) -> Self {
        let DataMarketIsvServiceRequired { account_id, api_id, args, user_id } = required;
        Self {
            account_id,
            api_id,
            args,
            user_id,
        }
    }
}
rt::impl_serialize! {
    DataMarketIsvServiceRequest { "accountId" => field(account_id), "apiId" =>
    field(api_id), "args" => field(args), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DataMarketIsvServiceRequest { "accountId" => read_field(account_id), "apiId" =>
    read_field(api_id), "args" => read_field(args), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for DataMarketIsvServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::data_market_service`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DataMarketServiceRequest {
    /// `apiId`.
    pub api_id: Option<String>,
    /// `args`.
    pub args: Option<String>,
}
impl DataMarketServiceRequest {
    /// An empty `DataMarketServiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `apiId`.
    pub fn api_id(mut self, value: impl Into<String>) -> Self {
        self.api_id = Some(value.into());
        self
    }
    /// Sets `args`.
    pub fn args(mut self, value: impl Into<String>) -> Self {
        self.args = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DataMarketServiceRequest { "apiId" => optional(api_id), "args" => optional(args) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DataMarketServiceRequest { "apiId" => read_field(api_id), "args" => read_field(args)
    }
}
impl rt::WriteRequest for DataMarketServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_abnormal_operation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAbnormalOperationRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetAbnormalOperationRequest`], each named where it is set: `GetAbnormalOperationRequest::new(GetAbnormalOperationRequired { .. })`.
pub struct GetAbnormalOperationRequired {
    /// `searchKey`: see [`GetAbnormalOperationRequest::search_key`].
    pub search_key: String,
}
impl GetAbnormalOperationRequest {
    /// A `GetAbnormalOperationRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetAbnormalOperationRequired) -> Self {
        let GetAbnormalOperationRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetAbnormalOperationRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetAbnormalOperationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_administrative_licensing`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAdministrativeLicensingRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetAdministrativeLicensingRequest`], each named where it is set: `GetAdministrativeLicensingRequest::new(GetAdministrativeLicensingRequired { .. })`.
pub struct GetAdministrativeLicensingRequired {
    /// `searchKey`: see [`GetAdministrativeLicensingRequest::search_key`].
    pub search_key: String,
}
impl GetAdministrativeLicensingRequest {
    /// A `GetAdministrativeLicensingRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetAdministrativeLicensingRequired) -> Self {
        let GetAdministrativeLicensingRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetAdministrativeLicensingRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetAdministrativeLicensingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_administrative_penalties`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetAdministrativePenaltiesRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetAdministrativePenaltiesRequest`], each named where it is set: `GetAdministrativePenaltiesRequest::new(GetAdministrativePenaltiesRequired { .. })`.
pub struct GetAdministrativePenaltiesRequired {
    /// `searchKey`: see [`GetAdministrativePenaltiesRequest::search_key`].
    pub search_key: String,
}
impl GetAdministrativePenaltiesRequest {
    /// A `GetAdministrativePenaltiesRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetAdministrativePenaltiesRequired) -> Self {
        let GetAdministrativePenaltiesRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetAdministrativePenaltiesRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetAdministrativePenaltiesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_basic_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetBasicInfoRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetBasicInfoRequest`], each named where it is set: `GetBasicInfoRequest::new(GetBasicInfoRequired { .. })`.
pub struct GetBasicInfoRequired {
    /// `searchKey`: see [`GetBasicInfoRequest::search_key`].
    pub search_key: String,
}
impl GetBasicInfoRequest {
    /// A `GetBasicInfoRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetBasicInfoRequired) -> Self {
        let GetBasicInfoRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetBasicInfoRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetBasicInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_bidding_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetBiddingInfoRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetBiddingInfoRequest`], each named where it is set: `GetBiddingInfoRequest::new(GetBiddingInfoRequired { .. })`.
pub struct GetBiddingInfoRequired {
    /// `searchKey`: see [`GetBiddingInfoRequest::search_key`].
    pub search_key: String,
}
impl GetBiddingInfoRequest {
    /// A `GetBiddingInfoRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetBiddingInfoRequired) -> Self {
        let GetBiddingInfoRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetBiddingInfoRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetBiddingInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_branch_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetBranchInfoRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetBranchInfoRequest`], each named where it is set: `GetBranchInfoRequest::new(GetBranchInfoRequired { .. })`.
pub struct GetBranchInfoRequired {
    /// `searchKey`: see [`GetBranchInfoRequest::search_key`].
    pub search_key: String,
}
impl GetBranchInfoRequest {
    /// A `GetBranchInfoRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetBranchInfoRequired) -> Self {
        let GetBranchInfoRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetBranchInfoRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetBranchInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_change_record`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetChangeRecordRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetChangeRecordRequest`], each named where it is set: `GetChangeRecordRequest::new(GetChangeRecordRequired { .. })`.
pub struct GetChangeRecordRequired {
    /// `searchKey`: see [`GetChangeRecordRequest::search_key`].
    pub search_key: String,
}
impl GetChangeRecordRequest {
    /// A `GetChangeRecordRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetChangeRecordRequired) -> Self {
        let GetChangeRecordRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetChangeRecordRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetChangeRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_data_deliver`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetDataDeliverRequest {
    /// `deliverId`: a query parameter.
    pub deliver_id: Option<String>,
    /// `dispatchingItemType`: a query parameter.
    pub dispatching_item_type: Option<String>,
}
impl GetDataDeliverRequest {
    /// An empty `GetDataDeliverRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deliverId`.
    pub fn deliver_id(mut self, value: impl Into<String>) -> Self {
        self.deliver_id = Some(value.into());
        self
    }
    /// Sets `dispatchingItemType`.
    pub fn dispatching_item_type(mut self, value: impl Into<String>) -> Self {
        self.dispatching_item_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetDataDeliverRequest { "deliverId" => read_field(deliver_id), "dispatchingItemType"
    => read_field(dispatching_item_type) }
}
impl rt::WriteRequest for GetDataDeliverRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deliverId", &self.deliver_id);
        writer.query("dispatchingItemType", &self.dispatching_item_type);
    }
}
/// The request of [`Api::get_domain_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDomainInfoRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetDomainInfoRequest`], each named where it is set: `GetDomainInfoRequest::new(GetDomainInfoRequired { .. })`.
pub struct GetDomainInfoRequired {
    /// `searchKey`: see [`GetDomainInfoRequest::search_key`].
    pub search_key: String,
}
impl GetDomainInfoRequest {
    /// A `GetDomainInfoRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetDomainInfoRequired) -> Self {
        let GetDomainInfoRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetDomainInfoRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetDomainInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_double_random`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetDoubleRandomRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetDoubleRandomRequest`], each named where it is set: `GetDoubleRandomRequest::new(GetDoubleRandomRequired { .. })`.
pub struct GetDoubleRandomRequired {
    /// `searchKey`: see [`GetDoubleRandomRequest::search_key`].
    pub search_key: String,
}
impl GetDoubleRandomRequest {
    /// A `GetDoubleRandomRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetDoubleRandomRequired) -> Self {
        let GetDoubleRandomRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetDoubleRandomRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetDoubleRandomRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_environmental_penalties`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetEnvironmentalPenaltiesRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetEnvironmentalPenaltiesRequest`], each named where it is set: `GetEnvironmentalPenaltiesRequest::new(GetEnvironmentalPenaltiesRequired { .. })`.
pub struct GetEnvironmentalPenaltiesRequired {
    /// `searchKey`: see [`GetEnvironmentalPenaltiesRequest::search_key`].
    pub search_key: String,
}
impl GetEnvironmentalPenaltiesRequest {
    /// A `GetEnvironmentalPenaltiesRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetEnvironmentalPenaltiesRequired) -> Self {
        let GetEnvironmentalPenaltiesRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetEnvironmentalPenaltiesRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetEnvironmentalPenaltiesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_event_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetEventDataRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `eventUid`.
    pub event_uid: String,
    /// `subId`.
    pub sub_id: Option<String>,
}
/// The required fields of [`GetEventDataRequest`], each named where it is set: `GetEventDataRequest::new(GetEventDataRequired { .. })`.
pub struct GetEventDataRequired {
    /// `eventUid`: see [`GetEventDataRequest::event_uid`].
    pub event_uid: String,
}
impl GetEventDataRequest {
    /// A `GetEventDataRequest` with its required fields (`eventUid`); set the others with the methods named after them.
    pub fn new(required: GetEventDataRequired) -> Self {
        let GetEventDataRequired { event_uid } = required;
        Self {
            biz_id: None,
            event_uid,
            sub_id: None,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
    /// Sets `subId`.
    pub fn sub_id(mut self, value: impl Into<String>) -> Self {
        self.sub_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetEventDataRequest { "bizId" => optional(biz_id), "eventUid" => field(event_uid),
    "subId" => optional(sub_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetEventDataRequest { "bizId" => read_field(biz_id), "eventUid" =>
    read_field(event_uid), "subId" => read_field(sub_id) }
}
impl rt::WriteRequest for GetEventDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_holder_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetHolderInfoRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetHolderInfoRequest`], each named where it is set: `GetHolderInfoRequest::new(GetHolderInfoRequired { .. })`.
pub struct GetHolderInfoRequired {
    /// `searchKey`: see [`GetHolderInfoRequest::search_key`].
    pub search_key: String,
}
impl GetHolderInfoRequest {
    /// A `GetHolderInfoRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetHolderInfoRequired) -> Self {
        let GetHolderInfoRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetHolderInfoRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetHolderInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_intellectual_property`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetIntellectualPropertyRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetIntellectualPropertyRequest`], each named where it is set: `GetIntellectualPropertyRequest::new(GetIntellectualPropertyRequired { .. })`.
pub struct GetIntellectualPropertyRequired {
    /// `searchKey`: see [`GetIntellectualPropertyRequest::search_key`].
    pub search_key: String,
}
impl GetIntellectualPropertyRequest {
    /// A `GetIntellectualPropertyRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetIntellectualPropertyRequired) -> Self {
        let GetIntellectualPropertyRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetIntellectualPropertyRequest { "pageNumber" => read_field(page_number), "pageSize"
    => read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetIntellectualPropertyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_investment_abroad`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetInvestmentAbroadRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetInvestmentAbroadRequest`], each named where it is set: `GetInvestmentAbroadRequest::new(GetInvestmentAbroadRequired { .. })`.
pub struct GetInvestmentAbroadRequired {
    /// `searchKey`: see [`GetInvestmentAbroadRequest::search_key`].
    pub search_key: String,
}
impl GetInvestmentAbroadRequest {
    /// A `GetInvestmentAbroadRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetInvestmentAbroadRequired) -> Self {
        let GetInvestmentAbroadRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetInvestmentAbroadRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetInvestmentAbroadRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_job_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetJobInfoRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetJobInfoRequest`], each named where it is set: `GetJobInfoRequest::new(GetJobInfoRequired { .. })`.
pub struct GetJobInfoRequired {
    /// `searchKey`: see [`GetJobInfoRequest::search_key`].
    pub search_key: String,
}
impl GetJobInfoRequest {
    /// A `GetJobInfoRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetJobInfoRequired) -> Self {
        let GetJobInfoRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetJobInfoRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetJobInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_patent_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPatentInfoRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetPatentInfoRequest`], each named where it is set: `GetPatentInfoRequest::new(GetPatentInfoRequired { .. })`.
pub struct GetPatentInfoRequired {
    /// `searchKey`: see [`GetPatentInfoRequest::search_key`].
    pub search_key: String,
}
impl GetPatentInfoRequest {
    /// A `GetPatentInfoRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetPatentInfoRequired) -> Self {
        let GetPatentInfoRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetPatentInfoRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetPatentInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_principal_employee`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPrincipalEmployeeRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetPrincipalEmployeeRequest`], each named where it is set: `GetPrincipalEmployeeRequest::new(GetPrincipalEmployeeRequired { .. })`.
pub struct GetPrincipalEmployeeRequired {
    /// `searchKey`: see [`GetPrincipalEmployeeRequest::search_key`].
    pub search_key: String,
}
impl GetPrincipalEmployeeRequest {
    /// A `GetPrincipalEmployeeRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetPrincipalEmployeeRequired) -> Self {
        let GetPrincipalEmployeeRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetPrincipalEmployeeRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetPrincipalEmployeeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_qeneral_taxpayer_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetQeneralTaxpayerInfoRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetQeneralTaxpayerInfoRequest`], each named where it is set: `GetQeneralTaxpayerInfoRequest::new(GetQeneralTaxpayerInfoRequired { .. })`.
pub struct GetQeneralTaxpayerInfoRequired {
    /// `searchKey`: see [`GetQeneralTaxpayerInfoRequest::search_key`].
    pub search_key: String,
}
impl GetQeneralTaxpayerInfoRequest {
    /// A `GetQeneralTaxpayerInfoRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetQeneralTaxpayerInfoRequired) -> Self {
        let GetQeneralTaxpayerInfoRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetQeneralTaxpayerInfoRequest { "pageNumber" => read_field(page_number), "pageSize"
    => read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetQeneralTaxpayerInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_qualification_cert`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetQualificationCertRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetQualificationCertRequest`], each named where it is set: `GetQualificationCertRequest::new(GetQualificationCertRequired { .. })`.
pub struct GetQualificationCertRequired {
    /// `searchKey`: see [`GetQualificationCertRequest::search_key`].
    pub search_key: String,
}
impl GetQualificationCertRequest {
    /// A `GetQualificationCertRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetQualificationCertRequired) -> Self {
        let GetQualificationCertRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetQualificationCertRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetQualificationCertRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_serious_violation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSeriousViolationRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetSeriousViolationRequest`], each named where it is set: `GetSeriousViolationRequest::new(GetSeriousViolationRequired { .. })`.
pub struct GetSeriousViolationRequired {
    /// `searchKey`: see [`GetSeriousViolationRequest::search_key`].
    pub search_key: String,
}
impl GetSeriousViolationRequest {
    /// A `GetSeriousViolationRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetSeriousViolationRequired) -> Self {
        let GetSeriousViolationRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetSeriousViolationRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetSeriousViolationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_software_copyright`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetSoftwareCopyrightRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetSoftwareCopyrightRequest`], each named where it is set: `GetSoftwareCopyrightRequest::new(GetSoftwareCopyrightRequired { .. })`.
pub struct GetSoftwareCopyrightRequired {
    /// `searchKey`: see [`GetSoftwareCopyrightRequest::search_key`].
    pub search_key: String,
}
impl GetSoftwareCopyrightRequest {
    /// A `GetSoftwareCopyrightRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetSoftwareCopyrightRequired) -> Self {
        let GetSoftwareCopyrightRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetSoftwareCopyrightRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetSoftwareCopyrightRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_trademark_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTrademarkInfoRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetTrademarkInfoRequest`], each named where it is set: `GetTrademarkInfoRequest::new(GetTrademarkInfoRequired { .. })`.
pub struct GetTrademarkInfoRequired {
    /// `searchKey`: see [`GetTrademarkInfoRequest::search_key`].
    pub search_key: String,
}
impl GetTrademarkInfoRequest {
    /// A `GetTrademarkInfoRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetTrademarkInfoRequired) -> Self {
        let GetTrademarkInfoRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetTrademarkInfoRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetTrademarkInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::get_work_copyright`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetWorkCopyrightRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`GetWorkCopyrightRequest`], each named where it is set: `GetWorkCopyrightRequest::new(GetWorkCopyrightRequired { .. })`.
pub struct GetWorkCopyrightRequired {
    /// `searchKey`: see [`GetWorkCopyrightRequest::search_key`].
    pub search_key: String,
}
impl GetWorkCopyrightRequest {
    /// A `GetWorkCopyrightRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: GetWorkCopyrightRequired) -> Self {
        let GetWorkCopyrightRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    GetWorkCopyrightRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for GetWorkCopyrightRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::list_data_delivers`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListDataDeliversRequest {
    /// `dispatchingItemType`: a query parameter.
    pub dispatching_item_type: Option<String>,
}
impl ListDataDeliversRequest {
    /// An empty `ListDataDeliversRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dispatchingItemType`.
    pub fn dispatching_item_type(mut self, value: impl Into<String>) -> Self {
        self.dispatching_item_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListDataDeliversRequest { "dispatchingItemType" => read_field(dispatching_item_type)
    }
}
impl rt::WriteRequest for ListDataDeliversRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dispatchingItemType", &self.dispatching_item_type);
    }
}
/// The request of [`Api::operate_chart_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OperateChartConfigRequest {
    /// `apiKey`.
    pub api_key: String,
    /// `corpId`.
    pub corp_id: String,
    /// `param`.
    pub param: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `ticket`.
    pub ticket: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`OperateChartConfigRequest`], each named where it is set: `OperateChartConfigRequest::new(OperateChartConfigRequired { .. })`.
pub struct OperateChartConfigRequired {
    /// `apiKey`: see [`OperateChartConfigRequest::api_key`].
    pub api_key: String,
    /// `corpId`: see [`OperateChartConfigRequest::corp_id`].
    pub corp_id: String,
    /// `ticket`: see [`OperateChartConfigRequest::ticket`].
    pub ticket: String,
    /// `userId`: see [`OperateChartConfigRequest::user_id`].
    pub user_id: String,
}
impl OperateChartConfigRequest {
    /// A `OperateChartConfigRequest` with its required fields (`apiKey`, `corpId`, `ticket`, `userId`); set the others with the methods named after them.
    pub fn new(required: OperateChartConfigRequired) -> Self {
        let OperateChartConfigRequired { api_key, corp_id, ticket, user_id } = required;
        Self {
            api_key,
            corp_id,
            param: None,
            ticket,
            user_id,
        }
    }
    /// Sets `param`.
    pub fn param(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.param = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    OperateChartConfigRequest { "apiKey" => field(api_key), "corpId" => field(corp_id),
    "param" => optional(param), "ticket" => field(ticket), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OperateChartConfigRequest { "apiKey" => read_field(api_key), "corpId" =>
    read_field(corp_id), "param" => read_field(param), "ticket" => read_field(ticket),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for OperateChartConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_active_user_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryActiveUserStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryActiveUserStatisticalDataRequest`], each named where it is set: `QueryActiveUserStatisticalDataRequest::new(QueryActiveUserStatisticalDataRequired { .. })`.
pub struct QueryActiveUserStatisticalDataRequired {
    /// `statDate`: see [`QueryActiveUserStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryActiveUserStatisticalDataRequest {
    /// A `QueryActiveUserStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryActiveUserStatisticalDataRequired) -> Self {
        let QueryActiveUserStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryActiveUserStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryActiveUserStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_anhmd_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryAnhmdStatisticalDataRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryAnhmdStatisticalDataRequest`], each named where it is set: `QueryAnhmdStatisticalDataRequest::new(QueryAnhmdStatisticalDataRequired { .. })`.
pub struct QueryAnhmdStatisticalDataRequired {
    /// `statDate`: see [`QueryAnhmdStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryAnhmdStatisticalDataRequest {
    /// A `QueryAnhmdStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryAnhmdStatisticalDataRequired) -> Self {
        let QueryAnhmdStatisticalDataRequired { stat_date } = required;
        Self {
            page_number: None,
            page_size: None,
            stat_date,
        }
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
    QueryAnhmdStatisticalDataRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size), "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryAnhmdStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_approval_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryApprovalStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryApprovalStatisticalDataRequest`], each named where it is set: `QueryApprovalStatisticalDataRequest::new(QueryApprovalStatisticalDataRequired { .. })`.
pub struct QueryApprovalStatisticalDataRequired {
    /// `statDate`: see [`QueryApprovalStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryApprovalStatisticalDataRequest {
    /// A `QueryApprovalStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryApprovalStatisticalDataRequired) -> Self {
        let QueryApprovalStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryApprovalStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryApprovalStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_attendance_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryAttendanceStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryAttendanceStatisticalDataRequest`], each named where it is set: `QueryAttendanceStatisticalDataRequest::new(QueryAttendanceStatisticalDataRequired { .. })`.
pub struct QueryAttendanceStatisticalDataRequired {
    /// `statDate`: see [`QueryAttendanceStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryAttendanceStatisticalDataRequest {
    /// A `QueryAttendanceStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryAttendanceStatisticalDataRequired) -> Self {
        let QueryAttendanceStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryAttendanceStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryAttendanceStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_blackboard_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryBlackboardStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryBlackboardStatisticalDataRequest`], each named where it is set: `QueryBlackboardStatisticalDataRequest::new(QueryBlackboardStatisticalDataRequired { .. })`.
pub struct QueryBlackboardStatisticalDataRequired {
    /// `statDate`: see [`QueryBlackboardStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryBlackboardStatisticalDataRequest {
    /// A `QueryBlackboardStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryBlackboardStatisticalDataRequired) -> Self {
        let QueryBlackboardStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBlackboardStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryBlackboardStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_calendar_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCalendarStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryCalendarStatisticalDataRequest`], each named where it is set: `QueryCalendarStatisticalDataRequest::new(QueryCalendarStatisticalDataRequired { .. })`.
pub struct QueryCalendarStatisticalDataRequired {
    /// `statDate`: see [`QueryCalendarStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryCalendarStatisticalDataRequest {
    /// A `QueryCalendarStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryCalendarStatisticalDataRequired) -> Self {
        let QueryCalendarStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCalendarStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryCalendarStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_chart_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryChartDataRequest {
    /// `code`.
    pub code: String,
    /// `ticket`.
    pub ticket: String,
}
/// The required fields of [`QueryChartDataRequest`], each named where it is set: `QueryChartDataRequest::new(QueryChartDataRequired { .. })`.
pub struct QueryChartDataRequired {
    /// `code`: see [`QueryChartDataRequest::code`].
    pub code: String,
    /// `ticket`: see [`QueryChartDataRequest::ticket`].
    pub ticket: String,
}
impl QueryChartDataRequest {
    /// A `QueryChartDataRequest` with its required fields (`code`, `ticket`); set the others with the methods named after them.
    pub fn new(required: QueryChartDataRequired) -> Self {
        let QueryChartDataRequired { code, ticket } = required;
        Self { code, ticket }
    }
}
rt::impl_serialize! {
    QueryChartDataRequest { "code" => field(code), "ticket" => field(ticket) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryChartDataRequest { "code" => read_field(code), "ticket" => read_field(ticket) }
}
impl rt::WriteRequest for QueryChartDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_checkin_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCheckinStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryCheckinStatisticalDataRequest`], each named where it is set: `QueryCheckinStatisticalDataRequest::new(QueryCheckinStatisticalDataRequired { .. })`.
pub struct QueryCheckinStatisticalDataRequired {
    /// `statDate`: see [`QueryCheckinStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryCheckinStatisticalDataRequest {
    /// A `QueryCheckinStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryCheckinStatisticalDataRequired) -> Self {
        let QueryCheckinStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCheckinStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryCheckinStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_circle_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCircleStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryCircleStatisticalDataRequest`], each named where it is set: `QueryCircleStatisticalDataRequest::new(QueryCircleStatisticalDataRequired { .. })`.
pub struct QueryCircleStatisticalDataRequired {
    /// `statDate`: see [`QueryCircleStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryCircleStatisticalDataRequest {
    /// A `QueryCircleStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryCircleStatisticalDataRequired) -> Self {
        let QueryCircleStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCircleStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryCircleStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_company_basic_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCompanyBasicInfoRequest {
    /// `keyword`: a query parameter.
    pub keyword: String,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`QueryCompanyBasicInfoRequest`], each named where it is set: `QueryCompanyBasicInfoRequest::new(QueryCompanyBasicInfoRequired { .. })`.
pub struct QueryCompanyBasicInfoRequired {
    /// `keyword`: see [`QueryCompanyBasicInfoRequest::keyword`].
    pub keyword: String,
    /// `pageNumber`: see [`QueryCompanyBasicInfoRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryCompanyBasicInfoRequest::page_size`].
    pub page_size: i64,
}
impl QueryCompanyBasicInfoRequest {
    /// A `QueryCompanyBasicInfoRequest` with its required fields (`keyword`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: QueryCompanyBasicInfoRequired) -> Self {
        let QueryCompanyBasicInfoRequired { keyword, page_number, page_size } = required;
        Self {
            keyword,
            page_number,
            page_size,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCompanyBasicInfoRequest { "keyword" => read_field(keyword), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for QueryCompanyBasicInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("keyword", &self.keyword);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_digital_district_org_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryDigitalDistrictOrgInfoRequest {
    /// `corpIds`.
    pub corp_ids: Vec<String>,
    /// `statDates`.
    pub stat_dates: Vec<String>,
}
/// The required fields of [`QueryDigitalDistrictOrgInfoRequest`], each named where it is set: `QueryDigitalDistrictOrgInfoRequest::new(QueryDigitalDistrictOrgInfoRequired { .. })`.
pub struct QueryDigitalDistrictOrgInfoRequired {
    /// `corpIds`: see [`QueryDigitalDistrictOrgInfoRequest::corp_ids`].
    pub corp_ids: Vec<String>,
    /// `statDates`: see [`QueryDigitalDistrictOrgInfoRequest::stat_dates`].
    pub stat_dates: Vec<String>,
}
impl QueryDigitalDistrictOrgInfoRequest {
    /// A `QueryDigitalDistrictOrgInfoRequest` with its required fields (`corpIds`, `statDates`); set the others with the methods named after them.
    pub fn new(required: QueryDigitalDistrictOrgInfoRequired) -> Self {
        let QueryDigitalDistrictOrgInfoRequired { corp_ids, stat_dates } = required;
        Self { corp_ids, stat_dates }
    }
}
rt::impl_serialize! {
    QueryDigitalDistrictOrgInfoRequest { "corpIds" => field(corp_ids), "statDates" =>
    field(stat_dates) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDigitalDistrictOrgInfoRequest { "corpIds" => read_field(corp_ids), "statDates"
    => read_field(stat_dates) }
}
impl rt::WriteRequest for QueryDigitalDistrictOrgInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_ding_recive_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryDingReciveStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryDingReciveStatisticalDataRequest`], each named where it is set: `QueryDingReciveStatisticalDataRequest::new(QueryDingReciveStatisticalDataRequired { .. })`.
pub struct QueryDingReciveStatisticalDataRequired {
    /// `statDate`: see [`QueryDingReciveStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryDingReciveStatisticalDataRequest {
    /// A `QueryDingReciveStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryDingReciveStatisticalDataRequired) -> Self {
        let QueryDingReciveStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDingReciveStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryDingReciveStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_ding_send_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryDingSendStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryDingSendStatisticalDataRequest`], each named where it is set: `QueryDingSendStatisticalDataRequest::new(QueryDingSendStatisticalDataRequired { .. })`.
pub struct QueryDingSendStatisticalDataRequired {
    /// `statDate`: see [`QueryDingSendStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryDingSendStatisticalDataRequest {
    /// A `QueryDingSendStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryDingSendStatisticalDataRequired) -> Self {
        let QueryDingSendStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDingSendStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryDingSendStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_document_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryDocumentStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryDocumentStatisticalDataRequest`], each named where it is set: `QueryDocumentStatisticalDataRequest::new(QueryDocumentStatisticalDataRequired { .. })`.
pub struct QueryDocumentStatisticalDataRequired {
    /// `statDate`: see [`QueryDocumentStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryDocumentStatisticalDataRequest {
    /// A `QueryDocumentStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryDocumentStatisticalDataRequired) -> Self {
        let QueryDocumentStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDocumentStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryDocumentStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_drive_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryDriveStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryDriveStatisticalDataRequest`], each named where it is set: `QueryDriveStatisticalDataRequest::new(QueryDriveStatisticalDataRequired { .. })`.
pub struct QueryDriveStatisticalDataRequired {
    /// `statDate`: see [`QueryDriveStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryDriveStatisticalDataRequest {
    /// A `QueryDriveStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryDriveStatisticalDataRequired) -> Self {
        let QueryDriveStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDriveStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryDriveStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_edu_union_auth_service`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryEduUnionAuthServiceRequest {
    /// `ds`: a query parameter.
    pub ds: Option<String>,
}
impl QueryEduUnionAuthServiceRequest {
    /// An empty `QueryEduUnionAuthServiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `ds`.
    pub fn ds(mut self, value: impl Into<String>) -> Self {
        self.ds = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryEduUnionAuthServiceRequest { "ds" => read_field(ds) }
}
impl rt::WriteRequest for QueryEduUnionAuthServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("ds", &self.ds);
    }
}
/// The request of [`Api::query_employee_type_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryEmployeeTypeStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryEmployeeTypeStatisticalDataRequest`], each named where it is set: `QueryEmployeeTypeStatisticalDataRequest::new(QueryEmployeeTypeStatisticalDataRequired { .. })`.
pub struct QueryEmployeeTypeStatisticalDataRequired {
    /// `statDate`: see [`QueryEmployeeTypeStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryEmployeeTypeStatisticalDataRequest {
    /// A `QueryEmployeeTypeStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryEmployeeTypeStatisticalDataRequired) -> Self {
        let QueryEmployeeTypeStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryEmployeeTypeStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryEmployeeTypeStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_general_data_service`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryGeneralDataServiceRequest {
    /// `deptId`: a query parameter.
    pub dept_id: Option<String>,
    /// `endDate`: a query parameter.
    pub end_date: String,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `returnTotal`: a query parameter.
    pub return_total: Option<bool>,
    /// `serviceId`: a query parameter.
    pub service_id: String,
    /// `startDate`: a query parameter.
    pub start_date: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`QueryGeneralDataServiceRequest`], each named where it is set: `QueryGeneralDataServiceRequest::new(QueryGeneralDataServiceRequired { .. })`.
pub struct QueryGeneralDataServiceRequired {
    /// `endDate`: see [`QueryGeneralDataServiceRequest::end_date`].
    pub end_date: String,
    /// `serviceId`: see [`QueryGeneralDataServiceRequest::service_id`].
    pub service_id: String,
    /// `startDate`: see [`QueryGeneralDataServiceRequest::start_date`].
    pub start_date: String,
    /// `userId`: see [`QueryGeneralDataServiceRequest::user_id`].
    pub user_id: String,
}
impl QueryGeneralDataServiceRequest {
    /// A `QueryGeneralDataServiceRequest` with its required fields (`endDate`, `serviceId`, `startDate`, `userId`); set the others with the methods named after them.
    pub fn new(required: QueryGeneralDataServiceRequired) -> Self {
        let QueryGeneralDataServiceRequired {
            end_date,
            service_id,
            start_date,
            user_id,
        } = required;
        Self {
            dept_id: None,
            end_date,
            page_number: None,
            page_size: None,
            return_total: None,
            service_id,
            start_date,
            user_id,
        }
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: impl Into<String>) -> Self {
        self.dept_id = Some(value.into());
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
    /// Sets `returnTotal`.
    pub fn return_total(mut self, value: bool) -> Self {
        self.return_total = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGeneralDataServiceRequest { "deptId" => read_field(dept_id), "endDate" =>
    read_field(end_date), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "returnTotal" => read_field(return_total), "serviceId" =>
    read_field(service_id), "startDate" => read_field(start_date), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for QueryGeneralDataServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("endDate", &self.end_date);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("returnTotal", &self.return_total);
        writer.query("serviceId", &self.service_id);
        writer.query("startDate", &self.start_date);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_general_data_service_batch`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryGeneralDataServiceBatchRequest {
    /// `deptIds`.
    pub dept_ids: Option<Vec<String>>,
    /// `endDate`.
    pub end_date: String,
    /// `filters`.
    pub filters: Option<Vec<QueryGeneralDataServiceBatchRequestFilters>>,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `returnTotal`.
    pub return_total: Option<bool>,
    /// `serviceId`.
    pub service_id: String,
    /// `startDate`.
    pub start_date: String,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
/// The required fields of [`QueryGeneralDataServiceBatchRequest`], each named where it is set: `QueryGeneralDataServiceBatchRequest::new(QueryGeneralDataServiceBatchRequired { .. })`.
pub struct QueryGeneralDataServiceBatchRequired {
    /// `endDate`: see [`QueryGeneralDataServiceBatchRequest::end_date`].
    pub end_date: String,
    /// `pageNumber`: see [`QueryGeneralDataServiceBatchRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryGeneralDataServiceBatchRequest::page_size`].
    pub page_size: i64,
    /// `serviceId`: see [`QueryGeneralDataServiceBatchRequest::service_id`].
    pub service_id: String,
    /// `startDate`: see [`QueryGeneralDataServiceBatchRequest::start_date`].
    pub start_date: String,
}
impl QueryGeneralDataServiceBatchRequest {
    /// A `QueryGeneralDataServiceBatchRequest` with its required fields (`endDate`, `pageNumber`, `pageSize`, `serviceId`, `startDate`); set the others with the methods named after them.
    pub fn new(required: QueryGeneralDataServiceBatchRequired) -> Self {
        let QueryGeneralDataServiceBatchRequired {
            end_date,
            page_number,
            page_size,
            service_id,
            start_date,
        } = required;
        Self {
            dept_ids: None,
            end_date,
            filters: None,
            page_number,
            page_size,
            return_total: None,
            service_id,
            start_date,
            user_id: None,
            user_ids: None,
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
    /// Sets `filters`.
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = QueryGeneralDataServiceBatchRequestFilters>,
    ) -> Self {
        self.filters = Some(value.into_iter().collect());
        self
    }
    /// Sets `returnTotal`.
    pub fn return_total(mut self, value: bool) -> Self {
        self.return_total = Some(value);
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
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
    QueryGeneralDataServiceBatchRequest { "deptIds" => optional(dept_ids), "endDate" =>
    field(end_date), "filters" => optional(filters), "pageNumber" => field(page_number),
    "pageSize" => field(page_size), "returnTotal" => optional(return_total), "serviceId"
    => field(service_id), "startDate" => field(start_date), "userId" =>
    optional(user_id), "userIds" => optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGeneralDataServiceBatchRequest { "deptIds" => read_field(dept_ids), "endDate" =>
    read_field(end_date), "filters" => read_field(filters), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "returnTotal" =>
    read_field(return_total), "serviceId" => read_field(service_id), "startDate" =>
    read_field(start_date), "userId" => read_field(user_id), "userIds" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for QueryGeneralDataServiceBatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_general_data_update_date`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryGeneralDataUpdateDateRequest {
    /// `serviceId`: a query parameter.
    pub service_id: String,
}
/// The required fields of [`QueryGeneralDataUpdateDateRequest`], each named where it is set: `QueryGeneralDataUpdateDateRequest::new(QueryGeneralDataUpdateDateRequired { .. })`.
pub struct QueryGeneralDataUpdateDateRequired {
    /// `serviceId`: see [`QueryGeneralDataUpdateDateRequest::service_id`].
    pub service_id: String,
}
impl QueryGeneralDataUpdateDateRequest {
    /// A `QueryGeneralDataUpdateDateRequest` with its required fields (`serviceId`); set the others with the methods named after them.
    pub fn new(required: QueryGeneralDataUpdateDateRequired) -> Self {
        let QueryGeneralDataUpdateDateRequired { service_id } = required;
        Self { service_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGeneralDataUpdateDateRequest { "serviceId" => read_field(service_id) }
}
impl rt::WriteRequest for QueryGeneralDataUpdateDateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("serviceId", &self.service_id);
    }
}
/// The request of [`Api::query_group_live_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupLiveStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryGroupLiveStatisticalDataRequest`], each named where it is set: `QueryGroupLiveStatisticalDataRequest::new(QueryGroupLiveStatisticalDataRequired { .. })`.
pub struct QueryGroupLiveStatisticalDataRequired {
    /// `statDate`: see [`QueryGroupLiveStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryGroupLiveStatisticalDataRequest {
    /// A `QueryGroupLiveStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryGroupLiveStatisticalDataRequired) -> Self {
        let QueryGroupLiveStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGroupLiveStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryGroupLiveStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_group_message_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryGroupMessageStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryGroupMessageStatisticalDataRequest`], each named where it is set: `QueryGroupMessageStatisticalDataRequest::new(QueryGroupMessageStatisticalDataRequired { .. })`.
pub struct QueryGroupMessageStatisticalDataRequired {
    /// `statDate`: see [`QueryGroupMessageStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryGroupMessageStatisticalDataRequest {
    /// A `QueryGroupMessageStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryGroupMessageStatisticalDataRequired) -> Self {
        let QueryGroupMessageStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryGroupMessageStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryGroupMessageStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_health_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryHealthStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryHealthStatisticalDataRequest`], each named where it is set: `QueryHealthStatisticalDataRequest::new(QueryHealthStatisticalDataRequired { .. })`.
pub struct QueryHealthStatisticalDataRequired {
    /// `statDate`: see [`QueryHealthStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryHealthStatisticalDataRequest {
    /// A `QueryHealthStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryHealthStatisticalDataRequired) -> Self {
        let QueryHealthStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryHealthStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryHealthStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_mail_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryMailStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryMailStatisticalDataRequest`], each named where it is set: `QueryMailStatisticalDataRequest::new(QueryMailStatisticalDataRequired { .. })`.
pub struct QueryMailStatisticalDataRequired {
    /// `statDate`: see [`QueryMailStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryMailStatisticalDataRequest {
    /// A `QueryMailStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryMailStatisticalDataRequired) -> Self {
        let QueryMailStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryMailStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryMailStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_official_data`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOfficialDataRequest {
    /// `param`: a query parameter.
    pub param: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl QueryOfficialDataRequest {
    /// An empty `QueryOfficialDataRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `param`.
    pub fn param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
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
    QueryOfficialDataRequest { "param" => read_field(param), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for QueryOfficialDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("param", &self.param);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_official_dataset_fields`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOfficialDatasetFieldsRequest {
    /// `dsId`: a query parameter.
    pub ds_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl QueryOfficialDatasetFieldsRequest {
    /// An empty `QueryOfficialDatasetFieldsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dsId`.
    pub fn ds_id(mut self, value: impl Into<String>) -> Self {
        self.ds_id = Some(value.into());
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
    QueryOfficialDatasetFieldsRequest { "dsId" => read_field(ds_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for QueryOfficialDatasetFieldsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dsId", &self.ds_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_official_dataset_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOfficialDatasetListRequest {
    /// `keyword`: a query parameter.
    pub keyword: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl QueryOfficialDatasetListRequest {
    /// An empty `QueryOfficialDatasetListRequest`; set fields with the methods named after them.
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
    QueryOfficialDatasetListRequest { "keyword" => read_field(keyword), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for QueryOfficialDatasetListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("keyword", &self.keyword);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_official_form_data`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOfficialFormDataRequest {
    /// `param`.
    pub param: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl QueryOfficialFormDataRequest {
    /// An empty `QueryOfficialFormDataRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `param`.
    pub fn param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryOfficialFormDataRequest { "param" => optional(param), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryOfficialFormDataRequest { "param" => read_field(param), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for QueryOfficialFormDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_official_form_data_direct_holo`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryOfficialFormDataDirectHoloRequest {
    /// `param`.
    pub param: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
impl QueryOfficialFormDataDirectHoloRequest {
    /// An empty `QueryOfficialFormDataDirectHoloRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `param`.
    pub fn param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryOfficialFormDataDirectHoloRequest { "param" => optional(param), "userId" =>
    optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryOfficialFormDataDirectHoloRequest { "param" => read_field(param), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for QueryOfficialFormDataDirectHoloRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_online_user_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryOnlineUserStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryOnlineUserStatisticalDataRequest`], each named where it is set: `QueryOnlineUserStatisticalDataRequest::new(QueryOnlineUserStatisticalDataRequired { .. })`.
pub struct QueryOnlineUserStatisticalDataRequired {
    /// `statDate`: see [`QueryOnlineUserStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryOnlineUserStatisticalDataRequest {
    /// A `QueryOnlineUserStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryOnlineUserStatisticalDataRequired) -> Self {
        let QueryOnlineUserStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryOnlineUserStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryOnlineUserStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_red_envelope_recive_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryRedEnvelopeReciveStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryRedEnvelopeReciveStatisticalDataRequest`], each named where it is set: `QueryRedEnvelopeReciveStatisticalDataRequest::new(QueryRedEnvelopeReciveStatisticalDataRequired { .. })`.
pub struct QueryRedEnvelopeReciveStatisticalDataRequired {
    /// `statDate`: see [`QueryRedEnvelopeReciveStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryRedEnvelopeReciveStatisticalDataRequest {
    /// A `QueryRedEnvelopeReciveStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryRedEnvelopeReciveStatisticalDataRequired) -> Self {
        let QueryRedEnvelopeReciveStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryRedEnvelopeReciveStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryRedEnvelopeReciveStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_red_envelope_send_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryRedEnvelopeSendStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryRedEnvelopeSendStatisticalDataRequest`], each named where it is set: `QueryRedEnvelopeSendStatisticalDataRequest::new(QueryRedEnvelopeSendStatisticalDataRequired { .. })`.
pub struct QueryRedEnvelopeSendStatisticalDataRequired {
    /// `statDate`: see [`QueryRedEnvelopeSendStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryRedEnvelopeSendStatisticalDataRequest {
    /// A `QueryRedEnvelopeSendStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryRedEnvelopeSendStatisticalDataRequired) -> Self {
        let QueryRedEnvelopeSendStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryRedEnvelopeSendStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryRedEnvelopeSendStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_report_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryReportStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryReportStatisticalDataRequest`], each named where it is set: `QueryReportStatisticalDataRequest::new(QueryReportStatisticalDataRequired { .. })`.
pub struct QueryReportStatisticalDataRequired {
    /// `statDate`: see [`QueryReportStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryReportStatisticalDataRequest {
    /// A `QueryReportStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryReportStatisticalDataRequired) -> Self {
        let QueryReportStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryReportStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryReportStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_screen`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryScreenRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: Option<String>,
}
impl QueryScreenRequest {
    /// An empty `QueryScreenRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryScreenRequest { "operatorId" => read_field(operator_id) }
}
impl rt::WriteRequest for QueryScreenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
    }
}
/// The request of [`Api::query_screen_template`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryScreenTemplateRequest {
    /// `operatorId`: a query parameter.
    pub operator_id: Option<String>,
    /// `sample`: a query parameter.
    pub sample: Option<bool>,
}
impl QueryScreenTemplateRequest {
    /// An empty `QueryScreenTemplateRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `operatorId`.
    pub fn operator_id(mut self, value: impl Into<String>) -> Self {
        self.operator_id = Some(value.into());
        self
    }
    /// Sets `sample`.
    pub fn sample(mut self, value: bool) -> Self {
        self.sample = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryScreenTemplateRequest { "operatorId" => read_field(operator_id), "sample" =>
    read_field(sample) }
}
impl rt::WriteRequest for QueryScreenTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("operatorId", &self.operator_id);
        writer.query("sample", &self.sample);
    }
}
/// The request of [`Api::query_single_message_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QuerySingleMessageStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QuerySingleMessageStatisticalDataRequest`], each named where it is set: `QuerySingleMessageStatisticalDataRequest::new(QuerySingleMessageStatisticalDataRequired { .. })`.
pub struct QuerySingleMessageStatisticalDataRequired {
    /// `statDate`: see [`QuerySingleMessageStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QuerySingleMessageStatisticalDataRequest {
    /// A `QuerySingleMessageStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QuerySingleMessageStatisticalDataRequired) -> Self {
        let QuerySingleMessageStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QuerySingleMessageStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QuerySingleMessageStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_tel_meeting_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryTelMeetingStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryTelMeetingStatisticalDataRequest`], each named where it is set: `QueryTelMeetingStatisticalDataRequest::new(QueryTelMeetingStatisticalDataRequired { .. })`.
pub struct QueryTelMeetingStatisticalDataRequired {
    /// `statDate`: see [`QueryTelMeetingStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryTelMeetingStatisticalDataRequest {
    /// A `QueryTelMeetingStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryTelMeetingStatisticalDataRequired) -> Self {
        let QueryTelMeetingStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryTelMeetingStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryTelMeetingStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_todo_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryTodoStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryTodoStatisticalDataRequest`], each named where it is set: `QueryTodoStatisticalDataRequest::new(QueryTodoStatisticalDataRequired { .. })`.
pub struct QueryTodoStatisticalDataRequired {
    /// `statDate`: see [`QueryTodoStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryTodoStatisticalDataRequest {
    /// A `QueryTodoStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryTodoStatisticalDataRequired) -> Self {
        let QueryTodoStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryTodoStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryTodoStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_total_data_count_service`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryTotalDataCountServiceRequest {
    /// `deptIds`.
    pub dept_ids: Option<Vec<String>>,
    /// `endDate`.
    pub end_date: Option<String>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `serviceId`.
    pub service_id: Option<String>,
    /// `startDate`.
    pub start_date: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl QueryTotalDataCountServiceRequest {
    /// An empty `QueryTotalDataCountServiceRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deptIds`.
    pub fn dept_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.dept_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `endDate`.
    pub fn end_date(mut self, value: impl Into<String>) -> Self {
        self.end_date = Some(value.into());
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
    /// Sets `serviceId`.
    pub fn service_id(mut self, value: impl Into<String>) -> Self {
        self.service_id = Some(value.into());
        self
    }
    /// Sets `startDate`.
    pub fn start_date(mut self, value: impl Into<String>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
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
    QueryTotalDataCountServiceRequest { "deptIds" => optional(dept_ids), "endDate" =>
    optional(end_date), "pageNumber" => optional(page_number), "pageSize" =>
    optional(page_size), "serviceId" => optional(service_id), "startDate" =>
    optional(start_date), "userId" => optional(user_id), "userIds" => optional(user_ids)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryTotalDataCountServiceRequest { "deptIds" => read_field(dept_ids), "endDate" =>
    read_field(end_date), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "serviceId" => read_field(service_id), "startDate" =>
    read_field(start_date), "userId" => read_field(user_id), "userIds" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for QueryTotalDataCountServiceRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_vedio_meeting_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryVedioMeetingStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryVedioMeetingStatisticalDataRequest`], each named where it is set: `QueryVedioMeetingStatisticalDataRequest::new(QueryVedioMeetingStatisticalDataRequired { .. })`.
pub struct QueryVedioMeetingStatisticalDataRequired {
    /// `statDate`: see [`QueryVedioMeetingStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryVedioMeetingStatisticalDataRequest {
    /// A `QueryVedioMeetingStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryVedioMeetingStatisticalDataRequired) -> Self {
        let QueryVedioMeetingStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryVedioMeetingStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryVedioMeetingStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_active_day_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydActiveDayStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydActiveDayStatisticalDataRequest`], each named where it is set: `QueryYydActiveDayStatisticalDataRequest::new(QueryYydActiveDayStatisticalDataRequired { .. })`.
pub struct QueryYydActiveDayStatisticalDataRequired {
    /// `statDate`: see [`QueryYydActiveDayStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydActiveDayStatisticalDataRequest {
    /// A `QueryYydActiveDayStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydActiveDayStatisticalDataRequired) -> Self {
        let QueryYydActiveDayStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydActiveDayStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydActiveDayStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_active_month_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydActiveMonthStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydActiveMonthStatisticalDataRequest`], each named where it is set: `QueryYydActiveMonthStatisticalDataRequest::new(QueryYydActiveMonthStatisticalDataRequired { .. })`.
pub struct QueryYydActiveMonthStatisticalDataRequired {
    /// `statDate`: see [`QueryYydActiveMonthStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydActiveMonthStatisticalDataRequest {
    /// A `QueryYydActiveMonthStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydActiveMonthStatisticalDataRequired) -> Self {
        let QueryYydActiveMonthStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydActiveMonthStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydActiveMonthStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_active_week_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydActiveWeekStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydActiveWeekStatisticalDataRequest`], each named where it is set: `QueryYydActiveWeekStatisticalDataRequest::new(QueryYydActiveWeekStatisticalDataRequired { .. })`.
pub struct QueryYydActiveWeekStatisticalDataRequired {
    /// `statDate`: see [`QueryYydActiveWeekStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydActiveWeekStatisticalDataRequest {
    /// A `QueryYydActiveWeekStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydActiveWeekStatisticalDataRequired) -> Self {
        let QueryYydActiveWeekStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydActiveWeekStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydActiveWeekStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_app_day_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydAppDayStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydAppDayStatisticalDataRequest`], each named where it is set: `QueryYydAppDayStatisticalDataRequest::new(QueryYydAppDayStatisticalDataRequired { .. })`.
pub struct QueryYydAppDayStatisticalDataRequired {
    /// `statDate`: see [`QueryYydAppDayStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydAppDayStatisticalDataRequest {
    /// A `QueryYydAppDayStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydAppDayStatisticalDataRequired) -> Self {
        let QueryYydAppDayStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydAppDayStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydAppDayStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_app_month_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydAppMonthStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydAppMonthStatisticalDataRequest`], each named where it is set: `QueryYydAppMonthStatisticalDataRequest::new(QueryYydAppMonthStatisticalDataRequired { .. })`.
pub struct QueryYydAppMonthStatisticalDataRequired {
    /// `statDate`: see [`QueryYydAppMonthStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydAppMonthStatisticalDataRequest {
    /// A `QueryYydAppMonthStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydAppMonthStatisticalDataRequired) -> Self {
        let QueryYydAppMonthStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydAppMonthStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydAppMonthStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_app_std_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydAppStdStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydAppStdStatisticalDataRequest`], each named where it is set: `QueryYydAppStdStatisticalDataRequest::new(QueryYydAppStdStatisticalDataRequired { .. })`.
pub struct QueryYydAppStdStatisticalDataRequired {
    /// `statDate`: see [`QueryYydAppStdStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydAppStdStatisticalDataRequest {
    /// A `QueryYydAppStdStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydAppStdStatisticalDataRequired) -> Self {
        let QueryYydAppStdStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydAppStdStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydAppStdStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_app_week_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydAppWeekStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydAppWeekStatisticalDataRequest`], each named where it is set: `QueryYydAppWeekStatisticalDataRequest::new(QueryYydAppWeekStatisticalDataRequired { .. })`.
pub struct QueryYydAppWeekStatisticalDataRequired {
    /// `statDate`: see [`QueryYydAppWeekStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydAppWeekStatisticalDataRequest {
    /// A `QueryYydAppWeekStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydAppWeekStatisticalDataRequired) -> Self {
        let QueryYydAppWeekStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydAppWeekStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydAppWeekStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_calendar_day_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydCalendarDayStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydCalendarDayStatisticalDataRequest`], each named where it is set: `QueryYydCalendarDayStatisticalDataRequest::new(QueryYydCalendarDayStatisticalDataRequired { .. })`.
pub struct QueryYydCalendarDayStatisticalDataRequired {
    /// `statDate`: see [`QueryYydCalendarDayStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydCalendarDayStatisticalDataRequest {
    /// A `QueryYydCalendarDayStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydCalendarDayStatisticalDataRequired) -> Self {
        let QueryYydCalendarDayStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydCalendarDayStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydCalendarDayStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_calendar_month_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydCalendarMonthStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydCalendarMonthStatisticalDataRequest`], each named where it is set: `QueryYydCalendarMonthStatisticalDataRequest::new(QueryYydCalendarMonthStatisticalDataRequired { .. })`.
pub struct QueryYydCalendarMonthStatisticalDataRequired {
    /// `statDate`: see [`QueryYydCalendarMonthStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydCalendarMonthStatisticalDataRequest {
    /// A `QueryYydCalendarMonthStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydCalendarMonthStatisticalDataRequired) -> Self {
        let QueryYydCalendarMonthStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydCalendarMonthStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydCalendarMonthStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_calendar_week_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydCalendarWeekStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydCalendarWeekStatisticalDataRequest`], each named where it is set: `QueryYydCalendarWeekStatisticalDataRequest::new(QueryYydCalendarWeekStatisticalDataRequired { .. })`.
pub struct QueryYydCalendarWeekStatisticalDataRequired {
    /// `statDate`: see [`QueryYydCalendarWeekStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydCalendarWeekStatisticalDataRequest {
    /// A `QueryYydCalendarWeekStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydCalendarWeekStatisticalDataRequired) -> Self {
        let QueryYydCalendarWeekStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydCalendarWeekStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydCalendarWeekStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_ding_msg_day_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydDingMsgDayStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydDingMsgDayStatisticalDataRequest`], each named where it is set: `QueryYydDingMsgDayStatisticalDataRequest::new(QueryYydDingMsgDayStatisticalDataRequired { .. })`.
pub struct QueryYydDingMsgDayStatisticalDataRequired {
    /// `statDate`: see [`QueryYydDingMsgDayStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydDingMsgDayStatisticalDataRequest {
    /// A `QueryYydDingMsgDayStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydDingMsgDayStatisticalDataRequired) -> Self {
        let QueryYydDingMsgDayStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydDingMsgDayStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydDingMsgDayStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_ding_msg_month_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydDingMsgMonthStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydDingMsgMonthStatisticalDataRequest`], each named where it is set: `QueryYydDingMsgMonthStatisticalDataRequest::new(QueryYydDingMsgMonthStatisticalDataRequired { .. })`.
pub struct QueryYydDingMsgMonthStatisticalDataRequired {
    /// `statDate`: see [`QueryYydDingMsgMonthStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydDingMsgMonthStatisticalDataRequest {
    /// A `QueryYydDingMsgMonthStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydDingMsgMonthStatisticalDataRequired) -> Self {
        let QueryYydDingMsgMonthStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydDingMsgMonthStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydDingMsgMonthStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_ding_msg_week_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydDingMsgWeekStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydDingMsgWeekStatisticalDataRequest`], each named where it is set: `QueryYydDingMsgWeekStatisticalDataRequest::new(QueryYydDingMsgWeekStatisticalDataRequired { .. })`.
pub struct QueryYydDingMsgWeekStatisticalDataRequired {
    /// `statDate`: see [`QueryYydDingMsgWeekStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydDingMsgWeekStatisticalDataRequest {
    /// A `QueryYydDingMsgWeekStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydDingMsgWeekStatisticalDataRequired) -> Self {
        let QueryYydDingMsgWeekStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydDingMsgWeekStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydDingMsgWeekStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_group_msg_day_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydGroupMsgDayStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydGroupMsgDayStatisticalDataRequest`], each named where it is set: `QueryYydGroupMsgDayStatisticalDataRequest::new(QueryYydGroupMsgDayStatisticalDataRequired { .. })`.
pub struct QueryYydGroupMsgDayStatisticalDataRequired {
    /// `statDate`: see [`QueryYydGroupMsgDayStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydGroupMsgDayStatisticalDataRequest {
    /// A `QueryYydGroupMsgDayStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydGroupMsgDayStatisticalDataRequired) -> Self {
        let QueryYydGroupMsgDayStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydGroupMsgDayStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydGroupMsgDayStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_group_msg_month_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydGroupMsgMonthStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydGroupMsgMonthStatisticalDataRequest`], each named where it is set: `QueryYydGroupMsgMonthStatisticalDataRequest::new(QueryYydGroupMsgMonthStatisticalDataRequired { .. })`.
pub struct QueryYydGroupMsgMonthStatisticalDataRequired {
    /// `statDate`: see [`QueryYydGroupMsgMonthStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydGroupMsgMonthStatisticalDataRequest {
    /// A `QueryYydGroupMsgMonthStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydGroupMsgMonthStatisticalDataRequired) -> Self {
        let QueryYydGroupMsgMonthStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydGroupMsgMonthStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydGroupMsgMonthStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_group_msg_week_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydGroupMsgWeekStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydGroupMsgWeekStatisticalDataRequest`], each named where it is set: `QueryYydGroupMsgWeekStatisticalDataRequest::new(QueryYydGroupMsgWeekStatisticalDataRequired { .. })`.
pub struct QueryYydGroupMsgWeekStatisticalDataRequired {
    /// `statDate`: see [`QueryYydGroupMsgWeekStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydGroupMsgWeekStatisticalDataRequest {
    /// A `QueryYydGroupMsgWeekStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydGroupMsgWeekStatisticalDataRequired) -> Self {
        let QueryYydGroupMsgWeekStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydGroupMsgWeekStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydGroupMsgWeekStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_log_day_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydLogDayStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydLogDayStatisticalDataRequest`], each named where it is set: `QueryYydLogDayStatisticalDataRequest::new(QueryYydLogDayStatisticalDataRequired { .. })`.
pub struct QueryYydLogDayStatisticalDataRequired {
    /// `statDate`: see [`QueryYydLogDayStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydLogDayStatisticalDataRequest {
    /// A `QueryYydLogDayStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydLogDayStatisticalDataRequired) -> Self {
        let QueryYydLogDayStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydLogDayStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydLogDayStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_log_month_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydLogMonthStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydLogMonthStatisticalDataRequest`], each named where it is set: `QueryYydLogMonthStatisticalDataRequest::new(QueryYydLogMonthStatisticalDataRequired { .. })`.
pub struct QueryYydLogMonthStatisticalDataRequired {
    /// `statDate`: see [`QueryYydLogMonthStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydLogMonthStatisticalDataRequest {
    /// A `QueryYydLogMonthStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydLogMonthStatisticalDataRequired) -> Self {
        let QueryYydLogMonthStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydLogMonthStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydLogMonthStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_log_week_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydLogWeekStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydLogWeekStatisticalDataRequest`], each named where it is set: `QueryYydLogWeekStatisticalDataRequest::new(QueryYydLogWeekStatisticalDataRequired { .. })`.
pub struct QueryYydLogWeekStatisticalDataRequired {
    /// `statDate`: see [`QueryYydLogWeekStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydLogWeekStatisticalDataRequest {
    /// A `QueryYydLogWeekStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydLogWeekStatisticalDataRequired) -> Self {
        let QueryYydLogWeekStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydLogWeekStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydLogWeekStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_meeting_day_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydMeetingDayStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydMeetingDayStatisticalDataRequest`], each named where it is set: `QueryYydMeetingDayStatisticalDataRequest::new(QueryYydMeetingDayStatisticalDataRequired { .. })`.
pub struct QueryYydMeetingDayStatisticalDataRequired {
    /// `statDate`: see [`QueryYydMeetingDayStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydMeetingDayStatisticalDataRequest {
    /// A `QueryYydMeetingDayStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydMeetingDayStatisticalDataRequired) -> Self {
        let QueryYydMeetingDayStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydMeetingDayStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydMeetingDayStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_meeting_month_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydMeetingMonthStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydMeetingMonthStatisticalDataRequest`], each named where it is set: `QueryYydMeetingMonthStatisticalDataRequest::new(QueryYydMeetingMonthStatisticalDataRequired { .. })`.
pub struct QueryYydMeetingMonthStatisticalDataRequired {
    /// `statDate`: see [`QueryYydMeetingMonthStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydMeetingMonthStatisticalDataRequest {
    /// A `QueryYydMeetingMonthStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydMeetingMonthStatisticalDataRequired) -> Self {
        let QueryYydMeetingMonthStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydMeetingMonthStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydMeetingMonthStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_meeting_week_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydMeetingWeekStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydMeetingWeekStatisticalDataRequest`], each named where it is set: `QueryYydMeetingWeekStatisticalDataRequest::new(QueryYydMeetingWeekStatisticalDataRequired { .. })`.
pub struct QueryYydMeetingWeekStatisticalDataRequired {
    /// `statDate`: see [`QueryYydMeetingWeekStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydMeetingWeekStatisticalDataRequest {
    /// A `QueryYydMeetingWeekStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydMeetingWeekStatisticalDataRequired) -> Self {
        let QueryYydMeetingWeekStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydMeetingWeekStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydMeetingWeekStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_notice_day_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydNoticeDayStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydNoticeDayStatisticalDataRequest`], each named where it is set: `QueryYydNoticeDayStatisticalDataRequest::new(QueryYydNoticeDayStatisticalDataRequired { .. })`.
pub struct QueryYydNoticeDayStatisticalDataRequired {
    /// `statDate`: see [`QueryYydNoticeDayStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydNoticeDayStatisticalDataRequest {
    /// A `QueryYydNoticeDayStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydNoticeDayStatisticalDataRequired) -> Self {
        let QueryYydNoticeDayStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydNoticeDayStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydNoticeDayStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_notice_month_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydNoticeMonthStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydNoticeMonthStatisticalDataRequest`], each named where it is set: `QueryYydNoticeMonthStatisticalDataRequest::new(QueryYydNoticeMonthStatisticalDataRequired { .. })`.
pub struct QueryYydNoticeMonthStatisticalDataRequired {
    /// `statDate`: see [`QueryYydNoticeMonthStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydNoticeMonthStatisticalDataRequest {
    /// A `QueryYydNoticeMonthStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydNoticeMonthStatisticalDataRequired) -> Self {
        let QueryYydNoticeMonthStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydNoticeMonthStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydNoticeMonthStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_notice_week_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydNoticeWeekStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydNoticeWeekStatisticalDataRequest`], each named where it is set: `QueryYydNoticeWeekStatisticalDataRequest::new(QueryYydNoticeWeekStatisticalDataRequired { .. })`.
pub struct QueryYydNoticeWeekStatisticalDataRequired {
    /// `statDate`: see [`QueryYydNoticeWeekStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydNoticeWeekStatisticalDataRequest {
    /// A `QueryYydNoticeWeekStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydNoticeWeekStatisticalDataRequired) -> Self {
        let QueryYydNoticeWeekStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydNoticeWeekStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydNoticeWeekStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_single_msg_day_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydSingleMsgDayStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydSingleMsgDayStatisticalDataRequest`], each named where it is set: `QueryYydSingleMsgDayStatisticalDataRequest::new(QueryYydSingleMsgDayStatisticalDataRequired { .. })`.
pub struct QueryYydSingleMsgDayStatisticalDataRequired {
    /// `statDate`: see [`QueryYydSingleMsgDayStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydSingleMsgDayStatisticalDataRequest {
    /// A `QueryYydSingleMsgDayStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydSingleMsgDayStatisticalDataRequired) -> Self {
        let QueryYydSingleMsgDayStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydSingleMsgDayStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydSingleMsgDayStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_single_msg_month_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydSingleMsgMonthStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydSingleMsgMonthStatisticalDataRequest`], each named where it is set: `QueryYydSingleMsgMonthStatisticalDataRequest::new(QueryYydSingleMsgMonthStatisticalDataRequired { .. })`.
pub struct QueryYydSingleMsgMonthStatisticalDataRequired {
    /// `statDate`: see [`QueryYydSingleMsgMonthStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydSingleMsgMonthStatisticalDataRequest {
    /// A `QueryYydSingleMsgMonthStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydSingleMsgMonthStatisticalDataRequired) -> Self {
        let QueryYydSingleMsgMonthStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydSingleMsgMonthStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydSingleMsgMonthStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_single_msg_week_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydSingleMsgWeekStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydSingleMsgWeekStatisticalDataRequest`], each named where it is set: `QueryYydSingleMsgWeekStatisticalDataRequest::new(QueryYydSingleMsgWeekStatisticalDataRequired { .. })`.
pub struct QueryYydSingleMsgWeekStatisticalDataRequired {
    /// `statDate`: see [`QueryYydSingleMsgWeekStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydSingleMsgWeekStatisticalDataRequest {
    /// A `QueryYydSingleMsgWeekStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydSingleMsgWeekStatisticalDataRequired) -> Self {
        let QueryYydSingleMsgWeekStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydSingleMsgWeekStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydSingleMsgWeekStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_toatl_msg_day_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydToatlMsgDayStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydToatlMsgDayStatisticalDataRequest`], each named where it is set: `QueryYydToatlMsgDayStatisticalDataRequest::new(QueryYydToatlMsgDayStatisticalDataRequired { .. })`.
pub struct QueryYydToatlMsgDayStatisticalDataRequired {
    /// `statDate`: see [`QueryYydToatlMsgDayStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydToatlMsgDayStatisticalDataRequest {
    /// A `QueryYydToatlMsgDayStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydToatlMsgDayStatisticalDataRequired) -> Self {
        let QueryYydToatlMsgDayStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydToatlMsgDayStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydToatlMsgDayStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_toatl_msg_month_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydToatlMsgMonthStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydToatlMsgMonthStatisticalDataRequest`], each named where it is set: `QueryYydToatlMsgMonthStatisticalDataRequest::new(QueryYydToatlMsgMonthStatisticalDataRequired { .. })`.
pub struct QueryYydToatlMsgMonthStatisticalDataRequired {
    /// `statDate`: see [`QueryYydToatlMsgMonthStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydToatlMsgMonthStatisticalDataRequest {
    /// A `QueryYydToatlMsgMonthStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydToatlMsgMonthStatisticalDataRequired) -> Self {
        let QueryYydToatlMsgMonthStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydToatlMsgMonthStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydToatlMsgMonthStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_toatl_msg_week_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydToatlMsgWeekStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydToatlMsgWeekStatisticalDataRequest`], each named where it is set: `QueryYydToatlMsgWeekStatisticalDataRequest::new(QueryYydToatlMsgWeekStatisticalDataRequired { .. })`.
pub struct QueryYydToatlMsgWeekStatisticalDataRequired {
    /// `statDate`: see [`QueryYydToatlMsgWeekStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydToatlMsgWeekStatisticalDataRequest {
    /// A `QueryYydToatlMsgWeekStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydToatlMsgWeekStatisticalDataRequired) -> Self {
        let QueryYydToatlMsgWeekStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydToatlMsgWeekStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydToatlMsgWeekStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_todo_day_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydTodoDayStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydTodoDayStatisticalDataRequest`], each named where it is set: `QueryYydTodoDayStatisticalDataRequest::new(QueryYydTodoDayStatisticalDataRequired { .. })`.
pub struct QueryYydTodoDayStatisticalDataRequired {
    /// `statDate`: see [`QueryYydTodoDayStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydTodoDayStatisticalDataRequest {
    /// A `QueryYydTodoDayStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydTodoDayStatisticalDataRequired) -> Self {
        let QueryYydTodoDayStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydTodoDayStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydTodoDayStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_todo_month_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydTodoMonthStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydTodoMonthStatisticalDataRequest`], each named where it is set: `QueryYydTodoMonthStatisticalDataRequest::new(QueryYydTodoMonthStatisticalDataRequired { .. })`.
pub struct QueryYydTodoMonthStatisticalDataRequired {
    /// `statDate`: see [`QueryYydTodoMonthStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydTodoMonthStatisticalDataRequest {
    /// A `QueryYydTodoMonthStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydTodoMonthStatisticalDataRequired) -> Self {
        let QueryYydTodoMonthStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydTodoMonthStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydTodoMonthStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_todo_week_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydTodoWeekStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydTodoWeekStatisticalDataRequest`], each named where it is set: `QueryYydTodoWeekStatisticalDataRequest::new(QueryYydTodoWeekStatisticalDataRequired { .. })`.
pub struct QueryYydTodoWeekStatisticalDataRequired {
    /// `statDate`: see [`QueryYydTodoWeekStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydTodoWeekStatisticalDataRequest {
    /// A `QueryYydTodoWeekStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydTodoWeekStatisticalDataRequired) -> Self {
        let QueryYydTodoWeekStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydTodoWeekStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydTodoWeekStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_total_day_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydTotalDayStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydTotalDayStatisticalDataRequest`], each named where it is set: `QueryYydTotalDayStatisticalDataRequest::new(QueryYydTotalDayStatisticalDataRequired { .. })`.
pub struct QueryYydTotalDayStatisticalDataRequired {
    /// `statDate`: see [`QueryYydTotalDayStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydTotalDayStatisticalDataRequest {
    /// A `QueryYydTotalDayStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydTotalDayStatisticalDataRequired) -> Self {
        let QueryYydTotalDayStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydTotalDayStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydTotalDayStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_total_month_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydTotalMonthStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydTotalMonthStatisticalDataRequest`], each named where it is set: `QueryYydTotalMonthStatisticalDataRequest::new(QueryYydTotalMonthStatisticalDataRequired { .. })`.
pub struct QueryYydTotalMonthStatisticalDataRequired {
    /// `statDate`: see [`QueryYydTotalMonthStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydTotalMonthStatisticalDataRequest {
    /// A `QueryYydTotalMonthStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydTotalMonthStatisticalDataRequired) -> Self {
        let QueryYydTotalMonthStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydTotalMonthStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydTotalMonthStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_total_std_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydTotalStdStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydTotalStdStatisticalDataRequest`], each named where it is set: `QueryYydTotalStdStatisticalDataRequest::new(QueryYydTotalStdStatisticalDataRequired { .. })`.
pub struct QueryYydTotalStdStatisticalDataRequired {
    /// `statDate`: see [`QueryYydTotalStdStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydTotalStdStatisticalDataRequest {
    /// A `QueryYydTotalStdStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydTotalStdStatisticalDataRequired) -> Self {
        let QueryYydTotalStdStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydTotalStdStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydTotalStdStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::query_yyd_total_week_statistical_data`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryYydTotalWeekStatisticalDataRequest {
    /// `statDate`: a query parameter.
    pub stat_date: String,
}
/// The required fields of [`QueryYydTotalWeekStatisticalDataRequest`], each named where it is set: `QueryYydTotalWeekStatisticalDataRequest::new(QueryYydTotalWeekStatisticalDataRequired { .. })`.
pub struct QueryYydTotalWeekStatisticalDataRequired {
    /// `statDate`: see [`QueryYydTotalWeekStatisticalDataRequest::stat_date`].
    pub stat_date: String,
}
impl QueryYydTotalWeekStatisticalDataRequest {
    /// A `QueryYydTotalWeekStatisticalDataRequest` with its required fields (`statDate`); set the others with the methods named after them.
    pub fn new(required: QueryYydTotalWeekStatisticalDataRequired) -> Self {
        let QueryYydTotalWeekStatisticalDataRequired { stat_date } = required;
        Self { stat_date }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryYydTotalWeekStatisticalDataRequest { "statDate" => read_field(stat_date) }
}
impl rt::WriteRequest for QueryYydTotalWeekStatisticalDataRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("statDate", &self.stat_date);
    }
}
/// The request of [`Api::search_company`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SearchCompanyRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `searchKey`: a query parameter.
    pub search_key: String,
}
/// The required fields of [`SearchCompanyRequest`], each named where it is set: `SearchCompanyRequest::new(SearchCompanyRequired { .. })`.
pub struct SearchCompanyRequired {
    /// `searchKey`: see [`SearchCompanyRequest::search_key`].
    pub search_key: String,
}
impl SearchCompanyRequest {
    /// A `SearchCompanyRequest` with its required fields (`searchKey`); set the others with the methods named after them.
    pub fn new(required: SearchCompanyRequired) -> Self {
        let SearchCompanyRequired { search_key } = required;
        Self {
            page_number: None,
            page_size: None,
            search_key,
        }
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
    SearchCompanyRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "searchKey" => read_field(search_key) }
}
impl rt::WriteRequest for SearchCompanyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("searchKey", &self.search_key);
    }
}
/// The request of [`Api::sync_data_screen`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncDataScreenRequest {
    /// `screenId`.
    pub screen_id: String,
    /// `ticket`.
    pub ticket: String,
}
/// The required fields of [`SyncDataScreenRequest`], each named where it is set: `SyncDataScreenRequest::new(SyncDataScreenRequired { .. })`.
pub struct SyncDataScreenRequired {
    /// `screenId`: see [`SyncDataScreenRequest::screen_id`].
    pub screen_id: String,
    /// `ticket`: see [`SyncDataScreenRequest::ticket`].
    pub ticket: String,
}
impl SyncDataScreenRequest {
    /// A `SyncDataScreenRequest` with its required fields (`screenId`, `ticket`); set the others with the methods named after them.
    pub fn new(required: SyncDataScreenRequired) -> Self {
        let SyncDataScreenRequired { screen_id, ticket } = required;
        Self { screen_id, ticket }
    }
}
rt::impl_serialize! {
    SyncDataScreenRequest { "screenId" => field(screen_id), "ticket" => field(ticket) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncDataScreenRequest { "screenId" => read_field(screen_id), "ticket" =>
    read_field(ticket) }
}
impl rt::WriteRequest for SyncDataScreenRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::close_data_deliver`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CloseDataDeliverError = rt::ServiceError;
/// An error reply of [`Api::create_data_deliver`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateDataDeliverError = rt::ServiceError;
/// An error reply of [`Api::create_screen`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateScreenError = rt::ServiceError;
/// An error reply of [`Api::data_market_isv_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DataMarketIsvServiceError = rt::ServiceError;
/// An error reply of [`Api::data_market_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DataMarketServiceError = rt::ServiceError;
/// An error reply of [`Api::get_abnormal_operation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAbnormalOperationError = rt::ServiceError;
/// An error reply of [`Api::get_administrative_licensing`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAdministrativeLicensingError = rt::ServiceError;
/// An error reply of [`Api::get_administrative_penalties`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetAdministrativePenaltiesError = rt::ServiceError;
/// An error reply of [`Api::get_basic_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetBasicInfoError = rt::ServiceError;
/// An error reply of [`Api::get_bidding_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetBiddingInfoError = rt::ServiceError;
/// An error reply of [`Api::get_branch_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetBranchInfoError = rt::ServiceError;
/// An error reply of [`Api::get_change_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetChangeRecordError = rt::ServiceError;
/// An error reply of [`Api::get_data_deliver`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDataDeliverError = rt::ServiceError;
/// An error reply of [`Api::get_domain_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDomainInfoError = rt::ServiceError;
/// An error reply of [`Api::get_double_random`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetDoubleRandomError = rt::ServiceError;
/// An error reply of [`Api::get_environmental_penalties`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetEnvironmentalPenaltiesError = rt::ServiceError;
/// An error reply of [`Api::get_event_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetEventDataError = rt::ServiceError;
/// An error reply of [`Api::get_holder_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetHolderInfoError = rt::ServiceError;
/// An error reply of [`Api::get_intellectual_property`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetIntellectualPropertyError = rt::ServiceError;
/// An error reply of [`Api::get_investment_abroad`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetInvestmentAbroadError = rt::ServiceError;
/// An error reply of [`Api::get_job_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetJobInfoError = rt::ServiceError;
/// An error reply of [`Api::get_patent_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPatentInfoError = rt::ServiceError;
/// An error reply of [`Api::get_principal_employee`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPrincipalEmployeeError = rt::ServiceError;
/// An error reply of [`Api::get_qeneral_taxpayer_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetQeneralTaxpayerInfoError = rt::ServiceError;
/// An error reply of [`Api::get_qualification_cert`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetQualificationCertError = rt::ServiceError;
/// An error reply of [`Api::get_serious_violation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSeriousViolationError = rt::ServiceError;
/// An error reply of [`Api::get_software_copyright`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetSoftwareCopyrightError = rt::ServiceError;
/// An error reply of [`Api::get_trademark_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTrademarkInfoError = rt::ServiceError;
/// An error reply of [`Api::get_work_copyright`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetWorkCopyrightError = rt::ServiceError;
/// An error reply of [`Api::list_data_delivers`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListDataDeliversError = rt::ServiceError;
/// An error reply of [`Api::operate_chart_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OperateChartConfigError = rt::ServiceError;
/// An error reply of [`Api::post_corp_auth_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PostCorpAuthInfoError = rt::ServiceError;
/// An error reply of [`Api::query_active_user_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryActiveUserStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_anhmd_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAnhmdStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_approval_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryApprovalStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_attendance_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAttendanceStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_blackboard_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBlackboardStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_calendar_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCalendarStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_chart_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryChartDataError = rt::ServiceError;
/// An error reply of [`Api::query_checkin_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCheckinStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_circle_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCircleStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_company_basic_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCompanyBasicInfoError = rt::ServiceError;
/// An error reply of [`Api::query_digital_district_org_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDigitalDistrictOrgInfoError = rt::ServiceError;
/// An error reply of [`Api::query_ding_recive_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDingReciveStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_ding_send_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDingSendStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_document_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDocumentStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_dpaas_data_package`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDpaasDataPackageError = rt::ServiceError;
/// An error reply of [`Api::query_drive_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDriveStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_edu_union_auth_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryEduUnionAuthServiceError = rt::ServiceError;
/// An error reply of [`Api::query_employee_type_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryEmployeeTypeStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_general_data_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGeneralDataServiceError = rt::ServiceError;
/// An error reply of [`Api::query_general_data_service_batch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGeneralDataServiceBatchError = rt::ServiceError;
/// An error reply of [`Api::query_general_data_update_date`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGeneralDataUpdateDateError = rt::ServiceError;
/// An error reply of [`Api::query_group_live_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGroupLiveStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_group_message_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGroupMessageStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_health_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryHealthStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_mail_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMailStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_official_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOfficialDataError = rt::ServiceError;
/// An error reply of [`Api::query_official_dataset_fields`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOfficialDatasetFieldsError = rt::ServiceError;
/// An error reply of [`Api::query_official_dataset_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOfficialDatasetListError = rt::ServiceError;
/// An error reply of [`Api::query_official_form_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOfficialFormDataError = rt::ServiceError;
/// An error reply of [`Api::query_official_form_data_direct_holo`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOfficialFormDataDirectHoloError = rt::ServiceError;
/// An error reply of [`Api::query_online_user_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOnlineUserStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_red_envelope_recive_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRedEnvelopeReciveStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_red_envelope_send_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRedEnvelopeSendStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_report_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryReportStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_screen`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryScreenError = rt::ServiceError;
/// An error reply of [`Api::query_screen_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryScreenTemplateError = rt::ServiceError;
/// An error reply of [`Api::query_single_message_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QuerySingleMessageStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_tel_meeting_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTelMeetingStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_todo_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTodoStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_total_data_count_service`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTotalDataCountServiceError = rt::ServiceError;
/// An error reply of [`Api::query_vedio_meeting_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryVedioMeetingStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_active_day_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydActiveDayStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_active_month_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydActiveMonthStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_active_week_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydActiveWeekStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_app_day_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydAppDayStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_app_month_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydAppMonthStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_app_std_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydAppStdStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_app_week_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydAppWeekStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_calendar_day_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydCalendarDayStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_calendar_month_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydCalendarMonthStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_calendar_week_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydCalendarWeekStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_ding_msg_day_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydDingMsgDayStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_ding_msg_month_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydDingMsgMonthStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_ding_msg_week_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydDingMsgWeekStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_group_msg_day_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydGroupMsgDayStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_group_msg_month_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydGroupMsgMonthStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_group_msg_week_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydGroupMsgWeekStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_log_day_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydLogDayStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_log_month_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydLogMonthStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_log_week_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydLogWeekStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_meeting_day_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydMeetingDayStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_meeting_month_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydMeetingMonthStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_meeting_week_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydMeetingWeekStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_notice_day_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydNoticeDayStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_notice_month_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydNoticeMonthStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_notice_week_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydNoticeWeekStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_single_msg_day_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydSingleMsgDayStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_single_msg_month_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydSingleMsgMonthStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_single_msg_week_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydSingleMsgWeekStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_toatl_msg_day_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydToatlMsgDayStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_toatl_msg_month_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydToatlMsgMonthStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_toatl_msg_week_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydToatlMsgWeekStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_todo_day_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydTodoDayStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_todo_month_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydTodoMonthStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_todo_week_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydTodoWeekStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_total_day_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydTotalDayStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_total_month_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydTotalMonthStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_total_std_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydTotalStdStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::query_yyd_total_week_statistical_data`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryYydTotalWeekStatisticalDataError = rt::ServiceError;
/// An error reply of [`Api::search_company`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SearchCompanyError = rt::ServiceError;
/// An error reply of [`Api::sync_data_screen`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncDataScreenError = rt::ServiceError;
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
        "CloseDataDeliver" => {
            rt::conformance::reply(api.close_data_deliver(&inputs.request(false)?)).await
        }
        "CreateDataDeliver" => {
            rt::conformance::reply(api.create_data_deliver(&inputs.request(true)?)).await
        }
        "CreateScreen" => {
            rt::conformance::reply(api.create_screen(&inputs.request(false)?)).await
        }
        "DataMarketIsvService" => {
            rt::conformance::reply(api.data_market_isv_service(&inputs.request(true)?))
                .await
        }
        "DataMarketService" => {
            rt::conformance::reply(api.data_market_service(&inputs.request(true)?)).await
        }
        "GetAbnormalOperation" => {
            rt::conformance::reply(api.get_abnormal_operation(&inputs.request(false)?))
                .await
        }
        "GetAdministrativeLicensing" => {
            rt::conformance::reply(
                    api.get_administrative_licensing(&inputs.request(false)?),
                )
                .await
        }
        "GetAdministrativePenalties" => {
            rt::conformance::reply(
                    api.get_administrative_penalties(&inputs.request(false)?),
                )
                .await
        }
        "GetBasicInfo" => {
            rt::conformance::reply(api.get_basic_info(&inputs.request(false)?)).await
        }
        "GetBiddingInfo" => {
            rt::conformance::reply(api.get_bidding_info(&inputs.request(false)?)).await
        }
        "GetBranchInfo" => {
            rt::conformance::reply(api.get_branch_info(&inputs.request(false)?)).await
        }
        "GetChangeRecord" => {
            rt::conformance::reply(api.get_change_record(&inputs.request(false)?)).await
        }
        "GetDataDeliver" => {
            rt::conformance::reply(api.get_data_deliver(&inputs.request(false)?)).await
        }
        "GetDomainInfo" => {
            rt::conformance::reply(api.get_domain_info(&inputs.request(false)?)).await
        }
        "GetDoubleRandom" => {
            rt::conformance::reply(api.get_double_random(&inputs.request(false)?)).await
        }
        "GetEnvironmentalPenalties" => {
            rt::conformance::reply(
                    api.get_environmental_penalties(&inputs.request(false)?),
                )
                .await
        }
        "GetEventData" => {
            rt::conformance::reply(api.get_event_data(&inputs.request(true)?)).await
        }
        "GetHolderInfo" => {
            rt::conformance::reply(api.get_holder_info(&inputs.request(false)?)).await
        }
        "GetIntellectualProperty" => {
            rt::conformance::reply(
                    api.get_intellectual_property(&inputs.request(false)?),
                )
                .await
        }
        "GetInvestmentAbroad" => {
            rt::conformance::reply(api.get_investment_abroad(&inputs.request(false)?))
                .await
        }
        "GetJobInfo" => {
            rt::conformance::reply(api.get_job_info(&inputs.request(false)?)).await
        }
        "GetPatentInfo" => {
            rt::conformance::reply(api.get_patent_info(&inputs.request(false)?)).await
        }
        "GetPrincipalEmployee" => {
            rt::conformance::reply(api.get_principal_employee(&inputs.request(false)?))
                .await
        }
        "GetQeneralTaxpayerInfo" => {
            rt::conformance::reply(
                    api.get_qeneral_taxpayer_info(&inputs.request(false)?),
                )
                .await
        }
        "GetQualificationCert" => {
            rt::conformance::reply(api.get_qualification_cert(&inputs.request(false)?))
                .await
        }
        "GetSeriousViolation" => {
            rt::conformance::reply(api.get_serious_violation(&inputs.request(false)?))
                .await
        }
        "GetSoftwareCopyright" => {
            rt::conformance::reply(api.get_software_copyright(&inputs.request(false)?))
                .await
        }
        "GetTrademarkInfo" => {
            rt::conformance::reply(api.get_trademark_info(&inputs.request(false)?)).await
        }
        "GetWorkCopyright" => {
            rt::conformance::reply(api.get_work_copyright(&inputs.request(false)?)).await
        }
        "ListDataDelivers" => {
            rt::conformance::reply(api.list_data_delivers(&inputs.request(false)?)).await
        }
        "OperateChartConfig" => {
            rt::conformance::reply(api.operate_chart_config(&inputs.request(true)?))
                .await
        }
        "PostCorpAuthInfo" => rt::conformance::reply(api.post_corp_auth_info()).await,
        "QueryActiveUserStatisticalData" => {
            rt::conformance::reply(
                    api.query_active_user_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryAnhmdStatisticalData" => {
            rt::conformance::reply(
                    api.query_anhmd_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryApprovalStatisticalData" => {
            rt::conformance::reply(
                    api.query_approval_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryAttendanceStatisticalData" => {
            rt::conformance::reply(
                    api.query_attendance_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryBlackboardStatisticalData" => {
            rt::conformance::reply(
                    api.query_blackboard_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryCalendarStatisticalData" => {
            rt::conformance::reply(
                    api.query_calendar_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryChartData" => {
            rt::conformance::reply(api.query_chart_data(&inputs.request(true)?)).await
        }
        "QueryCheckinStatisticalData" => {
            rt::conformance::reply(
                    api.query_checkin_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryCircleStatisticalData" => {
            rt::conformance::reply(
                    api.query_circle_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryCompanyBasicInfo" => {
            rt::conformance::reply(api.query_company_basic_info(&inputs.request(false)?))
                .await
        }
        "QueryDigitalDistrictOrgInfo" => {
            rt::conformance::reply(
                    api.query_digital_district_org_info(&inputs.request(true)?),
                )
                .await
        }
        "QueryDingReciveStatisticalData" => {
            rt::conformance::reply(
                    api.query_ding_recive_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryDingSendStatisticalData" => {
            rt::conformance::reply(
                    api.query_ding_send_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryDocumentStatisticalData" => {
            rt::conformance::reply(
                    api.query_document_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryDpaasDataPackage" => {
            rt::conformance::reply(api.query_dpaas_data_package()).await
        }
        "QueryDriveStatisticalData" => {
            rt::conformance::reply(
                    api.query_drive_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryEduUnionAuthService" => {
            rt::conformance::reply(
                    api.query_edu_union_auth_service(&inputs.request(false)?),
                )
                .await
        }
        "QueryEmployeeTypeStatisticalData" => {
            rt::conformance::reply(
                    api.query_employee_type_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryGeneralDataService" => {
            rt::conformance::reply(
                    api.query_general_data_service(&inputs.request(false)?),
                )
                .await
        }
        "QueryGeneralDataServiceBatch" => {
            rt::conformance::reply(
                    api.query_general_data_service_batch(&inputs.request(true)?),
                )
                .await
        }
        "QueryGeneralDataUpdateDate" => {
            rt::conformance::reply(
                    api.query_general_data_update_date(&inputs.request(false)?),
                )
                .await
        }
        "QueryGroupLiveStatisticalData" => {
            rt::conformance::reply(
                    api.query_group_live_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryGroupMessageStatisticalData" => {
            rt::conformance::reply(
                    api.query_group_message_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryHealthStatisticalData" => {
            rt::conformance::reply(
                    api.query_health_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryMailStatisticalData" => {
            rt::conformance::reply(
                    api.query_mail_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryOfficialData" => {
            rt::conformance::reply(api.query_official_data(&inputs.request(false)?))
                .await
        }
        "QueryOfficialDatasetFields" => {
            rt::conformance::reply(
                    api.query_official_dataset_fields(&inputs.request(false)?),
                )
                .await
        }
        "QueryOfficialDatasetList" => {
            rt::conformance::reply(
                    api.query_official_dataset_list(&inputs.request(false)?),
                )
                .await
        }
        "QueryOfficialFormData" => {
            rt::conformance::reply(api.query_official_form_data(&inputs.request(true)?))
                .await
        }
        "QueryOfficialFormDataDirectHolo" => {
            rt::conformance::reply(
                    api.query_official_form_data_direct_holo(&inputs.request(true)?),
                )
                .await
        }
        "QueryOnlineUserStatisticalData" => {
            rt::conformance::reply(
                    api.query_online_user_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryRedEnvelopeReciveStatisticalData" => {
            rt::conformance::reply(
                    api
                        .query_red_envelope_recive_statistical_data(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryRedEnvelopeSendStatisticalData" => {
            rt::conformance::reply(
                    api.query_red_envelope_send_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryReportStatisticalData" => {
            rt::conformance::reply(
                    api.query_report_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryScreen" => {
            rt::conformance::reply(api.query_screen(&inputs.request(false)?)).await
        }
        "QueryScreenTemplate" => {
            rt::conformance::reply(api.query_screen_template(&inputs.request(false)?))
                .await
        }
        "QuerySingleMessageStatisticalData" => {
            rt::conformance::reply(
                    api.query_single_message_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryTelMeetingStatisticalData" => {
            rt::conformance::reply(
                    api.query_tel_meeting_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryTodoStatisticalData" => {
            rt::conformance::reply(
                    api.query_todo_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryTotalDataCountService" => {
            rt::conformance::reply(
                    api.query_total_data_count_service(&inputs.request(true)?),
                )
                .await
        }
        "QueryVedioMeetingStatisticalData" => {
            rt::conformance::reply(
                    api.query_vedio_meeting_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydActiveDayStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_active_day_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydActiveMonthStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_active_month_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydActiveWeekStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_active_week_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydAppDayStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_app_day_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydAppMonthStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_app_month_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydAppStdStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_app_std_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydAppWeekStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_app_week_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydCalendarDayStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_calendar_day_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydCalendarMonthStatisticalData" => {
            rt::conformance::reply(
                    api
                        .query_yyd_calendar_month_statistical_data(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryYydCalendarWeekStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_calendar_week_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydDingMsgDayStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_ding_msg_day_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydDingMsgMonthStatisticalData" => {
            rt::conformance::reply(
                    api
                        .query_yyd_ding_msg_month_statistical_data(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryYydDingMsgWeekStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_ding_msg_week_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydGroupMsgDayStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_group_msg_day_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydGroupMsgMonthStatisticalData" => {
            rt::conformance::reply(
                    api
                        .query_yyd_group_msg_month_statistical_data(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryYydGroupMsgWeekStatisticalData" => {
            rt::conformance::reply(
                    api
                        .query_yyd_group_msg_week_statistical_data(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryYydLogDayStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_log_day_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydLogMonthStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_log_month_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydLogWeekStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_log_week_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydMeetingDayStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_meeting_day_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydMeetingMonthStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_meeting_month_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydMeetingWeekStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_meeting_week_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydNoticeDayStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_notice_day_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydNoticeMonthStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_notice_month_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydNoticeWeekStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_notice_week_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydSingleMsgDayStatisticalData" => {
            rt::conformance::reply(
                    api
                        .query_yyd_single_msg_day_statistical_data(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryYydSingleMsgMonthStatisticalData" => {
            rt::conformance::reply(
                    api
                        .query_yyd_single_msg_month_statistical_data(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryYydSingleMsgWeekStatisticalData" => {
            rt::conformance::reply(
                    api
                        .query_yyd_single_msg_week_statistical_data(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryYydToatlMsgDayStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_toatl_msg_day_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydToatlMsgMonthStatisticalData" => {
            rt::conformance::reply(
                    api
                        .query_yyd_toatl_msg_month_statistical_data(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryYydToatlMsgWeekStatisticalData" => {
            rt::conformance::reply(
                    api
                        .query_yyd_toatl_msg_week_statistical_data(
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryYydTodoDayStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_todo_day_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydTodoMonthStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_todo_month_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydTodoWeekStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_todo_week_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydTotalDayStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_total_day_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydTotalMonthStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_total_month_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydTotalStdStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_total_std_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "QueryYydTotalWeekStatisticalData" => {
            rt::conformance::reply(
                    api.query_yyd_total_week_statistical_data(&inputs.request(false)?),
                )
                .await
        }
        "SearchCompany" => {
            rt::conformance::reply(api.search_company(&inputs.request(false)?)).await
        }
        "SyncDataScreen" => {
            rt::conformance::reply(api.sync_data_screen(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
