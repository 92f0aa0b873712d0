// @generated from api-spec/alitrip_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.alitrip_1_0()`. Generated from `api-spec/alitrip_1_0.yaml`.
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
    /// `POST /v1.0/alitrip/cityCarApprovals` (operation `AddCityCarApply`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddCityCarApplyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/alitrip/cityCarApprovals` (operation `ApproveCityCarApply`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`ApproveCityCarApplyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/alitrip/billSettlements/btripTrains` (operation `BillSettementBtripTrain`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BillSettementBtripTrainError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/alitrip/billSettlements/cars` (operation `BillSettementCar`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BillSettementCarError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/alitrip/billSettlements/flights` (operation `BillSettementFlight`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BillSettementFlightError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/alitrip/billSettlements/hotels` (operation `BillSettementHotel`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BillSettementHotelError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/alitrip/exceedapply/getFlight` (operation `GetFlightExceedApply`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetFlightExceedApplyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/alitrip/exceedapply/getHotel` (operation `GetHotelExceedApply`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetHotelExceedApplyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/alitrip/exceedapply/getTrain` (operation `GetTrainExceedApply`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetTrainExceedApplyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/alitrip/cityCarApprovals` (operation `QueryCityCarApply`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryCityCarApplyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/alitrip/unionOrders` (operation `QueryUnionOrder`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryUnionOrderError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/alitrip/exceedapply/sync` (operation `SyncExceedApply`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SyncExceedApplyError`]; see [`Error`](::generated_client::Error) for the rest.
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
}
/// `AddCityCarApplyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AddCityCarApplyResponseBody {
    /// `applyId`.
    pub apply_id: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for AddCityCarApplyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for AddCityCarApplyResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applyId" => rt::read_field(map, &mut self.apply_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for AddCityCarApplyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("applyId", &self.apply_id)?;
        object.end()
    }
}
/// `ApproveCityCarApplyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ApproveCityCarApplyResponseBody {
    /// `approveResult`.
    pub approve_result: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for ApproveCityCarApplyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for ApproveCityCarApplyResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approveResult" => rt::read_field(map, &mut self.approve_result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for ApproveCityCarApplyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approveResult", &self.approve_result)?;
        object.end()
    }
}
/// `BillSettementBtripTrainResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BillSettementBtripTrainResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BillSettementBtripTrainResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "module" => rt::read_field(map, &mut self.module),
            "resultCode" => rt::read_field(map, &mut self.result_code),
            "resultMsg" => rt::read_field(map, &mut self.result_msg),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BillSettementBtripTrainResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("module", &self.module)?;
        object.optional("resultCode", &self.result_code)?;
        object.optional("resultMsg", &self.result_msg)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BillSettementCarResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BillSettementCarResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BillSettementCarResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "module" => rt::read_field(map, &mut self.module),
            "resultCode" => rt::read_field(map, &mut self.result_code),
            "resultMsg" => rt::read_field(map, &mut self.result_msg),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BillSettementCarResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("module", &self.module)?;
        object.optional("resultCode", &self.result_code)?;
        object.optional("resultMsg", &self.result_msg)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BillSettementFlightResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BillSettementFlightResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BillSettementFlightResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "module" => rt::read_field(map, &mut self.module),
            "resultCode" => rt::read_field(map, &mut self.result_code),
            "resultMsg" => rt::read_field(map, &mut self.result_msg),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BillSettementFlightResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("module", &self.module)?;
        object.optional("resultCode", &self.result_code)?;
        object.optional("resultMsg", &self.result_msg)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `BillSettementHotelResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BillSettementHotelResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BillSettementHotelResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "module" => rt::read_field(map, &mut self.module),
            "resultCode" => rt::read_field(map, &mut self.result_code),
            "resultMsg" => rt::read_field(map, &mut self.result_msg),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BillSettementHotelResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("module", &self.module)?;
        object.optional("resultCode", &self.result_code)?;
        object.optional("resultMsg", &self.result_msg)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `GetFlightExceedApplyResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetFlightExceedApplyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFlightExceedApplyResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applyId" => rt::read_field(map, &mut self.apply_id),
            "applyIntentionInfoDO" => {
                rt::read_field(map, &mut self.apply_intention_info_do)
            }
            "btripCause" => rt::read_field(map, &mut self.btrip_cause),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "exceedReason" => rt::read_field(map, &mut self.exceed_reason),
            "exceedType" => rt::read_field(map, &mut self.exceed_type),
            "originStandard" => rt::read_field(map, &mut self.origin_standard),
            "status" => rt::read_field(map, &mut self.status),
            "submitTime" => rt::read_field(map, &mut self.submit_time),
            "thirdpartApplyId" => rt::read_field(map, &mut self.thirdpart_apply_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFlightExceedApplyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("applyId", &self.apply_id)?;
        object.optional("applyIntentionInfoDO", &self.apply_intention_info_do)?;
        object.optional("btripCause", &self.btrip_cause)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("exceedReason", &self.exceed_reason)?;
        object.optional("exceedType", &self.exceed_type)?;
        object.optional("originStandard", &self.origin_standard)?;
        object.optional("status", &self.status)?;
        object.optional("submitTime", &self.submit_time)?;
        object.optional("thirdpartApplyId", &self.thirdpart_apply_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetHotelExceedApplyResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetHotelExceedApplyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetHotelExceedApplyResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applyId" => rt::read_field(map, &mut self.apply_id),
            "applyIntentionInfoDO" => {
                rt::read_field(map, &mut self.apply_intention_info_do)
            }
            "btripCause" => rt::read_field(map, &mut self.btrip_cause),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "exceedReason" => rt::read_field(map, &mut self.exceed_reason),
            "exceedType" => rt::read_field(map, &mut self.exceed_type),
            "originStandard" => rt::read_field(map, &mut self.origin_standard),
            "status" => rt::read_field(map, &mut self.status),
            "submitTime" => rt::read_field(map, &mut self.submit_time),
            "thirdpartApplyId" => rt::read_field(map, &mut self.thirdpart_apply_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetHotelExceedApplyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("applyId", &self.apply_id)?;
        object.optional("applyIntentionInfoDO", &self.apply_intention_info_do)?;
        object.optional("btripCause", &self.btrip_cause)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("exceedReason", &self.exceed_reason)?;
        object.optional("exceedType", &self.exceed_type)?;
        object.optional("originStandard", &self.origin_standard)?;
        object.optional("status", &self.status)?;
        object.optional("submitTime", &self.submit_time)?;
        object.optional("thirdpartApplyId", &self.thirdpart_apply_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `GetTrainExceedApplyResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for GetTrainExceedApplyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTrainExceedApplyResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applyId" => rt::read_field(map, &mut self.apply_id),
            "applyIntentionInfoDO" => {
                rt::read_field(map, &mut self.apply_intention_info_do)
            }
            "btripCause" => rt::read_field(map, &mut self.btrip_cause),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "exceedReason" => rt::read_field(map, &mut self.exceed_reason),
            "exceedType" => rt::read_field(map, &mut self.exceed_type),
            "originStandard" => rt::read_field(map, &mut self.origin_standard),
            "status" => rt::read_field(map, &mut self.status),
            "submitTime" => rt::read_field(map, &mut self.submit_time),
            "thirdpartApplyId" => rt::read_field(map, &mut self.thirdpart_apply_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTrainExceedApplyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("applyId", &self.apply_id)?;
        object.optional("applyIntentionInfoDO", &self.apply_intention_info_do)?;
        object.optional("btripCause", &self.btrip_cause)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("exceedReason", &self.exceed_reason)?;
        object.optional("exceedType", &self.exceed_type)?;
        object.optional("originStandard", &self.origin_standard)?;
        object.optional("status", &self.status)?;
        object.optional("submitTime", &self.submit_time)?;
        object.optional("thirdpartApplyId", &self.thirdpart_apply_id)?;
        object.optional("userId", &self.user_id)?;
        object.end()
    }
}
/// `QueryCityCarApplyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCityCarApplyResponseBody {
    /// `applyList`.
    pub apply_list: Option<Vec<QueryCityCarApplyResponseBodyApplyList>>,
    /// `total`.
    pub total: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryCityCarApplyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCityCarApplyResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applyList" => rt::read_field(map, &mut self.apply_list),
            "total" => rt::read_field(map, &mut self.total),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCityCarApplyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("applyList", &self.apply_list)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}
/// `QueryUnionOrderResponseBody`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryUnionOrderResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUnionOrderResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "flightList" => rt::read_field(map, &mut self.flight_list),
            "hotelList" => rt::read_field(map, &mut self.hotel_list),
            "trainList" => rt::read_field(map, &mut self.train_list),
            "vehicleList" => rt::read_field(map, &mut self.vehicle_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUnionOrderResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("flightList", &self.flight_list)?;
        object.optional("hotelList", &self.hotel_list)?;
        object.optional("trainList", &self.train_list)?;
        object.optional("vehicleList", &self.vehicle_list)?;
        object.end()
    }
}
/// `SyncExceedApplyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SyncExceedApplyResponseBody {
    /// `module`.
    pub module: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for SyncExceedApplyResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for SyncExceedApplyResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "module" => rt::read_field(map, &mut self.module),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for SyncExceedApplyResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("module", &self.module)?;
        object.end()
    }
}
/// `BillSettementBtripTrainResponseBodyModule`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BillSettementBtripTrainResponseBodyModule {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BillSettementBtripTrainResponseBodyModule {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => rt::read_field(map, &mut self.category),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "dataList" => rt::read_field(map, &mut self.data_list),
            "periodEnd" => rt::read_field(map, &mut self.period_end),
            "periodStart" => rt::read_field(map, &mut self.period_start),
            "totalNum" => rt::read_field(map, &mut self.total_num),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BillSettementBtripTrainResponseBodyModule {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("category", &self.category)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("periodEnd", &self.period_end)?;
        object.optional("periodStart", &self.period_start)?;
        object.optional("totalNum", &self.total_num)?;
        object.end()
    }
}
/// `BillSettementCarResponseBodyModule`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BillSettementCarResponseBodyModule {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BillSettementCarResponseBodyModule {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => rt::read_field(map, &mut self.category),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "dataList" => rt::read_field(map, &mut self.data_list),
            "periodEnd" => rt::read_field(map, &mut self.period_end),
            "periodStart" => rt::read_field(map, &mut self.period_start),
            "totalNum" => rt::read_field(map, &mut self.total_num),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BillSettementCarResponseBodyModule {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("category", &self.category)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("periodEnd", &self.period_end)?;
        object.optional("periodStart", &self.period_start)?;
        object.optional("totalNum", &self.total_num)?;
        object.end()
    }
}
/// `BillSettementFlightResponseBodyModule`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BillSettementFlightResponseBodyModule {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BillSettementFlightResponseBodyModule {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => rt::read_field(map, &mut self.category),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "dataList" => rt::read_field(map, &mut self.data_list),
            "periodEnd" => rt::read_field(map, &mut self.period_end),
            "periodStart" => rt::read_field(map, &mut self.period_start),
            "totalNum" => rt::read_field(map, &mut self.total_num),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BillSettementFlightResponseBodyModule {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("category", &self.category)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("periodEnd", &self.period_end)?;
        object.optional("periodStart", &self.period_start)?;
        object.optional("totalNum", &self.total_num)?;
        object.end()
    }
}
/// `BillSettementHotelResponseBodyModule`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BillSettementHotelResponseBodyModule {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BillSettementHotelResponseBodyModule {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => rt::read_field(map, &mut self.category),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "dataList" => rt::read_field(map, &mut self.data_list),
            "periodEnd" => rt::read_field(map, &mut self.period_end),
            "periodStart" => rt::read_field(map, &mut self.period_start),
            "totalNum" => rt::read_field(map, &mut self.total_num),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BillSettementHotelResponseBodyModule {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("category", &self.category)?;
        object.optional("corpId", &self.corp_id)?;
        object.optional("dataList", &self.data_list)?;
        object.optional("periodEnd", &self.period_end)?;
        object.optional("periodStart", &self.period_start)?;
        object.optional("totalNum", &self.total_num)?;
        object.end()
    }
}
/// `GetFlightExceedApplyResponseBodyApplyIntentionInfoDO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetFlightExceedApplyResponseBodyApplyIntentionInfoDO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetFlightExceedApplyResponseBodyApplyIntentionInfoDO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "arrCity" => rt::read_field(map, &mut self.arr_city),
            "arrCityName" => rt::read_field(map, &mut self.arr_city_name),
            "arrTime" => rt::read_field(map, &mut self.arr_time),
            "cabin" => rt::read_field(map, &mut self.cabin),
            "cabinClass" => rt::read_field(map, &mut self.cabin_class),
            "cabinClassStr" => rt::read_field(map, &mut self.cabin_class_str),
            "depCity" => rt::read_field(map, &mut self.dep_city),
            "depCityName" => rt::read_field(map, &mut self.dep_city_name),
            "depTime" => rt::read_field(map, &mut self.dep_time),
            "discount" => rt::read_field(map, &mut self.discount),
            "flightNo" => rt::read_field(map, &mut self.flight_no),
            "price" => rt::read_field(map, &mut self.price),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetFlightExceedApplyResponseBodyApplyIntentionInfoDO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("arrCity", &self.arr_city)?;
        object.optional("arrCityName", &self.arr_city_name)?;
        object.optional("arrTime", &self.arr_time)?;
        object.optional("cabin", &self.cabin)?;
        object.optional("cabinClass", &self.cabin_class)?;
        object.optional("cabinClassStr", &self.cabin_class_str)?;
        object.optional("depCity", &self.dep_city)?;
        object.optional("depCityName", &self.dep_city_name)?;
        object.optional("depTime", &self.dep_time)?;
        object.optional("discount", &self.discount)?;
        object.optional("flightNo", &self.flight_no)?;
        object.optional("price", &self.price)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetHotelExceedApplyResponseBodyApplyIntentionInfoDO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetHotelExceedApplyResponseBodyApplyIntentionInfoDO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetHotelExceedApplyResponseBodyApplyIntentionInfoDO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "checkIn" => rt::read_field(map, &mut self.check_in),
            "checkOut" => rt::read_field(map, &mut self.check_out),
            "cityCode" => rt::read_field(map, &mut self.city_code),
            "cityName" => rt::read_field(map, &mut self.city_name),
            "price" => rt::read_field(map, &mut self.price),
            "together" => rt::read_field(map, &mut self.together),
            "type" => rt::read_field(map, &mut self.r#type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetHotelExceedApplyResponseBodyApplyIntentionInfoDO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("checkIn", &self.check_in)?;
        object.optional("checkOut", &self.check_out)?;
        object.optional("cityCode", &self.city_code)?;
        object.optional("cityName", &self.city_name)?;
        object.optional("price", &self.price)?;
        object.optional("together", &self.together)?;
        object.optional("type", &self.r#type)?;
        object.end()
    }
}
/// `GetTrainExceedApplyResponseBodyApplyIntentionInfoDO`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for GetTrainExceedApplyResponseBodyApplyIntentionInfoDO {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetTrainExceedApplyResponseBodyApplyIntentionInfoDO {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "arrCity" => rt::read_field(map, &mut self.arr_city),
            "arrCityName" => rt::read_field(map, &mut self.arr_city_name),
            "arrStation" => rt::read_field(map, &mut self.arr_station),
            "arrTime" => rt::read_field(map, &mut self.arr_time),
            "depCity" => rt::read_field(map, &mut self.dep_city),
            "depCityName" => rt::read_field(map, &mut self.dep_city_name),
            "depStation" => rt::read_field(map, &mut self.dep_station),
            "depTime" => rt::read_field(map, &mut self.dep_time),
            "price" => rt::read_field(map, &mut self.price),
            "seatName" => rt::read_field(map, &mut self.seat_name),
            "trainNo" => rt::read_field(map, &mut self.train_no),
            "trainTypeDesc" => rt::read_field(map, &mut self.train_type_desc),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetTrainExceedApplyResponseBodyApplyIntentionInfoDO {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("arrCity", &self.arr_city)?;
        object.optional("arrCityName", &self.arr_city_name)?;
        object.optional("arrStation", &self.arr_station)?;
        object.optional("arrTime", &self.arr_time)?;
        object.optional("depCity", &self.dep_city)?;
        object.optional("depCityName", &self.dep_city_name)?;
        object.optional("depStation", &self.dep_station)?;
        object.optional("depTime", &self.dep_time)?;
        object.optional("price", &self.price)?;
        object.optional("seatName", &self.seat_name)?;
        object.optional("trainNo", &self.train_no)?;
        object.optional("trainTypeDesc", &self.train_type_desc)?;
        object.end()
    }
}
/// `QueryCityCarApplyResponseBodyApplyList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryCityCarApplyResponseBodyApplyList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCityCarApplyResponseBodyApplyList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "approverList" => rt::read_field(map, &mut self.approver_list),
            "departId" => rt::read_field(map, &mut self.depart_id),
            "departName" => rt::read_field(map, &mut self.depart_name),
            "gmtCreate" => rt::read_field(map, &mut self.gmt_create),
            "gmtModified" => rt::read_field(map, &mut self.gmt_modified),
            "itineraryList" => rt::read_field(map, &mut self.itinerary_list),
            "status" => rt::read_field(map, &mut self.status),
            "statusDesc" => rt::read_field(map, &mut self.status_desc),
            "thirdPartApplyId" => rt::read_field(map, &mut self.third_part_apply_id),
            "tripCause" => rt::read_field(map, &mut self.trip_cause),
            "tripTitle" => rt::read_field(map, &mut self.trip_title),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCityCarApplyResponseBodyApplyList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("approverList", &self.approver_list)?;
        object.optional("departId", &self.depart_id)?;
        object.optional("departName", &self.depart_name)?;
        object.optional("gmtCreate", &self.gmt_create)?;
        object.optional("gmtModified", &self.gmt_modified)?;
        object.optional("itineraryList", &self.itinerary_list)?;
        object.optional("status", &self.status)?;
        object.optional("statusDesc", &self.status_desc)?;
        object.optional("thirdPartApplyId", &self.third_part_apply_id)?;
        object.optional("tripCause", &self.trip_cause)?;
        object.optional("tripTitle", &self.trip_title)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `QueryUnionOrderResponseBodyFlightList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUnionOrderResponseBodyFlightList {
    /// `flightOrderId`.
    pub flight_order_id: Option<i64>,
    /// `flightOrderStatus`.
    pub flight_order_status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUnionOrderResponseBodyFlightList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUnionOrderResponseBodyFlightList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "flightOrderId" => rt::read_field(map, &mut self.flight_order_id),
            "flightOrderStatus" => rt::read_field(map, &mut self.flight_order_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUnionOrderResponseBodyFlightList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("flightOrderId", &self.flight_order_id)?;
        object.optional("flightOrderStatus", &self.flight_order_status)?;
        object.end()
    }
}
/// `QueryUnionOrderResponseBodyHotelList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUnionOrderResponseBodyHotelList {
    /// `hotelOrderId`.
    pub hotel_order_id: Option<i64>,
    /// `hotelOrderStatus`.
    pub hotel_order_status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUnionOrderResponseBodyHotelList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUnionOrderResponseBodyHotelList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "hotelOrderId" => rt::read_field(map, &mut self.hotel_order_id),
            "hotelOrderStatus" => rt::read_field(map, &mut self.hotel_order_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUnionOrderResponseBodyHotelList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("hotelOrderId", &self.hotel_order_id)?;
        object.optional("hotelOrderStatus", &self.hotel_order_status)?;
        object.end()
    }
}
/// `QueryUnionOrderResponseBodyTrainList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUnionOrderResponseBodyTrainList {
    /// `trainOrderId`.
    pub train_order_id: Option<i64>,
    /// `trainOrderstatus`.
    pub train_orderstatus: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUnionOrderResponseBodyTrainList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUnionOrderResponseBodyTrainList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "trainOrderId" => rt::read_field(map, &mut self.train_order_id),
            "trainOrderstatus" => rt::read_field(map, &mut self.train_orderstatus),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUnionOrderResponseBodyTrainList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("trainOrderId", &self.train_order_id)?;
        object.optional("trainOrderstatus", &self.train_orderstatus)?;
        object.end()
    }
}
/// `QueryUnionOrderResponseBodyVehicleList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUnionOrderResponseBodyVehicleList {
    /// `vehicleOrderId`.
    pub vehicle_order_id: Option<i64>,
    /// `vehicleOrderStatus`.
    pub vehicle_order_status: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryUnionOrderResponseBodyVehicleList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryUnionOrderResponseBodyVehicleList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "vehicleOrderId" => rt::read_field(map, &mut self.vehicle_order_id),
            "vehicleOrderStatus" => rt::read_field(map, &mut self.vehicle_order_status),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryUnionOrderResponseBodyVehicleList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("vehicleOrderId", &self.vehicle_order_id)?;
        object.optional("vehicleOrderStatus", &self.vehicle_order_status)?;
        object.end()
    }
}
/// `BillSettementBtripTrainResponseBodyModuleDataList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for BillSettementBtripTrainResponseBodyModuleDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BillSettementBtripTrainResponseBodyModuleDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "alipayTradeNo" => rt::read_field(map, &mut self.alipay_trade_no),
            "applyId" => rt::read_field(map, &mut self.apply_id),
            "arrDate" => rt::read_field(map, &mut self.arr_date),
            "arrStation" => rt::read_field(map, &mut self.arr_station),
            "arrTime" => rt::read_field(map, &mut self.arr_time),
            "billRecordTime" => rt::read_field(map, &mut self.bill_record_time),
            "bookTime" => rt::read_field(map, &mut self.book_time),
            "bookerId" => rt::read_field(map, &mut self.booker_id),
            "bookerJobNo" => rt::read_field(map, &mut self.booker_job_no),
            "bookerName" => rt::read_field(map, &mut self.booker_name),
            "capitalDirection" => rt::read_field(map, &mut self.capital_direction),
            "cascadeDepartment" => rt::read_field(map, &mut self.cascade_department),
            "changeFee" => rt::read_field(map, &mut self.change_fee),
            "coachNo" => rt::read_field(map, &mut self.coach_no),
            "costCenter" => rt::read_field(map, &mut self.cost_center),
            "costCenterNumber" => rt::read_field(map, &mut self.cost_center_number),
            "coupon" => rt::read_field(map, &mut self.coupon),
            "department" => rt::read_field(map, &mut self.department),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "deptDate" => rt::read_field(map, &mut self.dept_date),
            "deptStation" => rt::read_field(map, &mut self.dept_station),
            "deptTime" => rt::read_field(map, &mut self.dept_time),
            "feeType" => rt::read_field(map, &mut self.fee_type),
            "index" => rt::read_field(map, &mut self.index),
            "invoiceTitle" => rt::read_field(map, &mut self.invoice_title),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "orderPrice" => rt::read_field(map, &mut self.order_price),
            "overApplyId" => rt::read_field(map, &mut self.over_apply_id),
            "primaryId" => rt::read_field(map, &mut self.primary_id),
            "projectCode" => rt::read_field(map, &mut self.project_code),
            "projectName" => rt::read_field(map, &mut self.project_name),
            "refundFee" => rt::read_field(map, &mut self.refund_fee),
            "remark" => rt::read_field(map, &mut self.remark),
            "runTime" => rt::read_field(map, &mut self.run_time),
            "seatNo" => rt::read_field(map, &mut self.seat_no),
            "seatType" => rt::read_field(map, &mut self.seat_type),
            "serviceFee" => rt::read_field(map, &mut self.service_fee),
            "settlementFee" => rt::read_field(map, &mut self.settlement_fee),
            "settlementGrantFee" => rt::read_field(map, &mut self.settlement_grant_fee),
            "settlementTime" => rt::read_field(map, &mut self.settlement_time),
            "settlementType" => rt::read_field(map, &mut self.settlement_type),
            "shortTicketNo" => rt::read_field(map, &mut self.short_ticket_no),
            "status" => rt::read_field(map, &mut self.status),
            "ticketNo" => rt::read_field(map, &mut self.ticket_no),
            "ticketPrice" => rt::read_field(map, &mut self.ticket_price),
            "trainNo" => rt::read_field(map, &mut self.train_no),
            "trainType" => rt::read_field(map, &mut self.train_type),
            "travelerId" => rt::read_field(map, &mut self.traveler_id),
            "travelerJobNo" => rt::read_field(map, &mut self.traveler_job_no),
            "travelerName" => rt::read_field(map, &mut self.traveler_name),
            "voucherType" => rt::read_field(map, &mut self.voucher_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BillSettementBtripTrainResponseBodyModuleDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alipayTradeNo", &self.alipay_trade_no)?;
        object.optional("applyId", &self.apply_id)?;
        object.optional("arrDate", &self.arr_date)?;
        object.optional("arrStation", &self.arr_station)?;
        object.optional("arrTime", &self.arr_time)?;
        object.optional("billRecordTime", &self.bill_record_time)?;
        object.optional("bookTime", &self.book_time)?;
        object.optional("bookerId", &self.booker_id)?;
        object.optional("bookerJobNo", &self.booker_job_no)?;
        object.optional("bookerName", &self.booker_name)?;
        object.optional("capitalDirection", &self.capital_direction)?;
        object.optional("cascadeDepartment", &self.cascade_department)?;
        object.optional("changeFee", &self.change_fee)?;
        object.optional("coachNo", &self.coach_no)?;
        object.optional("costCenter", &self.cost_center)?;
        object.optional("costCenterNumber", &self.cost_center_number)?;
        object.optional("coupon", &self.coupon)?;
        object.optional("department", &self.department)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("deptDate", &self.dept_date)?;
        object.optional("deptStation", &self.dept_station)?;
        object.optional("deptTime", &self.dept_time)?;
        object.optional("feeType", &self.fee_type)?;
        object.optional("index", &self.index)?;
        object.optional("invoiceTitle", &self.invoice_title)?;
        object.optional("orderId", &self.order_id)?;
        object.optional("orderPrice", &self.order_price)?;
        object.optional("overApplyId", &self.over_apply_id)?;
        object.optional("primaryId", &self.primary_id)?;
        object.optional("projectCode", &self.project_code)?;
        object.optional("projectName", &self.project_name)?;
        object.optional("refundFee", &self.refund_fee)?;
        object.optional("remark", &self.remark)?;
        object.optional("runTime", &self.run_time)?;
        object.optional("seatNo", &self.seat_no)?;
        object.optional("seatType", &self.seat_type)?;
        object.optional("serviceFee", &self.service_fee)?;
        object.optional("settlementFee", &self.settlement_fee)?;
        object.optional("settlementGrantFee", &self.settlement_grant_fee)?;
        object.optional("settlementTime", &self.settlement_time)?;
        object.optional("settlementType", &self.settlement_type)?;
        object.optional("shortTicketNo", &self.short_ticket_no)?;
        object.optional("status", &self.status)?;
        object.optional("ticketNo", &self.ticket_no)?;
        object.optional("ticketPrice", &self.ticket_price)?;
        object.optional("trainNo", &self.train_no)?;
        object.optional("trainType", &self.train_type)?;
        object.optional("travelerId", &self.traveler_id)?;
        object.optional("travelerJobNo", &self.traveler_job_no)?;
        object.optional("travelerName", &self.traveler_name)?;
        object.optional("voucherType", &self.voucher_type)?;
        object.end()
    }
}
/// `BillSettementCarResponseBodyModuleDataList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BillSettementCarResponseBodyModuleDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BillSettementCarResponseBodyModuleDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "alipayTradeNo" => rt::read_field(map, &mut self.alipay_trade_no),
            "applyId" => rt::read_field(map, &mut self.apply_id),
            "arrCity" => rt::read_field(map, &mut self.arr_city),
            "arrDate" => rt::read_field(map, &mut self.arr_date),
            "arrLocation" => rt::read_field(map, &mut self.arr_location),
            "arrTime" => rt::read_field(map, &mut self.arr_time),
            "billRecordTime" => rt::read_field(map, &mut self.bill_record_time),
            "bookTime" => rt::read_field(map, &mut self.book_time),
            "bookerId" => rt::read_field(map, &mut self.booker_id),
            "bookerJobNo" => rt::read_field(map, &mut self.booker_job_no),
            "bookerName" => rt::read_field(map, &mut self.booker_name),
            "businessCategory" => rt::read_field(map, &mut self.business_category),
            "capitalDirection" => rt::read_field(map, &mut self.capital_direction),
            "carLevel" => rt::read_field(map, &mut self.car_level),
            "cascadeDepartment" => rt::read_field(map, &mut self.cascade_department),
            "costCenter" => rt::read_field(map, &mut self.cost_center),
            "costCenterNumber" => rt::read_field(map, &mut self.cost_center_number),
            "coupon" => rt::read_field(map, &mut self.coupon),
            "couponPrice" => rt::read_field(map, &mut self.coupon_price),
            "department" => rt::read_field(map, &mut self.department),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "deptCity" => rt::read_field(map, &mut self.dept_city),
            "deptDate" => rt::read_field(map, &mut self.dept_date),
            "deptLocation" => rt::read_field(map, &mut self.dept_location),
            "deptTime" => rt::read_field(map, &mut self.dept_time),
            "estimateDriveDistance" => {
                rt::read_field(map, &mut self.estimate_drive_distance)
            }
            "estimatePrice" => rt::read_field(map, &mut self.estimate_price),
            "feeType" => rt::read_field(map, &mut self.fee_type),
            "index" => rt::read_field(map, &mut self.index),
            "invoiceTitle" => rt::read_field(map, &mut self.invoice_title),
            "memo" => rt::read_field(map, &mut self.memo),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "orderPrice" => rt::read_field(map, &mut self.order_price),
            "overApplyId" => rt::read_field(map, &mut self.over_apply_id),
            "personSettleFee" => rt::read_field(map, &mut self.person_settle_fee),
            "primaryId" => rt::read_field(map, &mut self.primary_id),
            "projectCode" => rt::read_field(map, &mut self.project_code),
            "projectName" => rt::read_field(map, &mut self.project_name),
            "providerName" => rt::read_field(map, &mut self.provider_name),
            "realDriveDistance" => rt::read_field(map, &mut self.real_drive_distance),
            "realFromAddr" => rt::read_field(map, &mut self.real_from_addr),
            "realToAddr" => rt::read_field(map, &mut self.real_to_addr),
            "remark" => rt::read_field(map, &mut self.remark),
            "serviceFee" => rt::read_field(map, &mut self.service_fee),
            "settlementFee" => rt::read_field(map, &mut self.settlement_fee),
            "settlementGrantFee" => rt::read_field(map, &mut self.settlement_grant_fee),
            "settlementTime" => rt::read_field(map, &mut self.settlement_time),
            "settlementType" => rt::read_field(map, &mut self.settlement_type),
            "specialOrder" => rt::read_field(map, &mut self.special_order),
            "specialReason" => rt::read_field(map, &mut self.special_reason),
            "status" => rt::read_field(map, &mut self.status),
            "subOrderId" => rt::read_field(map, &mut self.sub_order_id),
            "travelerId" => rt::read_field(map, &mut self.traveler_id),
            "travelerJobNo" => rt::read_field(map, &mut self.traveler_job_no),
            "travelerName" => rt::read_field(map, &mut self.traveler_name),
            "userConfirmDesc" => rt::read_field(map, &mut self.user_confirm_desc),
            "voucherType" => rt::read_field(map, &mut self.voucher_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BillSettementCarResponseBodyModuleDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alipayTradeNo", &self.alipay_trade_no)?;
        object.optional("applyId", &self.apply_id)?;
        object.optional("arrCity", &self.arr_city)?;
        object.optional("arrDate", &self.arr_date)?;
        object.optional("arrLocation", &self.arr_location)?;
        object.optional("arrTime", &self.arr_time)?;
        object.optional("billRecordTime", &self.bill_record_time)?;
        object.optional("bookTime", &self.book_time)?;
        object.optional("bookerId", &self.booker_id)?;
        object.optional("bookerJobNo", &self.booker_job_no)?;
        object.optional("bookerName", &self.booker_name)?;
        object.optional("businessCategory", &self.business_category)?;
        object.optional("capitalDirection", &self.capital_direction)?;
        object.optional("carLevel", &self.car_level)?;
        object.optional("cascadeDepartment", &self.cascade_department)?;
        object.optional("costCenter", &self.cost_center)?;
        object.optional("costCenterNumber", &self.cost_center_number)?;
        object.optional("coupon", &self.coupon)?;
        object.optional("couponPrice", &self.coupon_price)?;
        object.optional("department", &self.department)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("deptCity", &self.dept_city)?;
        object.optional("deptDate", &self.dept_date)?;
        object.optional("deptLocation", &self.dept_location)?;
        object.optional("deptTime", &self.dept_time)?;
        object.optional("estimateDriveDistance", &self.estimate_drive_distance)?;
        object.optional("estimatePrice", &self.estimate_price)?;
        object.optional("feeType", &self.fee_type)?;
        object.optional("index", &self.index)?;
        object.optional("invoiceTitle", &self.invoice_title)?;
        object.optional("memo", &self.memo)?;
        object.optional("orderId", &self.order_id)?;
        object.optional("orderPrice", &self.order_price)?;
        object.optional("overApplyId", &self.over_apply_id)?;
        object.optional("personSettleFee", &self.person_settle_fee)?;
        object.optional("primaryId", &self.primary_id)?;
        object.optional("projectCode", &self.project_code)?;
        object.optional("projectName", &self.project_name)?;
        object.optional("providerName", &self.provider_name)?;
        object.optional("realDriveDistance", &self.real_drive_distance)?;
        object.optional("realFromAddr", &self.real_from_addr)?;
        object.optional("realToAddr", &self.real_to_addr)?;
        object.optional("remark", &self.remark)?;
        object.optional("serviceFee", &self.service_fee)?;
        object.optional("settlementFee", &self.settlement_fee)?;
        object.optional("settlementGrantFee", &self.settlement_grant_fee)?;
        object.optional("settlementTime", &self.settlement_time)?;
        object.optional("settlementType", &self.settlement_type)?;
        object.optional("specialOrder", &self.special_order)?;
        object.optional("specialReason", &self.special_reason)?;
        object.optional("status", &self.status)?;
        object.optional("subOrderId", &self.sub_order_id)?;
        object.optional("travelerId", &self.traveler_id)?;
        object.optional("travelerJobNo", &self.traveler_job_no)?;
        object.optional("travelerName", &self.traveler_name)?;
        object.optional("userConfirmDesc", &self.user_confirm_desc)?;
        object.optional("voucherType", &self.voucher_type)?;
        object.end()
    }
}
/// `BillSettementFlightResponseBodyModuleDataList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BillSettementFlightResponseBodyModuleDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BillSettementFlightResponseBodyModuleDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "advanceDay" => rt::read_field(map, &mut self.advance_day),
            "airlineCorpCode" => rt::read_field(map, &mut self.airline_corp_code),
            "airlineCorpName" => rt::read_field(map, &mut self.airline_corp_name),
            "alipayTradeNo" => rt::read_field(map, &mut self.alipay_trade_no),
            "applyId" => rt::read_field(map, &mut self.apply_id),
            "arrAirportCode" => rt::read_field(map, &mut self.arr_airport_code),
            "arrCity" => rt::read_field(map, &mut self.arr_city),
            "arrDate" => rt::read_field(map, &mut self.arr_date),
            "arrStation" => rt::read_field(map, &mut self.arr_station),
            "arrTime" => rt::read_field(map, &mut self.arr_time),
            "billRecordTime" => rt::read_field(map, &mut self.bill_record_time),
            "bookTime" => rt::read_field(map, &mut self.book_time),
            "bookerId" => rt::read_field(map, &mut self.booker_id),
            "bookerJobNo" => rt::read_field(map, &mut self.booker_job_no),
            "bookerName" => rt::read_field(map, &mut self.booker_name),
            "btripCouponFee" => rt::read_field(map, &mut self.btrip_coupon_fee),
            "buildFee" => rt::read_field(map, &mut self.build_fee),
            "cabin" => rt::read_field(map, &mut self.cabin),
            "cabinClass" => rt::read_field(map, &mut self.cabin_class),
            "capitalDirection" => rt::read_field(map, &mut self.capital_direction),
            "cascadeDepartment" => rt::read_field(map, &mut self.cascade_department),
            "changeFee" => rt::read_field(map, &mut self.change_fee),
            "corpPayOrderFee" => rt::read_field(map, &mut self.corp_pay_order_fee),
            "costCenter" => rt::read_field(map, &mut self.cost_center),
            "costCenterNumber" => rt::read_field(map, &mut self.cost_center_number),
            "coupon" => rt::read_field(map, &mut self.coupon),
            "depAirportCode" => rt::read_field(map, &mut self.dep_airport_code),
            "department" => rt::read_field(map, &mut self.department),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "deptCity" => rt::read_field(map, &mut self.dept_city),
            "deptDate" => rt::read_field(map, &mut self.dept_date),
            "deptStation" => rt::read_field(map, &mut self.dept_station),
            "deptTime" => rt::read_field(map, &mut self.dept_time),
            "discount" => rt::read_field(map, &mut self.discount),
            "feeType" => rt::read_field(map, &mut self.fee_type),
            "flightNo" => rt::read_field(map, &mut self.flight_no),
            "index" => rt::read_field(map, &mut self.index),
            "insuranceFee" => rt::read_field(map, &mut self.insurance_fee),
            "invoiceTitle" => rt::read_field(map, &mut self.invoice_title),
            "itineraryNum" => rt::read_field(map, &mut self.itinerary_num),
            "itineraryPrice" => rt::read_field(map, &mut self.itinerary_price),
            "mostDifferenceDeptTime" => {
                rt::read_field(map, &mut self.most_difference_dept_time)
            }
            "mostDifferenceDiscount" => {
                rt::read_field(map, &mut self.most_difference_discount)
            }
            "mostDifferenceFlightNo" => {
                rt::read_field(map, &mut self.most_difference_flight_no)
            }
            "mostDifferencePrice" => rt::read_field(map, &mut self.most_difference_price),
            "mostDifferenceReason" => {
                rt::read_field(map, &mut self.most_difference_reason)
            }
            "mostPrice" => rt::read_field(map, &mut self.most_price),
            "negotiationCouponFee" => {
                rt::read_field(map, &mut self.negotiation_coupon_fee)
            }
            "oilFee" => rt::read_field(map, &mut self.oil_fee),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "overApplyId" => rt::read_field(map, &mut self.over_apply_id),
            "primaryId" => rt::read_field(map, &mut self.primary_id),
            "projectCode" => rt::read_field(map, &mut self.project_code),
            "projectName" => rt::read_field(map, &mut self.project_name),
            "refundFee" => rt::read_field(map, &mut self.refund_fee),
            "refundUpgradeCost" => rt::read_field(map, &mut self.refund_upgrade_cost),
            "remark" => rt::read_field(map, &mut self.remark),
            "repeatRefund" => rt::read_field(map, &mut self.repeat_refund),
            "sealPrice" => rt::read_field(map, &mut self.seal_price),
            "serviceFee" => rt::read_field(map, &mut self.service_fee),
            "settlementFee" => rt::read_field(map, &mut self.settlement_fee),
            "settlementGrantFee" => rt::read_field(map, &mut self.settlement_grant_fee),
            "settlementTime" => rt::read_field(map, &mut self.settlement_time),
            "settlementType" => rt::read_field(map, &mut self.settlement_type),
            "status" => rt::read_field(map, &mut self.status),
            "ticketId" => rt::read_field(map, &mut self.ticket_id),
            "travelerId" => rt::read_field(map, &mut self.traveler_id),
            "travelerJobNo" => rt::read_field(map, &mut self.traveler_job_no),
            "travelerName" => rt::read_field(map, &mut self.traveler_name),
            "upgradeCost" => rt::read_field(map, &mut self.upgrade_cost),
            "voucherType" => rt::read_field(map, &mut self.voucher_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BillSettementFlightResponseBodyModuleDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("advanceDay", &self.advance_day)?;
        object.optional("airlineCorpCode", &self.airline_corp_code)?;
        object.optional("airlineCorpName", &self.airline_corp_name)?;
        object.optional("alipayTradeNo", &self.alipay_trade_no)?;
        object.optional("applyId", &self.apply_id)?;
        object.optional("arrAirportCode", &self.arr_airport_code)?;
        object.optional("arrCity", &self.arr_city)?;
        object.optional("arrDate", &self.arr_date)?;
        object.optional("arrStation", &self.arr_station)?;
        object.optional("arrTime", &self.arr_time)?;
        object.optional("billRecordTime", &self.bill_record_time)?;
        object.optional("bookTime", &self.book_time)?;
        object.optional("bookerId", &self.booker_id)?;
        object.optional("bookerJobNo", &self.booker_job_no)?;
        object.optional("bookerName", &self.booker_name)?;
        object.optional("btripCouponFee", &self.btrip_coupon_fee)?;
        object.optional("buildFee", &self.build_fee)?;
        object.optional("cabin", &self.cabin)?;
        object.optional("cabinClass", &self.cabin_class)?;
        object.optional("capitalDirection", &self.capital_direction)?;
        object.optional("cascadeDepartment", &self.cascade_department)?;
        object.optional("changeFee", &self.change_fee)?;
        object.optional("corpPayOrderFee", &self.corp_pay_order_fee)?;
        object.optional("costCenter", &self.cost_center)?;
        object.optional("costCenterNumber", &self.cost_center_number)?;
        object.optional("coupon", &self.coupon)?;
        object.optional("depAirportCode", &self.dep_airport_code)?;
        object.optional("department", &self.department)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("deptCity", &self.dept_city)?;
        object.optional("deptDate", &self.dept_date)?;
        object.optional("deptStation", &self.dept_station)?;
        object.optional("deptTime", &self.dept_time)?;
        object.optional("discount", &self.discount)?;
        object.optional("feeType", &self.fee_type)?;
        object.optional("flightNo", &self.flight_no)?;
        object.optional("index", &self.index)?;
        object.optional("insuranceFee", &self.insurance_fee)?;
        object.optional("invoiceTitle", &self.invoice_title)?;
        object.optional("itineraryNum", &self.itinerary_num)?;
        object.optional("itineraryPrice", &self.itinerary_price)?;
        object.optional("mostDifferenceDeptTime", &self.most_difference_dept_time)?;
        object.optional("mostDifferenceDiscount", &self.most_difference_discount)?;
        object.optional("mostDifferenceFlightNo", &self.most_difference_flight_no)?;
        object.optional("mostDifferencePrice", &self.most_difference_price)?;
        object.optional("mostDifferenceReason", &self.most_difference_reason)?;
        object.optional("mostPrice", &self.most_price)?;
        object.optional("negotiationCouponFee", &self.negotiation_coupon_fee)?;
        object.optional("oilFee", &self.oil_fee)?;
        object.optional("orderId", &self.order_id)?;
        object.optional("overApplyId", &self.over_apply_id)?;
        object.optional("primaryId", &self.primary_id)?;
        object.optional("projectCode", &self.project_code)?;
        object.optional("projectName", &self.project_name)?;
        object.optional("refundFee", &self.refund_fee)?;
        object.optional("refundUpgradeCost", &self.refund_upgrade_cost)?;
        object.optional("remark", &self.remark)?;
        object.optional("repeatRefund", &self.repeat_refund)?;
        object.optional("sealPrice", &self.seal_price)?;
        object.optional("serviceFee", &self.service_fee)?;
        object.optional("settlementFee", &self.settlement_fee)?;
        object.optional("settlementGrantFee", &self.settlement_grant_fee)?;
        object.optional("settlementTime", &self.settlement_time)?;
        object.optional("settlementType", &self.settlement_type)?;
        object.optional("status", &self.status)?;
        object.optional("ticketId", &self.ticket_id)?;
        object.optional("travelerId", &self.traveler_id)?;
        object.optional("travelerJobNo", &self.traveler_job_no)?;
        object.optional("travelerName", &self.traveler_name)?;
        object.optional("upgradeCost", &self.upgrade_cost)?;
        object.optional("voucherType", &self.voucher_type)?;
        object.end()
    }
}
/// `BillSettementHotelResponseBodyModuleDataList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for BillSettementHotelResponseBodyModuleDataList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for BillSettementHotelResponseBodyModuleDataList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "alipayTradeNo" => rt::read_field(map, &mut self.alipay_trade_no),
            "applyId" => rt::read_field(map, &mut self.apply_id),
            "billRecordTime" => rt::read_field(map, &mut self.bill_record_time),
            "bookTime" => rt::read_field(map, &mut self.book_time),
            "bookerId" => rt::read_field(map, &mut self.booker_id),
            "bookerJobNo" => rt::read_field(map, &mut self.booker_job_no),
            "bookerName" => rt::read_field(map, &mut self.booker_name),
            "capitalDirection" => rt::read_field(map, &mut self.capital_direction),
            "cascadeDepartment" => rt::read_field(map, &mut self.cascade_department),
            "checkInDate" => rt::read_field(map, &mut self.check_in_date),
            "checkoutDate" => rt::read_field(map, &mut self.checkout_date),
            "city" => rt::read_field(map, &mut self.city),
            "cityCode" => rt::read_field(map, &mut self.city_code),
            "corpRefundFee" => rt::read_field(map, &mut self.corp_refund_fee),
            "corpTotalFee" => rt::read_field(map, &mut self.corp_total_fee),
            "costCenter" => rt::read_field(map, &mut self.cost_center),
            "costCenterNumber" => rt::read_field(map, &mut self.cost_center_number),
            "department" => rt::read_field(map, &mut self.department),
            "departmentId" => rt::read_field(map, &mut self.department_id),
            "feeType" => rt::read_field(map, &mut self.fee_type),
            "fees" => rt::read_field(map, &mut self.fees),
            "fuPointFee" => rt::read_field(map, &mut self.fu_point_fee),
            "hotelName" => rt::read_field(map, &mut self.hotel_name),
            "index" => rt::read_field(map, &mut self.index),
            "invoiceTitle" => rt::read_field(map, &mut self.invoice_title),
            "isNegotiation" => rt::read_field(map, &mut self.is_negotiation),
            "isShareStr" => rt::read_field(map, &mut self.is_share_str),
            "nights" => rt::read_field(map, &mut self.nights),
            "orderId" => rt::read_field(map, &mut self.order_id),
            "orderPrice" => rt::read_field(map, &mut self.order_price),
            "orderType" => rt::read_field(map, &mut self.order_type),
            "overApplyId" => rt::read_field(map, &mut self.over_apply_id),
            "personRefundFee" => rt::read_field(map, &mut self.person_refund_fee),
            "personSettlePrice" => rt::read_field(map, &mut self.person_settle_price),
            "primaryId" => rt::read_field(map, &mut self.primary_id),
            "projectCode" => rt::read_field(map, &mut self.project_code),
            "projectName" => rt::read_field(map, &mut self.project_name),
            "promotionFee" => rt::read_field(map, &mut self.promotion_fee),
            "remark" => rt::read_field(map, &mut self.remark),
            "roomNumber" => rt::read_field(map, &mut self.room_number),
            "roomPrice" => rt::read_field(map, &mut self.room_price),
            "roomType" => rt::read_field(map, &mut self.room_type),
            "serviceFee" => rt::read_field(map, &mut self.service_fee),
            "settlementFee" => rt::read_field(map, &mut self.settlement_fee),
            "settlementGrantFee" => rt::read_field(map, &mut self.settlement_grant_fee),
            "settlementTime" => rt::read_field(map, &mut self.settlement_time),
            "settlementType" => rt::read_field(map, &mut self.settlement_type),
            "status" => rt::read_field(map, &mut self.status),
            "totalNights" => rt::read_field(map, &mut self.total_nights),
            "travelerId" => rt::read_field(map, &mut self.traveler_id),
            "travelerJobNo" => rt::read_field(map, &mut self.traveler_job_no),
            "travelerName" => rt::read_field(map, &mut self.traveler_name),
            "voucherType" => rt::read_field(map, &mut self.voucher_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for BillSettementHotelResponseBodyModuleDataList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("alipayTradeNo", &self.alipay_trade_no)?;
        object.optional("applyId", &self.apply_id)?;
        object.optional("billRecordTime", &self.bill_record_time)?;
        object.optional("bookTime", &self.book_time)?;
        object.optional("bookerId", &self.booker_id)?;
        object.optional("bookerJobNo", &self.booker_job_no)?;
        object.optional("bookerName", &self.booker_name)?;
        object.optional("capitalDirection", &self.capital_direction)?;
        object.optional("cascadeDepartment", &self.cascade_department)?;
        object.optional("checkInDate", &self.check_in_date)?;
        object.optional("checkoutDate", &self.checkout_date)?;
        object.optional("city", &self.city)?;
        object.optional("cityCode", &self.city_code)?;
        object.optional("corpRefundFee", &self.corp_refund_fee)?;
        object.optional("corpTotalFee", &self.corp_total_fee)?;
        object.optional("costCenter", &self.cost_center)?;
        object.optional("costCenterNumber", &self.cost_center_number)?;
        object.optional("department", &self.department)?;
        object.optional("departmentId", &self.department_id)?;
        object.optional("feeType", &self.fee_type)?;
        object.optional("fees", &self.fees)?;
        object.optional("fuPointFee", &self.fu_point_fee)?;
        object.optional("hotelName", &self.hotel_name)?;
        object.optional("index", &self.index)?;
        object.optional("invoiceTitle", &self.invoice_title)?;
        object.optional("isNegotiation", &self.is_negotiation)?;
        object.optional("isShareStr", &self.is_share_str)?;
        object.optional("nights", &self.nights)?;
        object.optional("orderId", &self.order_id)?;
        object.optional("orderPrice", &self.order_price)?;
        object.optional("orderType", &self.order_type)?;
        object.optional("overApplyId", &self.over_apply_id)?;
        object.optional("personRefundFee", &self.person_refund_fee)?;
        object.optional("personSettlePrice", &self.person_settle_price)?;
        object.optional("primaryId", &self.primary_id)?;
        object.optional("projectCode", &self.project_code)?;
        object.optional("projectName", &self.project_name)?;
        object.optional("promotionFee", &self.promotion_fee)?;
        object.optional("remark", &self.remark)?;
        object.optional("roomNumber", &self.room_number)?;
        object.optional("roomPrice", &self.room_price)?;
        object.optional("roomType", &self.room_type)?;
        object.optional("serviceFee", &self.service_fee)?;
        object.optional("settlementFee", &self.settlement_fee)?;
        object.optional("settlementGrantFee", &self.settlement_grant_fee)?;
        object.optional("settlementTime", &self.settlement_time)?;
        object.optional("settlementType", &self.settlement_type)?;
        object.optional("status", &self.status)?;
        object.optional("totalNights", &self.total_nights)?;
        object.optional("travelerId", &self.traveler_id)?;
        object.optional("travelerJobNo", &self.traveler_job_no)?;
        object.optional("travelerName", &self.traveler_name)?;
        object.optional("voucherType", &self.voucher_type)?;
        object.end()
    }
}
/// `QueryCityCarApplyResponseBodyApplyListApproverList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryCityCarApplyResponseBodyApplyListApproverList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCityCarApplyResponseBodyApplyListApproverList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "note" => rt::read_field(map, &mut self.note),
            "operateTime" => rt::read_field(map, &mut self.operate_time),
            "order" => rt::read_field(map, &mut self.order),
            "status" => rt::read_field(map, &mut self.status),
            "statusDesc" => rt::read_field(map, &mut self.status_desc),
            "userId" => rt::read_field(map, &mut self.user_id),
            "userName" => rt::read_field(map, &mut self.user_name),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCityCarApplyResponseBodyApplyListApproverList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("note", &self.note)?;
        object.optional("operateTime", &self.operate_time)?;
        object.optional("order", &self.order)?;
        object.optional("status", &self.status)?;
        object.optional("statusDesc", &self.status_desc)?;
        object.optional("userId", &self.user_id)?;
        object.optional("userName", &self.user_name)?;
        object.end()
    }
}
/// `QueryCityCarApplyResponseBodyApplyListItineraryList`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de>
for QueryCityCarApplyResponseBodyApplyListItineraryList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryCityCarApplyResponseBodyApplyListItineraryList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "arrCity" => rt::read_field(map, &mut self.arr_city),
            "arrCityCode" => rt::read_field(map, &mut self.arr_city_code),
            "arrDate" => rt::read_field(map, &mut self.arr_date),
            "costCenterId" => rt::read_field(map, &mut self.cost_center_id),
            "costCenterName" => rt::read_field(map, &mut self.cost_center_name),
            "depCity" => rt::read_field(map, &mut self.dep_city),
            "depCityCode" => rt::read_field(map, &mut self.dep_city_code),
            "depDate" => rt::read_field(map, &mut self.dep_date),
            "invoiceId" => rt::read_field(map, &mut self.invoice_id),
            "invoiceName" => rt::read_field(map, &mut self.invoice_name),
            "itineraryId" => rt::read_field(map, &mut self.itinerary_id),
            "projectCode" => rt::read_field(map, &mut self.project_code),
            "projectTitle" => rt::read_field(map, &mut self.project_title),
            "trafficType" => rt::read_field(map, &mut self.traffic_type),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryCityCarApplyResponseBodyApplyListItineraryList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("arrCity", &self.arr_city)?;
        object.optional("arrCityCode", &self.arr_city_code)?;
        object.optional("arrDate", &self.arr_date)?;
        object.optional("costCenterId", &self.cost_center_id)?;
        object.optional("costCenterName", &self.cost_center_name)?;
        object.optional("depCity", &self.dep_city)?;
        object.optional("depCityCode", &self.dep_city_code)?;
        object.optional("depDate", &self.dep_date)?;
        object.optional("invoiceId", &self.invoice_id)?;
        object.optional("invoiceName", &self.invoice_name)?;
        object.optional("itineraryId", &self.itinerary_id)?;
        object.optional("projectCode", &self.project_code)?;
        object.optional("projectTitle", &self.project_title)?;
        object.optional("trafficType", &self.traffic_type)?;
        object.end()
    }
}
/// The request of [`Api::add_city_car_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl AddCityCarApplyRequest {
    /// A `AddCityCarApplyRequest` with its required fields (`cause`, `city`, `corpId`, `date`, `status`, `thirdPartApplyId`, `thirdPartCostCenterId`, `thirdPartInvoiceId`, `timesTotal`, `timesType`, `timesUsed`, `title`, `userId`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        cause: impl Into<String>,
        city: impl Into<String>,
        corp_id: impl Into<String>,
        date: impl Into<String>,
        status: i64,
        third_part_apply_id: impl Into<String>,
        third_part_cost_center_id: impl Into<String>,
        third_part_invoice_id: impl Into<String>,
        times_total: i64,
        times_type: i64,
        times_used: i64,
        title: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            cause: cause.into(),
            city: city.into(),
            corp_id: corp_id.into(),
            date: date.into(),
            finished_date: None,
            project_code: None,
            project_name: None,
            status,
            third_part_apply_id: third_part_apply_id.into(),
            third_part_cost_center_id: third_part_cost_center_id.into(),
            third_part_invoice_id: third_part_invoice_id.into(),
            times_total,
            times_type,
            times_used,
            title: title.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for AddCityCarApplyRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("cause", &self.cause)?;
        object.field("city", &self.city)?;
        object.field("corpId", &self.corp_id)?;
        object.field("date", &self.date)?;
        object.optional("finishedDate", &self.finished_date)?;
        object.optional("projectCode", &self.project_code)?;
        object.optional("projectName", &self.project_name)?;
        object.field("status", &self.status)?;
        object.field("thirdPartApplyId", &self.third_part_apply_id)?;
        object.field("thirdPartCostCenterId", &self.third_part_cost_center_id)?;
        object.field("thirdPartInvoiceId", &self.third_part_invoice_id)?;
        object.field("timesTotal", &self.times_total)?;
        object.field("timesType", &self.times_type)?;
        object.field("timesUsed", &self.times_used)?;
        object.field("title", &self.title)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for AddCityCarApplyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for AddCityCarApplyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "cause" => rt::read_field(map, &mut self.cause),
            "city" => rt::read_field(map, &mut self.city),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "date" => rt::read_field(map, &mut self.date),
            "finishedDate" => rt::read_field(map, &mut self.finished_date),
            "projectCode" => rt::read_field(map, &mut self.project_code),
            "projectName" => rt::read_field(map, &mut self.project_name),
            "status" => rt::read_field(map, &mut self.status),
            "thirdPartApplyId" => rt::read_field(map, &mut self.third_part_apply_id),
            "thirdPartCostCenterId" => {
                rt::read_field(map, &mut self.third_part_cost_center_id)
            }
            "thirdPartInvoiceId" => rt::read_field(map, &mut self.third_part_invoice_id),
            "timesTotal" => rt::read_field(map, &mut self.times_total),
            "timesType" => rt::read_field(map, &mut self.times_type),
            "timesUsed" => rt::read_field(map, &mut self.times_used),
            "title" => rt::read_field(map, &mut self.title),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for AddCityCarApplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::approve_city_car_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl ApproveCityCarApplyRequest {
    /// A `ApproveCityCarApplyRequest` with its required fields (`corpId`, `status`, `thirdPartApplyId`, `userId`); set the others with the methods named after them.
    pub fn new(
        corp_id: impl Into<String>,
        status: i64,
        third_part_apply_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            corp_id: corp_id.into(),
            operate_time: None,
            remark: None,
            status,
            third_part_apply_id: third_part_apply_id.into(),
            user_id: user_id.into(),
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
impl rt::serde::Serialize for ApproveCityCarApplyRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("corpId", &self.corp_id)?;
        object.optional("operateTime", &self.operate_time)?;
        object.optional("remark", &self.remark)?;
        object.field("status", &self.status)?;
        object.field("thirdPartApplyId", &self.third_part_apply_id)?;
        object.field("userId", &self.user_id)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for ApproveCityCarApplyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for ApproveCityCarApplyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "operateTime" => rt::read_field(map, &mut self.operate_time),
            "remark" => rt::read_field(map, &mut self.remark),
            "status" => rt::read_field(map, &mut self.status),
            "thirdPartApplyId" => rt::read_field(map, &mut self.third_part_apply_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BillSettementBtripTrainRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BillSettementBtripTrainRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => rt::read_field(map, &mut self.category),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "periodEnd" => rt::read_field(map, &mut self.period_end),
            "periodStart" => rt::read_field(map, &mut self.period_start),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BillSettementCarRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BillSettementCarRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => rt::read_field(map, &mut self.category),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "periodEnd" => rt::read_field(map, &mut self.period_end),
            "periodStart" => rt::read_field(map, &mut self.period_start),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BillSettementFlightRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BillSettementFlightRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => rt::read_field(map, &mut self.category),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "periodEnd" => rt::read_field(map, &mut self.period_end),
            "periodStart" => rt::read_field(map, &mut self.period_start),
            _ => Ok(false),
        }
    }
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for BillSettementHotelRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for BillSettementHotelRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "category" => rt::read_field(map, &mut self.category),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "periodEnd" => rt::read_field(map, &mut self.period_end),
            "periodStart" => rt::read_field(map, &mut self.period_start),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetFlightExceedApplyRequest {
    /// `applyId`: a query parameter.
    pub apply_id: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
}
impl GetFlightExceedApplyRequest {
    /// A `GetFlightExceedApplyRequest` with its required fields (`applyId`, `corpId`); set the others with the methods named after them.
    pub fn new(apply_id: impl Into<String>, corp_id: impl Into<String>) -> Self {
        Self {
            apply_id: apply_id.into(),
            corp_id: corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetFlightExceedApplyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetFlightExceedApplyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applyId" => rt::read_field(map, &mut self.apply_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetFlightExceedApplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("applyId", &self.apply_id);
        writer.query("corpId", &self.corp_id);
    }
}
/// The request of [`Api::get_hotel_exceed_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetHotelExceedApplyRequest {
    /// `applyId`: a query parameter.
    pub apply_id: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
}
impl GetHotelExceedApplyRequest {
    /// A `GetHotelExceedApplyRequest` with its required fields (`applyId`, `corpId`); set the others with the methods named after them.
    pub fn new(apply_id: impl Into<String>, corp_id: impl Into<String>) -> Self {
        Self {
            apply_id: apply_id.into(),
            corp_id: corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetHotelExceedApplyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetHotelExceedApplyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applyId" => rt::read_field(map, &mut self.apply_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetHotelExceedApplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("applyId", &self.apply_id);
        writer.query("corpId", &self.corp_id);
    }
}
/// The request of [`Api::get_train_exceed_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetTrainExceedApplyRequest {
    /// `applyId`: a query parameter.
    pub apply_id: String,
    /// `corpId`: a query parameter.
    pub corp_id: String,
}
impl GetTrainExceedApplyRequest {
    /// A `GetTrainExceedApplyRequest` with its required fields (`applyId`, `corpId`); set the others with the methods named after them.
    pub fn new(apply_id: impl Into<String>, corp_id: impl Into<String>) -> Self {
        Self {
            apply_id: apply_id.into(),
            corp_id: corp_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetTrainExceedApplyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetTrainExceedApplyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applyId" => rt::read_field(map, &mut self.apply_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetTrainExceedApplyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("applyId", &self.apply_id);
        writer.query("corpId", &self.corp_id);
    }
}
/// The request of [`Api::query_city_car_apply`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryCityCarApplyRequest {
    /// A `QueryCityCarApplyRequest` with its required fields (`corpId`); set the others with the methods named after them.
    pub fn new(corp_id: impl Into<String>) -> Self {
        Self {
            corp_id: corp_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryCityCarApplyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryCityCarApplyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "createdEndAt" => rt::read_field(map, &mut self.created_end_at),
            "createdStartAt" => rt::read_field(map, &mut self.created_start_at),
            "pageNumber" => rt::read_field(map, &mut self.page_number),
            "pageSize" => rt::read_field(map, &mut self.page_size),
            "thirdPartApplyId" => rt::read_field(map, &mut self.third_part_apply_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct QueryUnionOrderRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `thirdPartApplyId`: a query parameter.
    pub third_part_apply_id: Option<String>,
    /// `unionNo`: a query parameter.
    pub union_no: Option<String>,
}
impl QueryUnionOrderRequest {
    /// A `QueryUnionOrderRequest` with its required fields (`corpId`); set the others with the methods named after them.
    pub fn new(corp_id: impl Into<String>) -> Self {
        Self {
            corp_id: corp_id.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryUnionOrderRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryUnionOrderRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "thirdPartApplyId" => rt::read_field(map, &mut self.third_part_apply_id),
            "unionNo" => rt::read_field(map, &mut self.union_no),
            _ => Ok(false),
        }
    }
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl SyncExceedApplyRequest {
    /// A `SyncExceedApplyRequest` with its required fields (`applyId`, `corpId`, `remark`, `status`, `thirdpartyFlowId`, `userId`); set the others with the methods named after them.
    pub fn new(
        apply_id: impl Into<String>,
        corp_id: impl Into<String>,
        remark: impl Into<String>,
        status: i64,
        thirdparty_flow_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        Self {
            apply_id: apply_id.into(),
            corp_id: corp_id.into(),
            remark: remark.into(),
            status,
            thirdparty_flow_id: thirdparty_flow_id.into(),
            user_id: user_id.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for SyncExceedApplyRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for SyncExceedApplyRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "applyId" => rt::read_field(map, &mut self.apply_id),
            "corpId" => rt::read_field(map, &mut self.corp_id),
            "remark" => rt::read_field(map, &mut self.remark),
            "status" => rt::read_field(map, &mut self.status),
            "thirdpartyFlowId" => rt::read_field(map, &mut self.thirdparty_flow_id),
            "userId" => rt::read_field(map, &mut self.user_id),
            _ => Ok(false),
        }
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
