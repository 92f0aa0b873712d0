// @generated from api-spec/apaas_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.apaas_1_0()`. Generated from `api-spec/apaas_1_0.yaml`.
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
    /// `POST /v1.0/apaas/templates` (operation `BatchCreateTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchCreateTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/apaas/templates/query` (operation `BatchQueryByTemplateKey`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchQueryByTemplateKeyError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `PUT /v1.0/apaas/templates` (operation `BatchUpdateTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`BatchUpdateTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/apaas/templates/industries` (operation `QueryIndustryTagList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryIndustryTagListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/apaas/templates/roles` (operation `QueryRoleTagList`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryRoleTagListError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `GET /v1.0/apaas/templates/categories` (operation `QueryTemplateCategorys`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryTemplateCategorysError`]; see [`Error`](::generated_client::Error) for the rest.
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
    /// `POST /v1.0/apaas/templates/audits/recall` (operation `RecallAuditTemplate`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`RecallAuditTemplateError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchCreateTemplateRequestTemplateList {
    /// A `BatchCreateTemplateRequestTemplateList` with its required fields (`adaptEnv`, `appDesc`, `appIcon`, `categoryCode`, `industryLabelList`, `installTimes`, `name`, `previewMediaList`, `roleLabelList`, `simpleDesc`, `templateKey`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        adapt_env: impl IntoIterator<Item = impl Into<String>>,
        app_desc: impl Into<String>,
        app_icon: impl Into<String>,
        category_code: impl Into<String>,
        industry_label_list: impl IntoIterator<Item = impl Into<String>>,
        install_times: i64,
        name: impl Into<String>,
        preview_media_list: impl IntoIterator<Item = impl Into<String>>,
        role_label_list: impl IntoIterator<Item = impl Into<String>>,
        simple_desc: impl Into<String>,
        template_key: impl Into<String>,
    ) -> Self {
        Self {
            adapt_env: adapt_env.into_iter().map(Into::into).collect(),
            app_desc: app_desc.into(),
            app_icon: app_icon.into(),
            case_video_list: None,
            category_code: category_code.into(),
            cover_img_list: None,
            exp_url: None,
            industry_label_list: industry_label_list
                .into_iter()
                .map(Into::into)
                .collect(),
            install_times,
            mobile_preview_media_list: None,
            name: name.into(),
            preview_media_list: preview_media_list.into_iter().map(Into::into).collect(),
            provider_name: None,
            role_label_list: role_label_list.into_iter().map(Into::into).collect(),
            simple_desc: simple_desc.into(),
            template_key: template_key.into(),
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
#[cfg(feature = "conformance")]
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchCreateTemplateResponseBody {
    /// `createResultList`.
    pub create_result_list: Option<Vec<BatchCreateTemplateResponseBodyCreateResultList>>,
}
rt::impl_deserialize! {
    BatchCreateTemplateResponseBody { "createResultList" =>
    read_field(create_result_list) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    BatchCreateTemplateResponseBody { "createResultList" => optional(create_result_list)
    }
}
/// `BatchQueryByTemplateKeyResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchQueryByTemplateKeyResponseBody {
    /// `templateList`.
    pub template_list: Option<Vec<BatchQueryByTemplateKeyResponseBodyTemplateList>>,
}
rt::impl_deserialize! {
    BatchQueryByTemplateKeyResponseBody { "templateList" => read_field(template_list) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    BatchQueryByTemplateKeyResponseBody { "templateList" => optional(template_list) }
}
/// `BatchUpdateTemplateRequestTemplateList`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl BatchUpdateTemplateRequestTemplateList {
    /// A `BatchUpdateTemplateRequestTemplateList` with its required fields (`adaptEnv`, `appDesc`, `appIcon`, `categoryCode`, `industryLabelList`, `name`, `previewMediaList`, `roleLabelList`, `simpleDesc`, `templateKey`); set the others with the methods named after them.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        adapt_env: impl IntoIterator<Item = impl Into<String>>,
        app_desc: impl Into<String>,
        app_icon: impl Into<String>,
        category_code: impl Into<String>,
        industry_label_list: impl IntoIterator<Item = impl Into<String>>,
        name: impl Into<String>,
        preview_media_list: impl IntoIterator<Item = impl Into<String>>,
        role_label_list: impl IntoIterator<Item = impl Into<String>>,
        simple_desc: impl Into<String>,
        template_key: impl Into<String>,
    ) -> Self {
        Self {
            adapt_env: adapt_env.into_iter().map(Into::into).collect(),
            app_desc: app_desc.into(),
            app_icon: app_icon.into(),
            case_video_list: None,
            category_code: category_code.into(),
            cover_img_list: None,
            exp_url: None,
            industry_label_list: industry_label_list
                .into_iter()
                .map(Into::into)
                .collect(),
            mobile_preview_media_list: None,
            name: name.into(),
            preview_media_list: preview_media_list.into_iter().map(Into::into).collect(),
            provider_name: None,
            role_label_list: role_label_list.into_iter().map(Into::into).collect(),
            simple_desc: simple_desc.into(),
            template_key: template_key.into(),
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
#[cfg(feature = "conformance")]
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct BatchUpdateTemplateResponseBody {
    /// `updateResultList`.
    pub update_result_list: Option<Vec<BatchUpdateTemplateResponseBodyUpdateResultList>>,
}
rt::impl_deserialize! {
    BatchUpdateTemplateResponseBody { "updateResultList" =>
    read_field(update_result_list) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    BatchUpdateTemplateResponseBody { "updateResultList" => optional(update_result_list)
    }
}
/// `QueryIndustryTagListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryIndustryTagListResponseBody {
    /// `industryList`.
    pub industry_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryIndustryTagListResponseBody { "industryList" => read_field(industry_list) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    QueryIndustryTagListResponseBody { "industryList" => optional(industry_list) }
}
/// `QueryRoleTagListResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryRoleTagListResponseBody {
    /// `roleList`.
    pub role_list: Option<Vec<String>>,
}
rt::impl_deserialize! {
    QueryRoleTagListResponseBody { "roleList" => read_field(role_list) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    QueryRoleTagListResponseBody { "roleList" => optional(role_list) }
}
/// `QueryTemplateCategorysResponseBody`.
#[derive(Clone, Debug, Default)]
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
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateCategorysResponseBody { "categoryList" => optional(category_list),
    "total" => optional(total) }
}
/// `RecallAuditTemplateResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct RecallAuditTemplateResponseBody {
    /// `recallResult`.
    pub recall_result: Option<Vec<RecallAuditTemplateResponseBodyRecallResult>>,
}
rt::impl_deserialize! {
    RecallAuditTemplateResponseBody { "recallResult" => read_field(recall_result) }
}
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    RecallAuditTemplateResponseBody { "recallResult" => optional(recall_result) }
}
/// `BatchCreateTemplateResponseBodyCreateResultList`.
#[derive(Clone, Debug, Default)]
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
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    BatchCreateTemplateResponseBodyCreateResultList { "templateKey" =>
    optional(template_key), "value" => optional(value) }
}
/// `BatchQueryByTemplateKeyResponseBodyTemplateList`.
#[derive(Clone, Debug, Default)]
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
#[cfg(any(feature = "conformance", feature = "test-util"))]
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
#[derive(Clone, Debug, Default)]
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
#[cfg(any(feature = "conformance", feature = "test-util"))]
rt::impl_serialize! {
    QueryTemplateCategorysResponseBodyCategoryList { "code" => optional(code), "name" =>
    optional(name) }
}
/// `RecallAuditTemplateResponseBodyRecallResult`: the same model as [`BatchCreateTemplateResponseBodyCreateResultList`].
pub type RecallAuditTemplateResponseBodyRecallResult = BatchCreateTemplateResponseBodyCreateResultList;
/// The request of [`Api::batch_create_template`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchCreateTemplateRequest {
    /// `templateList`.
    pub template_list: Vec<BatchCreateTemplateRequestTemplateList>,
}
impl BatchCreateTemplateRequest {
    /// A `BatchCreateTemplateRequest` with its required fields (`templateList`); set the others with the methods named after them.
    pub fn new(
        template_list: impl IntoIterator<Item = BatchCreateTemplateRequestTemplateList>,
    ) -> Self {
        Self {
            template_list: template_list.into_iter().collect(),
        }
    }
}
rt::impl_serialize! {
    BatchCreateTemplateRequest { "templateList" => field(template_list) }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchQueryByTemplateKeyRequest {
    /// `templateKeys`.
    pub template_keys: Vec<String>,
}
impl BatchQueryByTemplateKeyRequest {
    /// A `BatchQueryByTemplateKeyRequest` with its required fields (`templateKeys`); set the others with the methods named after them.
    pub fn new(template_keys: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            template_keys: template_keys.into_iter().map(Into::into).collect(),
        }
    }
}
rt::impl_serialize! {
    BatchQueryByTemplateKeyRequest { "templateKeys" => field(template_keys) }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct BatchUpdateTemplateRequest {
    /// `templateList`.
    pub template_list: Vec<BatchUpdateTemplateRequestTemplateList>,
}
impl BatchUpdateTemplateRequest {
    /// A `BatchUpdateTemplateRequest` with its required fields (`templateList`); set the others with the methods named after them.
    pub fn new(
        template_list: impl IntoIterator<Item = BatchUpdateTemplateRequestTemplateList>,
    ) -> Self {
        Self {
            template_list: template_list.into_iter().collect(),
        }
    }
}
rt::impl_serialize! {
    BatchUpdateTemplateRequest { "templateList" => field(template_list) }
}
#[cfg(feature = "conformance")]
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
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct RecallAuditTemplateRequest {
    /// `templateKeys`.
    pub template_keys: Vec<String>,
}
impl RecallAuditTemplateRequest {
    /// A `RecallAuditTemplateRequest` with its required fields (`templateKeys`); set the others with the methods named after them.
    pub fn new(template_keys: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Self {
            template_keys: template_keys.into_iter().map(Into::into).collect(),
        }
    }
}
rt::impl_serialize! {
    RecallAuditTemplateRequest { "templateKeys" => field(template_keys) }
}
#[cfg(feature = "conformance")]
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
