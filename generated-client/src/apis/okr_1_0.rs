// @generated from api-spec/okr_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! OKR：目标、对齐与权限。
//!
//! 21 operations, methods of [`Api`] (`client.okr_1_0()`), behind the cargo feature `okr_1_0`; its paths start with `/v1.0/okr/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `okr_1_0`. Get it with `client.okr_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 增加对齐目标
    ///
    /// `POST /v1.0/okr/objectives/{objectiveId}/alignments`: DingTalk's `AlignObjective` (module feature `okr_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `objective_id`: `{objectiveId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AlignObjective")]
    #[doc(alias = "/v1.0/okr/objectives/{objectiveId}/alignments")]
    #[doc(alias = "POST /v1.0/okr/objectives/{objectiveId}/alignments")]
    pub fn align_objective(
        &self,
        objective_id: &str,
        request: &AlignObjectiveRequest,
    ) -> rt::Call<AlignObjectiveResponseBody, AlignObjectiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AlignObjective",
            rt::Method::Post,
            "/v1.0/okr/objectives/{objectiveId}/alignments",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[objective_id], request)
    }
    /// 批量添加权限信息
    ///
    /// `POST /v1.0/okr/permissions/batch`: DingTalk's `BatchAddPermission` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchAddPermission")]
    #[doc(alias = "/v1.0/okr/permissions/batch")]
    #[doc(alias = "POST /v1.0/okr/permissions/batch")]
    pub fn batch_add_permission(
        &self,
        request: &BatchAddPermissionRequest,
    ) -> rt::Call<BatchAddPermissionResponseBody, BatchAddPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchAddPermission",
            rt::Method::Post,
            "/v1.0/okr/permissions/batch",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询目标
    ///
    /// `POST /v1.0/okr/objectives/query`: DingTalk's `BatchQueryObjective` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchQueryObjective")]
    #[doc(alias = "/v1.0/okr/objectives/query")]
    #[doc(alias = "POST /v1.0/okr/objectives/query")]
    pub fn batch_query_objective(
        &self,
        request: &BatchQueryObjectiveRequest,
    ) -> rt::Call<BatchQueryObjectiveResponseBody, BatchQueryObjectiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryObjective",
            rt::Method::Post,
            "/v1.0/okr/objectives/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询用户信息
    ///
    /// `POST /v1.0/okr/users/query`: DingTalk's `BatchQueryUser` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchQueryUser")]
    #[doc(alias = "/v1.0/okr/users/query")]
    #[doc(alias = "POST /v1.0/okr/users/query")]
    pub fn batch_query_user(
        &self,
        request: &BatchQueryUserRequest,
    ) -> rt::Call<BatchQueryUserResponseBody, BatchQueryUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryUser",
            rt::Method::Post,
            "/v1.0/okr/users/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建keyResult
    ///
    /// `POST /v1.0/okr/keyResults`: DingTalk's `CreateKeyResult` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateKeyResult")]
    #[doc(alias = "/v1.0/okr/keyResults")]
    #[doc(alias = "POST /v1.0/okr/keyResults")]
    pub fn create_key_result(
        &self,
        request: &CreateKeyResultRequest,
    ) -> rt::Call<CreateKeyResultResponseBody, CreateKeyResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateKeyResult",
            rt::Method::Post,
            "/v1.0/okr/keyResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 创建目标
    ///
    /// `POST /v1.0/okr/objectives`: DingTalk's `CreateObjective` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateObjective")]
    #[doc(alias = "/v1.0/okr/objectives")]
    #[doc(alias = "POST /v1.0/okr/objectives")]
    pub fn create_objective(
        &self,
        request: &CreateObjectiveRequest,
    ) -> rt::Call<CreateObjectiveResponseBody, CreateObjectiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateObjective",
            rt::Method::Post,
            "/v1.0/okr/objectives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除keyresult的方法
    ///
    /// `DELETE /v1.0/okr/keyResults`: DingTalk's `DeleteKeyResult` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteKeyResult")]
    #[doc(alias = "/v1.0/okr/keyResults")]
    #[doc(alias = "DELETE /v1.0/okr/keyResults")]
    pub fn delete_key_result(
        &self,
        request: &DeleteKeyResultRequest,
    ) -> rt::Call<DeleteKeyResultResponseBody, DeleteKeyResultError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteKeyResult",
            rt::Method::Delete,
            "/v1.0/okr/keyResults",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除目标
    ///
    /// `DELETE /v1.0/okr/objectives/{objectiveId}`: DingTalk's `DeleteObjective` (module feature `okr_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `objective_id`: `{objectiveId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteObjective")]
    #[doc(alias = "/v1.0/okr/objectives/{objectiveId}")]
    #[doc(alias = "DELETE /v1.0/okr/objectives/{objectiveId}")]
    pub fn delete_objective(
        &self,
        objective_id: &str,
        request: &DeleteObjectiveRequest,
    ) -> rt::Call<DeleteObjectiveResponseBody, DeleteObjectiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteObjective",
            rt::Method::Delete,
            "/v1.0/okr/objectives/{objectiveId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[objective_id], request)
    }
    /// 删除权限信息
    ///
    /// `DELETE /v1.0/okr/permissions/delete`: DingTalk's `DeletePermission` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeletePermission")]
    #[doc(alias = "/v1.0/okr/permissions/delete")]
    #[doc(alias = "DELETE /v1.0/okr/permissions/delete")]
    pub fn delete_permission(
        &self,
        request: &DeletePermissionRequest,
    ) -> rt::Call<DeletePermissionResponseBody, DeletePermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeletePermission",
            rt::Method::Delete,
            "/v1.0/okr/permissions/delete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取周期列表
    ///
    /// `GET /v1.0/okr/periods`: DingTalk's `GetPeriodList` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPeriodList")]
    #[doc(alias = "/v1.0/okr/periods")]
    #[doc(alias = "GET /v1.0/okr/periods")]
    pub fn get_period_list(
        &self,
    ) -> rt::Call<GetPeriodListResponseBody, GetPeriodListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPeriodList",
            rt::Method::Get,
            "/v1.0/okr/periods",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 获取权限信息
    ///
    /// `GET /v1.0/okr/permissions`: DingTalk's `GetPermission` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetPermission")]
    #[doc(alias = "/v1.0/okr/permissions")]
    #[doc(alias = "GET /v1.0/okr/permissions")]
    pub fn get_permission(
        &self,
        request: &GetPermissionRequest,
    ) -> rt::Call<GetPermissionResponseBody, GetPermissionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetPermission",
            rt::Method::Get,
            "/v1.0/okr/permissions",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 获取用户当前周期下的全部 OKR 内容
    ///
    /// `GET /v1.0/okr/users/okrs`: DingTalk's `GetUserOkr` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::get_user_okr_pages`].
    #[doc(alias = "GetUserOkr")]
    #[doc(alias = "/v1.0/okr/users/okrs")]
    #[doc(alias = "GET /v1.0/okr/users/okrs")]
    pub fn get_user_okr(
        &self,
        request: &GetUserOkrRequest,
    ) -> rt::Call<GetUserOkrResponseBody, GetUserOkrError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetUserOkr",
            rt::Method::Get,
            "/v1.0/okr/users/okrs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询OKR
    ///
    /// `POST /v1.0/okr/pro/objectives/query`: DingTalk's `OkrObjectivesBatch` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OkrObjectivesBatch")]
    #[doc(alias = "/v1.0/okr/pro/objectives/query")]
    #[doc(alias = "POST /v1.0/okr/pro/objectives/query")]
    pub fn okr_objectives_batch(
        &self,
        request: &OkrObjectivesBatchRequest,
    ) -> rt::Call<OkrObjectivesBatchResponseBody, OkrObjectivesBatchError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OkrObjectivesBatch",
            rt::Method::Post,
            "/v1.0/okr/pro/objectives/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询单个用户的OKR
    ///
    /// `GET /v1.0/okr/pro/users/{dingUserId}/objectives`: DingTalk's `OkrObjectivesByUser` (module feature `okr_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `ding_user_id`: `{dingUserId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::okr_objectives_by_user_pages`].
    #[doc(alias = "OkrObjectivesByUser")]
    #[doc(alias = "/v1.0/okr/pro/users/{dingUserId}/objectives")]
    #[doc(alias = "GET /v1.0/okr/pro/users/{dingUserId}/objectives")]
    pub fn okr_objectives_by_user(
        &self,
        ding_user_id: &str,
        request: &OkrObjectivesByUserRequest,
    ) -> rt::Call<OkrObjectivesByUserResponseBody, OkrObjectivesByUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OkrObjectivesByUser",
            rt::Method::Get,
            "/v1.0/okr/pro/users/{dingUserId}/objectives",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[ding_user_id], request)
    }
    /// 获取 OKR 周期
    ///
    /// `GET /v1.0/okr/pro/periods`: DingTalk's `OkrPeriods` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::okr_periods_pages`].
    #[doc(alias = "OkrPeriods")]
    #[doc(alias = "/v1.0/okr/pro/periods")]
    #[doc(alias = "GET /v1.0/okr/pro/periods")]
    pub fn okr_periods(
        &self,
        request: &OkrPeriodsRequest,
    ) -> rt::Call<OkrPeriodsResponseBody, OkrPeriodsError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OkrPeriods",
            rt::Method::Get,
            "/v1.0/okr/pro/periods",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 取消对齐Objective
    ///
    /// `POST /v1.0/okr/objectives/{objectiveId}/alignments/cancel`: DingTalk's `UnAlignObjective` (module feature `okr_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `objective_id`: `{objectiveId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UnAlignObjective")]
    #[doc(alias = "/v1.0/okr/objectives/{objectiveId}/alignments/cancel")]
    #[doc(alias = "POST /v1.0/okr/objectives/{objectiveId}/alignments/cancel")]
    pub fn un_align_objective(
        &self,
        objective_id: &str,
        request: &UnAlignObjectiveRequest,
    ) -> rt::Call<UnAlignObjectiveResponseBody, UnAlignObjectiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UnAlignObjective",
            rt::Method::Post,
            "/v1.0/okr/objectives/{objectiveId}/alignments/cancel",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[objective_id], request)
    }
    /// 更改KR内容
    ///
    /// `PUT /v1.0/okr/keyResults/contents`: DingTalk's `UpdateKROfContent` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateKROfContent")]
    #[doc(alias = "/v1.0/okr/keyResults/contents")]
    #[doc(alias = "PUT /v1.0/okr/keyResults/contents")]
    pub fn update_kr_of_content(
        &self,
        request: &UpdateKROfContentRequest,
    ) -> rt::Call<UpdateKROfContentResponseBody, UpdateKROfContentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateKROfContent",
            rt::Method::Put,
            "/v1.0/okr/keyResults/contents",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更改KR分数
    ///
    /// `PUT /v1.0/okr/keyResults/scores`: DingTalk's `UpdateKROfScore` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateKROfScore")]
    #[doc(alias = "/v1.0/okr/keyResults/scores")]
    #[doc(alias = "PUT /v1.0/okr/keyResults/scores")]
    pub fn update_kr_of_score(
        &self,
        request: &UpdateKROfScoreRequest,
    ) -> rt::Call<UpdateKROfScoreResponseBody, UpdateKROfScoreError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateKROfScore",
            rt::Method::Put,
            "/v1.0/okr/keyResults/scores",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更改 KR 权重
    ///
    /// `PUT /v1.0/okr/keyResults/weights`: DingTalk's `UpdateKROfWeight` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateKROfWeight")]
    #[doc(alias = "/v1.0/okr/keyResults/weights")]
    #[doc(alias = "PUT /v1.0/okr/keyResults/weights")]
    pub fn update_kr_of_weight(
        &self,
        request: &UpdateKROfWeightRequest,
    ) -> rt::Call<UpdateKROfWeightResponseBody, UpdateKROfWeightError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateKROfWeight",
            rt::Method::Put,
            "/v1.0/okr/keyResults/weights",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 更新目标
    ///
    /// `PUT /v1.0/okr/objectives/{objectiveId}`: DingTalk's `UpdateObjective` (module feature `okr_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `objective_id`: `{objectiveId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateObjective")]
    #[doc(alias = "/v1.0/okr/objectives/{objectiveId}")]
    #[doc(alias = "PUT /v1.0/okr/objectives/{objectiveId}")]
    pub fn update_objective(
        &self,
        objective_id: &str,
        request: &UpdateObjectiveRequest,
    ) -> rt::Call<UpdateObjectiveResponseBody, UpdateObjectiveError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateObjective",
            rt::Method::Put,
            "/v1.0/okr/objectives/{objectiveId}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[objective_id], request)
    }
    /// 更新资源隐私策略
    ///
    /// `PUT /v1.0/okr/permissions/privacies`: DingTalk's `UpdatePrivacy` (module feature `okr_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdatePrivacy")]
    #[doc(alias = "/v1.0/okr/permissions/privacies")]
    #[doc(alias = "PUT /v1.0/okr/permissions/privacies")]
    pub fn update_privacy(
        &self,
        request: &UpdatePrivacyRequest,
    ) -> rt::Call<UpdatePrivacyResponseBody, UpdatePrivacyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdatePrivacy",
            rt::Method::Put,
            "/v1.0/okr/permissions/privacies",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// Every page of [`Api::get_user_okr`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `data.totalCount` items are read. Items: `data.list` of each page.
    pub fn get_user_okr_pages(
        &self,
        request: &GetUserOkrRequest,
    ) -> rt::Paginator<
        GetUserOkrResponseBody,
        GetUserOkrError,
        GetUserOkrResponseBodyDataList,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["data", "list"],
            &[],
            &["data", "totalCount"],
        );
        rt::Paginator::new(self.get_user_okr(request), &PAGING)
    }
    /// Every page of [`Api::okr_objectives_by_user`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `content.totalCount` items are read. Items: `content.result` of each page.
    pub fn okr_objectives_by_user_pages(
        &self,
        ding_user_id: &str,
        request: &OkrObjectivesByUserRequest,
    ) -> rt::Paginator<
        OkrObjectivesByUserResponseBody,
        OkrObjectivesByUserError,
        OpenObjectiveDTO,
    > {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content", "result"],
            &[],
            &["content", "totalCount"],
        );
        rt::Paginator::new(self.okr_objectives_by_user(ding_user_id, request), &PAGING)
    }
    /// Every page of [`Api::okr_periods`]: the call again with the page number `pageNumber` one more (from the request's, else 1), until a page is empty or `content.totalCount` items are read. Items: `content.result` of each page.
    pub fn okr_periods_pages(
        &self,
        request: &OkrPeriodsRequest,
    ) -> rt::Paginator<OkrPeriodsResponseBody, OkrPeriodsError, OpenPeriodDTO> {
        static PAGING: rt::Paging = rt::Paging::counted(
            rt::PageMode::Number,
            "pageNumber",
            true,
            "pageSize",
            true,
            &["content", "result"],
            &[],
            &["content", "totalCount"],
        );
        rt::Paginator::new(self.okr_periods(request), &PAGING)
    }
}
/// `AlignObjectiveResponseBody`, a model several operations share: also named [`UnAlignObjectiveResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AlignObjectiveResponseBody {
    /// `data`.
    pub data: Option<AlignObjectiveResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AlignObjectiveResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AlignObjectiveResponseBody { "data" => optional(data), "success" => optional(success)
    }
}
/// `BatchAddPermissionRequestList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchAddPermissionRequestList {
    /// `member`.
    pub member: BatchAddPermissionRequestListMember,
    /// `policyType`.
    pub policy_type: i64,
}
/// The required fields of [`BatchAddPermissionRequestList`], each named where it is set: `BatchAddPermissionRequestList::new(BatchAddPermissionRequestListRequired { .. })`.
pub struct BatchAddPermissionRequestListRequired {
    /// `member`: see [`BatchAddPermissionRequestList::member`].
    pub member: BatchAddPermissionRequestListMember,
    /// `policyType`: see [`BatchAddPermissionRequestList::policy_type`].
    pub policy_type: i64,
}
impl BatchAddPermissionRequestList {
    /// A `BatchAddPermissionRequestList` with its required fields (`member`, `policyType`); set the others with the methods named after them.
    pub fn new(required: BatchAddPermissionRequestListRequired) -> Self {
        let BatchAddPermissionRequestListRequired { member, policy_type } = required;
        Self { member, policy_type }
    }
}
rt::impl_serialize! {
    BatchAddPermissionRequestList { "member" => field(member), "policyType" =>
    field(policy_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddPermissionRequestList { "member" => read_field(member), "policyType" =>
    read_field(policy_type) }
}
/// `BatchAddPermissionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchAddPermissionResponseBody {
    /// `data`.
    pub data: Option<BatchAddPermissionResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BatchAddPermissionResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchAddPermissionResponseBody { "data" => optional(data), "success" =>
    optional(success) }
}
/// `BatchQueryObjectiveResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryObjectiveResponseBody {
    /// `data`.
    pub data: Option<Vec<BatchQueryObjectiveResponseBodyData>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BatchQueryObjectiveResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryObjectiveResponseBody { "data" => optional(data), "success" =>
    optional(success) }
}
/// `BatchQueryUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryUserResponseBody {
    /// `data`.
    pub data: Option<Vec<BatchQueryUserResponseBodyData>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    BatchQueryUserResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryUserResponseBody { "data" => optional(data), "success" => optional(success)
    }
}
/// `CreateKeyResultResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateKeyResultResponseBody {
    /// `data`.
    pub data: Option<CreateKeyResultResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateKeyResultResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateKeyResultResponseBody { "data" => optional(data), "success" =>
    optional(success) }
}
/// `CreateObjectiveResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateObjectiveResponseBody {
    /// `data`.
    pub data: Option<CreateObjectiveResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateObjectiveResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateObjectiveResponseBody { "data" => optional(data), "success" =>
    optional(success) }
}
/// `DeleteKeyResultResponseBody`, a model several operations share: also named [`UpdateKROfContentResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteKeyResultResponseBody {
    /// `data`.
    pub data: Option<bool>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteKeyResultResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteKeyResultResponseBody { "data" => optional(data), "success" =>
    optional(success) }
}
/// `DeleteObjectiveResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteObjectiveResponseBody {
    /// `data`.
    pub data: Option<DeleteObjectiveResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeleteObjectiveResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteObjectiveResponseBody { "data" => optional(data), "success" =>
    optional(success) }
}
/// `DeletePermissionResponseBody`, a model several operations share: also named [`GetPermissionResponseBody`], [`UpdatePrivacyResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeletePermissionResponseBody {
    /// `data`.
    pub data: Option<DeletePermissionResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    DeletePermissionResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeletePermissionResponseBody { "data" => optional(data), "success" =>
    optional(success) }
}
/// `GetPeriodListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPeriodListResponseBody {
    /// `data`.
    pub data: Option<GetPeriodListResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetPeriodListResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPeriodListResponseBody { "data" => optional(data), "success" => optional(success)
    }
}
/// `GetPermissionResponseBody`: the same model as [`DeletePermissionResponseBody`].
pub type GetPermissionResponseBody = DeletePermissionResponseBody;
/// `GetUserOkrResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserOkrResponseBody {
    /// `data`.
    pub data: Option<GetUserOkrResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    GetUserOkrResponseBody { "data" => read_field(data), "success" => read_field(success)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserOkrResponseBody { "data" => optional(data), "success" => optional(success) }
}
/// `OkrObjectivesBatchResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OkrObjectivesBatchResponseBody {
    /// `content`.
    pub content: Option<Vec<OpenObjectiveDTO>>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    OkrObjectivesBatchResponseBody { "content" => read_field(content), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OkrObjectivesBatchResponseBody { "content" => optional(content), "success" =>
    optional(success) }
}
/// `OkrObjectivesByUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OkrObjectivesByUserResponseBody {
    /// `content`.
    pub content: Option<OkrObjectivesByUserResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    OkrObjectivesByUserResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OkrObjectivesByUserResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `OkrPeriodsResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OkrPeriodsResponseBody {
    /// `content`.
    pub content: Option<OkrPeriodsResponseBodyContent>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    OkrPeriodsResponseBody { "content" => read_field(content), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OkrPeriodsResponseBody { "content" => optional(content), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `UnAlignObjectiveResponseBody`: the same model as [`AlignObjectiveResponseBody`].
pub type UnAlignObjectiveResponseBody = AlignObjectiveResponseBody;
/// `UpdateKROfContentResponseBody`: the same model as [`DeleteKeyResultResponseBody`].
pub type UpdateKROfContentResponseBody = DeleteKeyResultResponseBody;
/// `UpdateKROfScoreResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateKROfScoreResponseBody {
    /// `data`.
    pub data: Option<UpdateKROfScoreResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UpdateKROfScoreResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateKROfScoreResponseBody { "data" => optional(data), "success" =>
    optional(success) }
}
/// `UpdateKROfWeightResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateKROfWeightResponseBody {
    /// `data`.
    pub data: Option<UpdateKROfWeightResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UpdateKROfWeightResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateKROfWeightResponseBody { "data" => optional(data), "success" =>
    optional(success) }
}
/// `UpdateObjectiveResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateObjectiveResponseBody {
    /// `data`.
    pub data: Option<UpdateObjectiveResponseBodyData>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    UpdateObjectiveResponseBody { "data" => read_field(data), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateObjectiveResponseBody { "data" => optional(data), "success" =>
    optional(success) }
}
/// `UpdatePrivacyResponseBody`: the same model as [`DeletePermissionResponseBody`].
pub type UpdatePrivacyResponseBody = DeletePermissionResponseBody;
/// `AlignObjectiveResponseBodyData`, a model several operations share: also named [`UnAlignObjectiveResponseBodyData`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AlignObjectiveResponseBodyData {
    /// `alignId`.
    pub align_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
}
rt::impl_deserialize! {
    AlignObjectiveResponseBodyData { "alignId" => read_field(align_id), "id" =>
    read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AlignObjectiveResponseBodyData { "alignId" => optional(align_id), "id" =>
    optional(id) }
}
/// `BatchAddPermissionRequestListMember`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchAddPermissionRequestListMember {
    /// `id`.
    pub id: String,
    /// `type`.
    pub r#type: String,
}
/// The required fields of [`BatchAddPermissionRequestListMember`], each named where it is set: `BatchAddPermissionRequestListMember::new(BatchAddPermissionRequestListMemberRequired { .. })`.
pub struct BatchAddPermissionRequestListMemberRequired {
    /// `id`: see [`BatchAddPermissionRequestListMember::id`].
    pub id: String,
    /// `type`: see [`BatchAddPermissionRequestListMember::r#type`](BatchAddPermissionRequestListMember::type).
    pub r#type: String,
}
impl BatchAddPermissionRequestListMember {
    /// A `BatchAddPermissionRequestListMember` with its required fields (`id`, `type`); set the others with the methods named after them.
    pub fn new(required: BatchAddPermissionRequestListMemberRequired) -> Self {
        let BatchAddPermissionRequestListMemberRequired { id, r#type } = required;
        Self { id, r#type }
    }
}
rt::impl_serialize! {
    BatchAddPermissionRequestListMember { "id" => field(id), "type" => field(r#type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddPermissionRequestListMember { "id" => read_field(id), "type" =>
    read_field(r#type) }
}
/// `BatchAddPermissionResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchAddPermissionResponseBodyData {
    /// `hasInvalidUser`.
    pub has_invalid_user: Option<bool>,
    /// `permissionTree`.
    pub permission_tree: Option<BatchAddPermissionResponseBodyDataPermissionTree>,
}
rt::impl_deserialize! {
    BatchAddPermissionResponseBodyData { "hasInvalidUser" =>
    read_field(has_invalid_user), "permissionTree" => read_field(permission_tree) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchAddPermissionResponseBodyData { "hasInvalidUser" => optional(has_invalid_user),
    "permissionTree" => optional(permission_tree) }
}
/// `BatchQueryObjectiveResponseBodyData`, a model several operations share: also named [`GetUserOkrResponseBodyDataList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryObjectiveResponseBodyData {
    /// `alignFromIds`.
    pub align_from_ids: Option<Vec<String>>,
    /// `alignToIds`.
    pub align_to_ids: Option<Vec<String>>,
    /// `content`.
    pub content: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<f64>,
    /// `gmtModified`.
    pub gmt_modified: Option<f64>,
    /// `id`.
    pub id: Option<String>,
    /// `krList`.
    pub kr_list: Option<Vec<BatchQueryObjectiveResponseBodyDataKrList>>,
    /// `owner`.
    pub owner: Option<BatchQueryObjectiveResponseBodyDataOwner>,
    /// `periodId`.
    pub period_id: Option<String>,
    /// `permission`.
    pub permission: Option<Vec<f64>>,
    /// `position`.
    pub position: Option<i64>,
    /// `progress`.
    pub progress: Option<BatchQueryObjectiveResponseBodyDataProgress>,
    /// `progressPercent`.
    pub progress_percent: Option<f64>,
    /// `published`.
    pub published: Option<bool>,
    /// `score`.
    pub score: Option<f64>,
    /// `status`.
    pub status: Option<i64>,
    /// `userId`.
    pub user_id: Option<String>,
    /// `weight`.
    pub weight: Option<f64>,
}
rt::impl_deserialize! {
    BatchQueryObjectiveResponseBodyData { "alignFromIds" => read_field(align_from_ids),
    "alignToIds" => read_field(align_to_ids), "content" => read_field(content),
    "gmtCreate" => read_field(gmt_create), "gmtModified" => read_field(gmt_modified),
    "id" => read_field(id), "krList" => read_field(kr_list), "owner" =>
    read_field(owner), "periodId" => read_field(period_id), "permission" =>
    read_field(permission), "position" => read_field(position), "progress" =>
    read_field(progress), "progressPercent" => read_field(progress_percent), "published"
    => read_field(published), "score" => read_field(score), "status" =>
    read_field(status), "userId" => read_field(user_id), "weight" => read_field(weight) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryObjectiveResponseBodyData { "alignFromIds" => optional(align_from_ids),
    "alignToIds" => optional(align_to_ids), "content" => optional(content), "gmtCreate"
    => optional(gmt_create), "gmtModified" => optional(gmt_modified), "id" =>
    optional(id), "krList" => optional(kr_list), "owner" => optional(owner), "periodId"
    => optional(period_id), "permission" => optional(permission), "position" =>
    optional(position), "progress" => optional(progress), "progressPercent" =>
    optional(progress_percent), "published" => optional(published), "score" =>
    optional(score), "status" => optional(status), "userId" => optional(user_id),
    "weight" => optional(weight) }
}
/// `BatchQueryUserResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryUserResponseBodyData {
    /// `avatarMediaId`.
    pub avatar_media_id: Option<String>,
    /// `avatarUrl`.
    pub avatar_url: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `nickname`.
    pub nickname: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    BatchQueryUserResponseBodyData { "avatarMediaId" => read_field(avatar_media_id),
    "avatarUrl" => read_field(avatar_url), "corpId" => read_field(corp_id), "id" =>
    read_field(id), "nickname" => read_field(nickname), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryUserResponseBodyData { "avatarMediaId" => optional(avatar_media_id),
    "avatarUrl" => optional(avatar_url), "corpId" => optional(corp_id), "id" =>
    optional(id), "nickname" => optional(nickname), "userId" => optional(user_id) }
}
/// `CreateKeyResultResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateKeyResultResponseBodyData {
    /// `id`.
    pub id: Option<String>,
    /// `position`.
    pub position: Option<i64>,
    /// `weight`.
    pub weight: Option<i64>,
}
rt::impl_deserialize! {
    CreateKeyResultResponseBodyData { "id" => read_field(id), "position" =>
    read_field(position), "weight" => read_field(weight) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateKeyResultResponseBodyData { "id" => optional(id), "position" =>
    optional(position), "weight" => optional(weight) }
}
/// `CreateObjectiveResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateObjectiveResponseBodyData {
    /// `id`.
    pub id: Option<String>,
    /// `position`.
    pub position: Option<String>,
}
rt::impl_deserialize! {
    CreateObjectiveResponseBodyData { "id" => read_field(id), "position" =>
    read_field(position) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateObjectiveResponseBodyData { "id" => optional(id), "position" =>
    optional(position) }
}
/// `DeleteObjectiveResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteObjectiveResponseBodyData {
    /// `id`.
    pub id: Option<String>,
}
rt::impl_deserialize! {
    DeleteObjectiveResponseBodyData { "id" => read_field(id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteObjectiveResponseBodyData { "id" => optional(id) }
}
/// `DeletePermissionResponseBodyData`, a model several operations share: also named [`GetPermissionResponseBodyData`], [`UpdatePrivacyResponseBodyData`], [`BatchAddPermissionResponseBodyDataPermissionTree`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeletePermissionResponseBodyData {
    /// `id`.
    pub id: Option<String>,
    /// `policyList`.
    pub policy_list: Option<Vec<DeletePermissionResponseBodyDataPolicyList>>,
    /// `privacy`.
    pub privacy: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    DeletePermissionResponseBodyData { "id" => read_field(id), "policyList" =>
    read_field(policy_list), "privacy" => read_field(privacy), "type" =>
    read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeletePermissionResponseBodyData { "id" => optional(id), "policyList" =>
    optional(policy_list), "privacy" => optional(privacy), "type" => optional(r#type) }
}
/// `GetPeriodListResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPeriodListResponseBodyData {
    /// `periodList`.
    pub period_list: Option<Vec<GetPeriodListResponseBodyDataPeriodList>>,
}
rt::impl_deserialize! {
    GetPeriodListResponseBodyData { "periodList" => read_field(period_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPeriodListResponseBodyData { "periodList" => optional(period_list) }
}
/// `GetPermissionResponseBodyData`: the same model as [`DeletePermissionResponseBodyData`].
pub type GetPermissionResponseBodyData = DeletePermissionResponseBodyData;
/// `GetUserOkrResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetUserOkrResponseBodyData {
    /// `list`.
    pub list: Option<Vec<GetUserOkrResponseBodyDataList>>,
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    GetUserOkrResponseBodyData { "list" => read_field(list), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetUserOkrResponseBodyData { "list" => optional(list), "pageNumber" =>
    optional(page_number), "pageSize" => optional(page_size), "totalCount" =>
    optional(total_count) }
}
/// `OpenObjectiveDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenObjectiveDTO {
    /// `executor`.
    pub executor: Option<OpenUserDTO>,
    /// `keyResults`.
    pub key_results: Option<Vec<OpenKeyResultDTO>>,
    /// `objectiveId`.
    pub objective_id: Option<String>,
    /// `period`.
    pub period: Option<OpenPeriodDTO>,
    /// `progress`.
    pub progress: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `teams`.
    pub teams: Option<Vec<OpenTeamDTO>>,
    /// `title`.
    pub title: Option<String>,
    /// `weight`.
    pub weight: Option<f64>,
}
rt::impl_deserialize! {
    OpenObjectiveDTO { "executor" => read_field(executor), "keyResults" =>
    read_field(key_results), "objectiveId" => read_field(objective_id), "period" =>
    read_field(period), "progress" => read_field(progress), "status" =>
    read_field(status), "teams" => read_field(teams), "title" => read_field(title),
    "weight" => read_field(weight) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenObjectiveDTO { "executor" => optional(executor), "keyResults" =>
    optional(key_results), "objectiveId" => optional(objective_id), "period" =>
    optional(period), "progress" => optional(progress), "status" => optional(status),
    "teams" => optional(teams), "title" => optional(title), "weight" => optional(weight)
    }
}
/// `OkrObjectivesByUserResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OkrObjectivesByUserResponseBodyContent {
    /// `result`.
    pub result: Option<Vec<OpenObjectiveDTO>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    OkrObjectivesByUserResponseBodyContent { "result" => read_field(result), "totalCount"
    => read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OkrObjectivesByUserResponseBodyContent { "result" => optional(result), "totalCount"
    => optional(total_count) }
}
/// `OkrPeriodsResponseBodyContent`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OkrPeriodsResponseBodyContent {
    /// `pageNumber`.
    pub page_number: Option<i64>,
    /// `pageSize`.
    pub page_size: Option<i64>,
    /// `result`.
    pub result: Option<Vec<OpenPeriodDTO>>,
    /// `totalCount`.
    pub total_count: Option<i64>,
}
rt::impl_deserialize! {
    OkrPeriodsResponseBodyContent { "pageNumber" => read_field(page_number), "pageSize"
    => read_field(page_size), "result" => read_field(result), "totalCount" =>
    read_field(total_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OkrPeriodsResponseBodyContent { "pageNumber" => optional(page_number), "pageSize" =>
    optional(page_size), "result" => optional(result), "totalCount" =>
    optional(total_count) }
}
/// `UnAlignObjectiveResponseBodyData`: the same model as [`AlignObjectiveResponseBodyData`].
pub type UnAlignObjectiveResponseBodyData = AlignObjectiveResponseBodyData;
/// `UpdateKROfScoreResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateKROfScoreResponseBodyData {
    /// `objectiveScore`.
    pub objective_score: Option<i64>,
}
rt::impl_deserialize! {
    UpdateKROfScoreResponseBodyData { "objectiveScore" => read_field(objective_score) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateKROfScoreResponseBodyData { "objectiveScore" => optional(objective_score) }
}
/// `UpdateKROfWeightResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateKROfWeightResponseBodyData {
    /// `objectiveProgress`.
    pub objective_progress: Option<UpdateKROfWeightResponseBodyDataObjectiveProgress>,
    /// `objectiveScore`.
    pub objective_score: Option<i64>,
}
rt::impl_deserialize! {
    UpdateKROfWeightResponseBodyData { "objectiveProgress" =>
    read_field(objective_progress), "objectiveScore" => read_field(objective_score) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateKROfWeightResponseBodyData { "objectiveProgress" =>
    optional(objective_progress), "objectiveScore" => optional(objective_score) }
}
/// `UpdateObjectiveResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateObjectiveResponseBodyData {
    /// `id`.
    pub id: Option<String>,
    /// `position`.
    pub position: Option<f64>,
}
rt::impl_deserialize! {
    UpdateObjectiveResponseBodyData { "id" => read_field(id), "position" =>
    read_field(position) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateObjectiveResponseBodyData { "id" => optional(id), "position" =>
    optional(position) }
}
/// `UpdatePrivacyResponseBodyData`: the same model as [`DeletePermissionResponseBodyData`].
pub type UpdatePrivacyResponseBodyData = DeletePermissionResponseBodyData;
/// `BatchAddPermissionResponseBodyDataPermissionTree`: the same model as [`DeletePermissionResponseBodyData`].
pub type BatchAddPermissionResponseBodyDataPermissionTree = DeletePermissionResponseBodyData;
/// `BatchQueryObjectiveResponseBodyDataKrList`, a model several operations share: also named [`GetUserOkrResponseBodyDataListKrList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryObjectiveResponseBodyDataKrList {
    /// `content`.
    pub content: Option<String>,
    /// `gmtCreate`.
    pub gmt_create: Option<f64>,
    /// `gmtModified`.
    pub gmt_modified: Option<f64>,
    /// `id`.
    pub id: Option<String>,
    /// `objectiveId`.
    pub objective_id: Option<String>,
    /// `permission`.
    pub permission: Option<Vec<f64>>,
    /// `position`.
    pub position: Option<i64>,
    /// `progress`.
    pub progress: Option<BatchQueryObjectiveResponseBodyDataKrListProgress>,
    /// `score`.
    pub score: Option<f64>,
    /// `weight`.
    pub weight: Option<f64>,
}
rt::impl_deserialize! {
    BatchQueryObjectiveResponseBodyDataKrList { "content" => read_field(content),
    "gmtCreate" => read_field(gmt_create), "gmtModified" => read_field(gmt_modified),
    "id" => read_field(id), "objectiveId" => read_field(objective_id), "permission" =>
    read_field(permission), "position" => read_field(position), "progress" =>
    read_field(progress), "score" => read_field(score), "weight" => read_field(weight) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryObjectiveResponseBodyDataKrList { "content" => optional(content),
    "gmtCreate" => optional(gmt_create), "gmtModified" => optional(gmt_modified), "id" =>
    optional(id), "objectiveId" => optional(objective_id), "permission" =>
    optional(permission), "position" => optional(position), "progress" =>
    optional(progress), "score" => optional(score), "weight" => optional(weight) }
}
/// `BatchQueryObjectiveResponseBodyDataOwner`, a model several operations share: also named [`GetUserOkrResponseBodyDataListOwner`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryObjectiveResponseBodyDataOwner {
    /// `avatarMediaId`.
    pub avatar_media_id: Option<String>,
    /// `corpId`.
    pub corp_id: Option<String>,
    /// `id`.
    pub id: Option<String>,
    /// `nickname`.
    pub nickname: Option<String>,
    /// `userId`.
    pub user_id: Option<String>,
}
rt::impl_deserialize! {
    BatchQueryObjectiveResponseBodyDataOwner { "avatarMediaId" =>
    read_field(avatar_media_id), "corpId" => read_field(corp_id), "id" => read_field(id),
    "nickname" => read_field(nickname), "userId" => read_field(user_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryObjectiveResponseBodyDataOwner { "avatarMediaId" =>
    optional(avatar_media_id), "corpId" => optional(corp_id), "id" => optional(id),
    "nickname" => optional(nickname), "userId" => optional(user_id) }
}
/// `BatchQueryObjectiveResponseBodyDataProgress`, a model several operations share: also named [`BatchQueryObjectiveResponseBodyDataKrListProgress`], [`GetUserOkrResponseBodyDataListProgress`], [`GetUserOkrResponseBodyDataListKrListProgress`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryObjectiveResponseBodyDataProgress {
    /// `percent`.
    pub percent: Option<i64>,
}
rt::impl_deserialize! {
    BatchQueryObjectiveResponseBodyDataProgress { "percent" => read_field(percent) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryObjectiveResponseBodyDataProgress { "percent" => optional(percent) }
}
/// `DeletePermissionResponseBodyDataPolicyList`, a model several operations share: also named [`GetPermissionResponseBodyDataPolicyList`], [`UpdatePrivacyResponseBodyDataPolicyList`], [`BatchAddPermissionResponseBodyDataPermissionTreePolicyList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeletePermissionResponseBodyDataPolicyList {
    /// `memberList`.
    pub member_list: Option<Vec<DeletePermissionResponseBodyDataPolicyListMemberList>>,
    /// `name`.
    pub name: Option<String>,
    /// `type`.
    pub r#type: Option<i64>,
}
rt::impl_deserialize! {
    DeletePermissionResponseBodyDataPolicyList { "memberList" => read_field(member_list),
    "name" => read_field(name), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeletePermissionResponseBodyDataPolicyList { "memberList" => optional(member_list),
    "name" => optional(name), "type" => optional(r#type) }
}
/// `GetPeriodListResponseBodyDataPeriodList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetPeriodListResponseBodyDataPeriodList {
    /// `endTime`.
    pub end_time: Option<f64>,
    /// `id`.
    pub id: Option<String>,
    /// `isCurrent`.
    pub is_current: Option<bool>,
    /// `isYearly`.
    pub is_yearly: Option<bool>,
    /// `name`.
    pub name: Option<String>,
    /// `startTime`.
    pub start_time: Option<f64>,
}
rt::impl_deserialize! {
    GetPeriodListResponseBodyDataPeriodList { "endTime" => read_field(end_time), "id" =>
    read_field(id), "isCurrent" => read_field(is_current), "isYearly" =>
    read_field(is_yearly), "name" => read_field(name), "startTime" =>
    read_field(start_time) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetPeriodListResponseBodyDataPeriodList { "endTime" => optional(end_time), "id" =>
    optional(id), "isCurrent" => optional(is_current), "isYearly" => optional(is_yearly),
    "name" => optional(name), "startTime" => optional(start_time) }
}
/// `GetPermissionResponseBodyDataPolicyList`: the same model as [`DeletePermissionResponseBodyDataPolicyList`].
pub type GetPermissionResponseBodyDataPolicyList = DeletePermissionResponseBodyDataPolicyList;
/// `GetUserOkrResponseBodyDataList`: the same model as [`BatchQueryObjectiveResponseBodyData`].
pub type GetUserOkrResponseBodyDataList = BatchQueryObjectiveResponseBodyData;
/// `OpenUserDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenUserDTO {
    /// `dingUserId`.
    pub ding_user_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `userUid`.
    pub user_uid: Option<String>,
    /// `workNo`.
    pub work_no: Option<String>,
}
rt::impl_deserialize! {
    OpenUserDTO { "dingUserId" => read_field(ding_user_id), "name" => read_field(name),
    "userUid" => read_field(user_uid), "workNo" => read_field(work_no) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenUserDTO { "dingUserId" => optional(ding_user_id), "name" => optional(name),
    "userUid" => optional(user_uid), "workNo" => optional(work_no) }
}
/// `OpenKeyResultDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenKeyResultDTO {
    /// `krId`.
    pub kr_id: Option<String>,
    /// `progress`.
    pub progress: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
    /// `title`.
    pub title: Option<String>,
    /// `titleMentions`.
    pub title_mentions: Option<Vec<TitleMention>>,
    /// `type`.
    pub r#type: Option<i64>,
    /// `weight`.
    pub weight: Option<f64>,
}
rt::impl_deserialize! {
    OpenKeyResultDTO { "krId" => read_field(kr_id), "progress" => read_field(progress),
    "status" => read_field(status), "title" => read_field(title), "titleMentions" =>
    read_field(title_mentions), "type" => read_field(r#type), "weight" =>
    read_field(weight) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenKeyResultDTO { "krId" => optional(kr_id), "progress" => optional(progress),
    "status" => optional(status), "title" => optional(title), "titleMentions" =>
    optional(title_mentions), "type" => optional(r#type), "weight" => optional(weight) }
}
/// `OpenPeriodDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenPeriodDTO {
    /// `endDate`.
    pub end_date: Option<i64>,
    /// `nameCn`.
    pub name_cn: Option<String>,
    /// `nameEn`.
    pub name_en: Option<String>,
    /// `periodId`.
    pub period_id: Option<String>,
    /// `startDate`.
    pub start_date: Option<i64>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    OpenPeriodDTO { "endDate" => read_field(end_date), "nameCn" => read_field(name_cn),
    "nameEn" => read_field(name_en), "periodId" => read_field(period_id), "startDate" =>
    read_field(start_date), "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenPeriodDTO { "endDate" => optional(end_date), "nameCn" => optional(name_cn),
    "nameEn" => optional(name_en), "periodId" => optional(period_id), "startDate" =>
    optional(start_date), "status" => optional(status) }
}
/// `OpenTeamDTO`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenTeamDTO {
    /// `deptUid`.
    pub dept_uid: Option<String>,
    /// `dingDeptId`.
    pub ding_dept_id: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    OpenTeamDTO { "deptUid" => read_field(dept_uid), "dingDeptId" =>
    read_field(ding_dept_id), "name" => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenTeamDTO { "deptUid" => optional(dept_uid), "dingDeptId" =>
    optional(ding_dept_id), "name" => optional(name) }
}
/// `UpdateKROfWeightResponseBodyDataObjectiveProgress`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateKROfWeightResponseBodyDataObjectiveProgress {
    /// `percent`.
    pub percent: Option<i64>,
}
rt::impl_deserialize! {
    UpdateKROfWeightResponseBodyDataObjectiveProgress { "percent" => read_field(percent)
    }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UpdateKROfWeightResponseBodyDataObjectiveProgress { "percent" => optional(percent) }
}
/// `UpdatePrivacyResponseBodyDataPolicyList`: the same model as [`DeletePermissionResponseBodyDataPolicyList`].
pub type UpdatePrivacyResponseBodyDataPolicyList = DeletePermissionResponseBodyDataPolicyList;
/// `BatchAddPermissionResponseBodyDataPermissionTreePolicyList`: the same model as [`DeletePermissionResponseBodyDataPolicyList`].
pub type BatchAddPermissionResponseBodyDataPermissionTreePolicyList = DeletePermissionResponseBodyDataPolicyList;
/// `BatchQueryObjectiveResponseBodyDataKrListProgress`: the same model as [`BatchQueryObjectiveResponseBodyDataProgress`].
pub type BatchQueryObjectiveResponseBodyDataKrListProgress = BatchQueryObjectiveResponseBodyDataProgress;
/// `DeletePermissionResponseBodyDataPolicyListMemberList`, a model several operations share: also named [`GetPermissionResponseBodyDataPolicyListMemberList`], [`UpdatePrivacyResponseBodyDataPolicyListMemberList`], [`BatchAddPermissionResponseBodyDataPermissionTreePolicyListMemberList`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeletePermissionResponseBodyDataPolicyListMemberList {
    /// `id`.
    pub id: Option<String>,
    /// `nickname`.
    pub nickname: Option<String>,
    /// `type`.
    pub r#type: Option<String>,
}
rt::impl_deserialize! {
    DeletePermissionResponseBodyDataPolicyListMemberList { "id" => read_field(id),
    "nickname" => read_field(nickname), "type" => read_field(r#type) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeletePermissionResponseBodyDataPolicyListMemberList { "id" => optional(id),
    "nickname" => optional(nickname), "type" => optional(r#type) }
}
/// `GetPermissionResponseBodyDataPolicyListMemberList`: the same model as [`DeletePermissionResponseBodyDataPolicyListMemberList`].
pub type GetPermissionResponseBodyDataPolicyListMemberList = DeletePermissionResponseBodyDataPolicyListMemberList;
/// `GetUserOkrResponseBodyDataListKrList`: the same model as [`BatchQueryObjectiveResponseBodyDataKrList`].
pub type GetUserOkrResponseBodyDataListKrList = BatchQueryObjectiveResponseBodyDataKrList;
/// `GetUserOkrResponseBodyDataListOwner`: the same model as [`BatchQueryObjectiveResponseBodyDataOwner`].
pub type GetUserOkrResponseBodyDataListOwner = BatchQueryObjectiveResponseBodyDataOwner;
/// `GetUserOkrResponseBodyDataListProgress`: the same model as [`BatchQueryObjectiveResponseBodyDataProgress`].
pub type GetUserOkrResponseBodyDataListProgress = BatchQueryObjectiveResponseBodyDataProgress;
/// `TitleMention`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TitleMention {
    /// `length`.
    pub length: Option<i64>,
    /// `offset`.
    pub offset: Option<i64>,
    /// `user`.
    pub user: Option<OpenUserDTO>,
}
rt::impl_deserialize! {
    TitleMention { "length" => read_field(length), "offset" => read_field(offset), "user"
    => read_field(user) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    TitleMention { "length" => optional(length), "offset" => optional(offset), "user" =>
    optional(user) }
}
/// `UpdatePrivacyResponseBodyDataPolicyListMemberList`: the same model as [`DeletePermissionResponseBodyDataPolicyListMemberList`].
pub type UpdatePrivacyResponseBodyDataPolicyListMemberList = DeletePermissionResponseBodyDataPolicyListMemberList;
/// `BatchAddPermissionResponseBodyDataPermissionTreePolicyListMemberList`: the same model as [`DeletePermissionResponseBodyDataPolicyListMemberList`].
pub type BatchAddPermissionResponseBodyDataPermissionTreePolicyListMemberList = DeletePermissionResponseBodyDataPolicyListMemberList;
/// `GetUserOkrResponseBodyDataListKrListProgress`: the same model as [`BatchQueryObjectiveResponseBodyDataProgress`].
pub type GetUserOkrResponseBodyDataListKrListProgress = BatchQueryObjectiveResponseBodyDataProgress;
/// The request of [`Api::align_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AlignObjectiveRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `periodId`.
    pub period_id: String,
    /// `targetId`.
    pub target_id: String,
}
/// The required fields of [`AlignObjectiveRequest`], each named where it is set: `AlignObjectiveRequest::new(AlignObjectiveRequired { .. })`.
pub struct AlignObjectiveRequired {
    /// `userId`: see [`AlignObjectiveRequest::user_id`].
    pub user_id: String,
    /// `periodId`: see [`AlignObjectiveRequest::period_id`].
    pub period_id: String,
    /// `targetId`: see [`AlignObjectiveRequest::target_id`].
    pub target_id: String,
}
impl AlignObjectiveRequest {
    /// A `AlignObjectiveRequest` with its required fields (`userId`, `periodId`, `targetId`); set the others with the methods named after them.
    pub fn new(required: AlignObjectiveRequired) -> Self {
        let AlignObjectiveRequired { user_id, period_id, target_id } = required;
        Self {
            user_id,
            period_id,
            target_id,
        }
    }
}
rt::impl_serialize! {
    AlignObjectiveRequest { "periodId" => field(period_id), "targetId" =>
    field(target_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AlignObjectiveRequest { "userId" => read_field(user_id), "periodId" =>
    read_field(period_id), "targetId" => read_field(target_id) }
}
impl rt::WriteRequest for AlignObjectiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_add_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchAddPermissionRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `list`.
    pub list: Vec<BatchAddPermissionRequestList>,
    /// `targetId`.
    pub target_id: String,
    /// `targetType`.
    pub target_type: String,
}
/// The required fields of [`BatchAddPermissionRequest`], each named where it is set: `BatchAddPermissionRequest::new(BatchAddPermissionRequired { .. })`.
pub struct BatchAddPermissionRequired {
    /// `userId`: see [`BatchAddPermissionRequest::user_id`].
    pub user_id: String,
    /// `list`: see [`BatchAddPermissionRequest::list`].
    pub list: Vec<BatchAddPermissionRequestList>,
    /// `targetId`: see [`BatchAddPermissionRequest::target_id`].
    pub target_id: String,
    /// `targetType`: see [`BatchAddPermissionRequest::target_type`].
    pub target_type: String,
}
impl BatchAddPermissionRequest {
    /// A `BatchAddPermissionRequest` with its required fields (`userId`, `list`, `targetId`, `targetType`); set the others with the methods named after them.
    pub fn new(required: BatchAddPermissionRequired) -> Self {
        let BatchAddPermissionRequired { user_id, list, target_id, target_type } = required;
        Self {
            user_id,
            list,
            target_id,
            target_type,
        }
    }
}
rt::impl_serialize! {
    BatchAddPermissionRequest { "list" => field(list), "targetId" => field(target_id),
    "targetType" => field(target_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchAddPermissionRequest { "userId" => read_field(user_id), "list" =>
    read_field(list), "targetId" => read_field(target_id), "targetType" =>
    read_field(target_type) }
}
impl rt::WriteRequest for BatchAddPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryObjectiveRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `objectiveIds`.
    pub objective_ids: Vec<String>,
    /// `periodId`.
    pub period_id: String,
    /// `withAlign`.
    pub with_align: Option<bool>,
    /// `withKr`.
    pub with_kr: Option<bool>,
    /// `withProgress`.
    pub with_progress: bool,
}
/// The required fields of [`BatchQueryObjectiveRequest`], each named where it is set: `BatchQueryObjectiveRequest::new(BatchQueryObjectiveRequired { .. })`.
pub struct BatchQueryObjectiveRequired {
    /// `userId`: see [`BatchQueryObjectiveRequest::user_id`].
    pub user_id: String,
    /// `objectiveIds`: see [`BatchQueryObjectiveRequest::objective_ids`].
    pub objective_ids: Vec<String>,
    /// `periodId`: see [`BatchQueryObjectiveRequest::period_id`].
    pub period_id: String,
    /// `withProgress`: see [`BatchQueryObjectiveRequest::with_progress`].
    pub with_progress: bool,
}
impl BatchQueryObjectiveRequest {
    /// A `BatchQueryObjectiveRequest` with its required fields (`userId`, `objectiveIds`, `periodId`, `withProgress`); set the others with the methods named after them.
    pub fn new(required: BatchQueryObjectiveRequired) -> Self {
        let BatchQueryObjectiveRequired {
            user_id,
            objective_ids,
            period_id,
            with_progress,
        } = required;
        Self {
            user_id,
            objective_ids,
            period_id,
            with_align: None,
            with_kr: None,
            with_progress,
        }
    }
    /// Sets `withAlign`.
    pub fn with_align(mut self, value: bool) -> Self {
        self.with_align = Some(value);
        self
    }
    /// Sets `withKr`.
    pub fn with_kr(mut self, value: bool) -> Self {
        self.with_kr = Some(value);
        self
    }
}
rt::impl_serialize! {
    BatchQueryObjectiveRequest { "objectiveIds" => field(objective_ids), "periodId" =>
    field(period_id), "withAlign" => optional(with_align), "withKr" => optional(with_kr),
    "withProgress" => field(with_progress) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryObjectiveRequest { "userId" => read_field(user_id), "objectiveIds" =>
    read_field(objective_ids), "periodId" => read_field(period_id), "withAlign" =>
    read_field(with_align), "withKr" => read_field(with_kr), "withProgress" =>
    read_field(with_progress) }
}
impl rt::WriteRequest for BatchQueryObjectiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_user`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryUserRequest {
    /// `okrUserIds`.
    pub okr_user_ids: Option<Vec<String>>,
    /// `userIds`.
    pub user_ids: Option<Vec<String>>,
}
impl BatchQueryUserRequest {
    /// An empty `BatchQueryUserRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `okrUserIds`.
    pub fn okr_user_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.okr_user_ids = Some(value.into_iter().map(Into::into).collect());
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
    BatchQueryUserRequest { "okrUserIds" => optional(okr_user_ids), "userIds" =>
    optional(user_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryUserRequest { "okrUserIds" => read_field(okr_user_ids), "userIds" =>
    read_field(user_ids) }
}
impl rt::WriteRequest for BatchQueryUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_key_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateKeyResultRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `content`.
    pub content: String,
    /// `objectiveId`.
    pub objective_id: String,
    /// `periodId`.
    pub period_id: String,
    /// `prevPosition`.
    pub prev_position: Option<i64>,
    /// `weight`.
    pub weight: Option<i64>,
}
/// The required fields of [`CreateKeyResultRequest`], each named where it is set: `CreateKeyResultRequest::new(CreateKeyResultRequired { .. })`.
pub struct CreateKeyResultRequired {
    /// `userId`: see [`CreateKeyResultRequest::user_id`].
    pub user_id: String,
    /// `content`: see [`CreateKeyResultRequest::content`].
    pub content: String,
    /// `objectiveId`: see [`CreateKeyResultRequest::objective_id`].
    pub objective_id: String,
    /// `periodId`: see [`CreateKeyResultRequest::period_id`].
    pub period_id: String,
}
impl CreateKeyResultRequest {
    /// A `CreateKeyResultRequest` with its required fields (`userId`, `content`, `objectiveId`, `periodId`); set the others with the methods named after them.
    pub fn new(required: CreateKeyResultRequired) -> Self {
        let CreateKeyResultRequired { user_id, content, objective_id, period_id } = required;
        Self {
            user_id,
            content,
            objective_id,
            period_id,
            prev_position: None,
            weight: None,
        }
    }
    /// Sets `prevPosition`.
    pub fn prev_position(mut self, value: i64) -> Self {
        self.prev_position = Some(value);
        self
    }
    /// Sets `weight`.
    pub fn weight(mut self, value: i64) -> Self {
        self.weight = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateKeyResultRequest { "content" => field(content), "objectiveId" =>
    field(objective_id), "periodId" => field(period_id), "prevPosition" =>
    optional(prev_position), "weight" => optional(weight) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateKeyResultRequest { "userId" => read_field(user_id), "content" =>
    read_field(content), "objectiveId" => read_field(objective_id), "periodId" =>
    read_field(period_id), "prevPosition" => read_field(prev_position), "weight" =>
    read_field(weight) }
}
impl rt::WriteRequest for CreateKeyResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::create_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateObjectiveRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `content`.
    pub content: String,
    /// `periodId`.
    pub period_id: String,
    /// `prevPosition`.
    pub prev_position: String,
}
/// The required fields of [`CreateObjectiveRequest`], each named where it is set: `CreateObjectiveRequest::new(CreateObjectiveRequired { .. })`.
pub struct CreateObjectiveRequired {
    /// `userId`: see [`CreateObjectiveRequest::user_id`].
    pub user_id: String,
    /// `content`: see [`CreateObjectiveRequest::content`].
    pub content: String,
    /// `periodId`: see [`CreateObjectiveRequest::period_id`].
    pub period_id: String,
    /// `prevPosition`: see [`CreateObjectiveRequest::prev_position`].
    pub prev_position: String,
}
impl CreateObjectiveRequest {
    /// A `CreateObjectiveRequest` with its required fields (`userId`, `content`, `periodId`, `prevPosition`); set the others with the methods named after them.
    pub fn new(required: CreateObjectiveRequired) -> Self {
        let CreateObjectiveRequired { user_id, content, period_id, prev_position } = required;
        Self {
            user_id,
            content,
            period_id,
            prev_position,
        }
    }
}
rt::impl_serialize! {
    CreateObjectiveRequest { "content" => field(content), "periodId" => field(period_id),
    "prevPosition" => field(prev_position) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateObjectiveRequest { "userId" => read_field(user_id), "content" =>
    read_field(content), "periodId" => read_field(period_id), "prevPosition" =>
    read_field(prev_position) }
}
impl rt::WriteRequest for CreateObjectiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_key_result`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteKeyResultRequest {
    /// `krId`: a query parameter.
    pub kr_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`DeleteKeyResultRequest`], each named where it is set: `DeleteKeyResultRequest::new(DeleteKeyResultRequired { .. })`.
pub struct DeleteKeyResultRequired {
    /// `krId`: see [`DeleteKeyResultRequest::kr_id`].
    pub kr_id: String,
    /// `userId`: see [`DeleteKeyResultRequest::user_id`].
    pub user_id: String,
}
impl DeleteKeyResultRequest {
    /// A `DeleteKeyResultRequest` with its required fields (`krId`, `userId`); set the others with the methods named after them.
    pub fn new(required: DeleteKeyResultRequired) -> Self {
        let DeleteKeyResultRequired { kr_id, user_id } = required;
        Self { kr_id, user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteKeyResultRequest { "krId" => read_field(kr_id), "userId" => read_field(user_id)
    }
}
impl rt::WriteRequest for DeleteKeyResultRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("krId", &self.kr_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::delete_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteObjectiveRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`DeleteObjectiveRequest`], each named where it is set: `DeleteObjectiveRequest::new(DeleteObjectiveRequired { .. })`.
pub struct DeleteObjectiveRequired {
    /// `userId`: see [`DeleteObjectiveRequest::user_id`].
    pub user_id: String,
}
impl DeleteObjectiveRequest {
    /// A `DeleteObjectiveRequest` with its required fields (`userId`); set the others with the methods named after them.
    pub fn new(required: DeleteObjectiveRequired) -> Self {
        let DeleteObjectiveRequired { user_id } = required;
        Self { user_id }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteObjectiveRequest { "userId" => read_field(user_id) }
}
impl rt::WriteRequest for DeleteObjectiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::delete_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeletePermissionRequest {
    /// `id`: a query parameter.
    pub id: String,
    /// `policyType`: a query parameter.
    pub policy_type: i64,
    /// `targetId`: a query parameter.
    pub target_id: String,
    /// `targetType`: a query parameter.
    pub target_type: String,
    /// `type`: a query parameter.
    pub r#type: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`DeletePermissionRequest`], each named where it is set: `DeletePermissionRequest::new(DeletePermissionRequired { .. })`.
pub struct DeletePermissionRequired {
    /// `id`: see [`DeletePermissionRequest::id`].
    pub id: String,
    /// `policyType`: see [`DeletePermissionRequest::policy_type`].
    pub policy_type: i64,
    /// `targetId`: see [`DeletePermissionRequest::target_id`].
    pub target_id: String,
    /// `targetType`: see [`DeletePermissionRequest::target_type`].
    pub target_type: String,
    /// `type`: see [`DeletePermissionRequest::r#type`](DeletePermissionRequest::type).
    pub r#type: String,
    /// `userId`: see [`DeletePermissionRequest::user_id`].
    pub user_id: String,
}
impl DeletePermissionRequest {
    /// A `DeletePermissionRequest` with its required fields (`id`, `policyType`, `targetId`, `targetType`, `type`, `userId`); set the others with the methods named after them.
    pub fn new(required: DeletePermissionRequired) -> Self {
        let DeletePermissionRequired {
            id,
            policy_type,
            target_id,
            target_type,
            r#type,
            user_id,
        } = required;
        Self {
            id,
            policy_type,
            target_id,
            target_type,
            r#type,
            user_id,
        }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeletePermissionRequest { "id" => read_field(id), "policyType" =>
    read_field(policy_type), "targetId" => read_field(target_id), "targetType" =>
    read_field(target_type), "type" => read_field(r#type), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for DeletePermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("id", &self.id);
        writer.query("policyType", &self.policy_type);
        writer.query("targetId", &self.target_id);
        writer.query("targetType", &self.target_type);
        writer.query("type", &self.r#type);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::get_permission`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetPermissionRequest {
    /// `targetId`: a query parameter.
    pub target_id: String,
    /// `targetType`: a query parameter.
    pub target_type: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `withKr`: a query parameter.
    pub with_kr: Option<bool>,
    /// `withObjective`: a query parameter.
    pub with_objective: Option<bool>,
}
/// The required fields of [`GetPermissionRequest`], each named where it is set: `GetPermissionRequest::new(GetPermissionRequired { .. })`.
pub struct GetPermissionRequired {
    /// `targetId`: see [`GetPermissionRequest::target_id`].
    pub target_id: String,
    /// `targetType`: see [`GetPermissionRequest::target_type`].
    pub target_type: String,
    /// `userId`: see [`GetPermissionRequest::user_id`].
    pub user_id: String,
}
impl GetPermissionRequest {
    /// A `GetPermissionRequest` with its required fields (`targetId`, `targetType`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetPermissionRequired) -> Self {
        let GetPermissionRequired { target_id, target_type, user_id } = required;
        Self {
            target_id,
            target_type,
            user_id,
            with_kr: None,
            with_objective: None,
        }
    }
    /// Sets `withKr`.
    pub fn with_kr(mut self, value: bool) -> Self {
        self.with_kr = Some(value);
        self
    }
    /// Sets `withObjective`.
    pub fn with_objective(mut self, value: bool) -> Self {
        self.with_objective = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetPermissionRequest { "targetId" => read_field(target_id), "targetType" =>
    read_field(target_type), "userId" => read_field(user_id), "withKr" =>
    read_field(with_kr), "withObjective" => read_field(with_objective) }
}
impl rt::WriteRequest for GetPermissionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("targetId", &self.target_id);
        writer.query("targetType", &self.target_type);
        writer.query("userId", &self.user_id);
        writer.query("withKr", &self.with_kr);
        writer.query("withObjective", &self.with_objective);
    }
}
/// The request of [`Api::get_user_okr`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetUserOkrRequest {
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `periodId`: a query parameter.
    pub period_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
}
/// The required fields of [`GetUserOkrRequest`], each named where it is set: `GetUserOkrRequest::new(GetUserOkrRequired { .. })`.
pub struct GetUserOkrRequired {
    /// `periodId`: see [`GetUserOkrRequest::period_id`].
    pub period_id: String,
    /// `userId`: see [`GetUserOkrRequest::user_id`].
    pub user_id: String,
}
impl GetUserOkrRequest {
    /// A `GetUserOkrRequest` with its required fields (`periodId`, `userId`); set the others with the methods named after them.
    pub fn new(required: GetUserOkrRequired) -> Self {
        let GetUserOkrRequired { period_id, user_id } = required;
        Self {
            page_number: None,
            page_size: None,
            period_id,
            user_id,
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
    GetUserOkrRequest { "pageNumber" => read_field(page_number), "pageSize" =>
    read_field(page_size), "periodId" => read_field(period_id), "userId" =>
    read_field(user_id) }
}
impl rt::WriteRequest for GetUserOkrRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("periodId", &self.period_id);
        writer.query("userId", &self.user_id);
    }
}
/// The request of [`Api::okr_objectives_batch`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrObjectivesBatchRequest {
    /// `goodsCode`.
    pub goods_code: Option<String>,
    /// `objectiveIds`.
    pub objective_ids: Option<Vec<String>>,
}
impl OkrObjectivesBatchRequest {
    /// An empty `OkrObjectivesBatchRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `goodsCode`.
    pub fn goods_code(mut self, value: impl Into<String>) -> Self {
        self.goods_code = Some(value.into());
        self
    }
    /// Sets `objectiveIds`.
    pub fn objective_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.objective_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    OkrObjectivesBatchRequest { "goodsCode" => optional(goods_code), "objectiveIds" =>
    optional(objective_ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OkrObjectivesBatchRequest { "goodsCode" => read_field(goods_code), "objectiveIds" =>
    read_field(objective_ids) }
}
impl rt::WriteRequest for OkrObjectivesBatchRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::okr_objectives_by_user`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrObjectivesByUserRequest {
    /// `goodsCode`: a query parameter.
    pub goods_code: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
}
impl OkrObjectivesByUserRequest {
    /// An empty `OkrObjectivesByUserRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `goodsCode`.
    pub fn goods_code(mut self, value: impl Into<String>) -> Self {
        self.goods_code = Some(value.into());
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
    OkrObjectivesByUserRequest { "goodsCode" => read_field(goods_code), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size) }
}
impl rt::WriteRequest for OkrObjectivesByUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("goodsCode", &self.goods_code);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
    }
}
/// The request of [`Api::okr_periods`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct OkrPeriodsRequest {
    /// `goodsCode`: a query parameter.
    pub goods_code: Option<String>,
    /// `pageNumber`: a query parameter.
    pub page_number: Option<i64>,
    /// `pageSize`: a query parameter.
    pub page_size: Option<i64>,
    /// `status`: a query parameter.
    pub status: Option<i64>,
}
impl OkrPeriodsRequest {
    /// An empty `OkrPeriodsRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `goodsCode`.
    pub fn goods_code(mut self, value: impl Into<String>) -> Self {
        self.goods_code = Some(value.into());
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
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OkrPeriodsRequest { "goodsCode" => read_field(goods_code), "pageNumber" =>
    read_field(page_number), "pageSize" => read_field(page_size), "status" =>
    read_field(status) }
}
impl rt::WriteRequest for OkrPeriodsRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("goodsCode", &self.goods_code);
        writer.query("pageNumber", &self.page_number);
        writer.query("pageSize", &self.page_size);
        writer.query("status", &self.status);
    }
}
/// The request of [`Api::un_align_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UnAlignObjectiveRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `periodId`.
    pub period_id: String,
    /// `targetId`.
    pub target_id: String,
}
/// The required fields of [`UnAlignObjectiveRequest`], each named where it is set: `UnAlignObjectiveRequest::new(UnAlignObjectiveRequired { .. })`.
pub struct UnAlignObjectiveRequired {
    /// `userId`: see [`UnAlignObjectiveRequest::user_id`].
    pub user_id: String,
    /// `periodId`: see [`UnAlignObjectiveRequest::period_id`].
    pub period_id: String,
    /// `targetId`: see [`UnAlignObjectiveRequest::target_id`].
    pub target_id: String,
}
impl UnAlignObjectiveRequest {
    /// A `UnAlignObjectiveRequest` with its required fields (`userId`, `periodId`, `targetId`); set the others with the methods named after them.
    pub fn new(required: UnAlignObjectiveRequired) -> Self {
        let UnAlignObjectiveRequired { user_id, period_id, target_id } = required;
        Self {
            user_id,
            period_id,
            target_id,
        }
    }
}
rt::impl_serialize! {
    UnAlignObjectiveRequest { "periodId" => field(period_id), "targetId" =>
    field(target_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UnAlignObjectiveRequest { "userId" => read_field(user_id), "periodId" =>
    read_field(period_id), "targetId" => read_field(target_id) }
}
impl rt::WriteRequest for UnAlignObjectiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_kr_of_content`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateKROfContentRequest {
    /// `krId`: a query parameter.
    pub kr_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `content`.
    pub content: String,
    /// `updateQuoteList`.
    pub update_quote_list: Option<Vec<String>>,
}
/// The required fields of [`UpdateKROfContentRequest`], each named where it is set: `UpdateKROfContentRequest::new(UpdateKROfContentRequired { .. })`.
pub struct UpdateKROfContentRequired {
    /// `krId`: see [`UpdateKROfContentRequest::kr_id`].
    pub kr_id: String,
    /// `userId`: see [`UpdateKROfContentRequest::user_id`].
    pub user_id: String,
    /// `content`: see [`UpdateKROfContentRequest::content`].
    pub content: String,
}
impl UpdateKROfContentRequest {
    /// A `UpdateKROfContentRequest` with its required fields (`krId`, `userId`, `content`); set the others with the methods named after them.
    pub fn new(required: UpdateKROfContentRequired) -> Self {
        let UpdateKROfContentRequired { kr_id, user_id, content } = required;
        Self {
            kr_id,
            user_id,
            content,
            update_quote_list: None,
        }
    }
    /// Sets `updateQuoteList`.
    pub fn update_quote_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.update_quote_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    UpdateKROfContentRequest { "content" => field(content), "updateQuoteList" =>
    optional(update_quote_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateKROfContentRequest { "krId" => read_field(kr_id), "userId" =>
    read_field(user_id), "content" => read_field(content), "updateQuoteList" =>
    read_field(update_quote_list) }
}
impl rt::WriteRequest for UpdateKROfContentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("krId", &self.kr_id);
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_kr_of_score`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateKROfScoreRequest {
    /// `krId`: a query parameter.
    pub kr_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `score`.
    pub score: i64,
}
/// The required fields of [`UpdateKROfScoreRequest`], each named where it is set: `UpdateKROfScoreRequest::new(UpdateKROfScoreRequired { .. })`.
pub struct UpdateKROfScoreRequired {
    /// `krId`: see [`UpdateKROfScoreRequest::kr_id`].
    pub kr_id: String,
    /// `userId`: see [`UpdateKROfScoreRequest::user_id`].
    pub user_id: String,
    /// `score`: see [`UpdateKROfScoreRequest::score`].
    pub score: i64,
}
impl UpdateKROfScoreRequest {
    /// A `UpdateKROfScoreRequest` with its required fields (`krId`, `userId`, `score`); set the others with the methods named after them.
    pub fn new(required: UpdateKROfScoreRequired) -> Self {
        let UpdateKROfScoreRequired { kr_id, user_id, score } = required;
        Self { kr_id, user_id, score }
    }
}
rt::impl_serialize! {
    UpdateKROfScoreRequest { "score" => field(score) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateKROfScoreRequest { "krId" => read_field(kr_id), "userId" =>
    read_field(user_id), "score" => read_field(score) }
}
impl rt::WriteRequest for UpdateKROfScoreRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("krId", &self.kr_id);
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_kr_of_weight`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateKROfWeightRequest {
    /// `krId`: a query parameter.
    pub kr_id: String,
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `weight`.
    pub weight: i64,
}
/// The required fields of [`UpdateKROfWeightRequest`], each named where it is set: `UpdateKROfWeightRequest::new(UpdateKROfWeightRequired { .. })`.
pub struct UpdateKROfWeightRequired {
    /// `krId`: see [`UpdateKROfWeightRequest::kr_id`].
    pub kr_id: String,
    /// `userId`: see [`UpdateKROfWeightRequest::user_id`].
    pub user_id: String,
    /// `weight`: see [`UpdateKROfWeightRequest::weight`].
    pub weight: i64,
}
impl UpdateKROfWeightRequest {
    /// A `UpdateKROfWeightRequest` with its required fields (`krId`, `userId`, `weight`); set the others with the methods named after them.
    pub fn new(required: UpdateKROfWeightRequired) -> Self {
        let UpdateKROfWeightRequired { kr_id, user_id, weight } = required;
        Self { kr_id, user_id, weight }
    }
}
rt::impl_serialize! {
    UpdateKROfWeightRequest { "weight" => field(weight) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateKROfWeightRequest { "krId" => read_field(kr_id), "userId" =>
    read_field(user_id), "weight" => read_field(weight) }
}
impl rt::WriteRequest for UpdateKROfWeightRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("krId", &self.kr_id);
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_objective`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdateObjectiveRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `content`.
    pub content: String,
}
/// The required fields of [`UpdateObjectiveRequest`], each named where it is set: `UpdateObjectiveRequest::new(UpdateObjectiveRequired { .. })`.
pub struct UpdateObjectiveRequired {
    /// `userId`: see [`UpdateObjectiveRequest::user_id`].
    pub user_id: String,
    /// `content`: see [`UpdateObjectiveRequest::content`].
    pub content: String,
}
impl UpdateObjectiveRequest {
    /// A `UpdateObjectiveRequest` with its required fields (`userId`, `content`); set the others with the methods named after them.
    pub fn new(required: UpdateObjectiveRequired) -> Self {
        let UpdateObjectiveRequired { user_id, content } = required;
        Self { user_id, content }
    }
}
rt::impl_serialize! {
    UpdateObjectiveRequest { "content" => field(content) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateObjectiveRequest { "userId" => read_field(user_id), "content" =>
    read_field(content) }
}
impl rt::WriteRequest for UpdateObjectiveRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// The request of [`Api::update_privacy`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UpdatePrivacyRequest {
    /// `userId`: a query parameter.
    pub user_id: String,
    /// `privacy`.
    pub privacy: String,
    /// `targetId`.
    pub target_id: String,
    /// `targetType`.
    pub target_type: String,
}
/// The required fields of [`UpdatePrivacyRequest`], each named where it is set: `UpdatePrivacyRequest::new(UpdatePrivacyRequired { .. })`.
pub struct UpdatePrivacyRequired {
    /// `userId`: see [`UpdatePrivacyRequest::user_id`].
    pub user_id: String,
    /// `privacy`: see [`UpdatePrivacyRequest::privacy`].
    pub privacy: String,
    /// `targetId`: see [`UpdatePrivacyRequest::target_id`].
    pub target_id: String,
    /// `targetType`: see [`UpdatePrivacyRequest::target_type`].
    pub target_type: String,
}
impl UpdatePrivacyRequest {
    /// A `UpdatePrivacyRequest` with its required fields (`userId`, `privacy`, `targetId`, `targetType`); set the others with the methods named after them.
    pub fn new(required: UpdatePrivacyRequired) -> Self {
        let UpdatePrivacyRequired { user_id, privacy, target_id, target_type } = required;
        Self {
            user_id,
            privacy,
            target_id,
            target_type,
        }
    }
}
rt::impl_serialize! {
    UpdatePrivacyRequest { "privacy" => field(privacy), "targetId" => field(target_id),
    "targetType" => field(target_type) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdatePrivacyRequest { "userId" => read_field(user_id), "privacy" =>
    read_field(privacy), "targetId" => read_field(target_id), "targetType" =>
    read_field(target_type) }
}
impl rt::WriteRequest for UpdatePrivacyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("userId", &self.user_id);
        writer.json_body(self);
    }
}
/// An error reply of [`Api::align_objective`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AlignObjectiveError = rt::ServiceError;
/// An error reply of [`Api::batch_add_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchAddPermissionError = rt::ServiceError;
/// An error reply of [`Api::batch_query_objective`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryObjectiveError = rt::ServiceError;
/// An error reply of [`Api::batch_query_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryUserError = rt::ServiceError;
/// An error reply of [`Api::create_key_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateKeyResultError = rt::ServiceError;
/// An error reply of [`Api::create_objective`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateObjectiveError = rt::ServiceError;
/// An error reply of [`Api::delete_key_result`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteKeyResultError = rt::ServiceError;
/// An error reply of [`Api::delete_objective`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteObjectiveError = rt::ServiceError;
/// An error reply of [`Api::delete_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeletePermissionError = rt::ServiceError;
/// An error reply of [`Api::get_period_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPeriodListError = rt::ServiceError;
/// An error reply of [`Api::get_permission`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetPermissionError = rt::ServiceError;
/// An error reply of [`Api::get_user_okr`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetUserOkrError = rt::ServiceError;
/// An error reply of [`Api::okr_objectives_batch`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OkrObjectivesBatchError = rt::ServiceError;
/// An error reply of [`Api::okr_objectives_by_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OkrObjectivesByUserError = rt::ServiceError;
/// An error reply of [`Api::okr_periods`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OkrPeriodsError = rt::ServiceError;
/// An error reply of [`Api::un_align_objective`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UnAlignObjectiveError = rt::ServiceError;
/// An error reply of [`Api::update_kr_of_content`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateKROfContentError = rt::ServiceError;
/// An error reply of [`Api::update_kr_of_score`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateKROfScoreError = rt::ServiceError;
/// An error reply of [`Api::update_kr_of_weight`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateKROfWeightError = rt::ServiceError;
/// An error reply of [`Api::update_objective`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateObjectiveError = rt::ServiceError;
/// An error reply of [`Api::update_privacy`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdatePrivacyError = rt::ServiceError;
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
        "AlignObjective" => {
            rt::conformance::reply(
                    api.align_objective(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "BatchAddPermission" => {
            rt::conformance::reply(api.batch_add_permission(&inputs.request(true)?))
                .await
        }
        "BatchQueryObjective" => {
            rt::conformance::reply(api.batch_query_objective(&inputs.request(true)?))
                .await
        }
        "BatchQueryUser" => {
            rt::conformance::reply(api.batch_query_user(&inputs.request(true)?)).await
        }
        "CreateKeyResult" => {
            rt::conformance::reply(api.create_key_result(&inputs.request(true)?)).await
        }
        "CreateObjective" => {
            rt::conformance::reply(api.create_objective(&inputs.request(true)?)).await
        }
        "DeleteKeyResult" => {
            rt::conformance::reply(api.delete_key_result(&inputs.request(false)?)).await
        }
        "DeleteObjective" => {
            rt::conformance::reply(
                    api.delete_objective(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "DeletePermission" => {
            rt::conformance::reply(api.delete_permission(&inputs.request(false)?)).await
        }
        "GetPeriodList" => rt::conformance::reply(api.get_period_list()).await,
        "GetPermission" => {
            rt::conformance::reply(api.get_permission(&inputs.request(false)?)).await
        }
        "GetUserOkr" => {
            rt::conformance::reply(api.get_user_okr(&inputs.request(false)?)).await
        }
        "OkrObjectivesBatch" => {
            rt::conformance::reply(api.okr_objectives_batch(&inputs.request(true)?))
                .await
        }
        "OkrObjectivesByUser" => {
            rt::conformance::reply(
                    api
                        .okr_objectives_by_user(
                            inputs.path(0usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "OkrPeriods" => {
            rt::conformance::reply(api.okr_periods(&inputs.request(false)?)).await
        }
        "UnAlignObjective" => {
            rt::conformance::reply(
                    api.un_align_objective(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "UpdateKROfContent" => {
            rt::conformance::reply(api.update_kr_of_content(&inputs.request(true)?))
                .await
        }
        "UpdateKROfScore" => {
            rt::conformance::reply(api.update_kr_of_score(&inputs.request(true)?)).await
        }
        "UpdateKROfWeight" => {
            rt::conformance::reply(api.update_kr_of_weight(&inputs.request(true)?)).await
        }
        "UpdateObjective" => {
            rt::conformance::reply(
                    api.update_objective(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "UpdatePrivacy" => {
            rt::conformance::reply(api.update_privacy(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
