// @generated from api-spec/industry_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 行业开放 (Industry)：零售、医疗、地产、园区、教育等行业的接口。
//!
//! 186 operations, methods of [`Api`] (`client.industry_1_0()`), behind the cargo feature `industry_1_0`; its paths start with `/v1.0/industry/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `industry_1_0`. Get it with `client.industry_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 新增商品
    ///
    /// `POST /v1.0/industry/retail/product/add`: DingTalk's `AiRetailProductAdd` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AiRetailProductAdd")]
    #[doc(alias = "/v1.0/industry/retail/product/add")]
    #[doc(alias = "POST /v1.0/industry/retail/product/add")]
    pub fn ai_retail_product_add(
        &self,
        request: &AiRetailProductAddRequest,
    ) -> rt::Call<AiRetailProductAddResponseBody, AiRetailProductAddError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AiRetailProductAdd",
            rt::Method::Post,
            "/v1.0/industry/retail/product/add",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除商品
    ///
    /// `POST /v1.0/industry/retail/product/delete`: DingTalk's `AiRetailProductDelete` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AiRetailProductDelete")]
    #[doc(alias = "/v1.0/industry/retail/product/delete")]
    #[doc(alias = "POST /v1.0/industry/retail/product/delete")]
    pub fn ai_retail_product_delete(
        &self,
        request: &AiRetailProductDeleteRequest,
    ) -> rt::Call<bool, AiRetailProductDeleteError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AiRetailProductDelete",
            rt::Method::Post,
            "/v1.0/industry/retail/product/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 商品图片上传
    ///
    /// `POST /v1.0/industry/retail/product/image/upload`: DingTalk's `AiRetailProductImgUpload` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AiRetailProductImgUpload")]
    #[doc(alias = "/v1.0/industry/retail/product/image/upload")]
    #[doc(alias = "POST /v1.0/industry/retail/product/image/upload")]
    pub fn ai_retail_product_img_upload(
        &self,
        request: &AiRetailProductImgUploadRequest,
    ) -> rt::Call<AiRetailProductImgUploadResponseBody, AiRetailProductImgUploadError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AiRetailProductImgUpload",
            rt::Method::Post,
            "/v1.0/industry/retail/product/image/upload",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询商品
    ///
    /// `GET /v1.0/industry/retail/product/query`: DingTalk's `AiRetailProductQuery` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AiRetailProductQuery")]
    #[doc(alias = "/v1.0/industry/retail/product/query")]
    #[doc(alias = "GET /v1.0/industry/retail/product/query")]
    pub fn ai_retail_product_query(
        &self,
        request: &AiRetailProductQueryRequest,
    ) -> rt::Call<AiRetailProductQueryResponseBody, AiRetailProductQueryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AiRetailProductQuery",
            rt::Method::Get,
            "/v1.0/industry/retail/product/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新商品
    ///
    /// `POST /v1.0/industry/retail/product/update`: DingTalk's `AiRetailProductUpdate` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AiRetailProductUpdate")]
    #[doc(alias = "/v1.0/industry/retail/product/update")]
    #[doc(alias = "POST /v1.0/industry/retail/product/update")]
    pub fn ai_retail_product_update(
        &self,
        request: &AiRetailProductUpdateRequest,
    ) -> rt::Call<bool, AiRetailProductUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AiRetailProductUpdate",
            rt::Method::Post,
            "/v1.0/industry/retail/product/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// AI练货记录详情
    ///
    /// `POST /v1.0/industry/ai/trainingDetail`: DingTalk's `AiTrainingDetail` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AiTrainingDetail")]
    #[doc(alias = "/v1.0/industry/ai/trainingDetail")]
    #[doc(alias = "POST /v1.0/industry/ai/trainingDetail")]
    pub fn ai_training_detail(
        &self,
        request: &AiTrainingDetailRequest,
    ) -> rt::Call<AiTrainingDetailResponseBody, AiTrainingDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AiTrainingDetail",
            rt::Method::Post,
            "/v1.0/industry/ai/trainingDetail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// AI练货记录
    ///
    /// `POST /v1.0/industry/ai/retail/trainingRecord`: DingTalk's `AiTrainingRecord` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AiTrainingRecord")]
    #[doc(alias = "/v1.0/industry/ai/retail/trainingRecord")]
    #[doc(alias = "POST /v1.0/industry/ai/retail/trainingRecord")]
    pub fn ai_training_record(
        &self,
        request: &AiTrainingRecordRequest,
    ) -> rt::Call<AiTrainingRecordResponseBody, AiTrainingRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AiTrainingRecord",
            rt::Method::Post,
            "/v1.0/industry/ai/retail/trainingRecord",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询任务结果
    ///
    /// `POST /v1.0/industry/ai/taskResults/batchQuery`: DingTalk's `BatchGetTaskResult` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchGetTaskResult")]
    #[doc(alias = "/v1.0/industry/ai/taskResults/batchQuery")]
    #[doc(alias = "POST /v1.0/industry/ai/taskResults/batchQuery")]
    pub fn batch_get_task_result(
        &self,
        request: &BatchGetTaskResultRequest,
    ) -> rt::Call<BatchGetTaskResultResponseBody, BatchGetTaskResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchGetTaskResult",
            rt::Method::Post,
            "/v1.0/industry/ai/taskResults/batchQuery",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 商机匹配
    ///
    /// `POST /v1.0/industry/me/businesses/matching`: DingTalk's `BusinessMatch` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BusinessMatch")]
    #[doc(alias = "/v1.0/industry/me/businesses/matching")]
    #[doc(alias = "POST /v1.0/industry/me/businesses/matching")]
    pub fn business_match(
        &self,
        request: &BusinessMatchRequest,
    ) -> rt::Call<BusinessMatchResponseBody, BusinessMatchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BusinessMatch",
            rt::Method::Post,
            "/v1.0/industry/me/businesses/matching",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 商机匹配结果查询
    ///
    /// `GET /v1.0/industry/me/businesses/matchingResults`: DingTalk's `BusinessMatchResult` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BusinessMatchResult")]
    #[doc(alias = "/v1.0/industry/me/businesses/matchingResults")]
    #[doc(alias = "GET /v1.0/industry/me/businesses/matchingResults")]
    pub fn business_match_result(
        &self,
        request: &BusinessMatchResultRequest,
    ) -> rt::Call<BusinessMatchResultResponseBody, BusinessMatchResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BusinessMatchResult",
            rt::Method::Get,
            "/v1.0/industry/me/businesses/matchingResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加租客下成员
    ///
    /// `POST /v1.0/industry/campuses/renters/members`: DingTalk's `CampusAddRenterMember` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusAddRenterMember")]
    #[doc(alias = "/v1.0/industry/campuses/renters/members")]
    #[doc(alias = "POST /v1.0/industry/campuses/renters/members")]
    pub fn campus_add_renter_member(
        &self,
        request: &CampusAddRenterMemberRequest,
    ) -> rt::Call<CampusAddRenterMemberResponseBody, CampusAddRenterMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusAddRenterMember",
            rt::Method::Post,
            "/v1.0/industry/campuses/renters/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建园区
    ///
    /// `POST /v1.0/industry/campuses/projects`: DingTalk's `CampusCreateCampus` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusCreateCampus")]
    #[doc(alias = "/v1.0/industry/campuses/projects")]
    #[doc(alias = "POST /v1.0/industry/campuses/projects")]
    pub fn campus_create_campus(
        &self,
        request: &CampusCreateCampusRequest,
    ) -> rt::Call<CampusCreateCampusResponseBody, CampusCreateCampusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusCreateCampus",
            rt::Method::Post,
            "/v1.0/industry/campuses/projects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建园区项目组
    ///
    /// `POST /v1.0/industry/campuses/projects/groups`: DingTalk's `CampusCreateCampusGroup` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusCreateCampusGroup")]
    #[doc(alias = "/v1.0/industry/campuses/projects/groups")]
    #[doc(alias = "POST /v1.0/industry/campuses/projects/groups")]
    pub fn campus_create_campus_group(
        &self,
        request: &CampusCreateCampusGroupRequest,
    ) -> rt::Call<CampusCreateCampusGroupResponseBody, CampusCreateCampusGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusCreateCampusGroup",
            rt::Method::Post,
            "/v1.0/industry/campuses/projects/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建租客
    ///
    /// `POST /v1.0/industry/campuses/renters`: DingTalk's `CampusCreateRenter` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusCreateRenter")]
    #[doc(alias = "/v1.0/industry/campuses/renters")]
    #[doc(alias = "POST /v1.0/industry/campuses/renters")]
    pub fn campus_create_renter(
        &self,
        request: &CampusCreateRenterRequest,
    ) -> rt::Call<CampusCreateRenterResponseBody, CampusCreateRenterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusCreateRenter",
            rt::Method::Post,
            "/v1.0/industry/campuses/renters",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 移除租客人员
    ///
    /// `DELETE /v1.0/industry/campuses/renters/members`: DingTalk's `CampusDelRenterMember` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusDelRenterMember")]
    #[doc(alias = "/v1.0/industry/campuses/renters/members")]
    #[doc(alias = "DELETE /v1.0/industry/campuses/renters/members")]
    pub fn campus_del_renter_member(
        &self,
        request: &CampusDelRenterMemberRequest,
    ) -> rt::Call<CampusDelRenterMemberResponseBody, CampusDelRenterMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusDelRenterMember",
            rt::Method::Delete,
            "/v1.0/industry/campuses/renters/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除园区项目组
    ///
    /// `DELETE /v1.0/industry/campuses/projects/groups`: DingTalk's `CampusDeleteCampusGroup` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusDeleteCampusGroup")]
    #[doc(alias = "/v1.0/industry/campuses/projects/groups")]
    #[doc(alias = "DELETE /v1.0/industry/campuses/projects/groups")]
    pub fn campus_delete_campus_group(
        &self,
        request: &CampusDeleteCampusGroupRequest,
    ) -> rt::Call<CampusDeleteCampusGroupResponseBody, CampusDeleteCampusGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusDeleteCampusGroup",
            rt::Method::Delete,
            "/v1.0/industry/campuses/projects/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除租客
    ///
    /// `DELETE /v1.0/industry/campuses/renters`: DingTalk's `CampusDeleteRenter` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusDeleteRenter")]
    #[doc(alias = "/v1.0/industry/campuses/renters")]
    #[doc(alias = "DELETE /v1.0/industry/campuses/renters")]
    pub fn campus_delete_renter(
        &self,
        request: &CampusDeleteRenterRequest,
    ) -> rt::Call<(), CampusDeleteRenterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusDeleteRenter",
            rt::Method::Delete,
            "/v1.0/industry/campuses/renters",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::None,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询园区详情
    ///
    /// `GET /v1.0/industry/campuses/projectInfos`: DingTalk's `CampusGetCampus` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusGetCampus")]
    #[doc(alias = "/v1.0/industry/campuses/projectInfos")]
    #[doc(alias = "GET /v1.0/industry/campuses/projectInfos")]
    pub fn campus_get_campus(
        &self,
        request: &CampusGetCampusRequest,
    ) -> rt::Call<CampusGetCampusResponseBody, CampusGetCampusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusGetCampus",
            rt::Method::Get,
            "/v1.0/industry/campuses/projectInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询园区项目组详情
    ///
    /// `GET /v1.0/industry/campuses/projects/groupInfos`: DingTalk's `CampusGetCampusGroup` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusGetCampusGroup")]
    #[doc(alias = "/v1.0/industry/campuses/projects/groupInfos")]
    #[doc(alias = "GET /v1.0/industry/campuses/projects/groupInfos")]
    pub fn campus_get_campus_group(
        &self,
        request: &CampusGetCampusGroupRequest,
    ) -> rt::Call<CampusGetCampusGroupResponseBody, CampusGetCampusGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusGetCampusGroup",
            rt::Method::Get,
            "/v1.0/industry/campuses/projects/groupInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取租客详情
    ///
    /// `GET /v1.0/industry/campuses/renterInfos`: DingTalk's `CampusGetRenter` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusGetRenter")]
    #[doc(alias = "/v1.0/industry/campuses/renterInfos")]
    #[doc(alias = "GET /v1.0/industry/campuses/renterInfos")]
    pub fn campus_get_renter(
        &self,
        request: &CampusGetRenterRequest,
    ) -> rt::Call<CampusGetRenterResponseBody, CampusGetRenterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusGetRenter",
            rt::Method::Get,
            "/v1.0/industry/campuses/renterInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询租客指定成员信息
    ///
    /// `GET /v1.0/industry/campuses/renters/memberInfos`: DingTalk's `CampusGetRenterMember` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusGetRenterMember")]
    #[doc(alias = "/v1.0/industry/campuses/renters/memberInfos")]
    #[doc(alias = "GET /v1.0/industry/campuses/renters/memberInfos")]
    pub fn campus_get_renter_member(
        &self,
        request: &CampusGetRenterMemberRequest,
    ) -> rt::Call<CampusGetRenterMemberResponseBody, CampusGetRenterMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusGetRenterMember",
            rt::Method::Get,
            "/v1.0/industry/campuses/renters/memberInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询园区列表
    ///
    /// `GET /v1.0/industry/campuses/projects`: DingTalk's `CampusListCampus` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusListCampus")]
    #[doc(alias = "/v1.0/industry/campuses/projects")]
    #[doc(alias = "GET /v1.0/industry/campuses/projects")]
    pub fn campus_list_campus(
        &self,
        request: &CampusListCampusRequest,
    ) -> rt::Call<CampusListCampusResponseBody, CampusListCampusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusListCampus",
            rt::Method::Get,
            "/v1.0/industry/campuses/projects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询园区项目组列表
    ///
    /// `GET /v1.0/industry/campuses/projects/groups`: DingTalk's `CampusListCampusGroup` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusListCampusGroup")]
    #[doc(alias = "/v1.0/industry/campuses/projects/groups")]
    #[doc(alias = "GET /v1.0/industry/campuses/projects/groups")]
    pub fn campus_list_campus_group(
        &self,
    ) -> rt::Call<CampusListCampusGroupResponseBody, CampusListCampusGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusListCampusGroup",
            rt::Method::Get,
            "/v1.0/industry/campuses/projects/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取租客列表
    ///
    /// `GET /v1.0/industry/campuses/renters`: DingTalk's `CampusListRenter` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusListRenter")]
    #[doc(alias = "/v1.0/industry/campuses/renters")]
    #[doc(alias = "GET /v1.0/industry/campuses/renters")]
    pub fn campus_list_renter(
        &self,
    ) -> rt::Call<CampusListRenterResponseBody, CampusListRenterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusListRenter",
            rt::Method::Get,
            "/v1.0/industry/campuses/renters",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询租客下所有成员
    ///
    /// `GET /v1.0/industry/campuses/renters/members`: DingTalk's `CampusListRenterMembers` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusListRenterMembers")]
    #[doc(alias = "/v1.0/industry/campuses/renters/members")]
    #[doc(alias = "GET /v1.0/industry/campuses/renters/members")]
    pub fn campus_list_renter_members(
        &self,
        request: &CampusListRenterMembersRequest,
    ) -> rt::Call<CampusListRenterMembersResponseBody, CampusListRenterMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusListRenterMembers",
            rt::Method::Get,
            "/v1.0/industry/campuses/renters/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新园区项目
    ///
    /// `PUT /v1.0/industry/campuses/projects`: DingTalk's `CampusUpdateCampus` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusUpdateCampus")]
    #[doc(alias = "/v1.0/industry/campuses/projects")]
    #[doc(alias = "PUT /v1.0/industry/campuses/projects")]
    pub fn campus_update_campus(
        &self,
        request: &CampusUpdateCampusRequest,
    ) -> rt::Call<CampusUpdateCampusResponseBody, CampusUpdateCampusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusUpdateCampus",
            rt::Method::Put,
            "/v1.0/industry/campuses/projects",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新园区项目组
    ///
    /// `PUT /v1.0/industry/campuses/projects/groups`: DingTalk's `CampusUpdateCampusGroup` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusUpdateCampusGroup")]
    #[doc(alias = "/v1.0/industry/campuses/projects/groups")]
    #[doc(alias = "PUT /v1.0/industry/campuses/projects/groups")]
    pub fn campus_update_campus_group(
        &self,
        request: &CampusUpdateCampusGroupRequest,
    ) -> rt::Call<CampusUpdateCampusGroupResponseBody, CampusUpdateCampusGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusUpdateCampusGroup",
            rt::Method::Put,
            "/v1.0/industry/campuses/projects/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新租客
    ///
    /// `PUT /v1.0/industry/campuses/renters`: DingTalk's `CampusUpdateRenter` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusUpdateRenter")]
    #[doc(alias = "/v1.0/industry/campuses/renters")]
    #[doc(alias = "PUT /v1.0/industry/campuses/renters")]
    pub fn campus_update_renter(
        &self,
        request: &CampusUpdateRenterRequest,
    ) -> rt::Call<CampusUpdateRenterResponseBody, CampusUpdateRenterError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusUpdateRenter",
            rt::Method::Put,
            "/v1.0/industry/campuses/renters",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新租客下成员
    ///
    /// `PUT /v1.0/industry/campuses/renters/members`: DingTalk's `CampusUpdateRenterMember` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CampusUpdateRenterMember")]
    #[doc(alias = "/v1.0/industry/campuses/renters/members")]
    #[doc(alias = "PUT /v1.0/industry/campuses/renters/members")]
    pub fn campus_update_renter_member(
        &self,
        request: &CampusUpdateRenterMemberRequest,
    ) -> rt::Call<CampusUpdateRenterMemberResponseBody, CampusUpdateRenterMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CampusUpdateRenterMember",
            rt::Method::Put,
            "/v1.0/industry/campuses/renters/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加数据集权限
    ///
    /// `POST /v1.0/industry/chatai/dataset/permissions/add`: DingTalk's `ChatAIAddDatasetPermission` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatAIAddDatasetPermission")]
    #[doc(alias = "/v1.0/industry/chatai/dataset/permissions/add")]
    #[doc(alias = "POST /v1.0/industry/chatai/dataset/permissions/add")]
    pub fn chat_ai_add_dataset_permission(
        &self,
        request: &ChatAIAddDatasetPermissionRequest,
    ) -> rt::Call<
        ChatAIAddDatasetPermissionResponseBody,
        ChatAIAddDatasetPermissionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatAIAddDatasetPermission",
            rt::Method::Post,
            "/v1.0/industry/chatai/dataset/permissions/add",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取chatAI应用下的数据集列表
    ///
    /// `GET /v1.0/industry/chatai/datasets`: DingTalk's `ChatAIListDataset` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatAIListDataset")]
    #[doc(alias = "/v1.0/industry/chatai/datasets")]
    #[doc(alias = "GET /v1.0/industry/chatai/datasets")]
    pub fn chat_ai_list_dataset(
        &self,
        request: &ChatAIListDatasetRequest,
    ) -> rt::Call<ChatAIListDatasetResponseBody, ChatAIListDatasetError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatAIListDataset",
            rt::Method::Get,
            "/v1.0/industry/chatai/datasets",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询数据集权限明细
    ///
    /// `GET /v1.0/industry/chatai/dataset/permissions`: DingTalk's `ChatAIQueryDatasetPermission` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatAIQueryDatasetPermission")]
    #[doc(alias = "/v1.0/industry/chatai/dataset/permissions")]
    #[doc(alias = "GET /v1.0/industry/chatai/dataset/permissions")]
    pub fn chat_ai_query_dataset_permission(
        &self,
        request: &ChatAIQueryDatasetPermissionRequest,
    ) -> rt::Call<
        ChatAIQueryDatasetPermissionResponseBody,
        ChatAIQueryDatasetPermissionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatAIQueryDatasetPermission",
            rt::Method::Get,
            "/v1.0/industry/chatai/dataset/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除数据集权限
    ///
    /// `POST /v1.0/industry/chatai/dataset/permissions/remove`: DingTalk's `ChatAIRemoveDatasetPermission` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatAIRemoveDatasetPermission")]
    #[doc(alias = "/v1.0/industry/chatai/dataset/permissions/remove")]
    #[doc(alias = "POST /v1.0/industry/chatai/dataset/permissions/remove")]
    pub fn chat_ai_remove_dataset_permission(
        &self,
        request: &ChatAIRemoveDatasetPermissionRequest,
    ) -> rt::Call<
        ChatAIRemoveDatasetPermissionResponseBody,
        ChatAIRemoveDatasetPermissionError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatAIRemoveDatasetPermission",
            rt::Method::Post,
            "/v1.0/industry/chatai/dataset/permissions/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Chai文本情感分析
    ///
    /// `POST /v1.0/industry/chatai/abilities/sentiments/query`: DingTalk's `ChatAITextSentimentAnalysis` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatAITextSentimentAnalysis")]
    #[doc(alias = "/v1.0/industry/chatai/abilities/sentiments/query")]
    #[doc(alias = "POST /v1.0/industry/chatai/abilities/sentiments/query")]
    pub fn chat_ai_text_sentiment_analysis(
        &self,
        request: &ChatAITextSentimentAnalysisRequest,
    ) -> rt::Call<
        ChatAITextSentimentAnalysisResponseBody,
        ChatAITextSentimentAnalysisError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatAITextSentimentAnalysis",
            rt::Method::Post,
            "/v1.0/industry/chatai/abilities/sentiments/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取ChatAI问答日志
    ///
    /// `GET /v1.0/industry/chatai/logs/lists`: DingTalk's `ChatAiQueryLogs` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::chat_ai_query_logs_pages`].
    #[doc(alias = "ChatAiQueryLogs")]
    #[doc(alias = "/v1.0/industry/chatai/logs/lists")]
    #[doc(alias = "GET /v1.0/industry/chatai/logs/lists")]
    pub fn chat_ai_query_logs(
        &self,
        request: &ChatAiQueryLogsRequest,
    ) -> rt::Call<ChatAiQueryLogsResponseBody, ChatAiQueryLogsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatAiQueryLogs",
            rt::Method::Get,
            "/v1.0/industry/chatai/logs/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取差旅单列表
    ///
    /// `POST /v1.0/industry/ai/travelLists/query`: DingTalk's `ChatAiTravelList` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatAiTravelList")]
    #[doc(alias = "/v1.0/industry/ai/travelLists/query")]
    #[doc(alias = "POST /v1.0/industry/ai/travelLists/query")]
    pub fn chat_ai_travel_list(
        &self,
        request: &ChatAiTravelListRequest,
    ) -> rt::Call<ChatAiTravelListResponseBody, ChatAiTravelListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatAiTravelList",
            rt::Method::Post,
            "/v1.0/industry/ai/travelLists/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// ChatForm查询表单识别结果
    ///
    /// `GET /v1.0/industry/chatform/datas`: DingTalk's `ChatFormGetDataForApiAccess` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatFormGetDataForApiAccess")]
    #[doc(alias = "/v1.0/industry/chatform/datas")]
    #[doc(alias = "GET /v1.0/industry/chatform/datas")]
    pub fn chat_form_get_data_for_api_access(
        &self,
        request: &ChatFormGetDataForApiAccessRequest,
    ) -> rt::Call<
        ChatFormGetDataForApiAccessResponseBody,
        ChatFormGetDataForApiAccessError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatFormGetDataForApiAccess",
            rt::Method::Get,
            "/v1.0/industry/chatform/datas",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增普通文件
    ///
    /// `POST /v1.0/industry/chatmemo/files`: DingTalk's `ChatMemoAddGeneralFile` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatMemoAddGeneralFile")]
    #[doc(alias = "/v1.0/industry/chatmemo/files")]
    #[doc(alias = "POST /v1.0/industry/chatmemo/files")]
    pub fn chat_memo_add_general_file(
        &self,
        request: &ChatMemoAddGeneralFileRequest,
    ) -> rt::Call<ChatMemoAddGeneralFileResponseBody, ChatMemoAddGeneralFileError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoAddGeneralFile",
            rt::Method::Post,
            "/v1.0/industry/chatmemo/files",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增知识图谱节点
    ///
    /// `POST /v1.0/industry/chatmemo/nodes`: DingTalk's `ChatMemoAddKnowledgeGraphNode` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatMemoAddKnowledgeGraphNode")]
    #[doc(alias = "/v1.0/industry/chatmemo/nodes")]
    #[doc(alias = "POST /v1.0/industry/chatmemo/nodes")]
    pub fn chat_memo_add_knowledge_graph_node(
        &self,
        request: &ChatMemoAddKnowledgeGraphNodeRequest,
    ) -> rt::Call<
        ChatMemoAddKnowledgeGraphNodeResponseBody,
        ChatMemoAddKnowledgeGraphNodeError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoAddKnowledgeGraphNode",
            rt::Method::Post,
            "/v1.0/industry/chatmemo/nodes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增知识图谱关系
    ///
    /// `POST /v1.0/industry/chatmemo/relations`: DingTalk's `ChatMemoAddKnowledgeGraphRelation` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatMemoAddKnowledgeGraphRelation")]
    #[doc(alias = "/v1.0/industry/chatmemo/relations")]
    #[doc(alias = "POST /v1.0/industry/chatmemo/relations")]
    pub fn chat_memo_add_knowledge_graph_relation(
        &self,
        request: &ChatMemoAddKnowledgeGraphRelationRequest,
    ) -> rt::Call<
        ChatMemoAddKnowledgeGraphRelationResponseBody,
        ChatMemoAddKnowledgeGraphRelationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoAddKnowledgeGraphRelation",
            rt::Method::Post,
            "/v1.0/industry/chatmemo/relations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除普通文件
    ///
    /// `POST /v1.0/industry/chatmemo/files/remove`: DingTalk's `ChatMemoDeleteGeneralFile` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatMemoDeleteGeneralFile")]
    #[doc(alias = "/v1.0/industry/chatmemo/files/remove")]
    #[doc(alias = "POST /v1.0/industry/chatmemo/files/remove")]
    pub fn chat_memo_delete_general_file(
        &self,
        request: &ChatMemoDeleteGeneralFileRequest,
    ) -> rt::Call<
        ChatMemoDeleteGeneralFileResponseBody,
        ChatMemoDeleteGeneralFileError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoDeleteGeneralFile",
            rt::Method::Post,
            "/v1.0/industry/chatmemo/files/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除知识图谱节点
    ///
    /// `POST /v1.0/industry/chatmemo/nodes/remove`: DingTalk's `ChatMemoDeleteKnowledgeGraphNode` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatMemoDeleteKnowledgeGraphNode")]
    #[doc(alias = "/v1.0/industry/chatmemo/nodes/remove")]
    #[doc(alias = "POST /v1.0/industry/chatmemo/nodes/remove")]
    pub fn chat_memo_delete_knowledge_graph_node(
        &self,
        request: &ChatMemoDeleteKnowledgeGraphNodeRequest,
    ) -> rt::Call<
        ChatMemoDeleteKnowledgeGraphNodeResponseBody,
        ChatMemoDeleteKnowledgeGraphNodeError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoDeleteKnowledgeGraphNode",
            rt::Method::Post,
            "/v1.0/industry/chatmemo/nodes/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除知识图谱关系
    ///
    /// `POST /v1.0/industry/chatmemo/relations/remove`: DingTalk's `ChatMemoDeleteKnowledgeGraphRelation` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatMemoDeleteKnowledgeGraphRelation")]
    #[doc(alias = "/v1.0/industry/chatmemo/relations/remove")]
    #[doc(alias = "POST /v1.0/industry/chatmemo/relations/remove")]
    pub fn chat_memo_delete_knowledge_graph_relation(
        &self,
        request: &ChatMemoDeleteKnowledgeGraphRelationRequest,
    ) -> rt::Call<
        ChatMemoDeleteKnowledgeGraphRelationResponseBody,
        ChatMemoDeleteKnowledgeGraphRelationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoDeleteKnowledgeGraphRelation",
            rt::Method::Post,
            "/v1.0/industry/chatmemo/relations/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增 FAQ
    ///
    /// `POST /v1.0/industry/chatmemo/faq`: DingTalk's `ChatMemoFaqAdd` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatMemoFaqAdd")]
    #[doc(alias = "/v1.0/industry/chatmemo/faq")]
    #[doc(alias = "POST /v1.0/industry/chatmemo/faq")]
    pub fn chat_memo_faq_add(
        &self,
        request: &ChatMemoFaqAddRequest,
    ) -> rt::Call<ChatMemoFaqAddResponseBody, ChatMemoFaqAddError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoFaqAdd",
            rt::Method::Post,
            "/v1.0/industry/chatmemo/faq",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除指定数据集中的FAQ
    ///
    /// `POST /v1.0/industry/chatmemo/faq/remove`: DingTalk's `ChatMemoFaqDelete` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatMemoFaqDelete")]
    #[doc(alias = "/v1.0/industry/chatmemo/faq/remove")]
    #[doc(alias = "POST /v1.0/industry/chatmemo/faq/remove")]
    pub fn chat_memo_faq_delete(
        &self,
        request: &ChatMemoFaqDeleteRequest,
    ) -> rt::Call<ChatMemoFaqDeleteResponseBody, ChatMemoFaqDeleteError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoFaqDelete",
            rt::Method::Post,
            "/v1.0/industry/chatmemo/faq/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询指定数据集中的FAQ列表
    ///
    /// `GET /v1.0/industry/chatmemo/faq/lists`: DingTalk's `ChatMemoFaqList` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::chat_memo_faq_list_pages`].
    #[doc(alias = "ChatMemoFaqList")]
    #[doc(alias = "/v1.0/industry/chatmemo/faq/lists")]
    #[doc(alias = "GET /v1.0/industry/chatmemo/faq/lists")]
    pub fn chat_memo_faq_list(
        &self,
        request: &ChatMemoFaqListRequest,
    ) -> rt::Call<ChatMemoFaqListResponseBody, ChatMemoFaqListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoFaqList",
            rt::Method::Get,
            "/v1.0/industry/chatmemo/faq/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询指定数据集中的文件列表
    ///
    /// `GET /v1.0/industry/chatmemo/file/lists`: DingTalk's `ChatMemoGetFileList` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::chat_memo_get_file_list_pages`].
    #[doc(alias = "ChatMemoGetFileList")]
    #[doc(alias = "/v1.0/industry/chatmemo/file/lists")]
    #[doc(alias = "GET /v1.0/industry/chatmemo/file/lists")]
    pub fn chat_memo_get_file_list(
        &self,
        request: &ChatMemoGetFileListRequest,
    ) -> rt::Call<ChatMemoGetFileListResponseBody, ChatMemoGetFileListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoGetFileList",
            rt::Method::Get,
            "/v1.0/industry/chatmemo/file/lists",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取文件状态
    ///
    /// `POST /v1.0/industry/chatmemo/files/statuses/query`: DingTalk's `ChatMemoGetFileStatus` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatMemoGetFileStatus")]
    #[doc(alias = "/v1.0/industry/chatmemo/files/statuses/query")]
    #[doc(alias = "POST /v1.0/industry/chatmemo/files/statuses/query")]
    pub fn chat_memo_get_file_status(
        &self,
        request: &ChatMemoGetFileStatusRequest,
    ) -> rt::Call<ChatMemoGetFileStatusResponseBody, ChatMemoGetFileStatusError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoGetFileStatus",
            rt::Method::Post,
            "/v1.0/industry/chatmemo/files/statuses/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询知识图谱节点
    ///
    /// `POST /v1.0/industry/chatmemo/nodes/query`: DingTalk's `ChatMemoQueryKnowledgeGraphNode` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatMemoQueryKnowledgeGraphNode")]
    #[doc(alias = "/v1.0/industry/chatmemo/nodes/query")]
    #[doc(alias = "POST /v1.0/industry/chatmemo/nodes/query")]
    pub fn chat_memo_query_knowledge_graph_node(
        &self,
        request: &ChatMemoQueryKnowledgeGraphNodeRequest,
    ) -> rt::Call<
        ChatMemoQueryKnowledgeGraphNodeResponseBody,
        ChatMemoQueryKnowledgeGraphNodeError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoQueryKnowledgeGraphNode",
            rt::Method::Post,
            "/v1.0/industry/chatmemo/nodes/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询知识图谱关系
    ///
    /// `POST /v1.0/industry/chatmemo/relations/query`: DingTalk's `ChatMemoQueryKnowledgeGraphRelation` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatMemoQueryKnowledgeGraphRelation")]
    #[doc(alias = "/v1.0/industry/chatmemo/relations/query")]
    #[doc(alias = "POST /v1.0/industry/chatmemo/relations/query")]
    pub fn chat_memo_query_knowledge_graph_relation(
        &self,
        request: &ChatMemoQueryKnowledgeGraphRelationRequest,
    ) -> rt::Call<
        ChatMemoQueryKnowledgeGraphRelationResponseBody,
        ChatMemoQueryKnowledgeGraphRelationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoQueryKnowledgeGraphRelation",
            rt::Method::Post,
            "/v1.0/industry/chatmemo/relations/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新知识图谱节点
    ///
    /// `PUT /v1.0/industry/chatmemo/nodes`: DingTalk's `ChatMemoUpdateKnowledgeGraphNode` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatMemoUpdateKnowledgeGraphNode")]
    #[doc(alias = "/v1.0/industry/chatmemo/nodes")]
    #[doc(alias = "PUT /v1.0/industry/chatmemo/nodes")]
    pub fn chat_memo_update_knowledge_graph_node(
        &self,
        request: &ChatMemoUpdateKnowledgeGraphNodeRequest,
    ) -> rt::Call<
        ChatMemoUpdateKnowledgeGraphNodeResponseBody,
        ChatMemoUpdateKnowledgeGraphNodeError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoUpdateKnowledgeGraphNode",
            rt::Method::Put,
            "/v1.0/industry/chatmemo/nodes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新知识图谱关系
    ///
    /// `PUT /v1.0/industry/chatmemo/relations`: DingTalk's `ChatMemoUpdateKnowledgeGraphRelation` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ChatMemoUpdateKnowledgeGraphRelation")]
    #[doc(alias = "/v1.0/industry/chatmemo/relations")]
    #[doc(alias = "PUT /v1.0/industry/chatmemo/relations")]
    pub fn chat_memo_update_knowledge_graph_relation(
        &self,
        request: &ChatMemoUpdateKnowledgeGraphRelationRequest,
    ) -> rt::Call<
        ChatMemoUpdateKnowledgeGraphRelationResponseBody,
        ChatMemoUpdateKnowledgeGraphRelationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ChatMemoUpdateKnowledgeGraphRelation",
            rt::Method::Put,
            "/v1.0/industry/chatmemo/relations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 美搭发帖记录详情
    ///
    /// `POST /v1.0/industry/circle/postsDetail`: DingTalk's `CirclePostDetail` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CirclePostDetail")]
    #[doc(alias = "/v1.0/industry/circle/postsDetail")]
    #[doc(alias = "POST /v1.0/industry/circle/postsDetail")]
    pub fn circle_post_detail(
        &self,
        request: &CirclePostDetailRequest,
    ) -> rt::Call<CirclePostDetailResponseBody, CirclePostDetailError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CirclePostDetail",
            rt::Method::Post,
            "/v1.0/industry/circle/postsDetail",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 美搭发帖记录
    ///
    /// `POST /v1.0/industry/circle/postsRecord`: DingTalk's `CirclePostRecord` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CirclePostRecord")]
    #[doc(alias = "/v1.0/industry/circle/postsRecord")]
    #[doc(alias = "POST /v1.0/industry/circle/postsRecord")]
    pub fn circle_post_record(
        &self,
        request: &CirclePostRecordRequest,
    ) -> rt::Call<CirclePostRecordResponseBody, CirclePostRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CirclePostRecord",
            rt::Method::Post,
            "/v1.0/industry/circle/postsRecord",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 开启学段/学院/年级/专业\\系/班级群
    ///
    /// `POST /v1.0/industry/colleges/depts/groups`: DingTalk's `CollegeActiveCollegeDeptGroup` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeActiveCollegeDeptGroup")]
    #[doc(alias = "/v1.0/industry/colleges/depts/groups")]
    #[doc(alias = "POST /v1.0/industry/colleges/depts/groups")]
    pub fn college_active_college_dept_group(
        &self,
        request: &CollegeActiveCollegeDeptGroupRequest,
    ) -> rt::Call<
        CollegeActiveCollegeDeptGroupResponseBody,
        CollegeActiveCollegeDeptGroupError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeActiveCollegeDeptGroup",
            rt::Method::Post,
            "/v1.0/industry/colleges/depts/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建学段/学院/年级/专业\\系/班级
    ///
    /// `POST /v1.0/industry/colleges/depts`: DingTalk's `CollegeAddCollegeDept` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeAddCollegeDept")]
    #[doc(alias = "/v1.0/industry/colleges/depts")]
    #[doc(alias = "POST /v1.0/industry/colleges/depts")]
    pub fn college_add_college_dept(
        &self,
        request: &CollegeAddCollegeDeptRequest,
    ) -> rt::Call<CollegeAddCollegeDeptResponseBody, CollegeAddCollegeDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeAddCollegeDept",
            rt::Method::Post,
            "/v1.0/industry/colleges/depts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 往部门中添加负责人
    ///
    /// `POST /v1.0/industry/colleges/members/depts/managers`: DingTalk's `CollegeAddManager` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeAddManager")]
    #[doc(alias = "/v1.0/industry/colleges/members/depts/managers")]
    #[doc(alias = "POST /v1.0/industry/colleges/members/depts/managers")]
    pub fn college_add_manager(
        &self,
        request: &CollegeAddManagerRequest,
    ) -> rt::Call<CollegeAddManagerResponseBody, CollegeAddManagerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeAddManager",
            rt::Method::Post,
            "/v1.0/industry/colleges/members/depts/managers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 在班级中添加人员
    ///
    /// `POST /v1.0/industry/colleges/members/depts/students`: DingTalk's `CollegeAddStudent` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeAddStudent")]
    #[doc(alias = "/v1.0/industry/colleges/members/depts/students")]
    #[doc(alias = "POST /v1.0/industry/colleges/members/depts/students")]
    pub fn college_add_student(
        &self,
        request: &CollegeAddStudentRequest,
    ) -> rt::Call<CollegeAddStudentResponseBody, CollegeAddStudentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeAddStudent",
            rt::Method::Post,
            "/v1.0/industry/colleges/members/depts/students",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 移动学生到其他部门
    ///
    /// `POST /v1.0/industry/colleges/members/depts/students/move`: DingTalk's `CollegeChangeStudentDept` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeChangeStudentDept")]
    #[doc(alias = "/v1.0/industry/colleges/members/depts/students/move")]
    #[doc(alias = "POST /v1.0/industry/colleges/members/depts/students/move")]
    pub fn college_change_student_dept(
        &self,
        request: &CollegeChangeStudentDeptRequest,
    ) -> rt::Call<CollegeChangeStudentDeptResponseBody, CollegeChangeStudentDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeChangeStudentDept",
            rt::Method::Post,
            "/v1.0/industry/colleges/members/depts/students/move",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除学段/学院/年级/专业\\系/班级
    ///
    /// `DELETE /v1.0/industry/colleges/depts`: DingTalk's `CollegeDeleteCollegeDept` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeDeleteCollegeDept")]
    #[doc(alias = "/v1.0/industry/colleges/depts")]
    #[doc(alias = "DELETE /v1.0/industry/colleges/depts")]
    pub fn college_delete_college_dept(
        &self,
        request: &CollegeDeleteCollegeDeptRequest,
    ) -> rt::Call<CollegeDeleteCollegeDeptResponseBody, CollegeDeleteCollegeDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeDeleteCollegeDept",
            rt::Method::Delete,
            "/v1.0/industry/colleges/depts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取下级节点列表
    ///
    /// `GET /v1.0/industry/colleges/subDepts`: DingTalk's `CollegeListCollegeSubDept` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeListCollegeSubDept")]
    #[doc(alias = "/v1.0/industry/colleges/subDepts")]
    #[doc(alias = "GET /v1.0/industry/colleges/subDepts")]
    pub fn college_list_college_sub_dept(
        &self,
        request: &CollegeListCollegeSubDeptRequest,
    ) -> rt::Call<
        CollegeListCollegeSubDeptResponseBody,
        CollegeListCollegeSubDeptError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeListCollegeSubDept",
            rt::Method::Get,
            "/v1.0/industry/colleges/subDepts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取部门下所有负责人列表
    ///
    /// `GET /v1.0/industry/colleges/members/depts/managers`: DingTalk's `CollegeListDeptManager` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::college_list_dept_manager_pages`].
    #[doc(alias = "CollegeListDeptManager")]
    #[doc(alias = "/v1.0/industry/colleges/members/depts/managers")]
    #[doc(alias = "GET /v1.0/industry/colleges/members/depts/managers")]
    pub fn college_list_dept_manager(
        &self,
        request: &CollegeListDeptManagerRequest,
    ) -> rt::Call<CollegeListDeptManagerResponseBody, CollegeListDeptManagerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeListDeptManager",
            rt::Method::Get,
            "/v1.0/industry/colleges/members/depts/managers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页获取班级下所有学生列表
    ///
    /// `GET /v1.0/industry/colleges/members/depts/students`: DingTalk's `CollegeListStudentInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::college_list_student_info_pages`].
    #[doc(alias = "CollegeListStudentInfo")]
    #[doc(alias = "/v1.0/industry/colleges/members/depts/students")]
    #[doc(alias = "GET /v1.0/industry/colleges/members/depts/students")]
    pub fn college_list_student_info(
        &self,
        request: &CollegeListStudentInfoRequest,
    ) -> rt::Call<CollegeListStudentInfoResponseBody, CollegeListStudentInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeListStudentInfo",
            rt::Method::Get,
            "/v1.0/industry/colleges/members/depts/students",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 分页查询未加入组织的学生列表
    ///
    /// `GET /v1.0/industry/colleges/members/organizations/unjoinedStudents`: DingTalk's `CollegeListUncheckedStudent` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::college_list_unchecked_student_pages`].
    #[doc(alias = "CollegeListUncheckedStudent")]
    #[doc(alias = "/v1.0/industry/colleges/members/organizations/unjoinedStudents")]
    #[doc(alias = "GET /v1.0/industry/colleges/members/organizations/unjoinedStudents")]
    pub fn college_list_unchecked_student(
        &self,
        request: &CollegeListUncheckedStudentRequest,
    ) -> rt::Call<
        CollegeListUncheckedStudentResponseBody,
        CollegeListUncheckedStudentError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeListUncheckedStudent",
            rt::Method::Get,
            "/v1.0/industry/colleges/members/organizations/unjoinedStudents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取学段/学院/年级/专业\\系/班级群群信息
    ///
    /// `GET /v1.0/industry/colleges/depts/groupInfos`: DingTalk's `CollegeQueryCollegeDeptGroupInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeQueryCollegeDeptGroupInfo")]
    #[doc(alias = "/v1.0/industry/colleges/depts/groupInfos")]
    #[doc(alias = "GET /v1.0/industry/colleges/depts/groupInfos")]
    pub fn college_query_college_dept_group_info(
        &self,
        request: &CollegeQueryCollegeDeptGroupInfoRequest,
    ) -> rt::Call<
        CollegeQueryCollegeDeptGroupInfoResponseBody,
        CollegeQueryCollegeDeptGroupInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeQueryCollegeDeptGroupInfo",
            rt::Method::Get,
            "/v1.0/industry/colleges/depts/groupInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取学段/学院/年级/专业\\系/班级信息
    ///
    /// `GET /v1.0/industry/colleges/deptInfos`: DingTalk's `CollegeQueryCollegeDeptInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeQueryCollegeDeptInfo")]
    #[doc(alias = "/v1.0/industry/colleges/deptInfos")]
    #[doc(alias = "GET /v1.0/industry/colleges/deptInfos")]
    pub fn college_query_college_dept_info(
        &self,
        request: &CollegeQueryCollegeDeptInfoRequest,
    ) -> rt::Call<
        CollegeQueryCollegeDeptInfoResponseBody,
        CollegeQueryCollegeDeptInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeQueryCollegeDeptInfo",
            rt::Method::Get,
            "/v1.0/industry/colleges/deptInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取指定部门下指定学生的信息
    ///
    /// `GET /v1.0/industry/colleges/members/depts/studentinfos`: DingTalk's `CollegeQueryStudentInfoByDept` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeQueryStudentInfoByDept")]
    #[doc(alias = "/v1.0/industry/colleges/members/depts/studentinfos")]
    #[doc(alias = "GET /v1.0/industry/colleges/members/depts/studentinfos")]
    pub fn college_query_student_info_by_dept(
        &self,
        request: &CollegeQueryStudentInfoByDeptRequest,
    ) -> rt::Call<
        CollegeQueryStudentInfoByDeptResponseBody,
        CollegeQueryStudentInfoByDeptError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeQueryStudentInfoByDept",
            rt::Method::Get,
            "/v1.0/industry/colleges/members/depts/studentinfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据手机号查询学生信息
    ///
    /// `GET /v1.0/industry/colleges/members/students/mobiles`: DingTalk's `CollegeQueryStudentInfoByMobile` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeQueryStudentInfoByMobile")]
    #[doc(alias = "/v1.0/industry/colleges/members/students/mobiles")]
    #[doc(alias = "GET /v1.0/industry/colleges/members/students/mobiles")]
    pub fn college_query_student_info_by_mobile(
        &self,
        request: &CollegeQueryStudentInfoByMobileRequest,
    ) -> rt::Call<
        CollegeQueryStudentInfoByMobileResponseBody,
        CollegeQueryStudentInfoByMobileError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeQueryStudentInfoByMobile",
            rt::Method::Get,
            "/v1.0/industry/colleges/members/students/mobiles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 根据studentId查询学生信息
    ///
    /// `GET /v1.0/industry/colleges/members/students`: DingTalk's `CollegeQueryStudentInfoByStudentId` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeQueryStudentInfoByStudentId")]
    #[doc(alias = "/v1.0/industry/colleges/members/students")]
    #[doc(alias = "GET /v1.0/industry/colleges/members/students")]
    pub fn college_query_student_info_by_student_id(
        &self,
        request: &CollegeQueryStudentInfoByStudentIdRequest,
    ) -> rt::Call<
        CollegeQueryStudentInfoByStudentIdResponseBody,
        CollegeQueryStudentInfoByStudentIdError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeQueryStudentInfoByStudentId",
            rt::Method::Get,
            "/v1.0/industry/colleges/members/students",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 从部门中移除负责人
    ///
    /// `DELETE /v1.0/industry/colleges/members/managers`: DingTalk's `CollegeRemoveManager` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeRemoveManager")]
    #[doc(alias = "/v1.0/industry/colleges/members/managers")]
    #[doc(alias = "DELETE /v1.0/industry/colleges/members/managers")]
    pub fn college_remove_manager(
        &self,
        request: &CollegeRemoveManagerRequest,
    ) -> rt::Call<CollegeRemoveManagerResponseBody, CollegeRemoveManagerError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeRemoveManager",
            rt::Method::Delete,
            "/v1.0/industry/colleges/members/managers",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 从部门中移除学生
    ///
    /// `DELETE /v1.0/industry/colleges/members/depts/students`: DingTalk's `CollegeRemoveStudent` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeRemoveStudent")]
    #[doc(alias = "/v1.0/industry/colleges/members/depts/students")]
    #[doc(alias = "DELETE /v1.0/industry/colleges/members/depts/students")]
    pub fn college_remove_student(
        &self,
        request: &CollegeRemoveStudentRequest,
    ) -> rt::Call<CollegeRemoveStudentResponseBody, CollegeRemoveStudentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeRemoveStudent",
            rt::Method::Delete,
            "/v1.0/industry/colleges/members/depts/students",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 编辑学段/学院/年级/专业\\系/班级
    ///
    /// `PUT /v1.0/industry/colleges/depts`: DingTalk's `CollegeUpdateCollegeDept` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeUpdateCollegeDept")]
    #[doc(alias = "/v1.0/industry/colleges/depts")]
    #[doc(alias = "PUT /v1.0/industry/colleges/depts")]
    pub fn college_update_college_dept(
        &self,
        request: &CollegeUpdateCollegeDeptRequest,
    ) -> rt::Call<CollegeUpdateCollegeDeptResponseBody, CollegeUpdateCollegeDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeUpdateCollegeDept",
            rt::Method::Put,
            "/v1.0/industry/colleges/depts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新学生的部门相关信息
    ///
    /// `PUT /v1.0/industry/colleges/members/deptInfos`: DingTalk's `CollegeUpdateStudentDeptInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeUpdateStudentDeptInfo")]
    #[doc(alias = "/v1.0/industry/colleges/members/deptInfos")]
    #[doc(alias = "PUT /v1.0/industry/colleges/members/deptInfos")]
    pub fn college_update_student_dept_info(
        &self,
        request: &CollegeUpdateStudentDeptInfoRequest,
    ) -> rt::Call<
        CollegeUpdateStudentDeptInfoResponseBody,
        CollegeUpdateStudentDeptInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeUpdateStudentDeptInfo",
            rt::Method::Put,
            "/v1.0/industry/colleges/members/deptInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新班级下学生信息
    ///
    /// `PUT /v1.0/industry/colleges/members/depts/students`: DingTalk's `CollegeUpdateStudentInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeUpdateStudentInfo")]
    #[doc(alias = "/v1.0/industry/colleges/members/depts/students")]
    #[doc(alias = "PUT /v1.0/industry/colleges/members/depts/students")]
    pub fn college_update_student_info(
        &self,
        request: &CollegeUpdateStudentInfoRequest,
    ) -> rt::Call<CollegeUpdateStudentInfoResponseBody, CollegeUpdateStudentInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeUpdateStudentInfo",
            rt::Method::Put,
            "/v1.0/industry/colleges/members/depts/students",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改学生手机号
    ///
    /// `PUT /v1.0/industry/colleges/members/students/mobiles`: DingTalk's `CollegeUpdateStudentMoblie` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CollegeUpdateStudentMoblie")]
    #[doc(alias = "/v1.0/industry/colleges/members/students/mobiles")]
    #[doc(alias = "PUT /v1.0/industry/colleges/members/students/mobiles")]
    pub fn college_update_student_moblie(
        &self,
        request: &CollegeUpdateStudentMoblieRequest,
    ) -> rt::Call<
        CollegeUpdateStudentMoblieResponseBody,
        CollegeUpdateStudentMoblieError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CollegeUpdateStudentMoblie",
            rt::Method::Put,
            "/v1.0/industry/colleges/members/students/mobiles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建自定义通讯录
    ///
    /// `POST /v1.0/industry/customizations/contacts`: DingTalk's `CustomizeContactCreate` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomizeContactCreate")]
    #[doc(alias = "/v1.0/industry/customizations/contacts")]
    #[doc(alias = "POST /v1.0/industry/customizations/contacts")]
    pub fn customize_contact_create(
        &self,
        request: &CustomizeContactCreateRequest,
    ) -> rt::Call<CustomizeContactCreateResponseBody, CustomizeContactCreateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomizeContactCreate",
            rt::Method::Post,
            "/v1.0/industry/customizations/contacts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除自定义通讯录
    ///
    /// `DELETE /v1.0/industry/customizations/contacts`: DingTalk's `CustomizeContactDelete` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomizeContactDelete")]
    #[doc(alias = "/v1.0/industry/customizations/contacts")]
    #[doc(alias = "DELETE /v1.0/industry/customizations/contacts")]
    pub fn customize_contact_delete(
        &self,
        request: &CustomizeContactDeleteRequest,
    ) -> rt::Call<CustomizeContactDeleteResponseBody, CustomizeContactDeleteError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomizeContactDelete",
            rt::Method::Delete,
            "/v1.0/industry/customizations/contacts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建部门
    ///
    /// `POST /v1.0/industry/customizations/departments`: DingTalk's `CustomizeContactDeptCreate` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomizeContactDeptCreate")]
    #[doc(alias = "/v1.0/industry/customizations/departments")]
    #[doc(alias = "POST /v1.0/industry/customizations/departments")]
    pub fn customize_contact_dept_create(
        &self,
        request: &CustomizeContactDeptCreateRequest,
    ) -> rt::Call<
        CustomizeContactDeptCreateResponseBody,
        CustomizeContactDeptCreateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomizeContactDeptCreate",
            rt::Method::Post,
            "/v1.0/industry/customizations/departments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除部门
    ///
    /// `DELETE /v1.0/industry/customizations/departments`: DingTalk's `CustomizeContactDeptDelete` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomizeContactDeptDelete")]
    #[doc(alias = "/v1.0/industry/customizations/departments")]
    #[doc(alias = "DELETE /v1.0/industry/customizations/departments")]
    pub fn customize_contact_dept_delete(
        &self,
        request: &CustomizeContactDeptDeleteRequest,
    ) -> rt::Call<
        CustomizeContactDeptDeleteResponseBody,
        CustomizeContactDeptDeleteError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomizeContactDeptDelete",
            rt::Method::Delete,
            "/v1.0/industry/customizations/departments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建自定义通讯录某个部门的部门群
    ///
    /// `POST /v1.0/industry/customizations/departmentGroups`: DingTalk's `CustomizeContactDeptGroupCreate` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomizeContactDeptGroupCreate")]
    #[doc(alias = "/v1.0/industry/customizations/departmentGroups")]
    #[doc(alias = "POST /v1.0/industry/customizations/departmentGroups")]
    pub fn customize_contact_dept_group_create(
        &self,
        request: &CustomizeContactDeptGroupCreateRequest,
    ) -> rt::Call<
        CustomizeContactDeptGroupCreateResponseBody,
        CustomizeContactDeptGroupCreateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomizeContactDeptGroupCreate",
            rt::Method::Post,
            "/v1.0/industry/customizations/departmentGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取部门详情
    ///
    /// `GET /v1.0/industry/customizations/departments`: DingTalk's `CustomizeContactDeptInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomizeContactDeptInfo")]
    #[doc(alias = "/v1.0/industry/customizations/departments")]
    #[doc(alias = "GET /v1.0/industry/customizations/departments")]
    pub fn customize_contact_dept_info(
        &self,
        request: &CustomizeContactDeptInfoRequest,
    ) -> rt::Call<CustomizeContactDeptInfoResponseBody, CustomizeContactDeptInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomizeContactDeptInfo",
            rt::Method::Get,
            "/v1.0/industry/customizations/departments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取子部门列表
    ///
    /// `GET /v1.0/industry/customizations/subsidiaryDepartments`: DingTalk's `CustomizeContactDeptList` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomizeContactDeptList")]
    #[doc(alias = "/v1.0/industry/customizations/subsidiaryDepartments")]
    #[doc(alias = "GET /v1.0/industry/customizations/subsidiaryDepartments")]
    pub fn customize_contact_dept_list(
        &self,
        request: &CustomizeContactDeptListRequest,
    ) -> rt::Call<CustomizeContactDeptListResponseBody, CustomizeContactDeptListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomizeContactDeptList",
            rt::Method::Get,
            "/v1.0/industry/customizations/subsidiaryDepartments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新部门
    ///
    /// `PUT /v1.0/industry/customizations/departments`: DingTalk's `CustomizeContactDeptUpdate` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomizeContactDeptUpdate")]
    #[doc(alias = "/v1.0/industry/customizations/departments")]
    #[doc(alias = "PUT /v1.0/industry/customizations/departments")]
    pub fn customize_contact_dept_update(
        &self,
        request: &CustomizeContactDeptUpdateRequest,
    ) -> rt::Call<
        CustomizeContactDeptUpdateResponseBody,
        CustomizeContactDeptUpdateError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomizeContactDeptUpdate",
            rt::Method::Put,
            "/v1.0/industry/customizations/departments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 普通部门下添加人员
    ///
    /// `POST /v1.0/industry/customizations/users`: DingTalk's `CustomizeContactEmpAdd` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomizeContactEmpAdd")]
    #[doc(alias = "/v1.0/industry/customizations/users")]
    #[doc(alias = "POST /v1.0/industry/customizations/users")]
    pub fn customize_contact_emp_add(
        &self,
        request: &CustomizeContactEmpAddRequest,
    ) -> rt::Call<CustomizeContactEmpAddResponseBody, CustomizeContactEmpAddError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomizeContactEmpAdd",
            rt::Method::Post,
            "/v1.0/industry/customizations/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 普通部门下移除人员
    ///
    /// `POST /v1.0/industry/customizations/users/remove`: DingTalk's `CustomizeContactEmpDelete` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomizeContactEmpDelete")]
    #[doc(alias = "/v1.0/industry/customizations/users/remove")]
    #[doc(alias = "POST /v1.0/industry/customizations/users/remove")]
    pub fn customize_contact_emp_delete(
        &self,
        request: &CustomizeContactEmpDeleteRequest,
    ) -> rt::Call<
        CustomizeContactEmpDeleteResponseBody,
        CustomizeContactEmpDeleteError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomizeContactEmpDelete",
            rt::Method::Post,
            "/v1.0/industry/customizations/users/remove",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询部门下人员
    ///
    /// `GET /v1.0/industry/customizations/users`: DingTalk's `CustomizeContactEmpList` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomizeContactEmpList")]
    #[doc(alias = "/v1.0/industry/customizations/users")]
    #[doc(alias = "GET /v1.0/industry/customizations/users")]
    pub fn customize_contact_emp_list(
        &self,
        request: &CustomizeContactEmpListRequest,
    ) -> rt::Call<CustomizeContactEmpListResponseBody, CustomizeContactEmpListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomizeContactEmpList",
            rt::Method::Get,
            "/v1.0/industry/customizations/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取自定义通讯录列表
    ///
    /// `GET /v1.0/industry/customizations/contacts`: DingTalk's `CustomizeContactList` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomizeContactList")]
    #[doc(alias = "/v1.0/industry/customizations/contacts")]
    #[doc(alias = "GET /v1.0/industry/customizations/contacts")]
    pub fn customize_contact_list(
        &self,
    ) -> rt::Call<CustomizeContactListResponseBody, CustomizeContactListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomizeContactList",
            rt::Method::Get,
            "/v1.0/industry/customizations/contacts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 更新自定义通讯录
    ///
    /// `PUT /v1.0/industry/customizations/contacts`: DingTalk's `CustomizeContactUpdate` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CustomizeContactUpdate")]
    #[doc(alias = "/v1.0/industry/customizations/contacts")]
    #[doc(alias = "PUT /v1.0/industry/customizations/contacts")]
    pub fn customize_contact_update(
        &self,
        request: &CustomizeContactUpdateRequest,
    ) -> rt::Call<CustomizeContactUpdateResponseBody, CustomizeContactUpdateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CustomizeContactUpdate",
            rt::Method::Put,
            "/v1.0/industry/customizations/contacts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 门店通业务消息推送
    ///
    /// `POST /v1.0/industry/digitalStores/messages/push`: DingTalk's `DIgitalStoreMessagePush` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DIgitalStoreMessagePush")]
    #[doc(alias = "/v1.0/industry/digitalStores/messages/push")]
    #[doc(alias = "POST /v1.0/industry/digitalStores/messages/push")]
    pub fn d_igital_store_message_push(
        &self,
        request: &DIgitalStoreMessagePushRequest,
    ) -> rt::Call<DIgitalStoreMessagePushResponseBody, DIgitalStoreMessagePushError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DIgitalStoreMessagePush",
            rt::Method::Post,
            "/v1.0/industry/digitalStores/messages/push",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群运营-场景卡片发送记录列表
    ///
    /// `POST /v1.0/industry/digitalStores/cardSendRecords/query`: DingTalk's `DigitalStoreCardRecord` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::digital_store_card_record_pages`].
    #[doc(alias = "DigitalStoreCardRecord")]
    #[doc(alias = "/v1.0/industry/digitalStores/cardSendRecords/query")]
    #[doc(alias = "POST /v1.0/industry/digitalStores/cardSendRecords/query")]
    pub fn digital_store_card_record(
        &self,
        request: &DigitalStoreCardRecordRequest,
    ) -> rt::Call<DigitalStoreCardRecordResponseBody, DigitalStoreCardRecordError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreCardRecord",
            rt::Method::Post,
            "/v1.0/industry/digitalStores/cardSendRecords/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询组织中门店通通讯录基础信息
    ///
    /// `GET /v1.0/industry/digitalStores/contactInfos`: DingTalk's `DigitalStoreContactInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreContactInfo")]
    #[doc(alias = "/v1.0/industry/digitalStores/contactInfos")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/contactInfos")]
    pub fn digital_store_contact_info(
        &self,
    ) -> rt::Call<DigitalStoreContactInfoResponseBody, DigitalStoreContactInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreContactInfo",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/contactInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取门店通相关会话列表（区域群、门店群）
    ///
    /// `GET /v1.0/industry/digitalStores/conversations`: DingTalk's `DigitalStoreConversations` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreConversations")]
    #[doc(alias = "/v1.0/industry/digitalStores/conversations")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/conversations")]
    pub fn digital_store_conversations(
        &self,
        request: &DigitalStoreConversationsRequest,
    ) -> rt::Call<
        DigitalStoreConversationsResponseBody,
        DigitalStoreConversationsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreConversations",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/conversations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群运营-数据监控-导出列表
    ///
    /// `POST /v1.0/industry/digitalStores/cardRecords/export`: DingTalk's `DigitalStoreExportCardRecord` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreExportCardRecord")]
    #[doc(alias = "/v1.0/industry/digitalStores/cardRecords/export")]
    #[doc(alias = "POST /v1.0/industry/digitalStores/cardRecords/export")]
    pub fn digital_store_export_card_record(
        &self,
        request: &DigitalStoreExportCardRecordRequest,
    ) -> rt::Call<
        DigitalStoreExportCardRecordResponseBody,
        DigitalStoreExportCardRecordError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreExportCardRecord",
            rt::Method::Post,
            "/v1.0/industry/digitalStores/cardRecords/export",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群运营-数据监控-导出明细
    ///
    /// `POST /v1.0/industry/digitalStores/cardRecordDetails/export`: DingTalk's `DigitalStoreExportCardRecordDetail` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreExportCardRecordDetail")]
    #[doc(alias = "/v1.0/industry/digitalStores/cardRecordDetails/export")]
    #[doc(alias = "POST /v1.0/industry/digitalStores/cardRecordDetails/export")]
    pub fn digital_store_export_card_record_detail(
        &self,
        request: &DigitalStoreExportCardRecordDetailRequest,
    ) -> rt::Call<
        DigitalStoreExportCardRecordDetailResponseBody,
        DigitalStoreExportCardRecordDetailError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreExportCardRecordDetail",
            rt::Method::Post,
            "/v1.0/industry/digitalStores/cardRecordDetails/export",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询门店通中的门店分组详情
    ///
    /// `GET /v1.0/industry/digitalStores/groupInfos`: DingTalk's `DigitalStoreGroupInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreGroupInfo")]
    #[doc(alias = "/v1.0/industry/digitalStores/groupInfos")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/groupInfos")]
    pub fn digital_store_group_info(
        &self,
        request: &DigitalStoreGroupInfoRequest,
    ) -> rt::Call<DigitalStoreGroupInfoResponseBody, DigitalStoreGroupInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreGroupInfo",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/groupInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询门店通中的分组列表
    ///
    /// `GET /v1.0/industry/digitalStores/groups`: DingTalk's `DigitalStoreGroups` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreGroups")]
    #[doc(alias = "/v1.0/industry/digitalStores/groups")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/groups")]
    pub fn digital_store_groups(
        &self,
    ) -> rt::Call<DigitalStoreGroupsResponseBody, DigitalStoreGroupsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreGroups",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询门店通讯录某个节点信息
    ///
    /// `GET /v1.0/industry/digitalStores/nodeInfos`: DingTalk's `DigitalStoreNodeInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreNodeInfo")]
    #[doc(alias = "/v1.0/industry/digitalStores/nodeInfos")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/nodeInfos")]
    pub fn digital_store_node_info(
        &self,
        request: &DigitalStoreNodeInfoRequest,
    ) -> rt::Call<DigitalStoreNodeInfoResponseBody, DigitalStoreNodeInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreNodeInfo",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/nodeInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 通过门店Code获取门店群信息
    ///
    /// `GET /v1.0/industry/digitalStores/conversation/queryByStoreCode`: DingTalk's `DigitalStoreQueryConversation` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreQueryConversation")]
    #[doc(alias = "/v1.0/industry/digitalStores/conversation/queryByStoreCode")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/conversation/queryByStoreCode")]
    pub fn digital_store_query_conversation(
        &self,
        request: &DigitalStoreQueryConversationRequest,
    ) -> rt::Call<
        DigitalStoreQueryConversationResponseBody,
        DigitalStoreQueryConversationError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreQueryConversation",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/conversation/queryByStoreCode",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 门店通权益信息查询
    ///
    /// `GET /v1.0/industry/digitalStores/rightsInfos`: DingTalk's `DigitalStoreRightsInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreRightsInfo")]
    #[doc(alias = "/v1.0/industry/digitalStores/rightsInfos")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/rightsInfos")]
    pub fn digital_store_rights_info(
        &self,
    ) -> rt::Call<DigitalStoreRightsInfoResponseBody, DigitalStoreRightsInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreRightsInfo",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/rightsInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询门店通中的角色列表
    ///
    /// `GET /v1.0/industry/digitalStores/roles`: DingTalk's `DigitalStoreRoles` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreRoles")]
    #[doc(alias = "/v1.0/industry/digitalStores/roles")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/roles")]
    pub fn digital_store_roles(
        &self,
    ) -> rt::Call<DigitalStoreRolesResponseBody, DigitalStoreRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreRoles",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取门店通场景群的业务范围
    ///
    /// `GET /v1.0/industry/digitalStores/sceneScopes`: DingTalk's `DigitalStoreSceneScope` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreSceneScope")]
    #[doc(alias = "/v1.0/industry/digitalStores/sceneScopes")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/sceneScopes")]
    pub fn digital_store_scene_scope(
        &self,
        request: &DigitalStoreSceneScopeRequest,
    ) -> rt::Call<DigitalStoreSceneScopeResponseBody, DigitalStoreSceneScopeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreSceneScope",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/sceneScopes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询门店通中的门店详情
    ///
    /// `GET /v1.0/industry/digitalStores/storeInfos`: DingTalk's `DigitalStoreStoreInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreStoreInfo")]
    #[doc(alias = "/v1.0/industry/digitalStores/storeInfos")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/storeInfos")]
    pub fn digital_store_store_info(
        &self,
        request: &DigitalStoreStoreInfoRequest,
    ) -> rt::Call<DigitalStoreStoreInfoResponseBody, DigitalStoreStoreInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreStoreInfo",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/storeInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询门店通讯录某个节点下的子节点
    ///
    /// `GET /v1.0/industry/digitalStores/subsidiaryNodes`: DingTalk's `DigitalStoreSubNodes` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreSubNodes")]
    #[doc(alias = "/v1.0/industry/digitalStores/subsidiaryNodes")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/subsidiaryNodes")]
    pub fn digital_store_sub_nodes(
        &self,
        request: &DigitalStoreSubNodesRequest,
    ) -> rt::Call<DigitalStoreSubNodesResponseBody, DigitalStoreSubNodesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreSubNodes",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/subsidiaryNodes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 修改人员管辖范围以及所属角色
    ///
    /// `PUT /v1.0/industry/digitalStores/authInfos`: DingTalk's `DigitalStoreUpdateAuthInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreUpdateAuthInfo")]
    #[doc(alias = "/v1.0/industry/digitalStores/authInfos")]
    #[doc(alias = "PUT /v1.0/industry/digitalStores/authInfos")]
    pub fn digital_store_update_auth_info(
        &self,
        request: &DigitalStoreUpdateAuthInfoRequest,
    ) -> rt::Call<
        DigitalStoreUpdateAuthInfoResponseBody,
        DigitalStoreUpdateAuthInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreUpdateAuthInfo",
            rt::Method::Put,
            "/v1.0/industry/digitalStores/authInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询门店通讯录人员信息
    ///
    /// `GET /v1.0/industry/digitalStores/userInfos`: DingTalk's `DigitalStoreUserInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreUserInfo")]
    #[doc(alias = "/v1.0/industry/digitalStores/userInfos")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/userInfos")]
    pub fn digital_store_user_info(
        &self,
        request: &DigitalStoreUserInfoRequest,
    ) -> rt::Call<DigitalStoreUserInfoResponseBody, DigitalStoreUserInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreUserInfo",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/userInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询门店通讯录某个节点下的所有人员
    ///
    /// `GET /v1.0/industry/digitalStores/nodes/users`: DingTalk's `DigitalStoreUsers` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DigitalStoreUsers")]
    #[doc(alias = "/v1.0/industry/digitalStores/nodes/users")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/nodes/users")]
    pub fn digital_store_users(
        &self,
        request: &DigitalStoreUsersRequest,
    ) -> rt::Call<DigitalStoreUsersResponseBody, DigitalStoreUsersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStoreUsers",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/nodes/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 群运营-数据监控-查询导出任务的记录列表
    ///
    /// `GET /v1.0/industry/digitalStores/exportTaskRecords`: DingTalk's `DigitalStorelistExportTaskRecord` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::digital_storelist_export_task_record_pages`].
    #[doc(alias = "DigitalStorelistExportTaskRecord")]
    #[doc(alias = "/v1.0/industry/digitalStores/exportTaskRecords")]
    #[doc(alias = "GET /v1.0/industry/digitalStores/exportTaskRecords")]
    pub fn digital_storelist_export_task_record(
        &self,
        request: &DigitalStorelistExportTaskRecordRequest,
    ) -> rt::Call<
        DigitalStorelistExportTaskRecordResponseBody,
        DigitalStorelistExportTaskRecordError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DigitalStorelistExportTaskRecord",
            rt::Method::Get,
            "/v1.0/industry/digitalStores/exportTaskRecords",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询启用了当前应用的外部协作组织
    ///
    /// `GET /v1.0/industry/externals/apps/organizations`: DingTalk's `ExternalQueryExternalAppOrgs` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExternalQueryExternalAppOrgs")]
    #[doc(alias = "/v1.0/industry/externals/apps/organizations")]
    #[doc(alias = "GET /v1.0/industry/externals/apps/organizations")]
    pub fn external_query_external_app_orgs(
        &self,
        request: &ExternalQueryExternalAppOrgsRequest,
    ) -> rt::Call<
        ExternalQueryExternalAppOrgsResponseBody,
        ExternalQueryExternalAppOrgsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExternalQueryExternalAppOrgs",
            rt::Method::Get,
            "/v1.0/industry/externals/apps/organizations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询归属的主组织
    ///
    /// `GET /v1.0/industry/externals/attributions/masterOrganizations`: DingTalk's `ExternalQueryExternalBelongMainOrg` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExternalQueryExternalBelongMainOrg")]
    #[doc(alias = "/v1.0/industry/externals/attributions/masterOrganizations")]
    #[doc(alias = "GET /v1.0/industry/externals/attributions/masterOrganizations")]
    pub fn external_query_external_belong_main_org(
        &self,
        request: &ExternalQueryExternalBelongMainOrgRequest,
    ) -> rt::Call<
        ExternalQueryExternalBelongMainOrgResponseBody,
        ExternalQueryExternalBelongMainOrgError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExternalQueryExternalBelongMainOrg",
            rt::Method::Get,
            "/v1.0/industry/externals/attributions/masterOrganizations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询外部协作组织
    ///
    /// `GET /v1.0/industry/externals/organizations`: DingTalk's `ExternalQueryExternalOrgs` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ExternalQueryExternalOrgs")]
    #[doc(alias = "/v1.0/industry/externals/organizations")]
    #[doc(alias = "GET /v1.0/industry/externals/organizations")]
    pub fn external_query_external_orgs(
        &self,
        request: &ExternalQueryExternalOrgsRequest,
    ) -> rt::Call<
        ExternalQueryExternalOrgsResponseBody,
        ExternalQueryExternalOrgsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ExternalQueryExternalOrgs",
            rt::Method::Get,
            "/v1.0/industry/externals/organizations",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取转换结果
    ///
    /// `POST /v1.0/industry/order/convert/get`: DingTalk's `GetConvertResult` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetConvertResult")]
    #[doc(alias = "/v1.0/industry/order/convert/get")]
    #[doc(alias = "POST /v1.0/industry/order/convert/get")]
    pub fn get_convert_result(
        &self,
        request: &GetConvertResultRequest,
    ) -> rt::Call<GetConvertResultResponseBody, GetConvertResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetConvertResult",
            rt::Method::Post,
            "/v1.0/industry/order/convert/get",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// getTaskPackageResult
    ///
    /// `POST /v1.0/industry/ai/taskPackages/query`: DingTalk's `GetTaskPackageResult` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTaskPackageResult")]
    #[doc(alias = "/v1.0/industry/ai/taskPackages/query")]
    #[doc(alias = "POST /v1.0/industry/ai/taskPackages/query")]
    pub fn get_task_package_result(
        &self,
        request: &GetTaskPackageResultRequest,
    ) -> rt::Call<GetTaskPackageResultResponseBody, GetTaskPackageResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTaskPackageResult",
            rt::Method::Post,
            "/v1.0/industry/ai/taskPackages/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询任务队列情况
    ///
    /// `GET /v1.0/industry/ai/taskQueue/query`: DingTalk's `GetTaskQueue` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetTaskQueue")]
    #[doc(alias = "/v1.0/industry/ai/taskQueue/query")]
    #[doc(alias = "GET /v1.0/industry/ai/taskQueue/query")]
    pub fn get_task_queue(
        &self,
        request: &GetTaskQueueRequest,
    ) -> rt::Call<GetTaskQueueResponseBody, GetTaskQueueError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetTaskQueue",
            rt::Method::Get,
            "/v1.0/industry/ai/taskQueue/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 医疗数据对账
    ///
    /// `POST /v1.0/industry/medicals/datas/check`: DingTalk's `HospitalDataCheck` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "HospitalDataCheck")]
    #[doc(alias = "/v1.0/industry/medicals/datas/check")]
    #[doc(alias = "POST /v1.0/industry/medicals/datas/check")]
    pub fn hospital_data_check(
        &self,
        request: &HospitalDataCheckRequest,
    ) -> rt::Call<HospitalDataCheckResponseBody, HospitalDataCheckError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "HospitalDataCheck",
            rt::Method::Post,
            "/v1.0/industry/medicals/datas/check",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 行业化制造业事件中心
    ///
    /// `POST /v1.0/industry/manufacturing/bases/commons/events`: DingTalk's `IndustryManufactureCommonEvent` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IndustryManufactureCommonEvent")]
    #[doc(alias = "/v1.0/industry/manufacturing/bases/commons/events")]
    #[doc(alias = "POST /v1.0/industry/manufacturing/bases/commons/events")]
    pub fn industry_manufacture_common_event(
        &self,
        request: &IndustryManufactureCommonEventRequest,
    ) -> rt::Call<
        IndustryManufactureCommonEventResponseBody,
        IndustryManufactureCommonEventError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryManufactureCommonEvent",
            rt::Method::Post,
            "/v1.0/industry/manufacturing/bases/commons/events",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 物料成本开放服务
    ///
    /// `POST /v1.0/industry/manufactures/materialCostRecords/query`: DingTalk's `IndustryManufactureCostRecordListGet` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::industry_manufacture_cost_record_list_get_pages`].
    #[doc(alias = "IndustryManufactureCostRecordListGet")]
    #[doc(alias = "/v1.0/industry/manufactures/materialCostRecords/query")]
    #[doc(alias = "POST /v1.0/industry/manufactures/materialCostRecords/query")]
    pub fn industry_manufacture_cost_record_list_get(
        &self,
        request: &IndustryManufactureCostRecordListGetRequest,
    ) -> rt::Call<
        IndustryManufactureCostRecordListGetResponseBody,
        IndustryManufactureCostRecordListGetError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryManufactureCostRecordListGet",
            rt::Method::Post,
            "/v1.0/industry/manufactures/materialCostRecords/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 费用服务
    ///
    /// `POST /v1.0/industry/manufactures/fees/query`: DingTalk's `IndustryManufactureFeeListGet` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::industry_manufacture_fee_list_get_pages`].
    #[doc(alias = "IndustryManufactureFeeListGet")]
    #[doc(alias = "/v1.0/industry/manufactures/fees/query")]
    #[doc(alias = "POST /v1.0/industry/manufactures/fees/query")]
    pub fn industry_manufacture_fee_list_get(
        &self,
        request: &IndustryManufactureFeeListGetRequest,
    ) -> rt::Call<
        IndustryManufactureFeeListGetResponseBody,
        IndustryManufactureFeeListGetError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryManufactureFeeListGet",
            rt::Method::Post,
            "/v1.0/industry/manufactures/fees/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 行业化-制造业工价接口
    ///
    /// `POST /v1.0/industry/manufactures/labourCosts/query`: DingTalk's `IndustryManufactureLabourCost` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::industry_manufacture_labour_cost_pages`].
    #[doc(alias = "IndustryManufactureLabourCost")]
    #[doc(alias = "/v1.0/industry/manufactures/labourCosts/query")]
    #[doc(alias = "POST /v1.0/industry/manufactures/labourCosts/query")]
    pub fn industry_manufacture_labour_cost(
        &self,
        request: &IndustryManufactureLabourCostRequest,
    ) -> rt::Call<
        IndustryManufactureLabourCostResponseBody,
        IndustryManufactureLabourCostError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryManufactureLabourCost",
            rt::Method::Post,
            "/v1.0/industry/manufactures/labourCosts/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询行业物料列表
    ///
    /// `POST /v1.0/industry/manufactures/materials/query`: DingTalk's `IndustryManufactureMaterialList` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::industry_manufacture_material_list_pages`].
    #[doc(alias = "IndustryManufactureMaterialList")]
    #[doc(alias = "/v1.0/industry/manufactures/materials/query")]
    #[doc(alias = "POST /v1.0/industry/manufactures/materials/query")]
    pub fn industry_manufacture_material_list(
        &self,
        request: &IndustryManufactureMaterialListRequest,
    ) -> rt::Call<
        IndustryManufactureMaterialListResponseBody,
        IndustryManufactureMaterialListError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryManufactureMaterialList",
            rt::Method::Post,
            "/v1.0/industry/manufactures/materials/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 派工任务管理
    ///
    /// `POST /v1.0/industry/manufacturings/dispatchTasks/manage`: DingTalk's `IndustryManufactureMesDispatchTask` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IndustryManufactureMesDispatchTask")]
    #[doc(alias = "/v1.0/industry/manufacturings/dispatchTasks/manage")]
    #[doc(alias = "POST /v1.0/industry/manufacturings/dispatchTasks/manage")]
    pub fn industry_manufacture_mes_dispatch_task(
        &self,
        request: &IndustryManufactureMesDispatchTaskRequest,
    ) -> rt::Call<
        IndustryManufactureMesDispatchTaskResponseBody,
        IndustryManufactureMesDispatchTaskError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryManufactureMesDispatchTask",
            rt::Method::Post,
            "/v1.0/industry/manufacturings/dispatchTasks/manage",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// MES系统物料管理
    ///
    /// `POST /v1.0/industry/manufacturings/materials/manage`: DingTalk's `IndustryManufactureMesMaterial` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IndustryManufactureMesMaterial")]
    #[doc(alias = "/v1.0/industry/manufacturings/materials/manage")]
    #[doc(alias = "POST /v1.0/industry/manufacturings/materials/manage")]
    pub fn industry_manufacture_mes_material(
        &self,
        request: &IndustryManufactureMesMaterialRequest,
    ) -> rt::Call<
        IndustryManufactureMesMaterialResponseBody,
        IndustryManufactureMesMaterialError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryManufactureMesMaterial",
            rt::Method::Post,
            "/v1.0/industry/manufacturings/materials/manage",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 生产委外工单管理
    ///
    /// `POST /v1.0/industry/manufacturings/outPlans/manage`: DingTalk's `IndustryManufactureMesOutPlan` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IndustryManufactureMesOutPlan")]
    #[doc(alias = "/v1.0/industry/manufacturings/outPlans/manage")]
    #[doc(alias = "POST /v1.0/industry/manufacturings/outPlans/manage")]
    pub fn industry_manufacture_mes_out_plan(
        &self,
        request: &IndustryManufactureMesOutPlanRequest,
    ) -> rt::Call<
        IndustryManufactureMesOutPlanResponseBody,
        IndustryManufactureMesOutPlanError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryManufactureMesOutPlan",
            rt::Method::Post,
            "/v1.0/industry/manufacturings/outPlans/manage",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 生产报工管理
    ///
    /// `POST /v1.0/industry/manufacturings/outputs/manage`: DingTalk's `IndustryManufactureMesOutput` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IndustryManufactureMesOutput")]
    #[doc(alias = "/v1.0/industry/manufacturings/outputs/manage")]
    #[doc(alias = "POST /v1.0/industry/manufacturings/outputs/manage")]
    pub fn industry_manufacture_mes_output(
        &self,
        request: &IndustryManufactureMesOutputRequest,
    ) -> rt::Call<
        IndustryManufactureMesOutputResponseBody,
        IndustryManufactureMesOutputError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryManufactureMesOutput",
            rt::Method::Post,
            "/v1.0/industry/manufacturings/outputs/manage",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// MES系统工序管理
    ///
    /// `POST /v1.0/industry/manufacturings/processes/manage`: DingTalk's `IndustryManufactureMesProcess` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IndustryManufactureMesProcess")]
    #[doc(alias = "/v1.0/industry/manufacturings/processes/manage")]
    #[doc(alias = "POST /v1.0/industry/manufacturings/processes/manage")]
    pub fn industry_manufacture_mes_process(
        &self,
        request: &IndustryManufactureMesProcessRequest,
    ) -> rt::Call<
        IndustryManufactureMesProcessResponseBody,
        IndustryManufactureMesProcessError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryManufactureMesProcess",
            rt::Method::Post,
            "/v1.0/industry/manufacturings/processes/manage",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 生产工单管理
    ///
    /// `POST /v1.0/industry/manufacturings/productionPlans/manage`: DingTalk's `IndustryManufactureMesProductionPlan` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IndustryManufactureMesProductionPlan")]
    #[doc(alias = "/v1.0/industry/manufacturings/productionPlans/manage")]
    #[doc(alias = "POST /v1.0/industry/manufacturings/productionPlans/manage")]
    pub fn industry_manufacture_mes_production_plan(
        &self,
        request: &IndustryManufactureMesProductionPlanRequest,
    ) -> rt::Call<
        IndustryManufactureMesProductionPlanResponseBody,
        IndustryManufactureMesProductionPlanError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryManufactureMesProductionPlan",
            rt::Method::Post,
            "/v1.0/industry/manufacturings/productionPlans/manage",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 生产委外合作班组管理
    ///
    /// `POST /v1.0/industry/manufacturings/outTeams/manage`: DingTalk's `IndustryManufactureMesSubCooperationTeam` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IndustryManufactureMesSubCooperationTeam")]
    #[doc(alias = "/v1.0/industry/manufacturings/outTeams/manage")]
    #[doc(alias = "POST /v1.0/industry/manufacturings/outTeams/manage")]
    pub fn industry_manufacture_mes_sub_cooperation_team(
        &self,
        request: &IndustryManufactureMesSubCooperationTeamRequest,
    ) -> rt::Call<
        IndustryManufactureMesSubCooperationTeamResponseBody,
        IndustryManufactureMesSubCooperationTeamError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryManufactureMesSubCooperationTeam",
            rt::Method::Post,
            "/v1.0/industry/manufacturings/outTeams/manage",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// MES系统班组管理
    ///
    /// `POST /v1.0/industry/manufacturing/base/data/team`: DingTalk's `IndustryManufactureMesTeamMgmt` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "IndustryManufactureMesTeamMgmt")]
    #[doc(alias = "/v1.0/industry/manufacturing/base/data/team")]
    #[doc(alias = "POST /v1.0/industry/manufacturing/base/data/team")]
    pub fn industry_manufacture_mes_team_mgmt(
        &self,
        request: &IndustryManufactureMesTeamMgmtRequest,
    ) -> rt::Call<
        IndustryManufactureMesTeamMgmtResponseBody,
        IndustryManufactureMesTeamMgmtError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryManufactureMesTeamMgmt",
            rt::Method::Post,
            "/v1.0/industry/manufacturing/base/data/team",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 物料成本查询服务
    ///
    /// `POST /v1.0/industry/manufactures/base/materialCosts/query`: DingTalk's `IndustryMmanufactureMaterialCostGet` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::industry_mmanufacture_material_cost_get_pages`].
    #[doc(alias = "IndustryMmanufactureMaterialCostGet")]
    #[doc(alias = "/v1.0/industry/manufactures/base/materialCosts/query")]
    #[doc(alias = "POST /v1.0/industry/manufactures/base/materialCosts/query")]
    pub fn industry_mmanufacture_material_cost_get(
        &self,
        request: &IndustryMmanufactureMaterialCostGetRequest,
    ) -> rt::Call<
        IndustryMmanufactureMaterialCostGetResponseBody,
        IndustryMmanufactureMaterialCostGetError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "IndustryMmanufactureMaterialCostGet",
            rt::Method::Post,
            "/v1.0/industry/manufactures/base/materialCosts/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 订单转换
    ///
    /// `POST /v1.0/industry/order/convert/execute`: DingTalk's `OrderConvert` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OrderConvert")]
    #[doc(alias = "/v1.0/industry/order/convert/execute")]
    #[doc(alias = "POST /v1.0/industry/order/convert/execute")]
    pub fn order_convert(
        &self,
        request: &OrderConvertRequest,
    ) -> rt::Call<OrderConvertResponseBody, OrderConvertError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OrderConvert",
            rt::Method::Post,
            "/v1.0/industry/order/convert/execute",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 练货模板管理
    ///
    /// `POST /v1.0/industry/ai/promptTemplates/operate`: DingTalk's `PromptTemplatesOperate` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PromptTemplatesOperate")]
    #[doc(alias = "/v1.0/industry/ai/promptTemplates/operate")]
    #[doc(alias = "POST /v1.0/industry/ai/promptTemplates/operate")]
    pub fn prompt_templates_operate(
        &self,
        request: &PromptTemplatesOperateRequest,
    ) -> rt::Call<PromptTemplatesOperateResponseBody, PromptTemplatesOperateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PromptTemplatesOperate",
            rt::Method::Post,
            "/v1.0/industry/ai/promptTemplates/operate",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 提供text和card两种形式工作通知消息
    ///
    /// `POST /v1.0/industry/works/notice`: DingTalk's `PushDingMessage` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "PushDingMessage")]
    #[doc(alias = "/v1.0/industry/works/notice")]
    #[doc(alias = "POST /v1.0/industry/works/notice")]
    pub fn push_ding_message(
        &self,
        request: &PushDingMessageRequest,
    ) -> rt::Call<PushDingMessageResponseBody, PushDingMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "PushDingMessage",
            rt::Method::Post,
            "/v1.0/industry/works/notice",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取当前组织下的所有科室
    ///
    /// `GET /v1.0/industry/medicals/departments`: DingTalk's `QueryAllDepartment` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_all_department_pages`].
    #[doc(alias = "QueryAllDepartment")]
    #[doc(alias = "/v1.0/industry/medicals/departments")]
    #[doc(alias = "GET /v1.0/industry/medicals/departments")]
    pub fn query_all_department(
        &self,
        request: &QueryAllDepartmentRequest,
    ) -> rt::Call<QueryAllDepartmentResponseBody, QueryAllDepartmentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAllDepartment",
            rt::Method::Get,
            "/v1.0/industry/medicals/departments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询医院下的所有医生
    ///
    /// `GET /v1.0/industry/medicals/doctors`: DingTalk's `QueryAllDoctors` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryAllDoctors")]
    #[doc(alias = "/v1.0/industry/medicals/doctors")]
    #[doc(alias = "GET /v1.0/industry/medicals/doctors")]
    pub fn query_all_doctors(
        &self,
        request: &QueryAllDoctorsRequest,
    ) -> rt::Call<QueryAllDoctorsResponseBody, QueryAllDoctorsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAllDoctors",
            rt::Method::Get,
            "/v1.0/industry/medicals/doctors",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询所有医疗组
    ///
    /// `GET /v1.0/industry/medicals/groups`: DingTalk's `QueryAllGroup` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_all_group_pages`].
    #[doc(alias = "QueryAllGroup")]
    #[doc(alias = "/v1.0/industry/medicals/groups")]
    #[doc(alias = "GET /v1.0/industry/medicals/groups")]
    pub fn query_all_group(
        &self,
        request: &QueryAllGroupRequest,
    ) -> rt::Call<QueryAllGroupResponseBody, QueryAllGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAllGroup",
            rt::Method::Get,
            "/v1.0/industry/medicals/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询科室下的所有医疗组
    ///
    /// `GET /v1.0/industry/medicals/departments/{deptId}/groups`: DingTalk's `QueryAllGroupsInDept` (module feature `industry_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `dept_id`: `{deptId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_all_groups_in_dept_pages`].
    #[doc(alias = "QueryAllGroupsInDept")]
    #[doc(alias = "/v1.0/industry/medicals/departments/{deptId}/groups")]
    #[doc(alias = "GET /v1.0/industry/medicals/departments/{deptId}/groups")]
    pub fn query_all_groups_in_dept(
        &self,
        dept_id: &str,
        request: &QueryAllGroupsInDeptRequest,
    ) -> rt::Call<QueryAllGroupsInDeptResponseBody, QueryAllGroupsInDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAllGroupsInDept",
            rt::Method::Get,
            "/v1.0/industry/medicals/departments/{deptId}/groups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dept_id], request)
    }
    /// 查询科室下的所有人员
    ///
    /// `GET /v1.0/industry/medicals/departments/{deptId}/members`: DingTalk's `QueryAllMemberByDept` (module feature `industry_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `dept_id`: `{deptId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_all_member_by_dept_pages`].
    #[doc(alias = "QueryAllMemberByDept")]
    #[doc(alias = "/v1.0/industry/medicals/departments/{deptId}/members")]
    #[doc(alias = "GET /v1.0/industry/medicals/departments/{deptId}/members")]
    pub fn query_all_member_by_dept(
        &self,
        dept_id: &str,
        request: &QueryAllMemberByDeptRequest,
    ) -> rt::Call<QueryAllMemberByDeptResponseBody, QueryAllMemberByDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAllMemberByDept",
            rt::Method::Get,
            "/v1.0/industry/medicals/departments/{deptId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dept_id], request)
    }
    /// 获取医疗组下面的所有成员
    ///
    /// `GET /v1.0/industry/medicals/groups/{groupId}/members`: DingTalk's `QueryAllMemberByGroup` (module feature `industry_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `group_id`: `{groupId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_all_member_by_group_pages`].
    #[doc(alias = "QueryAllMemberByGroup")]
    #[doc(alias = "/v1.0/industry/medicals/groups/{groupId}/members")]
    #[doc(alias = "GET /v1.0/industry/medicals/groups/{groupId}/members")]
    pub fn query_all_member_by_group(
        &self,
        group_id: &str,
        request: &QueryAllMemberByGroupRequest,
    ) -> rt::Call<QueryAllMemberByGroupResponseBody, QueryAllMemberByGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryAllMemberByGroup",
            rt::Method::Get,
            "/v1.0/industry/medicals/groups/{groupId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[group_id], request)
    }
    /// 获取当前企业医疗通讯录的业务操作日志
    ///
    /// `GET /v1.0/industry/medicals/bizOptLogs`: DingTalk's `QueryBizOptLog` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_biz_opt_log_pages`].
    #[doc(alias = "QueryBizOptLog")]
    #[doc(alias = "/v1.0/industry/medicals/bizOptLogs")]
    #[doc(alias = "GET /v1.0/industry/medicals/bizOptLogs")]
    pub fn query_biz_opt_log(
        &self,
        request: &QueryBizOptLogRequest,
    ) -> rt::Call<QueryBizOptLogResponseBody, QueryBizOptLogError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBizOptLog",
            rt::Method::Get,
            "/v1.0/industry/medicals/bizOptLogs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取专属AI平台信息
    ///
    /// `POST /v1.0/industry/chatai/oxm/infos/query`: DingTalk's `QueryChatAIOXMInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryChatAIOXMInfo")]
    #[doc(alias = "/v1.0/industry/chatai/oxm/infos/query")]
    #[doc(alias = "POST /v1.0/industry/chatai/oxm/infos/query")]
    pub fn query_chat_aioxm_info(
        &self,
        request: &QueryChatAIOXMInfoRequest,
    ) -> rt::Call<QueryChatAIOXMInfoResponseBody, QueryChatAIOXMInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryChatAIOXMInfo",
            rt::Method::Post,
            "/v1.0/industry/chatai/oxm/infos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询订单转换规则
    ///
    /// `POST /v1.0/industry/order/rule/page`: DingTalk's `QueryConvertRules` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_convert_rules_pages`].
    #[doc(alias = "QueryConvertRules")]
    #[doc(alias = "/v1.0/industry/order/rule/page")]
    #[doc(alias = "POST /v1.0/industry/order/rule/page")]
    pub fn query_convert_rules(
        &self,
        request: &QueryConvertRulesRequest,
    ) -> rt::Call<QueryConvertRulesResponseBody, QueryConvertRulesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryConvertRules",
            rt::Method::Post,
            "/v1.0/industry/order/rule/page",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询科室和医疗组的扩展信息
    ///
    /// `GET /v1.0/industry/medicals/departments/extensions/infos`: DingTalk's `QueryDepartmentExtendInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDepartmentExtendInfo")]
    #[doc(alias = "/v1.0/industry/medicals/departments/extensions/infos")]
    #[doc(alias = "GET /v1.0/industry/medicals/departments/extensions/infos")]
    pub fn query_department_extend_info(
        &self,
        request: &QueryDepartmentExtendInfoRequest,
    ) -> rt::Call<
        QueryDepartmentExtendInfoResponseBody,
        QueryDepartmentExtendInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDepartmentExtendInfo",
            rt::Method::Get,
            "/v1.0/industry/medicals/departments/extensions/infos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询部门详情
    ///
    /// `GET /v1.0/industry/medicals/departments/{deptId}`: DingTalk's `QueryDepartmentInfo` (module feature `industry_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `dept_id`: `{deptId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDepartmentInfo")]
    #[doc(alias = "/v1.0/industry/medicals/departments/{deptId}")]
    #[doc(alias = "GET /v1.0/industry/medicals/departments/{deptId}")]
    pub fn query_department_info(
        &self,
        dept_id: &str,
    ) -> rt::Call<QueryDepartmentInfoResponseBody, QueryDepartmentInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDepartmentInfo",
            rt::Method::Get,
            "/v1.0/industry/medicals/departments/{deptId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[dept_id], &())
    }
    /// 通过工号查询人员信息
    ///
    /// `GET /v1.0/industry/medicals/doctors/{jobNumber}`: DingTalk's `QueryDoctorDetailsByJobNumber` (module feature `industry_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `job_number`: `{jobNumber}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryDoctorDetailsByJobNumber")]
    #[doc(alias = "/v1.0/industry/medicals/doctors/{jobNumber}")]
    #[doc(alias = "GET /v1.0/industry/medicals/doctors/{jobNumber}")]
    pub fn query_doctor_details_by_job_number(
        &self,
        job_number: &str,
        request: &QueryDoctorDetailsByJobNumberRequest,
    ) -> rt::Call<
        QueryDoctorDetailsByJobNumberResponseBody,
        QueryDoctorDetailsByJobNumberError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryDoctorDetailsByJobNumber",
            rt::Method::Get,
            "/v1.0/industry/medicals/doctors/{jobNumber}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[job_number], request)
    }
    /// 获取医疗组详情
    ///
    /// `GET /v1.0/industry/medicals/groups/{groupId}`: DingTalk's `QueryGroupInfo` (module feature `industry_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `group_id`: `{groupId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryGroupInfo")]
    #[doc(alias = "/v1.0/industry/medicals/groups/{groupId}")]
    #[doc(alias = "GET /v1.0/industry/medicals/groups/{groupId}")]
    pub fn query_group_info(
        &self,
        group_id: &str,
    ) -> rt::Call<QueryGroupInfoResponseBody, QueryGroupInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryGroupInfo",
            rt::Method::Get,
            "/v1.0/industry/medicals/groups/{groupId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[group_id], &())
    }
    /// 查询医院的院区和病区信息
    ///
    /// `GET /v1.0/industry/medicals/districts`: DingTalk's `QueryHospitalDistrictInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_hospital_district_info_pages`].
    #[doc(alias = "QueryHospitalDistrictInfo")]
    #[doc(alias = "/v1.0/industry/medicals/districts")]
    #[doc(alias = "GET /v1.0/industry/medicals/districts")]
    pub fn query_hospital_district_info(
        &self,
        request: &QueryHospitalDistrictInfoRequest,
    ) -> rt::Call<
        QueryHospitalDistrictInfoResponseBody,
        QueryHospitalDistrictInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryHospitalDistrictInfo",
            rt::Method::Get,
            "/v1.0/industry/medicals/districts",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询医院所有角色的人员
    ///
    /// `GET /v1.0/industry/medicals/roles/userInfos`: DingTalk's `QueryHospitalRoleUserInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_hospital_role_user_info_pages`].
    #[doc(alias = "QueryHospitalRoleUserInfo")]
    #[doc(alias = "/v1.0/industry/medicals/roles/userInfos")]
    #[doc(alias = "GET /v1.0/industry/medicals/roles/userInfos")]
    pub fn query_hospital_role_user_info(
        &self,
        request: &QueryHospitalRoleUserInfoRequest,
    ) -> rt::Call<
        QueryHospitalRoleUserInfoResponseBody,
        QueryHospitalRoleUserInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryHospitalRoleUserInfo",
            rt::Method::Get,
            "/v1.0/industry/medicals/roles/userInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询医院的角色
    ///
    /// `GET /v1.0/industry/medicals/roles`: DingTalk's `QueryHospitalRoles` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryHospitalRoles")]
    #[doc(alias = "/v1.0/industry/medicals/roles")]
    #[doc(alias = "GET /v1.0/industry/medicals/roles")]
    pub fn query_hospital_roles(
        &self,
    ) -> rt::Call<QueryHospitalRolesResponseBody, QueryHospitalRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryHospitalRoles",
            rt::Method::Get,
            "/v1.0/industry/medicals/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询职称字典表
    ///
    /// `GET /v1.0/industry/medicals/jobCodes`: DingTalk's `QueryJobCodeDictionary` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryJobCodeDictionary")]
    #[doc(alias = "/v1.0/industry/medicals/jobCodes")]
    #[doc(alias = "GET /v1.0/industry/medicals/jobCodes")]
    pub fn query_job_code_dictionary(
        &self,
    ) -> rt::Call<QueryJobCodeDictionaryResponseBody, QueryJobCodeDictionaryError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryJobCodeDictionary",
            rt::Method::Get,
            "/v1.0/industry/medicals/jobCodes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询工作状态字典表
    ///
    /// `GET /v1.0/industry/medicals/jobStatusCodes`: DingTalk's `QueryJobStatusCodeDictionary` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryJobStatusCodeDictionary")]
    #[doc(alias = "/v1.0/industry/medicals/jobStatusCodes")]
    #[doc(alias = "GET /v1.0/industry/medicals/jobStatusCodes")]
    pub fn query_job_status_code_dictionary(
        &self,
    ) -> rt::Call<
        QueryJobStatusCodeDictionaryResponseBody,
        QueryJobStatusCodeDictionaryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryJobStatusCodeDictionary",
            rt::Method::Get,
            "/v1.0/industry/medicals/jobStatusCodes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询医疗行业事件
    ///
    /// `GET /v1.0/industry/medicals/events`: DingTalk's `QueryMedicalEvents` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryMedicalEvents")]
    #[doc(alias = "/v1.0/industry/medicals/events")]
    #[doc(alias = "GET /v1.0/industry/medicals/events")]
    pub fn query_medical_events(
        &self,
    ) -> rt::Call<QueryMedicalEventsResponseBody, QueryMedicalEventsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryMedicalEvents",
            rt::Method::Get,
            "/v1.0/industry/medicals/events",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询订单转换结果
    ///
    /// `POST /v1.0/industry/order/convert/list`: DingTalk's `QueryOrderConvertResult` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::query_order_convert_result_pages`].
    #[doc(alias = "QueryOrderConvertResult")]
    #[doc(alias = "/v1.0/industry/order/convert/list")]
    #[doc(alias = "POST /v1.0/industry/order/convert/list")]
    pub fn query_order_convert_result(
        &self,
        request: &QueryOrderConvertResultRequest,
    ) -> rt::Call<QueryOrderConvertResultResponseBody, QueryOrderConvertResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryOrderConvertResult",
            rt::Method::Post,
            "/v1.0/industry/order/convert/list",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询用户的证书
    ///
    /// `POST /v1.0/industry/medicals/users/credentials/query`: DingTalk's `QueryUserCredentials` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserCredentials")]
    #[doc(alias = "/v1.0/industry/medicals/users/credentials/query")]
    #[doc(alias = "POST /v1.0/industry/medicals/users/credentials/query")]
    pub fn query_user_credentials(
        &self,
        request: &QueryUserCredentialsRequest,
    ) -> rt::Call<QueryUserCredentialsResponseBody, QueryUserCredentialsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserCredentials",
            rt::Method::Post,
            "/v1.0/industry/medicals/users/credentials/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询人员的扩展信息
    ///
    /// `GET /v1.0/industry/medicals/users/{userId}/extInfos`: DingTalk's `QueryUserExtInfo` (module feature `industry_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserExtInfo")]
    #[doc(alias = "/v1.0/industry/medicals/users/{userId}/extInfos")]
    #[doc(alias = "GET /v1.0/industry/medicals/users/{userId}/extInfos")]
    pub fn query_user_ext_info(
        &self,
        user_id: &str,
    ) -> rt::Call<QueryUserExtInfoResponseBody, QueryUserExtInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserExtInfo",
            rt::Method::Get,
            "/v1.0/industry/medicals/users/{userId}/extInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 获取用户拓展字段
    ///
    /// `POST /v1.0/industry/medicals/users/extends/query`: DingTalk's `QueryUserExtendValues` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserExtendValues")]
    #[doc(alias = "/v1.0/industry/medicals/users/extends/query")]
    #[doc(alias = "POST /v1.0/industry/medicals/users/extends/query")]
    pub fn query_user_extend_values(
        &self,
        request: &QueryUserExtendValuesRequest,
    ) -> rt::Call<QueryUserExtendValuesResponseBody, QueryUserExtendValuesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserExtendValues",
            rt::Method::Post,
            "/v1.0/industry/medicals/users/extends/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询人员详情
    ///
    /// `GET /v1.0/industry/medicals/users/{userId}`: DingTalk's `QueryUserInfo` (module feature `industry_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserInfo")]
    #[doc(alias = "/v1.0/industry/medicals/users/{userId}")]
    #[doc(alias = "GET /v1.0/industry/medicals/users/{userId}")]
    pub fn query_user_info(
        &self,
        user_id: &str,
        request: &QueryUserInfoRequest,
    ) -> rt::Call<QueryUserInfoResponseBody, QueryUserInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserInfo",
            rt::Method::Get,
            "/v1.0/industry/medicals/users/{userId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 查询人员属性字典表
    ///
    /// `GET /v1.0/industry/medicals/userProbCodes`: DingTalk's `QueryUserProbCodeDictionary` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserProbCodeDictionary")]
    #[doc(alias = "/v1.0/industry/medicals/userProbCodes")]
    #[doc(alias = "GET /v1.0/industry/medicals/userProbCodes")]
    pub fn query_user_prob_code_dictionary(
        &self,
    ) -> rt::Call<
        QueryUserProbCodeDictionaryResponseBody,
        QueryUserProbCodeDictionaryError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserProbCodeDictionary",
            rt::Method::Get,
            "/v1.0/industry/medicals/userProbCodes",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询人员权限
    ///
    /// `GET /v1.0/industry/medicals/users/{userId}/roles`: DingTalk's `QueryUserRoles` (module feature `industry_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryUserRoles")]
    #[doc(alias = "/v1.0/industry/medicals/users/{userId}/roles")]
    #[doc(alias = "GET /v1.0/industry/medicals/users/{userId}/roles")]
    pub fn query_user_roles(
        &self,
        user_id: &str,
    ) -> rt::Call<QueryUserRolesResponseBody, QueryUserRolesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryUserRoles",
            rt::Method::Get,
            "/v1.0/industry/medicals/users/{userId}/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 保存用户拓展字段
    ///
    /// `POST /v1.0/industry/medicals/users/{userId}/extends`: DingTalk's `SaveUserExtendValues` (module feature `industry_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SaveUserExtendValues")]
    #[doc(alias = "/v1.0/industry/medicals/users/{userId}/extends")]
    #[doc(alias = "POST /v1.0/industry/medicals/users/{userId}/extends")]
    pub fn save_user_extend_values(
        &self,
        user_id: &str,
        request: &SaveUserExtendValuesRequest,
    ) -> rt::Call<SaveUserExtendValuesResponseBody, SaveUserExtendValuesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SaveUserExtendValues",
            rt::Method::Post,
            "/v1.0/industry/medicals/users/{userId}/extends",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// 提交ai解析任务
    ///
    /// `POST /v1.0/industry/ai/tasks/submit`: DingTalk's `SubmitTask` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubmitTask")]
    #[doc(alias = "/v1.0/industry/ai/tasks/submit")]
    #[doc(alias = "POST /v1.0/industry/ai/tasks/submit")]
    pub fn submit_task(
        &self,
        request: &SubmitTaskRequest,
    ) -> rt::Call<SubmitTaskResponseBody, SubmitTaskError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubmitTask",
            rt::Method::Post,
            "/v1.0/industry/ai/tasks/submit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// submitTaskPackage
    ///
    /// `POST /v1.0/industry/ai/taskPackages/submit`: DingTalk's `SubmitTaskPackage` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SubmitTaskPackage")]
    #[doc(alias = "/v1.0/industry/ai/taskPackages/submit")]
    #[doc(alias = "POST /v1.0/industry/ai/taskPackages/submit")]
    pub fn submit_task_package(
        &self,
        request: &SubmitTaskPackageRequest,
    ) -> rt::Call<SubmitTaskPackageResponseBody, SubmitTaskPackageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SubmitTaskPackage",
            rt::Method::Post,
            "/v1.0/industry/ai/taskPackages/submit",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 增加角色或角色组
    ///
    /// `POST /v1.0/industry/supplyChains/roles`: DingTalk's `SupplAddRole` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplAddRole")]
    #[doc(alias = "/v1.0/industry/supplyChains/roles")]
    #[doc(alias = "POST /v1.0/industry/supplyChains/roles")]
    pub fn suppl_add_role(
        &self,
        request: &SupplAddRoleRequest,
    ) -> rt::Call<SupplAddRoleResponseBody, SupplAddRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplAddRole",
            rt::Method::Post,
            "/v1.0/industry/supplyChains/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 新增供应链节点
    ///
    /// `POST /v1.0/industry/supplyChains/departments`: DingTalk's `SupplyAddDept` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyAddDept")]
    #[doc(alias = "/v1.0/industry/supplyChains/departments")]
    #[doc(alias = "POST /v1.0/industry/supplyChains/departments")]
    pub fn supply_add_dept(
        &self,
        request: &SupplyAddDeptRequest,
    ) -> rt::Call<SupplyAddDeptResponseBody, SupplyAddDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyAddDept",
            rt::Method::Post,
            "/v1.0/industry/supplyChains/departments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加供应商人员
    ///
    /// `POST /v1.0/industry/supplyChains/members`: DingTalk's `SupplyAddMember` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyAddMember")]
    #[doc(alias = "/v1.0/industry/supplyChains/members")]
    #[doc(alias = "POST /v1.0/industry/supplyChains/members")]
    pub fn supply_add_member(
        &self,
        request: &SupplyAddMemberRequest,
    ) -> rt::Call<SupplyAddMemberResponseBody, SupplyAddMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyAddMember",
            rt::Method::Post,
            "/v1.0/industry/supplyChains/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加伙伴负责人
    ///
    /// `POST /v1.0/industry/supplyChains/partnerAdministrators`: DingTalk's `SupplyAddPartnerAdmins` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyAddPartnerAdmins")]
    #[doc(alias = "/v1.0/industry/supplyChains/partnerAdministrators")]
    #[doc(alias = "POST /v1.0/industry/supplyChains/partnerAdministrators")]
    pub fn supply_add_partner_admins(
        &self,
        request: &SupplyAddPartnerAdminsRequest,
    ) -> rt::Call<SupplyAddPartnerAdminsResponseBody, SupplyAddPartnerAdminsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyAddPartnerAdmins",
            rt::Method::Post,
            "/v1.0/industry/supplyChains/partnerAdministrators",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加伙伴的对接人或对接部门
    ///
    /// `POST /v1.0/industry/supplyChains/partnerInterfaces`: DingTalk's `SupplyAddPartnerManagers` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyAddPartnerManagers")]
    #[doc(alias = "/v1.0/industry/supplyChains/partnerInterfaces")]
    #[doc(alias = "POST /v1.0/industry/supplyChains/partnerInterfaces")]
    pub fn supply_add_partner_managers(
        &self,
        request: &SupplyAddPartnerManagersRequest,
    ) -> rt::Call<SupplyAddPartnerManagersResponseBody, SupplyAddPartnerManagersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyAddPartnerManagers",
            rt::Method::Post,
            "/v1.0/industry/supplyChains/partnerInterfaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 添加伙伴标签
    ///
    /// `POST /v1.0/industry/supplyChains/partnerLabels`: DingTalk's `SupplyAddPartnerType` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyAddPartnerType")]
    #[doc(alias = "/v1.0/industry/supplyChains/partnerLabels")]
    #[doc(alias = "POST /v1.0/industry/supplyChains/partnerLabels")]
    pub fn supply_add_partner_type(
        &self,
        request: &SupplyAddPartnerTypeRequest,
    ) -> rt::Call<SupplyAddPartnerTypeResponseBody, SupplyAddPartnerTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyAddPartnerType",
            rt::Method::Post,
            "/v1.0/industry/supplyChains/partnerLabels",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除上下游节点
    ///
    /// `DELETE /v1.0/industry/supplyChains/departments`: DingTalk's `SupplyChainDeleteDept` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyChainDeleteDept")]
    #[doc(alias = "/v1.0/industry/supplyChains/departments")]
    #[doc(alias = "DELETE /v1.0/industry/supplyChains/departments")]
    pub fn supply_chain_delete_dept(
        &self,
        request: &SupplyChainDeleteDeptRequest,
    ) -> rt::Call<SupplyChainDeleteDeptResponseBody, SupplyChainDeleteDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyChainDeleteDept",
            rt::Method::Delete,
            "/v1.0/industry/supplyChains/departments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询上下游节点信息
    ///
    /// `GET /v1.0/industry/supplyChains/departments`: DingTalk's `SupplyChainQueryDeptInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyChainQueryDeptInfo")]
    #[doc(alias = "/v1.0/industry/supplyChains/departments")]
    #[doc(alias = "GET /v1.0/industry/supplyChains/departments")]
    pub fn supply_chain_query_dept_info(
        &self,
        request: &SupplyChainQueryDeptInfoRequest,
    ) -> rt::Call<SupplyChainQueryDeptInfoResponseBody, SupplyChainQueryDeptInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyChainQueryDeptInfo",
            rt::Method::Get,
            "/v1.0/industry/supplyChains/departments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新上下游节点信息
    ///
    /// `PUT /v1.0/industry/supplyChains/departments`: DingTalk's `SupplyChainUpdateDeptInfo` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyChainUpdateDeptInfo")]
    #[doc(alias = "/v1.0/industry/supplyChains/departments")]
    #[doc(alias = "PUT /v1.0/industry/supplyChains/departments")]
    pub fn supply_chain_update_dept_info(
        &self,
        request: &SupplyChainUpdateDeptInfoRequest,
    ) -> rt::Call<
        SupplyChainUpdateDeptInfoResponseBody,
        SupplyChainUpdateDeptInfoError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyChainUpdateDeptInfo",
            rt::Method::Put,
            "/v1.0/industry/supplyChains/departments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除伙伴成员
    ///
    /// `DELETE /v1.0/industry/supplyChains/members`: DingTalk's `SupplyDeleteMember` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyDeleteMember")]
    #[doc(alias = "/v1.0/industry/supplyChains/members")]
    #[doc(alias = "DELETE /v1.0/industry/supplyChains/members")]
    pub fn supply_delete_member(
        &self,
        request: &SupplyDeleteMemberRequest,
    ) -> rt::Call<SupplyDeleteMemberResponseBody, SupplyDeleteMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyDeleteMember",
            rt::Method::Delete,
            "/v1.0/industry/supplyChains/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除伙伴负责人
    ///
    /// `DELETE /v1.0/industry/supplyChains/partnerAdministrators`: DingTalk's `SupplyDeletePartnerAdmins` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyDeletePartnerAdmins")]
    #[doc(alias = "/v1.0/industry/supplyChains/partnerAdministrators")]
    #[doc(alias = "DELETE /v1.0/industry/supplyChains/partnerAdministrators")]
    pub fn supply_delete_partner_admins(
        &self,
        request: &SupplyDeletePartnerAdminsRequest,
    ) -> rt::Call<
        SupplyDeletePartnerAdminsResponseBody,
        SupplyDeletePartnerAdminsError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyDeletePartnerAdmins",
            rt::Method::Delete,
            "/v1.0/industry/supplyChains/partnerAdministrators",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 移除伙伴的对接人或对接部门
    ///
    /// `DELETE /v1.0/industry/supplyChains/partnerInterfaces`: DingTalk's `SupplyDeletePartnerManagers` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyDeletePartnerManagers")]
    #[doc(alias = "/v1.0/industry/supplyChains/partnerInterfaces")]
    #[doc(alias = "DELETE /v1.0/industry/supplyChains/partnerInterfaces")]
    pub fn supply_delete_partner_managers(
        &self,
        request: &SupplyDeletePartnerManagersRequest,
    ) -> rt::Call<
        SupplyDeletePartnerManagersResponseBody,
        SupplyDeletePartnerManagersError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyDeletePartnerManagers",
            rt::Method::Delete,
            "/v1.0/industry/supplyChains/partnerInterfaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除伙伴标签
    ///
    /// `DELETE /v1.0/industry/supplyChains/partnerLabels`: DingTalk's `SupplyDeletePartnerType` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyDeletePartnerType")]
    #[doc(alias = "/v1.0/industry/supplyChains/partnerLabels")]
    #[doc(alias = "DELETE /v1.0/industry/supplyChains/partnerLabels")]
    pub fn supply_delete_partner_type(
        &self,
        request: &SupplyDeletePartnerTypeRequest,
    ) -> rt::Call<SupplyDeletePartnerTypeResponseBody, SupplyDeletePartnerTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyDeletePartnerType",
            rt::Method::Delete,
            "/v1.0/industry/supplyChains/partnerLabels",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除角色或角色组
    ///
    /// `DELETE /v1.0/industry/supplyChains/roles`: DingTalk's `SupplyDeleteRole` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyDeleteRole")]
    #[doc(alias = "/v1.0/industry/supplyChains/roles")]
    #[doc(alias = "DELETE /v1.0/industry/supplyChains/roles")]
    pub fn supply_delete_role(
        &self,
        request: &SupplyDeleteRoleRequest,
    ) -> rt::Call<SupplyDeleteRoleResponseBody, SupplyDeleteRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyDeleteRole",
            rt::Method::Delete,
            "/v1.0/industry/supplyChains/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取供应链成员信息
    ///
    /// `GET /v1.0/industry/supplyChains/members`: DingTalk's `SupplyGetMember` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyGetMember")]
    #[doc(alias = "/v1.0/industry/supplyChains/members")]
    #[doc(alias = "GET /v1.0/industry/supplyChains/members")]
    pub fn supply_get_member(
        &self,
        request: &SupplyGetMemberRequest,
    ) -> rt::Call<SupplyGetMemberResponseBody, SupplyGetMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyGetMember",
            rt::Method::Get,
            "/v1.0/industry/supplyChains/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取供应链部门下成员
    ///
    /// `GET /v1.0/industry/supplyChains/departments/members`: DingTalk's `SupplyListDeptMembers` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::supply_list_dept_members_pages`].
    #[doc(alias = "SupplyListDeptMembers")]
    #[doc(alias = "/v1.0/industry/supplyChains/departments/members")]
    #[doc(alias = "GET /v1.0/industry/supplyChains/departments/members")]
    pub fn supply_list_dept_members(
        &self,
        request: &SupplyListDeptMembersRequest,
    ) -> rt::Call<SupplyListDeptMembersResponseBody, SupplyListDeptMembersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyListDeptMembers",
            rt::Method::Get,
            "/v1.0/industry/supplyChains/departments/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取伙伴负责人列表
    ///
    /// `GET /v1.0/industry/supplyChains/partnerAdministrators`: DingTalk's `SupplyListPartnerAdmins` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyListPartnerAdmins")]
    #[doc(alias = "/v1.0/industry/supplyChains/partnerAdministrators")]
    #[doc(alias = "GET /v1.0/industry/supplyChains/partnerAdministrators")]
    pub fn supply_list_partner_admins(
        &self,
        request: &SupplyListPartnerAdminsRequest,
    ) -> rt::Call<SupplyListPartnerAdminsResponseBody, SupplyListPartnerAdminsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyListPartnerAdmins",
            rt::Method::Get,
            "/v1.0/industry/supplyChains/partnerAdministrators",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取伙伴的对接人/对接部门
    ///
    /// `GET /v1.0/industry/supplyChains/partnerInterfaces`: DingTalk's `SupplyListPartnerManagers` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyListPartnerManagers")]
    #[doc(alias = "/v1.0/industry/supplyChains/partnerInterfaces")]
    #[doc(alias = "GET /v1.0/industry/supplyChains/partnerInterfaces")]
    pub fn supply_list_partner_managers(
        &self,
        request: &SupplyListPartnerManagersRequest,
    ) -> rt::Call<
        SupplyListPartnerManagersResponseBody,
        SupplyListPartnerManagersError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyListPartnerManagers",
            rt::Method::Get,
            "/v1.0/industry/supplyChains/partnerInterfaces",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询下级伙伴标签
    ///
    /// `GET /v1.0/industry/supplyChains/partnerLabels/subLabels`: DingTalk's `SupplyListPartnerType` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyListPartnerType")]
    #[doc(alias = "/v1.0/industry/supplyChains/partnerLabels/subLabels")]
    #[doc(alias = "GET /v1.0/industry/supplyChains/partnerLabels/subLabels")]
    pub fn supply_list_partner_type(
        &self,
        request: &SupplyListPartnerTypeRequest,
    ) -> rt::Call<SupplyListPartnerTypeResponseBody, SupplyListPartnerTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyListPartnerType",
            rt::Method::Get,
            "/v1.0/industry/supplyChains/partnerLabels/subLabels",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询角色组或角色
    ///
    /// `GET /v1.0/industry/supplyChains/roles`: DingTalk's `SupplyListRole` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyListRole")]
    #[doc(alias = "/v1.0/industry/supplyChains/roles")]
    #[doc(alias = "GET /v1.0/industry/supplyChains/roles")]
    pub fn supply_list_role(
        &self,
        request: &SupplyListRoleRequest,
    ) -> rt::Call<SupplyListRoleResponseBody, SupplyListRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyListRole",
            rt::Method::Get,
            "/v1.0/industry/supplyChains/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询下级节点列表
    ///
    /// `GET /v1.0/industry/supplyChains/subDepartments`: DingTalk's `SupplyListSubDept` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyListSubDept")]
    #[doc(alias = "/v1.0/industry/supplyChains/subDepartments")]
    #[doc(alias = "GET /v1.0/industry/supplyChains/subDepartments")]
    pub fn supply_list_sub_dept(
        &self,
        request: &SupplyListSubDeptRequest,
    ) -> rt::Call<SupplyListSubDeptResponseBody, SupplyListSubDeptError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyListSubDept",
            rt::Method::Get,
            "/v1.0/industry/supplyChains/subDepartments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询伙伴标签
    ///
    /// `GET /v1.0/industry/supplyChains/partnerLabels`: DingTalk's `SupplyQueryPartnerType` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyQueryPartnerType")]
    #[doc(alias = "/v1.0/industry/supplyChains/partnerLabels")]
    #[doc(alias = "GET /v1.0/industry/supplyChains/partnerLabels")]
    pub fn supply_query_partner_type(
        &self,
        request: &SupplyQueryPartnerTypeRequest,
    ) -> rt::Call<SupplyQueryPartnerTypeResponseBody, SupplyQueryPartnerTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyQueryPartnerType",
            rt::Method::Get,
            "/v1.0/industry/supplyChains/partnerLabels",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新供应商人员信息
    ///
    /// `PUT /v1.0/industry/supplyChains/members`: DingTalk's `SupplyUpdateMember` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyUpdateMember")]
    #[doc(alias = "/v1.0/industry/supplyChains/members")]
    #[doc(alias = "PUT /v1.0/industry/supplyChains/members")]
    pub fn supply_update_member(
        &self,
        request: &SupplyUpdateMemberRequest,
    ) -> rt::Call<SupplyUpdateMemberResponseBody, SupplyUpdateMemberError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyUpdateMember",
            rt::Method::Put,
            "/v1.0/industry/supplyChains/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新伙伴标签
    ///
    /// `PUT /v1.0/industry/supplyChains/partnerLabels`: DingTalk's `SupplyUpdatePartnerType` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyUpdatePartnerType")]
    #[doc(alias = "/v1.0/industry/supplyChains/partnerLabels")]
    #[doc(alias = "PUT /v1.0/industry/supplyChains/partnerLabels")]
    pub fn supply_update_partner_type(
        &self,
        request: &SupplyUpdatePartnerTypeRequest,
    ) -> rt::Call<SupplyUpdatePartnerTypeResponseBody, SupplyUpdatePartnerTypeError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyUpdatePartnerType",
            rt::Method::Put,
            "/v1.0/industry/supplyChains/partnerLabels",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新角色或角色组
    ///
    /// `PUT /v1.0/industry/supplyChains/roles`: DingTalk's `SupplyUpdateRole` (module feature `industry_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SupplyUpdateRole")]
    #[doc(alias = "/v1.0/industry/supplyChains/roles")]
    #[doc(alias = "PUT /v1.0/industry/supplyChains/roles")]
    pub fn supply_update_role(
        &self,
        request: &SupplyUpdateRoleRequest,
    ) -> rt::Call<SupplyUpdateRoleResponseBody, SupplyUpdateRoleError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SupplyUpdateRole",
            rt::Method::Put,
            "/v1.0/industry/supplyChains/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新医疗用户扩展信息
    ///
    /// `PUT /v1.0/industry/medicals/users/{userId}/extInfos`: DingTalk's `UpdateUserExtendInfo` (module feature `industry_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateUserExtendInfo")]
    #[doc(alias = "/v1.0/industry/medicals/users/{userId}/extInfos")]
    #[doc(alias = "PUT /v1.0/industry/medicals/users/{userId}/extInfos")]
    pub fn update_user_extend_info(
        &self,
        user_id: &str,
        request: &UpdateUserExtendInfoRequest,
    ) -> rt::Call<rt::serde_json::Value, UpdateUserExtendInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateUserExtendInfo",
            rt::Method::Put,
            "/v1.0/industry/medicals/users/{userId}/extInfos",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], request)
    }
    /// Every page of [`Api::chat_ai_query_logs`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `total` items are read. Items: `data` of each page.
    pub fn chat_ai_query_logs_pages(
        &self,
        request: &ChatAiQueryLogsRequest,
    ) -> rt::Paginator<
        ChatAiQueryLogsResponseBody,
        ChatAiQueryLogsError,
        ChatAiQueryLogsResponseBodyData,
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
        rt::Paginator::new(self.chat_ai_query_logs(request), &PAGING)
    }
    /// Every page of [`Api::chat_memo_faq_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `total` items are read. Items: `data` of each page.
    pub fn chat_memo_faq_list_pages(
        &self,
        request: &ChatMemoFaqListRequest,
    ) -> rt::Paginator<
        ChatMemoFaqListResponseBody,
        ChatMemoFaqListError,
        ChatMemoFaqListResponseBodyData,
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
        rt::Paginator::new(self.chat_memo_faq_list(request), &PAGING)
    }
    /// Every page of [`Api::chat_memo_get_file_list`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `total` items are read. Items: `data` of each page.
    pub fn chat_memo_get_file_list_pages(
        &self,
        request: &ChatMemoGetFileListRequest,
    ) -> rt::Paginator<
        ChatMemoGetFileListResponseBody,
        ChatMemoGetFileListError,
        ChatMemoGetFileListResponseBodyData,
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
        rt::Paginator::new(self.chat_memo_get_file_list(request), &PAGING)
    }
    /// Every page of [`Api::college_list_dept_manager`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `managerInfoSimpleList` of each page.
    pub fn college_list_dept_manager_pages(
        &self,
        request: &CollegeListDeptManagerRequest,
    ) -> rt::Paginator<
        CollegeListDeptManagerResponseBody,
        CollegeListDeptManagerError,
        CollegeListDeptManagerResponseBodyManagerInfoSimpleList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["managerInfoSimpleList"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.college_list_dept_manager(request), &PAGING)
    }
    /// Every page of [`Api::college_list_student_info`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `studentInfoSimpleList` of each page.
    pub fn college_list_student_info_pages(
        &self,
        request: &CollegeListStudentInfoRequest,
    ) -> rt::Paginator<
        CollegeListStudentInfoResponseBody,
        CollegeListStudentInfoError,
        CollegeListStudentInfoResponseBodyStudentInfoSimpleList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["studentInfoSimpleList"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.college_list_student_info(request), &PAGING)
    }
    /// Every page of [`Api::college_list_unchecked_student`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `studentInfoSimpleList` of each page.
    pub fn college_list_unchecked_student_pages(
        &self,
        request: &CollegeListUncheckedStudentRequest,
    ) -> rt::Paginator<
        CollegeListUncheckedStudentResponseBody,
        CollegeListUncheckedStudentError,
        CollegeListUncheckedStudentResponseBodyStudentInfoSimpleList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["studentInfoSimpleList"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.college_list_unchecked_student(request), &PAGING)
    }
    /// Every page of [`Api::digital_store_card_record`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `content` of each page.
    pub fn digital_store_card_record_pages(
        &self,
        request: &DigitalStoreCardRecordRequest,
    ) -> rt::Paginator<
        DigitalStoreCardRecordResponseBody,
        DigitalStoreCardRecordError,
        DigitalStoreCardRecordResponseBodyContent,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            false,
            "pageSize",
            false,
            &["content"],
            &[],
            &[],
        );
        rt::Paginator::new(self.digital_store_card_record(request), &PAGING)
    }
    /// Every page of [`Api::digital_storelist_export_task_record`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `content` of each page.
    pub fn digital_storelist_export_task_record_pages(
        &self,
        request: &DigitalStorelistExportTaskRecordRequest,
    ) -> rt::Paginator<
        DigitalStorelistExportTaskRecordResponseBody,
        DigitalStorelistExportTaskRecordError,
        DigitalStorelistExportTaskRecordResponseBodyContent,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content"],
            &[],
            &[],
        );
        rt::Paginator::new(self.digital_storelist_export_task_record(request), &PAGING)
    }
    /// Every page of [`Api::industry_manufacture_cost_record_list_get`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn industry_manufacture_cost_record_list_get_pages(
        &self,
        request: &IndustryManufactureCostRecordListGetRequest,
    ) -> rt::Paginator<
        IndustryManufactureCostRecordListGetResponseBody,
        IndustryManufactureCostRecordListGetError,
        IndustryManufactureCostRecordListGetResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            false,
            true,
            &["nextCursor"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(
            self.industry_manufacture_cost_record_list_get(request),
            &PAGING,
        )
    }
    /// Every page of [`Api::industry_manufacture_fee_list_get`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn industry_manufacture_fee_list_get_pages(
        &self,
        request: &IndustryManufactureFeeListGetRequest,
    ) -> rt::Paginator<
        IndustryManufactureFeeListGetResponseBody,
        IndustryManufactureFeeListGetError,
        IndustryManufactureFeeListGetResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            false,
            true,
            &["nextCursor"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.industry_manufacture_fee_list_get(request), &PAGING)
    }
    /// Every page of [`Api::industry_manufacture_labour_cost`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn industry_manufacture_labour_cost_pages(
        &self,
        request: &IndustryManufactureLabourCostRequest,
    ) -> rt::Paginator<
        IndustryManufactureLabourCostResponseBody,
        IndustryManufactureLabourCostError,
        IndustryManufactureLabourCostResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            false,
            true,
            &["nextCursor"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.industry_manufacture_labour_cost(request), &PAGING)
    }
    /// Every page of [`Api::industry_manufacture_material_list`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn industry_manufacture_material_list_pages(
        &self,
        request: &IndustryManufactureMaterialListRequest,
    ) -> rt::Paginator<
        IndustryManufactureMaterialListResponseBody,
        IndustryManufactureMaterialListError,
        IndustryManufactureMaterialListResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            false,
            true,
            &["nextCursor"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(self.industry_manufacture_material_list(request), &PAGING)
    }
    /// Every page of [`Api::industry_mmanufacture_material_cost_get`]: the call again with `cursor` set to the reply's `nextCursor`, until a reply has no token or `hasMore` is `false`. Items: `list` of each page.
    pub fn industry_mmanufacture_material_cost_get_pages(
        &self,
        request: &IndustryMmanufactureMaterialCostGetRequest,
    ) -> rt::Paginator<
        IndustryMmanufactureMaterialCostGetResponseBody,
        IndustryMmanufactureMaterialCostGetError,
        IndustryMmanufactureMaterialCostGetResponseBodyList,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "cursor",
            false,
            true,
            &["nextCursor"],
            &["hasMore"],
            &["list"],
        );
        rt::Paginator::new(
            self.industry_mmanufacture_material_cost_get(request),
            &PAGING,
        )
    }
    /// Every page of [`Api::query_all_department`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `content` of each page.
    pub fn query_all_department_pages(
        &self,
        request: &QueryAllDepartmentRequest,
    ) -> rt::Paginator<
        QueryAllDepartmentResponseBody,
        QueryAllDepartmentError,
        QueryAllDepartmentResponseBodyContent,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_all_department(request), &PAGING)
    }
    /// Every page of [`Api::query_all_group`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `content` of each page.
    pub fn query_all_group_pages(
        &self,
        request: &QueryAllGroupRequest,
    ) -> rt::Paginator<
        QueryAllGroupResponseBody,
        QueryAllGroupError,
        QueryAllGroupResponseBodyContent,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_all_group(request), &PAGING)
    }
    /// Every page of [`Api::query_all_groups_in_dept`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `content` of each page.
    pub fn query_all_groups_in_dept_pages(
        &self,
        dept_id: &str,
        request: &QueryAllGroupsInDeptRequest,
    ) -> rt::Paginator<
        QueryAllGroupsInDeptResponseBody,
        QueryAllGroupsInDeptError,
        QueryAllGroupsInDeptResponseBodyContent,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_all_groups_in_dept(dept_id, request), &PAGING)
    }
    /// Every page of [`Api::query_all_member_by_dept`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `content` of each page.
    pub fn query_all_member_by_dept_pages(
        &self,
        dept_id: &str,
        request: &QueryAllMemberByDeptRequest,
    ) -> rt::Paginator<
        QueryAllMemberByDeptResponseBody,
        QueryAllMemberByDeptError,
        QueryAllMemberByDeptResponseBodyContent,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_all_member_by_dept(dept_id, request), &PAGING)
    }
    /// Every page of [`Api::query_all_member_by_group`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `content` of each page.
    pub fn query_all_member_by_group_pages(
        &self,
        group_id: &str,
        request: &QueryAllMemberByGroupRequest,
    ) -> rt::Paginator<
        QueryAllMemberByGroupResponseBody,
        QueryAllMemberByGroupError,
        QueryAllMemberByGroupResponseBodyContent,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_all_member_by_group(group_id, request), &PAGING)
    }
    /// Every page of [`Api::query_biz_opt_log`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token. Items: `content` of each page.
    pub fn query_biz_opt_log_pages(
        &self,
        request: &QueryBizOptLogRequest,
    ) -> rt::Paginator<
        QueryBizOptLogResponseBody,
        QueryBizOptLogError,
        QueryBizOptLogResponseBodyContent,
    > {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            true,
            &["nextToken"],
            &[],
            &["content"],
        );
        rt::Paginator::new(self.query_biz_opt_log(request), &PAGING)
    }
    /// Every page of [`Api::query_convert_rules`]: the call again with the page number `pageNo` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `result.items` of each page.
    pub fn query_convert_rules_pages(
        &self,
        request: &QueryConvertRulesRequest,
    ) -> rt::Paginator<
        QueryConvertRulesResponseBody,
        QueryConvertRulesError,
        QueryConvertRulesResponseBodyResultItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNo",
            false,
            "pageSize",
            false,
            &["result", "items"],
            &[],
            &[],
        );
        rt::Paginator::new(self.query_convert_rules(request), &PAGING)
    }
    /// Every page of [`Api::query_hospital_district_info`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `content` of each page.
    pub fn query_hospital_district_info_pages(
        &self,
        request: &QueryHospitalDistrictInfoRequest,
    ) -> rt::Paginator<
        QueryHospitalDistrictInfoResponseBody,
        QueryHospitalDistrictInfoError,
        QueryHospitalDistrictInfoResponseBodyContent,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_hospital_district_info(request), &PAGING)
    }
    /// Every page of [`Api::query_hospital_role_user_info`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `totalCount` items are read. Items: `content` of each page.
    pub fn query_hospital_role_user_info_pages(
        &self,
        request: &QueryHospitalRoleUserInfoRequest,
    ) -> rt::Paginator<
        QueryHospitalRoleUserInfoResponseBody,
        QueryHospitalRoleUserInfoError,
        QueryHospitalRoleUserInfoResponseBodyContent,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content"],
            &[],
            &["totalCount"],
        );
        rt::Paginator::new(self.query_hospital_role_user_info(request), &PAGING)
    }
    /// Every page of [`Api::query_order_convert_result`]: the call again with the page number `pageNo` one more (from the request's, else 1), until a page is empty or shorter than `pageSize`. Items: `result.items` of each page.
    pub fn query_order_convert_result_pages(
        &self,
        request: &QueryOrderConvertResultRequest,
    ) -> rt::Paginator<
        QueryOrderConvertResultResponseBody,
        QueryOrderConvertResultError,
        QueryOrderConvertResultResponseBodyResultItems,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNo",
            false,
            "pageSize",
            false,
            &["result", "items"],
            &[],
            &[],
        );
        rt::Paginator::new(self.query_order_convert_result(request), &PAGING)
    }
    /// Every page of [`Api::supply_list_dept_members`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `hasMore` is `false`. Items: `list` of each page.
    pub fn supply_list_dept_members_pages(
        &self,
        request: &SupplyListDeptMembersRequest,
    ) -> rt::Paginator<
        SupplyListDeptMembersResponseBody,
        SupplyListDeptMembersError,
        SupplyListDeptMembersResponseBodyList,
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
        rt::Paginator::new(self.supply_list_dept_members(request), &PAGING)
    }
}
/// `AiRetailProductAddResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AiRetailProductAddResponseBody {
    /// `productId`.
    pub product_id: Option<i64>,
}
rt::impl_deserialize! {
    AiRetailProductAddResponseBody { "productId" => read_field(product_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AiRetailProductAddResponseBody { "productId" => optional(product_id) }
}
/// `AiRetailProductImgUploadResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AiRetailProductImgUploadResponseBody {
    /// `result`.
    pub result: Option<AiRetailProductImgUploadResponseBodyResult>,
}
rt::impl_deserialize! {
    AiRetailProductImgUploadResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AiRetailProductImgUploadResponseBody { "result" => optional(result) }
}
/// `AiRetailProductQueryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AiRetailProductQueryResponseBody {
    /// `data`.
    pub data: Option<Vec<AiRetailProductQueryResponseBodyData>>,
}
rt::impl_deserialize! {
    AiRetailProductQueryResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AiRetailProductQueryResponseBody { "data" => optional(data) }
}
/// `AiTrainingDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AiTrainingDetailResponseBody {
    /// `result`.
    pub result: Option<AiTrainingDetailResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AiTrainingDetailResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AiTrainingDetailResponseBody { "result" => optional(result), "success" =>
    optional(success) }
}
/// `AiTrainingRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AiTrainingRecordResponseBody {
    /// `direction`.
    pub direction: Option<i64>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `lastId`.
    pub last_id: Option<i64>,
    /// `trainingList`.
    pub training_list: Option<Vec<AiTrainingRecordResponseBodyTrainingList>>,
}
rt::impl_deserialize! {
    AiTrainingRecordResponseBody { "direction" => read_field(direction), "hasMore" =>
    read_field(has_more), "lastId" => read_field(last_id), "trainingList" =>
    read_field(training_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AiTrainingRecordResponseBody { "direction" => optional(direction), "hasMore" =>
    optional(has_more), "lastId" => optional(last_id), "trainingList" =>
    optional(training_list) }
}
/// `BatchGetTaskResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetTaskResultResponseBody {
    /// `tasks`.
    pub tasks: Option<Vec<BatchGetTaskResultResponseBodyTasks>>,
}
rt::impl_deserialize! {
    BatchGetTaskResultResponseBody { "tasks" => read_field(tasks) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetTaskResultResponseBody { "tasks" => optional(tasks) }
}
/// `BusinessMatchResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BusinessMatchResponseBody {
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    BusinessMatchResponseBody { "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BusinessMatchResponseBody { "taskId" => optional(task_id) }
}
/// `BusinessMatchResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BusinessMatchResultResponseBody {
    /// `content`.
    pub content: Option<String>,
    /// `isMatched`.
    pub is_matched: Option<bool>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    BusinessMatchResultResponseBody { "content" => read_field(content), "isMatched" =>
    read_field(is_matched), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BusinessMatchResultResponseBody { "content" => optional(content), "isMatched" =>
    optional(is_matched), "status" => optional(status) }
}
/// `CampusAddRenterMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusAddRenterMemberResponseBody {
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userState`.
    pub user_state: Option<String>,
}
rt::impl_deserialize! {
    CampusAddRenterMemberResponseBody { "unionId" => read_field(union_id), "userId" =>
    read_field(user_id), "userState" => read_field(user_state) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusAddRenterMemberResponseBody { "unionId" => optional(union_id), "userId" =>
    optional(user_id), "userState" => optional(user_state) }
}
/// `CampusCreateCampusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusCreateCampusResponseBody {
    /// `campusCorpId`.
    pub campus_corp_id: Option<String>,
    /// `campusDeptId`.
    pub campus_dept_id: Option<String>,
}
rt::impl_deserialize! {
    CampusCreateCampusResponseBody { "campusCorpId" => read_field(campus_corp_id),
    "campusDeptId" => read_field(campus_dept_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusCreateCampusResponseBody { "campusCorpId" => optional(campus_corp_id),
    "campusDeptId" => optional(campus_dept_id) }
}
/// `CampusCreateCampusGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusCreateCampusGroupResponseBody {
    /// `groupId`.
    pub group_id: Option<i64>,
}
rt::impl_deserialize! {
    CampusCreateCampusGroupResponseBody { "groupId" => read_field(group_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusCreateCampusGroupResponseBody { "groupId" => optional(group_id) }
}
/// `CampusCreateRenterResponseBody`, a model several operations share: also named [`CampusUpdateRenterResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusCreateRenterResponseBody {
    /// `renterId`.
    pub renter_id: Option<String>,
}
rt::impl_deserialize! {
    CampusCreateRenterResponseBody { "renterId" => read_field(renter_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusCreateRenterResponseBody { "renterId" => optional(renter_id) }
}
/// `CampusDelRenterMemberResponseBody`, a model several operations share: also named [`CampusUpdateCampusResponseBody`], [`CampusUpdateCampusGroupResponseBody`], [`CampusUpdateRenterMemberResponseBody`], [`ChatAiTravelListResponseBody`], [`CustomizeContactDeptGroupCreateResponseBody`], [`IndustryManufactureMesDispatchTaskResponseBodyResult`], [`IndustryManufactureMesMaterialResponseBodyResult`], [`IndustryManufactureMesOutPlanResponseBodyResult`], [`IndustryManufactureMesOutputResponseBodyResult`], [`IndustryManufactureMesProcessResponseBodyResult`], [`IndustryManufactureMesProductionPlanResponseBodyResult`], [`IndustryManufactureMesSubCooperationTeamResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusDelRenterMemberResponseBody {
    /// `content`.
    pub content: Option<String>,
}
rt::impl_deserialize! {
    CampusDelRenterMemberResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusDelRenterMemberResponseBody { "content" => optional(content) }
}
/// `CampusDeleteCampusGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusDeleteCampusGroupResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CampusDeleteCampusGroupResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusDeleteCampusGroupResponseBody { "success" => optional(success) }
}
/// `CampusGetCampusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusGetCampusResponseBody {
    /// `address`.
    pub address: Option<String>,
    /// `area`.
    pub area: Option<f64>,
    /// `belongProjectGroupId`.
    pub belong_project_group_id: Option<String>,
    /// `campusCorpId`.
    pub campus_corp_id: Option<String>,
    /// `campusDeptId`.
    pub campus_dept_id: Option<i64>,
    /// `campusName`.
    pub campus_name: Option<String>,
    /// `capacity`.
    pub capacity: Option<String>,
    /// `cityId`.
    pub city_id: Option<i64>,
    /// `country`.
    pub country: Option<String>,
    /// `countyId`.
    pub county_id: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `extend`.
    pub extend: Option<String>,
    /// `location`.
    pub location: Option<String>,
    /// `orderEndTime`.
    pub order_end_time: Option<i64>,
    /// `orderInfo`.
    pub order_info: Option<String>,
    /// `orderStartTime`.
    pub order_start_time: Option<i64>,
    /// `provId`.
    pub prov_id: Option<i64>,
    /// `telephone`.
    pub telephone: Option<String>,
}
rt::impl_deserialize! {
    CampusGetCampusResponseBody { "address" => read_field(address), "area" =>
    read_field(area), "belongProjectGroupId" => read_field(belong_project_group_id),
    "campusCorpId" => read_field(campus_corp_id), "campusDeptId" =>
    read_field(campus_dept_id), "campusName" => read_field(campus_name), "capacity" =>
    read_field(capacity), "cityId" => read_field(city_id), "country" =>
    read_field(country), "countyId" => read_field(county_id), "description" =>
    read_field(description), "extend" => read_field(extend), "location" =>
    read_field(location), "orderEndTime" => read_field(order_end_time), "orderInfo" =>
    read_field(order_info), "orderStartTime" => read_field(order_start_time), "provId" =>
    read_field(prov_id), "telephone" => read_field(telephone) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusGetCampusResponseBody { "address" => optional(address), "area" =>
    optional(area), "belongProjectGroupId" => optional(belong_project_group_id),
    "campusCorpId" => optional(campus_corp_id), "campusDeptId" =>
    optional(campus_dept_id), "campusName" => optional(campus_name), "capacity" =>
    optional(capacity), "cityId" => optional(city_id), "country" => optional(country),
    "countyId" => optional(county_id), "description" => optional(description), "extend"
    => optional(extend), "location" => optional(location), "orderEndTime" =>
    optional(order_end_time), "orderInfo" => optional(order_info), "orderStartTime" =>
    optional(order_start_time), "provId" => optional(prov_id), "telephone" =>
    optional(telephone) }
}
/// `CampusGetCampusGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusGetCampusGroupResponseBody {
    /// `extend`.
    pub extend: Option<String>,
    /// `projectGroupName`.
    pub project_group_name: Option<String>,
}
rt::impl_deserialize! {
    CampusGetCampusGroupResponseBody { "extend" => read_field(extend), "projectGroupName"
    => read_field(project_group_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusGetCampusGroupResponseBody { "extend" => optional(extend), "projectGroupName"
    => optional(project_group_name) }
}
/// `CampusGetRenterResponseBody`, a model several operations share: also named [`CampusListRenterResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusGetRenterResponseBody {
    /// `bindRenterCorpId`.
    pub bind_renter_corp_id: Option<String>,
    /// `bindTime`.
    pub bind_time: Option<i64>,
    /// `creditCode`.
    pub credit_code: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `extend`.
    pub extend: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `renterDeptId`.
    pub renter_dept_id: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `state`.
    pub state: Option<i64>,
}
rt::impl_deserialize! {
    CampusGetRenterResponseBody { "bindRenterCorpId" => read_field(bind_renter_corp_id),
    "bindTime" => read_field(bind_time), "creditCode" => read_field(credit_code),
    "endTime" => read_field(end_time), "extend" => read_field(extend), "name" =>
    read_field(name), "renterDeptId" => read_field(renter_dept_id), "startTime" =>
    read_field(start_time), "state" => read_field(state) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusGetRenterResponseBody { "bindRenterCorpId" => optional(bind_renter_corp_id),
    "bindTime" => optional(bind_time), "creditCode" => optional(credit_code), "endTime"
    => optional(end_time), "extend" => optional(extend), "name" => optional(name),
    "renterDeptId" => optional(renter_dept_id), "startTime" => optional(start_time),
    "state" => optional(state) }
}
/// `CampusGetRenterMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusGetRenterMemberResponseBody {
    /// `extend`.
    pub extend: Option<String>,
    /// `inviteState`.
    pub invite_state: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `state`.
    pub state: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    CampusGetRenterMemberResponseBody { "extend" => read_field(extend), "inviteState" =>
    read_field(invite_state), "name" => read_field(name), "state" => read_field(state),
    "type" => read_field(r#type), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusGetRenterMemberResponseBody { "extend" => optional(extend), "inviteState" =>
    optional(invite_state), "name" => optional(name), "state" => optional(state), "type"
    => optional(r#type), "userId" => optional(user_id) }
}
/// `CampusListCampusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusListCampusResponseBody {
    /// `result`.
    pub result: Option<Vec<CampusListCampusResponseBodyResult>>,
}
rt::impl_deserialize! {
    CampusListCampusResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusListCampusResponseBody { "result" => optional(result) }
}
/// `CampusListCampusGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusListCampusGroupResponseBody {
    /// `result`.
    pub result: Option<Vec<CampusListCampusGroupResponseBodyResult>>,
}
rt::impl_deserialize! {
    CampusListCampusGroupResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusListCampusGroupResponseBody { "result" => optional(result) }
}
/// `CampusListRenterResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusListRenterResponseBody {
    /// `result`.
    pub result: Option<Vec<CampusListRenterResponseBodyResult>>,
}
rt::impl_deserialize! {
    CampusListRenterResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusListRenterResponseBody { "result" => optional(result) }
}
/// `CampusListRenterMembersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusListRenterMembersResponseBody {
    /// `result`.
    pub result: Option<Vec<CampusListRenterMembersResponseBodyResult>>,
}
rt::impl_deserialize! {
    CampusListRenterMembersResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusListRenterMembersResponseBody { "result" => optional(result) }
}
/// `CampusUpdateCampusResponseBody`: the same model as [`CampusDelRenterMemberResponseBody`].
pub type CampusUpdateCampusResponseBody = CampusDelRenterMemberResponseBody;
/// `CampusUpdateCampusGroupResponseBody`: the same model as [`CampusDelRenterMemberResponseBody`].
pub type CampusUpdateCampusGroupResponseBody = CampusDelRenterMemberResponseBody;
/// `CampusUpdateRenterResponseBody`: the same model as [`CampusCreateRenterResponseBody`].
pub type CampusUpdateRenterResponseBody = CampusCreateRenterResponseBody;
/// `CampusUpdateRenterMemberResponseBody`: the same model as [`CampusDelRenterMemberResponseBody`].
pub type CampusUpdateRenterMemberResponseBody = CampusDelRenterMemberResponseBody;
/// `ChatAIAddDatasetPermissionResponseBody`, a model several operations share: also named [`ChatAIRemoveDatasetPermissionResponseBody`], [`ChatMemoDeleteGeneralFileResponseBody`], [`ChatMemoFaqDeleteResponseBody`], [`DigitalStoreUpdateAuthInfoResponseBody`], [`SupplyAddPartnerAdminsResponseBody`], [`SupplyAddPartnerManagersResponseBody`], [`SupplyChainDeleteDeptResponseBody`], [`SupplyChainUpdateDeptInfoResponseBody`], [`SupplyDeleteMemberResponseBody`], [`SupplyDeletePartnerAdminsResponseBody`], [`SupplyDeletePartnerManagersResponseBody`], [`SupplyDeletePartnerTypeResponseBody`], [`SupplyDeleteRoleResponseBody`], [`SupplyUpdateMemberResponseBody`], [`SupplyUpdatePartnerTypeResponseBody`], [`SupplyUpdateRoleResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatAIAddDatasetPermissionResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    ChatAIAddDatasetPermissionResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatAIAddDatasetPermissionResponseBody { "result" => optional(result) }
}
/// `ChatAIListDatasetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatAIListDatasetResponseBody {
    /// `result`.
    pub result: Option<Vec<ChatAIListDatasetResponseBodyResult>>,
}
rt::impl_deserialize! {
    ChatAIListDatasetResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatAIListDatasetResponseBody { "result" => optional(result) }
}
/// `ChatAIQueryDatasetPermissionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatAIQueryDatasetPermissionResponseBody {
    /// `permissionInfos`.
    pub permission_infos: Option<
        Vec<ChatAIQueryDatasetPermissionResponseBodyPermissionInfos>,
    >,
}
rt::impl_deserialize! {
    ChatAIQueryDatasetPermissionResponseBody { "permissionInfos" =>
    read_field(permission_infos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatAIQueryDatasetPermissionResponseBody { "permissionInfos" =>
    optional(permission_infos) }
}
/// `ChatAIRemoveDatasetPermissionResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type ChatAIRemoveDatasetPermissionResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `ChatAITextSentimentAnalysisResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatAITextSentimentAnalysisResponseBody {
    /// `result`.
    pub result: Option<ChatAITextSentimentAnalysisResponseBodyResult>,
}
rt::impl_deserialize! {
    ChatAITextSentimentAnalysisResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatAITextSentimentAnalysisResponseBody { "result" => optional(result) }
}
/// `ChatAiQueryLogsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatAiQueryLogsResponseBody {
    /// `data`.
    pub data: Option<Vec<ChatAiQueryLogsResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
    /// `totalPage`.
    pub total_page: Option<i64>,
}
rt::impl_deserialize! {
    ChatAiQueryLogsResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "total" =>
    read_field(total), "totalPage" => read_field(total_page) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatAiQueryLogsResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "total" => optional(total),
    "totalPage" => optional(total_page) }
}
/// `ChatAiTravelListRequestParamList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChatAiTravelListRequestParamList {
    /// `itineraryId`.
    pub itinerary_id: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
impl ChatAiTravelListRequestParamList {
    /// An empty `ChatAiTravelListRequestParamList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `itineraryId`.
    pub fn itinerary_id(mut self, value: impl Into<String>) -> Self {
        self.itinerary_id = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatAiTravelListRequestParamList { "itineraryId" => optional(itinerary_id), "value"
    => optional(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatAiTravelListRequestParamList { "itineraryId" => read_field(itinerary_id), "value"
    => read_field(value) }
}
/// `ChatAiTravelListResponseBody`: the same model as [`CampusDelRenterMemberResponseBody`].
pub type ChatAiTravelListResponseBody = CampusDelRenterMemberResponseBody;
/// `ChatFormGetDataForApiAccessResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatFormGetDataForApiAccessResponseBody {
    /// `data`.
    pub data: Option<String>,
}
rt::impl_deserialize! {
    ChatFormGetDataForApiAccessResponseBody { "data" => read_field(data) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatFormGetDataForApiAccessResponseBody { "data" => optional(data) }
}
/// `ChatMemoAddGeneralFileRequestTagList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChatMemoAddGeneralFileRequestTagList {
    /// `tagName`.
    pub tag_name: Option<String>,
    /// `tagValueList`.
    pub tag_value_list: Option<Vec<String>>,
}
impl ChatMemoAddGeneralFileRequestTagList {
    /// An empty `ChatMemoAddGeneralFileRequestTagList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `tagName`.
    pub fn tag_name(mut self, value: impl Into<String>) -> Self {
        self.tag_name = Some(value.into());
        self
    }
    /// Sets `tagValueList`.
    pub fn tag_value_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.tag_value_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    ChatMemoAddGeneralFileRequestTagList { "tagName" => optional(tag_name),
    "tagValueList" => optional(tag_value_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoAddGeneralFileRequestTagList { "tagName" => read_field(tag_name),
    "tagValueList" => read_field(tag_value_list) }
}
/// `ChatMemoAddGeneralFileResponseBody`, a model several operations share: also named [`ChatMemoAddKnowledgeGraphNodeResponseBody`], [`ChatMemoAddKnowledgeGraphRelationResponseBody`], [`ChatMemoFaqAddResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatMemoAddGeneralFileResponseBody {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `mediaId`.
    pub media_id: Option<String>,
}
rt::impl_deserialize! {
    ChatMemoAddGeneralFileResponseBody { "bizId" => read_field(biz_id), "mediaId" =>
    read_field(media_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatMemoAddGeneralFileResponseBody { "bizId" => optional(biz_id), "mediaId" =>
    optional(media_id) }
}
/// `ChatMemoAddKnowledgeGraphNodeRequestNodeInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoAddKnowledgeGraphNodeRequestNodeInfo {
    /// `nodeLabel`.
    pub node_label: String,
    /// `nodeName`.
    pub node_name: String,
    /// `propertiesString`.
    pub properties_string: Option<String>,
}
/// The required fields of [`ChatMemoAddKnowledgeGraphNodeRequestNodeInfo`], each named where it is set: `ChatMemoAddKnowledgeGraphNodeRequestNodeInfo::new(ChatMemoAddKnowledgeGraphNodeRequestNodeInfoRequired { .. })`.
pub struct ChatMemoAddKnowledgeGraphNodeRequestNodeInfoRequired {
    /// `nodeLabel`: see [`ChatMemoAddKnowledgeGraphNodeRequestNodeInfo::node_label`].
    pub node_label: String,
    /// `nodeName`: see [`ChatMemoAddKnowledgeGraphNodeRequestNodeInfo::node_name`].
    pub node_name: String,
}
impl ChatMemoAddKnowledgeGraphNodeRequestNodeInfo {
    /// A `ChatMemoAddKnowledgeGraphNodeRequestNodeInfo` with its required fields (`nodeLabel`, `nodeName`); set the others with the methods named after them.
    pub fn new(required: ChatMemoAddKnowledgeGraphNodeRequestNodeInfoRequired) -> Self {
        let ChatMemoAddKnowledgeGraphNodeRequestNodeInfoRequired {
            node_label,
            node_name,
        } = required;
        Self {
            node_label,
            node_name,
            properties_string: None,
        }
    }
    /// Sets `propertiesString`.
    pub fn properties_string(mut self, value: impl Into<String>) -> Self {
        self.properties_string = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatMemoAddKnowledgeGraphNodeRequestNodeInfo { "nodeLabel" => field(node_label),
    "nodeName" => field(node_name), "propertiesString" => optional(properties_string) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoAddKnowledgeGraphNodeRequestNodeInfo { "nodeLabel" => read_field(node_label),
    "nodeName" => read_field(node_name), "propertiesString" =>
    read_field(properties_string) }
}
/// `ChatMemoAddKnowledgeGraphNodeResponseBody`: the same model as [`ChatMemoAddGeneralFileResponseBody`].
pub type ChatMemoAddKnowledgeGraphNodeResponseBody = ChatMemoAddGeneralFileResponseBody;
/// `ChatMemoAddKnowledgeGraphRelationRequestRelationInfo`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoAddKnowledgeGraphRelationRequestRelationInfo {
    /// `endId`.
    pub end_id: String,
    /// `propertiesString`.
    pub properties_string: Option<String>,
    /// `relationName`.
    pub relation_name: String,
    /// `startId`.
    pub start_id: String,
}
/// The required fields of [`ChatMemoAddKnowledgeGraphRelationRequestRelationInfo`], each named where it is set: `ChatMemoAddKnowledgeGraphRelationRequestRelationInfo::new(ChatMemoAddKnowledgeGraphRelationRequestRelationInfoRequired { .. })`.
pub struct ChatMemoAddKnowledgeGraphRelationRequestRelationInfoRequired {
    /// `endId`: see [`ChatMemoAddKnowledgeGraphRelationRequestRelationInfo::end_id`].
    pub end_id: String,
    /// `relationName`: see [`ChatMemoAddKnowledgeGraphRelationRequestRelationInfo::relation_name`].
    pub relation_name: String,
    /// `startId`: see [`ChatMemoAddKnowledgeGraphRelationRequestRelationInfo::start_id`].
    pub start_id: String,
}
impl ChatMemoAddKnowledgeGraphRelationRequestRelationInfo {
    /// A `ChatMemoAddKnowledgeGraphRelationRequestRelationInfo` with its required fields (`endId`, `relationName`, `startId`); set the others with the methods named after them.
    pub fn new(
        required: ChatMemoAddKnowledgeGraphRelationRequestRelationInfoRequired,
    ) -> Self {
        let ChatMemoAddKnowledgeGraphRelationRequestRelationInfoRequired {
            end_id,
            relation_name,
            start_id,
        } = required;
        Self {
            end_id,
            properties_string: None,
            relation_name,
            start_id,
        }
    }
    /// Sets `propertiesString`.
    pub fn properties_string(mut self, value: impl Into<String>) -> Self {
        self.properties_string = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatMemoAddKnowledgeGraphRelationRequestRelationInfo { "endId" => field(end_id),
    "propertiesString" => optional(properties_string), "relationName" =>
    field(relation_name), "startId" => field(start_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoAddKnowledgeGraphRelationRequestRelationInfo { "endId" => read_field(end_id),
    "propertiesString" => read_field(properties_string), "relationName" =>
    read_field(relation_name), "startId" => read_field(start_id) }
}
/// `ChatMemoAddKnowledgeGraphRelationResponseBody`: the same model as [`ChatMemoAddGeneralFileResponseBody`].
pub type ChatMemoAddKnowledgeGraphRelationResponseBody = ChatMemoAddGeneralFileResponseBody;
/// `ChatMemoDeleteGeneralFileResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type ChatMemoDeleteGeneralFileResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `ChatMemoDeleteKnowledgeGraphNodeResponseBody`, a model several operations share: also named [`ChatMemoDeleteKnowledgeGraphRelationResponseBody`], [`ChatMemoUpdateKnowledgeGraphNodeResponseBody`], [`ChatMemoUpdateKnowledgeGraphRelationResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatMemoDeleteKnowledgeGraphNodeResponseBody {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    ChatMemoDeleteKnowledgeGraphNodeResponseBody { "bizId" => read_field(biz_id),
    "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatMemoDeleteKnowledgeGraphNodeResponseBody { "bizId" => optional(biz_id), "success"
    => optional(success) }
}
/// `ChatMemoDeleteKnowledgeGraphRelationResponseBody`: the same model as [`ChatMemoDeleteKnowledgeGraphNodeResponseBody`].
pub type ChatMemoDeleteKnowledgeGraphRelationResponseBody = ChatMemoDeleteKnowledgeGraphNodeResponseBody;
/// `ChatMemoFaqAddResponseBody`: the same model as [`ChatMemoAddGeneralFileResponseBody`].
pub type ChatMemoFaqAddResponseBody = ChatMemoAddGeneralFileResponseBody;
/// `ChatMemoFaqDeleteResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type ChatMemoFaqDeleteResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `ChatMemoFaqListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatMemoFaqListResponseBody {
    /// `data`.
    pub data: Option<Vec<ChatMemoFaqListResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
    /// `totalPage`.
    pub total_page: Option<i64>,
}
rt::impl_deserialize! {
    ChatMemoFaqListResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "total" =>
    read_field(total), "totalPage" => read_field(total_page) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatMemoFaqListResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "total" => optional(total),
    "totalPage" => optional(total_page) }
}
/// `ChatMemoGetFileListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatMemoGetFileListResponseBody {
    /// `data`.
    pub data: Option<Vec<ChatMemoGetFileListResponseBodyData>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `total`.
    pub total: Option<i64>,
    /// `totalPage`.
    pub total_page: Option<i64>,
}
rt::impl_deserialize! {
    ChatMemoGetFileListResponseBody { "data" => read_field(data), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "total" =>
    read_field(total), "totalPage" => read_field(total_page) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatMemoGetFileListResponseBody { "data" => optional(data), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "total" => optional(total),
    "totalPage" => optional(total_page) }
}
/// `ChatMemoGetFileStatusResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatMemoGetFileStatusResponseBody {
    /// `status`.
    pub status: Option<i64>,
    /// `statusDesc`.
    pub status_desc: Option<String>,
}
rt::impl_deserialize! {
    ChatMemoGetFileStatusResponseBody { "status" => read_field(status), "statusDesc" =>
    read_field(status_desc) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatMemoGetFileStatusResponseBody { "status" => optional(status), "statusDesc" =>
    optional(status_desc) }
}
/// `ChatMemoQueryKnowledgeGraphNodeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatMemoQueryKnowledgeGraphNodeResponseBody {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `nodeInfo`.
    pub node_info: Option<ChatMemoQueryKnowledgeGraphNodeResponseBodyNodeInfo>,
}
rt::impl_deserialize! {
    ChatMemoQueryKnowledgeGraphNodeResponseBody { "bizId" => read_field(biz_id),
    "nodeInfo" => read_field(node_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatMemoQueryKnowledgeGraphNodeResponseBody { "bizId" => optional(biz_id), "nodeInfo"
    => optional(node_info) }
}
/// `ChatMemoQueryKnowledgeGraphRelationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatMemoQueryKnowledgeGraphRelationResponseBody {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `relationInfo`.
    pub relation_info: Option<
        ChatMemoQueryKnowledgeGraphRelationResponseBodyRelationInfo,
    >,
}
rt::impl_deserialize! {
    ChatMemoQueryKnowledgeGraphRelationResponseBody { "bizId" => read_field(biz_id),
    "relationInfo" => read_field(relation_info) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatMemoQueryKnowledgeGraphRelationResponseBody { "bizId" => optional(biz_id),
    "relationInfo" => optional(relation_info) }
}
/// `ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfo`, a model several operations share: also named [`ChatMemoUpdateKnowledgeGraphRelationRequestRelationInfo`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfo {
    /// `mediaId`.
    pub media_id: String,
    /// `propertiesString`.
    pub properties_string: Option<String>,
}
/// The required fields of [`ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfo`], each named where it is set: `ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfo::new(ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfoRequired { .. })`.
pub struct ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfoRequired {
    /// `mediaId`: see [`ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfo::media_id`].
    pub media_id: String,
}
impl ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfo {
    /// A `ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfo` with its required fields (`mediaId`); set the others with the methods named after them.
    pub fn new(
        required: ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfoRequired,
    ) -> Self {
        let ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfoRequired { media_id } = required;
        Self {
            media_id,
            properties_string: None,
        }
    }
    /// Sets `propertiesString`.
    pub fn properties_string(mut self, value: impl Into<String>) -> Self {
        self.properties_string = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfo { "mediaId" => field(media_id),
    "propertiesString" => optional(properties_string) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfo { "mediaId" => read_field(media_id),
    "propertiesString" => read_field(properties_string) }
}
/// `ChatMemoUpdateKnowledgeGraphNodeResponseBody`: the same model as [`ChatMemoDeleteKnowledgeGraphNodeResponseBody`].
pub type ChatMemoUpdateKnowledgeGraphNodeResponseBody = ChatMemoDeleteKnowledgeGraphNodeResponseBody;
/// `ChatMemoUpdateKnowledgeGraphRelationRequestRelationInfo`: the same model as [`ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfo`].
pub type ChatMemoUpdateKnowledgeGraphRelationRequestRelationInfo = ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfo;
/// The required fields of [`ChatMemoUpdateKnowledgeGraphRelationRequestRelationInfo`].
pub type ChatMemoUpdateKnowledgeGraphRelationRequestRelationInfoRequired = ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfoRequired;
/// `ChatMemoUpdateKnowledgeGraphRelationResponseBody`: the same model as [`ChatMemoDeleteKnowledgeGraphNodeResponseBody`].
pub type ChatMemoUpdateKnowledgeGraphRelationResponseBody = ChatMemoDeleteKnowledgeGraphNodeResponseBody;
/// `CirclePostDetailResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CirclePostDetailResponseBody {
    /// `result`.
    pub result: Option<CirclePostDetailResponseBodyResult>,
}
rt::impl_deserialize! {
    CirclePostDetailResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CirclePostDetailResponseBody { "result" => optional(result) }
}
/// `CirclePostRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CirclePostRecordResponseBody {
    /// `result`.
    pub result: Option<CirclePostRecordResponseBodyResult>,
}
rt::impl_deserialize! {
    CirclePostRecordResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CirclePostRecordResponseBody { "result" => optional(result) }
}
/// `CollegeActiveCollegeDeptGroupResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeActiveCollegeDeptGroupResponseBody {
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    CollegeActiveCollegeDeptGroupResponseBody { "openConversationId" =>
    read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeActiveCollegeDeptGroupResponseBody { "openConversationId" =>
    optional(open_conversation_id) }
}
/// `CollegeAddCollegeDeptResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeAddCollegeDeptResponseBody {
    /// `deptId`.
    pub dept_id: Option<i64>,
}
rt::impl_deserialize! {
    CollegeAddCollegeDeptResponseBody { "deptId" => read_field(dept_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeAddCollegeDeptResponseBody { "deptId" => optional(dept_id) }
}
/// `CollegeAddManagerResponseBody`, a model several operations share: also named [`CollegeChangeStudentDeptResponseBody`], [`CollegeDeleteCollegeDeptResponseBody`], [`CollegeRemoveManagerResponseBody`], [`CollegeRemoveStudentResponseBody`], [`CollegeUpdateCollegeDeptResponseBody`], [`CollegeUpdateStudentDeptInfoResponseBody`], [`CollegeUpdateStudentInfoResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeAddManagerResponseBody {
    /// `isSuccessful`.
    pub is_successful: Option<bool>,
}
rt::impl_deserialize! {
    CollegeAddManagerResponseBody { "isSuccessful" => read_field(is_successful) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeAddManagerResponseBody { "isSuccessful" => optional(is_successful) }
}
/// `CollegeAddStudentResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeAddStudentResponseBody {
    /// `dingMemberStatus`.
    pub ding_member_status: Option<String>,
    /// `isActive`.
    pub is_active: Option<bool>,
    /// `studentId`.
    pub student_id: Option<i64>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    CollegeAddStudentResponseBody { "dingMemberStatus" => read_field(ding_member_status),
    "isActive" => read_field(is_active), "studentId" => read_field(student_id), "unionId"
    => read_field(union_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeAddStudentResponseBody { "dingMemberStatus" => optional(ding_member_status),
    "isActive" => optional(is_active), "studentId" => optional(student_id), "unionId" =>
    optional(union_id), "userId" => optional(user_id) }
}
/// `CollegeChangeStudentDeptResponseBody`: the same model as [`CollegeAddManagerResponseBody`].
pub type CollegeChangeStudentDeptResponseBody = CollegeAddManagerResponseBody;
/// `CollegeDeleteCollegeDeptResponseBody`: the same model as [`CollegeAddManagerResponseBody`].
pub type CollegeDeleteCollegeDeptResponseBody = CollegeAddManagerResponseBody;
/// `CollegeListCollegeSubDeptResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeListCollegeSubDeptResponseBody {
    /// `collegeDeptInfoSimpleList`.
    pub college_dept_info_simple_list: Option<
        Vec<CollegeListCollegeSubDeptResponseBodyCollegeDeptInfoSimpleList>,
    >,
}
rt::impl_deserialize! {
    CollegeListCollegeSubDeptResponseBody { "collegeDeptInfoSimpleList" =>
    read_field(college_dept_info_simple_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeListCollegeSubDeptResponseBody { "collegeDeptInfoSimpleList" =>
    optional(college_dept_info_simple_list) }
}
/// `CollegeListDeptManagerResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeListDeptManagerResponseBody {
    /// `managerInfoSimpleList`.
    pub manager_info_simple_list: Option<
        Vec<CollegeListDeptManagerResponseBodyManagerInfoSimpleList>,
    >,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    CollegeListDeptManagerResponseBody { "managerInfoSimpleList" =>
    read_field(manager_info_simple_list), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeListDeptManagerResponseBody { "managerInfoSimpleList" =>
    optional(manager_info_simple_list), "totalCount" => optional(total_count) }
}
/// `CollegeListStudentInfoResponseBody`, a model several operations share: also named [`CollegeListUncheckedStudentResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeListStudentInfoResponseBody {
    /// `studentInfoSimpleList`.
    pub student_info_simple_list: Option<
        Vec<CollegeListStudentInfoResponseBodyStudentInfoSimpleList>,
    >,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    CollegeListStudentInfoResponseBody { "studentInfoSimpleList" =>
    read_field(student_info_simple_list), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeListStudentInfoResponseBody { "studentInfoSimpleList" =>
    optional(student_info_simple_list), "totalCount" => optional(total_count) }
}
/// `CollegeListUncheckedStudentResponseBody`: the same model as [`CollegeListStudentInfoResponseBody`].
pub type CollegeListUncheckedStudentResponseBody = CollegeListStudentInfoResponseBody;
/// `CollegeQueryCollegeDeptGroupInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeQueryCollegeDeptGroupInfoResponseBody {
    /// `groupName`.
    pub group_name: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    CollegeQueryCollegeDeptGroupInfoResponseBody { "groupName" => read_field(group_name),
    "openConversationId" => read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeQueryCollegeDeptGroupInfoResponseBody { "groupName" => optional(group_name),
    "openConversationId" => optional(open_conversation_id) }
}
/// `CollegeQueryCollegeDeptInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeQueryCollegeDeptInfoResponseBody {
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `deptType`.
    pub dept_type: Option<String>,
    /// `sortFactor`.
    pub sort_factor: Option<i64>,
    /// `superId`.
    pub super_id: Option<i64>,
}
rt::impl_deserialize! {
    CollegeQueryCollegeDeptInfoResponseBody { "deptId" => read_field(dept_id), "deptName"
    => read_field(dept_name), "deptType" => read_field(dept_type), "sortFactor" =>
    read_field(sort_factor), "superId" => read_field(super_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeQueryCollegeDeptInfoResponseBody { "deptId" => optional(dept_id), "deptName"
    => optional(dept_name), "deptType" => optional(dept_type), "sortFactor" =>
    optional(sort_factor), "superId" => optional(super_id) }
}
/// `CollegeQueryStudentInfoByDeptResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeQueryStudentInfoByDeptResponseBody {
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `dingMemberStatus`.
    pub ding_member_status: Option<String>,
    /// `empExtension`.
    pub emp_extension: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `gender`.
    pub gender: Option<String>,
    /// `identifyId`.
    pub identify_id: Option<String>,
    /// `isActive`.
    pub is_active: Option<bool>,
    /// `startYear`.
    pub start_year: Option<String>,
    /// `studentId`.
    pub student_id: Option<i64>,
    /// `studentName`.
    pub student_name: Option<String>,
    /// `studentNumber`.
    pub student_number: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    CollegeQueryStudentInfoByDeptResponseBody { "deptId" => read_field(dept_id),
    "dingMemberStatus" => read_field(ding_member_status), "empExtension" =>
    read_field(emp_extension), "gender" => read_field(gender), "identifyId" =>
    read_field(identify_id), "isActive" => read_field(is_active), "startYear" =>
    read_field(start_year), "studentId" => read_field(student_id), "studentName" =>
    read_field(student_name), "studentNumber" => read_field(student_number), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeQueryStudentInfoByDeptResponseBody { "deptId" => optional(dept_id),
    "dingMemberStatus" => optional(ding_member_status), "empExtension" =>
    optional(emp_extension), "gender" => optional(gender), "identifyId" =>
    optional(identify_id), "isActive" => optional(is_active), "startYear" =>
    optional(start_year), "studentId" => optional(student_id), "studentName" =>
    optional(student_name), "studentNumber" => optional(student_number), "unionId" =>
    optional(union_id), "userId" => optional(user_id) }
}
/// `CollegeQueryStudentInfoByMobileResponseBody`, a model several operations share: also named [`CollegeQueryStudentInfoByStudentIdResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeQueryStudentInfoByMobileResponseBody {
    /// `deptStudentInfoList`.
    pub dept_student_info_list: Option<
        Vec<CollegeQueryStudentInfoByMobileResponseBodyDeptStudentInfoList>,
    >,
    /// `dingMemberStatus`.
    pub ding_member_status: Option<String>,
    /// `empExtension`.
    pub emp_extension: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `gender`.
    pub gender: Option<String>,
    /// `identifyId`.
    pub identify_id: Option<String>,
    /// `isActive`.
    pub is_active: Option<bool>,
    /// `startYear`.
    pub start_year: Option<String>,
    /// `studentId`.
    pub student_id: Option<i64>,
    /// `studentName`.
    pub student_name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    CollegeQueryStudentInfoByMobileResponseBody { "deptStudentInfoList" =>
    read_field(dept_student_info_list), "dingMemberStatus" =>
    read_field(ding_member_status), "empExtension" => read_field(emp_extension), "gender"
    => read_field(gender), "identifyId" => read_field(identify_id), "isActive" =>
    read_field(is_active), "startYear" => read_field(start_year), "studentId" =>
    read_field(student_id), "studentName" => read_field(student_name), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeQueryStudentInfoByMobileResponseBody { "deptStudentInfoList" =>
    optional(dept_student_info_list), "dingMemberStatus" => optional(ding_member_status),
    "empExtension" => optional(emp_extension), "gender" => optional(gender), "identifyId"
    => optional(identify_id), "isActive" => optional(is_active), "startYear" =>
    optional(start_year), "studentId" => optional(student_id), "studentName" =>
    optional(student_name), "unionId" => optional(union_id), "userId" =>
    optional(user_id) }
}
/// `CollegeQueryStudentInfoByStudentIdResponseBody`: the same model as [`CollegeQueryStudentInfoByMobileResponseBody`].
pub type CollegeQueryStudentInfoByStudentIdResponseBody = CollegeQueryStudentInfoByMobileResponseBody;
/// `CollegeRemoveManagerResponseBody`: the same model as [`CollegeAddManagerResponseBody`].
pub type CollegeRemoveManagerResponseBody = CollegeAddManagerResponseBody;
/// `CollegeRemoveStudentResponseBody`: the same model as [`CollegeAddManagerResponseBody`].
pub type CollegeRemoveStudentResponseBody = CollegeAddManagerResponseBody;
/// `CollegeUpdateCollegeDeptResponseBody`: the same model as [`CollegeAddManagerResponseBody`].
pub type CollegeUpdateCollegeDeptResponseBody = CollegeAddManagerResponseBody;
/// `CollegeUpdateStudentDeptInfoResponseBody`: the same model as [`CollegeAddManagerResponseBody`].
pub type CollegeUpdateStudentDeptInfoResponseBody = CollegeAddManagerResponseBody;
/// `CollegeUpdateStudentInfoResponseBody`: the same model as [`CollegeAddManagerResponseBody`].
pub type CollegeUpdateStudentInfoResponseBody = CollegeAddManagerResponseBody;
/// `CollegeUpdateStudentMoblieResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeUpdateStudentMoblieResponseBody {
    /// `updateResult`.
    pub update_result: Option<String>,
}
rt::impl_deserialize! {
    CollegeUpdateStudentMoblieResponseBody { "updateResult" => read_field(update_result)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeUpdateStudentMoblieResponseBody { "updateResult" => optional(update_result) }
}
/// `CustomizeContactCreateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomizeContactCreateResponseBody {
    /// `content`.
    pub content: Option<CustomizeContactCreateResponseBodyContent>,
}
rt::impl_deserialize! {
    CustomizeContactCreateResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CustomizeContactCreateResponseBody { "content" => optional(content) }
}
/// `CustomizeContactDeleteResponseBody`, a model several operations share: also named [`CustomizeContactUpdateResponseBody`], [`DIgitalStoreMessagePushResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomizeContactDeleteResponseBody {
    /// `content`.
    pub content: Option<bool>,
}
rt::impl_deserialize! {
    CustomizeContactDeleteResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CustomizeContactDeleteResponseBody { "content" => optional(content) }
}
/// `CustomizeContactDeptCreateResponseBody`, a model several operations share: also named [`CustomizeContactDeptUpdateResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomizeContactDeptCreateResponseBody {
    /// `content`.
    pub content: Option<i64>,
}
rt::impl_deserialize! {
    CustomizeContactDeptCreateResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CustomizeContactDeptCreateResponseBody { "content" => optional(content) }
}
/// `CustomizeContactDeptDeleteResponseBody`, a model several operations share: also named [`CustomizeContactEmpAddResponseBody`], [`CustomizeContactEmpDeleteResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomizeContactDeptDeleteResponseBody {
    /// `content`.
    pub content: Option<bool>,
}
rt::impl_deserialize! {
    CustomizeContactDeptDeleteResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CustomizeContactDeptDeleteResponseBody { "content" => optional(content) }
}
/// `CustomizeContactDeptGroupCreateResponseBody`: the same model as [`CampusDelRenterMemberResponseBody`].
pub type CustomizeContactDeptGroupCreateResponseBody = CampusDelRenterMemberResponseBody;
/// `CustomizeContactDeptInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomizeContactDeptInfoResponseBody {
    /// `content`.
    pub content: Option<CustomizeContactDeptInfoResponseBodyContent>,
}
rt::impl_deserialize! {
    CustomizeContactDeptInfoResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CustomizeContactDeptInfoResponseBody { "content" => optional(content) }
}
/// `CustomizeContactDeptListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomizeContactDeptListResponseBody {
    /// `content`.
    pub content: Option<Vec<CustomizeContactDeptListResponseBodyContent>>,
}
rt::impl_deserialize! {
    CustomizeContactDeptListResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CustomizeContactDeptListResponseBody { "content" => optional(content) }
}
/// `CustomizeContactDeptUpdateResponseBody`: the same model as [`CustomizeContactDeptCreateResponseBody`].
pub type CustomizeContactDeptUpdateResponseBody = CustomizeContactDeptCreateResponseBody;
/// `CustomizeContactEmpAddResponseBody`: the same model as [`CustomizeContactDeptDeleteResponseBody`].
pub type CustomizeContactEmpAddResponseBody = CustomizeContactDeptDeleteResponseBody;
/// `CustomizeContactEmpDeleteResponseBody`: the same model as [`CustomizeContactDeptDeleteResponseBody`].
pub type CustomizeContactEmpDeleteResponseBody = CustomizeContactDeptDeleteResponseBody;
/// `CustomizeContactEmpListResponseBody`, a model several operations share: also named [`DigitalStoreUsersResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomizeContactEmpListResponseBody {
    /// `content`.
    pub content: Option<Vec<CustomizeContactEmpListResponseBodyContent>>,
}
rt::impl_deserialize! {
    CustomizeContactEmpListResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CustomizeContactEmpListResponseBody { "content" => optional(content) }
}
/// `CustomizeContactListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomizeContactListResponseBody {
    /// `content`.
    pub content: Option<Vec<CustomizeContactListResponseBodyContent>>,
}
rt::impl_deserialize! {
    CustomizeContactListResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CustomizeContactListResponseBody { "content" => optional(content) }
}
/// `CustomizeContactUpdateResponseBody`: the same model as [`CustomizeContactDeleteResponseBody`].
pub type CustomizeContactUpdateResponseBody = CustomizeContactDeleteResponseBody;
/// `DIgitalStoreMessagePushRequestMessageDataList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DIgitalStoreMessagePushRequestMessageDataList {
    /// `callbackKey`.
    pub callback_key: Option<String>,
    /// `content`.
    pub content: Option<String>,
    /// `newCard`.
    pub new_card: Option<bool>,
    /// `outTraceId`.
    pub out_trace_id: Option<String>,
    /// `sceneCardCode`.
    pub scene_card_code: Option<String>,
    /// `sceneScope`.
    pub scene_scope: Option<i64>,
    /// `sendNow`.
    pub send_now: Option<bool>,
}
impl DIgitalStoreMessagePushRequestMessageDataList {
    /// An empty `DIgitalStoreMessagePushRequestMessageDataList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `callbackKey`.
    pub fn callback_key(mut self, value: impl Into<String>) -> Self {
        self.callback_key = Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `newCard`.
    pub fn new_card(mut self, value: bool) -> Self {
        self.new_card = Some(value);
        self
    }
    /// Sets `outTraceId`.
    pub fn out_trace_id(mut self, value: impl Into<String>) -> Self {
        self.out_trace_id = Some(value.into());
        self
    }
    /// Sets `sceneCardCode`.
    pub fn scene_card_code(mut self, value: impl Into<String>) -> Self {
        self.scene_card_code = Some(value.into());
        self
    }
    /// Sets `sceneScope`.
    pub fn scene_scope(mut self, value: i64) -> Self {
        self.scene_scope = Some(value);
        self
    }
    /// Sets `sendNow`.
    pub fn send_now(mut self, value: bool) -> Self {
        self.send_now = Some(value);
        self
    }
}
rt::impl_serialize! {
    DIgitalStoreMessagePushRequestMessageDataList { "callbackKey" =>
    optional(callback_key), "content" => optional(content), "newCard" =>
    optional(new_card), "outTraceId" => optional(out_trace_id), "sceneCardCode" =>
    optional(scene_card_code), "sceneScope" => optional(scene_scope), "sendNow" =>
    optional(send_now) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DIgitalStoreMessagePushRequestMessageDataList { "callbackKey" =>
    read_field(callback_key), "content" => read_field(content), "newCard" =>
    read_field(new_card), "outTraceId" => read_field(out_trace_id), "sceneCardCode" =>
    read_field(scene_card_code), "sceneScope" => read_field(scene_scope), "sendNow" =>
    read_field(send_now) }
}
/// `DIgitalStoreMessagePushResponseBody`: the same model as [`CustomizeContactDeleteResponseBody`].
pub type DIgitalStoreMessagePushResponseBody = CustomizeContactDeleteResponseBody;
/// `DigitalStoreCardRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreCardRecordResponseBody {
    /// `content`.
    pub content: Option<Vec<DigitalStoreCardRecordResponseBodyContent>>,
}
rt::impl_deserialize! {
    DigitalStoreCardRecordResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreCardRecordResponseBody { "content" => optional(content) }
}
/// `DigitalStoreContactInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreContactInfoResponseBody {
    /// `code`.
    pub code: Option<String>,
    /// `dingDeptId`.
    pub ding_dept_id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `rootDeptId`.
    pub root_dept_id: Option<i64>,
}
rt::impl_deserialize! {
    DigitalStoreContactInfoResponseBody { "code" => read_field(code), "dingDeptId" =>
    read_field(ding_dept_id), "name" => read_field(name), "rootDeptId" =>
    read_field(root_dept_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreContactInfoResponseBody { "code" => optional(code), "dingDeptId" =>
    optional(ding_dept_id), "name" => optional(name), "rootDeptId" =>
    optional(root_dept_id) }
}
/// `DigitalStoreConversationsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreConversationsResponseBody {
    /// `content`.
    pub content: Option<Vec<DigitalStoreConversationsResponseBodyContent>>,
}
rt::impl_deserialize! {
    DigitalStoreConversationsResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreConversationsResponseBody { "content" => optional(content) }
}
/// `DigitalStoreExportCardRecordResponseBody`, a model several operations share: also named [`DigitalStoreExportCardRecordDetailResponseBody`], [`DigitalStorelistExportTaskRecordResponseBodyContent`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreExportCardRecordResponseBody {
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `fileUrl`.
    pub file_url: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `isImport`.
    pub is_import: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `successNum`.
    pub success_num: Option<String>,
    /// `totalNum`.
    pub total_num: Option<String>,
}
rt::impl_deserialize! {
    DigitalStoreExportCardRecordResponseBody { "fileName" => read_field(file_name),
    "fileType" => read_field(file_type), "fileUrl" => read_field(file_url), "id" =>
    read_field(id), "isImport" => read_field(is_import), "remark" => read_field(remark),
    "status" => read_field(status), "successNum" => read_field(success_num), "totalNum"
    => read_field(total_num) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreExportCardRecordResponseBody { "fileName" => optional(file_name),
    "fileType" => optional(file_type), "fileUrl" => optional(file_url), "id" =>
    optional(id), "isImport" => optional(is_import), "remark" => optional(remark),
    "status" => optional(status), "successNum" => optional(success_num), "totalNum" =>
    optional(total_num) }
}
/// `DigitalStoreExportCardRecordDetailResponseBody`: the same model as [`DigitalStoreExportCardRecordResponseBody`].
pub type DigitalStoreExportCardRecordDetailResponseBody = DigitalStoreExportCardRecordResponseBody;
/// `DigitalStoreGroupInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreGroupInfoResponseBody {
    /// `groupId`.
    pub group_id: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `storeIdList`.
    pub store_id_list: Option<Vec<i64>>,
}
rt::impl_deserialize! {
    DigitalStoreGroupInfoResponseBody { "groupId" => read_field(group_id), "groupName" =>
    read_field(group_name), "storeIdList" => read_field(store_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreGroupInfoResponseBody { "groupId" => optional(group_id), "groupName" =>
    optional(group_name), "storeIdList" => optional(store_id_list) }
}
/// `DigitalStoreGroupsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreGroupsResponseBody {
    /// `content`.
    pub content: Option<Vec<DigitalStoreGroupsResponseBodyContent>>,
}
rt::impl_deserialize! {
    DigitalStoreGroupsResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreGroupsResponseBody { "content" => optional(content) }
}
/// `DigitalStoreNodeInfoResponseBody`, a model several operations share: also named [`DigitalStoreSubNodesResponseBodyContent`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreNodeInfoResponseBody {
    /// `dingDeptId`.
    pub ding_dept_id: Option<i64>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `parentId`.
    pub parent_id: Option<i64>,
    /// `type`.
    pub r#type: Option<i64>,
}
rt::impl_deserialize! {
    DigitalStoreNodeInfoResponseBody { "dingDeptId" => read_field(ding_dept_id), "id" =>
    read_field(id), "name" => read_field(name), "parentId" => read_field(parent_id),
    "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreNodeInfoResponseBody { "dingDeptId" => optional(ding_dept_id), "id" =>
    optional(id), "name" => optional(name), "parentId" => optional(parent_id), "type" =>
    optional(r#type) }
}
/// `DigitalStoreQueryConversationResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreQueryConversationResponseBody {
    /// `conversationTitle`.
    pub conversation_title: Option<String>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    DigitalStoreQueryConversationResponseBody { "conversationTitle" =>
    read_field(conversation_title), "openConversationId" =>
    read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreQueryConversationResponseBody { "conversationTitle" =>
    optional(conversation_title), "openConversationId" => optional(open_conversation_id)
    }
}
/// `DigitalStoreRightsInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreRightsInfoResponseBody {
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `quantity`.
    pub quantity: Option<i64>,
    /// `rightsCode`.
    pub rights_code: Option<String>,
    /// `rightsName`.
    pub rights_name: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
}
rt::impl_deserialize! {
    DigitalStoreRightsInfoResponseBody { "endTime" => read_field(end_time), "quantity" =>
    read_field(quantity), "rightsCode" => read_field(rights_code), "rightsName" =>
    read_field(rights_name), "startTime" => read_field(start_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreRightsInfoResponseBody { "endTime" => optional(end_time), "quantity" =>
    optional(quantity), "rightsCode" => optional(rights_code), "rightsName" =>
    optional(rights_name), "startTime" => optional(start_time) }
}
/// `DigitalStoreRolesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreRolesResponseBody {
    /// `content`.
    pub content: Option<Vec<DigitalStoreRolesResponseBodyContent>>,
}
rt::impl_deserialize! {
    DigitalStoreRolesResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreRolesResponseBody { "content" => optional(content) }
}
/// `DigitalStoreSceneScopeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreSceneScopeResponseBody {
    /// `groupConversationType`.
    pub group_conversation_type: Option<String>,
    /// `scopeId`.
    pub scope_id: Option<i64>,
}
rt::impl_deserialize! {
    DigitalStoreSceneScopeResponseBody { "groupConversationType" =>
    read_field(group_conversation_type), "scopeId" => read_field(scope_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreSceneScopeResponseBody { "groupConversationType" =>
    optional(group_conversation_type), "scopeId" => optional(scope_id) }
}
/// `DigitalStoreStoreInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreStoreInfoResponseBody {
    /// `address`.
    pub address: Option<String>,
    /// `businessHours`.
    pub business_hours: Option<String>,
    /// `dingDeptId`.
    pub ding_dept_id: Option<i64>,
    /// `latitude`.
    pub latitude: Option<String>,
    /// `locationAddress`.
    pub location_address: Option<String>,
    /// `longitude`.
    pub longitude: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `parentId`.
    pub parent_id: Option<i64>,
    /// `status`.
    pub status: Option<String>,
    /// `storeAcreage`.
    pub store_acreage: Option<String>,
    /// `storeBandwidth`.
    pub store_bandwidth: Option<String>,
    /// `storeCode`.
    pub store_code: Option<String>,
    /// `storeId`.
    pub store_id: Option<i64>,
    /// `telephone`.
    pub telephone: Option<String>,
}
rt::impl_deserialize! {
    DigitalStoreStoreInfoResponseBody { "address" => read_field(address), "businessHours"
    => read_field(business_hours), "dingDeptId" => read_field(ding_dept_id), "latitude"
    => read_field(latitude), "locationAddress" => read_field(location_address),
    "longitude" => read_field(longitude), "name" => read_field(name), "parentId" =>
    read_field(parent_id), "status" => read_field(status), "storeAcreage" =>
    read_field(store_acreage), "storeBandwidth" => read_field(store_bandwidth),
    "storeCode" => read_field(store_code), "storeId" => read_field(store_id), "telephone"
    => read_field(telephone) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreStoreInfoResponseBody { "address" => optional(address), "businessHours"
    => optional(business_hours), "dingDeptId" => optional(ding_dept_id), "latitude" =>
    optional(latitude), "locationAddress" => optional(location_address), "longitude" =>
    optional(longitude), "name" => optional(name), "parentId" => optional(parent_id),
    "status" => optional(status), "storeAcreage" => optional(store_acreage),
    "storeBandwidth" => optional(store_bandwidth), "storeCode" => optional(store_code),
    "storeId" => optional(store_id), "telephone" => optional(telephone) }
}
/// `DigitalStoreSubNodesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreSubNodesResponseBody {
    /// `content`.
    pub content: Option<Vec<DigitalStoreSubNodesResponseBodyContent>>,
}
rt::impl_deserialize! {
    DigitalStoreSubNodesResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreSubNodesResponseBody { "content" => optional(content) }
}
/// `DigitalStoreUpdateAuthInfoRequestUpdateUserList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DigitalStoreUpdateAuthInfoRequestUpdateUserList {
    /// `roleList`.
    pub role_list: Option<Vec<DigitalStoreUpdateAuthInfoRequestUpdateUserListRoleList>>,
    /// `userAuthList`.
    pub user_auth_list: Option<
        Vec<DigitalStoreUpdateAuthInfoRequestUpdateUserListUserAuthList>,
    >,
    /// `userId`.
    pub user_id: Option<String>,
}
impl DigitalStoreUpdateAuthInfoRequestUpdateUserList {
    /// An empty `DigitalStoreUpdateAuthInfoRequestUpdateUserList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `roleList`.
    pub fn role_list(
        mut self,
        value: impl IntoIterator<
            Item = DigitalStoreUpdateAuthInfoRequestUpdateUserListRoleList,
        >,
    ) -> Self {
        self.role_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `userAuthList`.
    pub fn user_auth_list(
        mut self,
        value: impl IntoIterator<
            Item = DigitalStoreUpdateAuthInfoRequestUpdateUserListUserAuthList,
        >,
    ) -> Self {
        self.user_auth_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DigitalStoreUpdateAuthInfoRequestUpdateUserList { "roleList" => optional(role_list),
    "userAuthList" => optional(user_auth_list), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreUpdateAuthInfoRequestUpdateUserList { "roleList" =>
    read_field(role_list), "userAuthList" => read_field(user_auth_list), "userId" =>
    read_field(user_id) }
}
/// `DigitalStoreUpdateAuthInfoResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type DigitalStoreUpdateAuthInfoResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `DigitalStoreUserInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreUserInfoResponseBody {
    /// `name`.
    pub name: Option<String>,
    /// `roleIdList`.
    pub role_id_list: Option<Vec<i64>>,
    /// `scopeList`.
    pub scope_list: Option<Vec<i64>>,
    /// `storeList`.
    pub store_list: Option<Vec<i64>>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    DigitalStoreUserInfoResponseBody { "name" => read_field(name), "roleIdList" =>
    read_field(role_id_list), "scopeList" => read_field(scope_list), "storeList" =>
    read_field(store_list), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreUserInfoResponseBody { "name" => optional(name), "roleIdList" =>
    optional(role_id_list), "scopeList" => optional(scope_list), "storeList" =>
    optional(store_list), "userId" => optional(user_id) }
}
/// `DigitalStoreUsersResponseBody`: the same model as [`CustomizeContactEmpListResponseBody`].
pub type DigitalStoreUsersResponseBody = CustomizeContactEmpListResponseBody;
/// `DigitalStorelistExportTaskRecordResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStorelistExportTaskRecordResponseBody {
    /// `content`.
    pub content: Option<Vec<DigitalStorelistExportTaskRecordResponseBodyContent>>,
}
rt::impl_deserialize! {
    DigitalStorelistExportTaskRecordResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStorelistExportTaskRecordResponseBody { "content" => optional(content) }
}
/// `ExternalQueryExternalAppOrgsResponseBody`, a model several operations share: also named [`ExternalQueryExternalOrgsResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExternalQueryExternalAppOrgsResponseBody {
    /// `result`.
    pub result: Option<Vec<ExternalQueryExternalAppOrgsResponseBodyResult>>,
}
rt::impl_deserialize! {
    ExternalQueryExternalAppOrgsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExternalQueryExternalAppOrgsResponseBody { "result" => optional(result) }
}
/// `ExternalQueryExternalBelongMainOrgResponseBody`, a model several operations share: also named [`ExternalQueryExternalAppOrgsResponseBodyResult`], [`ExternalQueryExternalOrgsResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExternalQueryExternalBelongMainOrgResponseBody {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `corpName`.
    pub corp_name: Option<String>,
}
rt::impl_deserialize! {
    ExternalQueryExternalBelongMainOrgResponseBody { "corpId" => read_field(corp_id),
    "corpName" => read_field(corp_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ExternalQueryExternalBelongMainOrgResponseBody { "corpId" => optional(corp_id),
    "corpName" => optional(corp_name) }
}
/// `ExternalQueryExternalOrgsResponseBody`: the same model as [`ExternalQueryExternalAppOrgsResponseBody`].
pub type ExternalQueryExternalOrgsResponseBody = ExternalQueryExternalAppOrgsResponseBody;
/// `GetConvertResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConvertResultResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<GetConvertResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetConvertResultResponseBody { "dingOpenErrcode" => read_field(ding_open_errcode),
    "errorMsg" => read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConvertResultResponseBody { "dingOpenErrcode" => optional(ding_open_errcode),
    "errorMsg" => optional(error_msg), "result" => optional(result), "success" =>
    optional(success) }
}
/// `GetTaskPackageResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskPackageResultResponseBody {
    /// `taskPackageId`.
    pub task_package_id: Option<String>,
    /// `tasks`.
    pub tasks: Option<Vec<GetTaskPackageResultResponseBodyTasks>>,
}
rt::impl_deserialize! {
    GetTaskPackageResultResponseBody { "taskPackageId" => read_field(task_package_id),
    "tasks" => read_field(tasks) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskPackageResultResponseBody { "taskPackageId" => optional(task_package_id),
    "tasks" => optional(tasks) }
}
/// `GetTaskQueueResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskQueueResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<GetTaskQueueResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetTaskQueueResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskQueueResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// `HospitalDataCheckResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct HospitalDataCheckResponseBody {
    /// `allDeptCount`.
    pub all_dept_count: Option<i64>,
    /// `allDeptUserCount`.
    pub all_dept_user_count: Option<i64>,
    /// `allGroupCount`.
    pub all_group_count: Option<i64>,
    /// `allGroupUserCount`.
    pub all_group_user_count: Option<i64>,
    /// `deptCount`.
    pub dept_count: Option<i64>,
    /// `deptUserCount`.
    pub dept_user_count: Option<i64>,
    /// `groupCount`.
    pub group_count: Option<i64>,
    /// `groupUserCount`.
    pub group_user_count: Option<i64>,
    /// `match`.
    pub r#match: Option<bool>,
}
rt::impl_deserialize! {
    HospitalDataCheckResponseBody { "allDeptCount" => read_field(all_dept_count),
    "allDeptUserCount" => read_field(all_dept_user_count), "allGroupCount" =>
    read_field(all_group_count), "allGroupUserCount" => read_field(all_group_user_count),
    "deptCount" => read_field(dept_count), "deptUserCount" =>
    read_field(dept_user_count), "groupCount" => read_field(group_count),
    "groupUserCount" => read_field(group_user_count), "match" => read_field(r#match) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    HospitalDataCheckResponseBody { "allDeptCount" => optional(all_dept_count),
    "allDeptUserCount" => optional(all_dept_user_count), "allGroupCount" =>
    optional(all_group_count), "allGroupUserCount" => optional(all_group_user_count),
    "deptCount" => optional(dept_count), "deptUserCount" => optional(dept_user_count),
    "groupCount" => optional(group_count), "groupUserCount" =>
    optional(group_user_count), "match" => optional(r#match) }
}
/// `IndustryManufactureCommonEventResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryManufactureCommonEventResponseBody {
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `result`.
    pub result: Option<IndustryManufactureCommonEventResponseBodyResult>,
}
rt::impl_deserialize! {
    IndustryManufactureCommonEventResponseBody { "errorMsg" => read_field(error_msg),
    "requestId" => read_field(request_id), "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryManufactureCommonEventResponseBody { "errorMsg" => optional(error_msg),
    "requestId" => optional(request_id), "result" => optional(result) }
}
/// `IndustryManufactureCostRecordListGetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryManufactureCostRecordListGetResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<IndustryManufactureCostRecordListGetResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    IndustryManufactureCostRecordListGetResponseBody { "hasMore" => read_field(has_more),
    "list" => read_field(list), "nextCursor" => read_field(next_cursor), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryManufactureCostRecordListGetResponseBody { "hasMore" => optional(has_more),
    "list" => optional(list), "nextCursor" => optional(next_cursor), "totalCount" =>
    optional(total_count) }
}
/// `IndustryManufactureFeeListGetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryManufactureFeeListGetResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<IndustryManufactureFeeListGetResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    IndustryManufactureFeeListGetResponseBody { "hasMore" => read_field(has_more), "list"
    => read_field(list), "nextCursor" => read_field(next_cursor), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryManufactureFeeListGetResponseBody { "hasMore" => optional(has_more), "list"
    => optional(list), "nextCursor" => optional(next_cursor), "totalCount" =>
    optional(total_count) }
}
/// `IndustryManufactureLabourCostResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryManufactureLabourCostResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<IndustryManufactureLabourCostResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    IndustryManufactureLabourCostResponseBody { "hasMore" => read_field(has_more), "list"
    => read_field(list), "nextCursor" => read_field(next_cursor), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryManufactureLabourCostResponseBody { "hasMore" => optional(has_more), "list"
    => optional(list), "nextCursor" => optional(next_cursor), "totalCount" =>
    optional(total_count) }
}
/// `IndustryManufactureMaterialListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryManufactureMaterialListResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<IndustryManufactureMaterialListResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    IndustryManufactureMaterialListResponseBody { "hasMore" => read_field(has_more),
    "list" => read_field(list), "nextCursor" => read_field(next_cursor), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryManufactureMaterialListResponseBody { "hasMore" => optional(has_more), "list"
    => optional(list), "nextCursor" => optional(next_cursor), "totalCount" =>
    optional(total_count) }
}
/// `IndustryManufactureMesDispatchTaskResponseBody`, a model several operations share: also named [`IndustryManufactureMesMaterialResponseBody`], [`IndustryManufactureMesOutPlanResponseBody`], [`IndustryManufactureMesOutputResponseBody`], [`IndustryManufactureMesProcessResponseBody`], [`IndustryManufactureMesProductionPlanResponseBody`], [`IndustryManufactureMesSubCooperationTeamResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryManufactureMesDispatchTaskResponseBody {
    /// `result`.
    pub result: Option<IndustryManufactureMesDispatchTaskResponseBodyResult>,
}
rt::impl_deserialize! {
    IndustryManufactureMesDispatchTaskResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryManufactureMesDispatchTaskResponseBody { "result" => optional(result) }
}
/// `IndustryManufactureMesMaterialRequestExtendData`, a model several operations share: also named [`IndustryManufactureMesProcessRequestExtendData`], [`IndustryManufactureMesProductionPlanRequestExtendData`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IndustryManufactureMesMaterialRequestExtendData {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: Option<String>,
    /// `valueType`.
    pub value_type: Option<String>,
}
impl IndustryManufactureMesMaterialRequestExtendData {
    /// An empty `IndustryManufactureMesMaterialRequestExtendData`; set fields with the methods named after them.
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
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `valueType`.
    pub fn value_type(mut self, value: impl Into<String>) -> Self {
        self.value_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureMesMaterialRequestExtendData { "code" => optional(code), "name" =>
    optional(name), "value" => optional(value), "valueType" => optional(value_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureMesMaterialRequestExtendData { "code" => read_field(code), "name"
    => read_field(name), "value" => read_field(value), "valueType" =>
    read_field(value_type) }
}
/// `IndustryManufactureMesMaterialResponseBody`: the same model as [`IndustryManufactureMesDispatchTaskResponseBody`].
pub type IndustryManufactureMesMaterialResponseBody = IndustryManufactureMesDispatchTaskResponseBody;
/// `IndustryManufactureMesOutPlanResponseBody`: the same model as [`IndustryManufactureMesDispatchTaskResponseBody`].
pub type IndustryManufactureMesOutPlanResponseBody = IndustryManufactureMesDispatchTaskResponseBody;
/// `IndustryManufactureMesOutputResponseBody`: the same model as [`IndustryManufactureMesDispatchTaskResponseBody`].
pub type IndustryManufactureMesOutputResponseBody = IndustryManufactureMesDispatchTaskResponseBody;
/// `IndustryManufactureMesProcessRequestExtendData`: the same model as [`IndustryManufactureMesMaterialRequestExtendData`].
pub type IndustryManufactureMesProcessRequestExtendData = IndustryManufactureMesMaterialRequestExtendData;
/// `IndustryManufactureMesProcessResponseBody`: the same model as [`IndustryManufactureMesDispatchTaskResponseBody`].
pub type IndustryManufactureMesProcessResponseBody = IndustryManufactureMesDispatchTaskResponseBody;
/// `IndustryManufactureMesProductionPlanRequestExtendData`: the same model as [`IndustryManufactureMesMaterialRequestExtendData`].
pub type IndustryManufactureMesProductionPlanRequestExtendData = IndustryManufactureMesMaterialRequestExtendData;
/// `IndustryManufactureMesProductionPlanResponseBody`: the same model as [`IndustryManufactureMesDispatchTaskResponseBody`].
pub type IndustryManufactureMesProductionPlanResponseBody = IndustryManufactureMesDispatchTaskResponseBody;
/// `IndustryManufactureMesSubCooperationTeamRequestExtendData`, a model several operations share: also named [`IndustryManufactureMesTeamMgmtRequestExtendData`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureMesSubCooperationTeamRequestExtendData {
    /// `code`.
    pub code: String,
    /// `name`.
    pub name: Option<String>,
    /// `value`.
    pub value: String,
    /// `valueType`.
    pub value_type: String,
}
/// The required fields of [`IndustryManufactureMesSubCooperationTeamRequestExtendData`], each named where it is set: `IndustryManufactureMesSubCooperationTeamRequestExtendData::new(IndustryManufactureMesSubCooperationTeamRequestExtendDataRequired { .. })`.
pub struct IndustryManufactureMesSubCooperationTeamRequestExtendDataRequired {
    /// `code`: see [`IndustryManufactureMesSubCooperationTeamRequestExtendData::code`].
    pub code: String,
    /// `value`: see [`IndustryManufactureMesSubCooperationTeamRequestExtendData::value`].
    pub value: String,
    /// `valueType`: see [`IndustryManufactureMesSubCooperationTeamRequestExtendData::value_type`].
    pub value_type: String,
}
impl IndustryManufactureMesSubCooperationTeamRequestExtendData {
    /// A `IndustryManufactureMesSubCooperationTeamRequestExtendData` with its required fields (`code`, `value`, `valueType`); set the others with the methods named after them.
    pub fn new(
        required: IndustryManufactureMesSubCooperationTeamRequestExtendDataRequired,
    ) -> Self {
        let IndustryManufactureMesSubCooperationTeamRequestExtendDataRequired {
            code,
            value,
            value_type,
        } = required;
        Self {
            code,
            name: None,
            value,
            value_type,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureMesSubCooperationTeamRequestExtendData { "code" => field(code),
    "name" => optional(name), "value" => field(value), "valueType" => field(value_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureMesSubCooperationTeamRequestExtendData { "code" =>
    read_field(code), "name" => read_field(name), "value" => read_field(value),
    "valueType" => read_field(value_type) }
}
/// `IndustryManufactureMesSubCooperationTeamRequestGroupPlugins`, a model several operations share: also named [`IndustryManufactureMesTeamMgmtRequestGroupPlugins`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureMesSubCooperationTeamRequestGroupPlugins {
    /// `label`.
    pub label: String,
    /// `value`.
    pub value: String,
}
/// The required fields of [`IndustryManufactureMesSubCooperationTeamRequestGroupPlugins`], each named where it is set: `IndustryManufactureMesSubCooperationTeamRequestGroupPlugins::new(IndustryManufactureMesSubCooperationTeamRequestGroupPluginsRequired { .. })`.
pub struct IndustryManufactureMesSubCooperationTeamRequestGroupPluginsRequired {
    /// `label`: see [`IndustryManufactureMesSubCooperationTeamRequestGroupPlugins::label`].
    pub label: String,
    /// `value`: see [`IndustryManufactureMesSubCooperationTeamRequestGroupPlugins::value`].
    pub value: String,
}
impl IndustryManufactureMesSubCooperationTeamRequestGroupPlugins {
    /// A `IndustryManufactureMesSubCooperationTeamRequestGroupPlugins` with its required fields (`label`, `value`); set the others with the methods named after them.
    pub fn new(
        required: IndustryManufactureMesSubCooperationTeamRequestGroupPluginsRequired,
    ) -> Self {
        let IndustryManufactureMesSubCooperationTeamRequestGroupPluginsRequired {
            label,
            value,
        } = required;
        Self { label, value }
    }
}
rt::impl_serialize! {
    IndustryManufactureMesSubCooperationTeamRequestGroupPlugins { "label" =>
    field(label), "value" => field(value) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureMesSubCooperationTeamRequestGroupPlugins { "label" =>
    read_field(label), "value" => read_field(value) }
}
/// `IndustryManufactureMesSubCooperationTeamRequestLeaders`, a model several operations share: also named [`IndustryManufactureMesSubCooperationTeamRequestMembers`], [`IndustryManufactureMesTeamMgmtRequestLeaders`], [`IndustryManufactureMesTeamMgmtRequestMembers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureMesSubCooperationTeamRequestLeaders {
    /// `name`.
    pub name: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`IndustryManufactureMesSubCooperationTeamRequestLeaders`], each named where it is set: `IndustryManufactureMesSubCooperationTeamRequestLeaders::new(IndustryManufactureMesSubCooperationTeamRequestLeadersRequired { .. })`.
pub struct IndustryManufactureMesSubCooperationTeamRequestLeadersRequired {
    /// `name`: see [`IndustryManufactureMesSubCooperationTeamRequestLeaders::name`].
    pub name: String,
    /// `userId`: see [`IndustryManufactureMesSubCooperationTeamRequestLeaders::user_id`].
    pub user_id: String,
}
impl IndustryManufactureMesSubCooperationTeamRequestLeaders {
    /// A `IndustryManufactureMesSubCooperationTeamRequestLeaders` with its required fields (`name`, `userId`); set the others with the methods named after them.
    pub fn new(
        required: IndustryManufactureMesSubCooperationTeamRequestLeadersRequired,
    ) -> Self {
        let IndustryManufactureMesSubCooperationTeamRequestLeadersRequired {
            name,
            user_id,
        } = required;
        Self { name, user_id }
    }
}
rt::impl_serialize! {
    IndustryManufactureMesSubCooperationTeamRequestLeaders { "name" => field(name),
    "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureMesSubCooperationTeamRequestLeaders { "name" => read_field(name),
    "userId" => read_field(user_id) }
}
/// `IndustryManufactureMesSubCooperationTeamRequestMembers`: the same model as [`IndustryManufactureMesSubCooperationTeamRequestLeaders`].
pub type IndustryManufactureMesSubCooperationTeamRequestMembers = IndustryManufactureMesSubCooperationTeamRequestLeaders;
/// The required fields of [`IndustryManufactureMesSubCooperationTeamRequestMembers`].
pub type IndustryManufactureMesSubCooperationTeamRequestMembersRequired = IndustryManufactureMesSubCooperationTeamRequestLeadersRequired;
/// `IndustryManufactureMesSubCooperationTeamResponseBody`: the same model as [`IndustryManufactureMesDispatchTaskResponseBody`].
pub type IndustryManufactureMesSubCooperationTeamResponseBody = IndustryManufactureMesDispatchTaskResponseBody;
/// `IndustryManufactureMesTeamMgmtRequestExtendData`: the same model as [`IndustryManufactureMesSubCooperationTeamRequestExtendData`].
pub type IndustryManufactureMesTeamMgmtRequestExtendData = IndustryManufactureMesSubCooperationTeamRequestExtendData;
/// The required fields of [`IndustryManufactureMesTeamMgmtRequestExtendData`].
pub type IndustryManufactureMesTeamMgmtRequestExtendDataRequired = IndustryManufactureMesSubCooperationTeamRequestExtendDataRequired;
/// `IndustryManufactureMesTeamMgmtRequestGroupPlugins`: the same model as [`IndustryManufactureMesSubCooperationTeamRequestGroupPlugins`].
pub type IndustryManufactureMesTeamMgmtRequestGroupPlugins = IndustryManufactureMesSubCooperationTeamRequestGroupPlugins;
/// The required fields of [`IndustryManufactureMesTeamMgmtRequestGroupPlugins`].
pub type IndustryManufactureMesTeamMgmtRequestGroupPluginsRequired = IndustryManufactureMesSubCooperationTeamRequestGroupPluginsRequired;
/// `IndustryManufactureMesTeamMgmtRequestLeaders`: the same model as [`IndustryManufactureMesSubCooperationTeamRequestLeaders`].
pub type IndustryManufactureMesTeamMgmtRequestLeaders = IndustryManufactureMesSubCooperationTeamRequestLeaders;
/// The required fields of [`IndustryManufactureMesTeamMgmtRequestLeaders`].
pub type IndustryManufactureMesTeamMgmtRequestLeadersRequired = IndustryManufactureMesSubCooperationTeamRequestLeadersRequired;
/// `IndustryManufactureMesTeamMgmtRequestMembers`: the same model as [`IndustryManufactureMesSubCooperationTeamRequestLeaders`].
pub type IndustryManufactureMesTeamMgmtRequestMembers = IndustryManufactureMesSubCooperationTeamRequestLeaders;
/// The required fields of [`IndustryManufactureMesTeamMgmtRequestMembers`].
pub type IndustryManufactureMesTeamMgmtRequestMembersRequired = IndustryManufactureMesSubCooperationTeamRequestLeadersRequired;
/// `IndustryManufactureMesTeamMgmtResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryManufactureMesTeamMgmtResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<IndustryManufactureMesTeamMgmtResponseBodyResult>,
}
rt::impl_deserialize! {
    IndustryManufactureMesTeamMgmtResponseBody { "dingOpenErrcode" =>
    read_field(ding_open_errcode), "errorMsg" => read_field(error_msg), "result" =>
    read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryManufactureMesTeamMgmtResponseBody { "dingOpenErrcode" =>
    optional(ding_open_errcode), "errorMsg" => optional(error_msg), "result" =>
    optional(result) }
}
/// `IndustryMmanufactureMaterialCostGetResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryMmanufactureMaterialCostGetResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<IndustryMmanufactureMaterialCostGetResponseBodyList>>,
    /// `nextCursor`.
    pub next_cursor: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    IndustryMmanufactureMaterialCostGetResponseBody { "hasMore" => read_field(has_more),
    "list" => read_field(list), "nextCursor" => read_field(next_cursor), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryMmanufactureMaterialCostGetResponseBody { "hasMore" => optional(has_more),
    "list" => optional(list), "nextCursor" => optional(next_cursor), "totalCount" =>
    optional(total_count) }
}
/// `OrderConvertRequestAttachments`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OrderConvertRequestAttachments {
    /// `fileName`.
    pub file_name: String,
    /// `fileUrl`.
    pub file_url: String,
}
/// The required fields of [`OrderConvertRequestAttachments`], each named where it is set: `OrderConvertRequestAttachments::new(OrderConvertRequestAttachmentsRequired { .. })`.
pub struct OrderConvertRequestAttachmentsRequired {
    /// `fileName`: see [`OrderConvertRequestAttachments::file_name`].
    pub file_name: String,
    /// `fileUrl`: see [`OrderConvertRequestAttachments::file_url`].
    pub file_url: String,
}
impl OrderConvertRequestAttachments {
    /// A `OrderConvertRequestAttachments` with its required fields (`fileName`, `fileUrl`); set the others with the methods named after them.
    pub fn new(required: OrderConvertRequestAttachmentsRequired) -> Self {
        let OrderConvertRequestAttachmentsRequired { file_name, file_url } = required;
        Self { file_name, file_url }
    }
}
rt::impl_serialize! {
    OrderConvertRequestAttachments { "fileName" => field(file_name), "fileUrl" =>
    field(file_url) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OrderConvertRequestAttachments { "fileName" => read_field(file_name), "fileUrl" =>
    read_field(file_url) }
}
/// `OrderConvertResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OrderConvertResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    OrderConvertResponseBody { "dingOpenErrcode" => read_field(ding_open_errcode),
    "errorMsg" => read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OrderConvertResponseBody { "dingOpenErrcode" => optional(ding_open_errcode),
    "errorMsg" => optional(error_msg), "result" => optional(result), "success" =>
    optional(success) }
}
/// `PromptTemplatesOperateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PromptTemplatesOperateResponseBody {
    /// `bizCode`.
    pub biz_code: Option<String>,
    /// `content`.
    pub content: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `placeholderCount`.
    pub placeholder_count: Option<i64>,
    /// `source`.
    pub source: Option<String>,
}
rt::impl_deserialize! {
    PromptTemplatesOperateResponseBody { "bizCode" => read_field(biz_code), "content" =>
    read_field(content), "description" => read_field(description), "placeholderCount" =>
    read_field(placeholder_count), "source" => read_field(source) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PromptTemplatesOperateResponseBody { "bizCode" => optional(biz_code), "content" =>
    optional(content), "description" => optional(description), "placeholderCount" =>
    optional(placeholder_count), "source" => optional(source) }
}
/// `PushDingMessageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PushDingMessageResponseBody {
    /// `content`.
    pub content: Option<i64>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    PushDingMessageResponseBody { "content" => read_field(content), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    PushDingMessageResponseBody { "content" => optional(content), "success" =>
    optional(success) }
}
/// `QueryAllDepartmentResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllDepartmentResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryAllDepartmentResponseBodyContent>>,
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
    /// `totalPages`.
    pub total_pages: Option<i64>,
}
rt::impl_deserialize! {
    QueryAllDepartmentResponseBody { "content" => read_field(content), "currentPage" =>
    read_field(current_page), "totalCount" => read_field(total_count), "totalPages" =>
    read_field(total_pages) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllDepartmentResponseBody { "content" => optional(content), "currentPage" =>
    optional(current_page), "totalCount" => optional(total_count), "totalPages" =>
    optional(total_pages) }
}
/// `QueryAllDoctorsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllDoctorsResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryAllDoctorsResponseBodyContent>>,
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
    /// `totalPages`.
    pub total_pages: Option<i64>,
}
rt::impl_deserialize! {
    QueryAllDoctorsResponseBody { "content" => read_field(content), "currentPage" =>
    read_field(current_page), "totalCount" => read_field(total_count), "totalPages" =>
    read_field(total_pages) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllDoctorsResponseBody { "content" => optional(content), "currentPage" =>
    optional(current_page), "totalCount" => optional(total_count), "totalPages" =>
    optional(total_pages) }
}
/// `QueryAllGroupResponseBody`, a model several operations share: also named [`QueryAllGroupsInDeptResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllGroupResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryAllGroupResponseBodyContent>>,
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
    /// `totalPages`.
    pub total_pages: Option<i64>,
}
rt::impl_deserialize! {
    QueryAllGroupResponseBody { "content" => read_field(content), "currentPage" =>
    read_field(current_page), "totalCount" => read_field(total_count), "totalPages" =>
    read_field(total_pages) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllGroupResponseBody { "content" => optional(content), "currentPage" =>
    optional(current_page), "totalCount" => optional(total_count), "totalPages" =>
    optional(total_pages) }
}
/// `QueryAllGroupsInDeptResponseBody`: the same model as [`QueryAllGroupResponseBody`].
pub type QueryAllGroupsInDeptResponseBody = QueryAllGroupResponseBody;
/// `QueryAllMemberByDeptResponseBody`, a model several operations share: also named [`QueryAllMemberByGroupResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllMemberByDeptResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryAllMemberByDeptResponseBodyContent>>,
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
    /// `totalPages`.
    pub total_pages: Option<i64>,
}
rt::impl_deserialize! {
    QueryAllMemberByDeptResponseBody { "content" => read_field(content), "currentPage" =>
    read_field(current_page), "totalCount" => read_field(total_count), "totalPages" =>
    read_field(total_pages) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllMemberByDeptResponseBody { "content" => optional(content), "currentPage" =>
    optional(current_page), "totalCount" => optional(total_count), "totalPages" =>
    optional(total_pages) }
}
/// `QueryAllMemberByGroupResponseBody`: the same model as [`QueryAllMemberByDeptResponseBody`].
pub type QueryAllMemberByGroupResponseBody = QueryAllMemberByDeptResponseBody;
/// `QueryBizOptLogResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBizOptLogResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryBizOptLogResponseBodyContent>>,
    /// `nextToken`.
    pub next_token: Option<i64>,
}
rt::impl_deserialize! {
    QueryBizOptLogResponseBody { "content" => read_field(content), "nextToken" =>
    read_field(next_token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBizOptLogResponseBody { "content" => optional(content), "nextToken" =>
    optional(next_token) }
}
/// `QueryChatAIOXMInfoResponseBody`, a model several operations share: also named [`SupplAddRoleResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryChatAIOXMInfoResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    QueryChatAIOXMInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryChatAIOXMInfoResponseBody { "result" => optional(result) }
}
/// `QueryConvertRulesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryConvertRulesResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<QueryConvertRulesResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryConvertRulesResponseBody { "dingOpenErrcode" => read_field(ding_open_errcode),
    "errorMsg" => read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConvertRulesResponseBody { "dingOpenErrcode" => optional(ding_open_errcode),
    "errorMsg" => optional(error_msg), "result" => optional(result), "success" =>
    optional(success) }
}
/// `QueryDepartmentExtendInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDepartmentExtendInfoResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryDepartmentExtendInfoResponseBodyContent>>,
}
rt::impl_deserialize! {
    QueryDepartmentExtendInfoResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDepartmentExtendInfoResponseBody { "content" => optional(content) }
}
/// `QueryDepartmentInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDepartmentInfoResponseBody {
    /// `content`.
    pub content: Option<QueryDepartmentInfoResponseBodyContent>,
}
rt::impl_deserialize! {
    QueryDepartmentInfoResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDepartmentInfoResponseBody { "content" => optional(content) }
}
/// `QueryDoctorDetailsByJobNumberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDoctorDetailsByJobNumberResponseBody {
    /// `content`.
    pub content: Option<QueryDoctorDetailsByJobNumberResponseBodyContent>,
}
rt::impl_deserialize! {
    QueryDoctorDetailsByJobNumberResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDoctorDetailsByJobNumberResponseBody { "content" => optional(content) }
}
/// `QueryGroupInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupInfoResponseBody {
    /// `content`.
    pub content: Option<QueryGroupInfoResponseBodyContent>,
}
rt::impl_deserialize! {
    QueryGroupInfoResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupInfoResponseBody { "content" => optional(content) }
}
/// `QueryHospitalDistrictInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryHospitalDistrictInfoResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryHospitalDistrictInfoResponseBodyContent>>,
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
    /// `totalPages`.
    pub total_pages: Option<i64>,
}
rt::impl_deserialize! {
    QueryHospitalDistrictInfoResponseBody { "content" => read_field(content),
    "currentPage" => read_field(current_page), "totalCount" => read_field(total_count),
    "totalPages" => read_field(total_pages) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryHospitalDistrictInfoResponseBody { "content" => optional(content), "currentPage"
    => optional(current_page), "totalCount" => optional(total_count), "totalPages" =>
    optional(total_pages) }
}
/// `QueryHospitalRoleUserInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryHospitalRoleUserInfoResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryHospitalRoleUserInfoResponseBodyContent>>,
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
    /// `totalPages`.
    pub total_pages: Option<i64>,
}
rt::impl_deserialize! {
    QueryHospitalRoleUserInfoResponseBody { "content" => read_field(content),
    "currentPage" => read_field(current_page), "totalCount" => read_field(total_count),
    "totalPages" => read_field(total_pages) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryHospitalRoleUserInfoResponseBody { "content" => optional(content), "currentPage"
    => optional(current_page), "totalCount" => optional(total_count), "totalPages" =>
    optional(total_pages) }
}
/// `QueryHospitalRolesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryHospitalRolesResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryHospitalRolesResponseBodyContent>>,
}
rt::impl_deserialize! {
    QueryHospitalRolesResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryHospitalRolesResponseBody { "content" => optional(content) }
}
/// `QueryJobCodeDictionaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryJobCodeDictionaryResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryJobCodeDictionaryResponseBodyContent>>,
}
rt::impl_deserialize! {
    QueryJobCodeDictionaryResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryJobCodeDictionaryResponseBody { "content" => optional(content) }
}
/// `QueryJobStatusCodeDictionaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryJobStatusCodeDictionaryResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryJobStatusCodeDictionaryResponseBodyContent>>,
}
rt::impl_deserialize! {
    QueryJobStatusCodeDictionaryResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryJobStatusCodeDictionaryResponseBody { "content" => optional(content) }
}
/// `QueryMedicalEventsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMedicalEventsResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryMedicalEventsResponseBodyContent>>,
    /// `success`.
    pub success: Option<bool>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryMedicalEventsResponseBody { "content" => read_field(content), "success" =>
    read_field(success), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMedicalEventsResponseBody { "content" => optional(content), "success" =>
    optional(success), "totalCount" => optional(total_count) }
}
/// `QueryOrderConvertResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrderConvertResultResponseBody {
    /// `dingOpenErrcode`.
    pub ding_open_errcode: Option<i64>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<QueryOrderConvertResultResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryOrderConvertResultResponseBody { "dingOpenErrcode" =>
    read_field(ding_open_errcode), "errorMsg" => read_field(error_msg), "result" =>
    read_field(result), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrderConvertResultResponseBody { "dingOpenErrcode" =>
    optional(ding_open_errcode), "errorMsg" => optional(error_msg), "result" =>
    optional(result), "success" => optional(success) }
}
/// `QueryUserCredentialsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserCredentialsResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryUserCredentialsResponseBodyContent>>,
}
rt::impl_deserialize! {
    QueryUserCredentialsResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserCredentialsResponseBody { "content" => optional(content) }
}
/// `QueryUserExtInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserExtInfoResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryUserExtInfoResponseBodyContent>>,
}
rt::impl_deserialize! {
    QueryUserExtInfoResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserExtInfoResponseBody { "content" => optional(content) }
}
/// `QueryUserExtendValuesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserExtendValuesResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryUserExtendValuesResponseBodyContent>>,
    /// `success`.
    pub success: Option<bool>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    QueryUserExtendValuesResponseBody { "content" => read_field(content), "success" =>
    read_field(success), "totalCount" => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserExtendValuesResponseBody { "content" => optional(content), "success" =>
    optional(success), "totalCount" => optional(total_count) }
}
/// `QueryUserInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserInfoResponseBody {
    /// `content`.
    pub content: Option<QueryUserInfoResponseBodyContent>,
}
rt::impl_deserialize! {
    QueryUserInfoResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserInfoResponseBody { "content" => optional(content) }
}
/// `QueryUserProbCodeDictionaryResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserProbCodeDictionaryResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryUserProbCodeDictionaryResponseBodyContent>>,
}
rt::impl_deserialize! {
    QueryUserProbCodeDictionaryResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserProbCodeDictionaryResponseBody { "content" => optional(content) }
}
/// `QueryUserRolesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserRolesResponseBody {
    /// `content`.
    pub content: Option<Vec<QueryUserRolesResponseBodyContent>>,
}
rt::impl_deserialize! {
    QueryUserRolesResponseBody { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserRolesResponseBody { "content" => optional(content) }
}
/// `SaveUserExtendValuesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SaveUserExtendValuesResponseBody {
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    SaveUserExtendValuesResponseBody { "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SaveUserExtendValuesResponseBody { "success" => optional(success) }
}
/// `SubmitTaskRequestData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitTaskRequestData {
    /// `date`.
    pub date: Option<String>,
    /// `desc`.
    pub desc: Option<String>,
    /// `extension`.
    pub extension: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `fileUrl`.
    pub file_url: Option<Vec<String>>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
impl SubmitTaskRequestData {
    /// An empty `SubmitTaskRequestData`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `date`.
    pub fn date(mut self, value: impl Into<String>) -> Self {
        self.date = Some(value.into());
        self
    }
    /// Sets `desc`.
    pub fn desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
    /// Sets `fileType`.
    pub fn file_type(mut self, value: impl Into<String>) -> Self {
        self.file_type = Some(value.into());
        self
    }
    /// Sets `fileUrl`.
    pub fn file_url(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.file_url = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: i64) -> Self {
        self.id = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SubmitTaskRequestData { "date" => optional(date), "desc" => optional(desc),
    "extension" => optional(extension), "fileType" => optional(file_type), "fileUrl" =>
    optional(file_url), "id" => optional(id), "name" => optional(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitTaskRequestData { "date" => read_field(date), "desc" => read_field(desc),
    "extension" => read_field(extension), "fileType" => read_field(file_type), "fileUrl"
    => read_field(file_url), "id" => read_field(id), "name" => read_field(name) }
}
/// `SubmitTaskResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SubmitTaskResponseBody {
    /// `tasks`.
    pub tasks: Option<Vec<SubmitTaskResponseBodyTasks>>,
}
rt::impl_deserialize! {
    SubmitTaskResponseBody { "tasks" => read_field(tasks) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubmitTaskResponseBody { "tasks" => optional(tasks) }
}
/// `SubmitTaskPackageRequestData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitTaskPackageRequestData {
    /// `extension`.
    pub extension: Option<String>,
    /// `fileUrl`.
    pub file_url: Option<String>,
    /// `fileUrls`.
    pub file_urls: Option<Vec<String>>,
    /// `taskName`.
    pub task_name: Option<String>,
    /// `textContent`.
    pub text_content: Option<String>,
}
impl SubmitTaskPackageRequestData {
    /// An empty `SubmitTaskPackageRequestData`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `extension`.
    pub fn extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
    /// Sets `fileUrl`.
    pub fn file_url(mut self, value: impl Into<String>) -> Self {
        self.file_url = Some(value.into());
        self
    }
    /// Sets `fileUrls`.
    pub fn file_urls(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.file_urls = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `taskName`.
    pub fn task_name(mut self, value: impl Into<String>) -> Self {
        self.task_name = Some(value.into());
        self
    }
    /// Sets `textContent`.
    pub fn text_content(mut self, value: impl Into<String>) -> Self {
        self.text_content = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SubmitTaskPackageRequestData { "extension" => optional(extension), "fileUrl" =>
    optional(file_url), "fileUrls" => optional(file_urls), "taskName" =>
    optional(task_name), "textContent" => optional(text_content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitTaskPackageRequestData { "extension" => read_field(extension), "fileUrl" =>
    read_field(file_url), "fileUrls" => read_field(file_urls), "taskName" =>
    read_field(task_name), "textContent" => read_field(text_content) }
}
/// `SubmitTaskPackageResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SubmitTaskPackageResponseBody {
    /// `taskIdList`.
    pub task_id_list: Option<Vec<String>>,
    /// `taskPackageId`.
    pub task_package_id: Option<String>,
}
rt::impl_deserialize! {
    SubmitTaskPackageResponseBody { "taskIdList" => read_field(task_id_list),
    "taskPackageId" => read_field(task_package_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubmitTaskPackageResponseBody { "taskIdList" => optional(task_id_list),
    "taskPackageId" => optional(task_package_id) }
}
/// `SupplAddRoleResponseBody`: the same model as [`QueryChatAIOXMInfoResponseBody`].
pub type SupplAddRoleResponseBody = QueryChatAIOXMInfoResponseBody;
/// `SupplyAddDeptResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyAddDeptResponseBody {
    /// `result`.
    pub result: Option<SupplyAddDeptResponseBodyResult>,
}
rt::impl_deserialize! {
    SupplyAddDeptResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyAddDeptResponseBody { "result" => optional(result) }
}
/// `SupplyAddMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyAddMemberResponseBody {
    /// `result`.
    pub result: Option<SupplyAddMemberResponseBodyResult>,
}
rt::impl_deserialize! {
    SupplyAddMemberResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyAddMemberResponseBody { "result" => optional(result) }
}
/// `SupplyAddPartnerAdminsResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type SupplyAddPartnerAdminsResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `SupplyAddPartnerManagersResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type SupplyAddPartnerManagersResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `SupplyAddPartnerTypeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyAddPartnerTypeResponseBody {
    /// `result`.
    pub result: Option<i64>,
}
rt::impl_deserialize! {
    SupplyAddPartnerTypeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyAddPartnerTypeResponseBody { "result" => optional(result) }
}
/// `SupplyChainDeleteDeptResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type SupplyChainDeleteDeptResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `SupplyChainQueryDeptInfoResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyChainQueryDeptInfoResponseBody {
    /// `result`.
    pub result: Option<SupplyChainQueryDeptInfoResponseBodyResult>,
}
rt::impl_deserialize! {
    SupplyChainQueryDeptInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyChainQueryDeptInfoResponseBody { "result" => optional(result) }
}
/// `SupplyChainUpdateDeptInfoResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type SupplyChainUpdateDeptInfoResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `SupplyDeleteMemberResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type SupplyDeleteMemberResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `SupplyDeletePartnerAdminsResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type SupplyDeletePartnerAdminsResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `SupplyDeletePartnerManagersResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type SupplyDeletePartnerManagersResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `SupplyDeletePartnerTypeResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type SupplyDeletePartnerTypeResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `SupplyDeleteRoleResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type SupplyDeleteRoleResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `SupplyGetMemberResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyGetMemberResponseBody {
    /// `result`.
    pub result: Option<SupplyGetMemberResponseBodyResult>,
}
rt::impl_deserialize! {
    SupplyGetMemberResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyGetMemberResponseBody { "result" => optional(result) }
}
/// `SupplyListDeptMembersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyListDeptMembersResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `list`.
    pub list: Option<Vec<SupplyListDeptMembersResponseBodyList>>,
}
rt::impl_deserialize! {
    SupplyListDeptMembersResponseBody { "hasMore" => read_field(has_more), "list" =>
    read_field(list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyListDeptMembersResponseBody { "hasMore" => optional(has_more), "list" =>
    optional(list) }
}
/// `SupplyListPartnerAdminsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyListPartnerAdminsResponseBody {
    /// `result`.
    pub result: Option<Vec<SupplyListPartnerAdminsResponseBodyResult>>,
}
rt::impl_deserialize! {
    SupplyListPartnerAdminsResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyListPartnerAdminsResponseBody { "result" => optional(result) }
}
/// `SupplyListPartnerManagersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyListPartnerManagersResponseBody {
    /// `result`.
    pub result: Option<Vec<SupplyListPartnerManagersResponseBodyResult>>,
}
rt::impl_deserialize! {
    SupplyListPartnerManagersResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyListPartnerManagersResponseBody { "result" => optional(result) }
}
/// `SupplyListPartnerTypeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyListPartnerTypeResponseBody {
    /// `result`.
    pub result: Option<Vec<SupplyListPartnerTypeResponseBodyResult>>,
}
rt::impl_deserialize! {
    SupplyListPartnerTypeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyListPartnerTypeResponseBody { "result" => optional(result) }
}
/// `SupplyListRoleResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyListRoleResponseBody {
    /// `result`.
    pub result: Option<Vec<SupplyListRoleResponseBodyResult>>,
}
rt::impl_deserialize! {
    SupplyListRoleResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyListRoleResponseBody { "result" => optional(result) }
}
/// `SupplyListSubDeptResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyListSubDeptResponseBody {
    /// `result`.
    pub result: Option<Vec<SupplyListSubDeptResponseBodyResult>>,
}
rt::impl_deserialize! {
    SupplyListSubDeptResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyListSubDeptResponseBody { "result" => optional(result) }
}
/// `SupplyQueryPartnerTypeResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyQueryPartnerTypeResponseBody {
    /// `result`.
    pub result: Option<SupplyQueryPartnerTypeResponseBodyResult>,
}
rt::impl_deserialize! {
    SupplyQueryPartnerTypeResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyQueryPartnerTypeResponseBody { "result" => optional(result) }
}
/// `SupplyUpdateMemberResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type SupplyUpdateMemberResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `SupplyUpdatePartnerTypeResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type SupplyUpdatePartnerTypeResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `SupplyUpdateRoleResponseBody`: the same model as [`ChatAIAddDatasetPermissionResponseBody`].
pub type SupplyUpdateRoleResponseBody = ChatAIAddDatasetPermissionResponseBody;
/// `AiRetailProductImgUploadResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AiRetailProductImgUploadResponseBodyResult {
    /// `ossFileId`.
    pub oss_file_id: Option<String>,
    /// `ossUploadUrl`.
    pub oss_upload_url: Option<String>,
}
rt::impl_deserialize! {
    AiRetailProductImgUploadResponseBodyResult { "ossFileId" => read_field(oss_file_id),
    "ossUploadUrl" => read_field(oss_upload_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AiRetailProductImgUploadResponseBodyResult { "ossFileId" => optional(oss_file_id),
    "ossUploadUrl" => optional(oss_upload_url) }
}
/// `AiRetailProductQueryResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AiRetailProductQueryResponseBodyData {
    /// `attribute`.
    pub attribute: Option<String>,
    /// `barcodes`.
    pub barcodes: Option<String>,
    /// `brand`.
    pub brand: Option<String>,
    /// `category`.
    pub category: Option<String>,
    /// `currency`.
    pub currency: Option<String>,
    /// `enable`.
    pub enable: Option<i64>,
    /// `imageFileIds`.
    pub image_file_ids: Option<String>,
    /// `itemNumbers`.
    pub item_numbers: Option<String>,
    /// `price`.
    pub price: Option<f64>,
    /// `productCode`.
    pub product_code: Option<String>,
    /// `productFab`.
    pub product_fab: Option<String>,
    /// `productId`.
    pub product_id: Option<i64>,
    /// `productInfo`.
    pub product_info: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `tag1`.
    pub tag1: Option<String>,
    /// `tag2`.
    pub tag2: Option<String>,
    /// `tag3`.
    pub tag3: Option<String>,
}
rt::impl_deserialize! {
    AiRetailProductQueryResponseBodyData { "attribute" => read_field(attribute),
    "barcodes" => read_field(barcodes), "brand" => read_field(brand), "category" =>
    read_field(category), "currency" => read_field(currency), "enable" =>
    read_field(enable), "imageFileIds" => read_field(image_file_ids), "itemNumbers" =>
    read_field(item_numbers), "price" => read_field(price), "productCode" =>
    read_field(product_code), "productFab" => read_field(product_fab), "productId" =>
    read_field(product_id), "productInfo" => read_field(product_info), "productName" =>
    read_field(product_name), "tag1" => read_field(tag1), "tag2" => read_field(tag2),
    "tag3" => read_field(tag3) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AiRetailProductQueryResponseBodyData { "attribute" => optional(attribute), "barcodes"
    => optional(barcodes), "brand" => optional(brand), "category" => optional(category),
    "currency" => optional(currency), "enable" => optional(enable), "imageFileIds" =>
    optional(image_file_ids), "itemNumbers" => optional(item_numbers), "price" =>
    optional(price), "productCode" => optional(product_code), "productFab" =>
    optional(product_fab), "productId" => optional(product_id), "productInfo" =>
    optional(product_info), "productName" => optional(product_name), "tag1" =>
    optional(tag1), "tag2" => optional(tag2), "tag3" => optional(tag3) }
}
/// `AiTrainingDetailResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AiTrainingDetailResponseBodyResult {
    /// `adminReview`.
    pub admin_review: Option<String>,
    /// `aiJobStatus`.
    pub ai_job_status: Option<String>,
    /// `creator`.
    pub creator: Option<String>,
    /// `duration`.
    pub duration: Option<i64>,
    /// `feedback`.
    pub feedback: Option<i64>,
    /// `feedbackContent`.
    pub feedback_content: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `isExcellent`.
    pub is_excellent: Option<i64>,
    /// `productInfoList`.
    pub product_info_list: Option<
        Vec<AiTrainingDetailResponseBodyResultProductInfoList>,
    >,
    /// `productName`.
    pub product_name: Option<String>,
    /// `taskInfo`.
    pub task_info: Option<AiTrainingDetailResponseBodyResultTaskInfo>,
    /// `trainingRanking`.
    pub training_ranking: Option<i64>,
    /// `trainingRankingPercent`.
    pub training_ranking_percent: Option<i64>,
    /// `trainingScore`.
    pub training_score: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
    /// `videoDownloadUrl`.
    pub video_download_url: Option<String>,
}
rt::impl_deserialize! {
    AiTrainingDetailResponseBodyResult { "adminReview" => read_field(admin_review),
    "aiJobStatus" => read_field(ai_job_status), "creator" => read_field(creator),
    "duration" => read_field(duration), "feedback" => read_field(feedback),
    "feedbackContent" => read_field(feedback_content), "gmtCreate" =>
    read_field(gmt_create), "gmtModified" => read_field(gmt_modified), "id" =>
    read_field(id), "isExcellent" => read_field(is_excellent), "productInfoList" =>
    read_field(product_info_list), "productName" => read_field(product_name), "taskInfo"
    => read_field(task_info), "trainingRanking" => read_field(training_ranking),
    "trainingRankingPercent" => read_field(training_ranking_percent), "trainingScore" =>
    read_field(training_score), "userId" => read_field(user_id), "userName" =>
    read_field(user_name), "videoDownloadUrl" => read_field(video_download_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AiTrainingDetailResponseBodyResult { "adminReview" => optional(admin_review),
    "aiJobStatus" => optional(ai_job_status), "creator" => optional(creator), "duration"
    => optional(duration), "feedback" => optional(feedback), "feedbackContent" =>
    optional(feedback_content), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "id" => optional(id), "isExcellent" =>
    optional(is_excellent), "productInfoList" => optional(product_info_list),
    "productName" => optional(product_name), "taskInfo" => optional(task_info),
    "trainingRanking" => optional(training_ranking), "trainingRankingPercent" =>
    optional(training_ranking_percent), "trainingScore" => optional(training_score),
    "userId" => optional(user_id), "userName" => optional(user_name), "videoDownloadUrl"
    => optional(video_download_url) }
}
/// `AiTrainingRecordResponseBodyTrainingList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AiTrainingRecordResponseBodyTrainingList {
    /// `aiJobStatus`.
    pub ai_job_status: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `trainingRanking`.
    pub training_ranking: Option<i64>,
    /// `trainingRankingPercent`.
    pub training_ranking_percent: Option<i64>,
    /// `trainingScore`.
    pub training_score: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    AiTrainingRecordResponseBodyTrainingList { "aiJobStatus" =>
    read_field(ai_job_status), "gmtCreate" => read_field(gmt_create), "id" =>
    read_field(id), "productName" => read_field(product_name), "trainingRanking" =>
    read_field(training_ranking), "trainingRankingPercent" =>
    read_field(training_ranking_percent), "trainingScore" => read_field(training_score),
    "userId" => read_field(user_id), "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AiTrainingRecordResponseBodyTrainingList { "aiJobStatus" => optional(ai_job_status),
    "gmtCreate" => optional(gmt_create), "id" => optional(id), "productName" =>
    optional(product_name), "trainingRanking" => optional(training_ranking),
    "trainingRankingPercent" => optional(training_ranking_percent), "trainingScore" =>
    optional(training_score), "userId" => optional(user_id), "userName" =>
    optional(user_name) }
}
/// `BatchGetTaskResultResponseBodyTasks`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetTaskResultResponseBodyTasks {
    /// `result`.
    pub result: Option<BatchGetTaskResultResponseBodyTasksResult>,
    /// `status`.
    pub status: Option<String>,
    /// `statusInfo`.
    pub status_info: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    BatchGetTaskResultResponseBodyTasks { "result" => read_field(result), "status" =>
    read_field(status), "statusInfo" => read_field(status_info), "taskId" =>
    read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetTaskResultResponseBodyTasks { "result" => optional(result), "status" =>
    optional(status), "statusInfo" => optional(status_info), "taskId" =>
    optional(task_id) }
}
/// `CampusListCampusResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusListCampusResponseBodyResult {
    /// `address`.
    pub address: Option<String>,
    /// `area`.
    pub area: Option<f64>,
    /// `belongProjectGroupId`.
    pub belong_project_group_id: Option<i64>,
    /// `campusCorpId`.
    pub campus_corp_id: Option<String>,
    /// `campusDeptId`.
    pub campus_dept_id: Option<i64>,
    /// `campusName`.
    pub campus_name: Option<String>,
    /// `cityId`.
    pub city_id: Option<i64>,
    /// `country`.
    pub country: Option<String>,
    /// `countyId`.
    pub county_id: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `extend`.
    pub extend: Option<String>,
    /// `location`.
    pub location: Option<String>,
    /// `orderEndTime`.
    pub order_end_time: Option<i64>,
    /// `orderInfo`.
    pub order_info: Option<String>,
    /// `orderStartTime`.
    pub order_start_time: Option<i64>,
    /// `provId`.
    pub prov_id: Option<i64>,
    /// `telephone`.
    pub telephone: Option<String>,
}
rt::impl_deserialize! {
    CampusListCampusResponseBodyResult { "address" => read_field(address), "area" =>
    read_field(area), "belongProjectGroupId" => read_field(belong_project_group_id),
    "campusCorpId" => read_field(campus_corp_id), "campusDeptId" =>
    read_field(campus_dept_id), "campusName" => read_field(campus_name), "cityId" =>
    read_field(city_id), "country" => read_field(country), "countyId" =>
    read_field(county_id), "description" => read_field(description), "extend" =>
    read_field(extend), "location" => read_field(location), "orderEndTime" =>
    read_field(order_end_time), "orderInfo" => read_field(order_info), "orderStartTime"
    => read_field(order_start_time), "provId" => read_field(prov_id), "telephone" =>
    read_field(telephone) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusListCampusResponseBodyResult { "address" => optional(address), "area" =>
    optional(area), "belongProjectGroupId" => optional(belong_project_group_id),
    "campusCorpId" => optional(campus_corp_id), "campusDeptId" =>
    optional(campus_dept_id), "campusName" => optional(campus_name), "cityId" =>
    optional(city_id), "country" => optional(country), "countyId" => optional(county_id),
    "description" => optional(description), "extend" => optional(extend), "location" =>
    optional(location), "orderEndTime" => optional(order_end_time), "orderInfo" =>
    optional(order_info), "orderStartTime" => optional(order_start_time), "provId" =>
    optional(prov_id), "telephone" => optional(telephone) }
}
/// `CampusListCampusGroupResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusListCampusGroupResponseBodyResult {
    /// `extend`.
    pub extend: Option<String>,
    /// `groupDeptId`.
    pub group_dept_id: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
}
rt::impl_deserialize! {
    CampusListCampusGroupResponseBodyResult { "extend" => read_field(extend),
    "groupDeptId" => read_field(group_dept_id), "groupName" => read_field(group_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusListCampusGroupResponseBodyResult { "extend" => optional(extend), "groupDeptId"
    => optional(group_dept_id), "groupName" => optional(group_name) }
}
/// `CampusListRenterResponseBodyResult`: the same model as [`CampusGetRenterResponseBody`].
pub type CampusListRenterResponseBodyResult = CampusGetRenterResponseBody;
/// `CampusListRenterMembersResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CampusListRenterMembersResponseBodyResult {
    /// `extend`.
    pub extend: Option<String>,
    /// `inviteState`.
    pub invite_state: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `state`.
    pub state: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    CampusListRenterMembersResponseBodyResult { "extend" => read_field(extend),
    "inviteState" => read_field(invite_state), "name" => read_field(name), "state" =>
    read_field(state), "type" => read_field(r#type), "unionId" => read_field(union_id),
    "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CampusListRenterMembersResponseBodyResult { "extend" => optional(extend),
    "inviteState" => optional(invite_state), "name" => optional(name), "state" =>
    optional(state), "type" => optional(r#type), "unionId" => optional(union_id),
    "userId" => optional(user_id) }
}
/// `ChatAIListDatasetResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatAIListDatasetResponseBodyResult {
    /// `datasetDesc`.
    pub dataset_desc: Option<String>,
    /// `datasetId`.
    pub dataset_id: Option<i64>,
    /// `datasetName`.
    pub dataset_name: Option<String>,
    /// `memoType`.
    pub memo_type: Option<String>,
    /// `resourceType`.
    pub resource_type: Option<String>,
}
rt::impl_deserialize! {
    ChatAIListDatasetResponseBodyResult { "datasetDesc" => read_field(dataset_desc),
    "datasetId" => read_field(dataset_id), "datasetName" => read_field(dataset_name),
    "memoType" => read_field(memo_type), "resourceType" => read_field(resource_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatAIListDatasetResponseBodyResult { "datasetDesc" => optional(dataset_desc),
    "datasetId" => optional(dataset_id), "datasetName" => optional(dataset_name),
    "memoType" => optional(memo_type), "resourceType" => optional(resource_type) }
}
/// `ChatAIQueryDatasetPermissionResponseBodyPermissionInfos`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatAIQueryDatasetPermissionResponseBodyPermissionInfos {
    /// `permissionType`.
    pub permission_type: Option<String>,
    /// `permissionValues`.
    pub permission_values: Option<Vec<String>>,
}
rt::impl_deserialize! {
    ChatAIQueryDatasetPermissionResponseBodyPermissionInfos { "permissionType" =>
    read_field(permission_type), "permissionValues" => read_field(permission_values) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatAIQueryDatasetPermissionResponseBodyPermissionInfos { "permissionType" =>
    optional(permission_type), "permissionValues" => optional(permission_values) }
}
/// `ChatAITextSentimentAnalysisResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatAITextSentimentAnalysisResponseBodyResult {
    /// `sentiment`.
    pub sentiment: Option<String>,
}
rt::impl_deserialize! {
    ChatAITextSentimentAnalysisResponseBodyResult { "sentiment" => read_field(sentiment)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatAITextSentimentAnalysisResponseBodyResult { "sentiment" => optional(sentiment) }
}
/// `ChatAiQueryLogsResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatAiQueryLogsResponseBodyData {
    /// `appName`.
    pub app_name: Option<String>,
    /// `extendInfo`.
    pub extend_info: Option<String>,
    /// `feedbackState`.
    pub feedback_state: Option<i64>,
    /// `feedbackStateDesc`.
    pub feedback_state_desc: Option<String>,
    /// `question`.
    pub question: Option<String>,
    /// `questionTime`.
    pub question_time: Option<i64>,
    /// `response`.
    pub response: Option<String>,
    /// `runtime`.
    pub runtime: Option<i64>,
    /// `scene`.
    pub scene: Option<String>,
    /// `sessionType`.
    pub session_type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    ChatAiQueryLogsResponseBodyData { "appName" => read_field(app_name), "extendInfo" =>
    read_field(extend_info), "feedbackState" => read_field(feedback_state),
    "feedbackStateDesc" => read_field(feedback_state_desc), "question" =>
    read_field(question), "questionTime" => read_field(question_time), "response" =>
    read_field(response), "runtime" => read_field(runtime), "scene" => read_field(scene),
    "sessionType" => read_field(session_type), "userId" => read_field(user_id),
    "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatAiQueryLogsResponseBodyData { "appName" => optional(app_name), "extendInfo" =>
    optional(extend_info), "feedbackState" => optional(feedback_state),
    "feedbackStateDesc" => optional(feedback_state_desc), "question" =>
    optional(question), "questionTime" => optional(question_time), "response" =>
    optional(response), "runtime" => optional(runtime), "scene" => optional(scene),
    "sessionType" => optional(session_type), "userId" => optional(user_id), "userName" =>
    optional(user_name) }
}
/// `ChatMemoFaqListResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatMemoFaqListResponseBodyData {
    /// `answer`.
    pub answer: Option<String>,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `question`.
    pub question: Option<String>,
    /// `redirection`.
    pub redirection: Option<String>,
}
rt::impl_deserialize! {
    ChatMemoFaqListResponseBodyData { "answer" => read_field(answer), "bizId" =>
    read_field(biz_id), "mediaId" => read_field(media_id), "question" =>
    read_field(question), "redirection" => read_field(redirection) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatMemoFaqListResponseBodyData { "answer" => optional(answer), "bizId" =>
    optional(biz_id), "mediaId" => optional(media_id), "question" => optional(question),
    "redirection" => optional(redirection) }
}
/// `ChatMemoGetFileListResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatMemoGetFileListResponseBodyData {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `fileDesc`.
    pub file_desc: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `tagMap`.
    pub tag_map: Option<rt::BTreeMap<String, Vec<String>>>,
}
rt::impl_deserialize! {
    ChatMemoGetFileListResponseBodyData { "bizId" => read_field(biz_id), "fileDesc" =>
    read_field(file_desc), "fileName" => read_field(file_name), "mediaId" =>
    read_field(media_id), "tagMap" => read_field(tag_map) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatMemoGetFileListResponseBodyData { "bizId" => optional(biz_id), "fileDesc" =>
    optional(file_desc), "fileName" => optional(file_name), "mediaId" =>
    optional(media_id), "tagMap" => optional(tag_map) }
}
/// `ChatMemoQueryKnowledgeGraphNodeResponseBodyNodeInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatMemoQueryKnowledgeGraphNodeResponseBodyNodeInfo {
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `nodeLabel`.
    pub node_label: Option<String>,
    /// `nodeName`.
    pub node_name: Option<String>,
    /// `propertiesString`.
    pub properties_string: Option<String>,
}
rt::impl_deserialize! {
    ChatMemoQueryKnowledgeGraphNodeResponseBodyNodeInfo { "mediaId" =>
    read_field(media_id), "nodeLabel" => read_field(node_label), "nodeName" =>
    read_field(node_name), "propertiesString" => read_field(properties_string) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatMemoQueryKnowledgeGraphNodeResponseBodyNodeInfo { "mediaId" =>
    optional(media_id), "nodeLabel" => optional(node_label), "nodeName" =>
    optional(node_name), "propertiesString" => optional(properties_string) }
}
/// `ChatMemoQueryKnowledgeGraphRelationResponseBodyRelationInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChatMemoQueryKnowledgeGraphRelationResponseBodyRelationInfo {
    /// `endId`.
    pub end_id: Option<String>,
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `propertiesString`.
    pub properties_string: Option<String>,
    /// `relationName`.
    pub relation_name: Option<String>,
    /// `startId`.
    pub start_id: Option<String>,
}
rt::impl_deserialize! {
    ChatMemoQueryKnowledgeGraphRelationResponseBodyRelationInfo { "endId" =>
    read_field(end_id), "mediaId" => read_field(media_id), "propertiesString" =>
    read_field(properties_string), "relationName" => read_field(relation_name), "startId"
    => read_field(start_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ChatMemoQueryKnowledgeGraphRelationResponseBodyRelationInfo { "endId" =>
    optional(end_id), "mediaId" => optional(media_id), "propertiesString" =>
    optional(properties_string), "relationName" => optional(relation_name), "startId" =>
    optional(start_id) }
}
/// `CirclePostDetailResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CirclePostDetailResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `dislikeCount`.
    pub dislike_count: Option<i64>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `likeCount`.
    pub like_count: Option<i64>,
    /// `mediaFileIdList`.
    pub media_file_id_list: Option<Vec<String>>,
    /// `mediaUrlList`.
    pub media_url_list: Option<Vec<String>>,
    /// `outfitType`.
    pub outfit_type: Option<String>,
    /// `postId`.
    pub post_id: Option<i64>,
    /// `postType`.
    pub post_type: Option<String>,
    /// `products`.
    pub products: Option<Vec<CirclePostDetailResponseBodyResultProducts>>,
    /// `score`.
    pub score: Option<f64>,
    /// `status`.
    pub status: Option<String>,
    /// `tagList`.
    pub tag_list: Option<Vec<CirclePostDetailResponseBodyResultTagList>>,
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
    /// `viewCount`.
    pub view_count: Option<i64>,
}
rt::impl_deserialize! {
    CirclePostDetailResponseBodyResult { "content" => read_field(content), "deptId" =>
    read_field(dept_id), "deptName" => read_field(dept_name), "dislikeCount" =>
    read_field(dislike_count), "gmtCreate" => read_field(gmt_create), "likeCount" =>
    read_field(like_count), "mediaFileIdList" => read_field(media_file_id_list),
    "mediaUrlList" => read_field(media_url_list), "outfitType" =>
    read_field(outfit_type), "postId" => read_field(post_id), "postType" =>
    read_field(post_type), "products" => read_field(products), "score" =>
    read_field(score), "status" => read_field(status), "tagList" => read_field(tag_list),
    "title" => read_field(title), "userId" => read_field(user_id), "userName" =>
    read_field(user_name), "viewCount" => read_field(view_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CirclePostDetailResponseBodyResult { "content" => optional(content), "deptId" =>
    optional(dept_id), "deptName" => optional(dept_name), "dislikeCount" =>
    optional(dislike_count), "gmtCreate" => optional(gmt_create), "likeCount" =>
    optional(like_count), "mediaFileIdList" => optional(media_file_id_list),
    "mediaUrlList" => optional(media_url_list), "outfitType" => optional(outfit_type),
    "postId" => optional(post_id), "postType" => optional(post_type), "products" =>
    optional(products), "score" => optional(score), "status" => optional(status),
    "tagList" => optional(tag_list), "title" => optional(title), "userId" =>
    optional(user_id), "userName" => optional(user_name), "viewCount" =>
    optional(view_count) }
}
/// `CirclePostRecordResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CirclePostRecordResponseBodyResult {
    /// `direction`.
    pub direction: Option<i64>,
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `lastPostId`.
    pub last_post_id: Option<i64>,
    /// `postsList`.
    pub posts_list: Option<Vec<CirclePostRecordResponseBodyResultPostsList>>,
}
rt::impl_deserialize! {
    CirclePostRecordResponseBodyResult { "direction" => read_field(direction), "hasMore"
    => read_field(has_more), "lastPostId" => read_field(last_post_id), "postsList" =>
    read_field(posts_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CirclePostRecordResponseBodyResult { "direction" => optional(direction), "hasMore" =>
    optional(has_more), "lastPostId" => optional(last_post_id), "postsList" =>
    optional(posts_list) }
}
/// `CollegeListCollegeSubDeptResponseBodyCollegeDeptInfoSimpleList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeListCollegeSubDeptResponseBodyCollegeDeptInfoSimpleList {
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `deptType`.
    pub dept_type: Option<String>,
}
rt::impl_deserialize! {
    CollegeListCollegeSubDeptResponseBodyCollegeDeptInfoSimpleList { "deptId" =>
    read_field(dept_id), "deptName" => read_field(dept_name), "deptType" =>
    read_field(dept_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeListCollegeSubDeptResponseBodyCollegeDeptInfoSimpleList { "deptId" =>
    optional(dept_id), "deptName" => optional(dept_name), "deptType" =>
    optional(dept_type) }
}
/// `CollegeListDeptManagerResponseBodyManagerInfoSimpleList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeListDeptManagerResponseBodyManagerInfoSimpleList {
    /// `isActive`.
    pub is_active: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    CollegeListDeptManagerResponseBodyManagerInfoSimpleList { "isActive" =>
    read_field(is_active), "name" => read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeListDeptManagerResponseBodyManagerInfoSimpleList { "isActive" =>
    optional(is_active), "name" => optional(name), "userId" => optional(user_id) }
}
/// `CollegeListStudentInfoResponseBodyStudentInfoSimpleList`, a model several operations share: also named [`CollegeListUncheckedStudentResponseBodyStudentInfoSimpleList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeListStudentInfoResponseBodyStudentInfoSimpleList {
    /// `dingMemberStatus`.
    pub ding_member_status: Option<String>,
    /// `isActive`.
    pub is_active: Option<bool>,
    /// `studentId`.
    pub student_id: Option<i64>,
    /// `studentName`.
    pub student_name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    CollegeListStudentInfoResponseBodyStudentInfoSimpleList { "dingMemberStatus" =>
    read_field(ding_member_status), "isActive" => read_field(is_active), "studentId" =>
    read_field(student_id), "studentName" => read_field(student_name), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeListStudentInfoResponseBodyStudentInfoSimpleList { "dingMemberStatus" =>
    optional(ding_member_status), "isActive" => optional(is_active), "studentId" =>
    optional(student_id), "studentName" => optional(student_name), "unionId" =>
    optional(union_id), "userId" => optional(user_id) }
}
/// `CollegeListUncheckedStudentResponseBodyStudentInfoSimpleList`: the same model as [`CollegeListStudentInfoResponseBodyStudentInfoSimpleList`].
pub type CollegeListUncheckedStudentResponseBodyStudentInfoSimpleList = CollegeListStudentInfoResponseBodyStudentInfoSimpleList;
/// `CollegeQueryStudentInfoByMobileResponseBodyDeptStudentInfoList`, a model several operations share: also named [`CollegeQueryStudentInfoByStudentIdResponseBodyDeptStudentInfoList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CollegeQueryStudentInfoByMobileResponseBodyDeptStudentInfoList {
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `memberType`.
    pub member_type: Option<String>,
    /// `studentNumber`.
    pub student_number: Option<String>,
}
rt::impl_deserialize! {
    CollegeQueryStudentInfoByMobileResponseBodyDeptStudentInfoList { "deptId" =>
    read_field(dept_id), "memberType" => read_field(member_type), "studentNumber" =>
    read_field(student_number) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CollegeQueryStudentInfoByMobileResponseBodyDeptStudentInfoList { "deptId" =>
    optional(dept_id), "memberType" => optional(member_type), "studentNumber" =>
    optional(student_number) }
}
/// `CollegeQueryStudentInfoByStudentIdResponseBodyDeptStudentInfoList`: the same model as [`CollegeQueryStudentInfoByMobileResponseBodyDeptStudentInfoList`].
pub type CollegeQueryStudentInfoByStudentIdResponseBodyDeptStudentInfoList = CollegeQueryStudentInfoByMobileResponseBodyDeptStudentInfoList;
/// `CustomizeContactCreateResponseBodyContent`, a model several operations share: also named [`CustomizeContactListResponseBodyContent`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomizeContactCreateResponseBodyContent {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `order`.
    pub order: Option<i64>,
    /// `rootDeptId`.
    pub root_dept_id: Option<i64>,
}
rt::impl_deserialize! {
    CustomizeContactCreateResponseBodyContent { "code" => read_field(code), "name" =>
    read_field(name), "order" => read_field(order), "rootDeptId" =>
    read_field(root_dept_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CustomizeContactCreateResponseBodyContent { "code" => optional(code), "name" =>
    optional(name), "order" => optional(order), "rootDeptId" => optional(root_dept_id) }
}
/// `CustomizeContactDeptInfoResponseBodyContent`, a model several operations share: also named [`CustomizeContactDeptListResponseBodyContent`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomizeContactDeptInfoResponseBodyContent {
    /// `code`.
    pub code: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `managerIdList`.
    pub manager_id_list: Option<Vec<String>>,
    /// `name`.
    pub name: Option<String>,
    /// `order`.
    pub order: Option<i64>,
    /// `parentDeptId`.
    pub parent_dept_id: Option<i64>,
    /// `refId`.
    pub ref_id: Option<i64>,
    /// `type`.
    pub r#type: Option<i64>,
}
rt::impl_deserialize! {
    CustomizeContactDeptInfoResponseBodyContent { "code" => read_field(code), "id" =>
    read_field(id), "managerIdList" => read_field(manager_id_list), "name" =>
    read_field(name), "order" => read_field(order), "parentDeptId" =>
    read_field(parent_dept_id), "refId" => read_field(ref_id), "type" =>
    read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CustomizeContactDeptInfoResponseBodyContent { "code" => optional(code), "id" =>
    optional(id), "managerIdList" => optional(manager_id_list), "name" => optional(name),
    "order" => optional(order), "parentDeptId" => optional(parent_dept_id), "refId" =>
    optional(ref_id), "type" => optional(r#type) }
}
/// `CustomizeContactDeptListResponseBodyContent`: the same model as [`CustomizeContactDeptInfoResponseBodyContent`].
pub type CustomizeContactDeptListResponseBodyContent = CustomizeContactDeptInfoResponseBodyContent;
/// `CustomizeContactEmpListResponseBodyContent`, a model several operations share: also named [`DigitalStoreUsersResponseBodyContent`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomizeContactEmpListResponseBodyContent {
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    CustomizeContactEmpListResponseBodyContent { "name" => read_field(name), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CustomizeContactEmpListResponseBodyContent { "name" => optional(name), "userId" =>
    optional(user_id) }
}
/// `CustomizeContactListResponseBodyContent`: the same model as [`CustomizeContactCreateResponseBodyContent`].
pub type CustomizeContactListResponseBodyContent = CustomizeContactCreateResponseBodyContent;
/// `DigitalStoreCardRecordResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreCardRecordResponseBodyContent {
    /// `conversationTitle`.
    pub conversation_title: Option<String>,
    /// `detailList`.
    pub detail_list: Option<Vec<DigitalStoreCardRecordResponseBodyContentDetailList>>,
    /// `id`.
    pub id: Option<i64>,
    /// `memberNum`.
    pub member_num: Option<i64>,
    /// `readNum`.
    pub read_num: Option<i64>,
    /// `readPercent`.
    pub read_percent: Option<String>,
    /// `receiveNum`.
    pub receive_num: Option<i64>,
    /// `sceneCardName`.
    pub scene_card_name: Option<String>,
    /// `sendStatus`.
    pub send_status: Option<String>,
    /// `sendTime`.
    pub send_time: Option<i64>,
}
rt::impl_deserialize! {
    DigitalStoreCardRecordResponseBodyContent { "conversationTitle" =>
    read_field(conversation_title), "detailList" => read_field(detail_list), "id" =>
    read_field(id), "memberNum" => read_field(member_num), "readNum" =>
    read_field(read_num), "readPercent" => read_field(read_percent), "receiveNum" =>
    read_field(receive_num), "sceneCardName" => read_field(scene_card_name), "sendStatus"
    => read_field(send_status), "sendTime" => read_field(send_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreCardRecordResponseBodyContent { "conversationTitle" =>
    optional(conversation_title), "detailList" => optional(detail_list), "id" =>
    optional(id), "memberNum" => optional(member_num), "readNum" => optional(read_num),
    "readPercent" => optional(read_percent), "receiveNum" => optional(receive_num),
    "sceneCardName" => optional(scene_card_name), "sendStatus" => optional(send_status),
    "sendTime" => optional(send_time) }
}
/// `DigitalStoreConversationsResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreConversationsResponseBodyContent {
    /// `conversationTitle`.
    pub conversation_title: Option<String>,
    /// `conversationType`.
    pub conversation_type: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `openConversationId`.
    pub open_conversation_id: Option<String>,
}
rt::impl_deserialize! {
    DigitalStoreConversationsResponseBodyContent { "conversationTitle" =>
    read_field(conversation_title), "conversationType" => read_field(conversation_type),
    "id" => read_field(id), "openConversationId" => read_field(open_conversation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreConversationsResponseBodyContent { "conversationTitle" =>
    optional(conversation_title), "conversationType" => optional(conversation_type), "id"
    => optional(id), "openConversationId" => optional(open_conversation_id) }
}
/// `DigitalStoreGroupsResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreGroupsResponseBodyContent {
    /// `groupId`.
    pub group_id: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
}
rt::impl_deserialize! {
    DigitalStoreGroupsResponseBodyContent { "groupId" => read_field(group_id),
    "groupName" => read_field(group_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreGroupsResponseBodyContent { "groupId" => optional(group_id), "groupName"
    => optional(group_name) }
}
/// `DigitalStoreRolesResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreRolesResponseBodyContent {
    /// `level`.
    pub level: Option<i64>,
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `roleId`.
    pub role_id: Option<i64>,
    /// `roleName`.
    pub role_name: Option<String>,
    /// `source`.
    pub source: Option<String>,
}
rt::impl_deserialize! {
    DigitalStoreRolesResponseBodyContent { "level" => read_field(level), "roleCode" =>
    read_field(role_code), "roleId" => read_field(role_id), "roleName" =>
    read_field(role_name), "source" => read_field(source) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreRolesResponseBodyContent { "level" => optional(level), "roleCode" =>
    optional(role_code), "roleId" => optional(role_id), "roleName" =>
    optional(role_name), "source" => optional(source) }
}
/// `DigitalStoreSubNodesResponseBodyContent`: the same model as [`DigitalStoreNodeInfoResponseBody`].
pub type DigitalStoreSubNodesResponseBodyContent = DigitalStoreNodeInfoResponseBody;
/// `DigitalStoreUpdateAuthInfoRequestUpdateUserListRoleList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DigitalStoreUpdateAuthInfoRequestUpdateUserListRoleList {
    /// `roleName`.
    pub role_name: Option<String>,
    /// `sourceRoleId`.
    pub source_role_id: Option<String>,
}
impl DigitalStoreUpdateAuthInfoRequestUpdateUserListRoleList {
    /// An empty `DigitalStoreUpdateAuthInfoRequestUpdateUserListRoleList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `roleName`.
    pub fn role_name(mut self, value: impl Into<String>) -> Self {
        self.role_name = Some(value.into());
        self
    }
    /// Sets `sourceRoleId`.
    pub fn source_role_id(mut self, value: impl Into<String>) -> Self {
        self.source_role_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DigitalStoreUpdateAuthInfoRequestUpdateUserListRoleList { "roleName" =>
    optional(role_name), "sourceRoleId" => optional(source_role_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreUpdateAuthInfoRequestUpdateUserListRoleList { "roleName" =>
    read_field(role_name), "sourceRoleId" => read_field(source_role_id) }
}
/// `DigitalStoreUpdateAuthInfoRequestUpdateUserListUserAuthList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DigitalStoreUpdateAuthInfoRequestUpdateUserListUserAuthList {
    /// `dingDeptId`.
    pub ding_dept_id: Option<String>,
    /// `sourceDeptId`.
    pub source_dept_id: Option<String>,
}
impl DigitalStoreUpdateAuthInfoRequestUpdateUserListUserAuthList {
    /// An empty `DigitalStoreUpdateAuthInfoRequestUpdateUserListUserAuthList`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `dingDeptId`.
    pub fn ding_dept_id(mut self, value: impl Into<String>) -> Self {
        self.ding_dept_id = Some(value.into());
        self
    }
    /// Sets `sourceDeptId`.
    pub fn source_dept_id(mut self, value: impl Into<String>) -> Self {
        self.source_dept_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DigitalStoreUpdateAuthInfoRequestUpdateUserListUserAuthList { "dingDeptId" =>
    optional(ding_dept_id), "sourceDeptId" => optional(source_dept_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreUpdateAuthInfoRequestUpdateUserListUserAuthList { "dingDeptId" =>
    read_field(ding_dept_id), "sourceDeptId" => read_field(source_dept_id) }
}
/// `DigitalStoreUsersResponseBodyContent`: the same model as [`CustomizeContactEmpListResponseBodyContent`].
pub type DigitalStoreUsersResponseBodyContent = CustomizeContactEmpListResponseBodyContent;
/// `DigitalStorelistExportTaskRecordResponseBodyContent`: the same model as [`DigitalStoreExportCardRecordResponseBody`].
pub type DigitalStorelistExportTaskRecordResponseBodyContent = DigitalStoreExportCardRecordResponseBody;
/// `ExternalQueryExternalAppOrgsResponseBodyResult`: the same model as [`ExternalQueryExternalBelongMainOrgResponseBody`].
pub type ExternalQueryExternalAppOrgsResponseBodyResult = ExternalQueryExternalBelongMainOrgResponseBody;
/// `ExternalQueryExternalOrgsResponseBodyResult`: the same model as [`ExternalQueryExternalBelongMainOrgResponseBody`].
pub type ExternalQueryExternalOrgsResponseBodyResult = ExternalQueryExternalBelongMainOrgResponseBody;
/// `GetConvertResultResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConvertResultResponseBodyResult {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<f64>,
    /// `creatorName`.
    pub creator_name: Option<String>,
    /// `outputInfo`.
    pub output_info: Option<GetConvertResultResponseBodyResultOutputInfo>,
    /// `status`.
    pub status: Option<String>,
    /// `taskBizId`.
    pub task_biz_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    GetConvertResultResponseBodyResult { "corpId" => read_field(corp_id), "createTime" =>
    read_field(create_time), "creatorName" => read_field(creator_name), "outputInfo" =>
    read_field(output_info), "status" => read_field(status), "taskBizId" =>
    read_field(task_biz_id), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConvertResultResponseBodyResult { "corpId" => optional(corp_id), "createTime" =>
    optional(create_time), "creatorName" => optional(creator_name), "outputInfo" =>
    optional(output_info), "status" => optional(status), "taskBizId" =>
    optional(task_biz_id), "title" => optional(title) }
}
/// `GetTaskPackageResultResponseBodyTasks`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskPackageResultResponseBodyTasks {
    /// `reportLink`.
    pub report_link: Option<String>,
    /// `result`.
    pub result: Option<GetTaskPackageResultResponseBodyTasksResult>,
    /// `status`.
    pub status: Option<String>,
    /// `statusInfo`.
    pub status_info: Option<String>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    GetTaskPackageResultResponseBodyTasks { "reportLink" => read_field(report_link),
    "result" => read_field(result), "status" => read_field(status), "statusInfo" =>
    read_field(status_info), "taskId" => read_field(task_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskPackageResultResponseBodyTasks { "reportLink" => optional(report_link),
    "result" => optional(result), "status" => optional(status), "statusInfo" =>
    optional(status_info), "taskId" => optional(task_id) }
}
/// `GetTaskQueueResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskQueueResponseBodyResult {
    /// `pendingCount`.
    pub pending_count: Option<i64>,
    /// `processingCount`.
    pub processing_count: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetTaskQueueResponseBodyResult { "pendingCount" => read_field(pending_count),
    "processingCount" => read_field(processing_count), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskQueueResponseBodyResult { "pendingCount" => optional(pending_count),
    "processingCount" => optional(processing_count), "totalCount" =>
    optional(total_count) }
}
/// `IndustryManufactureCommonEventResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryManufactureCommonEventResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
    /// `httpCode`.
    pub http_code: Option<String>,
}
rt::impl_deserialize! {
    IndustryManufactureCommonEventResponseBodyResult { "content" => read_field(content),
    "httpCode" => read_field(http_code) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryManufactureCommonEventResponseBodyResult { "content" => optional(content),
    "httpCode" => optional(http_code) }
}
/// `IndustryManufactureCostRecordListGetResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryManufactureCostRecordListGetResponseBodyList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `count`.
    pub count: Option<f64>,
    /// `ext`.
    pub ext: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<String>,
    /// `materialCostRecordNo`.
    pub material_cost_record_no: Option<String>,
    /// `materialName`.
    pub material_name: Option<String>,
    /// `materialNo`.
    pub material_no: Option<String>,
    /// `memo`.
    pub memo: Option<String>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `price`.
    pub price: Option<f64>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `productionTaskNo`.
    pub production_task_no: Option<String>,
    /// `realCount`.
    pub real_count: Option<f64>,
    /// `realPrice`.
    pub real_price: Option<f64>,
    /// `type`.
    pub r#type: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
}
rt::impl_deserialize! {
    IndustryManufactureCostRecordListGetResponseBodyList { "corpId" =>
    read_field(corp_id), "count" => read_field(count), "ext" => read_field(ext),
    "gmtCreate" => read_field(gmt_create), "gmtModified" => read_field(gmt_modified),
    "instanceId" => read_field(instance_id), "isDeleted" => read_field(is_deleted),
    "materialCostRecordNo" => read_field(material_cost_record_no), "materialName" =>
    read_field(material_name), "materialNo" => read_field(material_no), "memo" =>
    read_field(memo), "orderNo" => read_field(order_no), "price" => read_field(price),
    "processCode" => read_field(process_code), "productionTaskNo" =>
    read_field(production_task_no), "realCount" => read_field(real_count), "realPrice" =>
    read_field(real_price), "type" => read_field(r#type), "unit" => read_field(unit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryManufactureCostRecordListGetResponseBodyList { "corpId" => optional(corp_id),
    "count" => optional(count), "ext" => optional(ext), "gmtCreate" =>
    optional(gmt_create), "gmtModified" => optional(gmt_modified), "instanceId" =>
    optional(instance_id), "isDeleted" => optional(is_deleted), "materialCostRecordNo" =>
    optional(material_cost_record_no), "materialName" => optional(material_name),
    "materialNo" => optional(material_no), "memo" => optional(memo), "orderNo" =>
    optional(order_no), "price" => optional(price), "processCode" =>
    optional(process_code), "productionTaskNo" => optional(production_task_no),
    "realCount" => optional(real_count), "realPrice" => optional(real_price), "type" =>
    optional(r#type), "unit" => optional(unit) }
}
/// `IndustryManufactureFeeListGetResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryManufactureFeeListGetResponseBodyList {
    /// `amount`.
    pub amount: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `count`.
    pub count: Option<f64>,
    /// `ext`.
    pub ext: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `id`.
    pub id: Option<i64>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `isDeleted`.
    pub is_deleted: Option<String>,
    /// `materialName`.
    pub material_name: Option<String>,
    /// `materialNo`.
    pub material_no: Option<String>,
    /// `perAmount`.
    pub per_amount: Option<f64>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `productionTaskNo`.
    pub production_task_no: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
}
rt::impl_deserialize! {
    IndustryManufactureFeeListGetResponseBodyList { "amount" => read_field(amount),
    "corpId" => read_field(corp_id), "count" => read_field(count), "ext" =>
    read_field(ext), "gmtCreate" => read_field(gmt_create), "gmtModified" =>
    read_field(gmt_modified), "id" => read_field(id), "instanceId" =>
    read_field(instance_id), "isDeleted" => read_field(is_deleted), "materialName" =>
    read_field(material_name), "materialNo" => read_field(material_no), "perAmount" =>
    read_field(per_amount), "processCode" => read_field(process_code), "productionTaskNo"
    => read_field(production_task_no), "title" => read_field(title), "type" =>
    read_field(r#type), "unit" => read_field(unit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryManufactureFeeListGetResponseBodyList { "amount" => optional(amount),
    "corpId" => optional(corp_id), "count" => optional(count), "ext" => optional(ext),
    "gmtCreate" => optional(gmt_create), "gmtModified" => optional(gmt_modified), "id" =>
    optional(id), "instanceId" => optional(instance_id), "isDeleted" =>
    optional(is_deleted), "materialName" => optional(material_name), "materialNo" =>
    optional(material_no), "perAmount" => optional(per_amount), "processCode" =>
    optional(process_code), "productionTaskNo" => optional(production_task_no), "title"
    => optional(title), "type" => optional(r#type), "unit" => optional(unit) }
}
/// `IndustryManufactureLabourCostResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryManufactureLabourCostResponseBodyList {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `ext`.
    pub ext: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `labourCostName`.
    pub labour_cost_name: Option<String>,
    /// `labourCostNo`.
    pub labour_cost_no: Option<String>,
    /// `materialName`.
    pub material_name: Option<String>,
    /// `materialNo`.
    pub material_no: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `processName`.
    pub process_name: Option<String>,
    /// `processNo`.
    pub process_no: Option<String>,
    /// `qualifiedPrice`.
    pub qualified_price: Option<f64>,
    /// `unQualifiedInfo`.
    pub un_qualified_info: Option<String>,
    /// `unQualifiedPrice1`.
    pub un_qualified_price1: Option<f64>,
    /// `unQualifiedPrice2`.
    pub un_qualified_price2: Option<f64>,
    /// `unQualifiedReason1`.
    pub un_qualified_reason1: Option<String>,
    /// `unQualifiedReason2`.
    pub un_qualified_reason2: Option<String>,
}
rt::impl_deserialize! {
    IndustryManufactureLabourCostResponseBodyList { "corpId" => read_field(corp_id),
    "ext" => read_field(ext), "gmtCreate" => read_field(gmt_create), "gmtModified" =>
    read_field(gmt_modified), "instanceId" => read_field(instance_id), "labourCostName"
    => read_field(labour_cost_name), "labourCostNo" => read_field(labour_cost_no),
    "materialName" => read_field(material_name), "materialNo" => read_field(material_no),
    "processCode" => read_field(process_code), "processName" => read_field(process_name),
    "processNo" => read_field(process_no), "qualifiedPrice" =>
    read_field(qualified_price), "unQualifiedInfo" => read_field(un_qualified_info),
    "unQualifiedPrice1" => read_field(un_qualified_price1), "unQualifiedPrice2" =>
    read_field(un_qualified_price2), "unQualifiedReason1" =>
    read_field(un_qualified_reason1), "unQualifiedReason2" =>
    read_field(un_qualified_reason2) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryManufactureLabourCostResponseBodyList { "corpId" => optional(corp_id), "ext"
    => optional(ext), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "instanceId" => optional(instance_id), "labourCostName" =>
    optional(labour_cost_name), "labourCostNo" => optional(labour_cost_no),
    "materialName" => optional(material_name), "materialNo" => optional(material_no),
    "processCode" => optional(process_code), "processName" => optional(process_name),
    "processNo" => optional(process_no), "qualifiedPrice" => optional(qualified_price),
    "unQualifiedInfo" => optional(un_qualified_info), "unQualifiedPrice1" =>
    optional(un_qualified_price1), "unQualifiedPrice2" => optional(un_qualified_price2),
    "unQualifiedReason1" => optional(un_qualified_reason1), "unQualifiedReason2" =>
    optional(un_qualified_reason2) }
}
/// `IndustryManufactureMaterialListResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryManufactureMaterialListResponseBodyList {
    /// `category`.
    pub category: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `ext`.
    pub ext: Option<String>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `materialName`.
    pub material_name: Option<String>,
    /// `materialNo`.
    pub material_no: Option<String>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `specification`.
    pub specification: Option<String>,
    /// `stockMaxWarn`.
    pub stock_max_warn: Option<f64>,
    /// `stockMinWarn`.
    pub stock_min_warn: Option<f64>,
    /// `type`.
    pub r#type: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
}
rt::impl_deserialize! {
    IndustryManufactureMaterialListResponseBodyList { "category" => read_field(category),
    "corpId" => read_field(corp_id), "ext" => read_field(ext), "instanceId" =>
    read_field(instance_id), "materialName" => read_field(material_name), "materialNo" =>
    read_field(material_no), "processCode" => read_field(process_code), "specification"
    => read_field(specification), "stockMaxWarn" => read_field(stock_max_warn),
    "stockMinWarn" => read_field(stock_min_warn), "type" => read_field(r#type), "unit" =>
    read_field(unit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryManufactureMaterialListResponseBodyList { "category" => optional(category),
    "corpId" => optional(corp_id), "ext" => optional(ext), "instanceId" =>
    optional(instance_id), "materialName" => optional(material_name), "materialNo" =>
    optional(material_no), "processCode" => optional(process_code), "specification" =>
    optional(specification), "stockMaxWarn" => optional(stock_max_warn), "stockMinWarn"
    => optional(stock_min_warn), "type" => optional(r#type), "unit" => optional(unit) }
}
/// `IndustryManufactureMesDispatchTaskResponseBodyResult`: the same model as [`CampusDelRenterMemberResponseBody`].
pub type IndustryManufactureMesDispatchTaskResponseBodyResult = CampusDelRenterMemberResponseBody;
/// `IndustryManufactureMesMaterialResponseBodyResult`: the same model as [`CampusDelRenterMemberResponseBody`].
pub type IndustryManufactureMesMaterialResponseBodyResult = CampusDelRenterMemberResponseBody;
/// `IndustryManufactureMesOutPlanResponseBodyResult`: the same model as [`CampusDelRenterMemberResponseBody`].
pub type IndustryManufactureMesOutPlanResponseBodyResult = CampusDelRenterMemberResponseBody;
/// `IndustryManufactureMesOutputResponseBodyResult`: the same model as [`CampusDelRenterMemberResponseBody`].
pub type IndustryManufactureMesOutputResponseBodyResult = CampusDelRenterMemberResponseBody;
/// `IndustryManufactureMesProcessResponseBodyResult`: the same model as [`CampusDelRenterMemberResponseBody`].
pub type IndustryManufactureMesProcessResponseBodyResult = CampusDelRenterMemberResponseBody;
/// `IndustryManufactureMesProductionPlanResponseBodyResult`: the same model as [`CampusDelRenterMemberResponseBody`].
pub type IndustryManufactureMesProductionPlanResponseBodyResult = CampusDelRenterMemberResponseBody;
/// `IndustryManufactureMesSubCooperationTeamResponseBodyResult`: the same model as [`CampusDelRenterMemberResponseBody`].
pub type IndustryManufactureMesSubCooperationTeamResponseBodyResult = CampusDelRenterMemberResponseBody;
/// `IndustryManufactureMesTeamMgmtResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryManufactureMesTeamMgmtResponseBodyResult {
    /// `content`.
    pub content: Option<String>,
}
rt::impl_deserialize! {
    IndustryManufactureMesTeamMgmtResponseBodyResult { "content" => read_field(content) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryManufactureMesTeamMgmtResponseBodyResult { "content" => optional(content) }
}
/// `IndustryMmanufactureMaterialCostGetResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct IndustryMmanufactureMaterialCostGetResponseBodyList {
    /// `actPrice`.
    pub act_price: Option<f64>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `count`.
    pub count: Option<f64>,
    /// `ext`.
    pub ext: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<i64>,
    /// `gmtModified`.
    pub gmt_modified: Option<i64>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `materialCostNo`.
    pub material_cost_no: Option<String>,
    /// `materialName`.
    pub material_name: Option<String>,
    /// `materialNo`.
    pub material_no: Option<String>,
    /// `memo`.
    pub memo: Option<String>,
    /// `price`.
    pub price: Option<f64>,
    /// `processCode`.
    pub process_code: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
}
rt::impl_deserialize! {
    IndustryMmanufactureMaterialCostGetResponseBodyList { "actPrice" =>
    read_field(act_price), "corpId" => read_field(corp_id), "count" => read_field(count),
    "ext" => read_field(ext), "gmtCreate" => read_field(gmt_create), "gmtModified" =>
    read_field(gmt_modified), "instanceId" => read_field(instance_id), "materialCostNo"
    => read_field(material_cost_no), "materialName" => read_field(material_name),
    "materialNo" => read_field(material_no), "memo" => read_field(memo), "price" =>
    read_field(price), "processCode" => read_field(process_code), "unit" =>
    read_field(unit) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    IndustryMmanufactureMaterialCostGetResponseBodyList { "actPrice" =>
    optional(act_price), "corpId" => optional(corp_id), "count" => optional(count), "ext"
    => optional(ext), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "instanceId" => optional(instance_id), "materialCostNo" =>
    optional(material_cost_no), "materialName" => optional(material_name), "materialNo"
    => optional(material_no), "memo" => optional(memo), "price" => optional(price),
    "processCode" => optional(process_code), "unit" => optional(unit) }
}
/// `QueryAllDepartmentResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllDepartmentResponseBodyContent {
    /// `deptAndExt`.
    pub dept_and_ext: Option<QueryAllDepartmentResponseBodyContentDeptAndExt>,
    /// `groupAndExtList`.
    pub group_and_ext_list: Option<
        Vec<QueryAllDepartmentResponseBodyContentGroupAndExtList>,
    >,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    QueryAllDepartmentResponseBodyContent { "deptAndExt" => read_field(dept_and_ext),
    "groupAndExtList" => read_field(group_and_ext_list), "id" => read_field(id), "name"
    => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllDepartmentResponseBodyContent { "deptAndExt" => optional(dept_and_ext),
    "groupAndExtList" => optional(group_and_ext_list), "id" => optional(id), "name" =>
    optional(name) }
}
/// `QueryAllDoctorsResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllDoctorsResponseBodyContent {
    /// `assessGroupId`.
    pub assess_group_id: Option<String>,
    /// `assessGroupName`.
    pub assess_group_name: Option<String>,
    /// `deptCode`.
    pub dept_code: Option<String>,
    /// `deptType`.
    pub dept_type: Option<String>,
    /// `gmtCreateStr`.
    pub gmt_create_str: Option<String>,
    /// `gmtModifiedStr`.
    pub gmt_modified_str: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `jobNum`.
    pub job_num: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `uid`.
    pub uid: Option<String>,
    /// `userCode`.
    pub user_code: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    QueryAllDoctorsResponseBodyContent { "assessGroupId" => read_field(assess_group_id),
    "assessGroupName" => read_field(assess_group_name), "deptCode" =>
    read_field(dept_code), "deptType" => read_field(dept_type), "gmtCreateStr" =>
    read_field(gmt_create_str), "gmtModifiedStr" => read_field(gmt_modified_str), "id" =>
    read_field(id), "jobNum" => read_field(job_num), "status" => read_field(status),
    "uid" => read_field(uid), "userCode" => read_field(user_code), "userName" =>
    read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllDoctorsResponseBodyContent { "assessGroupId" => optional(assess_group_id),
    "assessGroupName" => optional(assess_group_name), "deptCode" => optional(dept_code),
    "deptType" => optional(dept_type), "gmtCreateStr" => optional(gmt_create_str),
    "gmtModifiedStr" => optional(gmt_modified_str), "id" => optional(id), "jobNum" =>
    optional(job_num), "status" => optional(status), "uid" => optional(uid), "userCode"
    => optional(user_code), "userName" => optional(user_name) }
}
/// `QueryAllGroupResponseBodyContent`, a model several operations share: also named [`QueryAllGroupsInDeptResponseBodyContent`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllGroupResponseBodyContent {
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    QueryAllGroupResponseBodyContent { "deptId" => read_field(dept_id), "id" =>
    read_field(id), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllGroupResponseBodyContent { "deptId" => optional(dept_id), "id" =>
    optional(id), "name" => optional(name) }
}
/// `QueryAllGroupsInDeptResponseBodyContent`: the same model as [`QueryAllGroupResponseBodyContent`].
pub type QueryAllGroupsInDeptResponseBodyContent = QueryAllGroupResponseBodyContent;
/// `QueryAllMemberByDeptResponseBodyContent`, a model several operations share: also named [`QueryAllMemberByGroupResponseBodyContent`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllMemberByDeptResponseBodyContent {
    /// `jobNum`.
    pub job_num: Option<String>,
    /// `uid`.
    pub uid: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    QueryAllMemberByDeptResponseBodyContent { "jobNum" => read_field(job_num), "uid" =>
    read_field(uid), "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllMemberByDeptResponseBodyContent { "jobNum" => optional(job_num), "uid" =>
    optional(uid), "userName" => optional(user_name) }
}
/// `QueryAllMemberByGroupResponseBodyContent`: the same model as [`QueryAllMemberByDeptResponseBodyContent`].
pub type QueryAllMemberByGroupResponseBodyContent = QueryAllMemberByDeptResponseBodyContent;
/// `QueryBizOptLogResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBizOptLogResponseBodyContent {
    /// `bizType`.
    pub biz_type: Option<i64>,
    /// `dataType`.
    pub data_type: Option<i64>,
    /// `id`.
    pub id: Option<i64>,
    /// `optAfterData`.
    pub opt_after_data: Option<String>,
    /// `optBeforeData`.
    pub opt_before_data: Option<String>,
    /// `optBizType`.
    pub opt_biz_type: Option<i64>,
    /// `optExtend`.
    pub opt_extend: Option<String>,
    /// `optJobNumber`.
    pub opt_job_number: Option<String>,
    /// `optObjectCode`.
    pub opt_object_code: Option<String>,
    /// `optObjectName`.
    pub opt_object_name: Option<String>,
    /// `optObjectUserJobNo`.
    pub opt_object_user_job_no: Option<String>,
    /// `optSuccess`.
    pub opt_success: Option<i64>,
    /// `optTime`.
    pub opt_time: Option<i64>,
    /// `optType`.
    pub opt_type: Option<i64>,
    /// `optUserCode`.
    pub opt_user_code: Option<String>,
    /// `optUserName`.
    pub opt_user_name: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
}
rt::impl_deserialize! {
    QueryBizOptLogResponseBodyContent { "bizType" => read_field(biz_type), "dataType" =>
    read_field(data_type), "id" => read_field(id), "optAfterData" =>
    read_field(opt_after_data), "optBeforeData" => read_field(opt_before_data),
    "optBizType" => read_field(opt_biz_type), "optExtend" => read_field(opt_extend),
    "optJobNumber" => read_field(opt_job_number), "optObjectCode" =>
    read_field(opt_object_code), "optObjectName" => read_field(opt_object_name),
    "optObjectUserJobNo" => read_field(opt_object_user_job_no), "optSuccess" =>
    read_field(opt_success), "optTime" => read_field(opt_time), "optType" =>
    read_field(opt_type), "optUserCode" => read_field(opt_user_code), "optUserName" =>
    read_field(opt_user_name), "remark" => read_field(remark) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBizOptLogResponseBodyContent { "bizType" => optional(biz_type), "dataType" =>
    optional(data_type), "id" => optional(id), "optAfterData" =>
    optional(opt_after_data), "optBeforeData" => optional(opt_before_data), "optBizType"
    => optional(opt_biz_type), "optExtend" => optional(opt_extend), "optJobNumber" =>
    optional(opt_job_number), "optObjectCode" => optional(opt_object_code),
    "optObjectName" => optional(opt_object_name), "optObjectUserJobNo" =>
    optional(opt_object_user_job_no), "optSuccess" => optional(opt_success), "optTime" =>
    optional(opt_time), "optType" => optional(opt_type), "optUserCode" =>
    optional(opt_user_code), "optUserName" => optional(opt_user_name), "remark" =>
    optional(remark) }
}
/// `QueryConvertRulesResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryConvertRulesResponseBodyResult {
    /// `items`.
    pub items: Option<Vec<QueryConvertRulesResponseBodyResultItems>>,
    /// `pageNo`.
    pub page_no: Option<f64>,
    /// `pageSize`.
    pub page_size: Option<f64>,
    /// `totalCount`.
    pub total_count: Option<f64>,
    /// `totalPages`.
    pub total_pages: Option<f64>,
}
rt::impl_deserialize! {
    QueryConvertRulesResponseBodyResult { "items" => read_field(items), "pageNo" =>
    read_field(page_no), "pageSize" => read_field(page_size), "totalCount" =>
    read_field(total_count), "totalPages" => read_field(total_pages) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConvertRulesResponseBodyResult { "items" => optional(items), "pageNo" =>
    optional(page_no), "pageSize" => optional(page_size), "totalCount" =>
    optional(total_count), "totalPages" => optional(total_pages) }
}
/// `QueryDepartmentExtendInfoResponseBodyContent`, a model several operations share: also named [`QueryAllDepartmentResponseBodyContentDeptAndExtExtendInfos`], [`QueryAllDepartmentResponseBodyContentGroupAndExtListExtendInfos`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDepartmentExtendInfoResponseBodyContent {
    /// `deptCode`.
    pub dept_code: Option<String>,
    /// `deptExtendDisplayName`.
    pub dept_extend_display_name: Option<String>,
    /// `deptExtendKey`.
    pub dept_extend_key: Option<String>,
    /// `deptExtendValue`.
    pub dept_extend_value: Option<String>,
    /// `gmtCreateStr`.
    pub gmt_create_str: Option<String>,
    /// `gmtModifiedStr`.
    pub gmt_modified_str: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    QueryDepartmentExtendInfoResponseBodyContent { "deptCode" => read_field(dept_code),
    "deptExtendDisplayName" => read_field(dept_extend_display_name), "deptExtendKey" =>
    read_field(dept_extend_key), "deptExtendValue" => read_field(dept_extend_value),
    "gmtCreateStr" => read_field(gmt_create_str), "gmtModifiedStr" =>
    read_field(gmt_modified_str), "id" => read_field(id), "status" => read_field(status)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDepartmentExtendInfoResponseBodyContent { "deptCode" => optional(dept_code),
    "deptExtendDisplayName" => optional(dept_extend_display_name), "deptExtendKey" =>
    optional(dept_extend_key), "deptExtendValue" => optional(dept_extend_value),
    "gmtCreateStr" => optional(gmt_create_str), "gmtModifiedStr" =>
    optional(gmt_modified_str), "id" => optional(id), "status" => optional(status) }
}
/// `QueryDepartmentInfoResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDepartmentInfoResponseBodyContent {
    /// `department`.
    pub department: Option<QueryDepartmentInfoResponseBodyContentDepartment>,
    /// `extendInfos`.
    pub extend_infos: Option<Vec<QueryDepartmentInfoResponseBodyContentExtendInfos>>,
}
rt::impl_deserialize! {
    QueryDepartmentInfoResponseBodyContent { "department" => read_field(department),
    "extendInfos" => read_field(extend_infos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDepartmentInfoResponseBodyContent { "department" => optional(department),
    "extendInfos" => optional(extend_infos) }
}
/// `QueryDoctorDetailsByJobNumberResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDoctorDetailsByJobNumberResponseBodyContent {
    /// `deptList`.
    pub dept_list: Option<Vec<QueryDoctorDetailsByJobNumberResponseBodyContentDeptList>>,
    /// `groupList`.
    pub group_list: Option<
        Vec<QueryDoctorDetailsByJobNumberResponseBodyContentGroupList>,
    >,
    /// `jobNumber`.
    pub job_number: Option<String>,
    /// `jobStatus`.
    pub job_status: Option<
        Vec<QueryDoctorDetailsByJobNumberResponseBodyContentJobStatus>,
    >,
    /// `professionalTitle`.
    pub professional_title: Option<
        QueryDoctorDetailsByJobNumberResponseBodyContentProfessionalTitle,
    >,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
    /// `userProbList`.
    pub user_prob_list: Option<
        Vec<QueryDoctorDetailsByJobNumberResponseBodyContentUserProbList>,
    >,
}
rt::impl_deserialize! {
    QueryDoctorDetailsByJobNumberResponseBodyContent { "deptList" =>
    read_field(dept_list), "groupList" => read_field(group_list), "jobNumber" =>
    read_field(job_number), "jobStatus" => read_field(job_status), "professionalTitle" =>
    read_field(professional_title), "userId" => read_field(user_id), "userName" =>
    read_field(user_name), "userProbList" => read_field(user_prob_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDoctorDetailsByJobNumberResponseBodyContent { "deptList" => optional(dept_list),
    "groupList" => optional(group_list), "jobNumber" => optional(job_number), "jobStatus"
    => optional(job_status), "professionalTitle" => optional(professional_title),
    "userId" => optional(user_id), "userName" => optional(user_name), "userProbList" =>
    optional(user_prob_list) }
}
/// `QueryGroupInfoResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupInfoResponseBodyContent {
    /// `extendInfos`.
    pub extend_infos: Option<Vec<QueryGroupInfoResponseBodyContentExtendInfos>>,
    /// `group`.
    pub group: Option<QueryGroupInfoResponseBodyContentGroup>,
}
rt::impl_deserialize! {
    QueryGroupInfoResponseBodyContent { "extendInfos" => read_field(extend_infos),
    "group" => read_field(group) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupInfoResponseBodyContent { "extendInfos" => optional(extend_infos), "group"
    => optional(group) }
}
/// `QueryHospitalDistrictInfoResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryHospitalDistrictInfoResponseBodyContent {
    /// `address`.
    pub address: Option<String>,
    /// `deleted`.
    pub deleted: Option<i64>,
    /// `districtName`.
    pub district_name: Option<String>,
    /// `districtType`.
    pub district_type: Option<i64>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `parentDistrictId`.
    pub parent_district_id: Option<i64>,
}
rt::impl_deserialize! {
    QueryHospitalDistrictInfoResponseBodyContent { "address" => read_field(address),
    "deleted" => read_field(deleted), "districtName" => read_field(district_name),
    "districtType" => read_field(district_type), "gmtCreate" => read_field(gmt_create),
    "gmtModified" => read_field(gmt_modified), "id" => read_field(id), "parentDistrictId"
    => read_field(parent_district_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryHospitalDistrictInfoResponseBodyContent { "address" => optional(address),
    "deleted" => optional(deleted), "districtName" => optional(district_name),
    "districtType" => optional(district_type), "gmtCreate" => optional(gmt_create),
    "gmtModified" => optional(gmt_modified), "id" => optional(id), "parentDistrictId" =>
    optional(parent_district_id) }
}
/// `QueryHospitalRoleUserInfoResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryHospitalRoleUserInfoResponseBodyContent {
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `jobNumber`.
    pub job_number: Option<String>,
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `roleName`.
    pub role_name: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `userCode`.
    pub user_code: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    QueryHospitalRoleUserInfoResponseBodyContent { "gmtCreate" => read_field(gmt_create),
    "gmtModified" => read_field(gmt_modified), "jobNumber" => read_field(job_number),
    "roleCode" => read_field(role_code), "roleName" => read_field(role_name), "status" =>
    read_field(status), "userCode" => read_field(user_code), "userName" =>
    read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryHospitalRoleUserInfoResponseBodyContent { "gmtCreate" => optional(gmt_create),
    "gmtModified" => optional(gmt_modified), "jobNumber" => optional(job_number),
    "roleCode" => optional(role_code), "roleName" => optional(role_name), "status" =>
    optional(status), "userCode" => optional(user_code), "userName" =>
    optional(user_name) }
}
/// `QueryHospitalRolesResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryHospitalRolesResponseBodyContent {
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `isDeleted`.
    pub is_deleted: Option<i64>,
    /// `readOnly`.
    pub read_only: Option<i64>,
    /// `remark`.
    pub remark: Option<String>,
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `roleName`.
    pub role_name: Option<String>,
    /// `sort`.
    pub sort: Option<i64>,
}
rt::impl_deserialize! {
    QueryHospitalRolesResponseBodyContent { "gmtCreate" => read_field(gmt_create), "id"
    => read_field(id), "isDeleted" => read_field(is_deleted), "readOnly" =>
    read_field(read_only), "remark" => read_field(remark), "roleCode" =>
    read_field(role_code), "roleName" => read_field(role_name), "sort" =>
    read_field(sort) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryHospitalRolesResponseBodyContent { "gmtCreate" => optional(gmt_create), "id" =>
    optional(id), "isDeleted" => optional(is_deleted), "readOnly" => optional(read_only),
    "remark" => optional(remark), "roleCode" => optional(role_code), "roleName" =>
    optional(role_name), "sort" => optional(sort) }
}
/// `QueryJobCodeDictionaryResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryJobCodeDictionaryResponseBodyContent {
    /// `category`.
    pub category: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `doctorType`.
    pub doctor_type: Option<String>,
}
rt::impl_deserialize! {
    QueryJobCodeDictionaryResponseBodyContent { "category" => read_field(category),
    "code" => read_field(code), "displayName" => read_field(display_name), "doctorType"
    => read_field(doctor_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryJobCodeDictionaryResponseBodyContent { "category" => optional(category), "code"
    => optional(code), "displayName" => optional(display_name), "doctorType" =>
    optional(doctor_type) }
}
/// `QueryJobStatusCodeDictionaryResponseBodyContent`, a model several operations share: also named [`QueryUserProbCodeDictionaryResponseBodyContent`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryJobStatusCodeDictionaryResponseBodyContent {
    /// `category`.
    pub category: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
}
rt::impl_deserialize! {
    QueryJobStatusCodeDictionaryResponseBodyContent { "category" => read_field(category),
    "code" => read_field(code), "displayName" => read_field(display_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryJobStatusCodeDictionaryResponseBodyContent { "category" => optional(category),
    "code" => optional(code), "displayName" => optional(display_name) }
}
/// `QueryMedicalEventsResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryMedicalEventsResponseBodyContent {
    /// `code`.
    pub code: Option<String>,
    /// `content`.
    pub content: Option<String>,
    /// `eventId`.
    pub event_id: Option<i64>,
}
rt::impl_deserialize! {
    QueryMedicalEventsResponseBodyContent { "code" => read_field(code), "content" =>
    read_field(content), "eventId" => read_field(event_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryMedicalEventsResponseBodyContent { "code" => optional(code), "content" =>
    optional(content), "eventId" => optional(event_id) }
}
/// `QueryOrderConvertResultResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrderConvertResultResponseBodyResult {
    /// `items`.
    pub items: Option<Vec<QueryOrderConvertResultResponseBodyResultItems>>,
    /// `pageNo`.
    pub page_no: Option<f64>,
    /// `pageSize`.
    pub page_size: Option<f64>,
    /// `totalCount`.
    pub total_count: Option<f64>,
    /// `totalPages`.
    pub total_pages: Option<f64>,
}
rt::impl_deserialize! {
    QueryOrderConvertResultResponseBodyResult { "items" => read_field(items), "pageNo" =>
    read_field(page_no), "pageSize" => read_field(page_size), "totalCount" =>
    read_field(total_count), "totalPages" => read_field(total_pages) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrderConvertResultResponseBodyResult { "items" => optional(items), "pageNo" =>
    optional(page_no), "pageSize" => optional(page_size), "totalCount" =>
    optional(total_count), "totalPages" => optional(total_pages) }
}
/// `QueryUserCredentialsResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserCredentialsResponseBodyContent {
    /// `credentialList`.
    pub credential_list: Option<
        Vec<QueryUserCredentialsResponseBodyContentCredentialList>,
    >,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryUserCredentialsResponseBodyContent { "credentialList" =>
    read_field(credential_list), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserCredentialsResponseBodyContent { "credentialList" =>
    optional(credential_list), "userId" => optional(user_id) }
}
/// `QueryUserExtInfoResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserExtInfoResponseBodyContent {
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `status`.
    pub status: Option<i64>,
    /// `userCode`.
    pub user_code: Option<String>,
    /// `userExtendDisplayName`.
    pub user_extend_display_name: Option<String>,
    /// `userExtendKey`.
    pub user_extend_key: Option<String>,
    /// `userExtendValue`.
    pub user_extend_value: Option<String>,
}
rt::impl_deserialize! {
    QueryUserExtInfoResponseBodyContent { "gmtCreate" => read_field(gmt_create),
    "gmtModified" => read_field(gmt_modified), "status" => read_field(status), "userCode"
    => read_field(user_code), "userExtendDisplayName" =>
    read_field(user_extend_display_name), "userExtendKey" => read_field(user_extend_key),
    "userExtendValue" => read_field(user_extend_value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserExtInfoResponseBodyContent { "gmtCreate" => optional(gmt_create),
    "gmtModified" => optional(gmt_modified), "status" => optional(status), "userCode" =>
    optional(user_code), "userExtendDisplayName" => optional(user_extend_display_name),
    "userExtendKey" => optional(user_extend_key), "userExtendValue" =>
    optional(user_extend_value) }
}
/// `QueryUserExtendValuesResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserExtendValuesResponseBodyContent {
    /// `userCode`.
    pub user_code: Option<String>,
    /// `userExtendDisplayName`.
    pub user_extend_display_name: Option<String>,
    /// `userExtendKey`.
    pub user_extend_key: Option<String>,
    /// `userExtendValue`.
    pub user_extend_value: Option<String>,
}
rt::impl_deserialize! {
    QueryUserExtendValuesResponseBodyContent { "userCode" => read_field(user_code),
    "userExtendDisplayName" => read_field(user_extend_display_name), "userExtendKey" =>
    read_field(user_extend_key), "userExtendValue" => read_field(user_extend_value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserExtendValuesResponseBodyContent { "userCode" => optional(user_code),
    "userExtendDisplayName" => optional(user_extend_display_name), "userExtendKey" =>
    optional(user_extend_key), "userExtendValue" => optional(user_extend_value) }
}
/// `QueryUserInfoResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserInfoResponseBodyContent {
    /// `comments`.
    pub comments: Option<String>,
    /// `dept`.
    pub dept: Option<Vec<QueryUserInfoResponseBodyContentDept>>,
    /// `group`.
    pub group: Option<Vec<QueryUserInfoResponseBodyContentGroup>>,
    /// `job`.
    pub job: Option<QueryUserInfoResponseBodyContentJob>,
    /// `jobNum`.
    pub job_num: Option<String>,
    /// `jobStatus`.
    pub job_status: Option<QueryUserInfoResponseBodyContentJobStatus>,
    /// `jobStatusList`.
    pub job_status_list: Option<Vec<QueryUserInfoResponseBodyContentJobStatusList>>,
    /// `uid`.
    pub uid: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
    /// `userProb`.
    pub user_prob: Option<QueryUserInfoResponseBodyContentUserProb>,
}
rt::impl_deserialize! {
    QueryUserInfoResponseBodyContent { "comments" => read_field(comments), "dept" =>
    read_field(dept), "group" => read_field(group), "job" => read_field(job), "jobNum" =>
    read_field(job_num), "jobStatus" => read_field(job_status), "jobStatusList" =>
    read_field(job_status_list), "uid" => read_field(uid), "userName" =>
    read_field(user_name), "userProb" => read_field(user_prob) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserInfoResponseBodyContent { "comments" => optional(comments), "dept" =>
    optional(dept), "group" => optional(group), "job" => optional(job), "jobNum" =>
    optional(job_num), "jobStatus" => optional(job_status), "jobStatusList" =>
    optional(job_status_list), "uid" => optional(uid), "userName" => optional(user_name),
    "userProb" => optional(user_prob) }
}
/// `QueryUserProbCodeDictionaryResponseBodyContent`: the same model as [`QueryJobStatusCodeDictionaryResponseBodyContent`].
pub type QueryUserProbCodeDictionaryResponseBodyContent = QueryJobStatusCodeDictionaryResponseBodyContent;
/// `QueryUserRolesResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserRolesResponseBodyContent {
    /// `roleCode`.
    pub role_code: Option<String>,
    /// `roleName`.
    pub role_name: Option<String>,
}
rt::impl_deserialize! {
    QueryUserRolesResponseBodyContent { "roleCode" => read_field(role_code), "roleName"
    => read_field(role_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserRolesResponseBodyContent { "roleCode" => optional(role_code), "roleName" =>
    optional(role_name) }
}
/// `SubmitTaskResponseBodyTasks`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SubmitTaskResponseBodyTasks {
    /// `id`.
    pub id: Option<i64>,
    /// `taskId`.
    pub task_id: Option<String>,
}
rt::impl_deserialize! {
    SubmitTaskResponseBodyTasks { "id" => read_field(id), "taskId" => read_field(task_id)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SubmitTaskResponseBodyTasks { "id" => optional(id), "taskId" => optional(task_id) }
}
/// `SupplyAddDeptResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyAddDeptResponseBodyResult {
    /// `deptId`.
    pub dept_id: Option<i64>,
}
rt::impl_deserialize! {
    SupplyAddDeptResponseBodyResult { "deptId" => read_field(dept_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyAddDeptResponseBodyResult { "deptId" => optional(dept_id) }
}
/// `SupplyAddMemberResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyAddMemberResponseBodyResult {
    /// `dingMemberStatus`.
    pub ding_member_status: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    SupplyAddMemberResponseBodyResult { "dingMemberStatus" =>
    read_field(ding_member_status), "unionId" => read_field(union_id), "userId" =>
    read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyAddMemberResponseBodyResult { "dingMemberStatus" =>
    optional(ding_member_status), "unionId" => optional(union_id), "userId" =>
    optional(user_id) }
}
/// `SupplyChainQueryDeptInfoResponseBodyResult`, a model several operations share: also named [`SupplyListSubDeptResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyChainQueryDeptInfoResponseBodyResult {
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `deptType`.
    pub dept_type: Option<String>,
    /// `hasSubDept`.
    pub has_sub_dept: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `partnerNumber`.
    pub partner_number: Option<String>,
    /// `partnerTypeInfoList`.
    pub partner_type_info_list: Option<
        Vec<SupplyChainQueryDeptInfoResponseBodyResultPartnerTypeInfoList>,
    >,
    /// `superId`.
    pub super_id: Option<i64>,
}
rt::impl_deserialize! {
    SupplyChainQueryDeptInfoResponseBodyResult { "deptId" => read_field(dept_id),
    "deptType" => read_field(dept_type), "hasSubDept" => read_field(has_sub_dept), "name"
    => read_field(name), "partnerNumber" => read_field(partner_number),
    "partnerTypeInfoList" => read_field(partner_type_info_list), "superId" =>
    read_field(super_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyChainQueryDeptInfoResponseBodyResult { "deptId" => optional(dept_id),
    "deptType" => optional(dept_type), "hasSubDept" => optional(has_sub_dept), "name" =>
    optional(name), "partnerNumber" => optional(partner_number), "partnerTypeInfoList" =>
    optional(partner_type_info_list), "superId" => optional(super_id) }
}
/// `SupplyGetMemberResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyGetMemberResponseBodyResult {
    /// `deptIdList`.
    pub dept_id_list: Option<Vec<i64>>,
    /// `dingMemberStatus`.
    pub ding_member_status: Option<String>,
    /// `isActive`.
    pub is_active: Option<bool>,
    /// `memberName`.
    pub member_name: Option<String>,
    /// `memberTitle`.
    pub member_title: Option<String>,
    /// `memberWorkNumber`.
    pub member_work_number: Option<String>,
    /// `roleInfoList`.
    pub role_info_list: Option<Vec<SupplyGetMemberResponseBodyResultRoleInfoList>>,
    /// `supplyNodeList`.
    pub supply_node_list: Option<Vec<i64>>,
}
rt::impl_deserialize! {
    SupplyGetMemberResponseBodyResult { "deptIdList" => read_field(dept_id_list),
    "dingMemberStatus" => read_field(ding_member_status), "isActive" =>
    read_field(is_active), "memberName" => read_field(member_name), "memberTitle" =>
    read_field(member_title), "memberWorkNumber" => read_field(member_work_number),
    "roleInfoList" => read_field(role_info_list), "supplyNodeList" =>
    read_field(supply_node_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyGetMemberResponseBodyResult { "deptIdList" => optional(dept_id_list),
    "dingMemberStatus" => optional(ding_member_status), "isActive" =>
    optional(is_active), "memberName" => optional(member_name), "memberTitle" =>
    optional(member_title), "memberWorkNumber" => optional(member_work_number),
    "roleInfoList" => optional(role_info_list), "supplyNodeList" =>
    optional(supply_node_list) }
}
/// `SupplyListDeptMembersResponseBodyList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyListDeptMembersResponseBodyList {
    /// `dingMemberStatus`.
    pub ding_member_status: Option<String>,
    /// `isActive`.
    pub is_active: Option<bool>,
    /// `memberName`.
    pub member_name: Option<String>,
    /// `memberTitle`.
    pub member_title: Option<String>,
    /// `memberWorkNumber`.
    pub member_work_number: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    SupplyListDeptMembersResponseBodyList { "dingMemberStatus" =>
    read_field(ding_member_status), "isActive" => read_field(is_active), "memberName" =>
    read_field(member_name), "memberTitle" => read_field(member_title),
    "memberWorkNumber" => read_field(member_work_number), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyListDeptMembersResponseBodyList { "dingMemberStatus" =>
    optional(ding_member_status), "isActive" => optional(is_active), "memberName" =>
    optional(member_name), "memberTitle" => optional(member_title), "memberWorkNumber" =>
    optional(member_work_number), "unionId" => optional(union_id), "userId" =>
    optional(user_id) }
}
/// `SupplyListPartnerAdminsResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyListPartnerAdminsResponseBodyResult {
    /// `name`.
    pub name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    SupplyListPartnerAdminsResponseBodyResult { "name" => read_field(name), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyListPartnerAdminsResponseBodyResult { "name" => optional(name), "unionId" =>
    optional(union_id), "userId" => optional(user_id) }
}
/// `SupplyListPartnerManagersResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyListPartnerManagersResponseBodyResult {
    /// `deptId`.
    pub dept_id: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `interfaceType`.
    pub interface_type: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    SupplyListPartnerManagersResponseBodyResult { "deptId" => read_field(dept_id),
    "deptName" => read_field(dept_name), "interfaceType" => read_field(interface_type),
    "userId" => read_field(user_id), "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyListPartnerManagersResponseBodyResult { "deptId" => optional(dept_id),
    "deptName" => optional(dept_name), "interfaceType" => optional(interface_type),
    "userId" => optional(user_id), "userName" => optional(user_name) }
}
/// `SupplyListPartnerTypeResponseBodyResult`, a model several operations share: also named [`SupplyQueryPartnerTypeResponseBodyResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyListPartnerTypeResponseBodyResult {
    /// `labelId`.
    pub label_id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `superId`.
    pub super_id: Option<i64>,
}
rt::impl_deserialize! {
    SupplyListPartnerTypeResponseBodyResult { "labelId" => read_field(label_id), "name"
    => read_field(name), "superId" => read_field(super_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyListPartnerTypeResponseBodyResult { "labelId" => optional(label_id), "name" =>
    optional(name), "superId" => optional(super_id) }
}
/// `SupplyListRoleResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyListRoleResponseBodyResult {
    /// `isRoleGroup`.
    pub is_role_group: Option<bool>,
    /// `roleId`.
    pub role_id: Option<String>,
    /// `roleName`.
    pub role_name: Option<String>,
}
rt::impl_deserialize! {
    SupplyListRoleResponseBodyResult { "isRoleGroup" => read_field(is_role_group),
    "roleId" => read_field(role_id), "roleName" => read_field(role_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyListRoleResponseBodyResult { "isRoleGroup" => optional(is_role_group), "roleId"
    => optional(role_id), "roleName" => optional(role_name) }
}
/// `SupplyListSubDeptResponseBodyResult`: the same model as [`SupplyChainQueryDeptInfoResponseBodyResult`].
pub type SupplyListSubDeptResponseBodyResult = SupplyChainQueryDeptInfoResponseBodyResult;
/// `SupplyQueryPartnerTypeResponseBodyResult`: the same model as [`SupplyListPartnerTypeResponseBodyResult`].
pub type SupplyQueryPartnerTypeResponseBodyResult = SupplyListPartnerTypeResponseBodyResult;
/// `AiTrainingDetailResponseBodyResultProductInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AiTrainingDetailResponseBodyResultProductInfoList {
    /// `attribute`.
    pub attribute: Option<String>,
    /// `brand`.
    pub brand: Option<String>,
    /// `category`.
    pub category: Option<String>,
    /// `currency`.
    pub currency: Option<String>,
    /// `imageUrls`.
    pub image_urls: Option<Vec<String>>,
    /// `price`.
    pub price: Option<i64>,
    /// `productCode`.
    pub product_code: Option<String>,
    /// `productFab`.
    pub product_fab: Option<String>,
    /// `productId`.
    pub product_id: Option<i64>,
    /// `productInfo`.
    pub product_info: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `relatedType`.
    pub related_type: Option<String>,
}
rt::impl_deserialize! {
    AiTrainingDetailResponseBodyResultProductInfoList { "attribute" =>
    read_field(attribute), "brand" => read_field(brand), "category" =>
    read_field(category), "currency" => read_field(currency), "imageUrls" =>
    read_field(image_urls), "price" => read_field(price), "productCode" =>
    read_field(product_code), "productFab" => read_field(product_fab), "productId" =>
    read_field(product_id), "productInfo" => read_field(product_info), "productName" =>
    read_field(product_name), "relatedType" => read_field(related_type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AiTrainingDetailResponseBodyResultProductInfoList { "attribute" =>
    optional(attribute), "brand" => optional(brand), "category" => optional(category),
    "currency" => optional(currency), "imageUrls" => optional(image_urls), "price" =>
    optional(price), "productCode" => optional(product_code), "productFab" =>
    optional(product_fab), "productId" => optional(product_id), "productInfo" =>
    optional(product_info), "productName" => optional(product_name), "relatedType" =>
    optional(related_type) }
}
/// `AiTrainingDetailResponseBodyResultTaskInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AiTrainingDetailResponseBodyResultTaskInfo {
    /// `description`.
    pub description: Option<String>,
    /// `taskId`.
    pub task_id: Option<i64>,
    /// `taskName`.
    pub task_name: Option<String>,
}
rt::impl_deserialize! {
    AiTrainingDetailResponseBodyResultTaskInfo { "description" =>
    read_field(description), "taskId" => read_field(task_id), "taskName" =>
    read_field(task_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AiTrainingDetailResponseBodyResultTaskInfo { "description" => optional(description),
    "taskId" => optional(task_id), "taskName" => optional(task_name) }
}
/// `BatchGetTaskResultResponseBodyTasksResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetTaskResultResponseBodyTasksResult {
    /// `audioText`.
    pub audio_text: Option<String>,
    /// `audioTextFormatted`.
    pub audio_text_formatted: Option<String>,
    /// `date`.
    pub date: Option<String>,
    /// `desc`.
    pub desc: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `items`.
    pub items: Option<Vec<BatchGetTaskResultResponseBodyTasksResultItems>>,
    /// `name`.
    pub name: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    BatchGetTaskResultResponseBodyTasksResult { "audioText" => read_field(audio_text),
    "audioTextFormatted" => read_field(audio_text_formatted), "date" => read_field(date),
    "desc" => read_field(desc), "id" => read_field(id), "items" => read_field(items),
    "name" => read_field(name), "summary" => read_field(summary), "total" =>
    read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetTaskResultResponseBodyTasksResult { "audioText" => optional(audio_text),
    "audioTextFormatted" => optional(audio_text_formatted), "date" => optional(date),
    "desc" => optional(desc), "id" => optional(id), "items" => optional(items), "name" =>
    optional(name), "summary" => optional(summary), "total" => optional(total) }
}
/// `CirclePostDetailResponseBodyResultProducts`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CirclePostDetailResponseBodyResultProducts {
    /// `id`.
    pub id: Option<i64>,
    /// `price`.
    pub price: Option<i64>,
    /// `productCode`.
    pub product_code: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
}
rt::impl_deserialize! {
    CirclePostDetailResponseBodyResultProducts { "id" => read_field(id), "price" =>
    read_field(price), "productCode" => read_field(product_code), "productName" =>
    read_field(product_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CirclePostDetailResponseBodyResultProducts { "id" => optional(id), "price" =>
    optional(price), "productCode" => optional(product_code), "productName" =>
    optional(product_name) }
}
/// `CirclePostDetailResponseBodyResultTagList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CirclePostDetailResponseBodyResultTagList {
    /// `tagColor`.
    pub tag_color: Option<String>,
    /// `tagId`.
    pub tag_id: Option<i64>,
    /// `tagName`.
    pub tag_name: Option<String>,
}
rt::impl_deserialize! {
    CirclePostDetailResponseBodyResultTagList { "tagColor" => read_field(tag_color),
    "tagId" => read_field(tag_id), "tagName" => read_field(tag_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CirclePostDetailResponseBodyResultTagList { "tagColor" => optional(tag_color),
    "tagId" => optional(tag_id), "tagName" => optional(tag_name) }
}
/// `CirclePostRecordResponseBodyResultPostsList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CirclePostRecordResponseBodyResultPostsList {
    /// `content`.
    pub content: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `postId`.
    pub post_id: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    CirclePostRecordResponseBodyResultPostsList { "content" => read_field(content),
    "gmtCreate" => read_field(gmt_create), "postId" => read_field(post_id), "title" =>
    read_field(title), "userName" => read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CirclePostRecordResponseBodyResultPostsList { "content" => optional(content),
    "gmtCreate" => optional(gmt_create), "postId" => optional(post_id), "title" =>
    optional(title), "userName" => optional(user_name) }
}
/// `DigitalStoreCardRecordResponseBodyContentDetailList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DigitalStoreCardRecordResponseBodyContentDetailList {
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `readStatusStr`.
    pub read_status_str: Option<String>,
    /// `readTime`.
    pub read_time: Option<i64>,
    /// `roleName`.
    pub role_name: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
}
rt::impl_deserialize! {
    DigitalStoreCardRecordResponseBodyContentDetailList { "deptName" =>
    read_field(dept_name), "readStatusStr" => read_field(read_status_str), "readTime" =>
    read_field(read_time), "roleName" => read_field(role_name), "userName" =>
    read_field(user_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DigitalStoreCardRecordResponseBodyContentDetailList { "deptName" =>
    optional(dept_name), "readStatusStr" => optional(read_status_str), "readTime" =>
    optional(read_time), "roleName" => optional(role_name), "userName" =>
    optional(user_name) }
}
/// `GetConvertResultResponseBodyResultOutputInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetConvertResultResponseBodyResultOutputInfo {
    /// `content`.
    pub content: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<f64>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `fileUrl`.
    pub file_url: Option<String>,
}
rt::impl_deserialize! {
    GetConvertResultResponseBodyResultOutputInfo { "content" => read_field(content),
    "fileName" => read_field(file_name), "fileSize" => read_field(file_size), "fileType"
    => read_field(file_type), "fileUrl" => read_field(file_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetConvertResultResponseBodyResultOutputInfo { "content" => optional(content),
    "fileName" => optional(file_name), "fileSize" => optional(file_size), "fileType" =>
    optional(file_type), "fileUrl" => optional(file_url) }
}
/// `GetTaskPackageResultResponseBodyTasksResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskPackageResultResponseBodyTasksResult {
    /// `audioText`.
    pub audio_text: Option<String>,
    /// `audioTextFormatted`.
    pub audio_text_formatted: Option<String>,
    /// `date`.
    pub date: Option<String>,
    /// `desc`.
    pub desc: Option<String>,
    /// `formName`.
    pub form_name: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `items`.
    pub items: Option<Vec<GetTaskPackageResultResponseBodyTasksResultItems>>,
    /// `name`.
    pub name: Option<String>,
    /// `parseText`.
    pub parse_text: Option<String>,
    /// `rawData`.
    pub raw_data: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `total`.
    pub total: Option<i64>,
}
rt::impl_deserialize! {
    GetTaskPackageResultResponseBodyTasksResult { "audioText" => read_field(audio_text),
    "audioTextFormatted" => read_field(audio_text_formatted), "date" => read_field(date),
    "desc" => read_field(desc), "formName" => read_field(form_name), "id" =>
    read_field(id), "items" => read_field(items), "name" => read_field(name), "parseText"
    => read_field(parse_text), "rawData" => read_field(raw_data), "summary" =>
    read_field(summary), "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskPackageResultResponseBodyTasksResult { "audioText" => optional(audio_text),
    "audioTextFormatted" => optional(audio_text_formatted), "date" => optional(date),
    "desc" => optional(desc), "formName" => optional(form_name), "id" => optional(id),
    "items" => optional(items), "name" => optional(name), "parseText" =>
    optional(parse_text), "rawData" => optional(raw_data), "summary" =>
    optional(summary), "total" => optional(total) }
}
/// `QueryAllDepartmentResponseBodyContentDeptAndExt`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllDepartmentResponseBodyContentDeptAndExt {
    /// `department`.
    pub department: Option<QueryAllDepartmentResponseBodyContentDeptAndExtDepartment>,
    /// `extendInfos`.
    pub extend_infos: Option<
        Vec<QueryAllDepartmentResponseBodyContentDeptAndExtExtendInfos>,
    >,
}
rt::impl_deserialize! {
    QueryAllDepartmentResponseBodyContentDeptAndExt { "department" =>
    read_field(department), "extendInfos" => read_field(extend_infos) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllDepartmentResponseBodyContentDeptAndExt { "department" =>
    optional(department), "extendInfos" => optional(extend_infos) }
}
/// `QueryAllDepartmentResponseBodyContentGroupAndExtList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllDepartmentResponseBodyContentGroupAndExtList {
    /// `extendInfos`.
    pub extend_infos: Option<
        Vec<QueryAllDepartmentResponseBodyContentGroupAndExtListExtendInfos>,
    >,
    /// `group`.
    pub group: Option<QueryAllDepartmentResponseBodyContentGroupAndExtListGroup>,
}
rt::impl_deserialize! {
    QueryAllDepartmentResponseBodyContentGroupAndExtList { "extendInfos" =>
    read_field(extend_infos), "group" => read_field(group) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllDepartmentResponseBodyContentGroupAndExtList { "extendInfos" =>
    optional(extend_infos), "group" => optional(group) }
}
/// `QueryConvertRulesResponseBodyResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryConvertRulesResponseBodyResultItems {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<f64>,
    /// `gmtModified`.
    pub gmt_modified: Option<f64>,
    /// `name`.
    pub name: Option<String>,
    /// `ruleBizId`.
    pub rule_biz_id: Option<String>,
    /// `sourceFiles`.
    pub source_files: Option<Vec<QueryConvertRulesResponseBodyResultItemsSourceFiles>>,
    /// `targetFiles`.
    pub target_files: Option<Vec<QueryConvertRulesResponseBodyResultItemsTargetFiles>>,
}
rt::impl_deserialize! {
    QueryConvertRulesResponseBodyResultItems { "corpId" => read_field(corp_id),
    "description" => read_field(description), "gmtCreate" => read_field(gmt_create),
    "gmtModified" => read_field(gmt_modified), "name" => read_field(name), "ruleBizId" =>
    read_field(rule_biz_id), "sourceFiles" => read_field(source_files), "targetFiles" =>
    read_field(target_files) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConvertRulesResponseBodyResultItems { "corpId" => optional(corp_id),
    "description" => optional(description), "gmtCreate" => optional(gmt_create),
    "gmtModified" => optional(gmt_modified), "name" => optional(name), "ruleBizId" =>
    optional(rule_biz_id), "sourceFiles" => optional(source_files), "targetFiles" =>
    optional(target_files) }
}
/// `QueryDepartmentInfoResponseBodyContentDepartment`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDepartmentInfoResponseBodyContentDepartment {
    /// `deptCode`.
    pub dept_code: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `deptOrder`.
    pub dept_order: Option<i64>,
    /// `deptStatus`.
    pub dept_status: Option<i64>,
    /// `deptType`.
    pub dept_type: Option<i64>,
    /// `gmtCreateStr`.
    pub gmt_create_str: Option<String>,
    /// `gmtModifiedStr`.
    pub gmt_modified_str: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `parentDeptCode`.
    pub parent_dept_code: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `wardIdList`.
    pub ward_id_list: Option<Vec<i64>>,
}
rt::impl_deserialize! {
    QueryDepartmentInfoResponseBodyContentDepartment { "deptCode" =>
    read_field(dept_code), "deptName" => read_field(dept_name), "deptOrder" =>
    read_field(dept_order), "deptStatus" => read_field(dept_status), "deptType" =>
    read_field(dept_type), "gmtCreateStr" => read_field(gmt_create_str), "gmtModifiedStr"
    => read_field(gmt_modified_str), "id" => read_field(id), "name" => read_field(name),
    "parentDeptCode" => read_field(parent_dept_code), "remark" => read_field(remark),
    "wardIdList" => read_field(ward_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDepartmentInfoResponseBodyContentDepartment { "deptCode" => optional(dept_code),
    "deptName" => optional(dept_name), "deptOrder" => optional(dept_order), "deptStatus"
    => optional(dept_status), "deptType" => optional(dept_type), "gmtCreateStr" =>
    optional(gmt_create_str), "gmtModifiedStr" => optional(gmt_modified_str), "id" =>
    optional(id), "name" => optional(name), "parentDeptCode" =>
    optional(parent_dept_code), "remark" => optional(remark), "wardIdList" =>
    optional(ward_id_list) }
}
/// `QueryDepartmentInfoResponseBodyContentExtendInfos`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDepartmentInfoResponseBodyContentExtendInfos {
    /// `deptCode`.
    pub dept_code: Option<String>,
    /// `deptExtendDisplayName`.
    pub dept_extend_display_name: Option<String>,
    /// `deptExtendKey`.
    pub dept_extend_key: Option<String>,
    /// `deptExtendValue`.
    pub dept_extend_value: Option<String>,
    /// `gmtCreateStr`.
    pub gmt_create_str: Option<String>,
    /// `gmtModifiedStr`.
    pub gmt_modified_str: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    QueryDepartmentInfoResponseBodyContentExtendInfos { "deptCode" =>
    read_field(dept_code), "deptExtendDisplayName" =>
    read_field(dept_extend_display_name), "deptExtendKey" => read_field(dept_extend_key),
    "deptExtendValue" => read_field(dept_extend_value), "gmtCreateStr" =>
    read_field(gmt_create_str), "gmtModifiedStr" => read_field(gmt_modified_str), "id" =>
    read_field(id), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDepartmentInfoResponseBodyContentExtendInfos { "deptCode" =>
    optional(dept_code), "deptExtendDisplayName" => optional(dept_extend_display_name),
    "deptExtendKey" => optional(dept_extend_key), "deptExtendValue" =>
    optional(dept_extend_value), "gmtCreateStr" => optional(gmt_create_str),
    "gmtModifiedStr" => optional(gmt_modified_str), "id" => optional(id), "status" =>
    optional(status) }
}
/// `QueryDoctorDetailsByJobNumberResponseBodyContentDeptList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDoctorDetailsByJobNumberResponseBodyContentDeptList {
    /// `categoryName`.
    pub category_name: Option<String>,
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<String>,
    /// `gmtModified`.
    pub gmt_modified: Option<String>,
    /// `relationId`.
    pub relation_id: Option<i64>,
}
rt::impl_deserialize! {
    QueryDoctorDetailsByJobNumberResponseBodyContentDeptList { "categoryName" =>
    read_field(category_name), "deptId" => read_field(dept_id), "deptName" =>
    read_field(dept_name), "gmtCreate" => read_field(gmt_create), "gmtModified" =>
    read_field(gmt_modified), "relationId" => read_field(relation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDoctorDetailsByJobNumberResponseBodyContentDeptList { "categoryName" =>
    optional(category_name), "deptId" => optional(dept_id), "deptName" =>
    optional(dept_name), "gmtCreate" => optional(gmt_create), "gmtModified" =>
    optional(gmt_modified), "relationId" => optional(relation_id) }
}
/// `QueryDoctorDetailsByJobNumberResponseBodyContentGroupList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDoctorDetailsByJobNumberResponseBodyContentGroupList {
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `groupId`.
    pub group_id: Option<i64>,
    /// `groupName`.
    pub group_name: Option<String>,
    /// `isAssessGroup`.
    pub is_assess_group: Option<String>,
    /// `isLeader`.
    pub is_leader: Option<bool>,
    /// `relationId`.
    pub relation_id: Option<i64>,
}
rt::impl_deserialize! {
    QueryDoctorDetailsByJobNumberResponseBodyContentGroupList { "deptId" =>
    read_field(dept_id), "deptName" => read_field(dept_name), "groupId" =>
    read_field(group_id), "groupName" => read_field(group_name), "isAssessGroup" =>
    read_field(is_assess_group), "isLeader" => read_field(is_leader), "relationId" =>
    read_field(relation_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDoctorDetailsByJobNumberResponseBodyContentGroupList { "deptId" =>
    optional(dept_id), "deptName" => optional(dept_name), "groupId" =>
    optional(group_id), "groupName" => optional(group_name), "isAssessGroup" =>
    optional(is_assess_group), "isLeader" => optional(is_leader), "relationId" =>
    optional(relation_id) }
}
/// `QueryDoctorDetailsByJobNumberResponseBodyContentJobStatus`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDoctorDetailsByJobNumberResponseBodyContentJobStatus {
    /// `code`.
    pub code: Option<String>,
    /// `statusName`.
    pub status_name: Option<String>,
}
rt::impl_deserialize! {
    QueryDoctorDetailsByJobNumberResponseBodyContentJobStatus { "code" =>
    read_field(code), "statusName" => read_field(status_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDoctorDetailsByJobNumberResponseBodyContentJobStatus { "code" => optional(code),
    "statusName" => optional(status_name) }
}
/// `QueryDoctorDetailsByJobNumberResponseBodyContentProfessionalTitle`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDoctorDetailsByJobNumberResponseBodyContentProfessionalTitle {
    /// `code`.
    pub code: Option<String>,
    /// `professionalTitleCategory`.
    pub professional_title_category: Option<String>,
    /// `professionalTitleDetail`.
    pub professional_title_detail: Option<String>,
}
rt::impl_deserialize! {
    QueryDoctorDetailsByJobNumberResponseBodyContentProfessionalTitle { "code" =>
    read_field(code), "professionalTitleCategory" =>
    read_field(professional_title_category), "professionalTitleDetail" =>
    read_field(professional_title_detail) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDoctorDetailsByJobNumberResponseBodyContentProfessionalTitle { "code" =>
    optional(code), "professionalTitleCategory" => optional(professional_title_category),
    "professionalTitleDetail" => optional(professional_title_detail) }
}
/// `QueryDoctorDetailsByJobNumberResponseBodyContentUserProbList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryDoctorDetailsByJobNumberResponseBodyContentUserProbList {
    /// `code`.
    pub code: Option<String>,
    /// `userPropertyName`.
    pub user_property_name: Option<String>,
}
rt::impl_deserialize! {
    QueryDoctorDetailsByJobNumberResponseBodyContentUserProbList { "code" =>
    read_field(code), "userPropertyName" => read_field(user_property_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryDoctorDetailsByJobNumberResponseBodyContentUserProbList { "code" =>
    optional(code), "userPropertyName" => optional(user_property_name) }
}
/// `QueryGroupInfoResponseBodyContentExtendInfos`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupInfoResponseBodyContentExtendInfos {
    /// `deptCode`.
    pub dept_code: Option<String>,
    /// `deptExtendDisplayName`.
    pub dept_extend_display_name: Option<String>,
    /// `deptExtendKey`.
    pub dept_extend_key: Option<String>,
    /// `deptExtendValue`.
    pub dept_extend_value: Option<String>,
    /// `gmtCreateStr`.
    pub gmt_create_str: Option<String>,
    /// `gmtModifiedStr`.
    pub gmt_modified_str: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    QueryGroupInfoResponseBodyContentExtendInfos { "deptCode" => read_field(dept_code),
    "deptExtendDisplayName" => read_field(dept_extend_display_name), "deptExtendKey" =>
    read_field(dept_extend_key), "deptExtendValue" => read_field(dept_extend_value),
    "gmtCreateStr" => read_field(gmt_create_str), "gmtModifiedStr" =>
    read_field(gmt_modified_str), "id" => read_field(id), "status" => read_field(status)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupInfoResponseBodyContentExtendInfos { "deptCode" => optional(dept_code),
    "deptExtendDisplayName" => optional(dept_extend_display_name), "deptExtendKey" =>
    optional(dept_extend_key), "deptExtendValue" => optional(dept_extend_value),
    "gmtCreateStr" => optional(gmt_create_str), "gmtModifiedStr" =>
    optional(gmt_modified_str), "id" => optional(id), "status" => optional(status) }
}
/// `QueryGroupInfoResponseBodyContentGroup`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupInfoResponseBodyContentGroup {
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `deptStatus`.
    pub dept_status: Option<i64>,
    /// `gmtCreateStr`.
    pub gmt_create_str: Option<String>,
    /// `gmtModifiedStr`.
    pub gmt_modified_str: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `leader`.
    pub leader: Option<QueryGroupInfoResponseBodyContentGroupLeader>,
    /// `name`.
    pub name: Option<String>,
    /// `parentDeptCode`.
    pub parent_dept_code: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
}
rt::impl_deserialize! {
    QueryGroupInfoResponseBodyContentGroup { "deptId" => read_field(dept_id),
    "deptStatus" => read_field(dept_status), "gmtCreateStr" =>
    read_field(gmt_create_str), "gmtModifiedStr" => read_field(gmt_modified_str), "id" =>
    read_field(id), "leader" => read_field(leader), "name" => read_field(name),
    "parentDeptCode" => read_field(parent_dept_code), "remark" => read_field(remark) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupInfoResponseBodyContentGroup { "deptId" => optional(dept_id), "deptStatus"
    => optional(dept_status), "gmtCreateStr" => optional(gmt_create_str),
    "gmtModifiedStr" => optional(gmt_modified_str), "id" => optional(id), "leader" =>
    optional(leader), "name" => optional(name), "parentDeptCode" =>
    optional(parent_dept_code), "remark" => optional(remark) }
}
/// `QueryOrderConvertResultResponseBodyResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrderConvertResultResponseBodyResultItems {
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `createTime`.
    pub create_time: Option<i64>,
    /// `creatorName`.
    pub creator_name: Option<String>,
    /// `outputInfo`.
    pub output_info: Option<QueryOrderConvertResultResponseBodyResultItemsOutputInfo>,
    /// `status`.
    pub status: Option<String>,
    /// `taskBizId`.
    pub task_biz_id: Option<String>,
    /// `title`.
    pub title: Option<String>,
}
rt::impl_deserialize! {
    QueryOrderConvertResultResponseBodyResultItems { "corpId" => read_field(corp_id),
    "createTime" => read_field(create_time), "creatorName" => read_field(creator_name),
    "outputInfo" => read_field(output_info), "status" => read_field(status), "taskBizId"
    => read_field(task_biz_id), "title" => read_field(title) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrderConvertResultResponseBodyResultItems { "corpId" => optional(corp_id),
    "createTime" => optional(create_time), "creatorName" => optional(creator_name),
    "outputInfo" => optional(output_info), "status" => optional(status), "taskBizId" =>
    optional(task_biz_id), "title" => optional(title) }
}
/// `QueryUserCredentialsResponseBodyContentCredentialList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserCredentialsResponseBodyContentCredentialList {
    /// `credentialName`.
    pub credential_name: Option<String>,
    /// `credentialType`.
    pub credential_type: Option<i64>,
    /// `termOfValidity`.
    pub term_of_validity: Option<String>,
}
rt::impl_deserialize! {
    QueryUserCredentialsResponseBodyContentCredentialList { "credentialName" =>
    read_field(credential_name), "credentialType" => read_field(credential_type),
    "termOfValidity" => read_field(term_of_validity) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserCredentialsResponseBodyContentCredentialList { "credentialName" =>
    optional(credential_name), "credentialType" => optional(credential_type),
    "termOfValidity" => optional(term_of_validity) }
}
/// `QueryUserInfoResponseBodyContentDept`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserInfoResponseBodyContentDept {
    /// `gmtCreateStr`.
    pub gmt_create_str: Option<String>,
    /// `gmtModifiedStr`.
    pub gmt_modified_str: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `relId`.
    pub rel_id: Option<i64>,
}
rt::impl_deserialize! {
    QueryUserInfoResponseBodyContentDept { "gmtCreateStr" => read_field(gmt_create_str),
    "gmtModifiedStr" => read_field(gmt_modified_str), "id" => read_field(id), "name" =>
    read_field(name), "relId" => read_field(rel_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserInfoResponseBodyContentDept { "gmtCreateStr" => optional(gmt_create_str),
    "gmtModifiedStr" => optional(gmt_modified_str), "id" => optional(id), "name" =>
    optional(name), "relId" => optional(rel_id) }
}
/// `QueryUserInfoResponseBodyContentGroup`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserInfoResponseBodyContentGroup {
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `gmtCreateStr`.
    pub gmt_create_str: Option<String>,
    /// `gmtModifiedStr`.
    pub gmt_modified_str: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `relId`.
    pub rel_id: Option<i64>,
}
rt::impl_deserialize! {
    QueryUserInfoResponseBodyContentGroup { "deptId" => read_field(dept_id), "deptName"
    => read_field(dept_name), "gmtCreateStr" => read_field(gmt_create_str),
    "gmtModifiedStr" => read_field(gmt_modified_str), "id" => read_field(id), "name" =>
    read_field(name), "relId" => read_field(rel_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserInfoResponseBodyContentGroup { "deptId" => optional(dept_id), "deptName" =>
    optional(dept_name), "gmtCreateStr" => optional(gmt_create_str), "gmtModifiedStr" =>
    optional(gmt_modified_str), "id" => optional(id), "name" => optional(name), "relId"
    => optional(rel_id) }
}
/// `QueryUserInfoResponseBodyContentJob`, a model several operations share: also named [`QueryUserInfoResponseBodyContentJobStatus`], [`QueryUserInfoResponseBodyContentJobStatusList`], [`QueryUserInfoResponseBodyContentUserProb`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryUserInfoResponseBodyContentJob {
    /// `bizType`.
    pub biz_type: Option<String>,
    /// `category`.
    pub category: Option<String>,
    /// `code`.
    pub code: Option<String>,
    /// `displayName`.
    pub display_name: Option<String>,
}
rt::impl_deserialize! {
    QueryUserInfoResponseBodyContentJob { "bizType" => read_field(biz_type), "category"
    => read_field(category), "code" => read_field(code), "displayName" =>
    read_field(display_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryUserInfoResponseBodyContentJob { "bizType" => optional(biz_type), "category" =>
    optional(category), "code" => optional(code), "displayName" => optional(display_name)
    }
}
/// `QueryUserInfoResponseBodyContentJobStatus`: the same model as [`QueryUserInfoResponseBodyContentJob`].
pub type QueryUserInfoResponseBodyContentJobStatus = QueryUserInfoResponseBodyContentJob;
/// `QueryUserInfoResponseBodyContentJobStatusList`: the same model as [`QueryUserInfoResponseBodyContentJob`].
pub type QueryUserInfoResponseBodyContentJobStatusList = QueryUserInfoResponseBodyContentJob;
/// `QueryUserInfoResponseBodyContentUserProb`: the same model as [`QueryUserInfoResponseBodyContentJob`].
pub type QueryUserInfoResponseBodyContentUserProb = QueryUserInfoResponseBodyContentJob;
/// `SupplyChainQueryDeptInfoResponseBodyResultPartnerTypeInfoList`, a model several operations share: also named [`SupplyListSubDeptResponseBodyResultPartnerTypeInfoList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyChainQueryDeptInfoResponseBodyResultPartnerTypeInfoList {
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `superId`.
    pub super_id: Option<i64>,
    /// `superName`.
    pub super_name: Option<String>,
}
rt::impl_deserialize! {
    SupplyChainQueryDeptInfoResponseBodyResultPartnerTypeInfoList { "id" =>
    read_field(id), "name" => read_field(name), "superId" => read_field(super_id),
    "superName" => read_field(super_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyChainQueryDeptInfoResponseBodyResultPartnerTypeInfoList { "id" => optional(id),
    "name" => optional(name), "superId" => optional(super_id), "superName" =>
    optional(super_name) }
}
/// `SupplyGetMemberResponseBodyResultRoleInfoList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct SupplyGetMemberResponseBodyResultRoleInfoList {
    /// `roleId`.
    pub role_id: Option<String>,
    /// `roleName`.
    pub role_name: Option<String>,
}
rt::impl_deserialize! {
    SupplyGetMemberResponseBodyResultRoleInfoList { "roleId" => read_field(role_id),
    "roleName" => read_field(role_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    SupplyGetMemberResponseBodyResultRoleInfoList { "roleId" => optional(role_id),
    "roleName" => optional(role_name) }
}
/// `SupplyListSubDeptResponseBodyResultPartnerTypeInfoList`: the same model as [`SupplyChainQueryDeptInfoResponseBodyResultPartnerTypeInfoList`].
pub type SupplyListSubDeptResponseBodyResultPartnerTypeInfoList = SupplyChainQueryDeptInfoResponseBodyResultPartnerTypeInfoList;
/// `BatchGetTaskResultResponseBodyTasksResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetTaskResultResponseBodyTasksResultItems {
    /// `info`.
    pub info: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `point`.
    pub point: Option<i64>,
    /// `reference`.
    pub reference: Option<String>,
    /// `referenceFrame`.
    pub reference_frame: Option<Vec<String>>,
    /// `subs`.
    pub subs: Option<Vec<BatchGetTaskResultResponseBodyTasksResultItemsSubs>>,
}
rt::impl_deserialize! {
    BatchGetTaskResultResponseBodyTasksResultItems { "info" => read_field(info), "name"
    => read_field(name), "point" => read_field(point), "reference" =>
    read_field(reference), "referenceFrame" => read_field(reference_frame), "subs" =>
    read_field(subs) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetTaskResultResponseBodyTasksResultItems { "info" => optional(info), "name" =>
    optional(name), "point" => optional(point), "reference" => optional(reference),
    "referenceFrame" => optional(reference_frame), "subs" => optional(subs) }
}
/// `GetTaskPackageResultResponseBodyTasksResultItems`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetTaskPackageResultResponseBodyTasksResultItems {
    /// `advantages`.
    pub advantages: Option<String>,
    /// `fabReference`.
    pub fab_reference: Option<String>,
    /// `info`.
    pub info: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `point`.
    pub point: Option<i64>,
    /// `reference`.
    pub reference: Option<String>,
    /// `res`.
    pub res: Option<bool>,
    /// `suggestion`.
    pub suggestion: Option<String>,
}
rt::impl_deserialize! {
    GetTaskPackageResultResponseBodyTasksResultItems { "advantages" =>
    read_field(advantages), "fabReference" => read_field(fab_reference), "info" =>
    read_field(info), "name" => read_field(name), "point" => read_field(point),
    "reference" => read_field(reference), "res" => read_field(res), "suggestion" =>
    read_field(suggestion) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetTaskPackageResultResponseBodyTasksResultItems { "advantages" =>
    optional(advantages), "fabReference" => optional(fab_reference), "info" =>
    optional(info), "name" => optional(name), "point" => optional(point), "reference" =>
    optional(reference), "res" => optional(res), "suggestion" => optional(suggestion) }
}
/// `QueryAllDepartmentResponseBodyContentDeptAndExtDepartment`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllDepartmentResponseBodyContentDeptAndExtDepartment {
    /// `deptCode`.
    pub dept_code: Option<String>,
    /// `deptName`.
    pub dept_name: Option<String>,
    /// `deptOrder`.
    pub dept_order: Option<i64>,
    /// `deptStatus`.
    pub dept_status: Option<i64>,
    /// `deptType`.
    pub dept_type: Option<i64>,
    /// `gmtCreateStr`.
    pub gmt_create_str: Option<String>,
    /// `gmtModifiedStr`.
    pub gmt_modified_str: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `name`.
    pub name: Option<String>,
    /// `parentDeptCode`.
    pub parent_dept_code: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `wardIdList`.
    pub ward_id_list: Option<Vec<i64>>,
}
rt::impl_deserialize! {
    QueryAllDepartmentResponseBodyContentDeptAndExtDepartment { "deptCode" =>
    read_field(dept_code), "deptName" => read_field(dept_name), "deptOrder" =>
    read_field(dept_order), "deptStatus" => read_field(dept_status), "deptType" =>
    read_field(dept_type), "gmtCreateStr" => read_field(gmt_create_str), "gmtModifiedStr"
    => read_field(gmt_modified_str), "id" => read_field(id), "name" => read_field(name),
    "parentDeptCode" => read_field(parent_dept_code), "remark" => read_field(remark),
    "wardIdList" => read_field(ward_id_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllDepartmentResponseBodyContentDeptAndExtDepartment { "deptCode" =>
    optional(dept_code), "deptName" => optional(dept_name), "deptOrder" =>
    optional(dept_order), "deptStatus" => optional(dept_status), "deptType" =>
    optional(dept_type), "gmtCreateStr" => optional(gmt_create_str), "gmtModifiedStr" =>
    optional(gmt_modified_str), "id" => optional(id), "name" => optional(name),
    "parentDeptCode" => optional(parent_dept_code), "remark" => optional(remark),
    "wardIdList" => optional(ward_id_list) }
}
/// `QueryAllDepartmentResponseBodyContentDeptAndExtExtendInfos`: the same model as [`QueryDepartmentExtendInfoResponseBodyContent`].
pub type QueryAllDepartmentResponseBodyContentDeptAndExtExtendInfos = QueryDepartmentExtendInfoResponseBodyContent;
/// `QueryAllDepartmentResponseBodyContentGroupAndExtListExtendInfos`: the same model as [`QueryDepartmentExtendInfoResponseBodyContent`].
pub type QueryAllDepartmentResponseBodyContentGroupAndExtListExtendInfos = QueryDepartmentExtendInfoResponseBodyContent;
/// `QueryAllDepartmentResponseBodyContentGroupAndExtListGroup`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllDepartmentResponseBodyContentGroupAndExtListGroup {
    /// `deptId`.
    pub dept_id: Option<i64>,
    /// `deptStatus`.
    pub dept_status: Option<i64>,
    /// `gmtCreateStr`.
    pub gmt_create_str: Option<String>,
    /// `gmtModifiedStr`.
    pub gmt_modified_str: Option<String>,
    /// `id`.
    pub id: Option<i64>,
    /// `leader`.
    pub leader: Option<QueryAllDepartmentResponseBodyContentGroupAndExtListGroupLeader>,
    /// `name`.
    pub name: Option<String>,
    /// `parentDeptCode`.
    pub parent_dept_code: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
}
rt::impl_deserialize! {
    QueryAllDepartmentResponseBodyContentGroupAndExtListGroup { "deptId" =>
    read_field(dept_id), "deptStatus" => read_field(dept_status), "gmtCreateStr" =>
    read_field(gmt_create_str), "gmtModifiedStr" => read_field(gmt_modified_str), "id" =>
    read_field(id), "leader" => read_field(leader), "name" => read_field(name),
    "parentDeptCode" => read_field(parent_dept_code), "remark" => read_field(remark) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllDepartmentResponseBodyContentGroupAndExtListGroup { "deptId" =>
    optional(dept_id), "deptStatus" => optional(dept_status), "gmtCreateStr" =>
    optional(gmt_create_str), "gmtModifiedStr" => optional(gmt_modified_str), "id" =>
    optional(id), "leader" => optional(leader), "name" => optional(name),
    "parentDeptCode" => optional(parent_dept_code), "remark" => optional(remark) }
}
/// `QueryConvertRulesResponseBodyResultItemsSourceFiles`, a model several operations share: also named [`QueryConvertRulesResponseBodyResultItemsTargetFiles`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryConvertRulesResponseBodyResultItemsSourceFiles {
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<f64>,
    /// `fileTag`.
    pub file_tag: Option<String>,
    /// `mediaId`.
    pub media_id: Option<String>,
    /// `previewUrl`.
    pub preview_url: Option<String>,
}
rt::impl_deserialize! {
    QueryConvertRulesResponseBodyResultItemsSourceFiles { "fileName" =>
    read_field(file_name), "fileSize" => read_field(file_size), "fileTag" =>
    read_field(file_tag), "mediaId" => read_field(media_id), "previewUrl" =>
    read_field(preview_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryConvertRulesResponseBodyResultItemsSourceFiles { "fileName" =>
    optional(file_name), "fileSize" => optional(file_size), "fileTag" =>
    optional(file_tag), "mediaId" => optional(media_id), "previewUrl" =>
    optional(preview_url) }
}
/// `QueryConvertRulesResponseBodyResultItemsTargetFiles`: the same model as [`QueryConvertRulesResponseBodyResultItemsSourceFiles`].
pub type QueryConvertRulesResponseBodyResultItemsTargetFiles = QueryConvertRulesResponseBodyResultItemsSourceFiles;
/// `QueryGroupInfoResponseBodyContentGroupLeader`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryGroupInfoResponseBodyContentGroupLeader {
    /// `jobNumber`.
    pub job_number: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryGroupInfoResponseBodyContentGroupLeader { "jobNumber" => read_field(job_number),
    "name" => read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryGroupInfoResponseBodyContentGroupLeader { "jobNumber" => optional(job_number),
    "name" => optional(name), "userId" => optional(user_id) }
}
/// `QueryOrderConvertResultResponseBodyResultItemsOutputInfo`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryOrderConvertResultResponseBodyResultItemsOutputInfo {
    /// `content`.
    pub content: Option<String>,
    /// `fileName`.
    pub file_name: Option<String>,
    /// `fileSize`.
    pub file_size: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `fileUrl`.
    pub file_url: Option<String>,
}
rt::impl_deserialize! {
    QueryOrderConvertResultResponseBodyResultItemsOutputInfo { "content" =>
    read_field(content), "fileName" => read_field(file_name), "fileSize" =>
    read_field(file_size), "fileType" => read_field(file_type), "fileUrl" =>
    read_field(file_url) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryOrderConvertResultResponseBodyResultItemsOutputInfo { "content" =>
    optional(content), "fileName" => optional(file_name), "fileSize" =>
    optional(file_size), "fileType" => optional(file_type), "fileUrl" =>
    optional(file_url) }
}
/// `BatchGetTaskResultResponseBodyTasksResultItemsSubs`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchGetTaskResultResponseBodyTasksResultItemsSubs {
    /// `point`.
    pub point: Option<i64>,
    /// `reference`.
    pub reference: Option<String>,
    /// `referenceFrame`.
    pub reference_frame: Option<Vec<String>>,
    /// `subInfo`.
    pub sub_info: Option<String>,
    /// `subName`.
    pub sub_name: Option<String>,
}
rt::impl_deserialize! {
    BatchGetTaskResultResponseBodyTasksResultItemsSubs { "point" => read_field(point),
    "reference" => read_field(reference), "referenceFrame" =>
    read_field(reference_frame), "subInfo" => read_field(sub_info), "subName" =>
    read_field(sub_name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchGetTaskResultResponseBodyTasksResultItemsSubs { "point" => optional(point),
    "reference" => optional(reference), "referenceFrame" => optional(reference_frame),
    "subInfo" => optional(sub_info), "subName" => optional(sub_name) }
}
/// `QueryAllDepartmentResponseBodyContentGroupAndExtListGroupLeader`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryAllDepartmentResponseBodyContentGroupAndExtListGroupLeader {
    /// `jobNumber`.
    pub job_number: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    QueryAllDepartmentResponseBodyContentGroupAndExtListGroupLeader { "jobNumber" =>
    read_field(job_number), "name" => read_field(name), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryAllDepartmentResponseBodyContentGroupAndExtListGroupLeader { "jobNumber" =>
    optional(job_number), "name" => optional(name), "userId" => optional(user_id) }
}
/// The request of [`Api::ai_retail_product_add`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AiRetailProductAddRequest {
    /// `attribute`.
    pub attribute: Option<rt::BTreeMap<String, String>>,
    /// `barcodes`.
    pub barcodes: Option<Vec<String>>,
    /// `brand`.
    pub brand: Option<String>,
    /// `category`.
    pub category: Option<String>,
    /// `currecy`.
    pub currecy: Option<String>,
    /// `enable`.
    pub enable: Option<i64>,
    /// `imageFileIds`.
    pub image_file_ids: Option<Vec<String>>,
    /// `itemNumbers`.
    pub item_numbers: Option<Vec<String>>,
    /// `price`.
    pub price: Option<f64>,
    /// `productCode`.
    pub product_code: String,
    /// `productFab`.
    pub product_fab: Option<String>,
    /// `productInfo`.
    pub product_info: Option<String>,
    /// `productName`.
    pub product_name: String,
    /// `tag1`.
    pub tag1: Option<String>,
    /// `tag2`.
    pub tag2: Option<String>,
    /// `tag3`.
    pub tag3: Option<String>,
}
/// The required fields of [`AiRetailProductAddRequest`], each named where it is set: `AiRetailProductAddRequest::new(AiRetailProductAddRequired { .. })`.
pub struct AiRetailProductAddRequired {
    /// `productCode`: see [`AiRetailProductAddRequest::product_code`].
    pub product_code: String,
    /// `productName`: see [`AiRetailProductAddRequest::product_name`].
    pub product_name: String,
}
impl AiRetailProductAddRequest {
    /// A `AiRetailProductAddRequest` with its required fields (`productCode`, `productName`); set the others with the methods named after them.
    pub fn new(required: AiRetailProductAddRequired) -> Self {
        let AiRetailProductAddRequired { product_code, product_name } = required;
        Self {
            attribute: None,
            barcodes: None,
            brand: None,
            category: None,
            currecy: None,
            enable: None,
            image_file_ids: None,
            item_numbers: None,
            price: None,
            product_code,
            product_fab: None,
            product_info: None,
            product_name,
            tag1: None,
            tag2: None,
            tag3: None,
        }
    }
    /// Sets `attribute`.
    pub fn attribute(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.attribute = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `barcodes`.
    pub fn barcodes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.barcodes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `brand`.
    pub fn brand(mut self, value: impl Into<String>) -> Self {
        self.brand = Some(value.into());
        self
    }
    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }
    /// Sets `currecy`.
    pub fn currecy(mut self, value: impl Into<String>) -> Self {
        self.currecy = Some(value.into());
        self
    }
    /// Sets `enable`.
    pub fn enable(mut self, value: i64) -> Self {
        self.enable = Some(value);
        self
    }
    /// Sets `imageFileIds`.
    pub fn image_file_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.image_file_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `itemNumbers`.
    pub fn item_numbers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.item_numbers = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `price`.
    pub fn price(mut self, value: f64) -> Self {
        self.price = Some(value);
        self
    }
    /// Sets `productFab`.
    pub fn product_fab(mut self, value: impl Into<String>) -> Self {
        self.product_fab = Some(value.into());
        self
    }
    /// Sets `productInfo`.
    pub fn product_info(mut self, value: impl Into<String>) -> Self {
        self.product_info = Some(value.into());
        self
    }
    /// Sets `tag1`.
    pub fn tag1(mut self, value: impl Into<String>) -> Self {
        self.tag1 = Some(value.into());
        self
    }
    /// Sets `tag2`.
    pub fn tag2(mut self, value: impl Into<String>) -> Self {
        self.tag2 = Some(value.into());
        self
    }
    /// Sets `tag3`.
    pub fn tag3(mut self, value: impl Into<String>) -> Self {
        self.tag3 = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AiRetailProductAddRequest { "attribute" => optional(attribute), "barcodes" =>
    optional(barcodes), "brand" => optional(brand), "category" => optional(category),
    "currecy" => optional(currecy), "enable" => optional(enable), "imageFileIds" =>
    optional(image_file_ids), "itemNumbers" => optional(item_numbers), "price" =>
    optional(price), "productCode" => field(product_code), "productFab" =>
    optional(product_fab), "productInfo" => optional(product_info), "productName" =>
    field(product_name), "tag1" => optional(tag1), "tag2" => optional(tag2), "tag3" =>
    optional(tag3) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AiRetailProductAddRequest { "attribute" => read_field(attribute), "barcodes" =>
    read_field(barcodes), "brand" => read_field(brand), "category" =>
    read_field(category), "currecy" => read_field(currecy), "enable" =>
    read_field(enable), "imageFileIds" => read_field(image_file_ids), "itemNumbers" =>
    read_field(item_numbers), "price" => read_field(price), "productCode" =>
    read_field(product_code), "productFab" => read_field(product_fab), "productInfo" =>
    read_field(product_info), "productName" => read_field(product_name), "tag1" =>
    read_field(tag1), "tag2" => read_field(tag2), "tag3" => read_field(tag3) }
}
impl rt::WriteRequest for AiRetailProductAddRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_retail_product_delete`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AiRetailProductDeleteRequest {
    /// `productId`.
    pub product_id: i64,
}
/// The required fields of [`AiRetailProductDeleteRequest`], each named where it is set: `AiRetailProductDeleteRequest::new(AiRetailProductDeleteRequired { .. })`.
pub struct AiRetailProductDeleteRequired {
    /// `productId`: see [`AiRetailProductDeleteRequest::product_id`].
    pub product_id: i64,
}
impl AiRetailProductDeleteRequest {
    /// A `AiRetailProductDeleteRequest` with its required fields (`productId`); set the others with the methods named after them.
    pub fn new(required: AiRetailProductDeleteRequired) -> Self {
        let AiRetailProductDeleteRequired { product_id } = required;
        Self { product_id }
    }
}
rt::impl_serialize! {
    AiRetailProductDeleteRequest { "productId" => field(product_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AiRetailProductDeleteRequest { "productId" => read_field(product_id) }
}
impl rt::WriteRequest for AiRetailProductDeleteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_retail_product_img_upload`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AiRetailProductImgUploadRequest {
    /// `bizCode`.
    pub biz_code: String,
}
/// The required fields of [`AiRetailProductImgUploadRequest`], each named where it is set: `AiRetailProductImgUploadRequest::new(AiRetailProductImgUploadRequired { .. })`.
pub struct AiRetailProductImgUploadRequired {
    /// `bizCode`: see [`AiRetailProductImgUploadRequest::biz_code`].
    pub biz_code: String,
}
impl AiRetailProductImgUploadRequest {
    /// A `AiRetailProductImgUploadRequest` with its required fields (`bizCode`); set the others with the methods named after them.
    pub fn new(required: AiRetailProductImgUploadRequired) -> Self {
        let AiRetailProductImgUploadRequired { biz_code } = required;
        Self { biz_code }
    }
}
rt::impl_serialize! {
    AiRetailProductImgUploadRequest { "bizCode" => field(biz_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AiRetailProductImgUploadRequest { "bizCode" => read_field(biz_code) }
}
impl rt::WriteRequest for AiRetailProductImgUploadRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_retail_product_query`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AiRetailProductQueryRequest {
    /// `productCode`: a query parameter.
    pub product_code: Option<String>,
    /// `productId`: a query parameter.
    pub product_id: Option<i64>,
}
impl AiRetailProductQueryRequest {
    /// An empty `AiRetailProductQueryRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `productCode`.
    pub fn product_code(mut self, value: impl Into<String>) -> Self {
        self.product_code = Some(value.into());
        self
    }
    /// Sets `productId`.
    pub fn product_id(mut self, value: i64) -> Self {
        self.product_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AiRetailProductQueryRequest { "productCode" => read_field(product_code), "productId"
    => read_field(product_id) }
}
impl rt::WriteRequest for AiRetailProductQueryRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("productCode", &self.product_code);
        writer.query("productId", &self.product_id);
    }
}
/// The request of [`Api::ai_retail_product_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AiRetailProductUpdateRequest {
    /// `attribute`.
    pub attribute: Option<rt::BTreeMap<String, String>>,
    /// `barcodes`.
    pub barcodes: Option<Vec<String>>,
    /// `brand`.
    pub brand: Option<String>,
    /// `category`.
    pub category: Option<String>,
    /// `currency`.
    pub currency: Option<String>,
    /// `enable`.
    pub enable: Option<i64>,
    /// `imageFileIds`.
    pub image_file_ids: Option<Vec<String>>,
    /// `itemNumbers`.
    pub item_numbers: Option<Vec<String>>,
    /// `price`.
    pub price: Option<f64>,
    /// `productCode`.
    pub product_code: Option<String>,
    /// `productFab`.
    pub product_fab: Option<String>,
    /// `productId`.
    pub product_id: i64,
    /// `productInfo`.
    pub product_info: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `tag1`.
    pub tag1: Option<String>,
    /// `tag2`.
    pub tag2: Option<String>,
    /// `tag3`.
    pub tag3: Option<String>,
}
/// The required fields of [`AiRetailProductUpdateRequest`], each named where it is set: `AiRetailProductUpdateRequest::new(AiRetailProductUpdateRequired { .. })`.
pub struct AiRetailProductUpdateRequired {
    /// `productId`: see [`AiRetailProductUpdateRequest::product_id`].
    pub product_id: i64,
}
impl AiRetailProductUpdateRequest {
    /// A `AiRetailProductUpdateRequest` with its required fields (`productId`); set the others with the methods named after them.
    pub fn new(required: AiRetailProductUpdateRequired) -> Self {
        let AiRetailProductUpdateRequired { product_id } = required;
        Self {
            attribute: None,
            barcodes: None,
            brand: None,
            category: None,
            currency: None,
            enable: None,
            image_file_ids: None,
            item_numbers: None,
            price: None,
            product_code: None,
            product_fab: None,
            product_id,
            product_info: None,
            product_name: None,
            tag1: None,
            tag2: None,
            tag3: None,
        }
    }
    /// Sets `attribute`.
    pub fn attribute(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.attribute = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `barcodes`.
    pub fn barcodes(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.barcodes = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `brand`.
    pub fn brand(mut self, value: impl Into<String>) -> Self {
        self.brand = Some(value.into());
        self
    }
    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }
    /// Sets `currency`.
    pub fn currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }
    /// Sets `enable`.
    pub fn enable(mut self, value: i64) -> Self {
        self.enable = Some(value);
        self
    }
    /// Sets `imageFileIds`.
    pub fn image_file_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.image_file_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `itemNumbers`.
    pub fn item_numbers(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.item_numbers = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `price`.
    pub fn price(mut self, value: f64) -> Self {
        self.price = Some(value);
        self
    }
    /// Sets `productCode`.
    pub fn product_code(mut self, value: impl Into<String>) -> Self {
        self.product_code = Some(value.into());
        self
    }
    /// Sets `productFab`.
    pub fn product_fab(mut self, value: impl Into<String>) -> Self {
        self.product_fab = Some(value.into());
        self
    }
    /// Sets `productInfo`.
    pub fn product_info(mut self, value: impl Into<String>) -> Self {
        self.product_info = Some(value.into());
        self
    }
    /// Sets `productName`.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `tag1`.
    pub fn tag1(mut self, value: impl Into<String>) -> Self {
        self.tag1 = Some(value.into());
        self
    }
    /// Sets `tag2`.
    pub fn tag2(mut self, value: impl Into<String>) -> Self {
        self.tag2 = Some(value.into());
        self
    }
    /// Sets `tag3`.
    pub fn tag3(mut self, value: impl Into<String>) -> Self {
        self.tag3 = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    AiRetailProductUpdateRequest { "attribute" => optional(attribute), "barcodes" =>
    optional(barcodes), "brand" => optional(brand), "category" => optional(category),
    "currency" => optional(currency), "enable" => optional(enable), "imageFileIds" =>
    optional(image_file_ids), "itemNumbers" => optional(item_numbers), "price" =>
    optional(price), "productCode" => optional(product_code), "productFab" =>
    optional(product_fab), "productId" => field(product_id), "productInfo" =>
    optional(product_info), "productName" => optional(product_name), "tag1" =>
    optional(tag1), "tag2" => optional(tag2), "tag3" => optional(tag3) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AiRetailProductUpdateRequest { "attribute" => read_field(attribute), "barcodes" =>
    read_field(barcodes), "brand" => read_field(brand), "category" =>
    read_field(category), "currency" => read_field(currency), "enable" =>
    read_field(enable), "imageFileIds" => read_field(image_file_ids), "itemNumbers" =>
    read_field(item_numbers), "price" => read_field(price), "productCode" =>
    read_field(product_code), "productFab" => read_field(product_fab), "productId" =>
    read_field(product_id), "productInfo" => read_field(product_info), "productName" =>
    read_field(product_name), "tag1" => read_field(tag1), "tag2" => read_field(tag2),
    "tag3" => read_field(tag3) }
}
impl rt::WriteRequest for AiRetailProductUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_training_detail`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AiTrainingDetailRequest {
    /// `recordId`.
    pub record_id: Option<i64>,
}
impl AiTrainingDetailRequest {
    /// An empty `AiTrainingDetailRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `recordId`.
    pub fn record_id(mut self, value: i64) -> Self {
        self.record_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    AiTrainingDetailRequest { "recordId" => optional(record_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AiTrainingDetailRequest { "recordId" => read_field(record_id) }
}
impl rt::WriteRequest for AiTrainingDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::ai_training_record`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct AiTrainingRecordRequest {
    /// `direction`.
    pub direction: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `lastId`.
    pub last_id: Option<i64>,
    /// `size`.
    pub size: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `taskId`.
    pub task_id: Option<i64>,
}
impl AiTrainingRecordRequest {
    /// An empty `AiTrainingRecordRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `direction`.
    pub fn direction(mut self, value: i64) -> Self {
        self.direction = Some(value);
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `lastId`.
    pub fn last_id(mut self, value: i64) -> Self {
        self.last_id = Some(value);
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `taskId`.
    pub fn task_id(mut self, value: i64) -> Self {
        self.task_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    AiTrainingRecordRequest { "direction" => optional(direction), "endTime" =>
    optional(end_time), "lastId" => optional(last_id), "size" => optional(size),
    "startTime" => optional(start_time), "taskId" => optional(task_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AiTrainingRecordRequest { "direction" => read_field(direction), "endTime" =>
    read_field(end_time), "lastId" => read_field(last_id), "size" => read_field(size),
    "startTime" => read_field(start_time), "taskId" => read_field(task_id) }
}
impl rt::WriteRequest for AiTrainingRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_get_task_result`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchGetTaskResultRequest {
    /// `taskIds`.
    pub task_ids: Option<Vec<String>>,
}
impl BatchGetTaskResultRequest {
    /// An empty `BatchGetTaskResultRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `taskIds`.
    pub fn task_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.task_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    BatchGetTaskResultRequest { "taskIds" => optional(task_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchGetTaskResultRequest { "taskIds" => read_field(task_ids) }
}
impl rt::WriteRequest for BatchGetTaskResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::business_match`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BusinessMatchRequest {
    /// `businessInfo`.
    pub business_info: String,
    /// `corpName`.
    pub corp_name: String,
    /// `userId`.
    pub user_id: String,
}
/// The required fields of [`BusinessMatchRequest`], each named where it is set: `BusinessMatchRequest::new(BusinessMatchRequired { .. })`.
pub struct BusinessMatchRequired {
    /// `businessInfo`: see [`BusinessMatchRequest::business_info`].
    pub business_info: String,
    /// `corpName`: see [`BusinessMatchRequest::corp_name`].
    pub corp_name: String,
    /// `userId`: see [`BusinessMatchRequest::user_id`].
    pub user_id: String,
}
impl BusinessMatchRequest {
    /// A `BusinessMatchRequest` with its required fields (`businessInfo`, `corpName`, `userId`); set the others with the methods named after them.
    pub fn new(required: BusinessMatchRequired) -> Self {
        let BusinessMatchRequired { business_info, corp_name, user_id } = required;
        Self {
            business_info,
            corp_name,
            user_id,
        }
    }
}
rt::impl_serialize! {
    BusinessMatchRequest { "businessInfo" => field(business_info), "corpName" =>
    field(corp_name), "userId" => field(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BusinessMatchRequest { "businessInfo" => read_field(business_info), "corpName" =>
    read_field(corp_name), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for BusinessMatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::business_match_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BusinessMatchResultRequest {
    /// `taskId`: a query parameter.
    pub task_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`BusinessMatchResultRequest`], each named where it is set: `BusinessMatchResultRequest::new(BusinessMatchResultRequired { .. })`.
pub struct BusinessMatchResultRequired {
    /// `taskId`: see [`BusinessMatchResultRequest::task_id`].
    pub task_id: String,
    /// `userId`: see [`BusinessMatchResultRequest::user_id`].
    pub user_id: String,
}
impl BusinessMatchResultRequest {
    /// A `BusinessMatchResultRequest` with its required fields (`taskId`, `userId`); set the others with the methods named after them.
    pub fn new(required: BusinessMatchResultRequired) -> Self {
        let BusinessMatchResultRequired { task_id, user_id } = required;
        Self { task_id, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BusinessMatchResultRequest { "taskId" => read_field(task_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for BusinessMatchResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("taskId", &self.task_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::campus_add_renter_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusAddRenterMemberRequest {
    /// `extend`.
    pub extend: Option<String>,
    /// `mobile`.
    pub mobile: String,
    /// `name`.
    pub name: String,
    /// `renterId`.
    pub renter_id: i64,
    /// `type`.
    pub r#type: Option<String>,
}
/// The required fields of [`CampusAddRenterMemberRequest`], each named where it is set: `CampusAddRenterMemberRequest::new(CampusAddRenterMemberRequired { .. })`.
pub struct CampusAddRenterMemberRequired {
    /// `mobile`: see [`CampusAddRenterMemberRequest::mobile`].
    pub mobile: String,
    /// `name`: see [`CampusAddRenterMemberRequest::name`].
    pub name: String,
    /// `renterId`: see [`CampusAddRenterMemberRequest::renter_id`].
    pub renter_id: i64,
}
impl CampusAddRenterMemberRequest {
    /// A `CampusAddRenterMemberRequest` with its required fields (`mobile`, `name`, `renterId`); set the others with the methods named after them.
    pub fn new(required: CampusAddRenterMemberRequired) -> Self {
        let CampusAddRenterMemberRequired { mobile, name, renter_id } = required;
        Self {
            extend: None,
            mobile,
            name,
            renter_id,
            r#type: None,
        }
    }
    /// Sets `extend`.
    pub fn extend(mut self, value: impl Into<String>) -> Self {
        self.extend = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CampusAddRenterMemberRequest { "extend" => optional(extend), "mobile" =>
    field(mobile), "name" => field(name), "renterId" => field(renter_id), "type" =>
    optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusAddRenterMemberRequest { "extend" => read_field(extend), "mobile" =>
    read_field(mobile), "name" => read_field(name), "renterId" => read_field(renter_id),
    "type" => read_field(r#type) }
}
impl rt::WriteRequest for CampusAddRenterMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::campus_create_campus`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusCreateCampusRequest {
    /// `address`.
    pub address: Option<String>,
    /// `area`.
    pub area: Option<f64>,
    /// `belongProjectGroupId`.
    pub belong_project_group_id: Option<i64>,
    /// `campusName`.
    pub campus_name: String,
    /// `capacity`.
    pub capacity: Option<i64>,
    /// `cityId`.
    pub city_id: Option<i64>,
    /// `country`.
    pub country: Option<String>,
    /// `countyId`.
    pub county_id: Option<i64>,
    /// `creatorUnionId`.
    pub creator_union_id: String,
    /// `description`.
    pub description: Option<String>,
    /// `extend`.
    pub extend: Option<String>,
    /// `location`.
    pub location: Option<String>,
    /// `orderEndTime`.
    pub order_end_time: Option<i64>,
    /// `orderInfo`.
    pub order_info: Option<String>,
    /// `orderStartTime`.
    pub order_start_time: Option<i64>,
    /// `provId`.
    pub prov_id: Option<i64>,
    /// `telephone`.
    pub telephone: Option<String>,
}
/// The required fields of [`CampusCreateCampusRequest`], each named where it is set: `CampusCreateCampusRequest::new(CampusCreateCampusRequired { .. })`.
pub struct CampusCreateCampusRequired {
    /// `campusName`: see [`CampusCreateCampusRequest::campus_name`].
    pub campus_name: String,
    /// `creatorUnionId`: see [`CampusCreateCampusRequest::creator_union_id`].
    pub creator_union_id: String,
}
impl CampusCreateCampusRequest {
    /// A `CampusCreateCampusRequest` with its required fields (`campusName`, `creatorUnionId`); set the others with the methods named after them.
    pub fn new(required: CampusCreateCampusRequired) -> Self {
        let CampusCreateCampusRequired { campus_name, creator_union_id } = required;
        Self {
            address: None,
            area: None,
            belong_project_group_id: None,
            campus_name,
            capacity: None,
            city_id: None,
            country: None,
            county_id: None,
            creator_union_id,
            description: None,
            extend: None,
            location: None,
            order_end_time: None,
            order_info: None,
            order_start_time: None,
            prov_id: None,
            telephone: None,
        }
    }
    /// Sets `address`.
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `area`.
    pub fn area(mut self, value: f64) -> Self {
        self.area = Some(value);
        self
    }
    /// Sets `belongProjectGroupId`.
    pub fn belong_project_group_id(mut self, value: i64) -> Self {
        self.belong_project_group_id = Some(value);
        self
    }
    /// Sets `capacity`.
    pub fn capacity(mut self, value: i64) -> Self {
        self.capacity = Some(value);
        self
    }
    /// Sets `cityId`.
    pub fn city_id(mut self, value: i64) -> Self {
        self.city_id = Some(value);
        self
    }
    /// Sets `country`.
    pub fn country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }
    /// Sets `countyId`.
    pub fn county_id(mut self, value: i64) -> Self {
        self.county_id = Some(value);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `extend`.
    pub fn extend(mut self, value: impl Into<String>) -> Self {
        self.extend = Some(value.into());
        self
    }
    /// Sets `location`.
    pub fn location(mut self, value: impl Into<String>) -> Self {
        self.location = Some(value.into());
        self
    }
    /// Sets `orderEndTime`.
    pub fn order_end_time(mut self, value: i64) -> Self {
        self.order_end_time = Some(value);
        self
    }
    /// Sets `orderInfo`.
    pub fn order_info(mut self, value: impl Into<String>) -> Self {
        self.order_info = Some(value.into());
        self
    }
    /// Sets `orderStartTime`.
    pub fn order_start_time(mut self, value: i64) -> Self {
        self.order_start_time = Some(value);
        self
    }
    /// Sets `provId`.
    pub fn prov_id(mut self, value: i64) -> Self {
        self.prov_id = Some(value);
        self
    }
    /// Sets `telephone`.
    pub fn telephone(mut self, value: impl Into<String>) -> Self {
        self.telephone = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CampusCreateCampusRequest { "address" => optional(address), "area" => optional(area),
    "belongProjectGroupId" => optional(belong_project_group_id), "campusName" =>
    field(campus_name), "capacity" => optional(capacity), "cityId" => optional(city_id),
    "country" => optional(country), "countyId" => optional(county_id), "creatorUnionId"
    => field(creator_union_id), "description" => optional(description), "extend" =>
    optional(extend), "location" => optional(location), "orderEndTime" =>
    optional(order_end_time), "orderInfo" => optional(order_info), "orderStartTime" =>
    optional(order_start_time), "provId" => optional(prov_id), "telephone" =>
    optional(telephone) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusCreateCampusRequest { "address" => read_field(address), "area" =>
    read_field(area), "belongProjectGroupId" => read_field(belong_project_group_id),
    "campusName" => read_field(campus_name), "capacity" => read_field(capacity), "cityId"
    => read_field(city_id), "country" => read_field(country), "countyId" =>
    read_field(county_id), "creatorUnionId" => read_field(creator_union_id),
    "description" => read_field(description), "extend" => read_field(extend), "location"
    => read_field(location), "orderEndTime" => read_field(order_end_time), "orderInfo" =>
    read_field(order_info), "orderStartTime" => read_field(order_start_time), "provId" =>
    read_field(prov_id), "telephone" => read_field(telephone) }
}
impl rt::WriteRequest for CampusCreateCampusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::campus_create_campus_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusCreateCampusGroupRequest {
    /// `extend`.
    pub extend: Option<String>,
    /// `name`.
    pub name: String,
}
/// The required fields of [`CampusCreateCampusGroupRequest`], each named where it is set: `CampusCreateCampusGroupRequest::new(CampusCreateCampusGroupRequired { .. })`.
pub struct CampusCreateCampusGroupRequired {
    /// `name`: see [`CampusCreateCampusGroupRequest::name`].
    pub name: String,
}
impl CampusCreateCampusGroupRequest {
    /// A `CampusCreateCampusGroupRequest` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(required: CampusCreateCampusGroupRequired) -> Self {
        let CampusCreateCampusGroupRequired { name } = required;
        Self { extend: None, name }
    }
    /// Sets `extend`.
    pub fn extend(mut self, value: impl Into<String>) -> Self {
        self.extend = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CampusCreateCampusGroupRequest { "extend" => optional(extend), "name" => field(name)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusCreateCampusGroupRequest { "extend" => read_field(extend), "name" =>
    read_field(name) }
}
impl rt::WriteRequest for CampusCreateCampusGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::campus_create_renter`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusCreateRenterRequest {
    /// `creditCode`.
    pub credit_code: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `extend`.
    pub extend: Option<String>,
    /// `name`.
    pub name: String,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `state`.
    pub state: Option<i64>,
}
/// The required fields of [`CampusCreateRenterRequest`], each named where it is set: `CampusCreateRenterRequest::new(CampusCreateRenterRequired { .. })`.
pub struct CampusCreateRenterRequired {
    /// `name`: see [`CampusCreateRenterRequest::name`].
    pub name: String,
}
impl CampusCreateRenterRequest {
    /// A `CampusCreateRenterRequest` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(required: CampusCreateRenterRequired) -> Self {
        let CampusCreateRenterRequired { name } = required;
        Self {
            credit_code: None,
            end_time: None,
            extend: None,
            name,
            start_time: None,
            state: None,
        }
    }
    /// Sets `creditCode`.
    pub fn credit_code(mut self, value: impl Into<String>) -> Self {
        self.credit_code = Some(value.into());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `extend`.
    pub fn extend(mut self, value: impl Into<String>) -> Self {
        self.extend = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: i64) -> Self {
        self.state = Some(value);
        self
    }
}
rt::impl_serialize! {
    CampusCreateRenterRequest { "creditCode" => optional(credit_code), "endTime" =>
    optional(end_time), "extend" => optional(extend), "name" => field(name), "startTime"
    => optional(start_time), "state" => optional(state) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusCreateRenterRequest { "creditCode" => read_field(credit_code), "endTime" =>
    read_field(end_time), "extend" => read_field(extend), "name" => read_field(name),
    "startTime" => read_field(start_time), "state" => read_field(state) }
}
impl rt::WriteRequest for CampusCreateRenterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::campus_del_renter_member`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CampusDelRenterMemberRequest {
    /// `renterId`: a query parameter.
    pub renter_id: Option<i64>,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
}
impl CampusDelRenterMemberRequest {
    /// An empty `CampusDelRenterMemberRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `renterId`.
    pub fn renter_id(mut self, value: i64) -> Self {
        self.renter_id = Some(value);
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusDelRenterMemberRequest { "renterId" => read_field(renter_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for CampusDelRenterMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("renterId", &self.renter_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::campus_delete_campus_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusDeleteCampusGroupRequest {
    /// `campusProjectGroupId`: a query parameter.
    pub campus_project_group_id: i64,
}
/// The required fields of [`CampusDeleteCampusGroupRequest`], each named where it is set: `CampusDeleteCampusGroupRequest::new(CampusDeleteCampusGroupRequired { .. })`.
pub struct CampusDeleteCampusGroupRequired {
    /// `campusProjectGroupId`: see [`CampusDeleteCampusGroupRequest::campus_project_group_id`].
    pub campus_project_group_id: i64,
}
impl CampusDeleteCampusGroupRequest {
    /// A `CampusDeleteCampusGroupRequest` with its required fields (`campusProjectGroupId`); set the others with the methods named after them.
    pub fn new(required: CampusDeleteCampusGroupRequired) -> Self {
        let CampusDeleteCampusGroupRequired { campus_project_group_id } = required;
        Self { campus_project_group_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusDeleteCampusGroupRequest { "campusProjectGroupId" =>
    read_field(campus_project_group_id) }
}
impl rt::WriteRequest for CampusDeleteCampusGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("campusProjectGroupId", &self.campus_project_group_id);
    }
}
/// The request of [`Api::campus_delete_renter`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusDeleteRenterRequest {
    /// `renterId`: a query parameter.
    pub renter_id: i64,
}
/// The required fields of [`CampusDeleteRenterRequest`], each named where it is set: `CampusDeleteRenterRequest::new(CampusDeleteRenterRequired { .. })`.
pub struct CampusDeleteRenterRequired {
    /// `renterId`: see [`CampusDeleteRenterRequest::renter_id`].
    pub renter_id: i64,
}
impl CampusDeleteRenterRequest {
    /// A `CampusDeleteRenterRequest` with its required fields (`renterId`); set the others with the methods named after them.
    pub fn new(required: CampusDeleteRenterRequired) -> Self {
        let CampusDeleteRenterRequired { renter_id } = required;
        Self { renter_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusDeleteRenterRequest { "renterId" => read_field(renter_id) }
}
impl rt::WriteRequest for CampusDeleteRenterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("renterId", &self.renter_id);
    }
}
/// The request of [`Api::campus_get_campus`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusGetCampusRequest {
    /// `campusDeptId`: a query parameter.
    pub campus_dept_id: i64,
}
/// The required fields of [`CampusGetCampusRequest`], each named where it is set: `CampusGetCampusRequest::new(CampusGetCampusRequired { .. })`.
pub struct CampusGetCampusRequired {
    /// `campusDeptId`: see [`CampusGetCampusRequest::campus_dept_id`].
    pub campus_dept_id: i64,
}
impl CampusGetCampusRequest {
    /// A `CampusGetCampusRequest` with its required fields (`campusDeptId`); set the others with the methods named after them.
    pub fn new(required: CampusGetCampusRequired) -> Self {
        let CampusGetCampusRequired { campus_dept_id } = required;
        Self { campus_dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusGetCampusRequest { "campusDeptId" => read_field(campus_dept_id) }
}
impl rt::WriteRequest for CampusGetCampusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("campusDeptId", &self.campus_dept_id);
    }
}
/// The request of [`Api::campus_get_campus_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusGetCampusGroupRequest {
    /// `groupId`: a query parameter.
    pub group_id: i64,
}
/// The required fields of [`CampusGetCampusGroupRequest`], each named where it is set: `CampusGetCampusGroupRequest::new(CampusGetCampusGroupRequired { .. })`.
pub struct CampusGetCampusGroupRequired {
    /// `groupId`: see [`CampusGetCampusGroupRequest::group_id`].
    pub group_id: i64,
}
impl CampusGetCampusGroupRequest {
    /// A `CampusGetCampusGroupRequest` with its required fields (`groupId`); set the others with the methods named after them.
    pub fn new(required: CampusGetCampusGroupRequired) -> Self {
        let CampusGetCampusGroupRequired { group_id } = required;
        Self { group_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusGetCampusGroupRequest { "groupId" => read_field(group_id) }
}
impl rt::WriteRequest for CampusGetCampusGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("groupId", &self.group_id);
    }
}
/// The request of [`Api::campus_get_renter`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusGetRenterRequest {
    /// `renterId`: a query parameter.
    pub renter_id: i64,
}
/// The required fields of [`CampusGetRenterRequest`], each named where it is set: `CampusGetRenterRequest::new(CampusGetRenterRequired { .. })`.
pub struct CampusGetRenterRequired {
    /// `renterId`: see [`CampusGetRenterRequest::renter_id`].
    pub renter_id: i64,
}
impl CampusGetRenterRequest {
    /// A `CampusGetRenterRequest` with its required fields (`renterId`); set the others with the methods named after them.
    pub fn new(required: CampusGetRenterRequired) -> Self {
        let CampusGetRenterRequired { renter_id } = required;
        Self { renter_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusGetRenterRequest { "renterId" => read_field(renter_id) }
}
impl rt::WriteRequest for CampusGetRenterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("renterId", &self.renter_id);
    }
}
/// The request of [`Api::campus_get_renter_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusGetRenterMemberRequest {
    /// `renterId`: a query parameter.
    pub renter_id: Option<i64>,
    /// `unionId`: a query parameter.
    pub union_id: String,
}
/// The required fields of [`CampusGetRenterMemberRequest`], each named where it is set: `CampusGetRenterMemberRequest::new(CampusGetRenterMemberRequired { .. })`.
pub struct CampusGetRenterMemberRequired {
    /// `unionId`: see [`CampusGetRenterMemberRequest::union_id`].
    pub union_id: String,
}
impl CampusGetRenterMemberRequest {
    /// A `CampusGetRenterMemberRequest` with its required fields (`unionId`); set the others with the methods named after them.
    pub fn new(required: CampusGetRenterMemberRequired) -> Self {
        let CampusGetRenterMemberRequired { union_id } = required;
        Self { renter_id: None, union_id }
    }
    /// Sets `renterId`.
    pub fn renter_id(mut self, value: i64) -> Self {
        self.renter_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusGetRenterMemberRequest { "renterId" => read_field(renter_id), "unionId" =>
    read_field(union_id) }
}
impl rt::WriteRequest for CampusGetRenterMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("renterId", &self.renter_id);
        writer.query("unionId", &self.union_id);
    }
}
/// The request of [`Api::campus_list_campus`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CampusListCampusRequest {
    /// `groupDeptId`: a query parameter.
    pub group_dept_id: Option<i64>,
}
impl CampusListCampusRequest {
    /// An empty `CampusListCampusRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `groupDeptId`.
    pub fn group_dept_id(mut self, value: i64) -> Self {
        self.group_dept_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusListCampusRequest { "groupDeptId" => read_field(group_dept_id) }
}
impl rt::WriteRequest for CampusListCampusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("groupDeptId", &self.group_dept_id);
    }
}
/// The request of [`Api::campus_list_renter_members`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CampusListRenterMembersRequest {
    /// `renterId`: a query parameter.
    pub renter_id: Option<i64>,
}
impl CampusListRenterMembersRequest {
    /// An empty `CampusListRenterMembersRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `renterId`.
    pub fn renter_id(mut self, value: i64) -> Self {
        self.renter_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusListRenterMembersRequest { "renterId" => read_field(renter_id) }
}
impl rt::WriteRequest for CampusListRenterMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("renterId", &self.renter_id);
    }
}
/// The request of [`Api::campus_update_campus`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusUpdateCampusRequest {
    /// `address`.
    pub address: Option<String>,
    /// `area`.
    pub area: Option<f64>,
    /// `belongProjectGroupId`.
    pub belong_project_group_id: Option<i64>,
    /// `campusDeptId`.
    pub campus_dept_id: i64,
    /// `campusName`.
    pub campus_name: Option<String>,
    /// `capacity`.
    pub capacity: Option<i64>,
    /// `cityId`.
    pub city_id: Option<i64>,
    /// `country`.
    pub country: Option<String>,
    /// `countyId`.
    pub county_id: Option<i64>,
    /// `description`.
    pub description: Option<String>,
    /// `extend`.
    pub extend: Option<String>,
    /// `orderEndTime`.
    pub order_end_time: Option<i64>,
    /// `orderInfo`.
    pub order_info: Option<i64>,
    /// `orderStartTime`.
    pub order_start_time: Option<i64>,
    /// `provId`.
    pub prov_id: Option<i64>,
    /// `telephone`.
    pub telephone: Option<String>,
}
/// The required fields of [`CampusUpdateCampusRequest`], each named where it is set: `CampusUpdateCampusRequest::new(CampusUpdateCampusRequired { .. })`.
pub struct CampusUpdateCampusRequired {
    /// `campusDeptId`: see [`CampusUpdateCampusRequest::campus_dept_id`].
    pub campus_dept_id: i64,
}
impl CampusUpdateCampusRequest {
    /// A `CampusUpdateCampusRequest` with its required fields (`campusDeptId`); set the others with the methods named after them.
    pub fn new(required: CampusUpdateCampusRequired) -> Self {
        let CampusUpdateCampusRequired { campus_dept_id } = required;
        Self {
            address: None,
            area: None,
            belong_project_group_id: None,
            campus_dept_id,
            campus_name: None,
            capacity: None,
            city_id: None,
            country: None,
            county_id: None,
            description: None,
            extend: None,
            order_end_time: None,
            order_info: None,
            order_start_time: None,
            prov_id: None,
            telephone: None,
        }
    }
    /// Sets `address`.
    pub fn address(mut self, value: impl Into<String>) -> Self {
        self.address = Some(value.into());
        self
    }
    /// Sets `area`.
    pub fn area(mut self, value: f64) -> Self {
        self.area = Some(value);
        self
    }
    /// Sets `belongProjectGroupId`.
    pub fn belong_project_group_id(mut self, value: i64) -> Self {
        self.belong_project_group_id = Some(value);
        self
    }
    /// Sets `campusName`.
    pub fn campus_name(mut self, value: impl Into<String>) -> Self {
        self.campus_name = Some(value.into());
        self
    }
    /// Sets `capacity`.
    pub fn capacity(mut self, value: i64) -> Self {
        self.capacity = Some(value);
        self
    }
    /// Sets `cityId`.
    pub fn city_id(mut self, value: i64) -> Self {
        self.city_id = Some(value);
        self
    }
    /// Sets `country`.
    pub fn country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }
    /// Sets `countyId`.
    pub fn county_id(mut self, value: i64) -> Self {
        self.county_id = Some(value);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `extend`.
    pub fn extend(mut self, value: impl Into<String>) -> Self {
        self.extend = Some(value.into());
        self
    }
    /// Sets `orderEndTime`.
    pub fn order_end_time(mut self, value: i64) -> Self {
        self.order_end_time = Some(value);
        self
    }
    /// Sets `orderInfo`.
    pub fn order_info(mut self, value: i64) -> Self {
        self.order_info = Some(value);
        self
    }
    /// Sets `orderStartTime`.
    pub fn order_start_time(mut self, value: i64) -> Self {
        self.order_start_time = Some(value);
        self
    }
    /// Sets `provId`.
    pub fn prov_id(mut self, value: i64) -> Self {
        self.prov_id = Some(value);
        self
    }
    /// Sets `telephone`.
    pub fn telephone(mut self, value: impl Into<String>) -> Self {
        self.telephone = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CampusUpdateCampusRequest { "address" => optional(address), "area" => optional(area),
    "belongProjectGroupId" => optional(belong_project_group_id), "campusDeptId" =>
    field(campus_dept_id), "campusName" => optional(campus_name), "capacity" =>
    optional(capacity), "cityId" => optional(city_id), "country" => optional(country),
    "countyId" => optional(county_id), "description" => optional(description), "extend"
    => optional(extend), "orderEndTime" => optional(order_end_time), "orderInfo" =>
    optional(order_info), "orderStartTime" => optional(order_start_time), "provId" =>
    optional(prov_id), "telephone" => optional(telephone) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusUpdateCampusRequest { "address" => read_field(address), "area" =>
    read_field(area), "belongProjectGroupId" => read_field(belong_project_group_id),
    "campusDeptId" => read_field(campus_dept_id), "campusName" =>
    read_field(campus_name), "capacity" => read_field(capacity), "cityId" =>
    read_field(city_id), "country" => read_field(country), "countyId" =>
    read_field(county_id), "description" => read_field(description), "extend" =>
    read_field(extend), "orderEndTime" => read_field(order_end_time), "orderInfo" =>
    read_field(order_info), "orderStartTime" => read_field(order_start_time), "provId" =>
    read_field(prov_id), "telephone" => read_field(telephone) }
}
impl rt::WriteRequest for CampusUpdateCampusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::campus_update_campus_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusUpdateCampusGroupRequest {
    /// `campusProjectGroupId`.
    pub campus_project_group_id: i64,
    /// `extend`.
    pub extend: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
/// The required fields of [`CampusUpdateCampusGroupRequest`], each named where it is set: `CampusUpdateCampusGroupRequest::new(CampusUpdateCampusGroupRequired { .. })`.
pub struct CampusUpdateCampusGroupRequired {
    /// `campusProjectGroupId`: see [`CampusUpdateCampusGroupRequest::campus_project_group_id`].
    pub campus_project_group_id: i64,
}
impl CampusUpdateCampusGroupRequest {
    /// A `CampusUpdateCampusGroupRequest` with its required fields (`campusProjectGroupId`); set the others with the methods named after them.
    pub fn new(required: CampusUpdateCampusGroupRequired) -> Self {
        let CampusUpdateCampusGroupRequired { campus_project_group_id } = required;
        Self {
            campus_project_group_id,
            extend: None,
            name: None,
        }
    }
    /// Sets `extend`.
    pub fn extend(mut self, value: impl Into<String>) -> Self {
        self.extend = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CampusUpdateCampusGroupRequest { "campusProjectGroupId" =>
    field(campus_project_group_id), "extend" => optional(extend), "name" =>
    optional(name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusUpdateCampusGroupRequest { "campusProjectGroupId" =>
    read_field(campus_project_group_id), "extend" => read_field(extend), "name" =>
    read_field(name) }
}
impl rt::WriteRequest for CampusUpdateCampusGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::campus_update_renter`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusUpdateRenterRequest {
    /// `creditCode`.
    pub credit_code: Option<String>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `extend`.
    pub extend: Option<String>,
    /// `name`.
    pub name: String,
    /// `renterId`.
    pub renter_id: i64,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `state`.
    pub state: Option<i64>,
}
/// The required fields of [`CampusUpdateRenterRequest`], each named where it is set: `CampusUpdateRenterRequest::new(CampusUpdateRenterRequired { .. })`.
pub struct CampusUpdateRenterRequired {
    /// `name`: see [`CampusUpdateRenterRequest::name`].
    pub name: String,
    /// `renterId`: see [`CampusUpdateRenterRequest::renter_id`].
    pub renter_id: i64,
}
impl CampusUpdateRenterRequest {
    /// A `CampusUpdateRenterRequest` with its required fields (`name`, `renterId`); set the others with the methods named after them.
    pub fn new(required: CampusUpdateRenterRequired) -> Self {
        let CampusUpdateRenterRequired { name, renter_id } = required;
        Self {
            credit_code: None,
            end_time: None,
            extend: None,
            name,
            renter_id,
            start_time: None,
            state: None,
        }
    }
    /// Sets `creditCode`.
    pub fn credit_code(mut self, value: impl Into<String>) -> Self {
        self.credit_code = Some(value.into());
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `extend`.
    pub fn extend(mut self, value: impl Into<String>) -> Self {
        self.extend = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: i64) -> Self {
        self.state = Some(value);
        self
    }
}
rt::impl_serialize! {
    CampusUpdateRenterRequest { "creditCode" => optional(credit_code), "endTime" =>
    optional(end_time), "extend" => optional(extend), "name" => field(name), "renterId"
    => field(renter_id), "startTime" => optional(start_time), "state" => optional(state)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusUpdateRenterRequest { "creditCode" => read_field(credit_code), "endTime" =>
    read_field(end_time), "extend" => read_field(extend), "name" => read_field(name),
    "renterId" => read_field(renter_id), "startTime" => read_field(start_time), "state"
    => read_field(state) }
}
impl rt::WriteRequest for CampusUpdateRenterRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::campus_update_renter_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CampusUpdateRenterMemberRequest {
    /// `extend`.
    pub extend: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `renterId`.
    pub renter_id: i64,
    /// `type`.
    pub r#type: Option<String>,
    /// `unionId`.
    pub union_id: String,
}
/// The required fields of [`CampusUpdateRenterMemberRequest`], each named where it is set: `CampusUpdateRenterMemberRequest::new(CampusUpdateRenterMemberRequired { .. })`.
pub struct CampusUpdateRenterMemberRequired {
    /// `renterId`: see [`CampusUpdateRenterMemberRequest::renter_id`].
    pub renter_id: i64,
    /// `unionId`: see [`CampusUpdateRenterMemberRequest::union_id`].
    pub union_id: String,
}
impl CampusUpdateRenterMemberRequest {
    /// A `CampusUpdateRenterMemberRequest` with its required fields (`renterId`, `unionId`); set the others with the methods named after them.
    pub fn new(required: CampusUpdateRenterMemberRequired) -> Self {
        let CampusUpdateRenterMemberRequired { renter_id, union_id } = required;
        Self {
            extend: None,
            name: None,
            renter_id,
            r#type: None,
            union_id,
        }
    }
    /// Sets `extend`.
    pub fn extend(mut self, value: impl Into<String>) -> Self {
        self.extend = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CampusUpdateRenterMemberRequest { "extend" => optional(extend), "name" =>
    optional(name), "renterId" => field(renter_id), "type" => optional(r#type), "unionId"
    => field(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CampusUpdateRenterMemberRequest { "extend" => read_field(extend), "name" =>
    read_field(name), "renterId" => read_field(renter_id), "type" => read_field(r#type),
    "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for CampusUpdateRenterMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_ai_add_dataset_permission`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChatAIAddDatasetPermissionRequest {
    /// `authorizationType`.
    pub authorization_type: Option<String>,
    /// `authorizedObjectId`.
    pub authorized_object_id: Option<Vec<String>>,
    /// `datasetId`.
    pub dataset_id: Option<i64>,
    /// `optUser`.
    pub opt_user: Option<String>,
}
impl ChatAIAddDatasetPermissionRequest {
    /// An empty `ChatAIAddDatasetPermissionRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `authorizationType`.
    pub fn authorization_type(mut self, value: impl Into<String>) -> Self {
        self.authorization_type = Some(value.into());
        self
    }
    /// Sets `authorizedObjectId`.
    pub fn authorized_object_id(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.authorized_object_id = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `datasetId`.
    pub fn dataset_id(mut self, value: i64) -> Self {
        self.dataset_id = Some(value);
        self
    }
    /// Sets `optUser`.
    pub fn opt_user(mut self, value: impl Into<String>) -> Self {
        self.opt_user = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatAIAddDatasetPermissionRequest { "authorizationType" =>
    optional(authorization_type), "authorizedObjectId" => optional(authorized_object_id),
    "datasetId" => optional(dataset_id), "optUser" => optional(opt_user) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatAIAddDatasetPermissionRequest { "authorizationType" =>
    read_field(authorization_type), "authorizedObjectId" =>
    read_field(authorized_object_id), "datasetId" => read_field(dataset_id), "optUser" =>
    read_field(opt_user) }
}
impl rt::WriteRequest for ChatAIAddDatasetPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_ai_list_dataset`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatAIListDatasetRequest {
    /// `appId`: a query parameter.
    pub app_id: i64,
}
/// The required fields of [`ChatAIListDatasetRequest`], each named where it is set: `ChatAIListDatasetRequest::new(ChatAIListDatasetRequired { .. })`.
pub struct ChatAIListDatasetRequired {
    /// `appId`: see [`ChatAIListDatasetRequest::app_id`].
    pub app_id: i64,
}
impl ChatAIListDatasetRequest {
    /// A `ChatAIListDatasetRequest` with its required fields (`appId`); set the others with the methods named after them.
    pub fn new(required: ChatAIListDatasetRequired) -> Self {
        let ChatAIListDatasetRequired { app_id } = required;
        Self { app_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatAIListDatasetRequest { "appId" => read_field(app_id) }
}
impl rt::WriteRequest for ChatAIListDatasetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appId", &self.app_id);
    }
}
/// The request of [`Api::chat_ai_query_dataset_permission`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChatAIQueryDatasetPermissionRequest {
    /// `datasetId`: a query parameter.
    pub dataset_id: Option<String>,
}
impl ChatAIQueryDatasetPermissionRequest {
    /// An empty `ChatAIQueryDatasetPermissionRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `datasetId`.
    pub fn dataset_id(mut self, value: impl Into<String>) -> Self {
        self.dataset_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatAIQueryDatasetPermissionRequest { "datasetId" => read_field(dataset_id) }
}
impl rt::WriteRequest for ChatAIQueryDatasetPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("datasetId", &self.dataset_id);
    }
}
/// The request of [`Api::chat_ai_remove_dataset_permission`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChatAIRemoveDatasetPermissionRequest {
    /// `authorizationType`.
    pub authorization_type: Option<String>,
    /// `authorizedObjectId`.
    pub authorized_object_id: Option<Vec<String>>,
    /// `datasetId`.
    pub dataset_id: Option<i64>,
    /// `optUser`.
    pub opt_user: Option<String>,
}
impl ChatAIRemoveDatasetPermissionRequest {
    /// An empty `ChatAIRemoveDatasetPermissionRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `authorizationType`.
    pub fn authorization_type(mut self, value: impl Into<String>) -> Self {
        self.authorization_type = Some(value.into());
        self
    }
    /// Sets `authorizedObjectId`.
    pub fn authorized_object_id(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.authorized_object_id = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `datasetId`.
    pub fn dataset_id(mut self, value: i64) -> Self {
        self.dataset_id = Some(value);
        self
    }
    /// Sets `optUser`.
    pub fn opt_user(mut self, value: impl Into<String>) -> Self {
        self.opt_user = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatAIRemoveDatasetPermissionRequest { "authorizationType" =>
    optional(authorization_type), "authorizedObjectId" => optional(authorized_object_id),
    "datasetId" => optional(dataset_id), "optUser" => optional(opt_user) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatAIRemoveDatasetPermissionRequest { "authorizationType" =>
    read_field(authorization_type), "authorizedObjectId" =>
    read_field(authorized_object_id), "datasetId" => read_field(dataset_id), "optUser" =>
    read_field(opt_user) }
}
impl rt::WriteRequest for ChatAIRemoveDatasetPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_ai_text_sentiment_analysis`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatAITextSentimentAnalysisRequest {
    /// `history`.
    pub history: Option<Vec<String>>,
    /// `text`.
    pub text: String,
}
/// The required fields of [`ChatAITextSentimentAnalysisRequest`], each named where it is set: `ChatAITextSentimentAnalysisRequest::new(ChatAITextSentimentAnalysisRequired { .. })`.
pub struct ChatAITextSentimentAnalysisRequired {
    /// `text`: see [`ChatAITextSentimentAnalysisRequest::text`].
    pub text: String,
}
impl ChatAITextSentimentAnalysisRequest {
    /// A `ChatAITextSentimentAnalysisRequest` with its required fields (`text`); set the others with the methods named after them.
    pub fn new(required: ChatAITextSentimentAnalysisRequired) -> Self {
        let ChatAITextSentimentAnalysisRequired { text } = required;
        Self { history: None, text }
    }
    /// Sets `history`.
    pub fn history(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.history = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    ChatAITextSentimentAnalysisRequest { "history" => optional(history), "text" =>
    field(text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatAITextSentimentAnalysisRequest { "history" => read_field(history), "text" =>
    read_field(text) }
}
impl rt::WriteRequest for ChatAITextSentimentAnalysisRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_ai_query_logs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatAiQueryLogsRequest {
    /// `appId`: a query parameter.
    pub app_id: i64,
    /// `endTime`: a query parameter.
    pub end_time: Option<i64>,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `scenceId`: a query parameter.
    pub scence_id: Option<i64>,
    /// `startTime`: a query parameter.
    pub start_time: Option<i64>,
}
/// The required fields of [`ChatAiQueryLogsRequest`], each named where it is set: `ChatAiQueryLogsRequest::new(ChatAiQueryLogsRequired { .. })`.
pub struct ChatAiQueryLogsRequired {
    /// `appId`: see [`ChatAiQueryLogsRequest::app_id`].
    pub app_id: i64,
    /// `pageNumber`: see [`ChatAiQueryLogsRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`ChatAiQueryLogsRequest::page_size`].
    pub page_size: i64,
}
impl ChatAiQueryLogsRequest {
    /// A `ChatAiQueryLogsRequest` with its required fields (`appId`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: ChatAiQueryLogsRequired) -> Self {
        let ChatAiQueryLogsRequired { app_id, page_number, page_size } = required;
        Self {
            app_id,
            end_time: None,
            page_number,
            page_size,
            scence_id: None,
            start_time: None,
        }
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `scenceId`.
    pub fn scence_id(mut self, value: i64) -> Self {
        self.scence_id = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatAiQueryLogsRequest { "appId" => read_field(app_id), "endTime" =>
    read_field(end_time), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "scenceId" => read_field(scence_id), "startTime" =>
    read_field(start_time) }
}
impl rt::WriteRequest for ChatAiQueryLogsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("appId", &self.app_id);
        writer.query("endTime", &self.end_time);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("scenceId", &self.scence_id);
        writer.query("startTime", &self.start_time);
    }
}
/// The request of [`Api::chat_ai_travel_list`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ChatAiTravelListRequest {
    /// `paramList`.
    pub param_list: Option<Vec<ChatAiTravelListRequestParamList>>,
    /// `travelId`.
    pub travel_id: Option<String>,
}
impl ChatAiTravelListRequest {
    /// An empty `ChatAiTravelListRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `paramList`.
    pub fn param_list(
        mut self,
        value: impl IntoIterator<Item = ChatAiTravelListRequestParamList>,
    ) -> Self {
        self.param_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `travelId`.
    pub fn travel_id(mut self, value: impl Into<String>) -> Self {
        self.travel_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatAiTravelListRequest { "paramList" => optional(param_list), "travelId" =>
    optional(travel_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatAiTravelListRequest { "paramList" => read_field(param_list), "travelId" =>
    read_field(travel_id) }
}
impl rt::WriteRequest for ChatAiTravelListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_form_get_data_for_api_access`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatFormGetDataForApiAccessRequest {
    /// `dingTalkTraceId`: a query parameter.
    pub ding_talk_trace_id: String,
}
/// The required fields of [`ChatFormGetDataForApiAccessRequest`], each named where it is set: `ChatFormGetDataForApiAccessRequest::new(ChatFormGetDataForApiAccessRequired { .. })`.
pub struct ChatFormGetDataForApiAccessRequired {
    /// `dingTalkTraceId`: see [`ChatFormGetDataForApiAccessRequest::ding_talk_trace_id`].
    pub ding_talk_trace_id: String,
}
impl ChatFormGetDataForApiAccessRequest {
    /// A `ChatFormGetDataForApiAccessRequest` with its required fields (`dingTalkTraceId`); set the others with the methods named after them.
    pub fn new(required: ChatFormGetDataForApiAccessRequired) -> Self {
        let ChatFormGetDataForApiAccessRequired { ding_talk_trace_id } = required;
        Self { ding_talk_trace_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatFormGetDataForApiAccessRequest { "dingTalkTraceId" =>
    read_field(ding_talk_trace_id) }
}
impl rt::WriteRequest for ChatFormGetDataForApiAccessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("dingTalkTraceId", &self.ding_talk_trace_id);
    }
}
/// The request of [`Api::chat_memo_add_general_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoAddGeneralFileRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `datasetId`.
    pub dataset_id: i64,
    /// `downloadUrl`.
    pub download_url: String,
    /// `fileDesc`.
    pub file_desc: Option<String>,
    /// `fileName`.
    pub file_name: String,
    /// `tagList`.
    pub tag_list: Option<Vec<ChatMemoAddGeneralFileRequestTagList>>,
}
/// The required fields of [`ChatMemoAddGeneralFileRequest`], each named where it is set: `ChatMemoAddGeneralFileRequest::new(ChatMemoAddGeneralFileRequired { .. })`.
pub struct ChatMemoAddGeneralFileRequired {
    /// `datasetId`: see [`ChatMemoAddGeneralFileRequest::dataset_id`].
    pub dataset_id: i64,
    /// `downloadUrl`: see [`ChatMemoAddGeneralFileRequest::download_url`].
    pub download_url: String,
    /// `fileName`: see [`ChatMemoAddGeneralFileRequest::file_name`].
    pub file_name: String,
}
impl ChatMemoAddGeneralFileRequest {
    /// A `ChatMemoAddGeneralFileRequest` with its required fields (`datasetId`, `downloadUrl`, `fileName`); set the others with the methods named after them.
    pub fn new(required: ChatMemoAddGeneralFileRequired) -> Self {
        let ChatMemoAddGeneralFileRequired { dataset_id, download_url, file_name } = required;
        Self {
            biz_id: None,
            dataset_id,
            download_url,
            file_desc: None,
            file_name,
            tag_list: None,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
    /// Sets `fileDesc`.
    pub fn file_desc(mut self, value: impl Into<String>) -> Self {
        self.file_desc = Some(value.into());
        self
    }
    /// Sets `tagList`.
    pub fn tag_list(
        mut self,
        value: impl IntoIterator<Item = ChatMemoAddGeneralFileRequestTagList>,
    ) -> Self {
        self.tag_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    ChatMemoAddGeneralFileRequest { "bizId" => optional(biz_id), "datasetId" =>
    field(dataset_id), "downloadUrl" => field(download_url), "fileDesc" =>
    optional(file_desc), "fileName" => field(file_name), "tagList" => optional(tag_list)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoAddGeneralFileRequest { "bizId" => read_field(biz_id), "datasetId" =>
    read_field(dataset_id), "downloadUrl" => read_field(download_url), "fileDesc" =>
    read_field(file_desc), "fileName" => read_field(file_name), "tagList" =>
    read_field(tag_list) }
}
impl rt::WriteRequest for ChatMemoAddGeneralFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_memo_add_knowledge_graph_node`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoAddKnowledgeGraphNodeRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `datasetId`.
    pub dataset_id: i64,
    /// `nodeInfo`.
    pub node_info: ChatMemoAddKnowledgeGraphNodeRequestNodeInfo,
}
/// The required fields of [`ChatMemoAddKnowledgeGraphNodeRequest`], each named where it is set: `ChatMemoAddKnowledgeGraphNodeRequest::new(ChatMemoAddKnowledgeGraphNodeRequired { .. })`.
pub struct ChatMemoAddKnowledgeGraphNodeRequired {
    /// `datasetId`: see [`ChatMemoAddKnowledgeGraphNodeRequest::dataset_id`].
    pub dataset_id: i64,
    /// `nodeInfo`: see [`ChatMemoAddKnowledgeGraphNodeRequest::node_info`].
    pub node_info: ChatMemoAddKnowledgeGraphNodeRequestNodeInfo,
}
impl ChatMemoAddKnowledgeGraphNodeRequest {
    /// A `ChatMemoAddKnowledgeGraphNodeRequest` with its required fields (`datasetId`, `nodeInfo`); set the others with the methods named after them.
    pub fn new(required: ChatMemoAddKnowledgeGraphNodeRequired) -> Self {
        let ChatMemoAddKnowledgeGraphNodeRequired { dataset_id, node_info } = required;
        Self {
            biz_id: None,
            dataset_id,
            node_info,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatMemoAddKnowledgeGraphNodeRequest { "bizId" => optional(biz_id), "datasetId" =>
    field(dataset_id), "nodeInfo" => field(node_info) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoAddKnowledgeGraphNodeRequest { "bizId" => read_field(biz_id), "datasetId" =>
    read_field(dataset_id), "nodeInfo" => read_field(node_info) }
}
impl rt::WriteRequest for ChatMemoAddKnowledgeGraphNodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_memo_add_knowledge_graph_relation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoAddKnowledgeGraphRelationRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `datasetId`.
    pub dataset_id: i64,
    /// `relationInfo`.
    pub relation_info: ChatMemoAddKnowledgeGraphRelationRequestRelationInfo,
}
/// The required fields of [`ChatMemoAddKnowledgeGraphRelationRequest`], each named where it is set: `ChatMemoAddKnowledgeGraphRelationRequest::new(ChatMemoAddKnowledgeGraphRelationRequired { .. })`.
pub struct ChatMemoAddKnowledgeGraphRelationRequired {
    /// `datasetId`: see [`ChatMemoAddKnowledgeGraphRelationRequest::dataset_id`].
    pub dataset_id: i64,
    /// `relationInfo`: see [`ChatMemoAddKnowledgeGraphRelationRequest::relation_info`].
    pub relation_info: ChatMemoAddKnowledgeGraphRelationRequestRelationInfo,
}
impl ChatMemoAddKnowledgeGraphRelationRequest {
    /// A `ChatMemoAddKnowledgeGraphRelationRequest` with its required fields (`datasetId`, `relationInfo`); set the others with the methods named after them.
    pub fn new(required: ChatMemoAddKnowledgeGraphRelationRequired) -> Self {
        let ChatMemoAddKnowledgeGraphRelationRequired { dataset_id, relation_info } = required;
        Self {
            biz_id: None,
            dataset_id,
            relation_info,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatMemoAddKnowledgeGraphRelationRequest { "bizId" => optional(biz_id), "datasetId"
    => field(dataset_id), "relationInfo" => field(relation_info) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoAddKnowledgeGraphRelationRequest { "bizId" => read_field(biz_id), "datasetId"
    => read_field(dataset_id), "relationInfo" => read_field(relation_info) }
}
impl rt::WriteRequest for ChatMemoAddKnowledgeGraphRelationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_memo_delete_general_file`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoDeleteGeneralFileRequest {
    /// `datasetId`.
    pub dataset_id: i64,
    /// `mediaId`.
    pub media_id: String,
}
/// The required fields of [`ChatMemoDeleteGeneralFileRequest`], each named where it is set: `ChatMemoDeleteGeneralFileRequest::new(ChatMemoDeleteGeneralFileRequired { .. })`.
pub struct ChatMemoDeleteGeneralFileRequired {
    /// `datasetId`: see [`ChatMemoDeleteGeneralFileRequest::dataset_id`].
    pub dataset_id: i64,
    /// `mediaId`: see [`ChatMemoDeleteGeneralFileRequest::media_id`].
    pub media_id: String,
}
impl ChatMemoDeleteGeneralFileRequest {
    /// A `ChatMemoDeleteGeneralFileRequest` with its required fields (`datasetId`, `mediaId`); set the others with the methods named after them.
    pub fn new(required: ChatMemoDeleteGeneralFileRequired) -> Self {
        let ChatMemoDeleteGeneralFileRequired { dataset_id, media_id } = required;
        Self { dataset_id, media_id }
    }
}
rt::impl_serialize! {
    ChatMemoDeleteGeneralFileRequest { "datasetId" => field(dataset_id), "mediaId" =>
    field(media_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoDeleteGeneralFileRequest { "datasetId" => read_field(dataset_id), "mediaId"
    => read_field(media_id) }
}
impl rt::WriteRequest for ChatMemoDeleteGeneralFileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_memo_delete_knowledge_graph_node`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoDeleteKnowledgeGraphNodeRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `datasetId`.
    pub dataset_id: i64,
    /// `mediaId`.
    pub media_id: String,
}
/// The required fields of [`ChatMemoDeleteKnowledgeGraphNodeRequest`], each named where it is set: `ChatMemoDeleteKnowledgeGraphNodeRequest::new(ChatMemoDeleteKnowledgeGraphNodeRequired { .. })`.
pub struct ChatMemoDeleteKnowledgeGraphNodeRequired {
    /// `datasetId`: see [`ChatMemoDeleteKnowledgeGraphNodeRequest::dataset_id`].
    pub dataset_id: i64,
    /// `mediaId`: see [`ChatMemoDeleteKnowledgeGraphNodeRequest::media_id`].
    pub media_id: String,
}
impl ChatMemoDeleteKnowledgeGraphNodeRequest {
    /// A `ChatMemoDeleteKnowledgeGraphNodeRequest` with its required fields (`datasetId`, `mediaId`); set the others with the methods named after them.
    pub fn new(required: ChatMemoDeleteKnowledgeGraphNodeRequired) -> Self {
        let ChatMemoDeleteKnowledgeGraphNodeRequired { dataset_id, media_id } = required;
        Self {
            biz_id: None,
            dataset_id,
            media_id,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatMemoDeleteKnowledgeGraphNodeRequest { "bizId" => optional(biz_id), "datasetId" =>
    field(dataset_id), "mediaId" => field(media_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoDeleteKnowledgeGraphNodeRequest { "bizId" => read_field(biz_id), "datasetId"
    => read_field(dataset_id), "mediaId" => read_field(media_id) }
}
impl rt::WriteRequest for ChatMemoDeleteKnowledgeGraphNodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_memo_delete_knowledge_graph_relation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoDeleteKnowledgeGraphRelationRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `datasetId`.
    pub dataset_id: i64,
    /// `mediaId`.
    pub media_id: String,
}
/// The required fields of [`ChatMemoDeleteKnowledgeGraphRelationRequest`], each named where it is set: `ChatMemoDeleteKnowledgeGraphRelationRequest::new(ChatMemoDeleteKnowledgeGraphRelationRequired { .. })`.
pub struct ChatMemoDeleteKnowledgeGraphRelationRequired {
    /// `datasetId`: see [`ChatMemoDeleteKnowledgeGraphRelationRequest::dataset_id`].
    pub dataset_id: i64,
    /// `mediaId`: see [`ChatMemoDeleteKnowledgeGraphRelationRequest::media_id`].
    pub media_id: String,
}
impl ChatMemoDeleteKnowledgeGraphRelationRequest {
    /// A `ChatMemoDeleteKnowledgeGraphRelationRequest` with its required fields (`datasetId`, `mediaId`); set the others with the methods named after them.
    pub fn new(required: ChatMemoDeleteKnowledgeGraphRelationRequired) -> Self {
        let ChatMemoDeleteKnowledgeGraphRelationRequired { dataset_id, media_id } = required;
        Self {
            biz_id: None,
            dataset_id,
            media_id,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatMemoDeleteKnowledgeGraphRelationRequest { "bizId" => optional(biz_id),
    "datasetId" => field(dataset_id), "mediaId" => field(media_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoDeleteKnowledgeGraphRelationRequest { "bizId" => read_field(biz_id),
    "datasetId" => read_field(dataset_id), "mediaId" => read_field(media_id) }
}
impl rt::WriteRequest for ChatMemoDeleteKnowledgeGraphRelationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_memo_faq_add`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoFaqAddRequest {
    /// `answer`.
    pub answer: String,
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `datasetId`.
    pub dataset_id: i64,
    /// `question`.
    pub question: String,
    /// `redirection`.
    pub redirection: Option<String>,
}
/// The required fields of [`ChatMemoFaqAddRequest`], each named where it is set: `ChatMemoFaqAddRequest::new(ChatMemoFaqAddRequired { .. })`.
pub struct ChatMemoFaqAddRequired {
    /// `answer`: see [`ChatMemoFaqAddRequest::answer`].
    pub answer: String,
    /// `datasetId`: see [`ChatMemoFaqAddRequest::dataset_id`].
    pub dataset_id: i64,
    /// `question`: see [`ChatMemoFaqAddRequest::question`].
    pub question: String,
}
impl ChatMemoFaqAddRequest {
    /// A `ChatMemoFaqAddRequest` with its required fields (`answer`, `datasetId`, `question`); set the others with the methods named after them.
    pub fn new(required: ChatMemoFaqAddRequired) -> Self {
        let ChatMemoFaqAddRequired { answer, dataset_id, question } = required;
        Self {
            answer,
            biz_id: None,
            dataset_id,
            question,
            redirection: None,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
    /// Sets `redirection`.
    pub fn redirection(mut self, value: impl Into<String>) -> Self {
        self.redirection = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatMemoFaqAddRequest { "answer" => field(answer), "bizId" => optional(biz_id),
    "datasetId" => field(dataset_id), "question" => field(question), "redirection" =>
    optional(redirection) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoFaqAddRequest { "answer" => read_field(answer), "bizId" =>
    read_field(biz_id), "datasetId" => read_field(dataset_id), "question" =>
    read_field(question), "redirection" => read_field(redirection) }
}
impl rt::WriteRequest for ChatMemoFaqAddRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_memo_faq_delete`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoFaqDeleteRequest {
    /// `datasetId`.
    pub dataset_id: i64,
    /// `mediaId`.
    pub media_id: String,
}
/// The required fields of [`ChatMemoFaqDeleteRequest`], each named where it is set: `ChatMemoFaqDeleteRequest::new(ChatMemoFaqDeleteRequired { .. })`.
pub struct ChatMemoFaqDeleteRequired {
    /// `datasetId`: see [`ChatMemoFaqDeleteRequest::dataset_id`].
    pub dataset_id: i64,
    /// `mediaId`: see [`ChatMemoFaqDeleteRequest::media_id`].
    pub media_id: String,
}
impl ChatMemoFaqDeleteRequest {
    /// A `ChatMemoFaqDeleteRequest` with its required fields (`datasetId`, `mediaId`); set the others with the methods named after them.
    pub fn new(required: ChatMemoFaqDeleteRequired) -> Self {
        let ChatMemoFaqDeleteRequired { dataset_id, media_id } = required;
        Self { dataset_id, media_id }
    }
}
rt::impl_serialize! {
    ChatMemoFaqDeleteRequest { "datasetId" => field(dataset_id), "mediaId" =>
    field(media_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoFaqDeleteRequest { "datasetId" => read_field(dataset_id), "mediaId" =>
    read_field(media_id) }
}
impl rt::WriteRequest for ChatMemoFaqDeleteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_memo_faq_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoFaqListRequest {
    /// `datasetId`: a query parameter.
    pub dataset_id: i64,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`ChatMemoFaqListRequest`], each named where it is set: `ChatMemoFaqListRequest::new(ChatMemoFaqListRequired { .. })`.
pub struct ChatMemoFaqListRequired {
    /// `datasetId`: see [`ChatMemoFaqListRequest::dataset_id`].
    pub dataset_id: i64,
    /// `pageNumber`: see [`ChatMemoFaqListRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`ChatMemoFaqListRequest::page_size`].
    pub page_size: i64,
}
impl ChatMemoFaqListRequest {
    /// A `ChatMemoFaqListRequest` with its required fields (`datasetId`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: ChatMemoFaqListRequired) -> Self {
        let ChatMemoFaqListRequired { dataset_id, page_number, page_size } = required;
        Self {
            dataset_id,
            page_number,
            page_size,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoFaqListRequest { "datasetId" => read_field(dataset_id), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for ChatMemoFaqListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("datasetId", &self.dataset_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::chat_memo_get_file_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoGetFileListRequest {
    /// `datasetId`: a query parameter.
    pub dataset_id: i64,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`ChatMemoGetFileListRequest`], each named where it is set: `ChatMemoGetFileListRequest::new(ChatMemoGetFileListRequired { .. })`.
pub struct ChatMemoGetFileListRequired {
    /// `datasetId`: see [`ChatMemoGetFileListRequest::dataset_id`].
    pub dataset_id: i64,
    /// `pageNumber`: see [`ChatMemoGetFileListRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`ChatMemoGetFileListRequest::page_size`].
    pub page_size: i64,
}
impl ChatMemoGetFileListRequest {
    /// A `ChatMemoGetFileListRequest` with its required fields (`datasetId`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: ChatMemoGetFileListRequired) -> Self {
        let ChatMemoGetFileListRequired { dataset_id, page_number, page_size } = required;
        Self {
            dataset_id,
            page_number,
            page_size,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoGetFileListRequest { "datasetId" => read_field(dataset_id), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for ChatMemoGetFileListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("datasetId", &self.dataset_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::chat_memo_get_file_status`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoGetFileStatusRequest {
    /// `datasetId`.
    pub dataset_id: i64,
    /// `mediaId`.
    pub media_id: String,
}
/// The required fields of [`ChatMemoGetFileStatusRequest`], each named where it is set: `ChatMemoGetFileStatusRequest::new(ChatMemoGetFileStatusRequired { .. })`.
pub struct ChatMemoGetFileStatusRequired {
    /// `datasetId`: see [`ChatMemoGetFileStatusRequest::dataset_id`].
    pub dataset_id: i64,
    /// `mediaId`: see [`ChatMemoGetFileStatusRequest::media_id`].
    pub media_id: String,
}
impl ChatMemoGetFileStatusRequest {
    /// A `ChatMemoGetFileStatusRequest` with its required fields (`datasetId`, `mediaId`); set the others with the methods named after them.
    pub fn new(required: ChatMemoGetFileStatusRequired) -> Self {
        let ChatMemoGetFileStatusRequired { dataset_id, media_id } = required;
        Self { dataset_id, media_id }
    }
}
rt::impl_serialize! {
    ChatMemoGetFileStatusRequest { "datasetId" => field(dataset_id), "mediaId" =>
    field(media_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoGetFileStatusRequest { "datasetId" => read_field(dataset_id), "mediaId" =>
    read_field(media_id) }
}
impl rt::WriteRequest for ChatMemoGetFileStatusRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_memo_query_knowledge_graph_node`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoQueryKnowledgeGraphNodeRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `datasetId`.
    pub dataset_id: i64,
    /// `mediaId`.
    pub media_id: String,
}
/// The required fields of [`ChatMemoQueryKnowledgeGraphNodeRequest`], each named where it is set: `ChatMemoQueryKnowledgeGraphNodeRequest::new(ChatMemoQueryKnowledgeGraphNodeRequired { .. })`.
pub struct ChatMemoQueryKnowledgeGraphNodeRequired {
    /// `datasetId`: see [`ChatMemoQueryKnowledgeGraphNodeRequest::dataset_id`].
    pub dataset_id: i64,
    /// `mediaId`: see [`ChatMemoQueryKnowledgeGraphNodeRequest::media_id`].
    pub media_id: String,
}
impl ChatMemoQueryKnowledgeGraphNodeRequest {
    /// A `ChatMemoQueryKnowledgeGraphNodeRequest` with its required fields (`datasetId`, `mediaId`); set the others with the methods named after them.
    pub fn new(required: ChatMemoQueryKnowledgeGraphNodeRequired) -> Self {
        let ChatMemoQueryKnowledgeGraphNodeRequired { dataset_id, media_id } = required;
        Self {
            biz_id: None,
            dataset_id,
            media_id,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatMemoQueryKnowledgeGraphNodeRequest { "bizId" => optional(biz_id), "datasetId" =>
    field(dataset_id), "mediaId" => field(media_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoQueryKnowledgeGraphNodeRequest { "bizId" => read_field(biz_id), "datasetId"
    => read_field(dataset_id), "mediaId" => read_field(media_id) }
}
impl rt::WriteRequest for ChatMemoQueryKnowledgeGraphNodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_memo_query_knowledge_graph_relation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoQueryKnowledgeGraphRelationRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `datasetId`.
    pub dataset_id: i64,
    /// `mediaId`.
    pub media_id: String,
}
/// The required fields of [`ChatMemoQueryKnowledgeGraphRelationRequest`], each named where it is set: `ChatMemoQueryKnowledgeGraphRelationRequest::new(ChatMemoQueryKnowledgeGraphRelationRequired { .. })`.
pub struct ChatMemoQueryKnowledgeGraphRelationRequired {
    /// `datasetId`: see [`ChatMemoQueryKnowledgeGraphRelationRequest::dataset_id`].
    pub dataset_id: i64,
    /// `mediaId`: see [`ChatMemoQueryKnowledgeGraphRelationRequest::media_id`].
    pub media_id: String,
}
impl ChatMemoQueryKnowledgeGraphRelationRequest {
    /// A `ChatMemoQueryKnowledgeGraphRelationRequest` with its required fields (`datasetId`, `mediaId`); set the others with the methods named after them.
    pub fn new(required: ChatMemoQueryKnowledgeGraphRelationRequired) -> Self {
        let ChatMemoQueryKnowledgeGraphRelationRequired { dataset_id, media_id } = required;
        Self {
            biz_id: None,
            dataset_id,
            media_id,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatMemoQueryKnowledgeGraphRelationRequest { "bizId" => optional(biz_id), "datasetId"
    => field(dataset_id), "mediaId" => field(media_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoQueryKnowledgeGraphRelationRequest { "bizId" => read_field(biz_id),
    "datasetId" => read_field(dataset_id), "mediaId" => read_field(media_id) }
}
impl rt::WriteRequest for ChatMemoQueryKnowledgeGraphRelationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_memo_update_knowledge_graph_node`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoUpdateKnowledgeGraphNodeRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `datasetId`.
    pub dataset_id: i64,
    /// `nodeInfo`.
    pub node_info: ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfo,
}
/// The required fields of [`ChatMemoUpdateKnowledgeGraphNodeRequest`], each named where it is set: `ChatMemoUpdateKnowledgeGraphNodeRequest::new(ChatMemoUpdateKnowledgeGraphNodeRequired { .. })`.
pub struct ChatMemoUpdateKnowledgeGraphNodeRequired {
    /// `datasetId`: see [`ChatMemoUpdateKnowledgeGraphNodeRequest::dataset_id`].
    pub dataset_id: i64,
    /// `nodeInfo`: see [`ChatMemoUpdateKnowledgeGraphNodeRequest::node_info`].
    pub node_info: ChatMemoUpdateKnowledgeGraphNodeRequestNodeInfo,
}
impl ChatMemoUpdateKnowledgeGraphNodeRequest {
    /// A `ChatMemoUpdateKnowledgeGraphNodeRequest` with its required fields (`datasetId`, `nodeInfo`); set the others with the methods named after them.
    pub fn new(required: ChatMemoUpdateKnowledgeGraphNodeRequired) -> Self {
        let ChatMemoUpdateKnowledgeGraphNodeRequired { dataset_id, node_info } = required;
        Self {
            biz_id: None,
            dataset_id,
            node_info,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatMemoUpdateKnowledgeGraphNodeRequest { "bizId" => optional(biz_id), "datasetId" =>
    field(dataset_id), "nodeInfo" => field(node_info) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoUpdateKnowledgeGraphNodeRequest { "bizId" => read_field(biz_id), "datasetId"
    => read_field(dataset_id), "nodeInfo" => read_field(node_info) }
}
impl rt::WriteRequest for ChatMemoUpdateKnowledgeGraphNodeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::chat_memo_update_knowledge_graph_relation`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ChatMemoUpdateKnowledgeGraphRelationRequest {
    /// `bizId`.
    pub biz_id: Option<String>,
    /// `datasetId`.
    pub dataset_id: i64,
    /// `relationInfo`.
    pub relation_info: ChatMemoUpdateKnowledgeGraphRelationRequestRelationInfo,
}
/// The required fields of [`ChatMemoUpdateKnowledgeGraphRelationRequest`], each named where it is set: `ChatMemoUpdateKnowledgeGraphRelationRequest::new(ChatMemoUpdateKnowledgeGraphRelationRequired { .. })`.
pub struct ChatMemoUpdateKnowledgeGraphRelationRequired {
    /// `datasetId`: see [`ChatMemoUpdateKnowledgeGraphRelationRequest::dataset_id`].
    pub dataset_id: i64,
    /// `relationInfo`: see [`ChatMemoUpdateKnowledgeGraphRelationRequest::relation_info`].
    pub relation_info: ChatMemoUpdateKnowledgeGraphRelationRequestRelationInfo,
}
impl ChatMemoUpdateKnowledgeGraphRelationRequest {
    /// A `ChatMemoUpdateKnowledgeGraphRelationRequest` with its required fields (`datasetId`, `relationInfo`); set the others with the methods named after them.
    pub fn new(required: ChatMemoUpdateKnowledgeGraphRelationRequired) -> Self {
        let ChatMemoUpdateKnowledgeGraphRelationRequired { dataset_id, relation_info } = required;
        Self {
            biz_id: None,
            dataset_id,
            relation_info,
        }
    }
    /// Sets `bizId`.
    pub fn biz_id(mut self, value: impl Into<String>) -> Self {
        self.biz_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    ChatMemoUpdateKnowledgeGraphRelationRequest { "bizId" => optional(biz_id),
    "datasetId" => field(dataset_id), "relationInfo" => field(relation_info) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ChatMemoUpdateKnowledgeGraphRelationRequest { "bizId" => read_field(biz_id),
    "datasetId" => read_field(dataset_id), "relationInfo" => read_field(relation_info) }
}
impl rt::WriteRequest for ChatMemoUpdateKnowledgeGraphRelationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::circle_post_detail`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CirclePostDetailRequest {
    /// `postId`.
    pub post_id: Option<i64>,
}
impl CirclePostDetailRequest {
    /// An empty `CirclePostDetailRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `postId`.
    pub fn post_id(mut self, value: i64) -> Self {
        self.post_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    CirclePostDetailRequest { "postId" => optional(post_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CirclePostDetailRequest { "postId" => read_field(post_id) }
}
impl rt::WriteRequest for CirclePostDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::circle_post_record`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CirclePostRecordRequest {
    /// `direction`.
    pub direction: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `lastPostId`.
    pub last_post_id: Option<i64>,
    /// `size`.
    pub size: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
}
impl CirclePostRecordRequest {
    /// An empty `CirclePostRecordRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `direction`.
    pub fn direction(mut self, value: i64) -> Self {
        self.direction = Some(value);
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `lastPostId`.
    pub fn last_post_id(mut self, value: i64) -> Self {
        self.last_post_id = Some(value);
        self
    }
    /// Sets `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
}
rt::impl_serialize! {
    CirclePostRecordRequest { "direction" => optional(direction), "endTime" =>
    optional(end_time), "lastPostId" => optional(last_post_id), "size" => optional(size),
    "startTime" => optional(start_time) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CirclePostRecordRequest { "direction" => read_field(direction), "endTime" =>
    read_field(end_time), "lastPostId" => read_field(last_post_id), "size" =>
    read_field(size), "startTime" => read_field(start_time) }
}
impl rt::WriteRequest for CirclePostRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::college_active_college_dept_group`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeActiveCollegeDeptGroupRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
}
/// The required fields of [`CollegeActiveCollegeDeptGroupRequest`], each named where it is set: `CollegeActiveCollegeDeptGroupRequest::new(CollegeActiveCollegeDeptGroupRequired { .. })`.
pub struct CollegeActiveCollegeDeptGroupRequired {
    /// `deptId`: see [`CollegeActiveCollegeDeptGroupRequest::dept_id`].
    pub dept_id: i64,
}
impl CollegeActiveCollegeDeptGroupRequest {
    /// A `CollegeActiveCollegeDeptGroupRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(required: CollegeActiveCollegeDeptGroupRequired) -> Self {
        let CollegeActiveCollegeDeptGroupRequired { dept_id } = required;
        Self { dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeActiveCollegeDeptGroupRequest { "deptId" => read_field(dept_id) }
}
impl rt::WriteRequest for CollegeActiveCollegeDeptGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
    }
}
/// The request of [`Api::college_add_college_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeAddCollegeDeptRequest {
    /// `deptName`: a query parameter.
    pub dept_name: String,
    /// `deptType`: a query parameter.
    pub dept_type: String,
    /// `sortFactor`: a query parameter.
    pub sort_factor: i64,
    /// `superId`: a query parameter.
    pub super_id: i64,
}
/// The required fields of [`CollegeAddCollegeDeptRequest`], each named where it is set: `CollegeAddCollegeDeptRequest::new(CollegeAddCollegeDeptRequired { .. })`.
pub struct CollegeAddCollegeDeptRequired {
    /// `deptName`: see [`CollegeAddCollegeDeptRequest::dept_name`].
    pub dept_name: String,
    /// `deptType`: see [`CollegeAddCollegeDeptRequest::dept_type`].
    pub dept_type: String,
    /// `sortFactor`: see [`CollegeAddCollegeDeptRequest::sort_factor`].
    pub sort_factor: i64,
    /// `superId`: see [`CollegeAddCollegeDeptRequest::super_id`].
    pub super_id: i64,
}
impl CollegeAddCollegeDeptRequest {
    /// A `CollegeAddCollegeDeptRequest` with its required fields (`deptName`, `deptType`, `sortFactor`, `superId`); set the others with the methods named after them.
    pub fn new(required: CollegeAddCollegeDeptRequired) -> Self {
        let CollegeAddCollegeDeptRequired {
            dept_name,
            dept_type,
            sort_factor,
            super_id,
        } = required;
        Self {
            dept_name,
            dept_type,
            sort_factor,
            super_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeAddCollegeDeptRequest { "deptName" => read_field(dept_name), "deptType" =>
    read_field(dept_type), "sortFactor" => read_field(sort_factor), "superId" =>
    read_field(super_id) }
}
impl rt::WriteRequest for CollegeAddCollegeDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptName", &self.dept_name);
        writer.query("deptType", &self.dept_type);
        writer.query("sortFactor", &self.sort_factor);
        writer.query("superId", &self.super_id);
    }
}
/// The request of [`Api::college_add_manager`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeAddManagerRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`CollegeAddManagerRequest`], each named where it is set: `CollegeAddManagerRequest::new(CollegeAddManagerRequired { .. })`.
pub struct CollegeAddManagerRequired {
    /// `deptId`: see [`CollegeAddManagerRequest::dept_id`].
    pub dept_id: i64,
    /// `userId`: see [`CollegeAddManagerRequest::user_id`].
    pub user_id: String,
}
impl CollegeAddManagerRequest {
    /// A `CollegeAddManagerRequest` with its required fields (`deptId`, `userId`); set the others with the methods named after them.
    pub fn new(required: CollegeAddManagerRequired) -> Self {
        let CollegeAddManagerRequired { dept_id, user_id } = required;
        Self { dept_id, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeAddManagerRequest { "deptId" => read_field(dept_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for CollegeAddManagerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::college_add_student`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeAddStudentRequest {
    /// `deptId`.
    pub dept_id: i64,
    /// `empExtension`.
    pub emp_extension: Option<rt::BTreeMap<String, String>>,
    /// `gender`.
    pub gender: Option<String>,
    /// `identifyId`.
    pub identify_id: Option<String>,
    /// `mobile`.
    pub mobile: String,
    /// `startYear`.
    pub start_year: Option<String>,
    /// `studentName`.
    pub student_name: String,
    /// `studentNumber`.
    pub student_number: String,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`CollegeAddStudentRequest`], each named where it is set: `CollegeAddStudentRequest::new(CollegeAddStudentRequired { .. })`.
pub struct CollegeAddStudentRequired {
    /// `deptId`: see [`CollegeAddStudentRequest::dept_id`].
    pub dept_id: i64,
    /// `mobile`: see [`CollegeAddStudentRequest::mobile`].
    pub mobile: String,
    /// `studentName`: see [`CollegeAddStudentRequest::student_name`].
    pub student_name: String,
    /// `studentNumber`: see [`CollegeAddStudentRequest::student_number`].
    pub student_number: String,
}
impl CollegeAddStudentRequest {
    /// A `CollegeAddStudentRequest` with its required fields (`deptId`, `mobile`, `studentName`, `studentNumber`); set the others with the methods named after them.
    pub fn new(required: CollegeAddStudentRequired) -> Self {
        let CollegeAddStudentRequired {
            dept_id,
            mobile,
            student_name,
            student_number,
        } = required;
        Self {
            dept_id,
            emp_extension: None,
            gender: None,
            identify_id: None,
            mobile,
            start_year: None,
            student_name,
            student_number,
            user_id: None,
        }
    }
    /// Sets `empExtension`.
    pub fn emp_extension(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.emp_extension = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `gender`.
    pub fn gender(mut self, value: impl Into<String>) -> Self {
        self.gender = Some(value.into());
        self
    }
    /// Sets `identifyId`.
    pub fn identify_id(mut self, value: impl Into<String>) -> Self {
        self.identify_id = Some(value.into());
        self
    }
    /// Sets `startYear`.
    pub fn start_year(mut self, value: impl Into<String>) -> Self {
        self.start_year = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollegeAddStudentRequest { "deptId" => field(dept_id), "empExtension" =>
    optional(emp_extension), "gender" => optional(gender), "identifyId" =>
    optional(identify_id), "mobile" => field(mobile), "startYear" =>
    optional(start_year), "studentName" => field(student_name), "studentNumber" =>
    field(student_number), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeAddStudentRequest { "deptId" => read_field(dept_id), "empExtension" =>
    read_field(emp_extension), "gender" => read_field(gender), "identifyId" =>
    read_field(identify_id), "mobile" => read_field(mobile), "startYear" =>
    read_field(start_year), "studentName" => read_field(student_name), "studentNumber" =>
    read_field(student_number), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CollegeAddStudentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::college_change_student_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeChangeStudentDeptRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `newDeptId`: a query parameter.
    pub new_dept_id: i64,
    /// `studentId`: a query parameter.
    pub student_id: i64,
}
/// The required fields of [`CollegeChangeStudentDeptRequest`], each named where it is set: `CollegeChangeStudentDeptRequest::new(CollegeChangeStudentDeptRequired { .. })`.
pub struct CollegeChangeStudentDeptRequired {
    /// `deptId`: see [`CollegeChangeStudentDeptRequest::dept_id`].
    pub dept_id: i64,
    /// `newDeptId`: see [`CollegeChangeStudentDeptRequest::new_dept_id`].
    pub new_dept_id: i64,
    /// `studentId`: see [`CollegeChangeStudentDeptRequest::student_id`].
    pub student_id: i64,
}
impl CollegeChangeStudentDeptRequest {
    /// A `CollegeChangeStudentDeptRequest` with its required fields (`deptId`, `newDeptId`, `studentId`); set the others with the methods named after them.
    pub fn new(required: CollegeChangeStudentDeptRequired) -> Self {
        let CollegeChangeStudentDeptRequired { dept_id, new_dept_id, student_id } = required;
        Self {
            dept_id,
            new_dept_id,
            student_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeChangeStudentDeptRequest { "deptId" => read_field(dept_id), "newDeptId" =>
    read_field(new_dept_id), "studentId" => read_field(student_id) }
}
impl rt::WriteRequest for CollegeChangeStudentDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("newDeptId", &self.new_dept_id);
        writer.query("studentId", &self.student_id);
    }
}
/// The request of [`Api::college_delete_college_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeDeleteCollegeDeptRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
}
/// The required fields of [`CollegeDeleteCollegeDeptRequest`], each named where it is set: `CollegeDeleteCollegeDeptRequest::new(CollegeDeleteCollegeDeptRequired { .. })`.
pub struct CollegeDeleteCollegeDeptRequired {
    /// `deptId`: see [`CollegeDeleteCollegeDeptRequest::dept_id`].
    pub dept_id: i64,
}
impl CollegeDeleteCollegeDeptRequest {
    /// A `CollegeDeleteCollegeDeptRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(required: CollegeDeleteCollegeDeptRequired) -> Self {
        let CollegeDeleteCollegeDeptRequired { dept_id } = required;
        Self { dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeDeleteCollegeDeptRequest { "deptId" => read_field(dept_id) }
}
impl rt::WriteRequest for CollegeDeleteCollegeDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
    }
}
/// The request of [`Api::college_list_college_sub_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeListCollegeSubDeptRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
}
/// The required fields of [`CollegeListCollegeSubDeptRequest`], each named where it is set: `CollegeListCollegeSubDeptRequest::new(CollegeListCollegeSubDeptRequired { .. })`.
pub struct CollegeListCollegeSubDeptRequired {
    /// `deptId`: see [`CollegeListCollegeSubDeptRequest::dept_id`].
    pub dept_id: i64,
}
impl CollegeListCollegeSubDeptRequest {
    /// A `CollegeListCollegeSubDeptRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(required: CollegeListCollegeSubDeptRequired) -> Self {
        let CollegeListCollegeSubDeptRequired { dept_id } = required;
        Self { dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeListCollegeSubDeptRequest { "deptId" => read_field(dept_id) }
}
impl rt::WriteRequest for CollegeListCollegeSubDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
    }
}
/// The request of [`Api::college_list_dept_manager`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeListDeptManagerRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`CollegeListDeptManagerRequest`], each named where it is set: `CollegeListDeptManagerRequest::new(CollegeListDeptManagerRequired { .. })`.
pub struct CollegeListDeptManagerRequired {
    /// `deptId`: see [`CollegeListDeptManagerRequest::dept_id`].
    pub dept_id: i64,
    /// `pageNumber`: see [`CollegeListDeptManagerRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`CollegeListDeptManagerRequest::page_size`].
    pub page_size: i64,
}
impl CollegeListDeptManagerRequest {
    /// A `CollegeListDeptManagerRequest` with its required fields (`deptId`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: CollegeListDeptManagerRequired) -> Self {
        let CollegeListDeptManagerRequired { dept_id, page_number, page_size } = required;
        Self {
            dept_id,
            page_number,
            page_size,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeListDeptManagerRequest { "deptId" => read_field(dept_id), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for CollegeListDeptManagerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::college_list_student_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeListStudentInfoRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `dingStudentStatus`: a query parameter.
    pub ding_student_status: String,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`CollegeListStudentInfoRequest`], each named where it is set: `CollegeListStudentInfoRequest::new(CollegeListStudentInfoRequired { .. })`.
pub struct CollegeListStudentInfoRequired {
    /// `deptId`: see [`CollegeListStudentInfoRequest::dept_id`].
    pub dept_id: i64,
    /// `dingStudentStatus`: see [`CollegeListStudentInfoRequest::ding_student_status`].
    pub ding_student_status: String,
    /// `pageNumber`: see [`CollegeListStudentInfoRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`CollegeListStudentInfoRequest::page_size`].
    pub page_size: i64,
}
impl CollegeListStudentInfoRequest {
    /// A `CollegeListStudentInfoRequest` with its required fields (`deptId`, `dingStudentStatus`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: CollegeListStudentInfoRequired) -> Self {
        let CollegeListStudentInfoRequired {
            dept_id,
            ding_student_status,
            page_number,
            page_size,
        } = required;
        Self {
            dept_id,
            ding_student_status,
            page_number,
            page_size,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeListStudentInfoRequest { "deptId" => read_field(dept_id), "dingStudentStatus"
    => read_field(ding_student_status), "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for CollegeListStudentInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("dingStudentStatus", &self.ding_student_status);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::college_list_unchecked_student`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeListUncheckedStudentRequest {
    /// `deptId`: a query parameter.
    pub dept_id: Option<i64>,
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`CollegeListUncheckedStudentRequest`], each named where it is set: `CollegeListUncheckedStudentRequest::new(CollegeListUncheckedStudentRequired { .. })`.
pub struct CollegeListUncheckedStudentRequired {
    /// `pageNumber`: see [`CollegeListUncheckedStudentRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`CollegeListUncheckedStudentRequest::page_size`].
    pub page_size: i64,
}
impl CollegeListUncheckedStudentRequest {
    /// A `CollegeListUncheckedStudentRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: CollegeListUncheckedStudentRequired) -> Self {
        let CollegeListUncheckedStudentRequired { page_number, page_size } = required;
        Self {
            dept_id: None,
            page_number,
            page_size,
        }
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeListUncheckedStudentRequest { "deptId" => read_field(dept_id), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for CollegeListUncheckedStudentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::college_query_college_dept_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeQueryCollegeDeptGroupInfoRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
}
/// The required fields of [`CollegeQueryCollegeDeptGroupInfoRequest`], each named where it is set: `CollegeQueryCollegeDeptGroupInfoRequest::new(CollegeQueryCollegeDeptGroupInfoRequired { .. })`.
pub struct CollegeQueryCollegeDeptGroupInfoRequired {
    /// `deptId`: see [`CollegeQueryCollegeDeptGroupInfoRequest::dept_id`].
    pub dept_id: i64,
}
impl CollegeQueryCollegeDeptGroupInfoRequest {
    /// A `CollegeQueryCollegeDeptGroupInfoRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(required: CollegeQueryCollegeDeptGroupInfoRequired) -> Self {
        let CollegeQueryCollegeDeptGroupInfoRequired { dept_id } = required;
        Self { dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeQueryCollegeDeptGroupInfoRequest { "deptId" => read_field(dept_id) }
}
impl rt::WriteRequest for CollegeQueryCollegeDeptGroupInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
    }
}
/// The request of [`Api::college_query_college_dept_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeQueryCollegeDeptInfoRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
}
/// The required fields of [`CollegeQueryCollegeDeptInfoRequest`], each named where it is set: `CollegeQueryCollegeDeptInfoRequest::new(CollegeQueryCollegeDeptInfoRequired { .. })`.
pub struct CollegeQueryCollegeDeptInfoRequired {
    /// `deptId`: see [`CollegeQueryCollegeDeptInfoRequest::dept_id`].
    pub dept_id: i64,
}
impl CollegeQueryCollegeDeptInfoRequest {
    /// A `CollegeQueryCollegeDeptInfoRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(required: CollegeQueryCollegeDeptInfoRequired) -> Self {
        let CollegeQueryCollegeDeptInfoRequired { dept_id } = required;
        Self { dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeQueryCollegeDeptInfoRequest { "deptId" => read_field(dept_id) }
}
impl rt::WriteRequest for CollegeQueryCollegeDeptInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
    }
}
/// The request of [`Api::college_query_student_info_by_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeQueryStudentInfoByDeptRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `studentId`: a query parameter.
    pub student_id: i64,
}
/// The required fields of [`CollegeQueryStudentInfoByDeptRequest`], each named where it is set: `CollegeQueryStudentInfoByDeptRequest::new(CollegeQueryStudentInfoByDeptRequired { .. })`.
pub struct CollegeQueryStudentInfoByDeptRequired {
    /// `deptId`: see [`CollegeQueryStudentInfoByDeptRequest::dept_id`].
    pub dept_id: i64,
    /// `studentId`: see [`CollegeQueryStudentInfoByDeptRequest::student_id`].
    pub student_id: i64,
}
impl CollegeQueryStudentInfoByDeptRequest {
    /// A `CollegeQueryStudentInfoByDeptRequest` with its required fields (`deptId`, `studentId`); set the others with the methods named after them.
    pub fn new(required: CollegeQueryStudentInfoByDeptRequired) -> Self {
        let CollegeQueryStudentInfoByDeptRequired { dept_id, student_id } = required;
        Self { dept_id, student_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeQueryStudentInfoByDeptRequest { "deptId" => read_field(dept_id), "studentId"
    => read_field(student_id) }
}
impl rt::WriteRequest for CollegeQueryStudentInfoByDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("studentId", &self.student_id);
    }
}
/// The request of [`Api::college_query_student_info_by_mobile`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeQueryStudentInfoByMobileRequest {
    /// `mobile`: a query parameter.
    pub mobile: String,
}
/// The required fields of [`CollegeQueryStudentInfoByMobileRequest`], each named where it is set: `CollegeQueryStudentInfoByMobileRequest::new(CollegeQueryStudentInfoByMobileRequired { .. })`.
pub struct CollegeQueryStudentInfoByMobileRequired {
    /// `mobile`: see [`CollegeQueryStudentInfoByMobileRequest::mobile`].
    pub mobile: String,
}
impl CollegeQueryStudentInfoByMobileRequest {
    /// A `CollegeQueryStudentInfoByMobileRequest` with its required fields (`mobile`); set the others with the methods named after them.
    pub fn new(required: CollegeQueryStudentInfoByMobileRequired) -> Self {
        let CollegeQueryStudentInfoByMobileRequired { mobile } = required;
        Self { mobile }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeQueryStudentInfoByMobileRequest { "mobile" => read_field(mobile) }
}
impl rt::WriteRequest for CollegeQueryStudentInfoByMobileRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("mobile", &self.mobile);
    }
}
/// The request of [`Api::college_query_student_info_by_student_id`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeQueryStudentInfoByStudentIdRequest {
    /// `studentId`: a query parameter.
    pub student_id: i64,
}
/// The required fields of [`CollegeQueryStudentInfoByStudentIdRequest`], each named where it is set: `CollegeQueryStudentInfoByStudentIdRequest::new(CollegeQueryStudentInfoByStudentIdRequired { .. })`.
pub struct CollegeQueryStudentInfoByStudentIdRequired {
    /// `studentId`: see [`CollegeQueryStudentInfoByStudentIdRequest::student_id`].
    pub student_id: i64,
}
impl CollegeQueryStudentInfoByStudentIdRequest {
    /// A `CollegeQueryStudentInfoByStudentIdRequest` with its required fields (`studentId`); set the others with the methods named after them.
    pub fn new(required: CollegeQueryStudentInfoByStudentIdRequired) -> Self {
        let CollegeQueryStudentInfoByStudentIdRequired { student_id } = required;
        Self { student_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeQueryStudentInfoByStudentIdRequest { "studentId" => read_field(student_id) }
}
impl rt::WriteRequest for CollegeQueryStudentInfoByStudentIdRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("studentId", &self.student_id);
    }
}
/// The request of [`Api::college_remove_manager`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeRemoveManagerRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `isForce`: a query parameter.
    pub is_force: bool,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`CollegeRemoveManagerRequest`], each named where it is set: `CollegeRemoveManagerRequest::new(CollegeRemoveManagerRequired { .. })`.
pub struct CollegeRemoveManagerRequired {
    /// `deptId`: see [`CollegeRemoveManagerRequest::dept_id`].
    pub dept_id: i64,
    /// `isForce`: see [`CollegeRemoveManagerRequest::is_force`].
    pub is_force: bool,
    /// `userId`: see [`CollegeRemoveManagerRequest::user_id`].
    pub user_id: String,
}
impl CollegeRemoveManagerRequest {
    /// A `CollegeRemoveManagerRequest` with its required fields (`deptId`, `isForce`, `userId`); set the others with the methods named after them.
    pub fn new(required: CollegeRemoveManagerRequired) -> Self {
        let CollegeRemoveManagerRequired { dept_id, is_force, user_id } = required;
        Self { dept_id, is_force, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeRemoveManagerRequest { "deptId" => read_field(dept_id), "isForce" =>
    read_field(is_force), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for CollegeRemoveManagerRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("isForce", &self.is_force);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::college_remove_student`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeRemoveStudentRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `studentId`: a query parameter.
    pub student_id: i64,
}
/// The required fields of [`CollegeRemoveStudentRequest`], each named where it is set: `CollegeRemoveStudentRequest::new(CollegeRemoveStudentRequired { .. })`.
pub struct CollegeRemoveStudentRequired {
    /// `deptId`: see [`CollegeRemoveStudentRequest::dept_id`].
    pub dept_id: i64,
    /// `studentId`: see [`CollegeRemoveStudentRequest::student_id`].
    pub student_id: i64,
}
impl CollegeRemoveStudentRequest {
    /// A `CollegeRemoveStudentRequest` with its required fields (`deptId`, `studentId`); set the others with the methods named after them.
    pub fn new(required: CollegeRemoveStudentRequired) -> Self {
        let CollegeRemoveStudentRequired { dept_id, student_id } = required;
        Self { dept_id, student_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeRemoveStudentRequest { "deptId" => read_field(dept_id), "studentId" =>
    read_field(student_id) }
}
impl rt::WriteRequest for CollegeRemoveStudentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("studentId", &self.student_id);
    }
}
/// The request of [`Api::college_update_college_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeUpdateCollegeDeptRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `deptName`: a query parameter.
    pub dept_name: Option<String>,
    /// `sortFactor`: a query parameter.
    pub sort_factor: Option<i64>,
    /// `superId`: a query parameter.
    pub super_id: Option<i64>,
}
/// The required fields of [`CollegeUpdateCollegeDeptRequest`], each named where it is set: `CollegeUpdateCollegeDeptRequest::new(CollegeUpdateCollegeDeptRequired { .. })`.
pub struct CollegeUpdateCollegeDeptRequired {
    /// `deptId`: see [`CollegeUpdateCollegeDeptRequest::dept_id`].
    pub dept_id: i64,
}
impl CollegeUpdateCollegeDeptRequest {
    /// A `CollegeUpdateCollegeDeptRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(required: CollegeUpdateCollegeDeptRequired) -> Self {
        let CollegeUpdateCollegeDeptRequired { dept_id } = required;
        Self {
            dept_id,
            dept_name: None,
            sort_factor: None,
            super_id: None,
        }
    }
    /// Sets `deptName`.
    pub fn dept_name(mut self, value: impl Into<String>) -> Self {
        self.dept_name = Some(value.into());
        self
    }
    /// Sets `sortFactor`.
    pub fn sort_factor(mut self, value: i64) -> Self {
        self.sort_factor = Some(value);
        self
    }
    /// Sets `superId`.
    pub fn super_id(mut self, value: i64) -> Self {
        self.super_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeUpdateCollegeDeptRequest { "deptId" => read_field(dept_id), "deptName" =>
    read_field(dept_name), "sortFactor" => read_field(sort_factor), "superId" =>
    read_field(super_id) }
}
impl rt::WriteRequest for CollegeUpdateCollegeDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("deptName", &self.dept_name);
        writer.query("sortFactor", &self.sort_factor);
        writer.query("superId", &self.super_id);
    }
}
/// The request of [`Api::college_update_student_dept_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeUpdateStudentDeptInfoRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `studentId`: a query parameter.
    pub student_id: i64,
    /// `studentNumber`: a query parameter.
    pub student_number: Option<String>,
}
/// The required fields of [`CollegeUpdateStudentDeptInfoRequest`], each named where it is set: `CollegeUpdateStudentDeptInfoRequest::new(CollegeUpdateStudentDeptInfoRequired { .. })`.
pub struct CollegeUpdateStudentDeptInfoRequired {
    /// `deptId`: see [`CollegeUpdateStudentDeptInfoRequest::dept_id`].
    pub dept_id: i64,
    /// `studentId`: see [`CollegeUpdateStudentDeptInfoRequest::student_id`].
    pub student_id: i64,
}
impl CollegeUpdateStudentDeptInfoRequest {
    /// A `CollegeUpdateStudentDeptInfoRequest` with its required fields (`deptId`, `studentId`); set the others with the methods named after them.
    pub fn new(required: CollegeUpdateStudentDeptInfoRequired) -> Self {
        let CollegeUpdateStudentDeptInfoRequired { dept_id, student_id } = required;
        Self {
            dept_id,
            student_id,
            student_number: None,
        }
    }
    /// Sets `studentNumber`.
    pub fn student_number(mut self, value: impl Into<String>) -> Self {
        self.student_number = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeUpdateStudentDeptInfoRequest { "deptId" => read_field(dept_id), "studentId" =>
    read_field(student_id), "studentNumber" => read_field(student_number) }
}
impl rt::WriteRequest for CollegeUpdateStudentDeptInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("studentId", &self.student_id);
        writer.query("studentNumber", &self.student_number);
    }
}
/// The request of [`Api::college_update_student_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeUpdateStudentInfoRequest {
    /// `empExtension`.
    pub emp_extension: Option<rt::BTreeMap<String, String>>,
    /// `gender`.
    pub gender: Option<String>,
    /// `identifyId`.
    pub identify_id: Option<String>,
    /// `startYear`.
    pub start_year: Option<String>,
    /// `studentId`.
    pub student_id: i64,
    /// `studentName`.
    pub student_name: Option<String>,
}
/// The required fields of [`CollegeUpdateStudentInfoRequest`], each named where it is set: `CollegeUpdateStudentInfoRequest::new(CollegeUpdateStudentInfoRequired { .. })`.
pub struct CollegeUpdateStudentInfoRequired {
    /// `studentId`: see [`CollegeUpdateStudentInfoRequest::student_id`].
    pub student_id: i64,
}
impl CollegeUpdateStudentInfoRequest {
    /// A `CollegeUpdateStudentInfoRequest` with its required fields (`studentId`); set the others with the methods named after them.
    pub fn new(required: CollegeUpdateStudentInfoRequired) -> Self {
        let CollegeUpdateStudentInfoRequired { student_id } = required;
        Self {
            emp_extension: None,
            gender: None,
            identify_id: None,
            start_year: None,
            student_id,
            student_name: None,
        }
    }
    /// Sets `empExtension`.
    pub fn emp_extension(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, impl Into<String>)>,
    ) -> Self {
        self.emp_extension = Some(
            value.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Sets `gender`.
    pub fn gender(mut self, value: impl Into<String>) -> Self {
        self.gender = Some(value.into());
        self
    }
    /// Sets `identifyId`.
    pub fn identify_id(mut self, value: impl Into<String>) -> Self {
        self.identify_id = Some(value.into());
        self
    }
    /// Sets `startYear`.
    pub fn start_year(mut self, value: impl Into<String>) -> Self {
        self.start_year = Some(value.into());
        self
    }
    /// Sets `studentName`.
    pub fn student_name(mut self, value: impl Into<String>) -> Self {
        self.student_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CollegeUpdateStudentInfoRequest { "empExtension" => optional(emp_extension), "gender"
    => optional(gender), "identifyId" => optional(identify_id), "startYear" =>
    optional(start_year), "studentId" => field(student_id), "studentName" =>
    optional(student_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeUpdateStudentInfoRequest { "empExtension" => read_field(emp_extension),
    "gender" => read_field(gender), "identifyId" => read_field(identify_id), "startYear"
    => read_field(start_year), "studentId" => read_field(student_id), "studentName" =>
    read_field(student_name) }
}
impl rt::WriteRequest for CollegeUpdateStudentInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::college_update_student_moblie`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CollegeUpdateStudentMoblieRequest {
    /// `isForce`: a query parameter.
    pub is_force: Option<bool>,
    /// `newMobile`: a query parameter.
    pub new_mobile: String,
    /// `studentId`: a query parameter.
    pub student_id: i64,
}
/// The required fields of [`CollegeUpdateStudentMoblieRequest`], each named where it is set: `CollegeUpdateStudentMoblieRequest::new(CollegeUpdateStudentMoblieRequired { .. })`.
pub struct CollegeUpdateStudentMoblieRequired {
    /// `newMobile`: see [`CollegeUpdateStudentMoblieRequest::new_mobile`].
    pub new_mobile: String,
    /// `studentId`: see [`CollegeUpdateStudentMoblieRequest::student_id`].
    pub student_id: i64,
}
impl CollegeUpdateStudentMoblieRequest {
    /// A `CollegeUpdateStudentMoblieRequest` with its required fields (`newMobile`, `studentId`); set the others with the methods named after them.
    pub fn new(required: CollegeUpdateStudentMoblieRequired) -> Self {
        let CollegeUpdateStudentMoblieRequired { new_mobile, student_id } = required;
        Self {
            is_force: None,
            new_mobile,
            student_id,
        }
    }
    /// Sets `isForce`.
    pub fn is_force(mut self, value: bool) -> Self {
        self.is_force = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CollegeUpdateStudentMoblieRequest { "isForce" => read_field(is_force), "newMobile" =>
    read_field(new_mobile), "studentId" => read_field(student_id) }
}
impl rt::WriteRequest for CollegeUpdateStudentMoblieRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("isForce", &self.is_force);
        writer.query("newMobile", &self.new_mobile);
        writer.query("studentId", &self.student_id);
    }
}
/// The request of [`Api::customize_contact_create`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CustomizeContactCreateRequest {
    /// `managerIdList`.
    pub manager_id_list: Option<Vec<String>>,
    /// `name`.
    pub name: String,
    /// `order`.
    pub order: Option<i64>,
}
/// The required fields of [`CustomizeContactCreateRequest`], each named where it is set: `CustomizeContactCreateRequest::new(CustomizeContactCreateRequired { .. })`.
pub struct CustomizeContactCreateRequired {
    /// `name`: see [`CustomizeContactCreateRequest::name`].
    pub name: String,
}
impl CustomizeContactCreateRequest {
    /// A `CustomizeContactCreateRequest` with its required fields (`name`); set the others with the methods named after them.
    pub fn new(required: CustomizeContactCreateRequired) -> Self {
        let CustomizeContactCreateRequired { name } = required;
        Self {
            manager_id_list: None,
            name,
            order: None,
        }
    }
    /// Sets `managerIdList`.
    pub fn manager_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.manager_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: i64) -> Self {
        self.order = Some(value);
        self
    }
}
rt::impl_serialize! {
    CustomizeContactCreateRequest { "managerIdList" => optional(manager_id_list), "name"
    => field(name), "order" => optional(order) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomizeContactCreateRequest { "managerIdList" => read_field(manager_id_list),
    "name" => read_field(name), "order" => read_field(order) }
}
impl rt::WriteRequest for CustomizeContactCreateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::customize_contact_delete`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CustomizeContactDeleteRequest {
    /// `code`: a query parameter.
    pub code: String,
}
/// The required fields of [`CustomizeContactDeleteRequest`], each named where it is set: `CustomizeContactDeleteRequest::new(CustomizeContactDeleteRequired { .. })`.
pub struct CustomizeContactDeleteRequired {
    /// `code`: see [`CustomizeContactDeleteRequest::code`].
    pub code: String,
}
impl CustomizeContactDeleteRequest {
    /// A `CustomizeContactDeleteRequest` with its required fields (`code`); set the others with the methods named after them.
    pub fn new(required: CustomizeContactDeleteRequired) -> Self {
        let CustomizeContactDeleteRequired { code } = required;
        Self { code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomizeContactDeleteRequest { "code" => read_field(code) }
}
impl rt::WriteRequest for CustomizeContactDeleteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
    }
}
/// The request of [`Api::customize_contact_dept_create`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CustomizeContactDeptCreateRequest {
    /// `code`.
    pub code: String,
    /// `managerIdList`.
    pub manager_id_list: Option<Vec<String>>,
    /// `name`.
    pub name: String,
    /// `order`.
    pub order: Option<i64>,
    /// `parentDeptId`.
    pub parent_dept_id: i64,
    /// `refId`.
    pub ref_id: Option<i64>,
    /// `type`.
    pub r#type: i64,
}
/// The required fields of [`CustomizeContactDeptCreateRequest`], each named where it is set: `CustomizeContactDeptCreateRequest::new(CustomizeContactDeptCreateRequired { .. })`.
pub struct CustomizeContactDeptCreateRequired {
    /// `code`: see [`CustomizeContactDeptCreateRequest::code`].
    pub code: String,
    /// `name`: see [`CustomizeContactDeptCreateRequest::name`].
    pub name: String,
    /// `parentDeptId`: see [`CustomizeContactDeptCreateRequest::parent_dept_id`].
    pub parent_dept_id: i64,
    /// `type`: see [`CustomizeContactDeptCreateRequest::r#type`](CustomizeContactDeptCreateRequest::type).
    pub r#type: i64,
}
impl CustomizeContactDeptCreateRequest {
    /// A `CustomizeContactDeptCreateRequest` with its required fields (`code`, `name`, `parentDeptId`, `type`); set the others with the methods named after them.
    pub fn new(required: CustomizeContactDeptCreateRequired) -> Self {
        let CustomizeContactDeptCreateRequired { code, name, parent_dept_id, r#type } = required;
        Self {
            code,
            manager_id_list: None,
            name,
            order: None,
            parent_dept_id,
            ref_id: None,
            r#type,
        }
    }
    /// Sets `managerIdList`.
    pub fn manager_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.manager_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: i64) -> Self {
        self.order = Some(value);
        self
    }
    /// Sets `refId`.
    pub fn ref_id(mut self, value: i64) -> Self {
        self.ref_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    CustomizeContactDeptCreateRequest { "code" => field(code), "managerIdList" =>
    optional(manager_id_list), "name" => field(name), "order" => optional(order),
    "parentDeptId" => field(parent_dept_id), "refId" => optional(ref_id), "type" =>
    field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomizeContactDeptCreateRequest { "code" => read_field(code), "managerIdList" =>
    read_field(manager_id_list), "name" => read_field(name), "order" =>
    read_field(order), "parentDeptId" => read_field(parent_dept_id), "refId" =>
    read_field(ref_id), "type" => read_field(r#type) }
}
impl rt::WriteRequest for CustomizeContactDeptCreateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::customize_contact_dept_delete`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CustomizeContactDeptDeleteRequest {
    /// `code`: a query parameter.
    pub code: String,
    /// `deptId`: a query parameter.
    pub dept_id: i64,
}
/// The required fields of [`CustomizeContactDeptDeleteRequest`], each named where it is set: `CustomizeContactDeptDeleteRequest::new(CustomizeContactDeptDeleteRequired { .. })`.
pub struct CustomizeContactDeptDeleteRequired {
    /// `code`: see [`CustomizeContactDeptDeleteRequest::code`].
    pub code: String,
    /// `deptId`: see [`CustomizeContactDeptDeleteRequest::dept_id`].
    pub dept_id: i64,
}
impl CustomizeContactDeptDeleteRequest {
    /// A `CustomizeContactDeptDeleteRequest` with its required fields (`code`, `deptId`); set the others with the methods named after them.
    pub fn new(required: CustomizeContactDeptDeleteRequired) -> Self {
        let CustomizeContactDeptDeleteRequired { code, dept_id } = required;
        Self { code, dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomizeContactDeptDeleteRequest { "code" => read_field(code), "deptId" =>
    read_field(dept_id) }
}
impl rt::WriteRequest for CustomizeContactDeptDeleteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
        writer.query("deptId", &self.dept_id);
    }
}
/// The request of [`Api::customize_contact_dept_group_create`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CustomizeContactDeptGroupCreateRequest {
    /// `code`.
    pub code: String,
    /// `deptId`.
    pub dept_id: i64,
}
/// The required fields of [`CustomizeContactDeptGroupCreateRequest`], each named where it is set: `CustomizeContactDeptGroupCreateRequest::new(CustomizeContactDeptGroupCreateRequired { .. })`.
pub struct CustomizeContactDeptGroupCreateRequired {
    /// `code`: see [`CustomizeContactDeptGroupCreateRequest::code`].
    pub code: String,
    /// `deptId`: see [`CustomizeContactDeptGroupCreateRequest::dept_id`].
    pub dept_id: i64,
}
impl CustomizeContactDeptGroupCreateRequest {
    /// A `CustomizeContactDeptGroupCreateRequest` with its required fields (`code`, `deptId`); set the others with the methods named after them.
    pub fn new(required: CustomizeContactDeptGroupCreateRequired) -> Self {
        let CustomizeContactDeptGroupCreateRequired { code, dept_id } = required;
        Self { code, dept_id }
    }
}
rt::impl_serialize! {
    CustomizeContactDeptGroupCreateRequest { "code" => field(code), "deptId" =>
    field(dept_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomizeContactDeptGroupCreateRequest { "code" => read_field(code), "deptId" =>
    read_field(dept_id) }
}
impl rt::WriteRequest for CustomizeContactDeptGroupCreateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::customize_contact_dept_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CustomizeContactDeptInfoRequest {
    /// `code`: a query parameter.
    pub code: String,
    /// `deptId`: a query parameter.
    pub dept_id: i64,
}
/// The required fields of [`CustomizeContactDeptInfoRequest`], each named where it is set: `CustomizeContactDeptInfoRequest::new(CustomizeContactDeptInfoRequired { .. })`.
pub struct CustomizeContactDeptInfoRequired {
    /// `code`: see [`CustomizeContactDeptInfoRequest::code`].
    pub code: String,
    /// `deptId`: see [`CustomizeContactDeptInfoRequest::dept_id`].
    pub dept_id: i64,
}
impl CustomizeContactDeptInfoRequest {
    /// A `CustomizeContactDeptInfoRequest` with its required fields (`code`, `deptId`); set the others with the methods named after them.
    pub fn new(required: CustomizeContactDeptInfoRequired) -> Self {
        let CustomizeContactDeptInfoRequired { code, dept_id } = required;
        Self { code, dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomizeContactDeptInfoRequest { "code" => read_field(code), "deptId" =>
    read_field(dept_id) }
}
impl rt::WriteRequest for CustomizeContactDeptInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
        writer.query("deptId", &self.dept_id);
    }
}
/// The request of [`Api::customize_contact_dept_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CustomizeContactDeptListRequest {
    /// `code`: a query parameter.
    pub code: String,
    /// `deptId`: a query parameter.
    pub dept_id: i64,
}
/// The required fields of [`CustomizeContactDeptListRequest`], each named where it is set: `CustomizeContactDeptListRequest::new(CustomizeContactDeptListRequired { .. })`.
pub struct CustomizeContactDeptListRequired {
    /// `code`: see [`CustomizeContactDeptListRequest::code`].
    pub code: String,
    /// `deptId`: see [`CustomizeContactDeptListRequest::dept_id`].
    pub dept_id: i64,
}
impl CustomizeContactDeptListRequest {
    /// A `CustomizeContactDeptListRequest` with its required fields (`code`, `deptId`); set the others with the methods named after them.
    pub fn new(required: CustomizeContactDeptListRequired) -> Self {
        let CustomizeContactDeptListRequired { code, dept_id } = required;
        Self { code, dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomizeContactDeptListRequest { "code" => read_field(code), "deptId" =>
    read_field(dept_id) }
}
impl rt::WriteRequest for CustomizeContactDeptListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
        writer.query("deptId", &self.dept_id);
    }
}
/// The request of [`Api::customize_contact_dept_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CustomizeContactDeptUpdateRequest {
    /// `code`.
    pub code: String,
    /// `deptId`.
    pub dept_id: i64,
    /// `managerIdList`.
    pub manager_id_list: Option<Vec<String>>,
    /// `name`.
    pub name: Option<String>,
    /// `order`.
    pub order: Option<i64>,
    /// `parentDeptId`.
    pub parent_dept_id: i64,
}
/// The required fields of [`CustomizeContactDeptUpdateRequest`], each named where it is set: `CustomizeContactDeptUpdateRequest::new(CustomizeContactDeptUpdateRequired { .. })`.
pub struct CustomizeContactDeptUpdateRequired {
    /// `code`: see [`CustomizeContactDeptUpdateRequest::code`].
    pub code: String,
    /// `deptId`: see [`CustomizeContactDeptUpdateRequest::dept_id`].
    pub dept_id: i64,
    /// `parentDeptId`: see [`CustomizeContactDeptUpdateRequest::parent_dept_id`].
    pub parent_dept_id: i64,
}
impl CustomizeContactDeptUpdateRequest {
    /// A `CustomizeContactDeptUpdateRequest` with its required fields (`code`, `deptId`, `parentDeptId`); set the others with the methods named after them.
    pub fn new(required: CustomizeContactDeptUpdateRequired) -> Self {
        let CustomizeContactDeptUpdateRequired { code, dept_id, parent_dept_id } = required;
        Self {
            code,
            dept_id,
            manager_id_list: None,
            name: None,
            order: None,
            parent_dept_id,
        }
    }
    /// Sets `managerIdList`.
    pub fn manager_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.manager_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `order`.
    pub fn order(mut self, value: i64) -> Self {
        self.order = Some(value);
        self
    }
}
rt::impl_serialize! {
    CustomizeContactDeptUpdateRequest { "code" => field(code), "deptId" =>
    field(dept_id), "managerIdList" => optional(manager_id_list), "name" =>
    optional(name), "order" => optional(order), "parentDeptId" => field(parent_dept_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomizeContactDeptUpdateRequest { "code" => read_field(code), "deptId" =>
    read_field(dept_id), "managerIdList" => read_field(manager_id_list), "name" =>
    read_field(name), "order" => read_field(order), "parentDeptId" =>
    read_field(parent_dept_id) }
}
impl rt::WriteRequest for CustomizeContactDeptUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::customize_contact_emp_add`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CustomizeContactEmpAddRequest {
    /// `code`.
    pub code: String,
    /// `deptId`.
    pub dept_id: i64,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
/// The required fields of [`CustomizeContactEmpAddRequest`], each named where it is set: `CustomizeContactEmpAddRequest::new(CustomizeContactEmpAddRequired { .. })`.
pub struct CustomizeContactEmpAddRequired {
    /// `code`: see [`CustomizeContactEmpAddRequest::code`].
    pub code: String,
    /// `deptId`: see [`CustomizeContactEmpAddRequest::dept_id`].
    pub dept_id: i64,
    /// `userIdList`: see [`CustomizeContactEmpAddRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl CustomizeContactEmpAddRequest {
    /// A `CustomizeContactEmpAddRequest` with its required fields (`code`, `deptId`, `userIdList`); set the others with the methods named after them.
    pub fn new(required: CustomizeContactEmpAddRequired) -> Self {
        let CustomizeContactEmpAddRequired { code, dept_id, user_id_list } = required;
        Self {
            code,
            dept_id,
            user_id_list,
        }
    }
}
rt::impl_serialize! {
    CustomizeContactEmpAddRequest { "code" => field(code), "deptId" => field(dept_id),
    "userIdList" => field(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomizeContactEmpAddRequest { "code" => read_field(code), "deptId" =>
    read_field(dept_id), "userIdList" => read_field(user_id_list) }
}
impl rt::WriteRequest for CustomizeContactEmpAddRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::customize_contact_emp_delete`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CustomizeContactEmpDeleteRequest {
    /// `code`.
    pub code: String,
    /// `deptId`.
    pub dept_id: i64,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
/// The required fields of [`CustomizeContactEmpDeleteRequest`], each named where it is set: `CustomizeContactEmpDeleteRequest::new(CustomizeContactEmpDeleteRequired { .. })`.
pub struct CustomizeContactEmpDeleteRequired {
    /// `code`: see [`CustomizeContactEmpDeleteRequest::code`].
    pub code: String,
    /// `deptId`: see [`CustomizeContactEmpDeleteRequest::dept_id`].
    pub dept_id: i64,
    /// `userIdList`: see [`CustomizeContactEmpDeleteRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl CustomizeContactEmpDeleteRequest {
    /// A `CustomizeContactEmpDeleteRequest` with its required fields (`code`, `deptId`, `userIdList`); set the others with the methods named after them.
    pub fn new(required: CustomizeContactEmpDeleteRequired) -> Self {
        let CustomizeContactEmpDeleteRequired { code, dept_id, user_id_list } = required;
        Self {
            code,
            dept_id,
            user_id_list,
        }
    }
}
rt::impl_serialize! {
    CustomizeContactEmpDeleteRequest { "code" => field(code), "deptId" => field(dept_id),
    "userIdList" => field(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomizeContactEmpDeleteRequest { "code" => read_field(code), "deptId" =>
    read_field(dept_id), "userIdList" => read_field(user_id_list) }
}
impl rt::WriteRequest for CustomizeContactEmpDeleteRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::customize_contact_emp_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CustomizeContactEmpListRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
}
/// The required fields of [`CustomizeContactEmpListRequest`], each named where it is set: `CustomizeContactEmpListRequest::new(CustomizeContactEmpListRequired { .. })`.
pub struct CustomizeContactEmpListRequired {
    /// `deptId`: see [`CustomizeContactEmpListRequest::dept_id`].
    pub dept_id: i64,
}
impl CustomizeContactEmpListRequest {
    /// A `CustomizeContactEmpListRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(required: CustomizeContactEmpListRequired) -> Self {
        let CustomizeContactEmpListRequired { dept_id } = required;
        Self { dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomizeContactEmpListRequest { "deptId" => read_field(dept_id) }
}
impl rt::WriteRequest for CustomizeContactEmpListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
    }
}
/// The request of [`Api::customize_contact_update`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CustomizeContactUpdateRequest {
    /// `code`.
    pub code: String,
    /// `managerIdList`.
    pub manager_id_list: Option<Vec<String>>,
    /// `name`.
    pub name: String,
    /// `order`.
    pub order: i64,
}
/// The required fields of [`CustomizeContactUpdateRequest`], each named where it is set: `CustomizeContactUpdateRequest::new(CustomizeContactUpdateRequired { .. })`.
pub struct CustomizeContactUpdateRequired {
    /// `code`: see [`CustomizeContactUpdateRequest::code`].
    pub code: String,
    /// `name`: see [`CustomizeContactUpdateRequest::name`].
    pub name: String,
    /// `order`: see [`CustomizeContactUpdateRequest::order`].
    pub order: i64,
}
impl CustomizeContactUpdateRequest {
    /// A `CustomizeContactUpdateRequest` with its required fields (`code`, `name`, `order`); set the others with the methods named after them.
    pub fn new(required: CustomizeContactUpdateRequired) -> Self {
        let CustomizeContactUpdateRequired { code, name, order } = required;
        Self {
            code,
            manager_id_list: None,
            name,
            order,
        }
    }
    /// Sets `managerIdList`.
    pub fn manager_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.manager_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    CustomizeContactUpdateRequest { "code" => field(code), "managerIdList" =>
    optional(manager_id_list), "name" => field(name), "order" => field(order) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CustomizeContactUpdateRequest { "code" => read_field(code), "managerIdList" =>
    read_field(manager_id_list), "name" => read_field(name), "order" => read_field(order)
    }
}
impl rt::WriteRequest for CustomizeContactUpdateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::d_igital_store_message_push`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DIgitalStoreMessagePushRequest {
    /// `messageDataList`: a query parameter, JSON-encoded.
    pub message_data_list: Option<Vec<DIgitalStoreMessagePushRequestMessageDataList>>,
}
impl DIgitalStoreMessagePushRequest {
    /// An empty `DIgitalStoreMessagePushRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `messageDataList`.
    pub fn message_data_list(
        mut self,
        value: impl IntoIterator<Item = DIgitalStoreMessagePushRequestMessageDataList>,
    ) -> Self {
        self.message_data_list = Some(value.into_iter().collect());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DIgitalStoreMessagePushRequest { "messageDataList" => read_field(message_data_list) }
}
impl rt::WriteRequest for DIgitalStoreMessagePushRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query_json("messageDataList", &self.message_data_list);
    }
}
/// The request of [`Api::digital_store_card_record`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DigitalStoreCardRecordRequest {
    /// `beginTime`.
    pub begin_time: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `ids`.
    pub ids: Option<Vec<i64>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `sceneCardName`.
    pub scene_card_name: Option<String>,
}
impl DigitalStoreCardRecordRequest {
    /// An empty `DigitalStoreCardRecordRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `beginTime`.
    pub fn begin_time(mut self, value: i64) -> Self {
        self.begin_time = Some(value);
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `ids`.
    pub fn ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.ids = Some(value.into_iter().collect());
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
    /// Sets `sceneCardName`.
    pub fn scene_card_name(mut self, value: impl Into<String>) -> Self {
        self.scene_card_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DigitalStoreCardRecordRequest { "beginTime" => optional(begin_time), "endTime" =>
    optional(end_time), "ids" => optional(ids), "pageNumber" => optional(page_number),
    "pageSize" => optional(page_size), "sceneCardName" => optional(scene_card_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreCardRecordRequest { "beginTime" => read_field(begin_time), "endTime" =>
    read_field(end_time), "ids" => read_field(ids), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "sceneCardName" =>
    read_field(scene_card_name) }
}
impl rt::WriteRequest for DigitalStoreCardRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::digital_store_conversations`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DigitalStoreConversationsRequest {
    /// `conversationTitle`: a query parameter.
    pub conversation_title: Option<String>,
    /// `conversationType`: a query parameter.
    pub conversation_type: Option<String>,
}
impl DigitalStoreConversationsRequest {
    /// An empty `DigitalStoreConversationsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `conversationTitle`.
    pub fn conversation_title(mut self, value: impl Into<String>) -> Self {
        self.conversation_title = Some(value.into());
        self
    }
    /// Sets `conversationType`.
    pub fn conversation_type(mut self, value: impl Into<String>) -> Self {
        self.conversation_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreConversationsRequest { "conversationTitle" =>
    read_field(conversation_title), "conversationType" => read_field(conversation_type) }
}
impl rt::WriteRequest for DigitalStoreConversationsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("conversationTitle", &self.conversation_title);
        writer.query("conversationType", &self.conversation_type);
    }
}
/// The request of [`Api::digital_store_export_card_record`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DigitalStoreExportCardRecordRequest {
    /// `beginTime`.
    pub begin_time: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `ids`.
    pub ids: Option<Vec<i64>>,
    /// `sceneCardName`.
    pub scene_card_name: Option<String>,
}
impl DigitalStoreExportCardRecordRequest {
    /// An empty `DigitalStoreExportCardRecordRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `beginTime`.
    pub fn begin_time(mut self, value: i64) -> Self {
        self.begin_time = Some(value);
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `ids`.
    pub fn ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `sceneCardName`.
    pub fn scene_card_name(mut self, value: impl Into<String>) -> Self {
        self.scene_card_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DigitalStoreExportCardRecordRequest { "beginTime" => optional(begin_time), "endTime"
    => optional(end_time), "ids" => optional(ids), "sceneCardName" =>
    optional(scene_card_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreExportCardRecordRequest { "beginTime" => read_field(begin_time),
    "endTime" => read_field(end_time), "ids" => read_field(ids), "sceneCardName" =>
    read_field(scene_card_name) }
}
impl rt::WriteRequest for DigitalStoreExportCardRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::digital_store_export_card_record_detail`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DigitalStoreExportCardRecordDetailRequest {
    /// `beginTime`.
    pub begin_time: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `ids`.
    pub ids: Option<Vec<i64>>,
    /// `sceneCardName`.
    pub scene_card_name: Option<String>,
}
impl DigitalStoreExportCardRecordDetailRequest {
    /// An empty `DigitalStoreExportCardRecordDetailRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `beginTime`.
    pub fn begin_time(mut self, value: i64) -> Self {
        self.begin_time = Some(value);
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `ids`.
    pub fn ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `sceneCardName`.
    pub fn scene_card_name(mut self, value: impl Into<String>) -> Self {
        self.scene_card_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DigitalStoreExportCardRecordDetailRequest { "beginTime" => optional(begin_time),
    "endTime" => optional(end_time), "ids" => optional(ids), "sceneCardName" =>
    optional(scene_card_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreExportCardRecordDetailRequest { "beginTime" => read_field(begin_time),
    "endTime" => read_field(end_time), "ids" => read_field(ids), "sceneCardName" =>
    read_field(scene_card_name) }
}
impl rt::WriteRequest for DigitalStoreExportCardRecordDetailRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::digital_store_group_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DigitalStoreGroupInfoRequest {
    /// `groupId`: a query parameter.
    pub group_id: i64,
}
/// The required fields of [`DigitalStoreGroupInfoRequest`], each named where it is set: `DigitalStoreGroupInfoRequest::new(DigitalStoreGroupInfoRequired { .. })`.
pub struct DigitalStoreGroupInfoRequired {
    /// `groupId`: see [`DigitalStoreGroupInfoRequest::group_id`].
    pub group_id: i64,
}
impl DigitalStoreGroupInfoRequest {
    /// A `DigitalStoreGroupInfoRequest` with its required fields (`groupId`); set the others with the methods named after them.
    pub fn new(required: DigitalStoreGroupInfoRequired) -> Self {
        let DigitalStoreGroupInfoRequired { group_id } = required;
        Self { group_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreGroupInfoRequest { "groupId" => read_field(group_id) }
}
impl rt::WriteRequest for DigitalStoreGroupInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("groupId", &self.group_id);
    }
}
/// The request of [`Api::digital_store_node_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DigitalStoreNodeInfoRequest {
    /// `code`: a query parameter.
    pub code: String,
    /// `nodeId`: a query parameter.
    pub node_id: i64,
}
/// The required fields of [`DigitalStoreNodeInfoRequest`], each named where it is set: `DigitalStoreNodeInfoRequest::new(DigitalStoreNodeInfoRequired { .. })`.
pub struct DigitalStoreNodeInfoRequired {
    /// `code`: see [`DigitalStoreNodeInfoRequest::code`].
    pub code: String,
    /// `nodeId`: see [`DigitalStoreNodeInfoRequest::node_id`].
    pub node_id: i64,
}
impl DigitalStoreNodeInfoRequest {
    /// A `DigitalStoreNodeInfoRequest` with its required fields (`code`, `nodeId`); set the others with the methods named after them.
    pub fn new(required: DigitalStoreNodeInfoRequired) -> Self {
        let DigitalStoreNodeInfoRequired { code, node_id } = required;
        Self { code, node_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreNodeInfoRequest { "code" => read_field(code), "nodeId" =>
    read_field(node_id) }
}
impl rt::WriteRequest for DigitalStoreNodeInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
        writer.query("nodeId", &self.node_id);
    }
}
/// The request of [`Api::digital_store_query_conversation`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DigitalStoreQueryConversationRequest {
    /// `storeCode`: a query parameter.
    pub store_code: Option<String>,
}
impl DigitalStoreQueryConversationRequest {
    /// An empty `DigitalStoreQueryConversationRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `storeCode`.
    pub fn store_code(mut self, value: impl Into<String>) -> Self {
        self.store_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreQueryConversationRequest { "storeCode" => read_field(store_code) }
}
impl rt::WriteRequest for DigitalStoreQueryConversationRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("storeCode", &self.store_code);
    }
}
/// The request of [`Api::digital_store_scene_scope`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DigitalStoreSceneScopeRequest {
    /// `openConversationId`: a query parameter.
    pub open_conversation_id: Option<String>,
    /// `sceneCode`: a query parameter.
    pub scene_code: Option<String>,
}
impl DigitalStoreSceneScopeRequest {
    /// An empty `DigitalStoreSceneScopeRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `openConversationId`.
    pub fn open_conversation_id(mut self, value: impl Into<String>) -> Self {
        self.open_conversation_id = Some(value.into());
        self
    }
    /// Sets `sceneCode`.
    pub fn scene_code(mut self, value: impl Into<String>) -> Self {
        self.scene_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreSceneScopeRequest { "openConversationId" =>
    read_field(open_conversation_id), "sceneCode" => read_field(scene_code) }
}
impl rt::WriteRequest for DigitalStoreSceneScopeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("openConversationId", &self.open_conversation_id);
        writer.query("sceneCode", &self.scene_code);
    }
}
/// The request of [`Api::digital_store_store_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DigitalStoreStoreInfoRequest {
    /// `code`: a query parameter.
    pub code: String,
    /// `storeId`: a query parameter.
    pub store_id: i64,
}
/// The required fields of [`DigitalStoreStoreInfoRequest`], each named where it is set: `DigitalStoreStoreInfoRequest::new(DigitalStoreStoreInfoRequired { .. })`.
pub struct DigitalStoreStoreInfoRequired {
    /// `code`: see [`DigitalStoreStoreInfoRequest::code`].
    pub code: String,
    /// `storeId`: see [`DigitalStoreStoreInfoRequest::store_id`].
    pub store_id: i64,
}
impl DigitalStoreStoreInfoRequest {
    /// A `DigitalStoreStoreInfoRequest` with its required fields (`code`, `storeId`); set the others with the methods named after them.
    pub fn new(required: DigitalStoreStoreInfoRequired) -> Self {
        let DigitalStoreStoreInfoRequired { code, store_id } = required;
        Self { code, store_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreStoreInfoRequest { "code" => read_field(code), "storeId" =>
    read_field(store_id) }
}
impl rt::WriteRequest for DigitalStoreStoreInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
        writer.query("storeId", &self.store_id);
    }
}
/// The request of [`Api::digital_store_sub_nodes`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DigitalStoreSubNodesRequest {
    /// `code`: a query parameter.
    pub code: String,
    /// `nodeId`: a query parameter.
    pub node_id: i64,
}
/// The required fields of [`DigitalStoreSubNodesRequest`], each named where it is set: `DigitalStoreSubNodesRequest::new(DigitalStoreSubNodesRequired { .. })`.
pub struct DigitalStoreSubNodesRequired {
    /// `code`: see [`DigitalStoreSubNodesRequest::code`].
    pub code: String,
    /// `nodeId`: see [`DigitalStoreSubNodesRequest::node_id`].
    pub node_id: i64,
}
impl DigitalStoreSubNodesRequest {
    /// A `DigitalStoreSubNodesRequest` with its required fields (`code`, `nodeId`); set the others with the methods named after them.
    pub fn new(required: DigitalStoreSubNodesRequired) -> Self {
        let DigitalStoreSubNodesRequired { code, node_id } = required;
        Self { code, node_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreSubNodesRequest { "code" => read_field(code), "nodeId" =>
    read_field(node_id) }
}
impl rt::WriteRequest for DigitalStoreSubNodesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
        writer.query("nodeId", &self.node_id);
    }
}
/// The request of [`Api::digital_store_update_auth_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DigitalStoreUpdateAuthInfoRequest {
    /// `updateUserList`.
    pub update_user_list: Option<Vec<DigitalStoreUpdateAuthInfoRequestUpdateUserList>>,
}
impl DigitalStoreUpdateAuthInfoRequest {
    /// An empty `DigitalStoreUpdateAuthInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `updateUserList`.
    pub fn update_user_list(
        mut self,
        value: impl IntoIterator<Item = DigitalStoreUpdateAuthInfoRequestUpdateUserList>,
    ) -> Self {
        self.update_user_list = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    DigitalStoreUpdateAuthInfoRequest { "updateUserList" => optional(update_user_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreUpdateAuthInfoRequest { "updateUserList" => read_field(update_user_list)
    }
}
impl rt::WriteRequest for DigitalStoreUpdateAuthInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::digital_store_user_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DigitalStoreUserInfoRequest {
    /// `code`: a query parameter.
    pub code: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`DigitalStoreUserInfoRequest`], each named where it is set: `DigitalStoreUserInfoRequest::new(DigitalStoreUserInfoRequired { .. })`.
pub struct DigitalStoreUserInfoRequired {
    /// `code`: see [`DigitalStoreUserInfoRequest::code`].
    pub code: String,
    /// `userId`: see [`DigitalStoreUserInfoRequest::user_id`].
    pub user_id: String,
}
impl DigitalStoreUserInfoRequest {
    /// A `DigitalStoreUserInfoRequest` with its required fields (`code`, `userId`); set the others with the methods named after them.
    pub fn new(required: DigitalStoreUserInfoRequired) -> Self {
        let DigitalStoreUserInfoRequired { code, user_id } = required;
        Self { code, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreUserInfoRequest { "code" => read_field(code), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for DigitalStoreUserInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::digital_store_users`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DigitalStoreUsersRequest {
    /// `code`: a query parameter.
    pub code: String,
    /// `nodeId`: a query parameter.
    pub node_id: i64,
}
/// The required fields of [`DigitalStoreUsersRequest`], each named where it is set: `DigitalStoreUsersRequest::new(DigitalStoreUsersRequired { .. })`.
pub struct DigitalStoreUsersRequired {
    /// `code`: see [`DigitalStoreUsersRequest::code`].
    pub code: String,
    /// `nodeId`: see [`DigitalStoreUsersRequest::node_id`].
    pub node_id: i64,
}
impl DigitalStoreUsersRequest {
    /// A `DigitalStoreUsersRequest` with its required fields (`code`, `nodeId`); set the others with the methods named after them.
    pub fn new(required: DigitalStoreUsersRequired) -> Self {
        let DigitalStoreUsersRequired { code, node_id } = required;
        Self { code, node_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DigitalStoreUsersRequest { "code" => read_field(code), "nodeId" =>
    read_field(node_id) }
}
impl rt::WriteRequest for DigitalStoreUsersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("code", &self.code);
        writer.query("nodeId", &self.node_id);
    }
}
/// The request of [`Api::digital_storelist_export_task_record`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DigitalStorelistExportTaskRecordRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl DigitalStorelistExportTaskRecordRequest {
    /// An empty `DigitalStorelistExportTaskRecordRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    DigitalStorelistExportTaskRecordRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for DigitalStorelistExportTaskRecordRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::external_query_external_app_orgs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExternalQueryExternalAppOrgsRequest {
    /// `externalType`: a query parameter.
    pub external_type: String,
}
/// The required fields of [`ExternalQueryExternalAppOrgsRequest`], each named where it is set: `ExternalQueryExternalAppOrgsRequest::new(ExternalQueryExternalAppOrgsRequired { .. })`.
pub struct ExternalQueryExternalAppOrgsRequired {
    /// `externalType`: see [`ExternalQueryExternalAppOrgsRequest::external_type`].
    pub external_type: String,
}
impl ExternalQueryExternalAppOrgsRequest {
    /// A `ExternalQueryExternalAppOrgsRequest` with its required fields (`externalType`); set the others with the methods named after them.
    pub fn new(required: ExternalQueryExternalAppOrgsRequired) -> Self {
        let ExternalQueryExternalAppOrgsRequired { external_type } = required;
        Self { external_type }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExternalQueryExternalAppOrgsRequest { "externalType" => read_field(external_type) }
}
impl rt::WriteRequest for ExternalQueryExternalAppOrgsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("externalType", &self.external_type);
    }
}
/// The request of [`Api::external_query_external_belong_main_org`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExternalQueryExternalBelongMainOrgRequest {
    /// `externalType`: a query parameter.
    pub external_type: String,
}
/// The required fields of [`ExternalQueryExternalBelongMainOrgRequest`], each named where it is set: `ExternalQueryExternalBelongMainOrgRequest::new(ExternalQueryExternalBelongMainOrgRequired { .. })`.
pub struct ExternalQueryExternalBelongMainOrgRequired {
    /// `externalType`: see [`ExternalQueryExternalBelongMainOrgRequest::external_type`].
    pub external_type: String,
}
impl ExternalQueryExternalBelongMainOrgRequest {
    /// A `ExternalQueryExternalBelongMainOrgRequest` with its required fields (`externalType`); set the others with the methods named after them.
    pub fn new(required: ExternalQueryExternalBelongMainOrgRequired) -> Self {
        let ExternalQueryExternalBelongMainOrgRequired { external_type } = required;
        Self { external_type }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExternalQueryExternalBelongMainOrgRequest { "externalType" =>
    read_field(external_type) }
}
impl rt::WriteRequest for ExternalQueryExternalBelongMainOrgRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("externalType", &self.external_type);
    }
}
/// The request of [`Api::external_query_external_orgs`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ExternalQueryExternalOrgsRequest {
    /// `externalType`: a query parameter.
    pub external_type: String,
}
/// The required fields of [`ExternalQueryExternalOrgsRequest`], each named where it is set: `ExternalQueryExternalOrgsRequest::new(ExternalQueryExternalOrgsRequired { .. })`.
pub struct ExternalQueryExternalOrgsRequired {
    /// `externalType`: see [`ExternalQueryExternalOrgsRequest::external_type`].
    pub external_type: String,
}
impl ExternalQueryExternalOrgsRequest {
    /// A `ExternalQueryExternalOrgsRequest` with its required fields (`externalType`); set the others with the methods named after them.
    pub fn new(required: ExternalQueryExternalOrgsRequired) -> Self {
        let ExternalQueryExternalOrgsRequired { external_type } = required;
        Self { external_type }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ExternalQueryExternalOrgsRequest { "externalType" => read_field(external_type) }
}
impl rt::WriteRequest for ExternalQueryExternalOrgsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("externalType", &self.external_type);
    }
}
/// The request of [`Api::get_convert_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetConvertResultRequest {
    /// `taskBizId`.
    pub task_biz_id: String,
}
/// The required fields of [`GetConvertResultRequest`], each named where it is set: `GetConvertResultRequest::new(GetConvertResultRequired { .. })`.
pub struct GetConvertResultRequired {
    /// `taskBizId`: see [`GetConvertResultRequest::task_biz_id`].
    pub task_biz_id: String,
}
impl GetConvertResultRequest {
    /// A `GetConvertResultRequest` with its required fields (`taskBizId`); set the others with the methods named after them.
    pub fn new(required: GetConvertResultRequired) -> Self {
        let GetConvertResultRequired { task_biz_id } = required;
        Self { task_biz_id }
    }
}
rt::impl_serialize! {
    GetConvertResultRequest { "taskBizId" => field(task_biz_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetConvertResultRequest { "taskBizId" => read_field(task_biz_id) }
}
impl rt::WriteRequest for GetConvertResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_task_package_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTaskPackageResultRequest {
    /// `bizCode`.
    pub biz_code: Option<String>,
    /// `taskPackageId`.
    pub task_package_id: String,
}
/// The required fields of [`GetTaskPackageResultRequest`], each named where it is set: `GetTaskPackageResultRequest::new(GetTaskPackageResultRequired { .. })`.
pub struct GetTaskPackageResultRequired {
    /// `taskPackageId`: see [`GetTaskPackageResultRequest::task_package_id`].
    pub task_package_id: String,
}
impl GetTaskPackageResultRequest {
    /// A `GetTaskPackageResultRequest` with its required fields (`taskPackageId`); set the others with the methods named after them.
    pub fn new(required: GetTaskPackageResultRequired) -> Self {
        let GetTaskPackageResultRequired { task_package_id } = required;
        Self {
            biz_code: None,
            task_package_id,
        }
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    GetTaskPackageResultRequest { "bizCode" => optional(biz_code), "taskPackageId" =>
    field(task_package_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTaskPackageResultRequest { "bizCode" => read_field(biz_code), "taskPackageId" =>
    read_field(task_package_id) }
}
impl rt::WriteRequest for GetTaskPackageResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_task_queue`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetTaskQueueRequest {
    /// `bizCode`: a query parameter.
    pub biz_code: String,
}
/// The required fields of [`GetTaskQueueRequest`], each named where it is set: `GetTaskQueueRequest::new(GetTaskQueueRequired { .. })`.
pub struct GetTaskQueueRequired {
    /// `bizCode`: see [`GetTaskQueueRequest::biz_code`].
    pub biz_code: String,
}
impl GetTaskQueueRequest {
    /// A `GetTaskQueueRequest` with its required fields (`bizCode`); set the others with the methods named after them.
    pub fn new(required: GetTaskQueueRequired) -> Self {
        let GetTaskQueueRequired { biz_code } = required;
        Self { biz_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetTaskQueueRequest { "bizCode" => read_field(biz_code) }
}
impl rt::WriteRequest for GetTaskQueueRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("bizCode", &self.biz_code);
    }
}
/// The request of [`Api::hospital_data_check`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct HospitalDataCheckRequest {
    /// `allDeptCount`.
    pub all_dept_count: Option<i64>,
    /// `allDeptUserCount`.
    pub all_dept_user_count: Option<i64>,
    /// `allGroupCount`.
    pub all_group_count: Option<i64>,
    /// `allGroupUserCount`.
    pub all_group_user_count: Option<i64>,
    /// `deptCount`.
    pub dept_count: Option<i64>,
    /// `deptUserCount`.
    pub dept_user_count: Option<i64>,
    /// `groupCount`.
    pub group_count: Option<i64>,
    /// `groupUserCount`.
    pub group_user_count: Option<i64>,
}
impl HospitalDataCheckRequest {
    /// An empty `HospitalDataCheckRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `allDeptCount`.
    pub fn all_dept_count(mut self, value: i64) -> Self {
        self.all_dept_count = Some(value);
        self
    }
    /// Sets `allDeptUserCount`.
    pub fn all_dept_user_count(mut self, value: i64) -> Self {
        self.all_dept_user_count = Some(value);
        self
    }
    /// Sets `allGroupCount`.
    pub fn all_group_count(mut self, value: i64) -> Self {
        self.all_group_count = Some(value);
        self
    }
    /// Sets `allGroupUserCount`.
    pub fn all_group_user_count(mut self, value: i64) -> Self {
        self.all_group_user_count = Some(value);
        self
    }
    /// Sets `deptCount`.
    pub fn dept_count(mut self, value: i64) -> Self {
        self.dept_count = Some(value);
        self
    }
    /// Sets `deptUserCount`.
    pub fn dept_user_count(mut self, value: i64) -> Self {
        self.dept_user_count = Some(value);
        self
    }
    /// Sets `groupCount`.
    pub fn group_count(mut self, value: i64) -> Self {
        self.group_count = Some(value);
        self
    }
    /// Sets `groupUserCount`.
    pub fn group_user_count(mut self, value: i64) -> Self {
        self.group_user_count = Some(value);
        self
    }
}
rt::impl_serialize! {
    HospitalDataCheckRequest { "allDeptCount" => optional(all_dept_count),
    "allDeptUserCount" => optional(all_dept_user_count), "allGroupCount" =>
    optional(all_group_count), "allGroupUserCount" => optional(all_group_user_count),
    "deptCount" => optional(dept_count), "deptUserCount" => optional(dept_user_count),
    "groupCount" => optional(group_count), "groupUserCount" => optional(group_user_count)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    HospitalDataCheckRequest { "allDeptCount" => read_field(all_dept_count),
    "allDeptUserCount" => read_field(all_dept_user_count), "allGroupCount" =>
    read_field(all_group_count), "allGroupUserCount" => read_field(all_group_user_count),
    "deptCount" => read_field(dept_count), "deptUserCount" =>
    read_field(dept_user_count), "groupCount" => read_field(group_count),
    "groupUserCount" => read_field(group_user_count) }
}
impl rt::WriteRequest for HospitalDataCheckRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_manufacture_common_event`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureCommonEventRequest {
    /// `action`.
    pub action: String,
    /// `appKey`.
    pub app_key: String,
    /// `bizData`.
    pub biz_data: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `eventType`.
    pub event_type: Vec<String>,
}
/// The required fields of [`IndustryManufactureCommonEventRequest`], each named where it is set: `IndustryManufactureCommonEventRequest::new(IndustryManufactureCommonEventRequired { .. })`.
pub struct IndustryManufactureCommonEventRequired {
    /// `action`: see [`IndustryManufactureCommonEventRequest::action`].
    pub action: String,
    /// `appKey`: see [`IndustryManufactureCommonEventRequest::app_key`].
    pub app_key: String,
    /// `eventType`: see [`IndustryManufactureCommonEventRequest::event_type`].
    pub event_type: Vec<String>,
}
impl IndustryManufactureCommonEventRequest {
    /// A `IndustryManufactureCommonEventRequest` with its required fields (`action`, `appKey`, `eventType`); set the others with the methods named after them.
    pub fn new(required: IndustryManufactureCommonEventRequired) -> Self {
        let IndustryManufactureCommonEventRequired { action, app_key, event_type } = required;
        Self {
            action,
            app_key,
            biz_data: None,
            event_type,
        }
    }
    /// Sets `bizData`.
    pub fn biz_data(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.biz_data = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureCommonEventRequest { "action" => field(action), "appKey" =>
    field(app_key), "bizData" => optional(biz_data), "eventType" => field(event_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureCommonEventRequest { "action" => read_field(action), "appKey" =>
    read_field(app_key), "bizData" => read_field(biz_data), "eventType" =>
    read_field(event_type) }
}
impl rt::WriteRequest for IndustryManufactureCommonEventRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_manufacture_cost_record_list_get`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IndustryManufactureCostRecordListGetRequest {
    /// `appId`.
    pub app_id: Option<i64>,
    /// `appIds`.
    pub app_ids: Option<Vec<i64>>,
    /// `appName`.
    pub app_name: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `cursor`.
    pub cursor: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `isvOrgId`.
    pub isv_org_id: Option<i64>,
    /// `materialNo`.
    pub material_no: Option<String>,
    /// `microappAgentId`.
    pub microapp_agent_id: Option<i64>,
    /// `orderNo`.
    pub order_no: Option<String>,
    /// `orgId`.
    pub org_id: Option<i64>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `productionTaskNo`.
    pub production_task_no: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `suiteKey`.
    pub suite_key: Option<String>,
    /// `tokenGrantType`.
    pub token_grant_type: Option<i64>,
}
impl IndustryManufactureCostRecordListGetRequest {
    /// An empty `IndustryManufactureCostRecordListGetRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
    /// Sets `appIds`.
    pub fn app_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.app_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `appName`.
    pub fn app_name(mut self, value: impl Into<String>) -> Self {
        self.app_name = Some(value.into());
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sets `isvOrgId`.
    pub fn isv_org_id(mut self, value: i64) -> Self {
        self.isv_org_id = Some(value);
        self
    }
    /// Sets `materialNo`.
    pub fn material_no(mut self, value: impl Into<String>) -> Self {
        self.material_no = Some(value.into());
        self
    }
    /// Sets `microappAgentId`.
    pub fn microapp_agent_id(mut self, value: i64) -> Self {
        self.microapp_agent_id = Some(value);
        self
    }
    /// Sets `orderNo`.
    pub fn order_no(mut self, value: impl Into<String>) -> Self {
        self.order_no = Some(value.into());
        self
    }
    /// Sets `orgId`.
    pub fn org_id(mut self, value: i64) -> Self {
        self.org_id = Some(value);
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
    /// Sets `productionTaskNo`.
    pub fn production_task_no(mut self, value: impl Into<String>) -> Self {
        self.production_task_no = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `suiteKey`.
    pub fn suite_key(mut self, value: impl Into<String>) -> Self {
        self.suite_key = Some(value.into());
        self
    }
    /// Sets `tokenGrantType`.
    pub fn token_grant_type(mut self, value: i64) -> Self {
        self.token_grant_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureCostRecordListGetRequest { "appId" => optional(app_id), "appIds"
    => optional(app_ids), "appName" => optional(app_name), "corpId" => optional(corp_id),
    "cursor" => optional(cursor), "endTime" => optional(end_time), "instanceId" =>
    optional(instance_id), "isvOrgId" => optional(isv_org_id), "materialNo" =>
    optional(material_no), "microappAgentId" => optional(microapp_agent_id), "orderNo" =>
    optional(order_no), "orgId" => optional(org_id), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "productionTaskNo" =>
    optional(production_task_no), "startTime" => optional(start_time), "suiteKey" =>
    optional(suite_key), "tokenGrantType" => optional(token_grant_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureCostRecordListGetRequest { "appId" => read_field(app_id), "appIds"
    => read_field(app_ids), "appName" => read_field(app_name), "corpId" =>
    read_field(corp_id), "cursor" => read_field(cursor), "endTime" =>
    read_field(end_time), "instanceId" => read_field(instance_id), "isvOrgId" =>
    read_field(isv_org_id), "materialNo" => read_field(material_no), "microappAgentId" =>
    read_field(microapp_agent_id), "orderNo" => read_field(order_no), "orgId" =>
    read_field(org_id), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "productionTaskNo" => read_field(production_task_no),
    "startTime" => read_field(start_time), "suiteKey" => read_field(suite_key),
    "tokenGrantType" => read_field(token_grant_type) }
}
impl rt::WriteRequest for IndustryManufactureCostRecordListGetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_manufacture_fee_list_get`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct IndustryManufactureFeeListGetRequest {
    /// `appId`.
    pub app_id: Option<i64>,
    /// `appIds`.
    pub app_ids: Option<Vec<i64>>,
    /// `appName`.
    pub app_name: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `cursor`.
    pub cursor: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `isvOrgId`.
    pub isv_org_id: Option<i64>,
    /// `materialNo`.
    pub material_no: Option<String>,
    /// `microappAgentId`.
    pub microapp_agent_id: Option<i64>,
    /// `orgId`.
    pub org_id: Option<i64>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `productionTaskNo`.
    pub production_task_no: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `suiteKey`.
    pub suite_key: Option<String>,
    /// `tokenGrantType`.
    pub token_grant_type: Option<i64>,
    /// `type`.
    pub r#type: Option<String>,
}
impl IndustryManufactureFeeListGetRequest {
    /// An empty `IndustryManufactureFeeListGetRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
    /// Sets `appIds`.
    pub fn app_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.app_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `appName`.
    pub fn app_name(mut self, value: impl Into<String>) -> Self {
        self.app_name = Some(value.into());
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `isvOrgId`.
    pub fn isv_org_id(mut self, value: i64) -> Self {
        self.isv_org_id = Some(value);
        self
    }
    /// Sets `materialNo`.
    pub fn material_no(mut self, value: impl Into<String>) -> Self {
        self.material_no = Some(value.into());
        self
    }
    /// Sets `microappAgentId`.
    pub fn microapp_agent_id(mut self, value: i64) -> Self {
        self.microapp_agent_id = Some(value);
        self
    }
    /// Sets `orgId`.
    pub fn org_id(mut self, value: i64) -> Self {
        self.org_id = Some(value);
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
    /// Sets `productionTaskNo`.
    pub fn production_task_no(mut self, value: impl Into<String>) -> Self {
        self.production_task_no = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `suiteKey`.
    pub fn suite_key(mut self, value: impl Into<String>) -> Self {
        self.suite_key = Some(value.into());
        self
    }
    /// Sets `tokenGrantType`.
    pub fn token_grant_type(mut self, value: i64) -> Self {
        self.token_grant_type = Some(value);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureFeeListGetRequest { "appId" => optional(app_id), "appIds" =>
    optional(app_ids), "appName" => optional(app_name), "corpId" => optional(corp_id),
    "cursor" => optional(cursor), "endTime" => optional(end_time), "isvOrgId" =>
    optional(isv_org_id), "materialNo" => optional(material_no), "microappAgentId" =>
    optional(microapp_agent_id), "orgId" => optional(org_id), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "productionTaskNo" =>
    optional(production_task_no), "startTime" => optional(start_time), "suiteKey" =>
    optional(suite_key), "tokenGrantType" => optional(token_grant_type), "type" =>
    optional(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureFeeListGetRequest { "appId" => read_field(app_id), "appIds" =>
    read_field(app_ids), "appName" => read_field(app_name), "corpId" =>
    read_field(corp_id), "cursor" => read_field(cursor), "endTime" =>
    read_field(end_time), "isvOrgId" => read_field(isv_org_id), "materialNo" =>
    read_field(material_no), "microappAgentId" => read_field(microapp_agent_id), "orgId"
    => read_field(org_id), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "productionTaskNo" => read_field(production_task_no),
    "startTime" => read_field(start_time), "suiteKey" => read_field(suite_key),
    "tokenGrantType" => read_field(token_grant_type), "type" => read_field(r#type) }
}
impl rt::WriteRequest for IndustryManufactureFeeListGetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_manufacture_labour_cost`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureLabourCostRequest {
    /// `appId`.
    pub app_id: Option<i64>,
    /// `appIds`.
    pub app_ids: Option<Vec<i64>>,
    /// `appName`.
    pub app_name: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `cursor`.
    pub cursor: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `isvOrgId`.
    pub isv_org_id: Option<String>,
    /// `materialNo`.
    pub material_no: Option<String>,
    /// `microappAgentId`.
    pub microapp_agent_id: Option<i64>,
    /// `orgId`.
    pub org_id: Option<i64>,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `processNo`.
    pub process_no: Option<String>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `suiteKey`.
    pub suite_key: Option<String>,
    /// `tokenGrantType`.
    pub token_grant_type: Option<i64>,
}
/// The required fields of [`IndustryManufactureLabourCostRequest`], each named where it is set: `IndustryManufactureLabourCostRequest::new(IndustryManufactureLabourCostRequired { .. })`.
pub struct IndustryManufactureLabourCostRequired {
    /// `pageNumber`: see [`IndustryManufactureLabourCostRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`IndustryManufactureLabourCostRequest::page_size`].
    pub page_size: i64,
}
impl IndustryManufactureLabourCostRequest {
    /// A `IndustryManufactureLabourCostRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: IndustryManufactureLabourCostRequired) -> Self {
        let IndustryManufactureLabourCostRequired { page_number, page_size } = required;
        Self {
            app_id: None,
            app_ids: None,
            app_name: None,
            corp_id: None,
            cursor: None,
            end_time: None,
            isv_org_id: None,
            material_no: None,
            microapp_agent_id: None,
            org_id: None,
            page_number,
            page_size,
            process_no: None,
            start_time: None,
            suite_key: None,
            token_grant_type: None,
        }
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
    /// Sets `appIds`.
    pub fn app_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.app_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `appName`.
    pub fn app_name(mut self, value: impl Into<String>) -> Self {
        self.app_name = Some(value.into());
        self
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `isvOrgId`.
    pub fn isv_org_id(mut self, value: impl Into<String>) -> Self {
        self.isv_org_id = Some(value.into());
        self
    }
    /// Sets `materialNo`.
    pub fn material_no(mut self, value: impl Into<String>) -> Self {
        self.material_no = Some(value.into());
        self
    }
    /// Sets `microappAgentId`.
    pub fn microapp_agent_id(mut self, value: i64) -> Self {
        self.microapp_agent_id = Some(value);
        self
    }
    /// Sets `orgId`.
    pub fn org_id(mut self, value: i64) -> Self {
        self.org_id = Some(value);
        self
    }
    /// Sets `processNo`.
    pub fn process_no(mut self, value: impl Into<String>) -> Self {
        self.process_no = Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `suiteKey`.
    pub fn suite_key(mut self, value: impl Into<String>) -> Self {
        self.suite_key = Some(value.into());
        self
    }
    /// Sets `tokenGrantType`.
    pub fn token_grant_type(mut self, value: i64) -> Self {
        self.token_grant_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureLabourCostRequest { "appId" => optional(app_id), "appIds" =>
    optional(app_ids), "appName" => optional(app_name), "corpId" => optional(corp_id),
    "cursor" => optional(cursor), "endTime" => optional(end_time), "isvOrgId" =>
    optional(isv_org_id), "materialNo" => optional(material_no), "microappAgentId" =>
    optional(microapp_agent_id), "orgId" => optional(org_id), "pageNumber" =>
    field(page_number), "pageSize" => field(page_size), "processNo" =>
    optional(process_no), "startTime" => optional(start_time), "suiteKey" =>
    optional(suite_key), "tokenGrantType" => optional(token_grant_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureLabourCostRequest { "appId" => read_field(app_id), "appIds" =>
    read_field(app_ids), "appName" => read_field(app_name), "corpId" =>
    read_field(corp_id), "cursor" => read_field(cursor), "endTime" =>
    read_field(end_time), "isvOrgId" => read_field(isv_org_id), "materialNo" =>
    read_field(material_no), "microappAgentId" => read_field(microapp_agent_id), "orgId"
    => read_field(org_id), "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "processNo" => read_field(process_no), "startTime" =>
    read_field(start_time), "suiteKey" => read_field(suite_key), "tokenGrantType" =>
    read_field(token_grant_type) }
}
impl rt::WriteRequest for IndustryManufactureLabourCostRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_manufacture_material_list`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureMaterialListRequest {
    /// `appId`.
    pub app_id: Option<i64>,
    /// `appIds`.
    pub app_ids: Option<Vec<i64>>,
    /// `appName`.
    pub app_name: Option<String>,
    /// `corpId`.
    pub corp_id: String,
    /// `currentPage`.
    pub current_page: Option<i64>,
    /// `cursor`.
    pub cursor: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `isvOrgId`.
    pub isv_org_id: Option<i64>,
    /// `materialNo`.
    pub material_no: Option<String>,
    /// `microappAgentId`.
    pub microapp_agent_id: Option<i64>,
    /// `orgId`.
    pub org_id: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `suiteKey`.
    pub suite_key: Option<String>,
    /// `tokenGrantType`.
    pub token_grant_type: Option<i64>,
}
/// The required fields of [`IndustryManufactureMaterialListRequest`], each named where it is set: `IndustryManufactureMaterialListRequest::new(IndustryManufactureMaterialListRequired { .. })`.
pub struct IndustryManufactureMaterialListRequired {
    /// `corpId`: see [`IndustryManufactureMaterialListRequest::corp_id`].
    pub corp_id: String,
}
impl IndustryManufactureMaterialListRequest {
    /// A `IndustryManufactureMaterialListRequest` with its required fields (`corpId`); set the others with the methods named after them.
    pub fn new(required: IndustryManufactureMaterialListRequired) -> Self {
        let IndustryManufactureMaterialListRequired { corp_id } = required;
        Self {
            app_id: None,
            app_ids: None,
            app_name: None,
            corp_id,
            current_page: None,
            cursor: None,
            end_time: None,
            instance_id: None,
            isv_org_id: None,
            material_no: None,
            microapp_agent_id: None,
            org_id: None,
            page_size: None,
            start_time: None,
            suite_key: None,
            token_grant_type: None,
        }
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
    /// Sets `appIds`.
    pub fn app_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.app_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `appName`.
    pub fn app_name(mut self, value: impl Into<String>) -> Self {
        self.app_name = Some(value.into());
        self
    }
    /// Sets `currentPage`.
    pub fn current_page(mut self, value: i64) -> Self {
        self.current_page = Some(value);
        self
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sets `isvOrgId`.
    pub fn isv_org_id(mut self, value: i64) -> Self {
        self.isv_org_id = Some(value);
        self
    }
    /// Sets `materialNo`.
    pub fn material_no(mut self, value: impl Into<String>) -> Self {
        self.material_no = Some(value.into());
        self
    }
    /// Sets `microappAgentId`.
    pub fn microapp_agent_id(mut self, value: i64) -> Self {
        self.microapp_agent_id = Some(value);
        self
    }
    /// Sets `orgId`.
    pub fn org_id(mut self, value: i64) -> Self {
        self.org_id = Some(value);
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
    /// Sets `suiteKey`.
    pub fn suite_key(mut self, value: impl Into<String>) -> Self {
        self.suite_key = Some(value.into());
        self
    }
    /// Sets `tokenGrantType`.
    pub fn token_grant_type(mut self, value: i64) -> Self {
        self.token_grant_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureMaterialListRequest { "appId" => optional(app_id), "appIds" =>
    optional(app_ids), "appName" => optional(app_name), "corpId" => field(corp_id),
    "currentPage" => optional(current_page), "cursor" => optional(cursor), "endTime" =>
    optional(end_time), "instanceId" => optional(instance_id), "isvOrgId" =>
    optional(isv_org_id), "materialNo" => optional(material_no), "microappAgentId" =>
    optional(microapp_agent_id), "orgId" => optional(org_id), "pageSize" =>
    optional(page_size), "startTime" => optional(start_time), "suiteKey" =>
    optional(suite_key), "tokenGrantType" => optional(token_grant_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureMaterialListRequest { "appId" => read_field(app_id), "appIds" =>
    read_field(app_ids), "appName" => read_field(app_name), "corpId" =>
    read_field(corp_id), "currentPage" => read_field(current_page), "cursor" =>
    read_field(cursor), "endTime" => read_field(end_time), "instanceId" =>
    read_field(instance_id), "isvOrgId" => read_field(isv_org_id), "materialNo" =>
    read_field(material_no), "microappAgentId" => read_field(microapp_agent_id), "orgId"
    => read_field(org_id), "pageSize" => read_field(page_size), "startTime" =>
    read_field(start_time), "suiteKey" => read_field(suite_key), "tokenGrantType" =>
    read_field(token_grant_type) }
}
impl rt::WriteRequest for IndustryManufactureMaterialListRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_manufacture_mes_dispatch_task`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureMesDispatchTaskRequest {
    /// `action`.
    pub action: String,
    /// `appKey`.
    pub app_key: String,
    /// `baseDataName`.
    pub base_data_name: Option<String>,
    /// `defectsAmount`.
    pub defects_amount: Option<String>,
    /// `dispatchStaffName`.
    pub dispatch_staff_name: Option<String>,
    /// `dispatchStaffNo`.
    pub dispatch_staff_no: Option<String>,
    /// `fineAmount`.
    pub fine_amount: Option<String>,
    /// `overdue`.
    pub overdue: Option<i64>,
    /// `planQuantity`.
    pub plan_quantity: Option<i64>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `processName`.
    pub process_name: Option<String>,
    /// `processUuid`.
    pub process_uuid: Option<String>,
    /// `productCode`.
    pub product_code: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `productSpecification`.
    pub product_specification: Option<String>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `projectStatus`.
    pub project_status: Option<String>,
    /// `taskOperators`.
    pub task_operators: Option<String>,
    /// `taskPlanEndTime`.
    pub task_plan_end_time: Option<String>,
    /// `taskPlanStartTime`.
    pub task_plan_start_time: Option<String>,
    /// `taskStatus`.
    pub task_status: Option<String>,
    /// `taskType`.
    pub task_type: Option<String>,
    /// `teamId`.
    pub team_id: Option<String>,
    /// `uuid`.
    pub uuid: String,
}
/// The required fields of [`IndustryManufactureMesDispatchTaskRequest`], each named where it is set: `IndustryManufactureMesDispatchTaskRequest::new(IndustryManufactureMesDispatchTaskRequired { .. })`.
pub struct IndustryManufactureMesDispatchTaskRequired {
    /// `action`: see [`IndustryManufactureMesDispatchTaskRequest::action`].
    pub action: String,
    /// `appKey`: see [`IndustryManufactureMesDispatchTaskRequest::app_key`].
    pub app_key: String,
    /// `uuid`: see [`IndustryManufactureMesDispatchTaskRequest::uuid`].
    pub uuid: String,
}
impl IndustryManufactureMesDispatchTaskRequest {
    /// A `IndustryManufactureMesDispatchTaskRequest` with its required fields (`action`, `appKey`, `uuid`); set the others with the methods named after them.
    pub fn new(required: IndustryManufactureMesDispatchTaskRequired) -> Self {
        let IndustryManufactureMesDispatchTaskRequired { action, app_key, uuid } = required;
        Self {
            action,
            app_key,
            base_data_name: None,
            defects_amount: None,
            dispatch_staff_name: None,
            dispatch_staff_no: None,
            fine_amount: None,
            overdue: None,
            plan_quantity: None,
            priority: None,
            process_name: None,
            process_uuid: None,
            product_code: None,
            product_name: None,
            product_specification: None,
            project_code: None,
            project_id: None,
            project_status: None,
            task_operators: None,
            task_plan_end_time: None,
            task_plan_start_time: None,
            task_status: None,
            task_type: None,
            team_id: None,
            uuid,
        }
    }
    /// Sets `baseDataName`.
    pub fn base_data_name(mut self, value: impl Into<String>) -> Self {
        self.base_data_name = Some(value.into());
        self
    }
    /// Sets `defectsAmount`.
    pub fn defects_amount(mut self, value: impl Into<String>) -> Self {
        self.defects_amount = Some(value.into());
        self
    }
    /// Sets `dispatchStaffName`.
    pub fn dispatch_staff_name(mut self, value: impl Into<String>) -> Self {
        self.dispatch_staff_name = Some(value.into());
        self
    }
    /// Sets `dispatchStaffNo`.
    pub fn dispatch_staff_no(mut self, value: impl Into<String>) -> Self {
        self.dispatch_staff_no = Some(value.into());
        self
    }
    /// Sets `fineAmount`.
    pub fn fine_amount(mut self, value: impl Into<String>) -> Self {
        self.fine_amount = Some(value.into());
        self
    }
    /// Sets `overdue`.
    pub fn overdue(mut self, value: i64) -> Self {
        self.overdue = Some(value);
        self
    }
    /// Sets `planQuantity`.
    pub fn plan_quantity(mut self, value: i64) -> Self {
        self.plan_quantity = Some(value);
        self
    }
    /// Sets `priority`.
    pub fn priority(mut self, value: i64) -> Self {
        self.priority = Some(value);
        self
    }
    /// Sets `processName`.
    pub fn process_name(mut self, value: impl Into<String>) -> Self {
        self.process_name = Some(value.into());
        self
    }
    /// Sets `processUuid`.
    pub fn process_uuid(mut self, value: impl Into<String>) -> Self {
        self.process_uuid = Some(value.into());
        self
    }
    /// Sets `productCode`.
    pub fn product_code(mut self, value: impl Into<String>) -> Self {
        self.product_code = Some(value.into());
        self
    }
    /// Sets `productName`.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `productSpecification`.
    pub fn product_specification(mut self, value: impl Into<String>) -> Self {
        self.product_specification = Some(value.into());
        self
    }
    /// Sets `projectCode`.
    pub fn project_code(mut self, value: impl Into<String>) -> Self {
        self.project_code = Some(value.into());
        self
    }
    /// Sets `projectId`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `projectStatus`.
    pub fn project_status(mut self, value: impl Into<String>) -> Self {
        self.project_status = Some(value.into());
        self
    }
    /// Sets `taskOperators`.
    pub fn task_operators(mut self, value: impl Into<String>) -> Self {
        self.task_operators = Some(value.into());
        self
    }
    /// Sets `taskPlanEndTime`.
    pub fn task_plan_end_time(mut self, value: impl Into<String>) -> Self {
        self.task_plan_end_time = Some(value.into());
        self
    }
    /// Sets `taskPlanStartTime`.
    pub fn task_plan_start_time(mut self, value: impl Into<String>) -> Self {
        self.task_plan_start_time = Some(value.into());
        self
    }
    /// Sets `taskStatus`.
    pub fn task_status(mut self, value: impl Into<String>) -> Self {
        self.task_status = Some(value.into());
        self
    }
    /// Sets `taskType`.
    pub fn task_type(mut self, value: impl Into<String>) -> Self {
        self.task_type = Some(value.into());
        self
    }
    /// Sets `teamId`.
    pub fn team_id(mut self, value: impl Into<String>) -> Self {
        self.team_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureMesDispatchTaskRequest { "action" => field(action), "appKey" =>
    field(app_key), "baseDataName" => optional(base_data_name), "defectsAmount" =>
    optional(defects_amount), "dispatchStaffName" => optional(dispatch_staff_name),
    "dispatchStaffNo" => optional(dispatch_staff_no), "fineAmount" =>
    optional(fine_amount), "overdue" => optional(overdue), "planQuantity" =>
    optional(plan_quantity), "priority" => optional(priority), "processName" =>
    optional(process_name), "processUuid" => optional(process_uuid), "productCode" =>
    optional(product_code), "productName" => optional(product_name),
    "productSpecification" => optional(product_specification), "projectCode" =>
    optional(project_code), "projectId" => optional(project_id), "projectStatus" =>
    optional(project_status), "taskOperators" => optional(task_operators),
    "taskPlanEndTime" => optional(task_plan_end_time), "taskPlanStartTime" =>
    optional(task_plan_start_time), "taskStatus" => optional(task_status), "taskType" =>
    optional(task_type), "teamId" => optional(team_id), "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureMesDispatchTaskRequest { "action" => read_field(action), "appKey"
    => read_field(app_key), "baseDataName" => read_field(base_data_name), "defectsAmount"
    => read_field(defects_amount), "dispatchStaffName" =>
    read_field(dispatch_staff_name), "dispatchStaffNo" => read_field(dispatch_staff_no),
    "fineAmount" => read_field(fine_amount), "overdue" => read_field(overdue),
    "planQuantity" => read_field(plan_quantity), "priority" => read_field(priority),
    "processName" => read_field(process_name), "processUuid" => read_field(process_uuid),
    "productCode" => read_field(product_code), "productName" => read_field(product_name),
    "productSpecification" => read_field(product_specification), "projectCode" =>
    read_field(project_code), "projectId" => read_field(project_id), "projectStatus" =>
    read_field(project_status), "taskOperators" => read_field(task_operators),
    "taskPlanEndTime" => read_field(task_plan_end_time), "taskPlanStartTime" =>
    read_field(task_plan_start_time), "taskStatus" => read_field(task_status), "taskType"
    => read_field(task_type), "teamId" => read_field(team_id), "uuid" => read_field(uuid)
    }
}
impl rt::WriteRequest for IndustryManufactureMesDispatchTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_manufacture_mes_material`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureMesMaterialRequest {
    /// `action`.
    pub action: String,
    /// `appKey`.
    pub app_key: String,
    /// `baseDataName`.
    pub base_data_name: Option<String>,
    /// `category`.
    pub category: Option<String>,
    /// `extendData`.
    pub extend_data: Option<Vec<IndustryManufactureMesMaterialRequestExtendData>>,
    /// `productCode`.
    pub product_code: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `productSpecification`.
    pub product_specification: Option<String>,
    /// `prop`.
    pub prop: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
    /// `uuid`.
    pub uuid: String,
}
/// The required fields of [`IndustryManufactureMesMaterialRequest`], each named where it is set: `IndustryManufactureMesMaterialRequest::new(IndustryManufactureMesMaterialRequired { .. })`.
pub struct IndustryManufactureMesMaterialRequired {
    /// `action`: see [`IndustryManufactureMesMaterialRequest::action`].
    pub action: String,
    /// `appKey`: see [`IndustryManufactureMesMaterialRequest::app_key`].
    pub app_key: String,
    /// `uuid`: see [`IndustryManufactureMesMaterialRequest::uuid`].
    pub uuid: String,
}
impl IndustryManufactureMesMaterialRequest {
    /// A `IndustryManufactureMesMaterialRequest` with its required fields (`action`, `appKey`, `uuid`); set the others with the methods named after them.
    pub fn new(required: IndustryManufactureMesMaterialRequired) -> Self {
        let IndustryManufactureMesMaterialRequired { action, app_key, uuid } = required;
        Self {
            action,
            app_key,
            base_data_name: None,
            category: None,
            extend_data: None,
            product_code: None,
            product_name: None,
            product_specification: None,
            prop: None,
            unit: None,
            uuid,
        }
    }
    /// Sets `baseDataName`.
    pub fn base_data_name(mut self, value: impl Into<String>) -> Self {
        self.base_data_name = Some(value.into());
        self
    }
    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }
    /// Sets `extendData`.
    pub fn extend_data(
        mut self,
        value: impl IntoIterator<Item = IndustryManufactureMesMaterialRequestExtendData>,
    ) -> Self {
        self.extend_data = Some(value.into_iter().collect());
        self
    }
    /// Sets `productCode`.
    pub fn product_code(mut self, value: impl Into<String>) -> Self {
        self.product_code = Some(value.into());
        self
    }
    /// Sets `productName`.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `productSpecification`.
    pub fn product_specification(mut self, value: impl Into<String>) -> Self {
        self.product_specification = Some(value.into());
        self
    }
    /// Sets `prop`.
    pub fn prop(mut self, value: impl Into<String>) -> Self {
        self.prop = Some(value.into());
        self
    }
    /// Sets `unit`.
    pub fn unit(mut self, value: impl Into<String>) -> Self {
        self.unit = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureMesMaterialRequest { "action" => field(action), "appKey" =>
    field(app_key), "baseDataName" => optional(base_data_name), "category" =>
    optional(category), "extendData" => optional(extend_data), "productCode" =>
    optional(product_code), "productName" => optional(product_name),
    "productSpecification" => optional(product_specification), "prop" => optional(prop),
    "unit" => optional(unit), "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureMesMaterialRequest { "action" => read_field(action), "appKey" =>
    read_field(app_key), "baseDataName" => read_field(base_data_name), "category" =>
    read_field(category), "extendData" => read_field(extend_data), "productCode" =>
    read_field(product_code), "productName" => read_field(product_name),
    "productSpecification" => read_field(product_specification), "prop" =>
    read_field(prop), "unit" => read_field(unit), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for IndustryManufactureMesMaterialRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_manufacture_mes_out_plan`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureMesOutPlanRequest {
    /// `approvalStatus`.
    pub approval_status: Option<String>,
    /// `approver`.
    pub approver: Option<String>,
    /// `baseDataName`.
    pub base_data_name: String,
    /// `outSourceProjectCode`.
    pub out_source_project_code: String,
    /// `outSourceTeamId`.
    pub out_source_team_id: Option<String>,
    /// `price`.
    pub price: Option<String>,
    /// `processIdentificationCode`.
    pub process_identification_code: Option<String>,
    /// `processUuids`.
    pub process_uuids: Option<String>,
    /// `productCode`.
    pub product_code: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `productSpecification`.
    pub product_specification: Option<String>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `sendPlanQuantity`.
    pub send_plan_quantity: Option<String>,
    /// `supplierCode`.
    pub supplier_code: Option<String>,
    /// `supplierName`.
    pub supplier_name: Option<String>,
    /// `totalWage`.
    pub total_wage: Option<String>,
    /// `uuid`.
    pub uuid: String,
}
/// The required fields of [`IndustryManufactureMesOutPlanRequest`], each named where it is set: `IndustryManufactureMesOutPlanRequest::new(IndustryManufactureMesOutPlanRequired { .. })`.
pub struct IndustryManufactureMesOutPlanRequired {
    /// `baseDataName`: see [`IndustryManufactureMesOutPlanRequest::base_data_name`].
    pub base_data_name: String,
    /// `outSourceProjectCode`: see [`IndustryManufactureMesOutPlanRequest::out_source_project_code`].
    pub out_source_project_code: String,
    /// `uuid`: see [`IndustryManufactureMesOutPlanRequest::uuid`].
    pub uuid: String,
}
impl IndustryManufactureMesOutPlanRequest {
    /// A `IndustryManufactureMesOutPlanRequest` with its required fields (`baseDataName`, `outSourceProjectCode`, `uuid`); set the others with the methods named after them.
    pub fn new(required: IndustryManufactureMesOutPlanRequired) -> Self {
        let IndustryManufactureMesOutPlanRequired {
            base_data_name,
            out_source_project_code,
            uuid,
        } = required;
        Self {
            approval_status: None,
            approver: None,
            base_data_name,
            out_source_project_code,
            out_source_team_id: None,
            price: None,
            process_identification_code: None,
            process_uuids: None,
            product_code: None,
            product_name: None,
            product_specification: None,
            project_code: None,
            project_id: None,
            send_plan_quantity: None,
            supplier_code: None,
            supplier_name: None,
            total_wage: None,
            uuid,
        }
    }
    /// Sets `approvalStatus`.
    pub fn approval_status(mut self, value: impl Into<String>) -> Self {
        self.approval_status = Some(value.into());
        self
    }
    /// Sets `approver`.
    pub fn approver(mut self, value: impl Into<String>) -> Self {
        self.approver = Some(value.into());
        self
    }
    /// Sets `outSourceTeamId`.
    pub fn out_source_team_id(mut self, value: impl Into<String>) -> Self {
        self.out_source_team_id = Some(value.into());
        self
    }
    /// Sets `price`.
    pub fn price(mut self, value: impl Into<String>) -> Self {
        self.price = Some(value.into());
        self
    }
    /// Sets `processIdentificationCode`.
    pub fn process_identification_code(mut self, value: impl Into<String>) -> Self {
        self.process_identification_code = Some(value.into());
        self
    }
    /// Sets `processUuids`.
    pub fn process_uuids(mut self, value: impl Into<String>) -> Self {
        self.process_uuids = Some(value.into());
        self
    }
    /// Sets `productCode`.
    pub fn product_code(mut self, value: impl Into<String>) -> Self {
        self.product_code = Some(value.into());
        self
    }
    /// Sets `productName`.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `productSpecification`.
    pub fn product_specification(mut self, value: impl Into<String>) -> Self {
        self.product_specification = Some(value.into());
        self
    }
    /// Sets `projectCode`.
    pub fn project_code(mut self, value: impl Into<String>) -> Self {
        self.project_code = Some(value.into());
        self
    }
    /// Sets `projectId`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `sendPlanQuantity`.
    pub fn send_plan_quantity(mut self, value: impl Into<String>) -> Self {
        self.send_plan_quantity = Some(value.into());
        self
    }
    /// Sets `supplierCode`.
    pub fn supplier_code(mut self, value: impl Into<String>) -> Self {
        self.supplier_code = Some(value.into());
        self
    }
    /// Sets `supplierName`.
    pub fn supplier_name(mut self, value: impl Into<String>) -> Self {
        self.supplier_name = Some(value.into());
        self
    }
    /// Sets `totalWage`.
    pub fn total_wage(mut self, value: impl Into<String>) -> Self {
        self.total_wage = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureMesOutPlanRequest { "approvalStatus" => optional(approval_status),
    "approver" => optional(approver), "baseDataName" => field(base_data_name),
    "outSourceProjectCode" => field(out_source_project_code), "outSourceTeamId" =>
    optional(out_source_team_id), "price" => optional(price), "processIdentificationCode"
    => optional(process_identification_code), "processUuids" => optional(process_uuids),
    "productCode" => optional(product_code), "productName" => optional(product_name),
    "productSpecification" => optional(product_specification), "projectCode" =>
    optional(project_code), "projectId" => optional(project_id), "sendPlanQuantity" =>
    optional(send_plan_quantity), "supplierCode" => optional(supplier_code),
    "supplierName" => optional(supplier_name), "totalWage" => optional(total_wage),
    "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureMesOutPlanRequest { "approvalStatus" =>
    read_field(approval_status), "approver" => read_field(approver), "baseDataName" =>
    read_field(base_data_name), "outSourceProjectCode" =>
    read_field(out_source_project_code), "outSourceTeamId" =>
    read_field(out_source_team_id), "price" => read_field(price),
    "processIdentificationCode" => read_field(process_identification_code),
    "processUuids" => read_field(process_uuids), "productCode" =>
    read_field(product_code), "productName" => read_field(product_name),
    "productSpecification" => read_field(product_specification), "projectCode" =>
    read_field(project_code), "projectId" => read_field(project_id), "sendPlanQuantity"
    => read_field(send_plan_quantity), "supplierCode" => read_field(supplier_code),
    "supplierName" => read_field(supplier_name), "totalWage" => read_field(total_wage),
    "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for IndustryManufactureMesOutPlanRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_manufacture_mes_output`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureMesOutputRequest {
    /// `action`.
    pub action: String,
    /// `appKey`.
    pub app_key: String,
    /// `approveStatus`.
    pub approve_status: Option<String>,
    /// `baseDataName`.
    pub base_data_name: Option<String>,
    /// `defectsAmount`.
    pub defects_amount: Option<String>,
    /// `defectsReason`.
    pub defects_reason: Option<String>,
    /// `fineAmount`.
    pub fine_amount: Option<String>,
    /// `hasQualityTest`.
    pub has_quality_test: Option<String>,
    /// `overdue`.
    pub overdue: Option<i64>,
    /// `planQuantity`.
    pub plan_quantity: Option<i64>,
    /// `priority`.
    pub priority: Option<i64>,
    /// `processName`.
    pub process_name: Option<String>,
    /// `processUuid`.
    pub process_uuid: Option<String>,
    /// `productCode`.
    pub product_code: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `productSpecification`.
    pub product_specification: Option<String>,
    /// `projectCode`.
    pub project_code: Option<String>,
    /// `projectId`.
    pub project_id: Option<String>,
    /// `projectStatus`.
    pub project_status: Option<String>,
    /// `qualityTestStatus`.
    pub quality_test_status: Option<String>,
    /// `taskPlanEndTime`.
    pub task_plan_end_time: Option<String>,
    /// `taskPlanStartTime`.
    pub task_plan_start_time: Option<String>,
    /// `taskStatus`.
    pub task_status: Option<String>,
    /// `taskType`.
    pub task_type: Option<String>,
    /// `taskUuid`.
    pub task_uuid: Option<String>,
    /// `teamId`.
    pub team_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `userName`.
    pub user_name: Option<String>,
    /// `uuid`.
    pub uuid: String,
}
/// The required fields of [`IndustryManufactureMesOutputRequest`], each named where it is set: `IndustryManufactureMesOutputRequest::new(IndustryManufactureMesOutputRequired { .. })`.
pub struct IndustryManufactureMesOutputRequired {
    /// `action`: see [`IndustryManufactureMesOutputRequest::action`].
    pub action: String,
    /// `appKey`: see [`IndustryManufactureMesOutputRequest::app_key`].
    pub app_key: String,
    /// `uuid`: see [`IndustryManufactureMesOutputRequest::uuid`].
    pub uuid: String,
}
impl IndustryManufactureMesOutputRequest {
    /// A `IndustryManufactureMesOutputRequest` with its required fields (`action`, `appKey`, `uuid`); set the others with the methods named after them.
    pub fn new(required: IndustryManufactureMesOutputRequired) -> Self {
        let IndustryManufactureMesOutputRequired { action, app_key, uuid } = required;
        Self {
            action,
            app_key,
            approve_status: None,
            base_data_name: None,
            defects_amount: None,
            defects_reason: None,
            fine_amount: None,
            has_quality_test: None,
            overdue: None,
            plan_quantity: None,
            priority: None,
            process_name: None,
            process_uuid: None,
            product_code: None,
            product_name: None,
            product_specification: None,
            project_code: None,
            project_id: None,
            project_status: None,
            quality_test_status: None,
            task_plan_end_time: None,
            task_plan_start_time: None,
            task_status: None,
            task_type: None,
            task_uuid: None,
            team_id: None,
            user_id: None,
            user_name: None,
            uuid,
        }
    }
    /// Sets `approveStatus`.
    pub fn approve_status(mut self, value: impl Into<String>) -> Self {
        self.approve_status = Some(value.into());
        self
    }
    /// Sets `baseDataName`.
    pub fn base_data_name(mut self, value: impl Into<String>) -> Self {
        self.base_data_name = Some(value.into());
        self
    }
    /// Sets `defectsAmount`.
    pub fn defects_amount(mut self, value: impl Into<String>) -> Self {
        self.defects_amount = Some(value.into());
        self
    }
    /// Sets `defectsReason`.
    pub fn defects_reason(mut self, value: impl Into<String>) -> Self {
        self.defects_reason = Some(value.into());
        self
    }
    /// Sets `fineAmount`.
    pub fn fine_amount(mut self, value: impl Into<String>) -> Self {
        self.fine_amount = Some(value.into());
        self
    }
    /// Sets `hasQualityTest`.
    pub fn has_quality_test(mut self, value: impl Into<String>) -> Self {
        self.has_quality_test = Some(value.into());
        self
    }
    /// Sets `overdue`.
    pub fn overdue(mut self, value: i64) -> Self {
        self.overdue = Some(value);
        self
    }
    /// Sets `planQuantity`.
    pub fn plan_quantity(mut self, value: i64) -> Self {
        self.plan_quantity = Some(value);
        self
    }
    /// Sets `priority`.
    pub fn priority(mut self, value: i64) -> Self {
        self.priority = Some(value);
        self
    }
    /// Sets `processName`.
    pub fn process_name(mut self, value: impl Into<String>) -> Self {
        self.process_name = Some(value.into());
        self
    }
    /// Sets `processUuid`.
    pub fn process_uuid(mut self, value: impl Into<String>) -> Self {
        self.process_uuid = Some(value.into());
        self
    }
    /// Sets `productCode`.
    pub fn product_code(mut self, value: impl Into<String>) -> Self {
        self.product_code = Some(value.into());
        self
    }
    /// Sets `productName`.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `productSpecification`.
    pub fn product_specification(mut self, value: impl Into<String>) -> Self {
        self.product_specification = Some(value.into());
        self
    }
    /// Sets `projectCode`.
    pub fn project_code(mut self, value: impl Into<String>) -> Self {
        self.project_code = Some(value.into());
        self
    }
    /// Sets `projectId`.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.project_id = Some(value.into());
        self
    }
    /// Sets `projectStatus`.
    pub fn project_status(mut self, value: impl Into<String>) -> Self {
        self.project_status = Some(value.into());
        self
    }
    /// Sets `qualityTestStatus`.
    pub fn quality_test_status(mut self, value: impl Into<String>) -> Self {
        self.quality_test_status = Some(value.into());
        self
    }
    /// Sets `taskPlanEndTime`.
    pub fn task_plan_end_time(mut self, value: impl Into<String>) -> Self {
        self.task_plan_end_time = Some(value.into());
        self
    }
    /// Sets `taskPlanStartTime`.
    pub fn task_plan_start_time(mut self, value: impl Into<String>) -> Self {
        self.task_plan_start_time = Some(value.into());
        self
    }
    /// Sets `taskStatus`.
    pub fn task_status(mut self, value: impl Into<String>) -> Self {
        self.task_status = Some(value.into());
        self
    }
    /// Sets `taskType`.
    pub fn task_type(mut self, value: impl Into<String>) -> Self {
        self.task_type = Some(value.into());
        self
    }
    /// Sets `taskUuid`.
    pub fn task_uuid(mut self, value: impl Into<String>) -> Self {
        self.task_uuid = Some(value.into());
        self
    }
    /// Sets `teamId`.
    pub fn team_id(mut self, value: impl Into<String>) -> Self {
        self.team_id = Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Sets `userName`.
    pub fn user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureMesOutputRequest { "action" => field(action), "appKey" =>
    field(app_key), "approveStatus" => optional(approve_status), "baseDataName" =>
    optional(base_data_name), "defectsAmount" => optional(defects_amount),
    "defectsReason" => optional(defects_reason), "fineAmount" => optional(fine_amount),
    "hasQualityTest" => optional(has_quality_test), "overdue" => optional(overdue),
    "planQuantity" => optional(plan_quantity), "priority" => optional(priority),
    "processName" => optional(process_name), "processUuid" => optional(process_uuid),
    "productCode" => optional(product_code), "productName" => optional(product_name),
    "productSpecification" => optional(product_specification), "projectCode" =>
    optional(project_code), "projectId" => optional(project_id), "projectStatus" =>
    optional(project_status), "qualityTestStatus" => optional(quality_test_status),
    "taskPlanEndTime" => optional(task_plan_end_time), "taskPlanStartTime" =>
    optional(task_plan_start_time), "taskStatus" => optional(task_status), "taskType" =>
    optional(task_type), "taskUuid" => optional(task_uuid), "teamId" =>
    optional(team_id), "userId" => optional(user_id), "userName" => optional(user_name),
    "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureMesOutputRequest { "action" => read_field(action), "appKey" =>
    read_field(app_key), "approveStatus" => read_field(approve_status), "baseDataName" =>
    read_field(base_data_name), "defectsAmount" => read_field(defects_amount),
    "defectsReason" => read_field(defects_reason), "fineAmount" =>
    read_field(fine_amount), "hasQualityTest" => read_field(has_quality_test), "overdue"
    => read_field(overdue), "planQuantity" => read_field(plan_quantity), "priority" =>
    read_field(priority), "processName" => read_field(process_name), "processUuid" =>
    read_field(process_uuid), "productCode" => read_field(product_code), "productName" =>
    read_field(product_name), "productSpecification" =>
    read_field(product_specification), "projectCode" => read_field(project_code),
    "projectId" => read_field(project_id), "projectStatus" => read_field(project_status),
    "qualityTestStatus" => read_field(quality_test_status), "taskPlanEndTime" =>
    read_field(task_plan_end_time), "taskPlanStartTime" =>
    read_field(task_plan_start_time), "taskStatus" => read_field(task_status), "taskType"
    => read_field(task_type), "taskUuid" => read_field(task_uuid), "teamId" =>
    read_field(team_id), "userId" => read_field(user_id), "userName" =>
    read_field(user_name), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for IndustryManufactureMesOutputRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_manufacture_mes_process`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureMesProcessRequest {
    /// `action`.
    pub action: String,
    /// `appKey`.
    pub app_key: String,
    /// `baseDataName`.
    pub base_data_name: Option<String>,
    /// `extendData`.
    pub extend_data: Option<Vec<IndustryManufactureMesProcessRequestExtendData>>,
    /// `name`.
    pub name: Option<String>,
    /// `needDispatch`.
    pub need_dispatch: Option<String>,
    /// `needQualityTest`.
    pub need_quality_test: Option<String>,
    /// `no`.
    pub no: Option<String>,
    /// `price`.
    pub price: Option<String>,
    /// `prop`.
    pub prop: Option<String>,
    /// `remark`.
    pub remark: Option<String>,
    /// `sop`.
    pub sop: Option<String>,
    /// `uuid`.
    pub uuid: String,
}
/// The required fields of [`IndustryManufactureMesProcessRequest`], each named where it is set: `IndustryManufactureMesProcessRequest::new(IndustryManufactureMesProcessRequired { .. })`.
pub struct IndustryManufactureMesProcessRequired {
    /// `action`: see [`IndustryManufactureMesProcessRequest::action`].
    pub action: String,
    /// `appKey`: see [`IndustryManufactureMesProcessRequest::app_key`].
    pub app_key: String,
    /// `uuid`: see [`IndustryManufactureMesProcessRequest::uuid`].
    pub uuid: String,
}
impl IndustryManufactureMesProcessRequest {
    /// A `IndustryManufactureMesProcessRequest` with its required fields (`action`, `appKey`, `uuid`); set the others with the methods named after them.
    pub fn new(required: IndustryManufactureMesProcessRequired) -> Self {
        let IndustryManufactureMesProcessRequired { action, app_key, uuid } = required;
        Self {
            action,
            app_key,
            base_data_name: None,
            extend_data: None,
            name: None,
            need_dispatch: None,
            need_quality_test: None,
            no: None,
            price: None,
            prop: None,
            remark: None,
            sop: None,
            uuid,
        }
    }
    /// Sets `baseDataName`.
    pub fn base_data_name(mut self, value: impl Into<String>) -> Self {
        self.base_data_name = Some(value.into());
        self
    }
    /// Sets `extendData`.
    pub fn extend_data(
        mut self,
        value: impl IntoIterator<Item = IndustryManufactureMesProcessRequestExtendData>,
    ) -> Self {
        self.extend_data = Some(value.into_iter().collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `needDispatch`.
    pub fn need_dispatch(mut self, value: impl Into<String>) -> Self {
        self.need_dispatch = Some(value.into());
        self
    }
    /// Sets `needQualityTest`.
    pub fn need_quality_test(mut self, value: impl Into<String>) -> Self {
        self.need_quality_test = Some(value.into());
        self
    }
    /// Sets `no`.
    pub fn no(mut self, value: impl Into<String>) -> Self {
        self.no = Some(value.into());
        self
    }
    /// Sets `price`.
    pub fn price(mut self, value: impl Into<String>) -> Self {
        self.price = Some(value.into());
        self
    }
    /// Sets `prop`.
    pub fn prop(mut self, value: impl Into<String>) -> Self {
        self.prop = Some(value.into());
        self
    }
    /// Sets `remark`.
    pub fn remark(mut self, value: impl Into<String>) -> Self {
        self.remark = Some(value.into());
        self
    }
    /// Sets `sop`.
    pub fn sop(mut self, value: impl Into<String>) -> Self {
        self.sop = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureMesProcessRequest { "action" => field(action), "appKey" =>
    field(app_key), "baseDataName" => optional(base_data_name), "extendData" =>
    optional(extend_data), "name" => optional(name), "needDispatch" =>
    optional(need_dispatch), "needQualityTest" => optional(need_quality_test), "no" =>
    optional(no), "price" => optional(price), "prop" => optional(prop), "remark" =>
    optional(remark), "sop" => optional(sop), "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureMesProcessRequest { "action" => read_field(action), "appKey" =>
    read_field(app_key), "baseDataName" => read_field(base_data_name), "extendData" =>
    read_field(extend_data), "name" => read_field(name), "needDispatch" =>
    read_field(need_dispatch), "needQualityTest" => read_field(need_quality_test), "no"
    => read_field(no), "price" => read_field(price), "prop" => read_field(prop), "remark"
    => read_field(remark), "sop" => read_field(sop), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for IndustryManufactureMesProcessRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_manufacture_mes_production_plan`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureMesProductionPlanRequest {
    /// `action`.
    pub action: String,
    /// `actualEndTime`.
    pub actual_end_time: Option<String>,
    /// `actualStartTime`.
    pub actual_start_time: Option<String>,
    /// `appKey`.
    pub app_key: String,
    /// `baseDataName`.
    pub base_data_name: String,
    /// `bomUuid`.
    pub bom_uuid: Option<String>,
    /// `events`.
    pub events: Option<Vec<String>>,
    /// `extendData`.
    pub extend_data: Option<Vec<IndustryManufactureMesProductionPlanRequestExtendData>>,
    /// `no`.
    pub no: Option<String>,
    /// `overdue`.
    pub overdue: Option<String>,
    /// `planEndTime`.
    pub plan_end_time: Option<String>,
    /// `planQuantity`.
    pub plan_quantity: Option<String>,
    /// `planStartTime`.
    pub plan_start_time: Option<String>,
    /// `processUuids`.
    pub process_uuids: Option<String>,
    /// `productCode`.
    pub product_code: Option<String>,
    /// `productName`.
    pub product_name: Option<String>,
    /// `productSpecification`.
    pub product_specification: Option<String>,
    /// `qualifiedQuantity`.
    pub qualified_quantity: Option<String>,
    /// `sellOrderNo`.
    pub sell_order_no: Option<String>,
    /// `status`.
    pub status: Option<String>,
    /// `teamList`.
    pub team_list: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
    /// `unit`.
    pub unit: Option<String>,
    /// `uuid`.
    pub uuid: String,
}
/// The required fields of [`IndustryManufactureMesProductionPlanRequest`], each named where it is set: `IndustryManufactureMesProductionPlanRequest::new(IndustryManufactureMesProductionPlanRequired { .. })`.
pub struct IndustryManufactureMesProductionPlanRequired {
    /// `action`: see [`IndustryManufactureMesProductionPlanRequest::action`].
    pub action: String,
    /// `appKey`: see [`IndustryManufactureMesProductionPlanRequest::app_key`].
    pub app_key: String,
    /// `baseDataName`: see [`IndustryManufactureMesProductionPlanRequest::base_data_name`].
    pub base_data_name: String,
    /// `uuid`: see [`IndustryManufactureMesProductionPlanRequest::uuid`].
    pub uuid: String,
}
impl IndustryManufactureMesProductionPlanRequest {
    /// A `IndustryManufactureMesProductionPlanRequest` with its required fields (`action`, `appKey`, `baseDataName`, `uuid`); set the others with the methods named after them.
    pub fn new(required: IndustryManufactureMesProductionPlanRequired) -> Self {
        let IndustryManufactureMesProductionPlanRequired {
            action,
            app_key,
            base_data_name,
            uuid,
        } = required;
        Self {
            action,
            actual_end_time: None,
            actual_start_time: None,
            app_key,
            base_data_name,
            bom_uuid: None,
            events: None,
            extend_data: None,
            no: None,
            overdue: None,
            plan_end_time: None,
            plan_quantity: None,
            plan_start_time: None,
            process_uuids: None,
            product_code: None,
            product_name: None,
            product_specification: None,
            qualified_quantity: None,
            sell_order_no: None,
            status: None,
            team_list: None,
            title: None,
            r#type: None,
            unit: None,
            uuid,
        }
    }
    /// Sets `actualEndTime`.
    pub fn actual_end_time(mut self, value: impl Into<String>) -> Self {
        self.actual_end_time = Some(value.into());
        self
    }
    /// Sets `actualStartTime`.
    pub fn actual_start_time(mut self, value: impl Into<String>) -> Self {
        self.actual_start_time = Some(value.into());
        self
    }
    /// Sets `bomUuid`.
    pub fn bom_uuid(mut self, value: impl Into<String>) -> Self {
        self.bom_uuid = Some(value.into());
        self
    }
    /// Sets `events`.
    pub fn events(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.events = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `extendData`.
    pub fn extend_data(
        mut self,
        value: impl IntoIterator<
            Item = IndustryManufactureMesProductionPlanRequestExtendData,
        >,
    ) -> Self {
        self.extend_data = Some(value.into_iter().collect());
        self
    }
    /// Sets `no`.
    pub fn no(mut self, value: impl Into<String>) -> Self {
        self.no = Some(value.into());
        self
    }
    /// Sets `overdue`.
    pub fn overdue(mut self, value: impl Into<String>) -> Self {
        self.overdue = Some(value.into());
        self
    }
    /// Sets `planEndTime`.
    pub fn plan_end_time(mut self, value: impl Into<String>) -> Self {
        self.plan_end_time = Some(value.into());
        self
    }
    /// Sets `planQuantity`.
    pub fn plan_quantity(mut self, value: impl Into<String>) -> Self {
        self.plan_quantity = Some(value.into());
        self
    }
    /// Sets `planStartTime`.
    pub fn plan_start_time(mut self, value: impl Into<String>) -> Self {
        self.plan_start_time = Some(value.into());
        self
    }
    /// Sets `processUuids`.
    pub fn process_uuids(mut self, value: impl Into<String>) -> Self {
        self.process_uuids = Some(value.into());
        self
    }
    /// Sets `productCode`.
    pub fn product_code(mut self, value: impl Into<String>) -> Self {
        self.product_code = Some(value.into());
        self
    }
    /// Sets `productName`.
    pub fn product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
    /// Sets `productSpecification`.
    pub fn product_specification(mut self, value: impl Into<String>) -> Self {
        self.product_specification = Some(value.into());
        self
    }
    /// Sets `qualifiedQuantity`.
    pub fn qualified_quantity(mut self, value: impl Into<String>) -> Self {
        self.qualified_quantity = Some(value.into());
        self
    }
    /// Sets `sellOrderNo`.
    pub fn sell_order_no(mut self, value: impl Into<String>) -> Self {
        self.sell_order_no = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `teamList`.
    pub fn team_list(mut self, value: impl Into<String>) -> Self {
        self.team_list = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `unit`.
    pub fn unit(mut self, value: impl Into<String>) -> Self {
        self.unit = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureMesProductionPlanRequest { "action" => field(action),
    "actualEndTime" => optional(actual_end_time), "actualStartTime" =>
    optional(actual_start_time), "appKey" => field(app_key), "baseDataName" =>
    field(base_data_name), "bomUuid" => optional(bom_uuid), "events" => optional(events),
    "extendData" => optional(extend_data), "no" => optional(no), "overdue" =>
    optional(overdue), "planEndTime" => optional(plan_end_time), "planQuantity" =>
    optional(plan_quantity), "planStartTime" => optional(plan_start_time), "processUuids"
    => optional(process_uuids), "productCode" => optional(product_code), "productName" =>
    optional(product_name), "productSpecification" => optional(product_specification),
    "qualifiedQuantity" => optional(qualified_quantity), "sellOrderNo" =>
    optional(sell_order_no), "status" => optional(status), "teamList" =>
    optional(team_list), "title" => optional(title), "type" => optional(r#type), "unit"
    => optional(unit), "uuid" => field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureMesProductionPlanRequest { "action" => read_field(action),
    "actualEndTime" => read_field(actual_end_time), "actualStartTime" =>
    read_field(actual_start_time), "appKey" => read_field(app_key), "baseDataName" =>
    read_field(base_data_name), "bomUuid" => read_field(bom_uuid), "events" =>
    read_field(events), "extendData" => read_field(extend_data), "no" => read_field(no),
    "overdue" => read_field(overdue), "planEndTime" => read_field(plan_end_time),
    "planQuantity" => read_field(plan_quantity), "planStartTime" =>
    read_field(plan_start_time), "processUuids" => read_field(process_uuids),
    "productCode" => read_field(product_code), "productName" => read_field(product_name),
    "productSpecification" => read_field(product_specification), "qualifiedQuantity" =>
    read_field(qualified_quantity), "sellOrderNo" => read_field(sell_order_no), "status"
    => read_field(status), "teamList" => read_field(team_list), "title" =>
    read_field(title), "type" => read_field(r#type), "unit" => read_field(unit), "uuid"
    => read_field(uuid) }
}
impl rt::WriteRequest for IndustryManufactureMesProductionPlanRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_manufacture_mes_sub_cooperation_team`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureMesSubCooperationTeamRequest {
    /// `action`.
    pub action: String,
    /// `appKey`.
    pub app_key: String,
    /// `baseDataName`.
    pub base_data_name: String,
    /// `events`.
    pub events: Option<Vec<String>>,
    /// `extendData`.
    pub extend_data: Option<
        Vec<IndustryManufactureMesSubCooperationTeamRequestExtendData>,
    >,
    /// `groupPlugins`.
    pub group_plugins: Option<
        Vec<IndustryManufactureMesSubCooperationTeamRequestGroupPlugins>,
    >,
    /// `groupType`.
    pub group_type: Option<String>,
    /// `leaders`.
    pub leaders: Option<Vec<IndustryManufactureMesSubCooperationTeamRequestLeaders>>,
    /// `members`.
    pub members: Option<Vec<IndustryManufactureMesSubCooperationTeamRequestMembers>>,
    /// `name`.
    pub name: Option<String>,
    /// `outCorpId`.
    pub out_corp_id: String,
    /// `processIds`.
    pub process_ids: Option<Vec<String>>,
    /// `uuid`.
    pub uuid: String,
}
/// The required fields of [`IndustryManufactureMesSubCooperationTeamRequest`], each named where it is set: `IndustryManufactureMesSubCooperationTeamRequest::new(IndustryManufactureMesSubCooperationTeamRequired { .. })`.
pub struct IndustryManufactureMesSubCooperationTeamRequired {
    /// `action`: see [`IndustryManufactureMesSubCooperationTeamRequest::action`].
    pub action: String,
    /// `appKey`: see [`IndustryManufactureMesSubCooperationTeamRequest::app_key`].
    pub app_key: String,
    /// `baseDataName`: see [`IndustryManufactureMesSubCooperationTeamRequest::base_data_name`].
    pub base_data_name: String,
    /// `outCorpId`: see [`IndustryManufactureMesSubCooperationTeamRequest::out_corp_id`].
    pub out_corp_id: String,
    /// `uuid`: see [`IndustryManufactureMesSubCooperationTeamRequest::uuid`].
    pub uuid: String,
}
impl IndustryManufactureMesSubCooperationTeamRequest {
    /// A `IndustryManufactureMesSubCooperationTeamRequest` with its required fields (`action`, `appKey`, `baseDataName`, `outCorpId`, `uuid`); set the others with the methods named after them.
    pub fn new(required: IndustryManufactureMesSubCooperationTeamRequired) -> Self {
        let IndustryManufactureMesSubCooperationTeamRequired {
            action,
            app_key,
            base_data_name,
            out_corp_id,
            uuid,
        } = required;
        Self {
            action,
            app_key,
            base_data_name,
            events: None,
            extend_data: None,
            group_plugins: None,
            group_type: None,
            leaders: None,
            members: None,
            name: None,
            out_corp_id,
            process_ids: None,
            uuid,
        }
    }
    /// Sets `events`.
    pub fn events(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.events = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `extendData`.
    pub fn extend_data(
        mut self,
        value: impl IntoIterator<
            Item = IndustryManufactureMesSubCooperationTeamRequestExtendData,
        >,
    ) -> Self {
        self.extend_data = Some(value.into_iter().collect());
        self
    }
    /// Sets `groupPlugins`.
    pub fn group_plugins(
        mut self,
        value: impl IntoIterator<
            Item = IndustryManufactureMesSubCooperationTeamRequestGroupPlugins,
        >,
    ) -> Self {
        self.group_plugins = Some(value.into_iter().collect());
        self
    }
    /// Sets `groupType`.
    pub fn group_type(mut self, value: impl Into<String>) -> Self {
        self.group_type = Some(value.into());
        self
    }
    /// Sets `leaders`.
    pub fn leaders(
        mut self,
        value: impl IntoIterator<
            Item = IndustryManufactureMesSubCooperationTeamRequestLeaders,
        >,
    ) -> Self {
        self.leaders = Some(value.into_iter().collect());
        self
    }
    /// Sets `members`.
    pub fn members(
        mut self,
        value: impl IntoIterator<
            Item = IndustryManufactureMesSubCooperationTeamRequestMembers,
        >,
    ) -> Self {
        self.members = Some(value.into_iter().collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `processIds`.
    pub fn process_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.process_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureMesSubCooperationTeamRequest { "action" => field(action), "appKey"
    => field(app_key), "baseDataName" => field(base_data_name), "events" =>
    optional(events), "extendData" => optional(extend_data), "groupPlugins" =>
    optional(group_plugins), "groupType" => optional(group_type), "leaders" =>
    optional(leaders), "members" => optional(members), "name" => optional(name),
    "outCorpId" => field(out_corp_id), "processIds" => optional(process_ids), "uuid" =>
    field(uuid) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureMesSubCooperationTeamRequest { "action" => read_field(action),
    "appKey" => read_field(app_key), "baseDataName" => read_field(base_data_name),
    "events" => read_field(events), "extendData" => read_field(extend_data),
    "groupPlugins" => read_field(group_plugins), "groupType" => read_field(group_type),
    "leaders" => read_field(leaders), "members" => read_field(members), "name" =>
    read_field(name), "outCorpId" => read_field(out_corp_id), "processIds" =>
    read_field(process_ids), "uuid" => read_field(uuid) }
}
impl rt::WriteRequest for IndustryManufactureMesSubCooperationTeamRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_manufacture_mes_team_mgmt`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryManufactureMesTeamMgmtRequest {
    /// `action`.
    pub action: String,
    /// `appKey`.
    pub app_key: String,
    /// `baseDataName`.
    pub base_data_name: String,
    /// `events`.
    pub events: Option<Vec<String>>,
    /// `extendData`.
    pub extend_data: Option<Vec<IndustryManufactureMesTeamMgmtRequestExtendData>>,
    /// `groupConfig`.
    pub group_config: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `groupPlugins`.
    pub group_plugins: Option<Vec<IndustryManufactureMesTeamMgmtRequestGroupPlugins>>,
    /// `groupType`.
    pub group_type: Option<String>,
    /// `id`.
    pub id: String,
    /// `leaders`.
    pub leaders: Option<Vec<IndustryManufactureMesTeamMgmtRequestLeaders>>,
    /// `members`.
    pub members: Option<Vec<IndustryManufactureMesTeamMgmtRequestMembers>>,
    /// `name`.
    pub name: Option<String>,
    /// `processIds`.
    pub process_ids: Option<Vec<String>>,
    /// `tagKey`.
    pub tag_key: Option<String>,
    /// `tagValues`.
    pub tag_values: Option<Vec<String>>,
}
/// The required fields of [`IndustryManufactureMesTeamMgmtRequest`], each named where it is set: `IndustryManufactureMesTeamMgmtRequest::new(IndustryManufactureMesTeamMgmtRequired { .. })`.
pub struct IndustryManufactureMesTeamMgmtRequired {
    /// `action`: see [`IndustryManufactureMesTeamMgmtRequest::action`].
    pub action: String,
    /// `appKey`: see [`IndustryManufactureMesTeamMgmtRequest::app_key`].
    pub app_key: String,
    /// `baseDataName`: see [`IndustryManufactureMesTeamMgmtRequest::base_data_name`].
    pub base_data_name: String,
    /// `id`: see [`IndustryManufactureMesTeamMgmtRequest::id`].
    pub id: String,
}
impl IndustryManufactureMesTeamMgmtRequest {
    /// A `IndustryManufactureMesTeamMgmtRequest` with its required fields (`action`, `appKey`, `baseDataName`, `id`); set the others with the methods named after them.
    pub fn new(required: IndustryManufactureMesTeamMgmtRequired) -> Self {
        let IndustryManufactureMesTeamMgmtRequired {
            action,
            app_key,
            base_data_name,
            id,
        } = required;
        Self {
            action,
            app_key,
            base_data_name,
            events: None,
            extend_data: None,
            group_config: None,
            group_plugins: None,
            group_type: None,
            id,
            leaders: None,
            members: None,
            name: None,
            process_ids: None,
            tag_key: None,
            tag_values: None,
        }
    }
    /// Sets `events`.
    pub fn events(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.events = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `extendData`.
    pub fn extend_data(
        mut self,
        value: impl IntoIterator<Item = IndustryManufactureMesTeamMgmtRequestExtendData>,
    ) -> Self {
        self.extend_data = Some(value.into_iter().collect());
        self
    }
    /// Sets `groupConfig`.
    pub fn group_config(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.group_config = Some(
            value.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        );
        self
    }
    /// Sets `groupPlugins`.
    pub fn group_plugins(
        mut self,
        value: impl IntoIterator<
            Item = IndustryManufactureMesTeamMgmtRequestGroupPlugins,
        >,
    ) -> Self {
        self.group_plugins = Some(value.into_iter().collect());
        self
    }
    /// Sets `groupType`.
    pub fn group_type(mut self, value: impl Into<String>) -> Self {
        self.group_type = Some(value.into());
        self
    }
    /// Sets `leaders`.
    pub fn leaders(
        mut self,
        value: impl IntoIterator<Item = IndustryManufactureMesTeamMgmtRequestLeaders>,
    ) -> Self {
        self.leaders = Some(value.into_iter().collect());
        self
    }
    /// Sets `members`.
    pub fn members(
        mut self,
        value: impl IntoIterator<Item = IndustryManufactureMesTeamMgmtRequestMembers>,
    ) -> Self {
        self.members = Some(value.into_iter().collect());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `processIds`.
    pub fn process_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.process_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `tagKey`.
    pub fn tag_key(mut self, value: impl Into<String>) -> Self {
        self.tag_key = Some(value.into());
        self
    }
    /// Sets `tagValues`.
    pub fn tag_values(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.tag_values = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    IndustryManufactureMesTeamMgmtRequest { "action" => field(action), "appKey" =>
    field(app_key), "baseDataName" => field(base_data_name), "events" =>
    optional(events), "extendData" => optional(extend_data), "groupConfig" =>
    optional(group_config), "groupPlugins" => optional(group_plugins), "groupType" =>
    optional(group_type), "id" => field(id), "leaders" => optional(leaders), "members" =>
    optional(members), "name" => optional(name), "processIds" => optional(process_ids),
    "tagKey" => optional(tag_key), "tagValues" => optional(tag_values) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryManufactureMesTeamMgmtRequest { "action" => read_field(action), "appKey" =>
    read_field(app_key), "baseDataName" => read_field(base_data_name), "events" =>
    read_field(events), "extendData" => read_field(extend_data), "groupConfig" =>
    read_field(group_config), "groupPlugins" => read_field(group_plugins), "groupType" =>
    read_field(group_type), "id" => read_field(id), "leaders" => read_field(leaders),
    "members" => read_field(members), "name" => read_field(name), "processIds" =>
    read_field(process_ids), "tagKey" => read_field(tag_key), "tagValues" =>
    read_field(tag_values) }
}
impl rt::WriteRequest for IndustryManufactureMesTeamMgmtRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::industry_mmanufacture_material_cost_get`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct IndustryMmanufactureMaterialCostGetRequest {
    /// `appId`.
    pub app_id: Option<i64>,
    /// `appIds`.
    pub app_ids: Option<Vec<i64>>,
    /// `appName`.
    pub app_name: Option<String>,
    /// `corpId`.
    pub corp_id: String,
    /// `cursor`.
    pub cursor: Option<i64>,
    /// `endTime`.
    pub end_time: Option<i64>,
    /// `instanceId`.
    pub instance_id: Option<String>,
    /// `isvOrgId`.
    pub isv_org_id: Option<i64>,
    /// `materialNo`.
    pub material_no: Option<String>,
    /// `microappAgentId`.
    pub microapp_agent_id: Option<i64>,
    /// `orgId`.
    pub org_id: Option<i64>,
    /// `pageNumber`.
    pub page_number: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `startTime`.
    pub start_time: Option<i64>,
    /// `suiteKey`.
    pub suite_key: Option<String>,
    /// `tokenGrantType`.
    pub token_grant_type: Option<i64>,
}
/// The required fields of [`IndustryMmanufactureMaterialCostGetRequest`], each named where it is set: `IndustryMmanufactureMaterialCostGetRequest::new(IndustryMmanufactureMaterialCostGetRequired { .. })`.
pub struct IndustryMmanufactureMaterialCostGetRequired {
    /// `corpId`: see [`IndustryMmanufactureMaterialCostGetRequest::corp_id`].
    pub corp_id: String,
    /// `pageNumber`: see [`IndustryMmanufactureMaterialCostGetRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`IndustryMmanufactureMaterialCostGetRequest::page_size`].
    pub page_size: i64,
}
impl IndustryMmanufactureMaterialCostGetRequest {
    /// A `IndustryMmanufactureMaterialCostGetRequest` with its required fields (`corpId`, `pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: IndustryMmanufactureMaterialCostGetRequired) -> Self {
        let IndustryMmanufactureMaterialCostGetRequired {
            corp_id,
            page_number,
            page_size,
        } = required;
        Self {
            app_id: None,
            app_ids: None,
            app_name: None,
            corp_id,
            cursor: None,
            end_time: None,
            instance_id: None,
            isv_org_id: None,
            material_no: None,
            microapp_agent_id: None,
            org_id: None,
            page_number,
            page_size,
            start_time: None,
            suite_key: None,
            token_grant_type: None,
        }
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
    /// Sets `appIds`.
    pub fn app_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.app_ids = Some(value.into_iter().collect());
        self
    }
    /// Sets `appName`.
    pub fn app_name(mut self, value: impl Into<String>) -> Self {
        self.app_name = Some(value.into());
        self
    }
    /// Sets `cursor`.
    pub fn cursor(mut self, value: i64) -> Self {
        self.cursor = Some(value);
        self
    }
    /// Sets `endTime`.
    pub fn end_time(mut self, value: i64) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Sets `instanceId`.
    pub fn instance_id(mut self, value: impl Into<String>) -> Self {
        self.instance_id = Some(value.into());
        self
    }
    /// Sets `isvOrgId`.
    pub fn isv_org_id(mut self, value: i64) -> Self {
        self.isv_org_id = Some(value);
        self
    }
    /// Sets `materialNo`.
    pub fn material_no(mut self, value: impl Into<String>) -> Self {
        self.material_no = Some(value.into());
        self
    }
    /// Sets `microappAgentId`.
    pub fn microapp_agent_id(mut self, value: i64) -> Self {
        self.microapp_agent_id = Some(value);
        self
    }
    /// Sets `orgId`.
    pub fn org_id(mut self, value: i64) -> Self {
        self.org_id = Some(value);
        self
    }
    /// Sets `startTime`.
    pub fn start_time(mut self, value: i64) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Sets `suiteKey`.
    pub fn suite_key(mut self, value: impl Into<String>) -> Self {
        self.suite_key = Some(value.into());
        self
    }
    /// Sets `tokenGrantType`.
    pub fn token_grant_type(mut self, value: i64) -> Self {
        self.token_grant_type = Some(value);
        self
    }
}
rt::impl_serialize! {
    IndustryMmanufactureMaterialCostGetRequest { "appId" => optional(app_id), "appIds" =>
    optional(app_ids), "appName" => optional(app_name), "corpId" => field(corp_id),
    "cursor" => optional(cursor), "endTime" => optional(end_time), "instanceId" =>
    optional(instance_id), "isvOrgId" => optional(isv_org_id), "materialNo" =>
    optional(material_no), "microappAgentId" => optional(microapp_agent_id), "orgId" =>
    optional(org_id), "pageNumber" => field(page_number), "pageSize" => field(page_size),
    "startTime" => optional(start_time), "suiteKey" => optional(suite_key),
    "tokenGrantType" => optional(token_grant_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    IndustryMmanufactureMaterialCostGetRequest { "appId" => read_field(app_id), "appIds"
    => read_field(app_ids), "appName" => read_field(app_name), "corpId" =>
    read_field(corp_id), "cursor" => read_field(cursor), "endTime" =>
    read_field(end_time), "instanceId" => read_field(instance_id), "isvOrgId" =>
    read_field(isv_org_id), "materialNo" => read_field(material_no), "microappAgentId" =>
    read_field(microapp_agent_id), "orgId" => read_field(org_id), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "startTime" =>
    read_field(start_time), "suiteKey" => read_field(suite_key), "tokenGrantType" =>
    read_field(token_grant_type) }
}
impl rt::WriteRequest for IndustryMmanufactureMaterialCostGetRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::order_convert`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OrderConvertRequest {
    /// `attachments`.
    pub attachments: Option<Vec<OrderConvertRequestAttachments>>,
    /// `operateUserId`.
    pub operate_user_id: String,
    /// `ruleBizId`.
    pub rule_biz_id: String,
}
/// The required fields of [`OrderConvertRequest`], each named where it is set: `OrderConvertRequest::new(OrderConvertRequired { .. })`.
pub struct OrderConvertRequired {
    /// `operateUserId`: see [`OrderConvertRequest::operate_user_id`].
    pub operate_user_id: String,
    /// `ruleBizId`: see [`OrderConvertRequest::rule_biz_id`].
    pub rule_biz_id: String,
}
impl OrderConvertRequest {
    /// A `OrderConvertRequest` with its required fields (`operateUserId`, `ruleBizId`); set the others with the methods named after them.
    pub fn new(required: OrderConvertRequired) -> Self {
        let OrderConvertRequired { operate_user_id, rule_biz_id } = required;
        Self {
            attachments: None,
            operate_user_id,
            rule_biz_id,
        }
    }
    /// Sets `attachments`.
    pub fn attachments(
        mut self,
        value: impl IntoIterator<Item = OrderConvertRequestAttachments>,
    ) -> Self {
        self.attachments = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    OrderConvertRequest { "attachments" => optional(attachments), "operateUserId" =>
    field(operate_user_id), "ruleBizId" => field(rule_biz_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OrderConvertRequest { "attachments" => read_field(attachments), "operateUserId" =>
    read_field(operate_user_id), "ruleBizId" => read_field(rule_biz_id) }
}
impl rt::WriteRequest for OrderConvertRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::prompt_templates_operate`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PromptTemplatesOperateRequest {
    /// `bizCode`.
    pub biz_code: String,
    /// `content`.
    pub content: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `operation`.
    pub operation: String,
}
/// The required fields of [`PromptTemplatesOperateRequest`], each named where it is set: `PromptTemplatesOperateRequest::new(PromptTemplatesOperateRequired { .. })`.
pub struct PromptTemplatesOperateRequired {
    /// `bizCode`: see [`PromptTemplatesOperateRequest::biz_code`].
    pub biz_code: String,
    /// `operation`: see [`PromptTemplatesOperateRequest::operation`].
    pub operation: String,
}
impl PromptTemplatesOperateRequest {
    /// A `PromptTemplatesOperateRequest` with its required fields (`bizCode`, `operation`); set the others with the methods named after them.
    pub fn new(required: PromptTemplatesOperateRequired) -> Self {
        let PromptTemplatesOperateRequired { biz_code, operation } = required;
        Self {
            biz_code,
            content: None,
            description: None,
            operation,
        }
    }
    /// Sets `content`.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.content = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PromptTemplatesOperateRequest { "bizCode" => field(biz_code), "content" =>
    optional(content), "description" => optional(description), "operation" =>
    field(operation) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PromptTemplatesOperateRequest { "bizCode" => read_field(biz_code), "content" =>
    read_field(content), "description" => read_field(description), "operation" =>
    read_field(operation) }
}
impl rt::WriteRequest for PromptTemplatesOperateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::push_ding_message`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct PushDingMessageRequest {
    /// `appId`.
    pub app_id: Option<i64>,
    /// `content`.
    pub content: String,
    /// `messageType`.
    pub message_type: String,
    /// `messageUrl`.
    pub message_url: Option<String>,
    /// `pictureUrl`.
    pub picture_url: Option<String>,
    /// `singleTitle`.
    pub single_title: Option<String>,
    /// `singleUrl`.
    pub single_url: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `userIdList`.
    pub user_id_list: Vec<String>,
}
/// The required fields of [`PushDingMessageRequest`], each named where it is set: `PushDingMessageRequest::new(PushDingMessageRequired { .. })`.
pub struct PushDingMessageRequired {
    /// `content`: see [`PushDingMessageRequest::content`].
    pub content: String,
    /// `messageType`: see [`PushDingMessageRequest::message_type`].
    pub message_type: String,
    /// `userIdList`: see [`PushDingMessageRequest::user_id_list`].
    pub user_id_list: Vec<String>,
}
impl PushDingMessageRequest {
    /// A `PushDingMessageRequest` with its required fields (`content`, `messageType`, `userIdList`); set the others with the methods named after them.
    pub fn new(required: PushDingMessageRequired) -> Self {
        let PushDingMessageRequired { content, message_type, user_id_list } = required;
        Self {
            app_id: None,
            content,
            message_type,
            message_url: None,
            picture_url: None,
            single_title: None,
            single_url: None,
            title: None,
            user_id_list,
        }
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
    /// Sets `messageUrl`.
    pub fn message_url(mut self, value: impl Into<String>) -> Self {
        self.message_url = Some(value.into());
        self
    }
    /// Sets `pictureUrl`.
    pub fn picture_url(mut self, value: impl Into<String>) -> Self {
        self.picture_url = Some(value.into());
        self
    }
    /// Sets `singleTitle`.
    pub fn single_title(mut self, value: impl Into<String>) -> Self {
        self.single_title = Some(value.into());
        self
    }
    /// Sets `singleUrl`.
    pub fn single_url(mut self, value: impl Into<String>) -> Self {
        self.single_url = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    PushDingMessageRequest { "appId" => optional(app_id), "content" => field(content),
    "messageType" => field(message_type), "messageUrl" => optional(message_url),
    "pictureUrl" => optional(picture_url), "singleTitle" => optional(single_title),
    "singleUrl" => optional(single_url), "title" => optional(title), "userIdList" =>
    field(user_id_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    PushDingMessageRequest { "appId" => read_field(app_id), "content" =>
    read_field(content), "messageType" => read_field(message_type), "messageUrl" =>
    read_field(message_url), "pictureUrl" => read_field(picture_url), "singleTitle" =>
    read_field(single_title), "singleUrl" => read_field(single_url), "title" =>
    read_field(title), "userIdList" => read_field(user_id_list) }
}
impl rt::WriteRequest for PushDingMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_all_department`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllDepartmentRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl QueryAllDepartmentRequest {
    /// An empty `QueryAllDepartmentRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    QueryAllDepartmentRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for QueryAllDepartmentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_all_doctors`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllDoctorsRequest {
    /// `monthMark`: a query parameter.
    pub month_mark: Option<String>,
    /// `pageNum`: a query parameter.
    pub page_num: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl QueryAllDoctorsRequest {
    /// An empty `QueryAllDoctorsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `monthMark`.
    pub fn month_mark(mut self, value: impl Into<String>) -> Self {
        self.month_mark = Some(value.into());
        self
    }
    /// Sets `pageNum`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.page_num = Some(value);
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
    QueryAllDoctorsRequest { "monthMark" => read_field(month_mark), "pageNum" =>
    read_field(page_num), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for QueryAllDoctorsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("monthMark", &self.month_mark);
        writer.query("pageNum", &self.page_num);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_all_group`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllGroupRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl QueryAllGroupRequest {
    /// An empty `QueryAllGroupRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    QueryAllGroupRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for QueryAllGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_all_groups_in_dept`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllGroupsInDeptRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl QueryAllGroupsInDeptRequest {
    /// An empty `QueryAllGroupsInDeptRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    QueryAllGroupsInDeptRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size) }
}
impl rt::WriteRequest for QueryAllGroupsInDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_all_member_by_dept`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllMemberByDeptRequest {
    /// `monthMark`: a query parameter.
    pub month_mark: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl QueryAllMemberByDeptRequest {
    /// An empty `QueryAllMemberByDeptRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `monthMark`.
    pub fn month_mark(mut self, value: impl Into<String>) -> Self {
        self.month_mark = Some(value.into());
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
    QueryAllMemberByDeptRequest { "monthMark" => read_field(month_mark), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for QueryAllMemberByDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("monthMark", &self.month_mark);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_all_member_by_group`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryAllMemberByGroupRequest {
    /// `monthMark`: a query parameter.
    pub month_mark: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl QueryAllMemberByGroupRequest {
    /// An empty `QueryAllMemberByGroupRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `monthMark`.
    pub fn month_mark(mut self, value: impl Into<String>) -> Self {
        self.month_mark = Some(value.into());
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
    QueryAllMemberByGroupRequest { "monthMark" => read_field(month_mark), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for QueryAllMemberByGroupRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("monthMark", &self.month_mark);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_biz_opt_log`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryBizOptLogRequest {
    /// `maxResults`: a query parameter.
    pub max_results: Option<i64>,
    /// `nextToken`: a query parameter.
    pub next_token: Option<i64>,
}
impl QueryBizOptLogRequest {
    /// An empty `QueryBizOptLogRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `maxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = Some(value);
        self
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: i64) -> Self {
        self.next_token = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBizOptLogRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token) }
}
impl rt::WriteRequest for QueryBizOptLogRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
    }
}
/// The request of [`Api::query_chat_aioxm_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryChatAIOXMInfoRequest {
    /// `code`.
    pub code: Option<String>,
}
impl QueryChatAIOXMInfoRequest {
    /// An empty `QueryChatAIOXMInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `code`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryChatAIOXMInfoRequest { "code" => optional(code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryChatAIOXMInfoRequest { "code" => read_field(code) }
}
impl rt::WriteRequest for QueryChatAIOXMInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_convert_rules`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryConvertRulesRequest {
    /// `keyword`.
    pub keyword: Option<String>,
    /// `pageNo`.
    pub page_no: i64,
    /// `pageSize`.
    pub page_size: i64,
}
/// The required fields of [`QueryConvertRulesRequest`], each named where it is set: `QueryConvertRulesRequest::new(QueryConvertRulesRequired { .. })`.
pub struct QueryConvertRulesRequired {
    /// `pageNo`: see [`QueryConvertRulesRequest::page_no`].
    pub page_no: i64,
    /// `pageSize`: see [`QueryConvertRulesRequest::page_size`].
    pub page_size: i64,
}
impl QueryConvertRulesRequest {
    /// A `QueryConvertRulesRequest` with its required fields (`pageNo`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: QueryConvertRulesRequired) -> Self {
        let QueryConvertRulesRequired { page_no, page_size } = required;
        Self {
            keyword: None,
            page_no,
            page_size,
        }
    }
    /// Sets `keyword`.
    pub fn keyword(mut self, value: impl Into<String>) -> Self {
        self.keyword = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryConvertRulesRequest { "keyword" => optional(keyword), "pageNo" =>
    field(page_no), "pageSize" => field(page_size) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryConvertRulesRequest { "keyword" => read_field(keyword), "pageNo" =>
    read_field(page_no), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for QueryConvertRulesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_department_extend_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryDepartmentExtendInfoRequest {
    /// `deptCode`: a query parameter.
    pub dept_code: i64,
    /// `propCode`: a query parameter.
    pub prop_code: String,
}
/// The required fields of [`QueryDepartmentExtendInfoRequest`], each named where it is set: `QueryDepartmentExtendInfoRequest::new(QueryDepartmentExtendInfoRequired { .. })`.
pub struct QueryDepartmentExtendInfoRequired {
    /// `deptCode`: see [`QueryDepartmentExtendInfoRequest::dept_code`].
    pub dept_code: i64,
    /// `propCode`: see [`QueryDepartmentExtendInfoRequest::prop_code`].
    pub prop_code: String,
}
impl QueryDepartmentExtendInfoRequest {
    /// A `QueryDepartmentExtendInfoRequest` with its required fields (`deptCode`, `propCode`); set the others with the methods named after them.
    pub fn new(required: QueryDepartmentExtendInfoRequired) -> Self {
        let QueryDepartmentExtendInfoRequired { dept_code, prop_code } = required;
        Self { dept_code, prop_code }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDepartmentExtendInfoRequest { "deptCode" => read_field(dept_code), "propCode" =>
    read_field(prop_code) }
}
impl rt::WriteRequest for QueryDepartmentExtendInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptCode", &self.dept_code);
        writer.query("propCode", &self.prop_code);
    }
}
/// The request of [`Api::query_doctor_details_by_job_number`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryDoctorDetailsByJobNumberRequest {
    /// `monthMark`: a query parameter.
    pub month_mark: Option<String>,
}
impl QueryDoctorDetailsByJobNumberRequest {
    /// An empty `QueryDoctorDetailsByJobNumberRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `monthMark`.
    pub fn month_mark(mut self, value: impl Into<String>) -> Self {
        self.month_mark = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryDoctorDetailsByJobNumberRequest { "monthMark" => read_field(month_mark) }
}
impl rt::WriteRequest for QueryDoctorDetailsByJobNumberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("monthMark", &self.month_mark);
    }
}
/// The request of [`Api::query_hospital_district_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryHospitalDistrictInfoRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl QueryHospitalDistrictInfoRequest {
    /// An empty `QueryHospitalDistrictInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
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
    QueryHospitalDistrictInfoRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for QueryHospitalDistrictInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_hospital_role_user_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryHospitalRoleUserInfoRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
}
/// The required fields of [`QueryHospitalRoleUserInfoRequest`], each named where it is set: `QueryHospitalRoleUserInfoRequest::new(QueryHospitalRoleUserInfoRequired { .. })`.
pub struct QueryHospitalRoleUserInfoRequired {
    /// `pageNumber`: see [`QueryHospitalRoleUserInfoRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`QueryHospitalRoleUserInfoRequest::page_size`].
    pub page_size: i64,
}
impl QueryHospitalRoleUserInfoRequest {
    /// A `QueryHospitalRoleUserInfoRequest` with its required fields (`pageNumber`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: QueryHospitalRoleUserInfoRequired) -> Self {
        let QueryHospitalRoleUserInfoRequired { page_number, page_size } = required;
        Self { page_number, page_size }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryHospitalRoleUserInfoRequest { "pageNumber" => read_field(page_number),
    "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for QueryHospitalRoleUserInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::query_order_convert_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryOrderConvertResultRequest {
    /// `contentSearch`.
    pub content_search: Option<String>,
    /// `createTimeEnd`.
    pub create_time_end: Option<i64>,
    /// `createTimeStart`.
    pub create_time_start: Option<i64>,
    /// `pageNo`.
    pub page_no: i64,
    /// `pageSize`.
    pub page_size: i64,
    /// `status`.
    pub status: Option<String>,
    /// `title`.
    pub title: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`QueryOrderConvertResultRequest`], each named where it is set: `QueryOrderConvertResultRequest::new(QueryOrderConvertResultRequired { .. })`.
pub struct QueryOrderConvertResultRequired {
    /// `pageNo`: see [`QueryOrderConvertResultRequest::page_no`].
    pub page_no: i64,
    /// `pageSize`: see [`QueryOrderConvertResultRequest::page_size`].
    pub page_size: i64,
}
impl QueryOrderConvertResultRequest {
    /// A `QueryOrderConvertResultRequest` with its required fields (`pageNo`, `pageSize`); set the others with the methods named after them.
    pub fn new(required: QueryOrderConvertResultRequired) -> Self {
        let QueryOrderConvertResultRequired { page_no, page_size } = required;
        Self {
            content_search: None,
            create_time_end: None,
            create_time_start: None,
            page_no,
            page_size,
            status: None,
            title: None,
            user_id: None,
        }
    }
    /// Sets `contentSearch`.
    pub fn content_search(mut self, value: impl Into<String>) -> Self {
        self.content_search = Some(value.into());
        self
    }
    /// Sets `createTimeEnd`.
    pub fn create_time_end(mut self, value: i64) -> Self {
        self.create_time_end = Some(value);
        self
    }
    /// Sets `createTimeStart`.
    pub fn create_time_start(mut self, value: i64) -> Self {
        self.create_time_start = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
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
    QueryOrderConvertResultRequest { "contentSearch" => optional(content_search),
    "createTimeEnd" => optional(create_time_end), "createTimeStart" =>
    optional(create_time_start), "pageNo" => field(page_no), "pageSize" =>
    field(page_size), "status" => optional(status), "title" => optional(title), "userId"
    => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryOrderConvertResultRequest { "contentSearch" => read_field(content_search),
    "createTimeEnd" => read_field(create_time_end), "createTimeStart" =>
    read_field(create_time_start), "pageNo" => read_field(page_no), "pageSize" =>
    read_field(page_size), "status" => read_field(status), "title" => read_field(title),
    "userId" => read_field(user_id) }
}
impl rt::WriteRequest for QueryOrderConvertResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_user_credentials`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUserCredentialsRequest {
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`QueryUserCredentialsRequest`], each named where it is set: `QueryUserCredentialsRequest::new(QueryUserCredentialsRequired { .. })`.
pub struct QueryUserCredentialsRequired {
    /// `userIds`: see [`QueryUserCredentialsRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl QueryUserCredentialsRequest {
    /// A `QueryUserCredentialsRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: QueryUserCredentialsRequired) -> Self {
        let QueryUserCredentialsRequired { user_ids } = required;
        Self { user_ids }
    }
}
rt::impl_serialize! {
    QueryUserCredentialsRequest { "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserCredentialsRequest { "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for QueryUserCredentialsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_user_extend_values`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryUserExtendValuesRequest {
    /// `userExtendKey`.
    pub user_extend_key: Option<String>,
    /// `userIds`.
    pub user_ids: Vec<String>,
}
/// The required fields of [`QueryUserExtendValuesRequest`], each named where it is set: `QueryUserExtendValuesRequest::new(QueryUserExtendValuesRequired { .. })`.
pub struct QueryUserExtendValuesRequired {
    /// `userIds`: see [`QueryUserExtendValuesRequest::user_ids`].
    pub user_ids: Vec<String>,
}
impl QueryUserExtendValuesRequest {
    /// A `QueryUserExtendValuesRequest` with its required fields (`userIds`); set the others with the methods named after them.
    pub fn new(required: QueryUserExtendValuesRequired) -> Self {
        let QueryUserExtendValuesRequired { user_ids } = required;
        Self {
            user_extend_key: None,
            user_ids,
        }
    }
    /// Sets `userExtendKey`.
    pub fn user_extend_key(mut self, value: impl Into<String>) -> Self {
        self.user_extend_key = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    QueryUserExtendValuesRequest { "userExtendKey" => optional(user_extend_key),
    "userIds" => field(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserExtendValuesRequest { "userExtendKey" => read_field(user_extend_key),
    "userIds" => read_field(user_ids) }
}
impl rt::WriteRequest for QueryUserExtendValuesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::query_user_info`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryUserInfoRequest {
    /// `monthMark`: a query parameter.
    pub month_mark: Option<String>,
}
impl QueryUserInfoRequest {
    /// An empty `QueryUserInfoRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `monthMark`.
    pub fn month_mark(mut self, value: impl Into<String>) -> Self {
        self.month_mark = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryUserInfoRequest { "monthMark" => read_field(month_mark) }
}
impl rt::WriteRequest for QueryUserInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("monthMark", &self.month_mark);
    }
}
/// The request of [`Api::save_user_extend_values`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SaveUserExtendValuesRequest {
    /// `userDisplayName`: a query parameter.
    pub user_display_name: Option<String>,
    /// `userExtendKey`: a query parameter.
    pub user_extend_key: String,
    /// `userExtendValue`: a query parameter.
    pub user_extend_value: String,
}
/// The required fields of [`SaveUserExtendValuesRequest`], each named where it is set: `SaveUserExtendValuesRequest::new(SaveUserExtendValuesRequired { .. })`.
pub struct SaveUserExtendValuesRequired {
    /// `userExtendKey`: see [`SaveUserExtendValuesRequest::user_extend_key`].
    pub user_extend_key: String,
    /// `userExtendValue`: see [`SaveUserExtendValuesRequest::user_extend_value`].
    pub user_extend_value: String,
}
impl SaveUserExtendValuesRequest {
    /// A `SaveUserExtendValuesRequest` with its required fields (`userExtendKey`, `userExtendValue`); set the others with the methods named after them.
    pub fn new(required: SaveUserExtendValuesRequired) -> Self {
        let SaveUserExtendValuesRequired { user_extend_key, user_extend_value } = required;
        Self {
            user_display_name: None,
            user_extend_key,
            user_extend_value,
        }
    }
    /// Sets `userDisplayName`.
    pub fn user_display_name(mut self, value: impl Into<String>) -> Self {
        self.user_display_name = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SaveUserExtendValuesRequest { "userDisplayName" => read_field(user_display_name),
    "userExtendKey" => read_field(user_extend_key), "userExtendValue" =>
    read_field(user_extend_value) }
}
impl rt::WriteRequest for SaveUserExtendValuesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userDisplayName", &self.user_display_name);
        writer.query("userExtendKey", &self.user_extend_key);
        writer.query("userExtendValue", &self.user_extend_value);
    }
}
/// The request of [`Api::submit_task`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SubmitTaskRequest {
    /// `appId`.
    pub app_id: Option<i64>,
    /// `bizCode`.
    pub biz_code: Option<String>,
    /// `data`.
    pub data: Option<Vec<SubmitTaskRequestData>>,
    /// `unionId`.
    pub union_id: Option<String>,
}
impl SubmitTaskRequest {
    /// An empty `SubmitTaskRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
    /// Sets `bizCode`.
    pub fn biz_code(mut self, value: impl Into<String>) -> Self {
        self.biz_code = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(
        mut self,
        value: impl IntoIterator<Item = SubmitTaskRequestData>,
    ) -> Self {
        self.data = Some(value.into_iter().collect());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SubmitTaskRequest { "appId" => optional(app_id), "bizCode" => optional(biz_code),
    "data" => optional(data), "unionId" => optional(union_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitTaskRequest { "appId" => read_field(app_id), "bizCode" => read_field(biz_code),
    "data" => read_field(data), "unionId" => read_field(union_id) }
}
impl rt::WriteRequest for SubmitTaskRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::submit_task_package`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SubmitTaskPackageRequest {
    /// `appId`.
    pub app_id: Option<i64>,
    /// `appSecret`.
    pub app_secret: Option<String>,
    /// `bizCode`.
    pub biz_code: String,
    /// `data`.
    pub data: Option<Vec<SubmitTaskPackageRequestData>>,
    /// `desc`.
    pub desc: Option<String>,
    /// `fileType`.
    pub file_type: Option<String>,
    /// `taskPackageName`.
    pub task_package_name: Option<String>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
/// The required fields of [`SubmitTaskPackageRequest`], each named where it is set: `SubmitTaskPackageRequest::new(SubmitTaskPackageRequired { .. })`.
pub struct SubmitTaskPackageRequired {
    /// `bizCode`: see [`SubmitTaskPackageRequest::biz_code`].
    pub biz_code: String,
}
impl SubmitTaskPackageRequest {
    /// A `SubmitTaskPackageRequest` with its required fields (`bizCode`); set the others with the methods named after them.
    pub fn new(required: SubmitTaskPackageRequired) -> Self {
        let SubmitTaskPackageRequired { biz_code } = required;
        Self {
            app_id: None,
            app_secret: None,
            biz_code,
            data: None,
            desc: None,
            file_type: None,
            task_package_name: None,
            union_id: None,
            version: None,
        }
    }
    /// Sets `appId`.
    pub fn app_id(mut self, value: i64) -> Self {
        self.app_id = Some(value);
        self
    }
    /// Sets `appSecret`.
    pub fn app_secret(mut self, value: impl Into<String>) -> Self {
        self.app_secret = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(
        mut self,
        value: impl IntoIterator<Item = SubmitTaskPackageRequestData>,
    ) -> Self {
        self.data = Some(value.into_iter().collect());
        self
    }
    /// Sets `desc`.
    pub fn desc(mut self, value: impl Into<String>) -> Self {
        self.desc = Some(value.into());
        self
    }
    /// Sets `fileType`.
    pub fn file_type(mut self, value: impl Into<String>) -> Self {
        self.file_type = Some(value.into());
        self
    }
    /// Sets `taskPackageName`.
    pub fn task_package_name(mut self, value: impl Into<String>) -> Self {
        self.task_package_name = Some(value.into());
        self
    }
    /// Sets `unionId`.
    pub fn union_id(mut self, value: impl Into<String>) -> Self {
        self.union_id = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    SubmitTaskPackageRequest { "appId" => optional(app_id), "appSecret" =>
    optional(app_secret), "bizCode" => field(biz_code), "data" => optional(data), "desc"
    => optional(desc), "fileType" => optional(file_type), "taskPackageName" =>
    optional(task_package_name), "unionId" => optional(union_id), "version" =>
    optional(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SubmitTaskPackageRequest { "appId" => read_field(app_id), "appSecret" =>
    read_field(app_secret), "bizCode" => read_field(biz_code), "data" =>
    read_field(data), "desc" => read_field(desc), "fileType" => read_field(file_type),
    "taskPackageName" => read_field(task_package_name), "unionId" =>
    read_field(union_id), "version" => read_field(version) }
}
impl rt::WriteRequest for SubmitTaskPackageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::suppl_add_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplAddRoleRequest {
    /// `parentRoleGroupId`: a query parameter.
    pub parent_role_group_id: String,
    /// `roleName`: a query parameter.
    pub role_name: String,
}
/// The required fields of [`SupplAddRoleRequest`], each named where it is set: `SupplAddRoleRequest::new(SupplAddRoleRequired { .. })`.
pub struct SupplAddRoleRequired {
    /// `parentRoleGroupId`: see [`SupplAddRoleRequest::parent_role_group_id`].
    pub parent_role_group_id: String,
    /// `roleName`: see [`SupplAddRoleRequest::role_name`].
    pub role_name: String,
}
impl SupplAddRoleRequest {
    /// A `SupplAddRoleRequest` with its required fields (`parentRoleGroupId`, `roleName`); set the others with the methods named after them.
    pub fn new(required: SupplAddRoleRequired) -> Self {
        let SupplAddRoleRequired { parent_role_group_id, role_name } = required;
        Self {
            parent_role_group_id,
            role_name,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplAddRoleRequest { "parentRoleGroupId" => read_field(parent_role_group_id),
    "roleName" => read_field(role_name) }
}
impl rt::WriteRequest for SupplAddRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("parentRoleGroupId", &self.parent_role_group_id);
        writer.query("roleName", &self.role_name);
    }
}
/// The request of [`Api::supply_add_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyAddDeptRequest {
    /// `deptName`: a query parameter.
    pub dept_name: String,
    /// `partnerNumber`: a query parameter.
    pub partner_number: Option<String>,
    /// `superDeptId`: a query parameter.
    pub super_dept_id: i64,
    /// `supplyDeptType`: a query parameter.
    pub supply_dept_type: String,
}
/// The required fields of [`SupplyAddDeptRequest`], each named where it is set: `SupplyAddDeptRequest::new(SupplyAddDeptRequired { .. })`.
pub struct SupplyAddDeptRequired {
    /// `deptName`: see [`SupplyAddDeptRequest::dept_name`].
    pub dept_name: String,
    /// `superDeptId`: see [`SupplyAddDeptRequest::super_dept_id`].
    pub super_dept_id: i64,
    /// `supplyDeptType`: see [`SupplyAddDeptRequest::supply_dept_type`].
    pub supply_dept_type: String,
}
impl SupplyAddDeptRequest {
    /// A `SupplyAddDeptRequest` with its required fields (`deptName`, `superDeptId`, `supplyDeptType`); set the others with the methods named after them.
    pub fn new(required: SupplyAddDeptRequired) -> Self {
        let SupplyAddDeptRequired { dept_name, super_dept_id, supply_dept_type } = required;
        Self {
            dept_name,
            partner_number: None,
            super_dept_id,
            supply_dept_type,
        }
    }
    /// Sets `partnerNumber`.
    pub fn partner_number(mut self, value: impl Into<String>) -> Self {
        self.partner_number = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyAddDeptRequest { "deptName" => read_field(dept_name), "partnerNumber" =>
    read_field(partner_number), "superDeptId" => read_field(super_dept_id),
    "supplyDeptType" => read_field(supply_dept_type) }
}
impl rt::WriteRequest for SupplyAddDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptName", &self.dept_name);
        writer.query("partnerNumber", &self.partner_number);
        writer.query("superDeptId", &self.super_dept_id);
        writer.query("supplyDeptType", &self.supply_dept_type);
    }
}
/// The request of [`Api::supply_add_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyAddMemberRequest {
    /// `isPartnerManager`: a query parameter.
    pub is_partner_manager: bool,
    /// `memberMobile`: a query parameter.
    pub member_mobile: String,
    /// `memberName`: a query parameter.
    pub member_name: String,
    /// `memberTitle`: a query parameter.
    pub member_title: Option<String>,
    /// `memberWorkNumber`: a query parameter.
    pub member_work_number: Option<String>,
    /// `supplyDeptId`: a query parameter.
    pub supply_dept_id: i64,
}
/// The required fields of [`SupplyAddMemberRequest`], each named where it is set: `SupplyAddMemberRequest::new(SupplyAddMemberRequired { .. })`.
pub struct SupplyAddMemberRequired {
    /// `isPartnerManager`: see [`SupplyAddMemberRequest::is_partner_manager`].
    pub is_partner_manager: bool,
    /// `memberMobile`: see [`SupplyAddMemberRequest::member_mobile`].
    pub member_mobile: String,
    /// `memberName`: see [`SupplyAddMemberRequest::member_name`].
    pub member_name: String,
    /// `supplyDeptId`: see [`SupplyAddMemberRequest::supply_dept_id`].
    pub supply_dept_id: i64,
}
impl SupplyAddMemberRequest {
    /// A `SupplyAddMemberRequest` with its required fields (`isPartnerManager`, `memberMobile`, `memberName`, `supplyDeptId`); set the others with the methods named after them.
    pub fn new(required: SupplyAddMemberRequired) -> Self {
        let SupplyAddMemberRequired {
            is_partner_manager,
            member_mobile,
            member_name,
            supply_dept_id,
        } = required;
        Self {
            is_partner_manager,
            member_mobile,
            member_name,
            member_title: None,
            member_work_number: None,
            supply_dept_id,
        }
    }
    /// Sets `memberTitle`.
    pub fn member_title(mut self, value: impl Into<String>) -> Self {
        self.member_title = Some(value.into());
        self
    }
    /// Sets `memberWorkNumber`.
    pub fn member_work_number(mut self, value: impl Into<String>) -> Self {
        self.member_work_number = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyAddMemberRequest { "isPartnerManager" => read_field(is_partner_manager),
    "memberMobile" => read_field(member_mobile), "memberName" => read_field(member_name),
    "memberTitle" => read_field(member_title), "memberWorkNumber" =>
    read_field(member_work_number), "supplyDeptId" => read_field(supply_dept_id) }
}
impl rt::WriteRequest for SupplyAddMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("isPartnerManager", &self.is_partner_manager);
        writer.query("memberMobile", &self.member_mobile);
        writer.query("memberName", &self.member_name);
        writer.query("memberTitle", &self.member_title);
        writer.query("memberWorkNumber", &self.member_work_number);
        writer.query("supplyDeptId", &self.supply_dept_id);
    }
}
/// The request of [`Api::supply_add_partner_admins`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyAddPartnerAdminsRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`SupplyAddPartnerAdminsRequest`], each named where it is set: `SupplyAddPartnerAdminsRequest::new(SupplyAddPartnerAdminsRequired { .. })`.
pub struct SupplyAddPartnerAdminsRequired {
    /// `deptId`: see [`SupplyAddPartnerAdminsRequest::dept_id`].
    pub dept_id: i64,
    /// `userId`: see [`SupplyAddPartnerAdminsRequest::user_id`].
    pub user_id: String,
}
impl SupplyAddPartnerAdminsRequest {
    /// A `SupplyAddPartnerAdminsRequest` with its required fields (`deptId`, `userId`); set the others with the methods named after them.
    pub fn new(required: SupplyAddPartnerAdminsRequired) -> Self {
        let SupplyAddPartnerAdminsRequired { dept_id, user_id } = required;
        Self { dept_id, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyAddPartnerAdminsRequest { "deptId" => read_field(dept_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SupplyAddPartnerAdminsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::supply_add_partner_managers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyAddPartnerManagersRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `interfaceId`: a query parameter.
    pub interface_id: String,
    /// `interfaceType`: a query parameter.
    pub interface_type: String,
}
/// The required fields of [`SupplyAddPartnerManagersRequest`], each named where it is set: `SupplyAddPartnerManagersRequest::new(SupplyAddPartnerManagersRequired { .. })`.
pub struct SupplyAddPartnerManagersRequired {
    /// `deptId`: see [`SupplyAddPartnerManagersRequest::dept_id`].
    pub dept_id: i64,
    /// `interfaceId`: see [`SupplyAddPartnerManagersRequest::interface_id`].
    pub interface_id: String,
    /// `interfaceType`: see [`SupplyAddPartnerManagersRequest::interface_type`].
    pub interface_type: String,
}
impl SupplyAddPartnerManagersRequest {
    /// A `SupplyAddPartnerManagersRequest` with its required fields (`deptId`, `interfaceId`, `interfaceType`); set the others with the methods named after them.
    pub fn new(required: SupplyAddPartnerManagersRequired) -> Self {
        let SupplyAddPartnerManagersRequired { dept_id, interface_id, interface_type } = required;
        Self {
            dept_id,
            interface_id,
            interface_type,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyAddPartnerManagersRequest { "deptId" => read_field(dept_id), "interfaceId" =>
    read_field(interface_id), "interfaceType" => read_field(interface_type) }
}
impl rt::WriteRequest for SupplyAddPartnerManagersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("interfaceId", &self.interface_id);
        writer.query("interfaceType", &self.interface_type);
    }
}
/// The request of [`Api::supply_add_partner_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyAddPartnerTypeRequest {
    /// `name`: a query parameter.
    pub name: String,
    /// `superId`: a query parameter.
    pub super_id: i64,
}
/// The required fields of [`SupplyAddPartnerTypeRequest`], each named where it is set: `SupplyAddPartnerTypeRequest::new(SupplyAddPartnerTypeRequired { .. })`.
pub struct SupplyAddPartnerTypeRequired {
    /// `name`: see [`SupplyAddPartnerTypeRequest::name`].
    pub name: String,
    /// `superId`: see [`SupplyAddPartnerTypeRequest::super_id`].
    pub super_id: i64,
}
impl SupplyAddPartnerTypeRequest {
    /// A `SupplyAddPartnerTypeRequest` with its required fields (`name`, `superId`); set the others with the methods named after them.
    pub fn new(required: SupplyAddPartnerTypeRequired) -> Self {
        let SupplyAddPartnerTypeRequired { name, super_id } = required;
        Self { name, super_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyAddPartnerTypeRequest { "name" => read_field(name), "superId" =>
    read_field(super_id) }
}
impl rt::WriteRequest for SupplyAddPartnerTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("name", &self.name);
        writer.query("superId", &self.super_id);
    }
}
/// The request of [`Api::supply_chain_delete_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyChainDeleteDeptRequest {
    /// `supplyDeptId`: a query parameter.
    pub supply_dept_id: i64,
}
/// The required fields of [`SupplyChainDeleteDeptRequest`], each named where it is set: `SupplyChainDeleteDeptRequest::new(SupplyChainDeleteDeptRequired { .. })`.
pub struct SupplyChainDeleteDeptRequired {
    /// `supplyDeptId`: see [`SupplyChainDeleteDeptRequest::supply_dept_id`].
    pub supply_dept_id: i64,
}
impl SupplyChainDeleteDeptRequest {
    /// A `SupplyChainDeleteDeptRequest` with its required fields (`supplyDeptId`); set the others with the methods named after them.
    pub fn new(required: SupplyChainDeleteDeptRequired) -> Self {
        let SupplyChainDeleteDeptRequired { supply_dept_id } = required;
        Self { supply_dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyChainDeleteDeptRequest { "supplyDeptId" => read_field(supply_dept_id) }
}
impl rt::WriteRequest for SupplyChainDeleteDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("supplyDeptId", &self.supply_dept_id);
    }
}
/// The request of [`Api::supply_chain_query_dept_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyChainQueryDeptInfoRequest {
    /// `supplyDeptId`: a query parameter.
    pub supply_dept_id: i64,
}
/// The required fields of [`SupplyChainQueryDeptInfoRequest`], each named where it is set: `SupplyChainQueryDeptInfoRequest::new(SupplyChainQueryDeptInfoRequired { .. })`.
pub struct SupplyChainQueryDeptInfoRequired {
    /// `supplyDeptId`: see [`SupplyChainQueryDeptInfoRequest::supply_dept_id`].
    pub supply_dept_id: i64,
}
impl SupplyChainQueryDeptInfoRequest {
    /// A `SupplyChainQueryDeptInfoRequest` with its required fields (`supplyDeptId`); set the others with the methods named after them.
    pub fn new(required: SupplyChainQueryDeptInfoRequired) -> Self {
        let SupplyChainQueryDeptInfoRequired { supply_dept_id } = required;
        Self { supply_dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyChainQueryDeptInfoRequest { "supplyDeptId" => read_field(supply_dept_id) }
}
impl rt::WriteRequest for SupplyChainQueryDeptInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("supplyDeptId", &self.supply_dept_id);
    }
}
/// The request of [`Api::supply_chain_update_dept_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyChainUpdateDeptInfoRequest {
    /// `name`.
    pub name: Option<String>,
    /// `partnerNumber`.
    pub partner_number: Option<String>,
    /// `partnerTypeList`.
    pub partner_type_list: Option<Vec<i64>>,
    /// `superId`.
    pub super_id: Option<i64>,
    /// `supplyDeptId`.
    pub supply_dept_id: i64,
}
/// The required fields of [`SupplyChainUpdateDeptInfoRequest`], each named where it is set: `SupplyChainUpdateDeptInfoRequest::new(SupplyChainUpdateDeptInfoRequired { .. })`.
pub struct SupplyChainUpdateDeptInfoRequired {
    /// `supplyDeptId`: see [`SupplyChainUpdateDeptInfoRequest::supply_dept_id`].
    pub supply_dept_id: i64,
}
impl SupplyChainUpdateDeptInfoRequest {
    /// A `SupplyChainUpdateDeptInfoRequest` with its required fields (`supplyDeptId`); set the others with the methods named after them.
    pub fn new(required: SupplyChainUpdateDeptInfoRequired) -> Self {
        let SupplyChainUpdateDeptInfoRequired { supply_dept_id } = required;
        Self {
            name: None,
            partner_number: None,
            partner_type_list: None,
            super_id: None,
            supply_dept_id,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `partnerNumber`.
    pub fn partner_number(mut self, value: impl Into<String>) -> Self {
        self.partner_number = Some(value.into());
        self
    }
    /// Sets `partnerTypeList`.
    pub fn partner_type_list(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.partner_type_list = Some(value.into_iter().collect());
        self
    }
    /// Sets `superId`.
    pub fn super_id(mut self, value: i64) -> Self {
        self.super_id = Some(value);
        self
    }
}
rt::impl_serialize! {
    SupplyChainUpdateDeptInfoRequest { "name" => optional(name), "partnerNumber" =>
    optional(partner_number), "partnerTypeList" => optional(partner_type_list), "superId"
    => optional(super_id), "supplyDeptId" => field(supply_dept_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyChainUpdateDeptInfoRequest { "name" => read_field(name), "partnerNumber" =>
    read_field(partner_number), "partnerTypeList" => read_field(partner_type_list),
    "superId" => read_field(super_id), "supplyDeptId" => read_field(supply_dept_id) }
}
impl rt::WriteRequest for SupplyChainUpdateDeptInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::supply_delete_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyDeleteMemberRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `mobile`: a query parameter.
    pub mobile: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
/// The required fields of [`SupplyDeleteMemberRequest`], each named where it is set: `SupplyDeleteMemberRequest::new(SupplyDeleteMemberRequired { .. })`.
pub struct SupplyDeleteMemberRequired {
    /// `deptId`: see [`SupplyDeleteMemberRequest::dept_id`].
    pub dept_id: i64,
}
impl SupplyDeleteMemberRequest {
    /// A `SupplyDeleteMemberRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(required: SupplyDeleteMemberRequired) -> Self {
        let SupplyDeleteMemberRequired { dept_id } = required;
        Self {
            dept_id,
            mobile: None,
            union_id: None,
            user_id: None,
        }
    }
    /// Sets `mobile`.
    pub fn mobile(mut self, value: impl Into<String>) -> Self {
        self.mobile = Some(value.into());
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyDeleteMemberRequest { "deptId" => read_field(dept_id), "mobile" =>
    read_field(mobile), "unionId" => read_field(union_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SupplyDeleteMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("mobile", &self.mobile);
        writer.query("unionId", &self.union_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::supply_delete_partner_admins`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyDeletePartnerAdminsRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`SupplyDeletePartnerAdminsRequest`], each named where it is set: `SupplyDeletePartnerAdminsRequest::new(SupplyDeletePartnerAdminsRequired { .. })`.
pub struct SupplyDeletePartnerAdminsRequired {
    /// `deptId`: see [`SupplyDeletePartnerAdminsRequest::dept_id`].
    pub dept_id: i64,
    /// `userId`: see [`SupplyDeletePartnerAdminsRequest::user_id`].
    pub user_id: String,
}
impl SupplyDeletePartnerAdminsRequest {
    /// A `SupplyDeletePartnerAdminsRequest` with its required fields (`deptId`, `userId`); set the others with the methods named after them.
    pub fn new(required: SupplyDeletePartnerAdminsRequired) -> Self {
        let SupplyDeletePartnerAdminsRequired { dept_id, user_id } = required;
        Self { dept_id, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyDeletePartnerAdminsRequest { "deptId" => read_field(dept_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for SupplyDeletePartnerAdminsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::supply_delete_partner_managers`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyDeletePartnerManagersRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
    /// `interfaceId`: a query parameter.
    pub interface_id: String,
    /// `interfaceType`: a query parameter.
    pub interface_type: String,
}
/// The required fields of [`SupplyDeletePartnerManagersRequest`], each named where it is set: `SupplyDeletePartnerManagersRequest::new(SupplyDeletePartnerManagersRequired { .. })`.
pub struct SupplyDeletePartnerManagersRequired {
    /// `deptId`: see [`SupplyDeletePartnerManagersRequest::dept_id`].
    pub dept_id: i64,
    /// `interfaceId`: see [`SupplyDeletePartnerManagersRequest::interface_id`].
    pub interface_id: String,
    /// `interfaceType`: see [`SupplyDeletePartnerManagersRequest::interface_type`].
    pub interface_type: String,
}
impl SupplyDeletePartnerManagersRequest {
    /// A `SupplyDeletePartnerManagersRequest` with its required fields (`deptId`, `interfaceId`, `interfaceType`); set the others with the methods named after them.
    pub fn new(required: SupplyDeletePartnerManagersRequired) -> Self {
        let SupplyDeletePartnerManagersRequired {
            dept_id,
            interface_id,
            interface_type,
        } = required;
        Self {
            dept_id,
            interface_id,
            interface_type,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyDeletePartnerManagersRequest { "deptId" => read_field(dept_id), "interfaceId"
    => read_field(interface_id), "interfaceType" => read_field(interface_type) }
}
impl rt::WriteRequest for SupplyDeletePartnerManagersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
        writer.query("interfaceId", &self.interface_id);
        writer.query("interfaceType", &self.interface_type);
    }
}
/// The request of [`Api::supply_delete_partner_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyDeletePartnerTypeRequest {
    /// `labelId`: a query parameter.
    pub label_id: i64,
}
/// The required fields of [`SupplyDeletePartnerTypeRequest`], each named where it is set: `SupplyDeletePartnerTypeRequest::new(SupplyDeletePartnerTypeRequired { .. })`.
pub struct SupplyDeletePartnerTypeRequired {
    /// `labelId`: see [`SupplyDeletePartnerTypeRequest::label_id`].
    pub label_id: i64,
}
impl SupplyDeletePartnerTypeRequest {
    /// A `SupplyDeletePartnerTypeRequest` with its required fields (`labelId`); set the others with the methods named after them.
    pub fn new(required: SupplyDeletePartnerTypeRequired) -> Self {
        let SupplyDeletePartnerTypeRequired { label_id } = required;
        Self { label_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyDeletePartnerTypeRequest { "labelId" => read_field(label_id) }
}
impl rt::WriteRequest for SupplyDeletePartnerTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("labelId", &self.label_id);
    }
}
/// The request of [`Api::supply_delete_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyDeleteRoleRequest {
    /// `isRoleGroup`: a query parameter.
    pub is_role_group: bool,
    /// `roleId`: a query parameter.
    pub role_id: String,
}
/// The required fields of [`SupplyDeleteRoleRequest`], each named where it is set: `SupplyDeleteRoleRequest::new(SupplyDeleteRoleRequired { .. })`.
pub struct SupplyDeleteRoleRequired {
    /// `isRoleGroup`: see [`SupplyDeleteRoleRequest::is_role_group`].
    pub is_role_group: bool,
    /// `roleId`: see [`SupplyDeleteRoleRequest::role_id`].
    pub role_id: String,
}
impl SupplyDeleteRoleRequest {
    /// A `SupplyDeleteRoleRequest` with its required fields (`isRoleGroup`, `roleId`); set the others with the methods named after them.
    pub fn new(required: SupplyDeleteRoleRequired) -> Self {
        let SupplyDeleteRoleRequired { is_role_group, role_id } = required;
        Self { is_role_group, role_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyDeleteRoleRequest { "isRoleGroup" => read_field(is_role_group), "roleId" =>
    read_field(role_id) }
}
impl rt::WriteRequest for SupplyDeleteRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("isRoleGroup", &self.is_role_group);
        writer.query("roleId", &self.role_id);
    }
}
/// The request of [`Api::supply_get_member`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SupplyGetMemberRequest {
    /// `mobile`: a query parameter.
    pub mobile: Option<String>,
    /// `unionId`: a query parameter.
    pub union_id: Option<String>,
    /// `userId`: a query parameter.
    pub user_id: Option<String>,
}
impl SupplyGetMemberRequest {
    /// An empty `SupplyGetMemberRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `mobile`.
    pub fn mobile(mut self, value: impl Into<String>) -> Self {
        self.mobile = Some(value.into());
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
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyGetMemberRequest { "mobile" => read_field(mobile), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SupplyGetMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("mobile", &self.mobile);
        writer.query("unionId", &self.union_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::supply_list_dept_members`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyListDeptMembersRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: i64,
    /// `pageSize`: a query parameter.
    pub page_size: i64,
    /// `supplyDeptId`: a query parameter.
    pub supply_dept_id: i64,
}
/// The required fields of [`SupplyListDeptMembersRequest`], each named where it is set: `SupplyListDeptMembersRequest::new(SupplyListDeptMembersRequired { .. })`.
pub struct SupplyListDeptMembersRequired {
    /// `pageNumber`: see [`SupplyListDeptMembersRequest::page_number`].
    pub page_number: i64,
    /// `pageSize`: see [`SupplyListDeptMembersRequest::page_size`].
    pub page_size: i64,
    /// `supplyDeptId`: see [`SupplyListDeptMembersRequest::supply_dept_id`].
    pub supply_dept_id: i64,
}
impl SupplyListDeptMembersRequest {
    /// A `SupplyListDeptMembersRequest` with its required fields (`pageNumber`, `pageSize`, `supplyDeptId`); set the others with the methods named after them.
    pub fn new(required: SupplyListDeptMembersRequired) -> Self {
        let SupplyListDeptMembersRequired { page_number, page_size, supply_dept_id } = required;
        Self {
            page_number,
            page_size,
            supply_dept_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyListDeptMembersRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "supplyDeptId" => read_field(supply_dept_id) }
}
impl rt::WriteRequest for SupplyListDeptMembersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("supplyDeptId", &self.supply_dept_id);
    }
}
/// The request of [`Api::supply_list_partner_admins`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyListPartnerAdminsRequest {
    /// `deptId`: a query parameter.
    pub dept_id: i64,
}
/// The required fields of [`SupplyListPartnerAdminsRequest`], each named where it is set: `SupplyListPartnerAdminsRequest::new(SupplyListPartnerAdminsRequired { .. })`.
pub struct SupplyListPartnerAdminsRequired {
    /// `deptId`: see [`SupplyListPartnerAdminsRequest::dept_id`].
    pub dept_id: i64,
}
impl SupplyListPartnerAdminsRequest {
    /// A `SupplyListPartnerAdminsRequest` with its required fields (`deptId`); set the others with the methods named after them.
    pub fn new(required: SupplyListPartnerAdminsRequired) -> Self {
        let SupplyListPartnerAdminsRequired { dept_id } = required;
        Self { dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyListPartnerAdminsRequest { "deptId" => read_field(dept_id) }
}
impl rt::WriteRequest for SupplyListPartnerAdminsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
    }
}
/// The request of [`Api::supply_list_partner_managers`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SupplyListPartnerManagersRequest {
    /// `deptId`: a query parameter.
    pub dept_id: Option<i64>,
}
impl SupplyListPartnerManagersRequest {
    /// An empty `SupplyListPartnerManagersRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `deptId`.
    pub fn dept_id(mut self, value: i64) -> Self {
        self.dept_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyListPartnerManagersRequest { "deptId" => read_field(dept_id) }
}
impl rt::WriteRequest for SupplyListPartnerManagersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("deptId", &self.dept_id);
    }
}
/// The request of [`Api::supply_list_partner_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyListPartnerTypeRequest {
    /// `labelId`: a query parameter.
    pub label_id: i64,
}
/// The required fields of [`SupplyListPartnerTypeRequest`], each named where it is set: `SupplyListPartnerTypeRequest::new(SupplyListPartnerTypeRequired { .. })`.
pub struct SupplyListPartnerTypeRequired {
    /// `labelId`: see [`SupplyListPartnerTypeRequest::label_id`].
    pub label_id: i64,
}
impl SupplyListPartnerTypeRequest {
    /// A `SupplyListPartnerTypeRequest` with its required fields (`labelId`); set the others with the methods named after them.
    pub fn new(required: SupplyListPartnerTypeRequired) -> Self {
        let SupplyListPartnerTypeRequired { label_id } = required;
        Self { label_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyListPartnerTypeRequest { "labelId" => read_field(label_id) }
}
impl rt::WriteRequest for SupplyListPartnerTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("labelId", &self.label_id);
    }
}
/// The request of [`Api::supply_list_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyListRoleRequest {
    /// `parentRoleId`: a query parameter.
    pub parent_role_id: String,
}
/// The required fields of [`SupplyListRoleRequest`], each named where it is set: `SupplyListRoleRequest::new(SupplyListRoleRequired { .. })`.
pub struct SupplyListRoleRequired {
    /// `parentRoleId`: see [`SupplyListRoleRequest::parent_role_id`].
    pub parent_role_id: String,
}
impl SupplyListRoleRequest {
    /// A `SupplyListRoleRequest` with its required fields (`parentRoleId`); set the others with the methods named after them.
    pub fn new(required: SupplyListRoleRequired) -> Self {
        let SupplyListRoleRequired { parent_role_id } = required;
        Self { parent_role_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyListRoleRequest { "parentRoleId" => read_field(parent_role_id) }
}
impl rt::WriteRequest for SupplyListRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("parentRoleId", &self.parent_role_id);
    }
}
/// The request of [`Api::supply_list_sub_dept`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyListSubDeptRequest {
    /// `supplyDeptId`: a query parameter.
    pub supply_dept_id: i64,
}
/// The required fields of [`SupplyListSubDeptRequest`], each named where it is set: `SupplyListSubDeptRequest::new(SupplyListSubDeptRequired { .. })`.
pub struct SupplyListSubDeptRequired {
    /// `supplyDeptId`: see [`SupplyListSubDeptRequest::supply_dept_id`].
    pub supply_dept_id: i64,
}
impl SupplyListSubDeptRequest {
    /// A `SupplyListSubDeptRequest` with its required fields (`supplyDeptId`); set the others with the methods named after them.
    pub fn new(required: SupplyListSubDeptRequired) -> Self {
        let SupplyListSubDeptRequired { supply_dept_id } = required;
        Self { supply_dept_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyListSubDeptRequest { "supplyDeptId" => read_field(supply_dept_id) }
}
impl rt::WriteRequest for SupplyListSubDeptRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("supplyDeptId", &self.supply_dept_id);
    }
}
/// The request of [`Api::supply_query_partner_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyQueryPartnerTypeRequest {
    /// `labelId`: a query parameter.
    pub label_id: i64,
}
/// The required fields of [`SupplyQueryPartnerTypeRequest`], each named where it is set: `SupplyQueryPartnerTypeRequest::new(SupplyQueryPartnerTypeRequired { .. })`.
pub struct SupplyQueryPartnerTypeRequired {
    /// `labelId`: see [`SupplyQueryPartnerTypeRequest::label_id`].
    pub label_id: i64,
}
impl SupplyQueryPartnerTypeRequest {
    /// A `SupplyQueryPartnerTypeRequest` with its required fields (`labelId`); set the others with the methods named after them.
    pub fn new(required: SupplyQueryPartnerTypeRequired) -> Self {
        let SupplyQueryPartnerTypeRequired { label_id } = required;
        Self { label_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyQueryPartnerTypeRequest { "labelId" => read_field(label_id) }
}
impl rt::WriteRequest for SupplyQueryPartnerTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("labelId", &self.label_id);
    }
}
/// The request of [`Api::supply_update_member`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyUpdateMemberRequest {
    /// `isCopyDept`.
    pub is_copy_dept: bool,
    /// `memberTitle`.
    pub member_title: Option<String>,
    /// `memberWorkNumber`.
    pub member_work_number: Option<String>,
    /// `mobile`.
    pub mobile: Option<String>,
    /// `newDeptId`.
    pub new_dept_id: i64,
    /// `oldDeptId`.
    pub old_dept_id: i64,
    /// `roleIdList`.
    pub role_id_list: Option<Vec<String>>,
    /// `unionId`.
    pub union_id: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
/// The required fields of [`SupplyUpdateMemberRequest`], each named where it is set: `SupplyUpdateMemberRequest::new(SupplyUpdateMemberRequired { .. })`.
pub struct SupplyUpdateMemberRequired {
    /// `isCopyDept`: see [`SupplyUpdateMemberRequest::is_copy_dept`].
    pub is_copy_dept: bool,
    /// `newDeptId`: see [`SupplyUpdateMemberRequest::new_dept_id`].
    pub new_dept_id: i64,
    /// `oldDeptId`: see [`SupplyUpdateMemberRequest::old_dept_id`].
    pub old_dept_id: i64,
}
impl SupplyUpdateMemberRequest {
    /// A `SupplyUpdateMemberRequest` with its required fields (`isCopyDept`, `newDeptId`, `oldDeptId`); set the others with the methods named after them.
    pub fn new(required: SupplyUpdateMemberRequired) -> Self {
        let SupplyUpdateMemberRequired { is_copy_dept, new_dept_id, old_dept_id } = required;
        Self {
            is_copy_dept,
            member_title: None,
            member_work_number: None,
            mobile: None,
            new_dept_id,
            old_dept_id,
            role_id_list: None,
            union_id: None,
            user_id: None,
        }
    }
    /// Sets `memberTitle`.
    pub fn member_title(mut self, value: impl Into<String>) -> Self {
        self.member_title = Some(value.into());
        self
    }
    /// Sets `memberWorkNumber`.
    pub fn member_work_number(mut self, value: impl Into<String>) -> Self {
        self.member_work_number = Some(value.into());
        self
    }
    /// Sets `mobile`.
    pub fn mobile(mut self, value: impl Into<String>) -> Self {
        self.mobile = Some(value.into());
        self
    }
    /// Sets `roleIdList`.
    pub fn role_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.role_id_list = Some(value.into_iter().map(Into::into).collect());
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
    SupplyUpdateMemberRequest { "isCopyDept" => field(is_copy_dept), "memberTitle" =>
    optional(member_title), "memberWorkNumber" => optional(member_work_number), "mobile"
    => optional(mobile), "newDeptId" => field(new_dept_id), "oldDeptId" =>
    field(old_dept_id), "roleIdList" => optional(role_id_list), "unionId" =>
    optional(union_id), "userId" => optional(user_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyUpdateMemberRequest { "isCopyDept" => read_field(is_copy_dept), "memberTitle"
    => read_field(member_title), "memberWorkNumber" => read_field(member_work_number),
    "mobile" => read_field(mobile), "newDeptId" => read_field(new_dept_id), "oldDeptId"
    => read_field(old_dept_id), "roleIdList" => read_field(role_id_list), "unionId" =>
    read_field(union_id), "userId" => read_field(user_id) }
}
impl rt::WriteRequest for SupplyUpdateMemberRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::supply_update_partner_type`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyUpdatePartnerTypeRequest {
    /// `labelId`: a query parameter.
    pub label_id: i64,
    /// `name`: a query parameter.
    pub name: Option<String>,
    /// `superId`: a query parameter.
    pub super_id: Option<i64>,
}
/// The required fields of [`SupplyUpdatePartnerTypeRequest`], each named where it is set: `SupplyUpdatePartnerTypeRequest::new(SupplyUpdatePartnerTypeRequired { .. })`.
pub struct SupplyUpdatePartnerTypeRequired {
    /// `labelId`: see [`SupplyUpdatePartnerTypeRequest::label_id`].
    pub label_id: i64,
}
impl SupplyUpdatePartnerTypeRequest {
    /// A `SupplyUpdatePartnerTypeRequest` with its required fields (`labelId`); set the others with the methods named after them.
    pub fn new(required: SupplyUpdatePartnerTypeRequired) -> Self {
        let SupplyUpdatePartnerTypeRequired { label_id } = required;
        Self {
            label_id,
            name: None,
            super_id: None,
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `superId`.
    pub fn super_id(mut self, value: i64) -> Self {
        self.super_id = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyUpdatePartnerTypeRequest { "labelId" => read_field(label_id), "name" =>
    read_field(name), "superId" => read_field(super_id) }
}
impl rt::WriteRequest for SupplyUpdatePartnerTypeRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("labelId", &self.label_id);
        writer.query("name", &self.name);
        writer.query("superId", &self.super_id);
    }
}
/// The request of [`Api::supply_update_role`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct SupplyUpdateRoleRequest {
    /// `isRoleGroup`: a query parameter.
    pub is_role_group: bool,
    /// `roleId`: a query parameter.
    pub role_id: String,
    /// `roleName`: a query parameter.
    pub role_name: String,
}
/// The required fields of [`SupplyUpdateRoleRequest`], each named where it is set: `SupplyUpdateRoleRequest::new(SupplyUpdateRoleRequired { .. })`.
pub struct SupplyUpdateRoleRequired {
    /// `isRoleGroup`: see [`SupplyUpdateRoleRequest::is_role_group`].
    pub is_role_group: bool,
    /// `roleId`: see [`SupplyUpdateRoleRequest::role_id`].
    pub role_id: String,
    /// `roleName`: see [`SupplyUpdateRoleRequest::role_name`].
    pub role_name: String,
}
impl SupplyUpdateRoleRequest {
    /// A `SupplyUpdateRoleRequest` with its required fields (`isRoleGroup`, `roleId`, `roleName`); set the others with the methods named after them.
    pub fn new(required: SupplyUpdateRoleRequired) -> Self {
        let SupplyUpdateRoleRequired { is_role_group, role_id, role_name } = required;
        Self {
            is_role_group,
            role_id,
            role_name,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SupplyUpdateRoleRequest { "isRoleGroup" => read_field(is_role_group), "roleId" =>
    read_field(role_id), "roleName" => read_field(role_name) }
}
impl rt::WriteRequest for SupplyUpdateRoleRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("isRoleGroup", &self.is_role_group);
        writer.query("roleId", &self.role_id);
        writer.query("roleName", &self.role_name);
    }
}
/// The request of [`Api::update_user_extend_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateUserExtendInfoRequest {
    /// `comments`.
    pub comments: String,
    /// `jobCode`.
    pub job_code: String,
    /// `jobStatusCode`.
    pub job_status_code: Option<Vec<String>>,
    /// `userProbCode`.
    pub user_prob_code: String,
}
/// The required fields of [`UpdateUserExtendInfoRequest`], each named where it is set: `UpdateUserExtendInfoRequest::new(UpdateUserExtendInfoRequired { .. })`.
pub struct UpdateUserExtendInfoRequired {
    /// `comments`: see [`UpdateUserExtendInfoRequest::comments`].
    pub comments: String,
    /// `jobCode`: see [`UpdateUserExtendInfoRequest::job_code`].
    pub job_code: String,
    /// `userProbCode`: see [`UpdateUserExtendInfoRequest::user_prob_code`].
    pub user_prob_code: String,
}
impl UpdateUserExtendInfoRequest {
    /// A `UpdateUserExtendInfoRequest` with its required fields (`comments`, `jobCode`, `userProbCode`); set the others with the methods named after them.
    pub fn new(required: UpdateUserExtendInfoRequired) -> Self {
        let UpdateUserExtendInfoRequired { comments, job_code, user_prob_code } = required;
        Self {
            comments,
            job_code,
            job_status_code: None,
            user_prob_code,
        }
    }
    /// Sets `jobStatusCode`.
    pub fn job_status_code(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.job_status_code = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    UpdateUserExtendInfoRequest { "comments" => field(comments), "jobCode" =>
    field(job_code), "jobStatusCode" => optional(job_status_code), "userProbCode" =>
    field(user_prob_code) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateUserExtendInfoRequest { "comments" => read_field(comments), "jobCode" =>
    read_field(job_code), "jobStatusCode" => read_field(job_status_code), "userProbCode"
    => read_field(user_prob_code) }
}
impl rt::WriteRequest for UpdateUserExtendInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::ai_retail_product_add`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AiRetailProductAddError = rt::ServiceError;
/// An error reply of [`Api::ai_retail_product_delete`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AiRetailProductDeleteError = rt::ServiceError;
/// An error reply of [`Api::ai_retail_product_img_upload`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AiRetailProductImgUploadError = rt::ServiceError;
/// An error reply of [`Api::ai_retail_product_query`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AiRetailProductQueryError = rt::ServiceError;
/// An error reply of [`Api::ai_retail_product_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AiRetailProductUpdateError = rt::ServiceError;
/// An error reply of [`Api::ai_training_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AiTrainingDetailError = rt::ServiceError;
/// An error reply of [`Api::ai_training_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AiTrainingRecordError = rt::ServiceError;
/// An error reply of [`Api::batch_get_task_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchGetTaskResultError = rt::ServiceError;
/// An error reply of [`Api::business_match`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BusinessMatchError = rt::ServiceError;
/// An error reply of [`Api::business_match_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BusinessMatchResultError = rt::ServiceError;
/// An error reply of [`Api::campus_add_renter_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusAddRenterMemberError = rt::ServiceError;
/// An error reply of [`Api::campus_create_campus`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusCreateCampusError = rt::ServiceError;
/// An error reply of [`Api::campus_create_campus_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusCreateCampusGroupError = rt::ServiceError;
/// An error reply of [`Api::campus_create_renter`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusCreateRenterError = rt::ServiceError;
/// An error reply of [`Api::campus_del_renter_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusDelRenterMemberError = rt::ServiceError;
/// An error reply of [`Api::campus_delete_campus_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusDeleteCampusGroupError = rt::ServiceError;
/// An error reply of [`Api::campus_delete_renter`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusDeleteRenterError = rt::ServiceError;
/// An error reply of [`Api::campus_get_campus`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusGetCampusError = rt::ServiceError;
/// An error reply of [`Api::campus_get_campus_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusGetCampusGroupError = rt::ServiceError;
/// An error reply of [`Api::campus_get_renter`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusGetRenterError = rt::ServiceError;
/// An error reply of [`Api::campus_get_renter_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusGetRenterMemberError = rt::ServiceError;
/// An error reply of [`Api::campus_list_campus`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusListCampusError = rt::ServiceError;
/// An error reply of [`Api::campus_list_campus_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusListCampusGroupError = rt::ServiceError;
/// An error reply of [`Api::campus_list_renter`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusListRenterError = rt::ServiceError;
/// An error reply of [`Api::campus_list_renter_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusListRenterMembersError = rt::ServiceError;
/// An error reply of [`Api::campus_update_campus`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusUpdateCampusError = rt::ServiceError;
/// An error reply of [`Api::campus_update_campus_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusUpdateCampusGroupError = rt::ServiceError;
/// An error reply of [`Api::campus_update_renter`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusUpdateRenterError = rt::ServiceError;
/// An error reply of [`Api::campus_update_renter_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CampusUpdateRenterMemberError = rt::ServiceError;
/// An error reply of [`Api::chat_ai_add_dataset_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatAIAddDatasetPermissionError = rt::ServiceError;
/// An error reply of [`Api::chat_ai_list_dataset`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatAIListDatasetError = rt::ServiceError;
/// An error reply of [`Api::chat_ai_query_dataset_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatAIQueryDatasetPermissionError = rt::ServiceError;
/// An error reply of [`Api::chat_ai_remove_dataset_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatAIRemoveDatasetPermissionError = rt::ServiceError;
/// An error reply of [`Api::chat_ai_text_sentiment_analysis`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatAITextSentimentAnalysisError = rt::ServiceError;
/// An error reply of [`Api::chat_ai_query_logs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatAiQueryLogsError = rt::ServiceError;
/// An error reply of [`Api::chat_ai_travel_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatAiTravelListError = rt::ServiceError;
/// An error reply of [`Api::chat_form_get_data_for_api_access`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatFormGetDataForApiAccessError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_add_general_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoAddGeneralFileError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_add_knowledge_graph_node`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoAddKnowledgeGraphNodeError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_add_knowledge_graph_relation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoAddKnowledgeGraphRelationError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_delete_general_file`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoDeleteGeneralFileError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_delete_knowledge_graph_node`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoDeleteKnowledgeGraphNodeError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_delete_knowledge_graph_relation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoDeleteKnowledgeGraphRelationError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_faq_add`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoFaqAddError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_faq_delete`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoFaqDeleteError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_faq_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoFaqListError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_get_file_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoGetFileListError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_get_file_status`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoGetFileStatusError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_query_knowledge_graph_node`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoQueryKnowledgeGraphNodeError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_query_knowledge_graph_relation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoQueryKnowledgeGraphRelationError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_update_knowledge_graph_node`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoUpdateKnowledgeGraphNodeError = rt::ServiceError;
/// An error reply of [`Api::chat_memo_update_knowledge_graph_relation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ChatMemoUpdateKnowledgeGraphRelationError = rt::ServiceError;
/// An error reply of [`Api::circle_post_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CirclePostDetailError = rt::ServiceError;
/// An error reply of [`Api::circle_post_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CirclePostRecordError = rt::ServiceError;
/// An error reply of [`Api::college_active_college_dept_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeActiveCollegeDeptGroupError = rt::ServiceError;
/// An error reply of [`Api::college_add_college_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeAddCollegeDeptError = rt::ServiceError;
/// An error reply of [`Api::college_add_manager`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeAddManagerError = rt::ServiceError;
/// An error reply of [`Api::college_add_student`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeAddStudentError = rt::ServiceError;
/// An error reply of [`Api::college_change_student_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeChangeStudentDeptError = rt::ServiceError;
/// An error reply of [`Api::college_delete_college_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeDeleteCollegeDeptError = rt::ServiceError;
/// An error reply of [`Api::college_list_college_sub_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeListCollegeSubDeptError = rt::ServiceError;
/// An error reply of [`Api::college_list_dept_manager`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeListDeptManagerError = rt::ServiceError;
/// An error reply of [`Api::college_list_student_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeListStudentInfoError = rt::ServiceError;
/// An error reply of [`Api::college_list_unchecked_student`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeListUncheckedStudentError = rt::ServiceError;
/// An error reply of [`Api::college_query_college_dept_group_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeQueryCollegeDeptGroupInfoError = rt::ServiceError;
/// An error reply of [`Api::college_query_college_dept_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeQueryCollegeDeptInfoError = rt::ServiceError;
/// An error reply of [`Api::college_query_student_info_by_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeQueryStudentInfoByDeptError = rt::ServiceError;
/// An error reply of [`Api::college_query_student_info_by_mobile`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeQueryStudentInfoByMobileError = rt::ServiceError;
/// An error reply of [`Api::college_query_student_info_by_student_id`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeQueryStudentInfoByStudentIdError = rt::ServiceError;
/// An error reply of [`Api::college_remove_manager`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeRemoveManagerError = rt::ServiceError;
/// An error reply of [`Api::college_remove_student`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeRemoveStudentError = rt::ServiceError;
/// An error reply of [`Api::college_update_college_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeUpdateCollegeDeptError = rt::ServiceError;
/// An error reply of [`Api::college_update_student_dept_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeUpdateStudentDeptInfoError = rt::ServiceError;
/// An error reply of [`Api::college_update_student_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeUpdateStudentInfoError = rt::ServiceError;
/// An error reply of [`Api::college_update_student_moblie`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CollegeUpdateStudentMoblieError = rt::ServiceError;
/// An error reply of [`Api::customize_contact_create`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomizeContactCreateError = rt::ServiceError;
/// An error reply of [`Api::customize_contact_delete`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomizeContactDeleteError = rt::ServiceError;
/// An error reply of [`Api::customize_contact_dept_create`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomizeContactDeptCreateError = rt::ServiceError;
/// An error reply of [`Api::customize_contact_dept_delete`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomizeContactDeptDeleteError = rt::ServiceError;
/// An error reply of [`Api::customize_contact_dept_group_create`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomizeContactDeptGroupCreateError = rt::ServiceError;
/// An error reply of [`Api::customize_contact_dept_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomizeContactDeptInfoError = rt::ServiceError;
/// An error reply of [`Api::customize_contact_dept_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomizeContactDeptListError = rt::ServiceError;
/// An error reply of [`Api::customize_contact_dept_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomizeContactDeptUpdateError = rt::ServiceError;
/// An error reply of [`Api::customize_contact_emp_add`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomizeContactEmpAddError = rt::ServiceError;
/// An error reply of [`Api::customize_contact_emp_delete`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomizeContactEmpDeleteError = rt::ServiceError;
/// An error reply of [`Api::customize_contact_emp_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomizeContactEmpListError = rt::ServiceError;
/// An error reply of [`Api::customize_contact_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomizeContactListError = rt::ServiceError;
/// An error reply of [`Api::customize_contact_update`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CustomizeContactUpdateError = rt::ServiceError;
/// An error reply of [`Api::d_igital_store_message_push`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DIgitalStoreMessagePushError = rt::ServiceError;
/// An error reply of [`Api::digital_store_card_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreCardRecordError = rt::ServiceError;
/// An error reply of [`Api::digital_store_contact_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreContactInfoError = rt::ServiceError;
/// An error reply of [`Api::digital_store_conversations`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreConversationsError = rt::ServiceError;
/// An error reply of [`Api::digital_store_export_card_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreExportCardRecordError = rt::ServiceError;
/// An error reply of [`Api::digital_store_export_card_record_detail`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreExportCardRecordDetailError = rt::ServiceError;
/// An error reply of [`Api::digital_store_group_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreGroupInfoError = rt::ServiceError;
/// An error reply of [`Api::digital_store_groups`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreGroupsError = rt::ServiceError;
/// An error reply of [`Api::digital_store_node_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreNodeInfoError = rt::ServiceError;
/// An error reply of [`Api::digital_store_query_conversation`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreQueryConversationError = rt::ServiceError;
/// An error reply of [`Api::digital_store_rights_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreRightsInfoError = rt::ServiceError;
/// An error reply of [`Api::digital_store_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreRolesError = rt::ServiceError;
/// An error reply of [`Api::digital_store_scene_scope`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreSceneScopeError = rt::ServiceError;
/// An error reply of [`Api::digital_store_store_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreStoreInfoError = rt::ServiceError;
/// An error reply of [`Api::digital_store_sub_nodes`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreSubNodesError = rt::ServiceError;
/// An error reply of [`Api::digital_store_update_auth_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreUpdateAuthInfoError = rt::ServiceError;
/// An error reply of [`Api::digital_store_user_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreUserInfoError = rt::ServiceError;
/// An error reply of [`Api::digital_store_users`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStoreUsersError = rt::ServiceError;
/// An error reply of [`Api::digital_storelist_export_task_record`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DigitalStorelistExportTaskRecordError = rt::ServiceError;
/// An error reply of [`Api::external_query_external_app_orgs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExternalQueryExternalAppOrgsError = rt::ServiceError;
/// An error reply of [`Api::external_query_external_belong_main_org`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExternalQueryExternalBelongMainOrgError = rt::ServiceError;
/// An error reply of [`Api::external_query_external_orgs`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ExternalQueryExternalOrgsError = rt::ServiceError;
/// An error reply of [`Api::get_convert_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetConvertResultError = rt::ServiceError;
/// An error reply of [`Api::get_task_package_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTaskPackageResultError = rt::ServiceError;
/// An error reply of [`Api::get_task_queue`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetTaskQueueError = rt::ServiceError;
/// An error reply of [`Api::hospital_data_check`]: the spec lists no error codes for it, so every code arrives as it is.
pub type HospitalDataCheckError = rt::ServiceError;
/// An error reply of [`Api::industry_manufacture_common_event`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryManufactureCommonEventError = rt::ServiceError;
/// An error reply of [`Api::industry_manufacture_cost_record_list_get`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryManufactureCostRecordListGetError = rt::ServiceError;
/// An error reply of [`Api::industry_manufacture_fee_list_get`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryManufactureFeeListGetError = rt::ServiceError;
/// An error reply of [`Api::industry_manufacture_labour_cost`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryManufactureLabourCostError = rt::ServiceError;
/// An error reply of [`Api::industry_manufacture_material_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryManufactureMaterialListError = rt::ServiceError;
/// An error reply of [`Api::industry_manufacture_mes_dispatch_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryManufactureMesDispatchTaskError = rt::ServiceError;
/// An error reply of [`Api::industry_manufacture_mes_material`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryManufactureMesMaterialError = rt::ServiceError;
/// An error reply of [`Api::industry_manufacture_mes_out_plan`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryManufactureMesOutPlanError = rt::ServiceError;
/// An error reply of [`Api::industry_manufacture_mes_output`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryManufactureMesOutputError = rt::ServiceError;
/// An error reply of [`Api::industry_manufacture_mes_process`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryManufactureMesProcessError = rt::ServiceError;
/// An error reply of [`Api::industry_manufacture_mes_production_plan`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryManufactureMesProductionPlanError = rt::ServiceError;
/// An error reply of [`Api::industry_manufacture_mes_sub_cooperation_team`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryManufactureMesSubCooperationTeamError = rt::ServiceError;
/// An error reply of [`Api::industry_manufacture_mes_team_mgmt`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryManufactureMesTeamMgmtError = rt::ServiceError;
/// An error reply of [`Api::industry_mmanufacture_material_cost_get`]: the spec lists no error codes for it, so every code arrives as it is.
pub type IndustryMmanufactureMaterialCostGetError = rt::ServiceError;
/// An error reply of [`Api::order_convert`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OrderConvertError = rt::ServiceError;
/// An error reply of [`Api::prompt_templates_operate`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PromptTemplatesOperateError = rt::ServiceError;
/// An error reply of [`Api::push_ding_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type PushDingMessageError = rt::ServiceError;
/// An error reply of [`Api::query_all_department`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAllDepartmentError = rt::ServiceError;
/// An error reply of [`Api::query_all_doctors`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAllDoctorsError = rt::ServiceError;
/// An error reply of [`Api::query_all_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAllGroupError = rt::ServiceError;
/// An error reply of [`Api::query_all_groups_in_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAllGroupsInDeptError = rt::ServiceError;
/// An error reply of [`Api::query_all_member_by_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAllMemberByDeptError = rt::ServiceError;
/// An error reply of [`Api::query_all_member_by_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryAllMemberByGroupError = rt::ServiceError;
/// An error reply of [`Api::query_biz_opt_log`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBizOptLogError = rt::ServiceError;
/// An error reply of [`Api::query_chat_aioxm_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryChatAIOXMInfoError = rt::ServiceError;
/// An error reply of [`Api::query_convert_rules`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryConvertRulesError = rt::ServiceError;
/// An error reply of [`Api::query_department_extend_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDepartmentExtendInfoError = rt::ServiceError;
/// An error reply of [`Api::query_department_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDepartmentInfoError = rt::ServiceError;
/// An error reply of [`Api::query_doctor_details_by_job_number`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryDoctorDetailsByJobNumberError = rt::ServiceError;
/// An error reply of [`Api::query_group_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryGroupInfoError = rt::ServiceError;
/// An error reply of [`Api::query_hospital_district_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryHospitalDistrictInfoError = rt::ServiceError;
/// An error reply of [`Api::query_hospital_role_user_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryHospitalRoleUserInfoError = rt::ServiceError;
/// An error reply of [`Api::query_hospital_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryHospitalRolesError = rt::ServiceError;
/// An error reply of [`Api::query_job_code_dictionary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryJobCodeDictionaryError = rt::ServiceError;
/// An error reply of [`Api::query_job_status_code_dictionary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryJobStatusCodeDictionaryError = rt::ServiceError;
/// An error reply of [`Api::query_medical_events`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryMedicalEventsError = rt::ServiceError;
/// An error reply of [`Api::query_order_convert_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryOrderConvertResultError = rt::ServiceError;
/// An error reply of [`Api::query_user_credentials`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserCredentialsError = rt::ServiceError;
/// An error reply of [`Api::query_user_ext_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserExtInfoError = rt::ServiceError;
/// An error reply of [`Api::query_user_extend_values`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserExtendValuesError = rt::ServiceError;
/// An error reply of [`Api::query_user_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserInfoError = rt::ServiceError;
/// An error reply of [`Api::query_user_prob_code_dictionary`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserProbCodeDictionaryError = rt::ServiceError;
/// An error reply of [`Api::query_user_roles`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryUserRolesError = rt::ServiceError;
/// An error reply of [`Api::save_user_extend_values`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SaveUserExtendValuesError = rt::ServiceError;
/// An error reply of [`Api::submit_task`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubmitTaskError = rt::ServiceError;
/// An error reply of [`Api::submit_task_package`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SubmitTaskPackageError = rt::ServiceError;
/// An error reply of [`Api::suppl_add_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplAddRoleError = rt::ServiceError;
/// An error reply of [`Api::supply_add_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyAddDeptError = rt::ServiceError;
/// An error reply of [`Api::supply_add_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyAddMemberError = rt::ServiceError;
/// An error reply of [`Api::supply_add_partner_admins`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyAddPartnerAdminsError = rt::ServiceError;
/// An error reply of [`Api::supply_add_partner_managers`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyAddPartnerManagersError = rt::ServiceError;
/// An error reply of [`Api::supply_add_partner_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyAddPartnerTypeError = rt::ServiceError;
/// An error reply of [`Api::supply_chain_delete_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyChainDeleteDeptError = rt::ServiceError;
/// An error reply of [`Api::supply_chain_query_dept_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyChainQueryDeptInfoError = rt::ServiceError;
/// An error reply of [`Api::supply_chain_update_dept_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyChainUpdateDeptInfoError = rt::ServiceError;
/// An error reply of [`Api::supply_delete_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyDeleteMemberError = rt::ServiceError;
/// An error reply of [`Api::supply_delete_partner_admins`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyDeletePartnerAdminsError = rt::ServiceError;
/// An error reply of [`Api::supply_delete_partner_managers`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyDeletePartnerManagersError = rt::ServiceError;
/// An error reply of [`Api::supply_delete_partner_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyDeletePartnerTypeError = rt::ServiceError;
/// An error reply of [`Api::supply_delete_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyDeleteRoleError = rt::ServiceError;
/// An error reply of [`Api::supply_get_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyGetMemberError = rt::ServiceError;
/// An error reply of [`Api::supply_list_dept_members`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyListDeptMembersError = rt::ServiceError;
/// An error reply of [`Api::supply_list_partner_admins`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyListPartnerAdminsError = rt::ServiceError;
/// An error reply of [`Api::supply_list_partner_managers`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyListPartnerManagersError = rt::ServiceError;
/// An error reply of [`Api::supply_list_partner_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyListPartnerTypeError = rt::ServiceError;
/// An error reply of [`Api::supply_list_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyListRoleError = rt::ServiceError;
/// An error reply of [`Api::supply_list_sub_dept`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyListSubDeptError = rt::ServiceError;
/// An error reply of [`Api::supply_query_partner_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyQueryPartnerTypeError = rt::ServiceError;
/// An error reply of [`Api::supply_update_member`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyUpdateMemberError = rt::ServiceError;
/// An error reply of [`Api::supply_update_partner_type`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyUpdatePartnerTypeError = rt::ServiceError;
/// An error reply of [`Api::supply_update_role`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SupplyUpdateRoleError = rt::ServiceError;
/// An error reply of [`Api::update_user_extend_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateUserExtendInfoError = rt::ServiceError;
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
        "AiRetailProductAdd" => {
            rt::conformance::reply(api.ai_retail_product_add(&inputs.request(true)?))
                .await
        }
        "AiRetailProductDelete" => {
            rt::conformance::reply(api.ai_retail_product_delete(&inputs.request(true)?))
                .await
        }
        "AiRetailProductImgUpload" => {
            rt::conformance::reply(
                    api.ai_retail_product_img_upload(&inputs.request(true)?),
                )
                .await
        }
        "AiRetailProductQuery" => {
            rt::conformance::reply(api.ai_retail_product_query(&inputs.request(false)?))
                .await
        }
        "AiRetailProductUpdate" => {
            rt::conformance::reply(api.ai_retail_product_update(&inputs.request(true)?))
                .await
        }
        "AiTrainingDetail" => {
            rt::conformance::reply(api.ai_training_detail(&inputs.request(true)?)).await
        }
        "AiTrainingRecord" => {
            rt::conformance::reply(api.ai_training_record(&inputs.request(true)?)).await
        }
        "BatchGetTaskResult" => {
            rt::conformance::reply(api.batch_get_task_result(&inputs.request(true)?))
                .await
        }
        "BusinessMatch" => {
            rt::conformance::reply(api.business_match(&inputs.request(true)?)).await
        }
        "BusinessMatchResult" => {
            rt::conformance::reply(api.business_match_result(&inputs.request(false)?))
                .await
        }
        "CampusAddRenterMember" => {
            rt::conformance::reply(api.campus_add_renter_member(&inputs.request(true)?))
                .await
        }
        "CampusCreateCampus" => {
            rt::conformance::reply(api.campus_create_campus(&inputs.request(true)?))
                .await
        }
        "CampusCreateCampusGroup" => {
            rt::conformance::reply(
                    api.campus_create_campus_group(&inputs.request(true)?),
                )
                .await
        }
        "CampusCreateRenter" => {
            rt::conformance::reply(api.campus_create_renter(&inputs.request(true)?))
                .await
        }
        "CampusDelRenterMember" => {
            rt::conformance::reply(api.campus_del_renter_member(&inputs.request(false)?))
                .await
        }
        "CampusDeleteCampusGroup" => {
            rt::conformance::reply(
                    api.campus_delete_campus_group(&inputs.request(false)?),
                )
                .await
        }
        "CampusDeleteRenter" => {
            rt::conformance::reply(api.campus_delete_renter(&inputs.request(false)?))
                .await
        }
        "CampusGetCampus" => {
            rt::conformance::reply(api.campus_get_campus(&inputs.request(false)?)).await
        }
        "CampusGetCampusGroup" => {
            rt::conformance::reply(api.campus_get_campus_group(&inputs.request(false)?))
                .await
        }
        "CampusGetRenter" => {
            rt::conformance::reply(api.campus_get_renter(&inputs.request(false)?)).await
        }
        "CampusGetRenterMember" => {
            rt::conformance::reply(api.campus_get_renter_member(&inputs.request(false)?))
                .await
        }
        "CampusListCampus" => {
            rt::conformance::reply(api.campus_list_campus(&inputs.request(false)?)).await
        }
        "CampusListCampusGroup" => {
            rt::conformance::reply(api.campus_list_campus_group()).await
        }
        "CampusListRenter" => rt::conformance::reply(api.campus_list_renter()).await,
        "CampusListRenterMembers" => {
            rt::conformance::reply(
                    api.campus_list_renter_members(&inputs.request(false)?),
                )
                .await
        }
        "CampusUpdateCampus" => {
            rt::conformance::reply(api.campus_update_campus(&inputs.request(true)?))
                .await
        }
        "CampusUpdateCampusGroup" => {
            rt::conformance::reply(
                    api.campus_update_campus_group(&inputs.request(true)?),
                )
                .await
        }
        "CampusUpdateRenter" => {
            rt::conformance::reply(api.campus_update_renter(&inputs.request(true)?))
                .await
        }
        "CampusUpdateRenterMember" => {
            rt::conformance::reply(
                    api.campus_update_renter_member(&inputs.request(true)?),
                )
                .await
        }
        "ChatAIAddDatasetPermission" => {
            rt::conformance::reply(
                    api.chat_ai_add_dataset_permission(&inputs.request(true)?),
                )
                .await
        }
        "ChatAIListDataset" => {
            rt::conformance::reply(api.chat_ai_list_dataset(&inputs.request(false)?))
                .await
        }
        "ChatAIQueryDatasetPermission" => {
            rt::conformance::reply(
                    api.chat_ai_query_dataset_permission(&inputs.request(false)?),
                )
                .await
        }
        "ChatAIRemoveDatasetPermission" => {
            rt::conformance::reply(
                    api.chat_ai_remove_dataset_permission(&inputs.request(true)?),
                )
                .await
        }
        "ChatAITextSentimentAnalysis" => {
            rt::conformance::reply(
                    api.chat_ai_text_sentiment_analysis(&inputs.request(true)?),
                )
                .await
        }
        "ChatAiQueryLogs" => {
            rt::conformance::reply(api.chat_ai_query_logs(&inputs.request(false)?)).await
        }
        "ChatAiTravelList" => {
            rt::conformance::reply(api.chat_ai_travel_list(&inputs.request(true)?)).await
        }
        "ChatFormGetDataForApiAccess" => {
            rt::conformance::reply(
                    api.chat_form_get_data_for_api_access(&inputs.request(false)?),
                )
                .await
        }
        "ChatMemoAddGeneralFile" => {
            rt::conformance::reply(
                    api.chat_memo_add_general_file(&inputs.request(true)?),
                )
                .await
        }
        "ChatMemoAddKnowledgeGraphNode" => {
            rt::conformance::reply(
                    api.chat_memo_add_knowledge_graph_node(&inputs.request(true)?),
                )
                .await
        }
        "ChatMemoAddKnowledgeGraphRelation" => {
            rt::conformance::reply(
                    api.chat_memo_add_knowledge_graph_relation(&inputs.request(true)?),
                )
                .await
        }
        "ChatMemoDeleteGeneralFile" => {
            rt::conformance::reply(
                    api.chat_memo_delete_general_file(&inputs.request(true)?),
                )
                .await
        }
        "ChatMemoDeleteKnowledgeGraphNode" => {
            rt::conformance::reply(
                    api.chat_memo_delete_knowledge_graph_node(&inputs.request(true)?),
                )
                .await
        }
        "ChatMemoDeleteKnowledgeGraphRelation" => {
            rt::conformance::reply(
                    api.chat_memo_delete_knowledge_graph_relation(&inputs.request(true)?),
                )
                .await
        }
        "ChatMemoFaqAdd" => {
            rt::conformance::reply(api.chat_memo_faq_add(&inputs.request(true)?)).await
        }
        "ChatMemoFaqDelete" => {
            rt::conformance::reply(api.chat_memo_faq_delete(&inputs.request(true)?))
                .await
        }
        "ChatMemoFaqList" => {
            rt::conformance::reply(api.chat_memo_faq_list(&inputs.request(false)?)).await
        }
        "ChatMemoGetFileList" => {
            rt::conformance::reply(api.chat_memo_get_file_list(&inputs.request(false)?))
                .await
        }
        "ChatMemoGetFileStatus" => {
            rt::conformance::reply(api.chat_memo_get_file_status(&inputs.request(true)?))
                .await
        }
        "ChatMemoQueryKnowledgeGraphNode" => {
            rt::conformance::reply(
                    api.chat_memo_query_knowledge_graph_node(&inputs.request(true)?),
                )
                .await
        }
        "ChatMemoQueryKnowledgeGraphRelation" => {
            rt::conformance::reply(
                    api.chat_memo_query_knowledge_graph_relation(&inputs.request(true)?),
                )
                .await
        }
        "ChatMemoUpdateKnowledgeGraphNode" => {
            rt::conformance::reply(
                    api.chat_memo_update_knowledge_graph_node(&inputs.request(true)?),
                )
                .await
        }
        "ChatMemoUpdateKnowledgeGraphRelation" => {
            rt::conformance::reply(
                    api.chat_memo_update_knowledge_graph_relation(&inputs.request(true)?),
                )
                .await
        }
        "CirclePostDetail" => {
            rt::conformance::reply(api.circle_post_detail(&inputs.request(true)?)).await
        }
        "CirclePostRecord" => {
            rt::conformance::reply(api.circle_post_record(&inputs.request(true)?)).await
        }
        "CollegeActiveCollegeDeptGroup" => {
            rt::conformance::reply(
                    api.college_active_college_dept_group(&inputs.request(false)?),
                )
                .await
        }
        "CollegeAddCollegeDept" => {
            rt::conformance::reply(api.college_add_college_dept(&inputs.request(false)?))
                .await
        }
        "CollegeAddManager" => {
            rt::conformance::reply(api.college_add_manager(&inputs.request(false)?))
                .await
        }
        "CollegeAddStudent" => {
            rt::conformance::reply(api.college_add_student(&inputs.request(true)?)).await
        }
        "CollegeChangeStudentDept" => {
            rt::conformance::reply(
                    api.college_change_student_dept(&inputs.request(false)?),
                )
                .await
        }
        "CollegeDeleteCollegeDept" => {
            rt::conformance::reply(
                    api.college_delete_college_dept(&inputs.request(false)?),
                )
                .await
        }
        "CollegeListCollegeSubDept" => {
            rt::conformance::reply(
                    api.college_list_college_sub_dept(&inputs.request(false)?),
                )
                .await
        }
        "CollegeListDeptManager" => {
            rt::conformance::reply(
                    api.college_list_dept_manager(&inputs.request(false)?),
                )
                .await
        }
        "CollegeListStudentInfo" => {
            rt::conformance::reply(
                    api.college_list_student_info(&inputs.request(false)?),
                )
                .await
        }
        "CollegeListUncheckedStudent" => {
            rt::conformance::reply(
                    api.college_list_unchecked_student(&inputs.request(false)?),
                )
                .await
        }
        "CollegeQueryCollegeDeptGroupInfo" => {
            rt::conformance::reply(
                    api.college_query_college_dept_group_info(&inputs.request(false)?),
                )
                .await
        }
        "CollegeQueryCollegeDeptInfo" => {
            rt::conformance::reply(
                    api.college_query_college_dept_info(&inputs.request(false)?),
                )
                .await
        }
        "CollegeQueryStudentInfoByDept" => {
            rt::conformance::reply(
                    api.college_query_student_info_by_dept(&inputs.request(false)?),
                )
                .await
        }
        "CollegeQueryStudentInfoByMobile" => {
            rt::conformance::reply(
                    api.college_query_student_info_by_mobile(&inputs.request(false)?),
                )
                .await
        }
        "CollegeQueryStudentInfoByStudentId" => {
            rt::conformance::reply(
                    api.college_query_student_info_by_student_id(&inputs.request(false)?),
                )
                .await
        }
        "CollegeRemoveManager" => {
            rt::conformance::reply(api.college_remove_manager(&inputs.request(false)?))
                .await
        }
        "CollegeRemoveStudent" => {
            rt::conformance::reply(api.college_remove_student(&inputs.request(false)?))
                .await
        }
        "CollegeUpdateCollegeDept" => {
            rt::conformance::reply(
                    api.college_update_college_dept(&inputs.request(false)?),
                )
                .await
        }
        "CollegeUpdateStudentDeptInfo" => {
            rt::conformance::reply(
                    api.college_update_student_dept_info(&inputs.request(false)?),
                )
                .await
        }
        "CollegeUpdateStudentInfo" => {
            rt::conformance::reply(
                    api.college_update_student_info(&inputs.request(true)?),
                )
                .await
        }
        "CollegeUpdateStudentMoblie" => {
            rt::conformance::reply(
                    api.college_update_student_moblie(&inputs.request(false)?),
                )
                .await
        }
        "CustomizeContactCreate" => {
            rt::conformance::reply(api.customize_contact_create(&inputs.request(true)?))
                .await
        }
        "CustomizeContactDelete" => {
            rt::conformance::reply(api.customize_contact_delete(&inputs.request(false)?))
                .await
        }
        "CustomizeContactDeptCreate" => {
            rt::conformance::reply(
                    api.customize_contact_dept_create(&inputs.request(true)?),
                )
                .await
        }
        "CustomizeContactDeptDelete" => {
            rt::conformance::reply(
                    api.customize_contact_dept_delete(&inputs.request(false)?),
                )
                .await
        }
        "CustomizeContactDeptGroupCreate" => {
            rt::conformance::reply(
                    api.customize_contact_dept_group_create(&inputs.request(true)?),
                )
                .await
        }
        "CustomizeContactDeptInfo" => {
            rt::conformance::reply(
                    api.customize_contact_dept_info(&inputs.request(false)?),
                )
                .await
        }
        "CustomizeContactDeptList" => {
            rt::conformance::reply(
                    api.customize_contact_dept_list(&inputs.request(false)?),
                )
                .await
        }
        "CustomizeContactDeptUpdate" => {
            rt::conformance::reply(
                    api.customize_contact_dept_update(&inputs.request(true)?),
                )
                .await
        }
        "CustomizeContactEmpAdd" => {
            rt::conformance::reply(api.customize_contact_emp_add(&inputs.request(true)?))
                .await
        }
        "CustomizeContactEmpDelete" => {
            rt::conformance::reply(
                    api.customize_contact_emp_delete(&inputs.request(true)?),
                )
                .await
        }
        "CustomizeContactEmpList" => {
            rt::conformance::reply(
                    api.customize_contact_emp_list(&inputs.request(false)?),
                )
                .await
        }
        "CustomizeContactList" => {
            rt::conformance::reply(api.customize_contact_list()).await
        }
        "CustomizeContactUpdate" => {
            rt::conformance::reply(api.customize_contact_update(&inputs.request(true)?))
                .await
        }
        "DIgitalStoreMessagePush" => {
            rt::conformance::reply(
                    api.d_igital_store_message_push(&inputs.request(false)?),
                )
                .await
        }
        "DigitalStoreCardRecord" => {
            rt::conformance::reply(api.digital_store_card_record(&inputs.request(true)?))
                .await
        }
        "DigitalStoreContactInfo" => {
            rt::conformance::reply(api.digital_store_contact_info()).await
        }
        "DigitalStoreConversations" => {
            rt::conformance::reply(
                    api.digital_store_conversations(&inputs.request(false)?),
                )
                .await
        }
        "DigitalStoreExportCardRecord" => {
            rt::conformance::reply(
                    api.digital_store_export_card_record(&inputs.request(true)?),
                )
                .await
        }
        "DigitalStoreExportCardRecordDetail" => {
            rt::conformance::reply(
                    api.digital_store_export_card_record_detail(&inputs.request(true)?),
                )
                .await
        }
        "DigitalStoreGroupInfo" => {
            rt::conformance::reply(api.digital_store_group_info(&inputs.request(false)?))
                .await
        }
        "DigitalStoreGroups" => rt::conformance::reply(api.digital_store_groups()).await,
        "DigitalStoreNodeInfo" => {
            rt::conformance::reply(api.digital_store_node_info(&inputs.request(false)?))
                .await
        }
        "DigitalStoreQueryConversation" => {
            rt::conformance::reply(
                    api.digital_store_query_conversation(&inputs.request(false)?),
                )
                .await
        }
        "DigitalStoreRightsInfo" => {
            rt::conformance::reply(api.digital_store_rights_info()).await
        }
        "DigitalStoreRoles" => rt::conformance::reply(api.digital_store_roles()).await,
        "DigitalStoreSceneScope" => {
            rt::conformance::reply(
                    api.digital_store_scene_scope(&inputs.request(false)?),
                )
                .await
        }
        "DigitalStoreStoreInfo" => {
            rt::conformance::reply(api.digital_store_store_info(&inputs.request(false)?))
                .await
        }
        "DigitalStoreSubNodes" => {
            rt::conformance::reply(api.digital_store_sub_nodes(&inputs.request(false)?))
                .await
        }
        "DigitalStoreUpdateAuthInfo" => {
            rt::conformance::reply(
                    api.digital_store_update_auth_info(&inputs.request(true)?),
                )
                .await
        }
        "DigitalStoreUserInfo" => {
            rt::conformance::reply(api.digital_store_user_info(&inputs.request(false)?))
                .await
        }
        "DigitalStoreUsers" => {
            rt::conformance::reply(api.digital_store_users(&inputs.request(false)?))
                .await
        }
        "DigitalStorelistExportTaskRecord" => {
            rt::conformance::reply(
                    api.digital_storelist_export_task_record(&inputs.request(false)?),
                )
                .await
        }
        "ExternalQueryExternalAppOrgs" => {
            rt::conformance::reply(
                    api.external_query_external_app_orgs(&inputs.request(false)?),
                )
                .await
        }
        "ExternalQueryExternalBelongMainOrg" => {
            rt::conformance::reply(
                    api.external_query_external_belong_main_org(&inputs.request(false)?),
                )
                .await
        }
        "ExternalQueryExternalOrgs" => {
            rt::conformance::reply(
                    api.external_query_external_orgs(&inputs.request(false)?),
                )
                .await
        }
        "GetConvertResult" => {
            rt::conformance::reply(api.get_convert_result(&inputs.request(true)?)).await
        }
        "GetTaskPackageResult" => {
            rt::conformance::reply(api.get_task_package_result(&inputs.request(true)?))
                .await
        }
        "GetTaskQueue" => {
            rt::conformance::reply(api.get_task_queue(&inputs.request(false)?)).await
        }
        "HospitalDataCheck" => {
            rt::conformance::reply(api.hospital_data_check(&inputs.request(true)?)).await
        }
        "IndustryManufactureCommonEvent" => {
            rt::conformance::reply(
                    api.industry_manufacture_common_event(&inputs.request(true)?),
                )
                .await
        }
        "IndustryManufactureCostRecordListGet" => {
            rt::conformance::reply(
                    api.industry_manufacture_cost_record_list_get(&inputs.request(true)?),
                )
                .await
        }
        "IndustryManufactureFeeListGet" => {
            rt::conformance::reply(
                    api.industry_manufacture_fee_list_get(&inputs.request(true)?),
                )
                .await
        }
        "IndustryManufactureLabourCost" => {
            rt::conformance::reply(
                    api.industry_manufacture_labour_cost(&inputs.request(true)?),
                )
                .await
        }
        "IndustryManufactureMaterialList" => {
            rt::conformance::reply(
                    api.industry_manufacture_material_list(&inputs.request(true)?),
                )
                .await
        }
        "IndustryManufactureMesDispatchTask" => {
            rt::conformance::reply(
                    api.industry_manufacture_mes_dispatch_task(&inputs.request(true)?),
                )
                .await
        }
        "IndustryManufactureMesMaterial" => {
            rt::conformance::reply(
                    api.industry_manufacture_mes_material(&inputs.request(true)?),
                )
                .await
        }
        "IndustryManufactureMesOutPlan" => {
            rt::conformance::reply(
                    api.industry_manufacture_mes_out_plan(&inputs.request(true)?),
                )
                .await
        }
        "IndustryManufactureMesOutput" => {
            rt::conformance::reply(
                    api.industry_manufacture_mes_output(&inputs.request(true)?),
                )
                .await
        }
        "IndustryManufactureMesProcess" => {
            rt::conformance::reply(
                    api.industry_manufacture_mes_process(&inputs.request(true)?),
                )
                .await
        }
        "IndustryManufactureMesProductionPlan" => {
            rt::conformance::reply(
                    api.industry_manufacture_mes_production_plan(&inputs.request(true)?),
                )
                .await
        }
        "IndustryManufactureMesSubCooperationTeam" => {
            rt::conformance::reply(
                    api
                        .industry_manufacture_mes_sub_cooperation_team(
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "IndustryManufactureMesTeamMgmt" => {
            rt::conformance::reply(
                    api.industry_manufacture_mes_team_mgmt(&inputs.request(true)?),
                )
                .await
        }
        "IndustryMmanufactureMaterialCostGet" => {
            rt::conformance::reply(
                    api.industry_mmanufacture_material_cost_get(&inputs.request(true)?),
                )
                .await
        }
        "OrderConvert" => {
            rt::conformance::reply(api.order_convert(&inputs.request(true)?)).await
        }
        "PromptTemplatesOperate" => {
            rt::conformance::reply(api.prompt_templates_operate(&inputs.request(true)?))
                .await
        }
        "PushDingMessage" => {
            rt::conformance::reply(api.push_ding_message(&inputs.request(true)?)).await
        }
        "QueryAllDepartment" => {
            rt::conformance::reply(api.query_all_department(&inputs.request(false)?))
                .await
        }
        "QueryAllDoctors" => {
            rt::conformance::reply(api.query_all_doctors(&inputs.request(false)?)).await
        }
        "QueryAllGroup" => {
            rt::conformance::reply(api.query_all_group(&inputs.request(false)?)).await
        }
        "QueryAllGroupsInDept" => {
            rt::conformance::reply(
                    api
                        .query_all_groups_in_dept(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryAllMemberByDept" => {
            rt::conformance::reply(
                    api
                        .query_all_member_by_dept(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryAllMemberByGroup" => {
            rt::conformance::reply(
                    api
                        .query_all_member_by_group(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryBizOptLog" => {
            rt::conformance::reply(api.query_biz_opt_log(&inputs.request(false)?)).await
        }
        "QueryChatAIOXMInfo" => {
            rt::conformance::reply(api.query_chat_aioxm_info(&inputs.request(true)?))
                .await
        }
        "QueryConvertRules" => {
            rt::conformance::reply(api.query_convert_rules(&inputs.request(true)?)).await
        }
        "QueryDepartmentExtendInfo" => {
            rt::conformance::reply(
                    api.query_department_extend_info(&inputs.request(false)?),
                )
                .await
        }
        "QueryDepartmentInfo" => {
            rt::conformance::reply(api.query_department_info(inputs.path(0usize)?)).await
        }
        "QueryDoctorDetailsByJobNumber" => {
            rt::conformance::reply(
                    api
                        .query_doctor_details_by_job_number(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "QueryGroupInfo" => {
            rt::conformance::reply(api.query_group_info(inputs.path(0usize)?)).await
        }
        "QueryHospitalDistrictInfo" => {
            rt::conformance::reply(
                    api.query_hospital_district_info(&inputs.request(false)?),
                )
                .await
        }
        "QueryHospitalRoleUserInfo" => {
            rt::conformance::reply(
                    api.query_hospital_role_user_info(&inputs.request(false)?),
                )
                .await
        }
        "QueryHospitalRoles" => rt::conformance::reply(api.query_hospital_roles()).await,
        "QueryJobCodeDictionary" => {
            rt::conformance::reply(api.query_job_code_dictionary()).await
        }
        "QueryJobStatusCodeDictionary" => {
            rt::conformance::reply(api.query_job_status_code_dictionary()).await
        }
        "QueryMedicalEvents" => rt::conformance::reply(api.query_medical_events()).await,
        "QueryOrderConvertResult" => {
            rt::conformance::reply(
                    api.query_order_convert_result(&inputs.request(true)?),
                )
                .await
        }
        "QueryUserCredentials" => {
            rt::conformance::reply(api.query_user_credentials(&inputs.request(true)?))
                .await
        }
        "QueryUserExtInfo" => {
            rt::conformance::reply(api.query_user_ext_info(inputs.path(0usize)?)).await
        }
        "QueryUserExtendValues" => {
            rt::conformance::reply(api.query_user_extend_values(&inputs.request(true)?))
                .await
        }
        "QueryUserInfo" => {
            rt::conformance::reply(
                    api.query_user_info(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "QueryUserProbCodeDictionary" => {
            rt::conformance::reply(api.query_user_prob_code_dictionary()).await
        }
        "QueryUserRoles" => {
            rt::conformance::reply(api.query_user_roles(inputs.path(0usize)?)).await
        }
        "SaveUserExtendValues" => {
            rt::conformance::reply(
                    api
                        .save_user_extend_values(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "SubmitTask" => {
            rt::conformance::reply(api.submit_task(&inputs.request(true)?)).await
        }
        "SubmitTaskPackage" => {
            rt::conformance::reply(api.submit_task_package(&inputs.request(true)?)).await
        }
        "SupplAddRole" => {
            rt::conformance::reply(api.suppl_add_role(&inputs.request(false)?)).await
        }
        "SupplyAddDept" => {
            rt::conformance::reply(api.supply_add_dept(&inputs.request(false)?)).await
        }
        "SupplyAddMember" => {
            rt::conformance::reply(api.supply_add_member(&inputs.request(false)?)).await
        }
        "SupplyAddPartnerAdmins" => {
            rt::conformance::reply(
                    api.supply_add_partner_admins(&inputs.request(false)?),
                )
                .await
        }
        "SupplyAddPartnerManagers" => {
            rt::conformance::reply(
                    api.supply_add_partner_managers(&inputs.request(false)?),
                )
                .await
        }
        "SupplyAddPartnerType" => {
            rt::conformance::reply(api.supply_add_partner_type(&inputs.request(false)?))
                .await
        }
        "SupplyChainDeleteDept" => {
            rt::conformance::reply(api.supply_chain_delete_dept(&inputs.request(false)?))
                .await
        }
        "SupplyChainQueryDeptInfo" => {
            rt::conformance::reply(
                    api.supply_chain_query_dept_info(&inputs.request(false)?),
                )
                .await
        }
        "SupplyChainUpdateDeptInfo" => {
            rt::conformance::reply(
                    api.supply_chain_update_dept_info(&inputs.request(true)?),
                )
                .await
        }
        "SupplyDeleteMember" => {
            rt::conformance::reply(api.supply_delete_member(&inputs.request(false)?))
                .await
        }
        "SupplyDeletePartnerAdmins" => {
            rt::conformance::reply(
                    api.supply_delete_partner_admins(&inputs.request(false)?),
                )
                .await
        }
        "SupplyDeletePartnerManagers" => {
            rt::conformance::reply(
                    api.supply_delete_partner_managers(&inputs.request(false)?),
                )
                .await
        }
        "SupplyDeletePartnerType" => {
            rt::conformance::reply(
                    api.supply_delete_partner_type(&inputs.request(false)?),
                )
                .await
        }
        "SupplyDeleteRole" => {
            rt::conformance::reply(api.supply_delete_role(&inputs.request(false)?)).await
        }
        "SupplyGetMember" => {
            rt::conformance::reply(api.supply_get_member(&inputs.request(false)?)).await
        }
        "SupplyListDeptMembers" => {
            rt::conformance::reply(api.supply_list_dept_members(&inputs.request(false)?))
                .await
        }
        "SupplyListPartnerAdmins" => {
            rt::conformance::reply(
                    api.supply_list_partner_admins(&inputs.request(false)?),
                )
                .await
        }
        "SupplyListPartnerManagers" => {
            rt::conformance::reply(
                    api.supply_list_partner_managers(&inputs.request(false)?),
                )
                .await
        }
        "SupplyListPartnerType" => {
            rt::conformance::reply(api.supply_list_partner_type(&inputs.request(false)?))
                .await
        }
        "SupplyListRole" => {
            rt::conformance::reply(api.supply_list_role(&inputs.request(false)?)).await
        }
        "SupplyListSubDept" => {
            rt::conformance::reply(api.supply_list_sub_dept(&inputs.request(false)?))
                .await
        }
        "SupplyQueryPartnerType" => {
            rt::conformance::reply(
                    api.supply_query_partner_type(&inputs.request(false)?),
                )
                .await
        }
        "SupplyUpdateMember" => {
            rt::conformance::reply(api.supply_update_member(&inputs.request(true)?))
                .await
        }
        "SupplyUpdatePartnerType" => {
            rt::conformance::reply(
                    api.supply_update_partner_type(&inputs.request(false)?),
                )
                .await
        }
        "SupplyUpdateRole" => {
            rt::conformance::reply(api.supply_update_role(&inputs.request(false)?)).await
        }
        "UpdateUserExtendInfo" => {
            rt::conformance::reply(
                    api
                        .update_user_extend_info(
                            inputs.path(0usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
