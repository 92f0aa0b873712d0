// @generated from api-spec/oapi_media.yaml by `cargo xtask gen`. Do not edit by hand.
//! 媒体文件(旧版服务端 API，`oapi.dingtalk.com`):上传图片、语音、普通文件和视频，得到 `media_id`，用于工作通知(`oapi_message`)的 image、voice、file 消息和机器人消息(`robot_1_0` 的 sampleImageMsg、sampleAudio、sampleFile)。
//! Errors come in HTTP 200 replies as `errcode` (not 0), `errmsg`, `sub_code`, `sub_msg` and `request_id`.
//!
//! 1 operation, methods of [`Api`] (`client.oapi_media()`), behind the cargo feature `oapi_media`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://oapi.dingtalk.com";
/// The operations of `oapi_media`. Get it with `client.oapi_media()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 上传媒体文件
    ///
    /// 以 `multipart/form-data` 上传一个文件(表单字段 `media`，带文件名)，返回 `media_id`。
    /// 图片(image)不超过 20MB,支持 jpg、gif、png、bmp;语音(voice)不超过 2MB,支持 amr、mp3、wav;视频(video)不超过 20MB,支持 mp4;普通文件(file)不超过 20MB。
    /// 文档:<https://open.dingtalk.com/document/orgapp/upload-media-files>
    ///
    /// `POST /media/upload`: DingTalk's `UploadMedia` (module feature `oapi_media`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding a [`UploadMediaError`]: a variant per code of the operation's error table, and `Unhandled`; other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UploadMedia")]
    #[doc(alias = "/media/upload")]
    #[doc(alias = "POST /media/upload")]
    pub fn upload_media(
        &self,
        request: &UploadMediaRequest,
    ) -> rt::Call<UploadMediaResponse, UploadMediaError> {
        static OPERATION: rt::Operation = rt::Operation::new(
                "UploadMedia",
                rt::Method::Post,
                "/media/upload",
                None,
                DEFAULT_BASE_URL,
                rt::ResponseBody::Json,
            )
            .token_in_query("access_token")
            .errcode_errors();
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// The request of [`Api::upload_media`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct UploadMediaRequest {
    /// 媒体文件类型:image、voice、video 或 file。
    ///
    /// `type`: a query parameter.
    pub r#type: String,
    /// 要上传的文件:文件名与内容(字节、磁盘上的文件或流)。
    ///
    /// `media`: a part of the `multipart/form-data` body.
    pub media: rt::FilePart,
}
/// The required fields of [`UploadMediaRequest`], each named where it is set: `UploadMediaRequest::new(UploadMediaRequired { .. })`.
pub struct UploadMediaRequired {
    /// `type`: see [`UploadMediaRequest::r#type`](UploadMediaRequest::type).
    pub r#type: String,
    /// `media`: see [`UploadMediaRequest::media`].
    pub media: rt::FilePart,
}
impl UploadMediaRequest {
    /// A `UploadMediaRequest` with its required fields (`type`, `media`); set the others with the methods named after them.
    pub fn new(required: UploadMediaRequired) -> Self {
        let UploadMediaRequired { r#type, media } = required;
        Self { r#type, media }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UploadMediaRequest { "type" => read_field(r#type), "media" => read_field(media) }
}
impl rt::WriteRequest for UploadMediaRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("type", &self.r#type);
        writer.part_file("media", &self.media);
    }
}
/// `UploadMediaResponse`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UploadMediaResponse {
    /// 媒体文件类型。
    pub r#type: Option<String>,
    /// 媒体文件的 id，用于发送消息。
    pub media_id: Option<String>,
    /// 上传时间(毫秒)。
    pub created_at: Option<i64>,
}
rt::impl_deserialize! {
    UploadMediaResponse { "type" => read_field(r#type), "media_id" =>
    read_field(media_id), "created_at" => read_field(created_at) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    UploadMediaResponse { "type" => optional(r#type), "media_id" => optional(media_id),
    "created_at" => optional(created_at) }
}
/// An error reply of [`Api::upload_media`], sorted by its `code` (DingTalk sends business errors with any status, 500 included).
#[derive(Debug)]
#[non_exhaustive]
pub enum UploadMediaError {
    /// `40004`
    ///
    /// - HTTP 200, message `不合法的媒体文件类型`
    V40004(rt::ServiceError),
    /// `40005`
    ///
    /// - HTTP 200, message `不合法的文件类型`
    V40005(rt::ServiceError),
    /// `40006`
    ///
    /// - HTTP 200, message `不合法的文件大小`
    V40006(rt::ServiceError),
    /// A code the error table does not list.
    Unhandled(rt::ServiceError),
}
rt::impl_operation_error! {
    UploadMediaError { V40004 = "40004", V40005 = "40005", V40006 = "40006" }
}
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
        "UploadMedia" => {
            rt::conformance::reply(api.upload_media(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
