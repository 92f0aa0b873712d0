// @generated from api-spec/alitrip_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 阿里商旅 (Alitrip)：商旅申请单、用车与结算记账。
//!
//! 12 operations, methods of [`Api`] (`client.alitrip_1_0()`), behind the cargo feature `alitrip_1_0`; its paths start with `/v1.0/alitrip/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `alitrip_1_0`. Get it with `client.alitrip_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 同步第三方市内用车申请单
    ///
    /// `POST /v1.0/alitrip/cityCarApprovals`: DingTalk's `AddCityCarApply` (module feature `alitrip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddCityCarApply")]
    #[doc(alias = "/v1.0/alitrip/cityCarApprovals")]
    #[doc(alias = "POST /v1.0/alitrip/cityCarApprovals")]
    pub fn add_city_car_apply(
        &self,
        request: &AddCityCarApplyRequest,
    ) -> rt::Call<AddCityCarApplyResponseBody, AddCityCarApplyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddCityCarApply",
            rt::Method::Post,
            "/v1.0/alitrip/cityCarApprovals",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 三方市内用车申请单审批
    ///
    /// `PUT /v1.0/alitrip/cityCarApprovals`: DingTalk's `ApproveCityCarApply` (module feature `alitrip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ApproveCityCarApply")]
    #[doc(alias = "/v1.0/alitrip/cityCarApprovals")]
    #[doc(alias = "PUT /v1.0/alitrip/cityCarApprovals")]
    pub fn approve_city_car_apply(
        &self,
        request: &ApproveCityCarApplyRequest,
    ) -> rt::Call<ApproveCityCarApplyResponseBody, ApproveCityCarApplyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ApproveCityCarApply",
            rt::Method::Put,
            "/v1.0/alitrip/cityCarApprovals",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 商旅火车票结算记账查询接口
    ///
    /// `GET /v1.0/alitrip/billSettlements/btripTrains`: DingTalk's `BillSettementBtripTrain` (module feature `alitrip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::bill_settement_btrip_train_pages`].
    #[doc(alias = "BillSettementBtripTrain")]
    #[doc(alias = "/v1.0/alitrip/billSettlements/btripTrains")]
    #[doc(alias = "GET /v1.0/alitrip/billSettlements/btripTrains")]
    pub fn bill_settement_btrip_train(
        &self,
        request: &BillSettementBtripTrainRequest,
    ) -> rt::Call<BillSettementBtripTrainResponseBody, BillSettementBtripTrainError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BillSettementBtripTrain",
            rt::Method::Get,
            "/v1.0/alitrip/billSettlements/btripTrains",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 用车结算记账查询接口
    ///
    /// `GET /v1.0/alitrip/billSettlements/cars`: DingTalk's `BillSettementCar` (module feature `alitrip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::bill_settement_car_pages`].
    #[doc(alias = "BillSettementCar")]
    #[doc(alias = "/v1.0/alitrip/billSettlements/cars")]
    #[doc(alias = "GET /v1.0/alitrip/billSettlements/cars")]
    pub fn bill_settement_car(
        &self,
        request: &BillSettementCarRequest,
    ) -> rt::Call<BillSettementCarResponseBody, BillSettementCarError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BillSettementCar",
            rt::Method::Get,
            "/v1.0/alitrip/billSettlements/cars",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 机票结算记账查询接口
    ///
    /// `GET /v1.0/alitrip/billSettlements/flights`: DingTalk's `BillSettementFlight` (module feature `alitrip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::bill_settement_flight_pages`].
    #[doc(alias = "BillSettementFlight")]
    #[doc(alias = "/v1.0/alitrip/billSettlements/flights")]
    #[doc(alias = "GET /v1.0/alitrip/billSettlements/flights")]
    pub fn bill_settement_flight(
        &self,
        request: &BillSettementFlightRequest,
    ) -> rt::Call<BillSettementFlightResponseBody, BillSettementFlightError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BillSettementFlight",
            rt::Method::Get,
            "/v1.0/alitrip/billSettlements/flights",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 酒店结算记账查询接口
    ///
    /// `GET /v1.0/alitrip/billSettlements/hotels`: DingTalk's `BillSettementHotel` (module feature `alitrip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::bill_settement_hotel_pages`].
    #[doc(alias = "BillSettementHotel")]
    #[doc(alias = "/v1.0/alitrip/billSettlements/hotels")]
    #[doc(alias = "GET /v1.0/alitrip/billSettlements/hotels")]
    pub fn bill_settement_hotel(
        &self,
        request: &BillSettementHotelRequest,
    ) -> rt::Call<BillSettementHotelResponseBody, BillSettementHotelError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BillSettementHotel",
            rt::Method::Get,
            "/v1.0/alitrip/billSettlements/hotels",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 商旅机票第三方超标审批单搜索接口
    ///
    /// `GET /v1.0/alitrip/exceedapply/getFlight`: DingTalk's `GetFlightExceedApply` (module feature `alitrip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetFlightExceedApply")]
    #[doc(alias = "/v1.0/alitrip/exceedapply/getFlight")]
    #[doc(alias = "GET /v1.0/alitrip/exceedapply/getFlight")]
    pub fn get_flight_exceed_apply(
        &self,
        request: &GetFlightExceedApplyRequest,
    ) -> rt::Call<GetFlightExceedApplyResponseBody, GetFlightExceedApplyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetFlightExceedApply",
            rt::Method::Get,
            "/v1.0/alitrip/exceedapply/getFlight",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 搜索酒店超标审批单
    ///
    /// `GET /v1.0/alitrip/exceedapply/getHotel`: DingTalk's `GetHotelExceedApply` (module feature `alitrip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetHotelExceedApply")]
    #[doc(alias = "/v1.0/alitrip/exceedapply/getHotel")]
    #[doc(alias = "GET /v1.0/alitrip/exceedapply/getHotel")]
    pub fn get_hotel_exceed_apply(
        &self,
        request: &GetHotelExceedApplyRequest,
    ) -> rt::Call<GetHotelExceedApplyResponseBody, GetHotelExceedApplyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetHotelExceedApply",
            rt::Method::Get,
            "/v1.0/alitrip/exceedapply/getHotel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 商旅火车票第三方超标审批单搜索接口
    ///
    /// `GET /v1.0/alitrip/exceedapply/getTrain`: DingTalk's `GetTrainExceedApply` (module feature `alitrip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTrainExceedApply")]
    #[doc(alias = "/v1.0/alitrip/exceedapply/getTrain")]
    #[doc(alias = "GET /v1.0/alitrip/exceedapply/getTrain")]
    pub fn get_train_exceed_apply(
        &self,
        request: &GetTrainExceedApplyRequest,
    ) -> rt::Call<GetTrainExceedApplyResponseBody, GetTrainExceedApplyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTrainExceedApply",
            rt::Method::Get,
            "/v1.0/alitrip/exceedapply/getTrain",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 三方市内用车申请单查询
    ///
    /// `GET /v1.0/alitrip/cityCarApprovals`: DingTalk's `QueryCityCarApply` (module feature `alitrip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_city_car_apply_pages`].
    #[doc(alias = "QueryCityCarApply")]
    #[doc(alias = "/v1.0/alitrip/cityCarApprovals")]
    #[doc(alias = "GET /v1.0/alitrip/cityCarApprovals")]
    pub fn query_city_car_apply(
        &self,
        request: &QueryCityCarApplyRequest,
    ) -> rt::Call<QueryCityCarApplyResponseBody, QueryCityCarApplyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCityCarApply",
            rt::Method::Get,
            "/v1.0/alitrip/cityCarApprovals",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 申请单关联单号查询相关订单信息
    ///
    /// `GET /v1.0/alitrip/unionOrders`: DingTalk's `QueryUnionOrder` (module feature `alitrip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUnionOrder")]
    #[doc(alias = "/v1.0/alitrip/unionOrders")]
    #[doc(alias = "GET /v1.0/alitrip/unionOrders")]
    pub fn query_union_order(
        &self,
        request: &QueryUnionOrderRequest,
    ) -> rt::Call<QueryUnionOrderResponseBody, QueryUnionOrderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUnionOrder",
            rt::Method::Get,
            "/v1.0/alitrip/unionOrders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 同步超标审批结果
    ///
    /// `POST /v1.0/alitrip/exceedapply/sync`: DingTalk's `SyncExceedApply` (module feature `alitrip_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SyncExceedApply")]
    #[doc(alias = "/v1.0/alitrip/exceedapply/sync")]
    #[doc(alias = "POST /v1.0/alitrip/exceedapply/sync")]
    pub fn sync_exceed_apply(
        &self,
        request: &SyncExceedApplyRequest,
    ) -> rt::Call<SyncExceedApplyResponseBody, SyncExceedApplyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SyncExceedApply",
            rt::Method::Post,
            "/v1.0/alitrip/exceedapply/sync",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::bill_settement_btrip_train`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `module.totalNum` items are read. Items: `module.dataList` of each page.
    pub fn bill_settement_btrip_train_pages(
        &self,
        request: &BillSettementBtripTrainRequest,
    ) -> rt::Paginator<
        BillSettementBtripTrainResponseBody,
        BillSettementBtripTrainError,
        BillSettementBtripTrainResponseBodyModuleDataList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["module", "dataList"],
            &[],
            &["module", "totalNum"],
        );
        rt::Paginator::new(self.bill_settement_btrip_train(request), &PAGING)
    }
    /// Every page of [`Api::bill_settement_car`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `module.totalNum` items are read. Items: `module.dataList` of each page.
    pub fn bill_settement_car_pages(
        &self,
        request: &BillSettementCarRequest,
    ) -> rt::Paginator<
        BillSettementCarResponseBody,
        BillSettementCarError,
        BillSettementCarResponseBodyModuleDataList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["module", "dataList"],
            &[],
            &["module", "totalNum"],
        );
        rt::Paginator::new(self.bill_settement_car(request), &PAGING)
    }
    /// Every page of [`Api::bill_settement_flight`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `module.totalNum` items are read. Items: `module.dataList` of each page.
    pub fn bill_settement_flight_pages(
        &self,
        request: &BillSettementFlightRequest,
    ) -> rt::Paginator<
        BillSettementFlightResponseBody,
        BillSettementFlightError,
        BillSettementFlightResponseBodyModuleDataList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["module", "dataList"],
            &[],
            &["module", "totalNum"],
        );
        rt::Paginator::new(self.bill_settement_flight(request), &PAGING)
    }
    /// Every page of [`Api::bill_settement_hotel`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `module.totalNum` items are read. Items: `module.dataList` of each page.
    pub fn bill_settement_hotel_pages(
        &self,
        request: &BillSettementHotelRequest,
    ) -> rt::Paginator<
        BillSettementHotelResponseBody,
        BillSettementHotelError,
        BillSettementHotelResponseBodyModuleDataList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["module", "dataList"],
            &[],
            &["module", "totalNum"],
        );
        rt::Paginator::new(self.bill_settement_hotel(request), &PAGING)
    }
    /// Every page of [`Api::query_city_car_apply`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `total` items are read. Items: `applyList` of each page.
    pub fn query_city_car_apply_pages(
        &self,
        request: &QueryCityCarApplyRequest,
    ) -> rt::Paginator<
        QueryCityCarApplyResponseBody,
        QueryCityCarApplyError,
        QueryCityCarApplyResponseBodyApplyList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["applyList"],
            &[],
            &["total"],
        );
        rt::Paginator::new(self.query_city_car_apply(request), &PAGING)
    }
}
/// `AddCityCarApplyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddCityCarApplyResponseBody {
    /// `applyId`.
    pub apply_id: Option<i64>,
}
rt::impl_deserialize! {
    AddCityCarApplyResponseBody { "applyId" => read_field(apply_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddCityCarApplyResponseBody { "applyId" => optional(apply_id) }
}
/// `ApproveCityCarApplyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ApproveCityCarApplyResponseBody {
    /// `approveResult`.
    pub approve_result: Option<bool>,
}
rt::impl_deserialize! {
    ApproveCityCarApplyResponseBody { "approveResult" => read_field(approve_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ApproveCityCarApplyResponseBody { "approveResult" => optional(approve_result) }
}
/// `BillSettementBtripTrainResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BillSettementBtripTrainResponseBody {
    /// `module`.
    pub module: Option<BillSettementBtripTrainResponseBodyModule>,
    /// `resultCode`.
    pub result_code: Option<i64>,
    /// `resultMsg`.
    pub result_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BillSettementBtripTrainResponseBody { "module" => read_field(module), "resultCode" =>
    read_field(result_code), "resultMsg" => read_field(result_msg), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BillSettementBtripTrainResponseBody { "module" => optional(module), "resultCode" =>
    optional(result_code), "resultMsg" => optional(result_msg), "success" =>
    optional(success) }
}
/// `BillSettementCarResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BillSettementCarResponseBody {
    /// `module`.
    pub module: Option<BillSettementCarResponseBodyModule>,
    /// `resultCode`.
    pub result_code: Option<i64>,
    /// `resultMsg`.
    pub result_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BillSettementCarResponseBody { "module" => read_field(module), "resultCode" =>
    read_field(result_code), "resultMsg" => read_field(result_msg), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BillSettementCarResponseBody { "module" => optional(module), "resultCode" =>
    optional(result_code), "resultMsg" => optional(result_msg), "success" =>
    optional(success) }
}
/// `BillSettementFlightResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BillSettementFlightResponseBody {
    /// `module`.
    pub module: Option<BillSettementFlightResponseBodyModule>,
    /// `resultCode`.
    pub result_code: Option<i64>,
    /// `resultMsg`.
    pub result_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BillSettementFlightResponseBody { "module" => read_field(module), "resultCode" =>
    read_field(result_code), "resultMsg" => read_field(result_msg), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BillSettementFlightResponseBody { "module" => optional(module), "resultCode" =>
    optional(result_code), "resultMsg" => optional(result_msg), "success" =>
    optional(success) }
}
/// `BillSettementHotelResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BillSettementHotelResponseBody {
    /// `module`.
    pub module: Option<BillSettementHotelResponseBodyModule>,
    /// `resultCode`.
    pub result_code: Option<i64>,
    /// `resultMsg`.
    pub result_msg: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BillSettementHotelResponseBody { "module" => read_field(module), "resultCode" =>
    read_field(result_code), "resultMsg" => read_field(result_msg), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BillSettementHotelResponseBody { "module" => optional(module), "resultCode" =>
    optional(result_code), "resultMsg" => optional(result_msg), "success" =>
    optional(success) }
}
/// `GetFlightExceedApplyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlightExceedApplyResponseBody {
    /// `applyId`.
    pub apply_id: Option<i64>,
    /// `applyIntentionInfoDO`.
    pub apply_intention_info_do: Option<
        GetFlightExceedApplyResponseBodyApplyIntentionInfoDO,
    >,
    /// `btripCause`.
    pub btrip_cause: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `exceedReason`.
    pub exceed_reason: Option<String>,
    /// `exceedType`.
    pub exceed_type: Option<i64>,
    /// `originStandard`.
    pub origin_standard: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `submitTime`.
    pub submit_time: Option<String>,
    /// `thirdpartApplyId`.
    pub thirdpart_apply_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetFlightExceedApplyResponseBody { "applyId" => read_field(apply_id),
    "applyIntentionInfoDO" => read_field(apply_intention_info_do), "btripCause" =>
    read_field(btrip_cause), "corpId" => read_field(corp_id), "exceedReason" =>
    read_field(exceed_reason), "exceedType" => read_field(exceed_type), "originStandard"
    => read_field(origin_standard), "status" => read_field(status), "submitTime" =>
    read_field(submit_time), "thirdpartApplyId" => read_field(thirdpart_apply_id),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlightExceedApplyResponseBody { "applyId" => optional(apply_id),
    "applyIntentionInfoDO" => optional(apply_intention_info_do), "btripCause" =>
    optional(btrip_cause), "corpId" => optional(corp_id), "exceedReason" =>
    optional(exceed_reason), "exceedType" => optional(exceed_type), "originStandard" =>
    optional(origin_standard), "status" => optional(status), "submitTime" =>
    optional(submit_time), "thirdpartApplyId" => optional(thirdpart_apply_id), "userId"
    => optional(user_id) }
}
/// `GetHotelExceedApplyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetHotelExceedApplyResponseBody {
    /// `applyId`.
    pub apply_id: Option<i64>,
    /// `applyIntentionInfoDO`.
    pub apply_intention_info_do: Option<
        GetHotelExceedApplyResponseBodyApplyIntentionInfoDO,
    >,
    /// `btripCause`.
    pub btrip_cause: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `exceedReason`.
    pub exceed_reason: Option<String>,
    /// `exceedType`.
    pub exceed_type: Option<i64>,
    /// `originStandard`.
    pub origin_standard: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `submitTime`.
    pub submit_time: Option<String>,
    /// `thirdpartApplyId`.
    pub thirdpart_apply_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetHotelExceedApplyResponseBody { "applyId" => read_field(apply_id),
    "applyIntentionInfoDO" => read_field(apply_intention_info_do), "btripCause" =>
    read_field(btrip_cause), "corpId" => read_field(corp_id), "exceedReason" =>
    read_field(exceed_reason), "exceedType" => read_field(exceed_type), "originStandard"
    => read_field(origin_standard), "status" => read_field(status), "submitTime" =>
    read_field(submit_time), "thirdpartApplyId" => read_field(thirdpart_apply_id),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetHotelExceedApplyResponseBody { "applyId" => optional(apply_id),
    "applyIntentionInfoDO" => optional(apply_intention_info_do), "btripCause" =>
    optional(btrip_cause), "corpId" => optional(corp_id), "exceedReason" =>
    optional(exceed_reason), "exceedType" => optional(exceed_type), "originStandard" =>
    optional(origin_standard), "status" => optional(status), "submitTime" =>
    optional(submit_time), "thirdpartApplyId" => optional(thirdpart_apply_id), "userId"
    => optional(user_id) }
}
/// `GetTrainExceedApplyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTrainExceedApplyResponseBody {
    /// `applyId`.
    pub apply_id: Option<i64>,
    /// `applyIntentionInfoDO`.
    pub apply_intention_info_do: Option<
        GetTrainExceedApplyResponseBodyApplyIntentionInfoDO,
    >,
    /// `btripCause`.
    pub btrip_cause: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `exceedReason`.
    pub exceed_reason: Option<String>,
    /// `exceedType`.
    pub exceed_type: Option<i64>,
    /// `originStandard`.
    pub origin_standard: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `submitTime`.
    pub submit_time: Option<String>,
    /// `thirdpartApplyId`.
    pub thirdpart_apply_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    GetTrainExceedApplyResponseBody { "applyId" => read_field(apply_id),
    "applyIntentionInfoDO" => read_field(apply_intention_info_do), "btripCause" =>
    read_field(btrip_cause), "corpId" => read_field(corp_id), "exceedReason" =>
    read_field(exceed_reason), "exceedType" => read_field(exceed_type), "originStandard"
    => read_field(origin_standard), "status" => read_field(status), "submitTime" =>
    read_field(submit_time), "thirdpartApplyId" => read_field(thirdpart_apply_id),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTrainExceedApplyResponseBody { "applyId" => optional(apply_id),
    "applyIntentionInfoDO" => optional(apply_intention_info_do), "btripCause" =>
    optional(btrip_cause), "corpId" => optional(corp_id), "exceedReason" =>
    optional(exceed_reason), "exceedType" => optional(exceed_type), "originStandard" =>
    optional(origin_standard), "status" => optional(status), "submitTime" =>
    optional(submit_time), "thirdpartApplyId" => optional(thirdpart_apply_id), "userId"
    => optional(user_id) }
}
/// `QueryCityCarApplyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCityCarApplyResponseBody {
    /// `applyList`.
    pub apply_list: Option<Vec<QueryCityCarApplyResponseBodyApplyList>>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    QueryCityCarApplyResponseBody { "applyList" => read_field(apply_list), "total" =>
    read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCityCarApplyResponseBody { "applyList" => optional(apply_list), "total" =>
    optional(total) }
}
/// `QueryUnionOrderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUnionOrderResponseBody {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `flightList`.
    pub flight_list: Option<Vec<QueryUnionOrderResponseBodyFlightList>>,
    /// `hotelList`.
    pub hotel_list: Option<Vec<QueryUnionOrderResponseBodyHotelList>>,
    /// `trainList`.
    pub train_list: Option<Vec<QueryUnionOrderResponseBodyTrainList>>,
    /// `vehicleList`.
    pub vehicle_list: Option<Vec<QueryUnionOrderResponseBodyVehicleList>>,
}
rt::impl_deserialize! {
    QueryUnionOrderResponseBody { "corpId" => read_field(corp_id), "flightList" =>
    read_field(flight_list), "hotelList" => read_field(hotel_list), "trainList" =>
    read_field(train_list), "vehicleList" => read_field(vehicle_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUnionOrderResponseBody { "corpId" => optional(corp_id), "flightList" =>
    optional(flight_list), "hotelList" => optional(hotel_list), "trainList" =>
    optional(train_list), "vehicleList" => optional(vehicle_list) }
}
/// `SyncExceedApplyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SyncExceedApplyResponseBody {
    /// `module`.
    pub module: Option<bool>,
}
rt::impl_deserialize! {
    SyncExceedApplyResponseBody { "module" => read_field(module) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SyncExceedApplyResponseBody { "module" => optional(module) }
}
/// `BillSettementBtripTrainResponseBodyModule`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BillSettementBtripTrainResponseBodyModule {
    /// `category`.
    pub category: Option<i64>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `dataList`.
    pub data_list: Option<Vec<BillSettementBtripTrainResponseBodyModuleDataList>>,
    /// `periodEnd`.
    pub period_end: Option<String>,
    /// `periodStart`.
    pub period_start: Option<String>,
    /// `totalNum`.
    pub total_num: Option<i64>,
}
rt::impl_deserialize! {
    BillSettementBtripTrainResponseBodyModule { "category" => read_field(category),
    "corpId" => read_field(corp_id), "dataList" => read_field(data_list), "periodEnd" =>
    read_field(period_end), "periodStart" => read_field(period_start), "totalNum" =>
    read_field(total_num) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BillSettementBtripTrainResponseBodyModule { "category" => optional(category),
    "corpId" => optional(corp_id), "dataList" => optional(data_list), "periodEnd" =>
    optional(period_end), "periodStart" => optional(period_start), "totalNum" =>
    optional(total_num) }
}
/// `BillSettementCarResponseBodyModule`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BillSettementCarResponseBodyModule {
    /// `category`.
    pub category: Option<i64>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `dataList`.
    pub data_list: Option<Vec<BillSettementCarResponseBodyModuleDataList>>,
    /// `periodEnd`.
    pub period_end: Option<String>,
    /// `periodStart`.
    pub period_start: Option<String>,
    /// `totalNum`.
    pub total_num: Option<i64>,
}
rt::impl_deserialize! {
    BillSettementCarResponseBodyModule { "category" => read_field(category), "corpId" =>
    read_field(corp_id), "dataList" => read_field(data_list), "periodEnd" =>
    read_field(period_end), "periodStart" => read_field(period_start), "totalNum" =>
    read_field(total_num) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BillSettementCarResponseBodyModule { "category" => optional(category), "corpId" =>
    optional(corp_id), "dataList" => optional(data_list), "periodEnd" =>
    optional(period_end), "periodStart" => optional(period_start), "totalNum" =>
    optional(total_num) }
}
/// `BillSettementFlightResponseBodyModule`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BillSettementFlightResponseBodyModule {
    /// `category`.
    pub category: Option<i64>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `dataList`.
    pub data_list: Option<Vec<BillSettementFlightResponseBodyModuleDataList>>,
    /// `periodEnd`.
    pub period_end: Option<String>,
    /// `periodStart`.
    pub period_start: Option<String>,
    /// `totalNum`.
    pub total_num: Option<i64>,
}
rt::impl_deserialize! {
    BillSettementFlightResponseBodyModule { "category" => read_field(category), "corpId"
    => read_field(corp_id), "dataList" => read_field(data_list), "periodEnd" =>
    read_field(period_end), "periodStart" => read_field(period_start), "totalNum" =>
    read_field(total_num) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BillSettementFlightResponseBodyModule { "category" => optional(category), "corpId" =>
    optional(corp_id), "dataList" => optional(data_list), "periodEnd" =>
    optional(period_end), "periodStart" => optional(period_start), "totalNum" =>
    optional(total_num) }
}
/// `BillSettementHotelResponseBodyModule`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BillSettementHotelResponseBodyModule {
    /// `category`.
    pub category: Option<i64>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `dataList`.
    pub data_list: Option<Vec<BillSettementHotelResponseBodyModuleDataList>>,
    /// `periodEnd`.
    pub period_end: Option<String>,
    /// `periodStart`.
    pub period_start: Option<String>,
    /// `totalNum`.
    pub total_num: Option<i64>,
}
rt::impl_deserialize! {
    BillSettementHotelResponseBodyModule { "category" => read_field(category), "corpId"
    => read_field(corp_id), "dataList" => read_field(data_list), "periodEnd" =>
    read_field(period_end), "periodStart" => read_field(period_start), "totalNum" =>
    read_field(total_num) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BillSettementHotelResponseBodyModule { "category" => optional(category), "corpId" =>
    optional(corp_id), "dataList" => optional(data_list), "periodEnd" =>
    optional(period_end), "periodStart" => optional(period_start), "totalNum" =>
    optional(total_num) }
}
/// `GetFlightExceedApplyResponseBodyApplyIntentionInfoDO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetFlightExceedApplyResponseBodyApplyIntentionInfoDO {
    /// `arrCity`.
    pub arr_city: Option<String>,
    /// `arrCityName`.
    pub arr_city_name: Option<String>,
    /// `arrTime`.
    pub arr_time: Option<String>,
    /// `cabin`.
    pub cabin: Option<String>,
    /// `cabinClass`.
    pub cabin_class: Option<i64>,
    /// `cabinClassStr`.
    pub cabin_class_str: Option<String>,
    /// `depCity`.
    pub dep_city: Option<String>,
    /// `depCityName`.
    pub dep_city_name: Option<String>,
    /// `depTime`.
    pub dep_time: Option<String>,
    /// `discount`.
    pub discount: Option<f64>,
    /// `flightNo`.
    pub flight_no: Option<String>,
    /// `price`.
    pub price: Option<i64>,
    /// `type`.
    pub r#type: Option<i64>,
}
rt::impl_deserialize! {
    GetFlightExceedApplyResponseBodyApplyIntentionInfoDO { "arrCity" =>
    read_field(arr_city), "arrCityName" => read_field(arr_city_name), "arrTime" =>
    read_field(arr_time), "cabin" => read_field(cabin), "cabinClass" =>
    read_field(cabin_class), "cabinClassStr" => read_field(cabin_class_str), "depCity" =>
    read_field(dep_city), "depCityName" => read_field(dep_city_name), "depTime" =>
    read_field(dep_time), "discount" => read_field(discount), "flightNo" =>
    read_field(flight_no), "price" => read_field(price), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetFlightExceedApplyResponseBodyApplyIntentionInfoDO { "arrCity" =>
    optional(arr_city), "arrCityName" => optional(arr_city_name), "arrTime" =>
    optional(arr_time), "cabin" => optional(cabin), "cabinClass" =>
    optional(cabin_class), "cabinClassStr" => optional(cabin_class_str), "depCity" =>
    optional(dep_city), "depCityName" => optional(dep_city_name), "depTime" =>
    optional(dep_time), "discount" => optional(discount), "flightNo" =>
    optional(flight_no), "price" => optional(price), "type" => optional(r#type) }
}
/// `GetHotelExceedApplyResponseBodyApplyIntentionInfoDO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetHotelExceedApplyResponseBodyApplyIntentionInfoDO {
    /// `checkIn`.
    pub check_in: Option<String>,
    /// `checkOut`.
    pub check_out: Option<String>,
    /// `cityCode`.
    pub city_code: Option<String>,
    /// `cityName`.
    pub city_name: Option<String>,
    /// `price`.
    pub price: Option<i64>,
    /// `together`.
    pub together: Option<bool>,
    /// `type`.
    pub r#type: Option<i64>,
}
rt::impl_deserialize! {
    GetHotelExceedApplyResponseBodyApplyIntentionInfoDO { "checkIn" =>
    read_field(check_in), "checkOut" => read_field(check_out), "cityCode" =>
    read_field(city_code), "cityName" => read_field(city_name), "price" =>
    read_field(price), "together" => read_field(together), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetHotelExceedApplyResponseBodyApplyIntentionInfoDO { "checkIn" =>
    optional(check_in), "checkOut" => optional(check_out), "cityCode" =>
    optional(city_code), "cityName" => optional(city_name), "price" => optional(price),
    "together" => optional(together), "type" => optional(r#type) }
}
/// `GetTrainExceedApplyResponseBodyApplyIntentionInfoDO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTrainExceedApplyResponseBodyApplyIntentionInfoDO {
    /// `arrCity`.
    pub arr_city: Option<String>,
    /// `arrCityName`.
    pub arr_city_name: Option<String>,
    /// `arrStation`.
    pub arr_station: Option<String>,
    /// `arrTime`.
    pub arr_time: Option<String>,
    /// `depCity`.
    pub dep_city: Option<String>,
    /// `depCityName`.
    pub dep_city_name: Option<String>,
    /// `depStation`.
    pub dep_station: Option<String>,
    /// `depTime`.
    pub dep_time: Option<String>,
    /// `price`.
    pub price: Option<i64>,
    /// `seatName`.
    pub seat_name: Option<String>,
    /// `trainNo`.
    pub train_no: Option<String>,
    /// `trainTypeDesc`.
    pub train_type_desc: Option<String>,
}
rt::impl_deserialize! {
    GetTrainExceedApplyResponseBodyApplyIntentionInfoDO { "arrCity" =>
    read_field(arr_city), "arrCityName" => read_field(arr_city_name), "arrStation" =>
    read_field(arr_station), "arrTime" => read_field(arr_time), "depCity" =>
    read_field(dep_city), "depCityName" => read_field(dep_city_name), "depStation" =>
    read_field(dep_station), "depTime" => read_field(dep_time), "price" =>
    read_field(price), "seatName" => read_field(seat_name), "trainNo" =>
    read_field(train_no), "trainTypeDesc" => read_field(train_type_desc) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTrainExceedApplyResponseBodyApplyIntentionInfoDO { "arrCity" =>
    optional(arr_city), "arrCityName" => optional(arr_city_name), "arrStation" =>
    optional(arr_station), "arrTime" => optional(arr_time), "depCity" =>
    optional(dep_city), "depCityName" => optional(dep_city_name), "depStation" =>
    optional(dep_station), "depTime" => optional(dep_time), "price" => optional(price),
    "seatName" => optional(seat_name), "trainNo" => optional(train_no), "trainTypeDesc"
    => optional(train_type_desc) }
}
/// `QueryCityCarApplyResponseBodyApplyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCityCarApplyResponseBodyApplyList {
    /// `approverList`.
    pub approver_list: Option<Vec<QueryCityCarApplyResponseBodyApplyListApproverList>>,
    /// `departId`.
    pub depart_id: Option<String>,
    /// `departName`.
    pub depart_name: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `itineraryList`.
    pub itinerary_list: Option<Vec<QueryCityCarApplyResponseBodyApplyListItineraryList>>,
    /// `status`.
    pub status: Option<i64>,
    /// `statusDesc`.
    pub status_desc: Option<String>,
    /// `thirdPartApplyId`.
    pub third_part_apply_id: Option<String>,
    /// `tripCause`.
    pub trip_cause: Option<String>,
    /// `tripTitle`.
    pub trip_title: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    QueryCityCarApplyResponseBodyApplyList { "approverList" => read_field(approver_list),
    "departId" => read_field(depart_id), "departName" => read_field(depart_name),
    "gmtCreate" => read_field(gmt_create), "gmtModified" => read_field(gmt_modified),
    "itineraryList" => read_field(itinerary_list), "status" => read_field(status),
    "statusDesc" => read_field(status_desc), "thirdPartApplyId" =>
    read_field(third_part_apply_id), "tripCause" => read_field(trip_cause), "tripTitle"
    => read_field(trip_title), "userId" => read_field(user_id), "userName" =>
    read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCityCarApplyResponseBodyApplyList { "approverList" => optional(approver_list),
    "departId" => optional(depart_id), "departName" => optional(depart_name), "gmtCreate"
    => optional(gmt_create), "gmtModified" => optional(gmt_modified), "itineraryList" =>
    optional(itinerary_list), "status" => optional(status), "statusDesc" =>
    optional(status_desc), "thirdPartApplyId" => optional(third_part_apply_id),
    "tripCause" => optional(trip_cause), "tripTitle" => optional(trip_title), "userId" =>
    optional(user_id), "userName" => optional(user_name) }
}
/// `QueryUnionOrderResponseBodyFlightList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUnionOrderResponseBodyFlightList {
    /// `flightOrderId`.
    pub flight_order_id: Option<i64>,
    /// `flightOrderStatus`.
    pub flight_order_status: Option<i64>,
}
rt::impl_deserialize! {
    QueryUnionOrderResponseBodyFlightList { "flightOrderId" =>
    read_field(flight_order_id), "flightOrderStatus" => read_field(flight_order_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUnionOrderResponseBodyFlightList { "flightOrderId" => optional(flight_order_id),
    "flightOrderStatus" => optional(flight_order_status) }
}
/// `QueryUnionOrderResponseBodyHotelList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUnionOrderResponseBodyHotelList {
    /// `hotelOrderId`.
    pub hotel_order_id: Option<i64>,
    /// `hotelOrderStatus`.
    pub hotel_order_status: Option<i64>,
}
rt::impl_deserialize! {
    QueryUnionOrderResponseBodyHotelList { "hotelOrderId" => read_field(hotel_order_id),
    "hotelOrderStatus" => read_field(hotel_order_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUnionOrderResponseBodyHotelList { "hotelOrderId" => optional(hotel_order_id),
    "hotelOrderStatus" => optional(hotel_order_status) }
}
/// `QueryUnionOrderResponseBodyTrainList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUnionOrderResponseBodyTrainList {
    /// `trainOrderId`.
    pub train_order_id: Option<i64>,
    /// `trainOrderstatus`.
    pub train_orderstatus: Option<i64>,
}
rt::impl_deserialize! {
    QueryUnionOrderResponseBodyTrainList { "trainOrderId" => read_field(train_order_id),
    "trainOrderstatus" => read_field(train_orderstatus) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUnionOrderResponseBodyTrainList { "trainOrderId" => optional(train_order_id),
    "trainOrderstatus" => optional(train_orderstatus) }
}
/// `QueryUnionOrderResponseBodyVehicleList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUnionOrderResponseBodyVehicleList {
    /// `vehicleOrderId`.
    pub vehicle_order_id: Option<i64>,
    /// `vehicleOrderStatus`.
    pub vehicle_order_status: Option<i64>,
}
rt::impl_deserialize! {
    QueryUnionOrderResponseBodyVehicleList { "vehicleOrderId" =>
    read_field(vehicle_order_id), "vehicleOrderStatus" =>
    read_field(vehicle_order_status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUnionOrderResponseBodyVehicleList { "vehicleOrderId" =>
    optional(vehicle_order_id), "vehicleOrderStatus" => optional(vehicle_order_status) }
}
/// `BillSettementBtripTrainResponseBodyModuleDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BillSettementBtripTrainResponseBodyModuleDataList {
    /// `alipayTradeNo`.
    pub alipay_trade_no: Option<String>,
    /// `applyId`.
    pub apply_id: Option<String>,
    /// `arrDate`.
    pub arr_date: Option<String>,
    /// `arrStation`.
    pub arr_station: Option<String>,
    /// `arrTime`.
    pub arr_time: Option<String>,
    /// `billRecordTime`.
    pub bill_record_time: Option<String>,
    /// `bookTime`.
    pub book_time: Option<String>,
    /// `bookerId`.
    pub booker_id: Option<String>,
    /// `bookerJobNo`.
    pub booker_job_no: Option<String>,
    /// `bookerName`.
    pub booker_name: Option<String>,
    /// `capitalDirection`.
    pub capital_direction: Option<String>,
    /// `cascadeDepartment`.
    pub cascade_department: Option<String>,
    /// `changeFee`.
    pub change_fee: Option<f64>,
    /// `coachNo`.
    pub coach_no: Option<String>,
    /// `costCenter`.
    pub cost_center: Option<String>,
    /// `costCenterNumber`.
    pub cost_center_number: Option<String>,
    /// `coupon`.
    pub coupon: Option<f64>,
    /// `department`.
    pub department: Option<String>,
    /// `departmentId`.
    pub department_id: Option<String>,
    /// `deptDate`.
    pub dept_date: Option<String>,
    /// `deptStation`.
    pub dept_station: Option<String>,
    /// `deptTime`.
    pub dept_time: Option<String>,
    /// `feeType`.
    pub fee_type: Option<String>,
    /// `index`.
    pub index: Option<String>,
    /// `invoiceTitle`.
    pub invoice_title: Option<String>,
    /// `orderId`.
    pub order_id: Option<String>,
    /// `orderPrice`.
    pub order_price: Option<f64>,
    /// `overApplyId`.
    pub over_apply_id: Option<String>,
    /// `primaryId`.
    pub primary_id: Option<i64>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `projectName`.
    pub project_name: Option<String>,
    /// `refundFee`.
    pub refund_fee: Option<f64>,
    /// `remark`.
    pub remark: Option<String>,
    /// `runTime`.
    pub run_time: Option<String>,
    /// `seatNo`.
    pub seat_no: Option<String>,
    /// `seatType`.
    pub seat_type: Option<String>,
    /// `serviceFee`.
    pub service_fee: Option<f64>,
    /// `settlementFee`.
    pub settlement_fee: Option<f64>,
    /// `settlementGrantFee`.
    pub settlement_grant_fee: Option<f64>,
    /// `settlementTime`.
    pub settlement_time: Option<String>,
    /// `settlementType`.
    pub settlement_type: Option<String>,
    /// `shortTicketNo`.
    pub short_ticket_no: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `ticketNo`.
    pub ticket_no: Option<String>,
    /// `ticketPrice`.
    pub ticket_price: Option<f64>,
    /// `trainNo`.
    pub train_no: Option<String>,
    /// `trainType`.
    pub train_type: Option<String>,
    /// `travelerId`.
    pub traveler_id: Option<String>,
    /// `travelerJobNo`.
    pub traveler_job_no: Option<String>,
    /// `travelerName`.
    pub traveler_name: Option<String>,
    /// `voucherType`.
    pub voucher_type: Option<i64>,
}
rt::impl_deserialize! {
    BillSettementBtripTrainResponseBodyModuleDataList { "alipayTradeNo" =>
    read_field(alipay_trade_no), "applyId" => read_field(apply_id), "arrDate" =>
    read_field(arr_date), "arrStation" => read_field(arr_station), "arrTime" =>
    read_field(arr_time), "billRecordTime" => read_field(bill_record_time), "bookTime" =>
    read_field(book_time), "bookerId" => read_field(booker_id), "bookerJobNo" =>
    read_field(booker_job_no), "bookerName" => read_field(booker_name),
    "capitalDirection" => read_field(capital_direction), "cascadeDepartment" =>
    read_field(cascade_department), "changeFee" => read_field(change_fee), "coachNo" =>
    read_field(coach_no), "costCenter" => read_field(cost_center), "costCenterNumber" =>
    read_field(cost_center_number), "coupon" => read_field(coupon), "department" =>
    read_field(department), "departmentId" => read_field(department_id), "deptDate" =>
    read_field(dept_date), "deptStation" => read_field(dept_station), "deptTime" =>
    read_field(dept_time), "feeType" => read_field(fee_type), "index" =>
    read_field(index), "invoiceTitle" => read_field(invoice_title), "orderId" =>
    read_field(order_id), "orderPrice" => read_field(order_price), "overApplyId" =>
    read_field(over_apply_id), "primaryId" => read_field(primary_id), "projectCode" =>
    read_field(project_code), "projectName" => read_field(project_name), "refundFee" =>
    read_field(refund_fee), "remark" => read_field(remark), "runTime" =>
    read_field(run_time), "seatNo" => read_field(seat_no), "seatType" =>
    read_field(seat_type), "serviceFee" => read_field(service_fee), "settlementFee" =>
    read_field(settlement_fee), "settlementGrantFee" => read_field(settlement_grant_fee),
    "settlementTime" => read_field(settlement_time), "settlementType" =>
    read_field(settlement_type), "shortTicketNo" => read_field(short_ticket_no), "status"
    => read_field(status), "ticketNo" => read_field(ticket_no), "ticketPrice" =>
    read_field(ticket_price), "trainNo" => read_field(train_no), "trainType" =>
    read_field(train_type), "travelerId" => read_field(traveler_id), "travelerJobNo" =>
    read_field(traveler_job_no), "travelerName" => read_field(traveler_name),
    "voucherType" => read_field(voucher_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BillSettementBtripTrainResponseBodyModuleDataList { "alipayTradeNo" =>
    optional(alipay_trade_no), "applyId" => optional(apply_id), "arrDate" =>
    optional(arr_date), "arrStation" => optional(arr_station), "arrTime" =>
    optional(arr_time), "billRecordTime" => optional(bill_record_time), "bookTime" =>
    optional(book_time), "bookerId" => optional(booker_id), "bookerJobNo" =>
    optional(booker_job_no), "bookerName" => optional(booker_name), "capitalDirection" =>
    optional(capital_direction), "cascadeDepartment" => optional(cascade_department),
    "changeFee" => optional(change_fee), "coachNo" => optional(coach_no), "costCenter" =>
    optional(cost_center), "costCenterNumber" => optional(cost_center_number), "coupon"
    => optional(coupon), "department" => optional(department), "departmentId" =>
    optional(department_id), "deptDate" => optional(dept_date), "deptStation" =>
    optional(dept_station), "deptTime" => optional(dept_time), "feeType" =>
    optional(fee_type), "index" => optional(index), "invoiceTitle" =>
    optional(invoice_title), "orderId" => optional(order_id), "orderPrice" =>
    optional(order_price), "overApplyId" => optional(over_apply_id), "primaryId" =>
    optional(primary_id), "projectCode" => optional(project_code), "projectName" =>
    optional(project_name), "refundFee" => optional(refund_fee), "remark" =>
    optional(remark), "runTime" => optional(run_time), "seatNo" => optional(seat_no),
    "seatType" => optional(seat_type), "serviceFee" => optional(service_fee),
    "settlementFee" => optional(settlement_fee), "settlementGrantFee" =>
    optional(settlement_grant_fee), "settlementTime" => optional(settlement_time),
    "settlementType" => optional(settlement_type), "shortTicketNo" =>
    optional(short_ticket_no), "status" => optional(status), "ticketNo" =>
    optional(ticket_no), "ticketPrice" => optional(ticket_price), "trainNo" =>
    optional(train_no), "trainType" => optional(train_type), "travelerId" =>
    optional(traveler_id), "travelerJobNo" => optional(traveler_job_no), "travelerName"
    => optional(traveler_name), "voucherType" => optional(voucher_type) }
}
/// `BillSettementCarResponseBodyModuleDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BillSettementCarResponseBodyModuleDataList {
    /// `alipayTradeNo`.
    pub alipay_trade_no: Option<String>,
    /// `applyId`.
    pub apply_id: Option<String>,
    /// `arrCity`.
    pub arr_city: Option<String>,
    /// `arrDate`.
    pub arr_date: Option<String>,
    /// `arrLocation`.
    pub arr_location: Option<String>,
    /// `arrTime`.
    pub arr_time: Option<String>,
    /// `billRecordTime`.
    pub bill_record_time: Option<String>,
    /// `bookTime`.
    pub book_time: Option<String>,
    /// `bookerId`.
    pub booker_id: Option<String>,
    /// `bookerJobNo`.
    pub booker_job_no: Option<String>,
    /// `bookerName`.
    pub booker_name: Option<String>,
    /// `businessCategory`.
    pub business_category: Option<String>,
    /// `capitalDirection`.
    pub capital_direction: Option<String>,
    /// `carLevel`.
    pub car_level: Option<String>,
    /// `cascadeDepartment`.
    pub cascade_department: Option<String>,
    /// `costCenter`.
    pub cost_center: Option<String>,
    /// `costCenterNumber`.
    pub cost_center_number: Option<String>,
    /// `coupon`.
    pub coupon: Option<f64>,
    /// `couponPrice`.
    pub coupon_price: Option<f64>,
    /// `department`.
    pub department: Option<String>,
    /// `departmentId`.
    pub department_id: Option<String>,
    /// `deptCity`.
    pub dept_city: Option<String>,
    /// `deptDate`.
    pub dept_date: Option<String>,
    /// `deptLocation`.
    pub dept_location: Option<String>,
    /// `deptTime`.
    pub dept_time: Option<String>,
    /// `estimateDriveDistance`.
    pub estimate_drive_distance: Option<String>,
    /// `estimatePrice`.
    pub estimate_price: Option<f64>,
    /// `feeType`.
    pub fee_type: Option<String>,
    /// `index`.
    pub index: Option<String>,
    /// `invoiceTitle`.
    pub invoice_title: Option<String>,
    /// `memo`.
    pub memo: Option<String>,
    /// `orderId`.
    pub order_id: Option<String>,
    /// `orderPrice`.
    pub order_price: Option<f64>,
    /// `overApplyId`.
    pub over_apply_id: Option<String>,
    /// `personSettleFee`.
    pub person_settle_fee: Option<f64>,
    /// `primaryId`.
    pub primary_id: Option<String>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `projectName`.
    pub project_name: Option<String>,
    /// `providerName`.
    pub provider_name: Option<String>,
    /// `realDriveDistance`.
    pub real_drive_distance: Option<String>,
    /// `realFromAddr`.
    pub real_from_addr: Option<String>,
    /// `realToAddr`.
    pub real_to_addr: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `serviceFee`.
    pub service_fee: Option<String>,
    /// `settlementFee`.
    pub settlement_fee: Option<f64>,
    /// `settlementGrantFee`.
    pub settlement_grant_fee: Option<f64>,
    /// `settlementTime`.
    pub settlement_time: Option<String>,
    /// `settlementType`.
    pub settlement_type: Option<String>,
    /// `specialOrder`.
    pub special_order: Option<String>,
    /// `specialReason`.
    pub special_reason: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `subOrderId`.
    pub sub_order_id: Option<String>,
    /// `travelerId`.
    pub traveler_id: Option<String>,
    /// `travelerJobNo`.
    pub traveler_job_no: Option<String>,
    /// `travelerName`.
    pub traveler_name: Option<String>,
    /// `userConfirmDesc`.
    pub user_confirm_desc: Option<String>,
    /// `voucherType`.
    pub voucher_type: Option<i64>,
}
rt::impl_deserialize! {
    BillSettementCarResponseBodyModuleDataList { "alipayTradeNo" =>
    read_field(alipay_trade_no), "applyId" => read_field(apply_id), "arrCity" =>
    read_field(arr_city), "arrDate" => read_field(arr_date), "arrLocation" =>
    read_field(arr_location), "arrTime" => read_field(arr_time), "billRecordTime" =>
    read_field(bill_record_time), "bookTime" => read_field(book_time), "bookerId" =>
    read_field(booker_id), "bookerJobNo" => read_field(booker_job_no), "bookerName" =>
    read_field(booker_name), "businessCategory" => read_field(business_category),
    "capitalDirection" => read_field(capital_direction), "carLevel" =>
    read_field(car_level), "cascadeDepartment" => read_field(cascade_department),
    "costCenter" => read_field(cost_center), "costCenterNumber" =>
    read_field(cost_center_number), "coupon" => read_field(coupon), "couponPrice" =>
    read_field(coupon_price), "department" => read_field(department), "departmentId" =>
    read_field(department_id), "deptCity" => read_field(dept_city), "deptDate" =>
    read_field(dept_date), "deptLocation" => read_field(dept_location), "deptTime" =>
    read_field(dept_time), "estimateDriveDistance" =>
    read_field(estimate_drive_distance), "estimatePrice" => read_field(estimate_price),
    "feeType" => read_field(fee_type), "index" => read_field(index), "invoiceTitle" =>
    read_field(invoice_title), "memo" => read_field(memo), "orderId" =>
    read_field(order_id), "orderPrice" => read_field(order_price), "overApplyId" =>
    read_field(over_apply_id), "personSettleFee" => read_field(person_settle_fee),
    "primaryId" => read_field(primary_id), "projectCode" => read_field(project_code),
    "projectName" => read_field(project_name), "providerName" =>
    read_field(provider_name), "realDriveDistance" => read_field(real_drive_distance),
    "realFromAddr" => read_field(real_from_addr), "realToAddr" =>
    read_field(real_to_addr), "remark" => read_field(remark), "serviceFee" =>
    read_field(service_fee), "settlementFee" => read_field(settlement_fee),
    "settlementGrantFee" => read_field(settlement_grant_fee), "settlementTime" =>
    read_field(settlement_time), "settlementType" => read_field(settlement_type),
    "specialOrder" => read_field(special_order), "specialReason" =>
    read_field(special_reason), "status" => read_field(status), "subOrderId" =>
    read_field(sub_order_id), "travelerId" => read_field(traveler_id), "travelerJobNo" =>
    read_field(traveler_job_no), "travelerName" => read_field(traveler_name),
    "userConfirmDesc" => read_field(user_confirm_desc), "voucherType" =>
    read_field(voucher_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BillSettementCarResponseBodyModuleDataList { "alipayTradeNo" =>
    optional(alipay_trade_no), "applyId" => optional(apply_id), "arrCity" =>
    optional(arr_city), "arrDate" => optional(arr_date), "arrLocation" =>
    optional(arr_location), "arrTime" => optional(arr_time), "billRecordTime" =>
    optional(bill_record_time), "bookTime" => optional(book_time), "bookerId" =>
    optional(booker_id), "bookerJobNo" => optional(booker_job_no), "bookerName" =>
    optional(booker_name), "businessCategory" => optional(business_category),
    "capitalDirection" => optional(capital_direction), "carLevel" => optional(car_level),
    "cascadeDepartment" => optional(cascade_department), "costCenter" =>
    optional(cost_center), "costCenterNumber" => optional(cost_center_number), "coupon"
    => optional(coupon), "couponPrice" => optional(coupon_price), "department" =>
    optional(department), "departmentId" => optional(department_id), "deptCity" =>
    optional(dept_city), "deptDate" => optional(dept_date), "deptLocation" =>
    optional(dept_location), "deptTime" => optional(dept_time), "estimateDriveDistance"
    => optional(estimate_drive_distance), "estimatePrice" => optional(estimate_price),
    "feeType" => optional(fee_type), "index" => optional(index), "invoiceTitle" =>
    optional(invoice_title), "memo" => optional(memo), "orderId" => optional(order_id),
    "orderPrice" => optional(order_price), "overApplyId" => optional(over_apply_id),
    "personSettleFee" => optional(person_settle_fee), "primaryId" =>
    optional(primary_id), "projectCode" => optional(project_code), "projectName" =>
    optional(project_name), "providerName" => optional(provider_name),
    "realDriveDistance" => optional(real_drive_distance), "realFromAddr" =>
    optional(real_from_addr), "realToAddr" => optional(real_to_addr), "remark" =>
    optional(remark), "serviceFee" => optional(service_fee), "settlementFee" =>
    optional(settlement_fee), "settlementGrantFee" => optional(settlement_grant_fee),
    "settlementTime" => optional(settlement_time), "settlementType" =>
    optional(settlement_type), "specialOrder" => optional(special_order), "specialReason"
    => optional(special_reason), "status" => optional(status), "subOrderId" =>
    optional(sub_order_id), "travelerId" => optional(traveler_id), "travelerJobNo" =>
    optional(traveler_job_no), "travelerName" => optional(traveler_name),
    "userConfirmDesc" => optional(user_confirm_desc), "voucherType" =>
    optional(voucher_type) }
}
/// `BillSettementFlightResponseBodyModuleDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BillSettementFlightResponseBodyModuleDataList {
    /// `advanceDay`.
    pub advance_day: Option<i64>,
    /// `airlineCorpCode`.
    pub airline_corp_code: Option<String>,
    /// `airlineCorpName`.
    pub airline_corp_name: Option<String>,
    /// `alipayTradeNo`.
    pub alipay_trade_no: Option<String>,
    /// `applyId`.
    pub apply_id: Option<String>,
    /// `arrAirportCode`.
    pub arr_airport_code: Option<String>,
    /// `arrCity`.
    pub arr_city: Option<String>,
    /// `arrDate`.
    pub arr_date: Option<String>,
    /// `arrStation`.
    pub arr_station: Option<String>,
    /// `arrTime`.
    pub arr_time: Option<String>,
    /// `billRecordTime`.
    pub bill_record_time: Option<String>,
    /// `bookTime`.
    pub book_time: Option<String>,
    /// `bookerId`.
    pub booker_id: Option<String>,
    /// `bookerJobNo`.
    pub booker_job_no: Option<String>,
    /// `bookerName`.
    pub booker_name: Option<String>,
    /// `btripCouponFee`.
    pub btrip_coupon_fee: Option<f64>,
    /// `buildFee`.
    pub build_fee: Option<f64>,
    /// `cabin`.
    pub cabin: Option<String>,
    /// `cabinClass`.
    pub cabin_class: Option<String>,
    /// `capitalDirection`.
    pub capital_direction: Option<String>,
    /// `cascadeDepartment`.
    pub cascade_department: Option<String>,
    /// `changeFee`.
    pub change_fee: Option<f64>,
    /// `corpPayOrderFee`.
    pub corp_pay_order_fee: Option<f64>,
    /// `costCenter`.
    pub cost_center: Option<String>,
    /// `costCenterNumber`.
    pub cost_center_number: Option<String>,
    /// `coupon`.
    pub coupon: Option<f64>,
    /// `depAirportCode`.
    pub dep_airport_code: Option<String>,
    /// `department`.
    pub department: Option<String>,
    /// `departmentId`.
    pub department_id: Option<String>,
    /// `deptCity`.
    pub dept_city: Option<String>,
    /// `deptDate`.
    pub dept_date: Option<String>,
    /// `deptStation`.
    pub dept_station: Option<String>,
    /// `deptTime`.
    pub dept_time: Option<String>,
    /// `discount`.
    pub discount: Option<String>,
    /// `feeType`.
    pub fee_type: Option<String>,
    /// `flightNo`.
    pub flight_no: Option<String>,
    /// `index`.
    pub index: Option<String>,
    /// `insuranceFee`.
    pub insurance_fee: Option<f64>,
    /// `invoiceTitle`.
    pub invoice_title: Option<String>,
    /// `itineraryNum`.
    pub itinerary_num: Option<String>,
    /// `itineraryPrice`.
    pub itinerary_price: Option<f64>,
    /// `mostDifferenceDeptTime`.
    pub most_difference_dept_time: Option<String>,
    /// `mostDifferenceDiscount`.
    pub most_difference_discount: Option<String>,
    /// `mostDifferenceFlightNo`.
    pub most_difference_flight_no: Option<String>,
    /// `mostDifferencePrice`.
    pub most_difference_price: Option<f64>,
    /// `mostDifferenceReason`.
    pub most_difference_reason: Option<String>,
    /// `mostPrice`.
    pub most_price: Option<f64>,
    /// `negotiationCouponFee`.
    pub negotiation_coupon_fee: Option<f64>,
    /// `oilFee`.
    pub oil_fee: Option<f64>,
    /// `orderId`.
    pub order_id: Option<String>,
    /// `overApplyId`.
    pub over_apply_id: Option<String>,
    /// `primaryId`.
    pub primary_id: Option<i64>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `projectName`.
    pub project_name: Option<String>,
    /// `refundFee`.
    pub refund_fee: Option<f64>,
    /// `refundUpgradeCost`.
    pub refund_upgrade_cost: Option<f64>,
    /// `remark`.
    pub remark: Option<String>,
    /// `repeatRefund`.
    pub repeat_refund: Option<String>,
    /// `sealPrice`.
    pub seal_price: Option<f64>,
    /// `serviceFee`.
    pub service_fee: Option<f64>,
    /// `settlementFee`.
    pub settlement_fee: Option<f64>,
    /// `settlementGrantFee`.
    pub settlement_grant_fee: Option<f64>,
    /// `settlementTime`.
    pub settlement_time: Option<String>,
    /// `settlementType`.
    pub settlement_type: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `ticketId`.
    pub ticket_id: Option<String>,
    /// `travelerId`.
    pub traveler_id: Option<String>,
    /// `travelerJobNo`.
    pub traveler_job_no: Option<String>,
    /// `travelerName`.
    pub traveler_name: Option<String>,
    /// `upgradeCost`.
    pub upgrade_cost: Option<f64>,
    /// `voucherType`.
    pub voucher_type: Option<i64>,
}
rt::impl_deserialize! {
    BillSettementFlightResponseBodyModuleDataList { "advanceDay" =>
    read_field(advance_day), "airlineCorpCode" => read_field(airline_corp_code),
    "airlineCorpName" => read_field(airline_corp_name), "alipayTradeNo" =>
    read_field(alipay_trade_no), "applyId" => read_field(apply_id), "arrAirportCode" =>
    read_field(arr_airport_code), "arrCity" => read_field(arr_city), "arrDate" =>
    read_field(arr_date), "arrStation" => read_field(arr_station), "arrTime" =>
    read_field(arr_time), "billRecordTime" => read_field(bill_record_time), "bookTime" =>
    read_field(book_time), "bookerId" => read_field(booker_id), "bookerJobNo" =>
    read_field(booker_job_no), "bookerName" => read_field(booker_name), "btripCouponFee"
    => read_field(btrip_coupon_fee), "buildFee" => read_field(build_fee), "cabin" =>
    read_field(cabin), "cabinClass" => read_field(cabin_class), "capitalDirection" =>
    read_field(capital_direction), "cascadeDepartment" => read_field(cascade_department),
    "changeFee" => read_field(change_fee), "corpPayOrderFee" =>
    read_field(corp_pay_order_fee), "costCenter" => read_field(cost_center),
    "costCenterNumber" => read_field(cost_center_number), "coupon" => read_field(coupon),
    "depAirportCode" => read_field(dep_airport_code), "department" =>
    read_field(department), "departmentId" => read_field(department_id), "deptCity" =>
    read_field(dept_city), "deptDate" => read_field(dept_date), "deptStation" =>
    read_field(dept_station), "deptTime" => read_field(dept_time), "discount" =>
    read_field(discount), "feeType" => read_field(fee_type), "flightNo" =>
    read_field(flight_no), "index" => read_field(index), "insuranceFee" =>
    read_field(insurance_fee), "invoiceTitle" => read_field(invoice_title),
    "itineraryNum" => read_field(itinerary_num), "itineraryPrice" =>
    read_field(itinerary_price), "mostDifferenceDeptTime" =>
    read_field(most_difference_dept_time), "mostDifferenceDiscount" =>
    read_field(most_difference_discount), "mostDifferenceFlightNo" =>
    read_field(most_difference_flight_no), "mostDifferencePrice" =>
    read_field(most_difference_price), "mostDifferenceReason" =>
    read_field(most_difference_reason), "mostPrice" => read_field(most_price),
    "negotiationCouponFee" => read_field(negotiation_coupon_fee), "oilFee" =>
    read_field(oil_fee), "orderId" => read_field(order_id), "overApplyId" =>
    read_field(over_apply_id), "primaryId" => read_field(primary_id), "projectCode" =>
    read_field(project_code), "projectName" => read_field(project_name), "refundFee" =>
    read_field(refund_fee), "refundUpgradeCost" => read_field(refund_upgrade_cost),
    "remark" => read_field(remark), "repeatRefund" => read_field(repeat_refund),
    "sealPrice" => read_field(seal_price), "serviceFee" => read_field(service_fee),
    "settlementFee" => read_field(settlement_fee), "settlementGrantFee" =>
    read_field(settlement_grant_fee), "settlementTime" => read_field(settlement_time),
    "settlementType" => read_field(settlement_type), "status" => read_field(status),
    "ticketId" => read_field(ticket_id), "travelerId" => read_field(traveler_id),
    "travelerJobNo" => read_field(traveler_job_no), "travelerName" =>
    read_field(traveler_name), "upgradeCost" => read_field(upgrade_cost), "voucherType"
    => read_field(voucher_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BillSettementFlightResponseBodyModuleDataList { "advanceDay" =>
    optional(advance_day), "airlineCorpCode" => optional(airline_corp_code),
    "airlineCorpName" => optional(airline_corp_name), "alipayTradeNo" =>
    optional(alipay_trade_no), "applyId" => optional(apply_id), "arrAirportCode" =>
    optional(arr_airport_code), "arrCity" => optional(arr_city), "arrDate" =>
    optional(arr_date), "arrStation" => optional(arr_station), "arrTime" =>
    optional(arr_time), "billRecordTime" => optional(bill_record_time), "bookTime" =>
    optional(book_time), "bookerId" => optional(booker_id), "bookerJobNo" =>
    optional(booker_job_no), "bookerName" => optional(booker_name), "btripCouponFee" =>
    optional(btrip_coupon_fee), "buildFee" => optional(build_fee), "cabin" =>
    optional(cabin), "cabinClass" => optional(cabin_class), "capitalDirection" =>
    optional(capital_direction), "cascadeDepartment" => optional(cascade_department),
    "changeFee" => optional(change_fee), "corpPayOrderFee" =>
    optional(corp_pay_order_fee), "costCenter" => optional(cost_center),
    "costCenterNumber" => optional(cost_center_number), "coupon" => optional(coupon),
    "depAirportCode" => optional(dep_airport_code), "department" => optional(department),
    "departmentId" => optional(department_id), "deptCity" => optional(dept_city),
    "deptDate" => optional(dept_date), "deptStation" => optional(dept_station),
    "deptTime" => optional(dept_time), "discount" => optional(discount), "feeType" =>
    optional(fee_type), "flightNo" => optional(flight_no), "index" => optional(index),
    "insuranceFee" => optional(insurance_fee), "invoiceTitle" => optional(invoice_title),
    "itineraryNum" => optional(itinerary_num), "itineraryPrice" =>
    optional(itinerary_price), "mostDifferenceDeptTime" =>
    optional(most_difference_dept_time), "mostDifferenceDiscount" =>
    optional(most_difference_discount), "mostDifferenceFlightNo" =>
    optional(most_difference_flight_no), "mostDifferencePrice" =>
    optional(most_difference_price), "mostDifferenceReason" =>
    optional(most_difference_reason), "mostPrice" => optional(most_price),
    "negotiationCouponFee" => optional(negotiation_coupon_fee), "oilFee" =>
    optional(oil_fee), "orderId" => optional(order_id), "overApplyId" =>
    optional(over_apply_id), "primaryId" => optional(primary_id), "projectCode" =>
    optional(project_code), "projectName" => optional(project_name), "refundFee" =>
    optional(refund_fee), "refundUpgradeCost" => optional(refund_upgrade_cost), "remark"
    => optional(remark), "repeatRefund" => optional(repeat_refund), "sealPrice" =>
    optional(seal_price), "serviceFee" => optional(service_fee), "settlementFee" =>
    optional(settlement_fee), "settlementGrantFee" => optional(settlement_grant_fee),
    "settlementTime" => optional(settlement_time), "settlementType" =>
    optional(settlement_type), "status" => optional(status), "ticketId" =>
    optional(ticket_id), "travelerId" => optional(traveler_id), "travelerJobNo" =>
    optional(traveler_job_no), "travelerName" => optional(traveler_name), "upgradeCost"
    => optional(upgrade_cost), "voucherType" => optional(voucher_type) }
}
/// `BillSettementHotelResponseBodyModuleDataList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BillSettementHotelResponseBodyModuleDataList {
    /// `alipayTradeNo`.
    pub alipay_trade_no: Option<String>,
    /// `applyId`.
    pub apply_id: Option<String>,
    /// `billRecordTime`.
    pub bill_record_time: Option<String>,
    /// `bookTime`.
    pub book_time: Option<String>,
    /// `bookerId`.
    pub booker_id: Option<String>,
    /// `bookerJobNo`.
    pub booker_job_no: Option<String>,
    /// `bookerName`.
    pub booker_name: Option<String>,
    /// `capitalDirection`.
    pub capital_direction: Option<String>,
    /// `cascadeDepartment`.
    pub cascade_department: Option<String>,
    /// `checkInDate`.
    pub check_in_date: Option<String>,
    /// `checkoutDate`.
    pub checkout_date: Option<String>,
    /// `city`.
    pub city: Option<String>,
    /// `cityCode`.
    pub city_code: Option<String>,
    /// `corpRefundFee`.
    pub corp_refund_fee: Option<f64>,
    /// `corpTotalFee`.
    pub corp_total_fee: Option<f64>,
    /// `costCenter`.
    pub cost_center: Option<String>,
    /// `costCenterNumber`.
    pub cost_center_number: Option<String>,
    /// `department`.
    pub department: Option<String>,
    /// `departmentId`.
    pub department_id: Option<String>,
    /// `feeType`.
    pub fee_type: Option<String>,
    /// `fees`.
    pub fees: Option<f64>,
    /// `fuPointFee`.
    pub fu_point_fee: Option<f64>,
    /// `hotelName`.
    pub hotel_name: Option<String>,
    /// `index`.
    pub index: Option<String>,
    /// `invoiceTitle`.
    pub invoice_title: Option<String>,
    /// `isNegotiation`.
    pub is_negotiation: Option<bool>,
    /// `isShareStr`.
    pub is_share_str: Option<String>,
    /// `nights`.
    pub nights: Option<i64>,
    /// `orderId`.
    pub order_id: Option<String>,
    /// `orderPrice`.
    pub order_price: Option<f64>,
    /// `orderType`.
    pub order_type: Option<String>,
    /// `overApplyId`.
    pub over_apply_id: Option<String>,
    /// `personRefundFee`.
    pub person_refund_fee: Option<f64>,
    /// `personSettlePrice`.
    pub person_settle_price: Option<f64>,
    /// `primaryId`.
    pub primary_id: Option<i64>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `projectName`.
    pub project_name: Option<String>,
    /// `promotionFee`.
    pub promotion_fee: Option<f64>,
    /// `remark`.
    pub remark: Option<String>,
    /// `roomNumber`.
    pub room_number: Option<i64>,
    /// `roomPrice`.
    pub room_price: Option<f64>,
    /// `roomType`.
    pub room_type: Option<String>,
    /// `serviceFee`.
    pub service_fee: Option<f64>,
    /// `settlementFee`.
    pub settlement_fee: Option<f64>,
    /// `settlementGrantFee`.
    pub settlement_grant_fee: Option<f64>,
    /// `settlementTime`.
    pub settlement_time: Option<String>,
    /// `settlementType`.
    pub settlement_type: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `totalNights`.
    pub total_nights: Option<i64>,
    /// `travelerId`.
    pub traveler_id: Option<String>,
    /// `travelerJobNo`.
    pub traveler_job_no: Option<String>,
    /// `travelerName`.
    pub traveler_name: Option<String>,
    /// `voucherType`.
    pub voucher_type: Option<i64>,
}
rt::impl_deserialize! {
    BillSettementHotelResponseBodyModuleDataList { "alipayTradeNo" =>
    read_field(alipay_trade_no), "applyId" => read_field(apply_id), "billRecordTime" =>
    read_field(bill_record_time), "bookTime" => read_field(book_time), "bookerId" =>
    read_field(booker_id), "bookerJobNo" => read_field(booker_job_no), "bookerName" =>
    read_field(booker_name), "capitalDirection" => read_field(capital_direction),
    "cascadeDepartment" => read_field(cascade_department), "checkInDate" =>
    read_field(check_in_date), "checkoutDate" => read_field(checkout_date), "city" =>
    read_field(city), "cityCode" => read_field(city_code), "corpRefundFee" =>
    read_field(corp_refund_fee), "corpTotalFee" => read_field(corp_total_fee),
    "costCenter" => read_field(cost_center), "costCenterNumber" =>
    read_field(cost_center_number), "department" => read_field(department),
    "departmentId" => read_field(department_id), "feeType" => read_field(fee_type),
    "fees" => read_field(fees), "fuPointFee" => read_field(fu_point_fee), "hotelName" =>
    read_field(hotel_name), "index" => read_field(index), "invoiceTitle" =>
    read_field(invoice_title), "isNegotiation" => read_field(is_negotiation),
    "isShareStr" => read_field(is_share_str), "nights" => read_field(nights), "orderId"
    => read_field(order_id), "orderPrice" => read_field(order_price), "orderType" =>
    read_field(order_type), "overApplyId" => read_field(over_apply_id), "personRefundFee"
    => read_field(person_refund_fee), "personSettlePrice" =>
    read_field(person_settle_price), "primaryId" => read_field(primary_id), "projectCode"
    => read_field(project_code), "projectName" => read_field(project_name),
    "promotionFee" => read_field(promotion_fee), "remark" => read_field(remark),
    "roomNumber" => read_field(room_number), "roomPrice" => read_field(room_price),
    "roomType" => read_field(room_type), "serviceFee" => read_field(service_fee),
    "settlementFee" => read_field(settlement_fee), "settlementGrantFee" =>
    read_field(settlement_grant_fee), "settlementTime" => read_field(settlement_time),
    "settlementType" => read_field(settlement_type), "status" => read_field(status),
    "totalNights" => read_field(total_nights), "travelerId" => read_field(traveler_id),
    "travelerJobNo" => read_field(traveler_job_no), "travelerName" =>
    read_field(traveler_name), "voucherType" => read_field(voucher_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BillSettementHotelResponseBodyModuleDataList { "alipayTradeNo" =>
    optional(alipay_trade_no), "applyId" => optional(apply_id), "billRecordTime" =>
    optional(bill_record_time), "bookTime" => optional(book_time), "bookerId" =>
    optional(booker_id), "bookerJobNo" => optional(booker_job_no), "bookerName" =>
    optional(booker_name), "capitalDirection" => optional(capital_direction),
    "cascadeDepartment" => optional(cascade_department), "checkInDate" =>
    optional(check_in_date), "checkoutDate" => optional(checkout_date), "city" =>
    optional(city), "cityCode" => optional(city_code), "corpRefundFee" =>
    optional(corp_refund_fee), "corpTotalFee" => optional(corp_total_fee), "costCenter"
    => optional(cost_center), "costCenterNumber" => optional(cost_center_number),
    "department" => optional(department), "departmentId" => optional(department_id),
    "feeType" => optional(fee_type), "fees" => optional(fees), "fuPointFee" =>
    optional(fu_point_fee), "hotelName" => optional(hotel_name), "index" =>
    optional(index), "invoiceTitle" => optional(invoice_title), "isNegotiation" =>
    optional(is_negotiation), "isShareStr" => optional(is_share_str), "nights" =>
    optional(nights), "orderId" => optional(order_id), "orderPrice" =>
    optional(order_price), "orderType" => optional(order_type), "overApplyId" =>
    optional(over_apply_id), "personRefundFee" => optional(person_refund_fee),
    "personSettlePrice" => optional(person_settle_price), "primaryId" =>
    optional(primary_id), "projectCode" => optional(project_code), "projectName" =>
    optional(project_name), "promotionFee" => optional(promotion_fee), "remark" =>
    optional(remark), "roomNumber" => optional(room_number), "roomPrice" =>
    optional(room_price), "roomType" => optional(room_type), "serviceFee" =>
    optional(service_fee), "settlementFee" => optional(settlement_fee),
    "settlementGrantFee" => optional(settlement_grant_fee), "settlementTime" =>
    optional(settlement_time), "settlementType" => optional(settlement_type), "status" =>
    optional(status), "totalNights" => optional(total_nights), "travelerId" =>
    optional(traveler_id), "travelerJobNo" => optional(traveler_job_no), "travelerName"
    => optional(traveler_name), "voucherType" => optional(voucher_type) }
}
/// `QueryCityCarApplyResponseBodyApplyListApproverList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCityCarApplyResponseBodyApplyListApproverList {
    /// `note`.
    pub note: Option<String>,
    /// `operateTime`.
    pub operate_time: Option<String>,
    /// `order`.
    pub order: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `statusDesc`.
    pub status_desc: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    QueryCityCarApplyResponseBodyApplyListApproverList { "note" => read_field(note),
    "operateTime" => read_field(operate_time), "order" => read_field(order), "status" =>
    read_field(status), "statusDesc" => read_field(status_desc), "userId" =>
    read_field(user_id), "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCityCarApplyResponseBodyApplyListApproverList { "note" => optional(note),
    "operateTime" => optional(operate_time), "order" => optional(order), "status" =>
    optional(status), "statusDesc" => optional(status_desc), "userId" =>
    optional(user_id), "userName" => optional(user_name) }
}
/// `QueryCityCarApplyResponseBodyApplyListItineraryList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCityCarApplyResponseBodyApplyListItineraryList {
    /// `arrCity`.
    pub arr_city: Option<String>,
    /// `arrCityCode`.
    pub arr_city_code: Option<String>,
    /// `arrDate`.
    pub arr_date: Option<String>,
    /// `costCenterId`.
    pub cost_center_id: Option<i64>,
    /// `costCenterName`.
    pub cost_center_name: Option<String>,
    /// `depCity`.
    pub dep_city: Option<String>,
    /// `depCityCode`.
    pub dep_city_code: Option<String>,
    /// `depDate`.
    pub dep_date: Option<String>,
    /// `invoiceId`.
    pub invoice_id: Option<i64>,
    /// `invoiceName`.
    pub invoice_name: Option<String>,
    /// `itineraryId`.
    pub itinerary_id: Option<String>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `projectTitle`.
    pub project_title: Option<String>,
    /// `trafficType`.
    pub traffic_type: Option<i64>,
}
rt::impl_deserialize! {
    QueryCityCarApplyResponseBodyApplyListItineraryList { "arrCity" =>
    read_field(arr_city), "arrCityCode" => read_field(arr_city_code), "arrDate" =>
    read_field(arr_date), "costCenterId" => read_field(cost_center_id), "costCenterName"
    => read_field(cost_center_name), "depCity" => read_field(dep_city), "depCityCode" =>
    read_field(dep_city_code), "depDate" => read_field(dep_date), "invoiceId" =>
    read_field(invoice_id), "invoiceName" => read_field(invoice_name), "itineraryId" =>
    read_field(itinerary_id), "projectCode" => read_field(project_code), "projectTitle"
    => read_field(project_title), "trafficType" => read_field(traffic_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCityCarApplyResponseBodyApplyListItineraryList { "arrCity" =>
    optional(arr_city), "arrCityCode" => optional(arr_city_code), "arrDate" =>
    optional(arr_date), "costCenterId" => optional(cost_center_id), "costCenterName" =>
    optional(cost_center_name), "depCity" => optional(dep_city), "depCityCode" =>
    optional(dep_city_code), "depDate" => optional(dep_date), "invoiceId" =>
    optional(invoice_id), "invoiceName" => optional(invoice_name), "itineraryId" =>
    optional(itinerary_id), "projectCode" => optional(project_code), "projectTitle" =>
    optional(project_title), "trafficType" => optional(traffic_type) }
}
/// The request of [`Api::add_city_car_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddCityCarApplyRequest {
    /// `cause`.
    pub cause: String,
    /// `city`.
    pub city: String,
    /// `corpId`.
    pub corp_id: String,
    /// `date`.
    pub date: String,
    /// `finishedDate`.
    pub finished_date: Option<String>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `projectName`.
    pub project_name: Option<String>,
    /// `status`.
    pub status: i64,
    /// `thirdPartApplyId`.
    pub third_part_apply_id: String,
    /// `thirdPartCostCenterId`.
    pub third_part_cost_center_id: String,
    /// `thirdPartInvoiceId`.
    pub third_part_invoice_id: String,
    /// `timesTotal`.
    pub times_total: i64,
    /// `timesType`.
    pub times_type: i64,
    /// `timesUsed`.
    pub times_used: i64,
    /// `title`.
    pub title: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`AddCityCarApplyRequest`], each named where it is set: `AddCityCarApplyRequest::new(AddCityCarApplyRequired { .. })`.
pub struct AddCityCarApplyRequired {
    /// `cause`: see [`AddCityCarApplyRequest::cause`].
    pub cause: String,
    /// `city`: see [`AddCityCarApplyRequest::city`].
    pub city: String,
    /// `corpId`: see [`AddCityCarApplyRequest::corp_id`].
    pub corp_id: String,
    /// `date`: see [`AddCityCarApplyRequest::date`].
    pub date: String,
    /// `status`: see [`AddCityCarApplyRequest::status`].
    pub status: i64,
    /// `thirdPartApplyId`: see [`AddCityCarApplyRequest::third_part_apply_id`].
    pub third_part_apply_id: String,
    /// `thirdPartCostCenterId`: see [`AddCityCarApplyRequest::third_part_cost_center_id`].
    pub third_part_cost_center_id: String,
    /// `thirdPartInvoiceId`: see [`AddCityCarApplyRequest::third_part_invoice_id`].
    pub third_part_invoice_id: String,
    /// `timesTotal`: see [`AddCityCarApplyRequest::times_total`].
    pub times_total: i64,
    /// `timesType`: see [`AddCityCarApplyRequest::times_type`].
    pub times_type: i64,
    /// `timesUsed`: see [`AddCityCarApplyRequest::times_used`].
    pub times_used: i64,
    /// `title`: see [`AddCityCarApplyRequest::title`].
    pub title: String,
    /// `userId`: see [`AddCityCarApplyRequest::user_id`].
    pub user_id: String,
}
impl AddCityCarApplyRequest {
    /// A `AddCityCarApplyRequest` with its required fields (`cause`, `city`, `corpId`, `date`, `status`, `thirdPartApplyId`, `thirdPartCostCenterId`, `thirdPartInvoiceId`, `timesTotal`, `timesType`, `timesUsed`, `title`, `userId`); set the others with the methods named after them.
    pub fn new(required: AddCityCarApplyRequired) -> Self {
        let AddCityCarApplyRequired {
            cause,
            city,
            corp_id,
            date,
            status,
            third_part_apply_id,
            third_part_cost_center_id,
            third_part_invoice_id,
            times_total,
            times_type,
            times_used,
            title,
            user_id,
        } = required;
        Self {
            cause,
            city,
            corp_id,
            date,
            finished_date: None,
            project_code: None,
            project_name: None,
            status,
            third_part_apply_id,
            third_part_cost_center_id,
            third_part_invoice_id,
            times_total,
            times_type,
            times_used,
            title,
            user_id,
        }
    }
    /// Sets `finishedDate`.
    pub fn finished_date(mut self, value: impl Into<String>) -> Self {
        self.finished_date = Some(value.into());
        self
    }
    /// Sets `projectCode`.
    pub fn project_code(mut self, value: impl Into<String>) -> Self {
        self.project_code = Some(value.into());
        self
    }
    /// Sets `projectName`.
    pub fn project_name(mut self, value: impl Into<String>) -> Self {
        self.project_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AddCityCarApplyRequest { "cause" => field(cause), "city" => field(city), "corpId" =>
    field(corp_id), "date" => field(date), "finishedDate" => optional(finished_date),
    "projectCode" => optional(project_code), "projectName" => optional(project_name),
    "status" => field(status), "thirdPartApplyId" => field(third_part_apply_id),
    "thirdPartCostCenterId" => field(third_part_cost_center_id), "thirdPartInvoiceId" =>
    field(third_part_invoice_id), "timesTotal" => field(times_total), "timesType" =>
    field(times_type), "timesUsed" => field(times_used), "title" => field(title),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddCityCarApplyRequest { "cause" => read_field(cause), "city" => read_field(city),
    "corpId" => read_field(corp_id), "date" => read_field(date), "finishedDate" =>
    read_field(finished_date), "projectCode" => read_field(project_code), "projectName"
    => read_field(project_name), "status" => read_field(status), "thirdPartApplyId" =>
    read_field(third_part_apply_id), "thirdPartCostCenterId" =>
    read_field(third_part_cost_center_id), "thirdPartInvoiceId" =>
    read_field(third_part_invoice_id), "timesTotal" => read_field(times_total),
    "timesType" => read_field(times_type), "timesUsed" => read_field(times_used), "title"
    => read_field(title), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for AddCityCarApplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::approve_city_car_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ApproveCityCarApplyRequest {
    /// `corpId`.
    pub corp_id: String,
    /// `operateTime`.
    pub operate_time: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `status`.
    pub status: i64,
    /// `thirdPartApplyId`.
    pub third_part_apply_id: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`ApproveCityCarApplyRequest`], each named where it is set: `ApproveCityCarApplyRequest::new(ApproveCityCarApplyRequired { .. })`.
pub struct ApproveCityCarApplyRequired {
    /// `corpId`: see [`ApproveCityCarApplyRequest::corp_id`].
    pub corp_id: String,
    /// `status`: see [`ApproveCityCarApplyRequest::status`].
    pub status: i64,
    /// `thirdPartApplyId`: see [`ApproveCityCarApplyRequest::third_part_apply_id`].
    pub third_part_apply_id: String,
    /// `userId`: see [`ApproveCityCarApplyRequest::user_id`].
    pub user_id: String,
}
impl ApproveCityCarApplyRequest {
    /// A `ApproveCityCarApplyRequest` with its required fields (`corpId`, `status`, `thirdPartApplyId`, `userId`); set the others with the methods named after them.
    pub fn new(required: ApproveCityCarApplyRequired) -> Self {
        let ApproveCityCarApplyRequired {
            corp_id,
            status,
            third_part_apply_id,
            user_id,
        } = required;
        Self {
            corp_id,
            operate_time: None,
            remark: None,
            status,
            third_part_apply_id,
            user_id,
        }
    }
    /// Sets `operateTime`.
    pub fn operate_time(mut self, value: impl Into<String>) -> Self {
        self.operate_time = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ApproveCityCarApplyRequest { "corpId" => field(corp_id), "operateTime" =>
    optional(operate_time), "remark" => optional(remark), "status" => field(status),
    "thirdPartApplyId" => field(third_part_apply_id), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ApproveCityCarApplyRequest { "corpId" => read_field(corp_id), "operateTime" =>
    read_field(operate_time), "remark" => read_field(remark), "status" =>
    read_field(status), "thirdPartApplyId" => read_field(third_part_apply_id), "userId"
    => read_field(user_id) }
}
impl rt::WriteRequest for ApproveCityCarApplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::bill_settement_btrip_train`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BillSettementBtripTrainRequest {
    /// `category`: a query parameter.
    pub category: Option<i64>,
    /// `corpId`: a query parameter.
    pub corp_id: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `periodEnd`: a query parameter.
    pub period_end: Option<String>,
    /// `periodStart`: a query parameter.
    pub period_start: Option<String>,
}
impl BillSettementBtripTrainRequest {
    /// An empty `BillSettementBtripTrainRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `category`.
    pub fn category(mut self, value: i64) -> Self {
        self.category = Some(value);
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
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
    /// Sets `periodEnd`.
    pub fn period_end(mut self, value: impl Into<String>) -> Self {
        self.period_end = Some(value.into());
        self
    }
    /// Sets `periodStart`.
    pub fn period_start(mut self, value: impl Into<String>) -> Self {
        self.period_start = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BillSettementBtripTrainRequest { "category" => read_field(category), "corpId" =>
    read_field(corp_id), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "periodEnd" => read_field(period_end), "periodStart" =>
    read_field(period_start) }
}
impl rt::WriteRequest for BillSettementBtripTrainRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("category", &self.category);
        writer.query("corpId", &self.corp_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("periodEnd", &self.period_end);
        writer.query("periodStart", &self.period_start);
    }
}
/// The request of [`Api::bill_settement_car`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BillSettementCarRequest {
    /// `category`: a query parameter.
    pub category: Option<i64>,
    /// `corpId`: a query parameter.
    pub corp_id: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `periodEnd`: a query parameter.
    pub period_end: Option<String>,
    /// `periodStart`: a query parameter.
    pub period_start: Option<String>,
}
impl BillSettementCarRequest {
    /// An empty `BillSettementCarRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `category`.
    pub fn category(mut self, value: i64) -> Self {
        self.category = Some(value);
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
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
    /// Sets `periodEnd`.
    pub fn period_end(mut self, value: impl Into<String>) -> Self {
        self.period_end = Some(value.into());
        self
    }
    /// Sets `periodStart`.
    pub fn period_start(mut self, value: impl Into<String>) -> Self {
        self.period_start = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BillSettementCarRequest { "category" => read_field(category), "corpId" =>
    read_field(corp_id), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "periodEnd" => read_field(period_end), "periodStart" =>
    read_field(period_start) }
}
impl rt::WriteRequest for BillSettementCarRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("category", &self.category);
        writer.query("corpId", &self.corp_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("periodEnd", &self.period_end);
        writer.query("periodStart", &self.period_start);
    }
}
/// The request of [`Api::bill_settement_flight`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BillSettementFlightRequest {
    /// `category`: a query parameter.
    pub category: Option<i64>,
    /// `corpId`: a query parameter.
    pub corp_id: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `periodEnd`: a query parameter.
    pub period_end: Option<String>,
    /// `periodStart`: a query parameter.
    pub period_start: Option<String>,
}
impl BillSettementFlightRequest {
    /// An empty `BillSettementFlightRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `category`.
    pub fn category(mut self, value: i64) -> Self {
        self.category = Some(value);
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
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
    /// Sets `periodEnd`.
    pub fn period_end(mut self, value: impl Into<String>) -> Self {
        self.period_end = Some(value.into());
        self
    }
    /// Sets `periodStart`.
    pub fn period_start(mut self, value: impl Into<String>) -> Self {
        self.period_start = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BillSettementFlightRequest { "category" => read_field(category), "corpId" =>
    read_field(corp_id), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "periodEnd" => read_field(period_end), "periodStart" =>
    read_field(period_start) }
}
impl rt::WriteRequest for BillSettementFlightRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("category", &self.category);
        writer.query("corpId", &self.corp_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("periodEnd", &self.period_end);
        writer.query("periodStart", &self.period_start);
    }
}
/// The request of [`Api::bill_settement_hotel`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BillSettementHotelRequest {
    /// `category`: a query parameter.
    pub category: Option<i64>,
    /// `corpId`: a query parameter.
    pub corp_id: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `periodEnd`: a query parameter.
    pub period_end: Option<String>,
    /// `periodStart`: a query parameter.
    pub period_start: Option<String>,
}
impl BillSettementHotelRequest {
    /// An empty `BillSettementHotelRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `category`.
    pub fn category(mut self, value: i64) -> Self {
        self.category = Some(value);
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
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
    /// Sets `periodEnd`.
    pub fn period_end(mut self, value: impl Into<String>) -> Self {
        self.period_end = Some(value.into());
        self
    }
    /// Sets `periodStart`.
    pub fn period_start(mut self, value: impl Into<String>) -> Self {
        self.period_start = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BillSettementHotelRequest { "category" => read_field(category), "corpId" =>
    read_field(corp_id), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "periodEnd" => read_field(period_end), "periodStart" =>
    read_field(period_start) }
}
impl rt::WriteRequest for BillSettementHotelRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("category", &self.category);
        writer.query("corpId", &self.corp_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("periodEnd", &self.period_end);
        writer.query("periodStart", &self.period_start);
    }
}
/// The request of [`Api::get_flight_exceed_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetFlightExceedApplyRequest {
    /// `applyId`: a query parameter.
    pub apply_id: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
}
/// The required fields of [`GetFlightExceedApplyRequest`], each named where it is set: `GetFlightExceedApplyRequest::new(GetFlightExceedApplyRequired { .. })`.
pub struct GetFlightExceedApplyRequired {
    /// `applyId`: see [`GetFlightExceedApplyRequest::apply_id`].
    pub apply_id: String,
    /// `corpId`: see [`GetFlightExceedApplyRequest::corp_id`].
    pub corp_id: String,
}
impl GetFlightExceedApplyRequest {
    /// A `GetFlightExceedApplyRequest` with its required fields (`applyId`, `corpId`); set the others with the methods named after them.
    pub fn new(required: GetFlightExceedApplyRequired) -> Self {
        let GetFlightExceedApplyRequired { apply_id, corp_id } = required;
        Self { apply_id, corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetFlightExceedApplyRequest { "applyId" => read_field(apply_id), "corpId" =>
    read_field(corp_id) }
}
impl rt::WriteRequest for GetFlightExceedApplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("applyId", &self.apply_id);
        writer.query("corpId", &self.corp_id);
    }
}
/// The request of [`Api::get_hotel_exceed_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetHotelExceedApplyRequest {
    /// `applyId`: a query parameter.
    pub apply_id: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
}
/// The required fields of [`GetHotelExceedApplyRequest`], each named where it is set: `GetHotelExceedApplyRequest::new(GetHotelExceedApplyRequired { .. })`.
pub struct GetHotelExceedApplyRequired {
    /// `applyId`: see [`GetHotelExceedApplyRequest::apply_id`].
    pub apply_id: String,
    /// `corpId`: see [`GetHotelExceedApplyRequest::corp_id`].
    pub corp_id: String,
}
impl GetHotelExceedApplyRequest {
    /// A `GetHotelExceedApplyRequest` with its required fields (`applyId`, `corpId`); set the others with the methods named after them.
    pub fn new(required: GetHotelExceedApplyRequired) -> Self {
        let GetHotelExceedApplyRequired { apply_id, corp_id } = required;
        Self { apply_id, corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetHotelExceedApplyRequest { "applyId" => read_field(apply_id), "corpId" =>
    read_field(corp_id) }
}
impl rt::WriteRequest for GetHotelExceedApplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("applyId", &self.apply_id);
        writer.query("corpId", &self.corp_id);
    }
}
/// The request of [`Api::get_train_exceed_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTrainExceedApplyRequest {
    /// `applyId`: a query parameter.
    pub apply_id: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
}
/// The required fields of [`GetTrainExceedApplyRequest`], each named where it is set: `GetTrainExceedApplyRequest::new(GetTrainExceedApplyRequired { .. })`.
pub struct GetTrainExceedApplyRequired {
    /// `applyId`: see [`GetTrainExceedApplyRequest::apply_id`].
    pub apply_id: String,
    /// `corpId`: see [`GetTrainExceedApplyRequest::corp_id`].
    pub corp_id: String,
}
impl GetTrainExceedApplyRequest {
    /// A `GetTrainExceedApplyRequest` with its required fields (`applyId`, `corpId`); set the others with the methods named after them.
    pub fn new(required: GetTrainExceedApplyRequired) -> Self {
        let GetTrainExceedApplyRequired { apply_id, corp_id } = required;
        Self { apply_id, corp_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTrainExceedApplyRequest { "applyId" => read_field(apply_id), "corpId" =>
    read_field(corp_id) }
}
impl rt::WriteRequest for GetTrainExceedApplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("applyId", &self.apply_id);
        writer.query("corpId", &self.corp_id);
    }
}
/// The request of [`Api::query_city_car_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryCityCarApplyRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `createdEndAt`: a query parameter.
    pub created_end_at: Option<String>,
    /// `createdStartAt`: a query parameter.
    pub created_start_at: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `thirdPartApplyId`: a query parameter.
    pub third_part_apply_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
/// The required fields of [`QueryCityCarApplyRequest`], each named where it is set: `QueryCityCarApplyRequest::new(QueryCityCarApplyRequired { .. })`.
pub struct QueryCityCarApplyRequired {
    /// `corpId`: see [`QueryCityCarApplyRequest::corp_id`].
    pub corp_id: String,
}
impl QueryCityCarApplyRequest {
    /// A `QueryCityCarApplyRequest` with its required fields (`corpId`); set the others with the methods named after them.
    pub fn new(required: QueryCityCarApplyRequired) -> Self {
        let QueryCityCarApplyRequired { corp_id } = required;
        Self {
            corp_id,
            created_end_at: None,
            created_start_at: None,
            page_number: None,
            page_size: None,
            third_part_apply_id: None,
            user_id: None,
        }
    }
    /// Sets `createdEndAt`.
    pub fn created_end_at(mut self, value: impl Into<String>) -> Self {
        self.created_end_at = Some(value.into());
        self
    }
    /// Sets `createdStartAt`.
    pub fn created_start_at(mut self, value: impl Into<String>) -> Self {
        self.created_start_at = Some(value.into());
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
    /// Sets `thirdPartApplyId`.
    pub fn third_part_apply_id(mut self, value: impl Into<String>) -> Self {
        self.third_part_apply_id = Some(value.into());
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
    QueryCityCarApplyRequest { "corpId" => read_field(corp_id), "createdEndAt" =>
    read_field(created_end_at), "createdStartAt" => read_field(created_start_at),
    "pageNumber" => read_field(page_number), "pageSize" => read_field(page_size),
    "thirdPartApplyId" => read_field(third_part_apply_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for QueryCityCarApplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query("createdEndAt", &self.created_end_at);
        writer.query("createdStartAt", &self.created_start_at);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("thirdPartApplyId", &self.third_part_apply_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::query_union_order`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUnionOrderRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `thirdPartApplyId`: a query parameter.
    pub third_part_apply_id: Option<String>,
    /// `unionNo`: a query parameter.
    pub union_no: Option<String>,
}
/// The required fields of [`QueryUnionOrderRequest`], each named where it is set: `QueryUnionOrderRequest::new(QueryUnionOrderRequired { .. })`.
pub struct QueryUnionOrderRequired {
    /// `corpId`: see [`QueryUnionOrderRequest::corp_id`].
    pub corp_id: String,
}
impl QueryUnionOrderRequest {
    /// A `QueryUnionOrderRequest` with its required fields (`corpId`); set the others with the methods named after them.
    pub fn new(required: QueryUnionOrderRequired) -> Self {
        let QueryUnionOrderRequired { corp_id } = required;
        Self {
            corp_id,
            third_part_apply_id: None,
            union_no: None,
        }
    }
    /// Sets `thirdPartApplyId`.
    pub fn third_part_apply_id(mut self, value: impl Into<String>) -> Self {
        self.third_part_apply_id = Some(value.into());
        self
    }
    /// Sets `unionNo`.
    pub fn union_no(mut self, value: impl Into<String>) -> Self {
        self.union_no = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUnionOrderRequest { "corpId" => read_field(corp_id), "thirdPartApplyId" =>
    read_field(third_part_apply_id), "unionNo" => read_field(union_no) }
}
impl rt::WriteRequest for QueryUnionOrderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query("thirdPartApplyId", &self.third_part_apply_id);
        writer.query("unionNo", &self.union_no);
    }
}
/// The request of [`Api::sync_exceed_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SyncExceedApplyRequest {
    /// `applyId`: a query parameter.
    pub apply_id: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `remark`: a query parameter.
    pub remark: String,
    /// `status`: a query parameter.
    pub status: i64,
    /// `thirdpartyFlowId`: a query parameter.
    pub thirdparty_flow_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`SyncExceedApplyRequest`], each named where it is set: `SyncExceedApplyRequest::new(SyncExceedApplyRequired { .. })`.
pub struct SyncExceedApplyRequired {
    /// `applyId`: see [`SyncExceedApplyRequest::apply_id`].
    pub apply_id: String,
    /// `corpId`: see [`SyncExceedApplyRequest::corp_id`].
    pub corp_id: String,
    /// `remark`: see [`SyncExceedApplyRequest::remark`].
    pub remark: String,
    /// `status`: see [`SyncExceedApplyRequest::status`].
    pub status: i64,
    /// `thirdpartyFlowId`: see [`SyncExceedApplyRequest::thirdparty_flow_id`].
    pub thirdparty_flow_id: String,
    /// `userId`: see [`SyncExceedApplyRequest::user_id`].
    pub user_id: String,
}
impl SyncExceedApplyRequest {
    /// A `SyncExceedApplyRequest` with its required fields (`applyId`, `corpId`, `remark`, `status`, `thirdpartyFlowId`, `userId`); set the others with the methods named after them.
    pub fn new(required: SyncExceedApplyRequired) -> Self {
        let SyncExceedApplyRequired {
            apply_id,
            corp_id,
            remark,
            status,
            thirdparty_flow_id,
            user_id,
        } = required;
        Self {
            apply_id,
            corp_id,
            remark,
            status,
            thirdparty_flow_id,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SyncExceedApplyRequest { "applyId" => read_field(apply_id), "corpId" =>
    read_field(corp_id), "remark" => read_field(remark), "status" => read_field(status),
    "thirdpartyFlowId" => read_field(thirdparty_flow_id), "userId" => read_field(user_id)
    }
}
impl rt::WriteRequest for SyncExceedApplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("applyId", &self.apply_id);
        writer.query("corpId", &self.corp_id);
        writer.query("remark", &self.remark);
        writer.query("status", &self.status);
        writer.query("thirdpartyFlowId", &self.thirdparty_flow_id);
        writer.query("userId", &self.user_id);
    }
}
/// An error reply of [`Api::add_city_car_apply`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddCityCarApplyError = rt::ServiceError;
/// An error reply of [`Api::approve_city_car_apply`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ApproveCityCarApplyError = rt::ServiceError;
/// An error reply of [`Api::bill_settement_btrip_train`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BillSettementBtripTrainError = rt::ServiceError;
/// An error reply of [`Api::bill_settement_car`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BillSettementCarError = rt::ServiceError;
/// An error reply of [`Api::bill_settement_flight`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BillSettementFlightError = rt::ServiceError;
/// An error reply of [`Api::bill_settement_hotel`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BillSettementHotelError = rt::ServiceError;
/// An error reply of [`Api::get_flight_exceed_apply`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetFlightExceedApplyError = rt::ServiceError;
/// An error reply of [`Api::get_hotel_exceed_apply`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetHotelExceedApplyError = rt::ServiceError;
/// An error reply of [`Api::get_train_exceed_apply`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTrainExceedApplyError = rt::ServiceError;
/// An error reply of [`Api::query_city_car_apply`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCityCarApplyError = rt::ServiceError;
/// An error reply of [`Api::query_union_order`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUnionOrderError = rt::ServiceError;
/// An error reply of [`Api::sync_exceed_apply`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SyncExceedApplyError = rt::ServiceError;
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
        "AddCityCarApply" => {
            rt::conformance::reply(api.add_city_car_apply(&inputs.request(true)?)).await
        }
        "ApproveCityCarApply" => {
            rt::conformance::reply(api.approve_city_car_apply(&inputs.request(true)?))
                .await
        }
        "BillSettementBtripTrain" => {
            rt::conformance::reply(
                    api.bill_settement_btrip_train(&inputs.request(false)?),
                )
                .await
        }
        "BillSettementCar" => {
            rt::conformance::reply(api.bill_settement_car(&inputs.request(false)?)).await
        }
        "BillSettementFlight" => {
            rt::conformance::reply(api.bill_settement_flight(&inputs.request(false)?))
                .await
        }
        "BillSettementHotel" => {
            rt::conformance::reply(api.bill_settement_hotel(&inputs.request(false)?))
                .await
        }
        "GetFlightExceedApply" => {
            rt::conformance::reply(api.get_flight_exceed_apply(&inputs.request(false)?))
                .await
        }
        "GetHotelExceedApply" => {
            rt::conformance::reply(api.get_hotel_exceed_apply(&inputs.request(false)?))
                .await
        }
        "GetTrainExceedApply" => {
            rt::conformance::reply(api.get_train_exceed_apply(&inputs.request(false)?))
                .await
        }
        "QueryCityCarApply" => {
            rt::conformance::reply(api.query_city_car_apply(&inputs.request(false)?))
                .await
        }
        "QueryUnionOrder" => {
            rt::conformance::reply(api.query_union_order(&inputs.request(false)?)).await
        }
        "SyncExceedApply" => {
            rt::conformance::reply(api.sync_exceed_apply(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
