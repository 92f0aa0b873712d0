// @generated from api-spec/apaas_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉 aPaaS 模板 (aPaaS)：模板的批量创建、查询与修改。
//!
//! 7 operations, methods of [`Api`] (`client.apaas_1_0()`), behind the cargo feature `apaas_1_0`; its paths start with `/v1.0/apaas/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `apaas_1_0`. Get it with `client.apaas_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 批量创建模板
    ///
    /// `POST /v1.0/apaas/templates`: DingTalk's `BatchCreateTemplate` (module feature `apaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchCreateTemplate")]
    #[doc(alias = "/v1.0/apaas/templates")]
    #[doc(alias = "POST /v1.0/apaas/templates")]
    pub fn batch_create_template(
        &self,
        request: &BatchCreateTemplateRequest,
    ) -> rt::Call<BatchCreateTemplateResponseBody, BatchCreateTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchCreateTemplate",
            rt::Method::Post,
            "/v1.0/apaas/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量查询模板
    ///
    /// `POST /v1.0/apaas/templates/query`: DingTalk's `BatchQueryByTemplateKey` (module feature `apaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchQueryByTemplateKey")]
    #[doc(alias = "/v1.0/apaas/templates/query")]
    #[doc(alias = "POST /v1.0/apaas/templates/query")]
    pub fn batch_query_by_template_key(
        &self,
        request: &BatchQueryByTemplateKeyRequest,
    ) -> rt::Call<BatchQueryByTemplateKeyResponseBody, BatchQueryByTemplateKeyError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchQueryByTemplateKey",
            rt::Method::Post,
            "/v1.0/apaas/templates/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 批量修改模板
    ///
    /// `PUT /v1.0/apaas/templates`: DingTalk's `BatchUpdateTemplate` (module feature `apaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "BatchUpdateTemplate")]
    #[doc(alias = "/v1.0/apaas/templates")]
    #[doc(alias = "PUT /v1.0/apaas/templates")]
    pub fn batch_update_template(
        &self,
        request: &BatchUpdateTemplateRequest,
    ) -> rt::Call<BatchUpdateTemplateResponseBody, BatchUpdateTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "BatchUpdateTemplate",
            rt::Method::Put,
            "/v1.0/apaas/templates",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询行业标签
    ///
    /// `GET /v1.0/apaas/templates/industries`: DingTalk's `QueryIndustryTagList` (module feature `apaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryIndustryTagList")]
    #[doc(alias = "/v1.0/apaas/templates/industries")]
    #[doc(alias = "GET /v1.0/apaas/templates/industries")]
    pub fn query_industry_tag_list(
        &self,
    ) -> rt::Call<QueryIndustryTagListResponseBody, QueryIndustryTagListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryIndustryTagList",
            rt::Method::Get,
            "/v1.0/apaas/templates/industries",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询角色
    ///
    /// `GET /v1.0/apaas/templates/roles`: DingTalk's `QueryRoleTagList` (module feature `apaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryRoleTagList")]
    #[doc(alias = "/v1.0/apaas/templates/roles")]
    #[doc(alias = "GET /v1.0/apaas/templates/roles")]
    pub fn query_role_tag_list(
        &self,
    ) -> rt::Call<QueryRoleTagListResponseBody, QueryRoleTagListError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryRoleTagList",
            rt::Method::Get,
            "/v1.0/apaas/templates/roles",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 查询模板分类
    ///
    /// `GET /v1.0/apaas/templates/categories`: DingTalk's `QueryTemplateCategorys` (module feature `apaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryTemplateCategorys")]
    #[doc(alias = "/v1.0/apaas/templates/categories")]
    #[doc(alias = "GET /v1.0/apaas/templates/categories")]
    pub fn query_template_categorys(
        &self,
    ) -> rt::Call<QueryTemplateCategorysResponseBody, QueryTemplateCategorysError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryTemplateCategorys",
            rt::Method::Get,
            "/v1.0/apaas/templates/categories",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], &())
    }
    /// 撤回模板审核
    ///
    /// `POST /v1.0/apaas/templates/audits/recall`: DingTalk's `RecallAuditTemplate` (module feature `apaas_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "RecallAuditTemplate")]
    #[doc(alias = "/v1.0/apaas/templates/audits/recall")]
    #[doc(alias = "POST /v1.0/apaas/templates/audits/recall")]
    pub fn recall_audit_template(
        &self,
        request: &RecallAuditTemplateRequest,
    ) -> rt::Call<RecallAuditTemplateResponseBody, RecallAuditTemplateError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "RecallAuditTemplate",
            rt::Method::Post,
            "/v1.0/apaas/templates/audits/recall",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `BatchCreateTemplateRequestTemplateList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateTemplateRequestTemplateList {
    /// `adaptEnv`.
    pub adapt_env: Vec<String>,
    /// `appDesc`.
    pub app_desc: String,
    /// `appIcon`.
    pub app_icon: String,
    /// `caseVideoList`.
    pub case_video_list: Option<Vec<String>>,
    /// `categoryCode`.
    pub category_code: String,
    /// `coverImgList`.
    pub cover_img_list: Option<Vec<String>>,
    /// `expUrl`.
    pub exp_url: Option<String>,
    /// `industryLabelList`.
    pub industry_label_list: Vec<String>,
    /// `installTimes`.
    pub install_times: i64,
    /// `mobilePreviewMediaList`.
    pub mobile_preview_media_list: Option<Vec<String>>,
    /// `name`.
    pub name: String,
    /// `previewMediaList`.
    pub preview_media_list: Vec<String>,
    /// `providerName`.
    pub provider_name: Option<String>,
    /// `roleLabelList`.
    pub role_label_list: Vec<String>,
    /// `simpleDesc`.
    pub simple_desc: String,
    /// `templateKey`.
    pub template_key: String,
    /// `useCasesMediaList`.
    pub use_cases_media_list: Option<Vec<String>>,
}
/// The required fields of [`BatchCreateTemplateRequestTemplateList`], each named where it is set: `BatchCreateTemplateRequestTemplateList::new(BatchCreateTemplateRequestTemplateListRequired { .. })`.
pub struct BatchCreateTemplateRequestTemplateListRequired {
    /// `adaptEnv`: see [`BatchCreateTemplateRequestTemplateList::adapt_env`].
    pub adapt_env: Vec<String>,
    /// `appDesc`: see [`BatchCreateTemplateRequestTemplateList::app_desc`].
    pub app_desc: String,
    /// `appIcon`: see [`BatchCreateTemplateRequestTemplateList::app_icon`].
    pub app_icon: String,
    /// `categoryCode`: see [`BatchCreateTemplateRequestTemplateList::category_code`].
    pub category_code: String,
    /// `industryLabelList`: see [`BatchCreateTemplateRequestTemplateList::industry_label_list`].
    pub industry_label_list: Vec<String>,
    /// `installTimes`: see [`BatchCreateTemplateRequestTemplateList::install_times`].
    pub install_times: i64,
    /// `name`: see [`BatchCreateTemplateRequestTemplateList::name`].
    pub name: String,
    /// `previewMediaList`: see [`BatchCreateTemplateRequestTemplateList::preview_media_list`].
    pub preview_media_list: Vec<String>,
    /// `roleLabelList`: see [`BatchCreateTemplateRequestTemplateList::role_label_list`].
    pub role_label_list: Vec<String>,
    /// `simpleDesc`: see [`BatchCreateTemplateRequestTemplateList::simple_desc`].
    pub simple_desc: String,
    /// `templateKey`: see [`BatchCreateTemplateRequestTemplateList::template_key`].
    pub template_key: String,
}
impl BatchCreateTemplateRequestTemplateList {
    /// A `BatchCreateTemplateRequestTemplateList` with its required fields (`adaptEnv`, `appDesc`, `appIcon`, `categoryCode`, `industryLabelList`, `installTimes`, `name`, `previewMediaList`, `roleLabelList`, `simpleDesc`, `templateKey`); set the others with the methods named after them.
    pub fn new(required: BatchCreateTemplateRequestTemplateListRequired) -> Self {
        let BatchCreateTemplateRequestTemplateListRequired {
            adapt_env,
            app_desc,
            app_icon,
            category_code,
            industry_label_list,
            install_times,
            name,
            preview_media_list,
            role_label_list,
            simple_desc,
            template_key,
        } = required;
        Self {
            adapt_env,
            app_desc,
            app_icon,
            case_video_list: None,
            category_code,
            cover_img_list: None,
            exp_url: None,
            industry_label_list,
            install_times,
            mobile_preview_media_list: None,
            name,
            preview_media_list,
            provider_name: None,
            role_label_list,
            simple_desc,
            template_key,
            use_cases_media_list: None,
        }
    }
    /// Sets `caseVideoList`.
    pub fn case_video_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.case_video_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `coverImgList`.
    pub fn cover_img_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.cover_img_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `expUrl`.
    pub fn exp_url(mut self, value: impl Into<String>) -> Self {
        self.exp_url = Some(value.into());
        self
    }
    /// Sets `mobilePreviewMediaList`.
    pub fn mobile_preview_media_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.mobile_preview_media_list = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `providerName`.
    pub fn provider_name(mut self, value: impl Into<String>) -> Self {
        self.provider_name = Some(value.into());
        self
    }
    /// Sets `useCasesMediaList`.
    pub fn use_cases_media_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.use_cases_media_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    BatchCreateTemplateRequestTemplateList { "adaptEnv" => field(adapt_env), "appDesc" =>
    field(app_desc), "appIcon" => field(app_icon), "caseVideoList" =>
    optional(case_video_list), "categoryCode" => field(category_code), "coverImgList" =>
    optional(cover_img_list), "expUrl" => optional(exp_url), "industryLabelList" =>
    field(industry_label_list), "installTimes" => field(install_times),
    "mobilePreviewMediaList" => optional(mobile_preview_media_list), "name" =>
    field(name), "previewMediaList" => field(preview_media_list), "providerName" =>
    optional(provider_name), "roleLabelList" => field(role_label_list), "simpleDesc" =>
    field(simple_desc), "templateKey" => field(template_key), "useCasesMediaList" =>
    optional(use_cases_media_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchCreateTemplateRequestTemplateList { "adaptEnv" => read_field(adapt_env),
    "appDesc" => read_field(app_desc), "appIcon" => read_field(app_icon), "caseVideoList"
    => read_field(case_video_list), "categoryCode" => read_field(category_code),
    "coverImgList" => read_field(cover_img_list), "expUrl" => read_field(exp_url),
    "industryLabelList" => read_field(industry_label_list), "installTimes" =>
    read_field(install_times), "mobilePreviewMediaList" =>
    read_field(mobile_preview_media_list), "name" => read_field(name), "previewMediaList"
    => read_field(preview_media_list), "providerName" => read_field(provider_name),
    "roleLabelList" => read_field(role_label_list), "simpleDesc" =>
    read_field(simple_desc), "templateKey" => read_field(template_key),
    "useCasesMediaList" => read_field(use_cases_media_list) }
}
/// `BatchCreateTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchCreateTemplateResponseBody {
    /// `createResultList`.
    pub create_result_list: Option<Vec<BatchCreateTemplateResponseBodyCreateResultList>>,
}
rt::impl_deserialize! {
    BatchCreateTemplateResponseBody { "createResultList" =>
    read_field(create_result_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchCreateTemplateResponseBody { "createResultList" => optional(create_result_list)
    }
}
/// `BatchQueryByTemplateKeyResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryByTemplateKeyResponseBody {
    /// `templateList`.
    pub template_list: Option<Vec<BatchQueryByTemplateKeyResponseBodyTemplateList>>,
}
rt::impl_deserialize! {
    BatchQueryByTemplateKeyResponseBody { "templateList" => read_field(template_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryByTemplateKeyResponseBody { "templateList" => optional(template_list) }
}
/// `BatchUpdateTemplateRequestTemplateList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateTemplateRequestTemplateList {
    /// `adaptEnv`.
    pub adapt_env: Vec<String>,
    /// `appDesc`.
    pub app_desc: String,
    /// `appIcon`.
    pub app_icon: String,
    /// `caseVideoList`.
    pub case_video_list: Option<Vec<String>>,
    /// `categoryCode`.
    pub category_code: String,
    /// `coverImgList`.
    pub cover_img_list: Option<Vec<String>>,
    /// `expUrl`.
    pub exp_url: Option<String>,
    /// `industryLabelList`.
    pub industry_label_list: Vec<String>,
    /// `mobilePreviewMediaList`.
    pub mobile_preview_media_list: Option<Vec<String>>,
    /// `name`.
    pub name: String,
    /// `previewMediaList`.
    pub preview_media_list: Vec<String>,
    /// `providerName`.
    pub provider_name: Option<String>,
    /// `roleLabelList`.
    pub role_label_list: Vec<String>,
    /// `simpleDesc`.
    pub simple_desc: String,
    /// `templateKey`.
    pub template_key: String,
    /// `useCasesMediaList`.
    pub use_cases_media_list: Option<Vec<String>>,
}
/// The required fields of [`BatchUpdateTemplateRequestTemplateList`], each named where it is set: `BatchUpdateTemplateRequestTemplateList::new(BatchUpdateTemplateRequestTemplateListRequired { .. })`.
pub struct BatchUpdateTemplateRequestTemplateListRequired {
    /// `adaptEnv`: see [`BatchUpdateTemplateRequestTemplateList::adapt_env`].
    pub adapt_env: Vec<String>,
    /// `appDesc`: see [`BatchUpdateTemplateRequestTemplateList::app_desc`].
    pub app_desc: String,
    /// `appIcon`: see [`BatchUpdateTemplateRequestTemplateList::app_icon`].
    pub app_icon: String,
    /// `categoryCode`: see [`BatchUpdateTemplateRequestTemplateList::category_code`].
    pub category_code: String,
    /// `industryLabelList`: see [`BatchUpdateTemplateRequestTemplateList::industry_label_list`].
    pub industry_label_list: Vec<String>,
    /// `name`: see [`BatchUpdateTemplateRequestTemplateList::name`].
    pub name: String,
    /// `previewMediaList`: see [`BatchUpdateTemplateRequestTemplateList::preview_media_list`].
    pub preview_media_list: Vec<String>,
    /// `roleLabelList`: see [`BatchUpdateTemplateRequestTemplateList::role_label_list`].
    pub role_label_list: Vec<String>,
    /// `simpleDesc`: see [`BatchUpdateTemplateRequestTemplateList::simple_desc`].
    pub simple_desc: String,
    /// `templateKey`: see [`BatchUpdateTemplateRequestTemplateList::template_key`].
    pub template_key: String,
}
impl BatchUpdateTemplateRequestTemplateList {
    /// A `BatchUpdateTemplateRequestTemplateList` with its required fields (`adaptEnv`, `appDesc`, `appIcon`, `categoryCode`, `industryLabelList`, `name`, `previewMediaList`, `roleLabelList`, `simpleDesc`, `templateKey`); set the others with the methods named after them.
    pub fn new(required: BatchUpdateTemplateRequestTemplateListRequired) -> Self {
        let BatchUpdateTemplateRequestTemplateListRequired {
            adapt_env,
            app_desc,
            app_icon,
            category_code,
            industry_label_list,
            name,
            preview_media_list,
            role_label_list,
            simple_desc,
            template_key,
        } = required;
        Self {
            adapt_env,
            app_desc,
            app_icon,
            case_video_list: None,
            category_code,
            cover_img_list: None,
            exp_url: None,
            industry_label_list,
            mobile_preview_media_list: None,
            name,
            preview_media_list,
            provider_name: None,
            role_label_list,
            simple_desc,
            template_key,
            use_cases_media_list: None,
        }
    }
    /// Sets `caseVideoList`.
    pub fn case_video_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.case_video_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `coverImgList`.
    pub fn cover_img_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.cover_img_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `expUrl`.
    pub fn exp_url(mut self, value: impl Into<String>) -> Self {
        self.exp_url = Some(value.into());
        self
    }
    /// Sets `mobilePreviewMediaList`.
    pub fn mobile_preview_media_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.mobile_preview_media_list = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }
    /// Sets `providerName`.
    pub fn provider_name(mut self, value: impl Into<String>) -> Self {
        self.provider_name = Some(value.into());
        self
    }
    /// Sets `useCasesMediaList`.
    pub fn use_cases_media_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.use_cases_media_list = Some(value.into_iter().map(Into::into).collect());
        self
    }
}
rt::impl_serialize! {
    BatchUpdateTemplateRequestTemplateList { "adaptEnv" => field(adapt_env), "appDesc" =>
    field(app_desc), "appIcon" => field(app_icon), "caseVideoList" =>
    optional(case_video_list), "categoryCode" => field(category_code), "coverImgList" =>
    optional(cover_img_list), "expUrl" => optional(exp_url), "industryLabelList" =>
    field(industry_label_list), "mobilePreviewMediaList" =>
    optional(mobile_preview_media_list), "name" => field(name), "previewMediaList" =>
    field(preview_media_list), "providerName" => optional(provider_name), "roleLabelList"
    => field(role_label_list), "simpleDesc" => field(simple_desc), "templateKey" =>
    field(template_key), "useCasesMediaList" => optional(use_cases_media_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateTemplateRequestTemplateList { "adaptEnv" => read_field(adapt_env),
    "appDesc" => read_field(app_desc), "appIcon" => read_field(app_icon), "caseVideoList"
    => read_field(case_video_list), "categoryCode" => read_field(category_code),
    "coverImgList" => read_field(cover_img_list), "expUrl" => read_field(exp_url),
    "industryLabelList" => read_field(industry_label_list), "mobilePreviewMediaList" =>
    read_field(mobile_preview_media_list), "name" => read_field(name), "previewMediaList"
    => read_field(preview_media_list), "providerName" => read_field(provider_name),
    "roleLabelList" => read_field(role_label_list), "simpleDesc" =>
    read_field(simple_desc), "templateKey" => read_field(template_key),
    "useCasesMediaList" => read_field(use_cases_media_list) }
}
/// `BatchUpdateTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchUpdateTemplateResponseBody {
    /// `updateResultList`.
    pub update_result_list: Option<Vec<BatchUpdateTemplateResponseBodyUpdateResultList>>,
}
rt::impl_deserialize! {
    BatchUpdateTemplateResponseBody { "updateResultList" =>
    read_field(update_result_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchUpdateTemplateResponseBody { "updateResultList" => optional(update_result_list)
    }
}
/// `QueryIndustryTagListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryIndustryTagListResponseBody {
    /// `industryList`.
    pub industry_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryIndustryTagListResponseBody { "industryList" => read_field(industry_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryIndustryTagListResponseBody { "industryList" => optional(industry_list) }
}
/// `QueryRoleTagListResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryRoleTagListResponseBody {
    /// `roleList`.
    pub role_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryRoleTagListResponseBody { "roleList" => read_field(role_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryRoleTagListResponseBody { "roleList" => optional(role_list) }
}
/// `QueryTemplateCategorysResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTemplateCategorysResponseBody {
    /// `categoryList`.
    pub category_list: Option<Vec<QueryTemplateCategorysResponseBodyCategoryList>>,
    /// `total`.
    pub total: Option<String>,
}
rt::impl_deserialize! {
    QueryTemplateCategorysResponseBody { "categoryList" => read_field(category_list),
    "total" => read_field(total) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateCategorysResponseBody { "categoryList" => optional(category_list),
    "total" => optional(total) }
}
/// `RecallAuditTemplateResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RecallAuditTemplateResponseBody {
    /// `recallResult`.
    pub recall_result: Option<Vec<RecallAuditTemplateResponseBodyRecallResult>>,
}
rt::impl_deserialize! {
    RecallAuditTemplateResponseBody { "recallResult" => read_field(recall_result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    RecallAuditTemplateResponseBody { "recallResult" => optional(recall_result) }
}
/// `BatchCreateTemplateResponseBodyCreateResultList`, a model several operations share: also named [`BatchUpdateTemplateResponseBodyUpdateResultList`], [`RecallAuditTemplateResponseBodyRecallResult`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchCreateTemplateResponseBodyCreateResultList {
    /// `templateKey`.
    pub template_key: Option<String>,
    /// `value`.
    pub value: Option<String>,
}
rt::impl_deserialize! {
    BatchCreateTemplateResponseBodyCreateResultList { "templateKey" =>
    read_field(template_key), "value" => read_field(value) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchCreateTemplateResponseBodyCreateResultList { "templateKey" =>
    optional(template_key), "value" => optional(value) }
}
/// `BatchQueryByTemplateKeyResponseBodyTemplateList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BatchQueryByTemplateKeyResponseBodyTemplateList {
    /// `adaptEnv`.
    pub adapt_env: Option<Vec<String>>,
    /// `appDesc`.
    pub app_desc: Option<String>,
    /// `appIcon`.
    pub app_icon: Option<String>,
    /// `caseVideoList`.
    pub case_video_list: Option<Vec<String>>,
    /// `category`.
    pub category: Option<String>,
    /// `coverImgList`.
    pub cover_img_list: Option<Vec<String>>,
    /// `expUrl`.
    pub exp_url: Option<String>,
    /// `industryLabelList`.
    pub industry_label_list: Option<Vec<String>>,
    /// `installTimes`.
    pub install_times: Option<f64>,
    /// `mobilePreviewMediaList`.
    pub mobile_preview_media_list: Option<Vec<String>>,
    /// `name`.
    pub name: Option<String>,
    /// `previewMediaList`.
    pub preview_media_list: Option<Vec<String>>,
    /// `providerName`.
    pub provider_name: Option<String>,
    /// `roleLabelList`.
    pub role_label_list: Option<Vec<String>>,
    /// `simpleDesc`.
    pub simple_desc: Option<String>,
    /// `templateKey`.
    pub template_key: Option<String>,
    /// `useCasesMediaList`.
    pub use_cases_media_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    BatchQueryByTemplateKeyResponseBodyTemplateList { "adaptEnv" =>
    read_field(adapt_env), "appDesc" => read_field(app_desc), "appIcon" =>
    read_field(app_icon), "caseVideoList" => read_field(case_video_list), "category" =>
    read_field(category), "coverImgList" => read_field(cover_img_list), "expUrl" =>
    read_field(exp_url), "industryLabelList" => read_field(industry_label_list),
    "installTimes" => read_field(install_times), "mobilePreviewMediaList" =>
    read_field(mobile_preview_media_list), "name" => read_field(name), "previewMediaList"
    => read_field(preview_media_list), "providerName" => read_field(provider_name),
    "roleLabelList" => read_field(role_label_list), "simpleDesc" =>
    read_field(simple_desc), "templateKey" => read_field(template_key),
    "useCasesMediaList" => read_field(use_cases_media_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryByTemplateKeyResponseBodyTemplateList { "adaptEnv" => optional(adapt_env),
    "appDesc" => optional(app_desc), "appIcon" => optional(app_icon), "caseVideoList" =>
    optional(case_video_list), "category" => optional(category), "coverImgList" =>
    optional(cover_img_list), "expUrl" => optional(exp_url), "industryLabelList" =>
    optional(industry_label_list), "installTimes" => optional(install_times),
    "mobilePreviewMediaList" => optional(mobile_preview_media_list), "name" =>
    optional(name), "previewMediaList" => optional(preview_media_list), "providerName" =>
    optional(provider_name), "roleLabelList" => optional(role_label_list), "simpleDesc"
    => optional(simple_desc), "templateKey" => optional(template_key),
    "useCasesMediaList" => optional(use_cases_media_list) }
}
/// `BatchUpdateTemplateResponseBodyUpdateResultList`: the same model as [`BatchCreateTemplateResponseBodyCreateResultList`].
pub type BatchUpdateTemplateResponseBodyUpdateResultList = BatchCreateTemplateResponseBodyCreateResultList;
/// `QueryTemplateCategorysResponseBodyCategoryList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryTemplateCategorysResponseBodyCategoryList {
    /// `code`.
    pub code: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
rt::impl_deserialize! {
    QueryTemplateCategorysResponseBodyCategoryList { "code" => read_field(code), "name"
    => read_field(name) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateCategorysResponseBodyCategoryList { "code" => optional(code), "name" =>
    optional(name) }
}
/// `RecallAuditTemplateResponseBodyRecallResult`: the same model as [`BatchCreateTemplateResponseBodyCreateResultList`].
pub type RecallAuditTemplateResponseBodyRecallResult = BatchCreateTemplateResponseBodyCreateResultList;
/// The request of [`Api::batch_create_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateTemplateRequest {
    /// `templateList`.
    pub template_list: Vec<BatchCreateTemplateRequestTemplateList>,
}
/// The required fields of [`BatchCreateTemplateRequest`], each named where it is set: `BatchCreateTemplateRequest::new(BatchCreateTemplateRequired { .. })`.
pub struct BatchCreateTemplateRequired {
    /// `templateList`: see [`BatchCreateTemplateRequest::template_list`].
    pub template_list: Vec<BatchCreateTemplateRequestTemplateList>,
}
impl BatchCreateTemplateRequest {
    /// A `BatchCreateTemplateRequest` with its required fields (`templateList`); set the others with the methods named after them.
    pub fn new(required: BatchCreateTemplateRequired) -> Self {
        let BatchCreateTemplateRequired { template_list } = required;
        Self { template_list }
    }
}
rt::impl_serialize! {
    BatchCreateTemplateRequest { "templateList" => field(template_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchCreateTemplateRequest { "templateList" => read_field(template_list) }
}
impl rt::WriteRequest for BatchCreateTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_query_by_template_key`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryByTemplateKeyRequest {
    /// `templateKeys`.
    pub template_keys: Vec<String>,
}
/// The required fields of [`BatchQueryByTemplateKeyRequest`], each named where it is set: `BatchQueryByTemplateKeyRequest::new(BatchQueryByTemplateKeyRequired { .. })`.
pub struct BatchQueryByTemplateKeyRequired {
    /// `templateKeys`: see [`BatchQueryByTemplateKeyRequest::template_keys`].
    pub template_keys: Vec<String>,
}
impl BatchQueryByTemplateKeyRequest {
    /// A `BatchQueryByTemplateKeyRequest` with its required fields (`templateKeys`); set the others with the methods named after them.
    pub fn new(required: BatchQueryByTemplateKeyRequired) -> Self {
        let BatchQueryByTemplateKeyRequired { template_keys } = required;
        Self { template_keys }
    }
}
rt::impl_serialize! {
    BatchQueryByTemplateKeyRequest { "templateKeys" => field(template_keys) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchQueryByTemplateKeyRequest { "templateKeys" => read_field(template_keys) }
}
impl rt::WriteRequest for BatchQueryByTemplateKeyRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::batch_update_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateTemplateRequest {
    /// `templateList`.
    pub template_list: Vec<BatchUpdateTemplateRequestTemplateList>,
}
/// The required fields of [`BatchUpdateTemplateRequest`], each named where it is set: `BatchUpdateTemplateRequest::new(BatchUpdateTemplateRequired { .. })`.
pub struct BatchUpdateTemplateRequired {
    /// `templateList`: see [`BatchUpdateTemplateRequest::template_list`].
    pub template_list: Vec<BatchUpdateTemplateRequestTemplateList>,
}
impl BatchUpdateTemplateRequest {
    /// A `BatchUpdateTemplateRequest` with its required fields (`templateList`); set the others with the methods named after them.
    pub fn new(required: BatchUpdateTemplateRequired) -> Self {
        let BatchUpdateTemplateRequired { template_list } = required;
        Self { template_list }
    }
}
rt::impl_serialize! {
    BatchUpdateTemplateRequest { "templateList" => field(template_list) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    BatchUpdateTemplateRequest { "templateList" => read_field(template_list) }
}
impl rt::WriteRequest for BatchUpdateTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::recall_audit_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct RecallAuditTemplateRequest {
    /// `templateKeys`.
    pub template_keys: Vec<String>,
}
/// The required fields of [`RecallAuditTemplateRequest`], each named where it is set: `RecallAuditTemplateRequest::new(RecallAuditTemplateRequired { .. })`.
pub struct RecallAuditTemplateRequired {
    /// `templateKeys`: see [`RecallAuditTemplateRequest::template_keys`].
    pub template_keys: Vec<String>,
}
impl RecallAuditTemplateRequest {
    /// A `RecallAuditTemplateRequest` with its required fields (`templateKeys`); set the others with the methods named after them.
    pub fn new(required: RecallAuditTemplateRequired) -> Self {
        let RecallAuditTemplateRequired { template_keys } = required;
        Self { template_keys }
    }
}
rt::impl_serialize! {
    RecallAuditTemplateRequest { "templateKeys" => field(template_keys) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    RecallAuditTemplateRequest { "templateKeys" => read_field(template_keys) }
}
impl rt::WriteRequest for RecallAuditTemplateRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::batch_create_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchCreateTemplateError = rt::ServiceError;
/// An error reply of [`Api::batch_query_by_template_key`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchQueryByTemplateKeyError = rt::ServiceError;
/// An error reply of [`Api::batch_update_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type BatchUpdateTemplateError = rt::ServiceError;
/// An error reply of [`Api::query_industry_tag_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryIndustryTagListError = rt::ServiceError;
/// An error reply of [`Api::query_role_tag_list`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryRoleTagListError = rt::ServiceError;
/// An error reply of [`Api::query_template_categorys`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryTemplateCategorysError = rt::ServiceError;
/// An error reply of [`Api::recall_audit_template`]: the spec lists no error codes for it, so every code arrives as it is.
pub type RecallAuditTemplateError = rt::ServiceError;
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
        "BatchCreateTemplate" => {
            rt::conformance::reply(api.batch_create_template(&inputs.request(true)?))
                .await
        }
        "BatchQueryByTemplateKey" => {
            rt::conformance::reply(
                    api.batch_query_by_template_key(&inputs.request(true)?),
                )
                .await
        }
        "BatchUpdateTemplate" => {
            rt::conformance::reply(api.batch_update_template(&inputs.request(true)?))
                .await
        }
        "QueryIndustryTagList" => {
            rt::conformance::reply(api.query_industry_tag_list()).await
        }
        "QueryRoleTagList" => rt::conformance::reply(api.query_role_tag_list()).await,
        "QueryTemplateCategorys" => {
            rt::conformance::reply(api.query_template_categorys()).await
        }
        "RecallAuditTemplate" => {
            rt::conformance::reply(api.recall_audit_template(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
