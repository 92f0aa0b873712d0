// @generated from api-spec/shangou_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! shangou（未在钉钉开放平台文档中找到）：餐饮评价数据的写入。
//!
//! 1 operation, methods of [`Api`] (`client.shangou_1_0()`), behind the cargo feature `shangou_1_0`; its paths start with `/v1.0/shangou/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `shangou_1_0`. Get it with `client.shangou_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 新增餐饮评价数据
    ///
    /// `POST /v1.0/shangou/comment/create`: DingTalk's `AddCateringComment` (module feature `shangou_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddCateringComment")]
    #[doc(alias = "/v1.0/shangou/comment/create")]
    #[doc(alias = "POST /v1.0/shangou/comment/create")]
    pub fn add_catering_comment(
        &self,
        request: &AddCateringCommentRequest,
    ) -> rt::Call<AddCateringCommentResponseBody, AddCateringCommentError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddCateringComment",
            rt::Method::Post,
            "/v1.0/shangou/comment/create",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `AddCateringCommentResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddCateringCommentResponseBody {
    /// `errorCode`.
    pub error_code: Option<String>,
    /// `errorMsg`.
    pub error_msg: Option<String>,
    /// `result`.
    pub result: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    AddCateringCommentResponseBody { "errorCode" => read_field(error_code), "errorMsg" =>
    read_field(error_msg), "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddCateringCommentResponseBody { "errorCode" => optional(error_code), "errorMsg" =>
    optional(error_msg), "result" => optional(result), "success" => optional(success) }
}
/// The request of [`Api::add_catering_comment`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddCateringCommentRequest {
    /// `commentId`.
    pub comment_id: String,
    /// `orderId`.
    pub order_id: Option<String>,
    /// `rateContent`.
    pub rate_content: Option<String>,
    /// `ratedAt`.
    pub rated_at: Option<i64>,
    /// `rating`.
    pub rating: Option<f64>,
    /// `shopId`.
    pub shop_id: String,
    /// `source`.
    pub source: String,
    /// `status`.
    pub status: Option<i64>,
}
/// The required fields of [`AddCateringCommentRequest`], each named where it is set: `AddCateringCommentRequest::new(AddCateringCommentRequired { .. })`.
pub struct AddCateringCommentRequired {
    /// `commentId`: see [`AddCateringCommentRequest::comment_id`].
    pub comment_id: String,
    /// `shopId`: see [`AddCateringCommentRequest::shop_id`].
    pub shop_id: String,
    /// `source`: see [`AddCateringCommentRequest::source`].
    pub source: String,
}
impl AddCateringCommentRequest {
    /// A `AddCateringCommentRequest` with its required fields (`commentId`, `shopId`, `source`); set the others with the methods named after them.
    pub fn new(required: AddCateringCommentRequired) -> Self {
        let AddCateringCommentRequired { comment_id, shop_id, source } = required;
        Self {
            comment_id,
            order_id: None,
            rate_content: None,
            rated_at: None,
            rating: None,
            shop_id,
            source,
            status: None,
        }
    }
    /// Sets `orderId`.
    pub fn order_id(mut self, value: impl Into<String>) -> Self {
        self.order_id = Some(value.into());
        self
    }
    /// Sets `rateContent`.
    pub fn rate_content(mut self, value: impl Into<String>) -> Self {
        self.rate_content = Some(value.into());
        self
    }
    /// Sets `ratedAt`.
    pub fn rated_at(mut self, value: i64) -> Self {
        self.rated_at = Some(value);
        self
    }
    /// Sets `rating`.
    pub fn rating(mut self, value: f64) -> Self {
        self.rating = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
}
rt::impl_serialize! {
    AddCateringCommentRequest { "commentId" => field(comment_id), "orderId" =>
    optional(order_id), "rateContent" => optional(rate_content), "ratedAt" =>
    optional(rated_at), "rating" => optional(rating), "shopId" => field(shop_id),
    "source" => field(source), "status" => optional(status) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddCateringCommentRequest { "commentId" => read_field(comment_id), "orderId" =>
    read_field(order_id), "rateContent" => read_field(rate_content), "ratedAt" =>
    read_field(rated_at), "rating" => read_field(rating), "shopId" =>
    read_field(shop_id), "source" => read_field(source), "status" => read_field(status) }
}
impl rt::WriteRequest for AddCateringCommentRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::add_catering_comment`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddCateringCommentError = rt::ServiceError;
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
        "AddCateringComment" => {
            rt::conformance::reply(api.add_catering_comment(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
