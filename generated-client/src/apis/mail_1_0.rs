// @generated from api-spec/mail_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 企业邮箱 (Mail)：邮箱用户、文件夹与草稿。
//!
//! 12 operations, methods of [`Api`] (`client.mail_1_0()`), behind the cargo feature `mail_1_0`; its paths start with `/v1.0/mail/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `mail_1_0`. Get it with `client.mail_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 创建邮件文件夹
    ///
    /// `POST /v1.0/mail/users/{email}/mailFolders`: DingTalk's `CreateMailFolder` (module feature `mail_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `email`: `{email}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateMailFolder")]
    #[doc(alias = "/v1.0/mail/users/{email}/mailFolders")]
    #[doc(alias = "POST /v1.0/mail/users/{email}/mailFolders")]
    pub fn create_mail_folder(
        &self,
        email: &str,
        request: &CreateMailFolderRequest,
    ) -> rt::Call<CreateMailFolderResponseBody, CreateMailFolderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateMailFolder",
            rt::Method::Post,
            "/v1.0/mail/users/{email}/mailFolders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[email], request)
    }
    /// 创建草稿
    ///
    /// `POST /v1.0/mail/users/{email}/messages`: DingTalk's `CreateMessage` (module feature `mail_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `email`: `{email}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateMessage")]
    #[doc(alias = "/v1.0/mail/users/{email}/messages")]
    #[doc(alias = "POST /v1.0/mail/users/{email}/messages")]
    pub fn create_message(
        &self,
        email: &str,
        request: &CreateMessageRequest,
    ) -> rt::Call<CreateMessageResponseBody, CreateMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateMessage",
            rt::Method::Post,
            "/v1.0/mail/users/{email}/messages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[email], request)
    }
    /// 创建企业邮箱用户
    ///
    /// `POST /v1.0/mail/users`: DingTalk's `CreateUser` (module feature `mail_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateUser")]
    #[doc(alias = "/v1.0/mail/users")]
    #[doc(alias = "POST /v1.0/mail/users")]
    pub fn create_user(
        &self,
        request: &CreateUserRequest,
    ) -> rt::Call<CreateUserResponseBody, CreateUserError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateUser",
            rt::Method::Post,
            "/v1.0/mail/users",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除文件夹
    ///
    /// `DELETE /v1.0/mail/users/{email}/mailFolders/{id}`: DingTalk's `DeleteMailFolder` (module feature `mail_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `email`: `{email}` in the path.
    /// - `id`: `{id}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteMailFolder")]
    #[doc(alias = "/v1.0/mail/users/{email}/mailFolders/{id}")]
    #[doc(alias = "DELETE /v1.0/mail/users/{email}/mailFolders/{id}")]
    pub fn delete_mail_folder(
        &self,
        email: &str,
        id: &str,
    ) -> rt::Call<DeleteMailFolderResponseBody, DeleteMailFolderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteMailFolder",
            rt::Method::Delete,
            "/v1.0/mail/users/{email}/mailFolders/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[email, id], &())
    }
    /// 批量删除邮件
    ///
    /// `POST /v1.0/mail/users/{email}/messages/batchDelete`: DingTalk's `DeleteMessages` (module feature `mail_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `email`: `{email}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DeleteMessages")]
    #[doc(alias = "/v1.0/mail/users/{email}/messages/batchDelete")]
    #[doc(alias = "POST /v1.0/mail/users/{email}/messages/batchDelete")]
    pub fn delete_messages(
        &self,
        email: &str,
        request: &DeleteMessagesRequest,
    ) -> rt::Call<DeleteMessagesResponseBody, DeleteMessagesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DeleteMessages",
            rt::Method::Post,
            "/v1.0/mail/users/{email}/messages/batchDelete",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[email], request)
    }
    /// 获取邮件元数据
    ///
    /// `GET /v1.0/mail/users/{email}/messages/{id}`: DingTalk's `GetMessage` (module feature `mail_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `email`: `{email}` in the path.
    /// - `id`: `{id}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetMessage")]
    #[doc(alias = "/v1.0/mail/users/{email}/messages/{id}")]
    #[doc(alias = "GET /v1.0/mail/users/{email}/messages/{id}")]
    pub fn get_message(
        &self,
        email: &str,
        id: &str,
        request: &GetMessageRequest,
    ) -> rt::Call<GetMessageResponseBody, GetMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetMessage",
            rt::Method::Get,
            "/v1.0/mail/users/{email}/messages/{id}",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[email, id], request)
    }
    /// 获取指定文件夹的子文件夹列表
    ///
    /// `GET /v1.0/mail/users/{email}/mailFolders`: DingTalk's `ListMailFolders` (module feature `mail_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `email`: `{email}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "ListMailFolders")]
    #[doc(alias = "/v1.0/mail/users/{email}/mailFolders")]
    #[doc(alias = "GET /v1.0/mail/users/{email}/mailFolders")]
    pub fn list_mail_folders(
        &self,
        email: &str,
        request: &ListMailFoldersRequest,
    ) -> rt::Call<ListMailFoldersResponseBody, ListMailFoldersError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListMailFolders",
            rt::Method::Get,
            "/v1.0/mail/users/{email}/mailFolders",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[email], request)
    }
    /// 获取邮件列表
    ///
    /// `GET /v1.0/mail/users/{email}/mailFolders/{folderId}/messages`: DingTalk's `ListMessages` (module feature `mail_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `email`: `{email}` in the path.
    /// - `folder_id`: `{folderId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    ///
    /// # Pages
    ///
    /// Every page, or every item, in a loop: [`Api::list_messages_pages`].
    #[doc(alias = "ListMessages")]
    #[doc(alias = "/v1.0/mail/users/{email}/mailFolders/{folderId}/messages")]
    #[doc(alias = "GET /v1.0/mail/users/{email}/mailFolders/{folderId}/messages")]
    pub fn list_messages(
        &self,
        email: &str,
        folder_id: &str,
        request: &ListMessagesRequest,
    ) -> rt::Call<ListMessagesResponseBody, ListMessagesError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "ListMessages",
            rt::Method::Get,
            "/v1.0/mail/users/{email}/mailFolders/{folderId}/messages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[email, folder_id], request)
    }
    /// 移动文件夹
    ///
    /// `POST /v1.0/mail/users/{email}/mailFolders/{id}/move`: DingTalk's `MoveMailFolder` (module feature `mail_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `email`: `{email}` in the path.
    /// - `id`: `{id}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "MoveMailFolder")]
    #[doc(alias = "/v1.0/mail/users/{email}/mailFolders/{id}/move")]
    #[doc(alias = "POST /v1.0/mail/users/{email}/mailFolders/{id}/move")]
    pub fn move_mail_folder(
        &self,
        email: &str,
        id: &str,
        request: &MoveMailFolderRequest,
    ) -> rt::Call<MoveMailFolderResponseBody, MoveMailFolderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "MoveMailFolder",
            rt::Method::Post,
            "/v1.0/mail/users/{email}/mailFolders/{id}/move",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[email, id], request)
    }
    /// 发送邮件
    ///
    /// `POST /v1.0/mail/users/{email}/messages/{id}/send`: DingTalk's `SendMessage` (module feature `mail_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `email`: `{email}` in the path.
    /// - `id`: `{id}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendMessage")]
    #[doc(alias = "/v1.0/mail/users/{email}/messages/{id}/send")]
    #[doc(alias = "POST /v1.0/mail/users/{email}/messages/{id}/send")]
    pub fn send_message(
        &self,
        email: &str,
        id: &str,
        request: &SendMessageRequest,
    ) -> rt::Call<SendMessageResponseBody, SendMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendMessage",
            rt::Method::Post,
            "/v1.0/mail/users/{email}/messages/{id}/send",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[email, id], request)
    }
    /// 修改文件夹信息
    ///
    /// `POST /v1.0/mail/users/{email}/mailFolders/{id}/update`: DingTalk's `UpdateMailFolder` (module feature `mail_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `email`: `{email}` in the path.
    /// - `id`: `{id}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateMailFolder")]
    #[doc(alias = "/v1.0/mail/users/{email}/mailFolders/{id}/update")]
    #[doc(alias = "POST /v1.0/mail/users/{email}/mailFolders/{id}/update")]
    pub fn update_mail_folder(
        &self,
        email: &str,
        id: &str,
        request: &UpdateMailFolderRequest,
    ) -> rt::Call<UpdateMailFolderResponseBody, UpdateMailFolderError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateMailFolder",
            rt::Method::Post,
            "/v1.0/mail/users/{email}/mailFolders/{id}/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[email, id], request)
    }
    /// 修改草稿
    ///
    /// `POST /v1.0/mail/users/{email}/messages/{id}/update`: DingTalk's `UpdateMessage` (module feature `mail_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `email`: `{email}` in the path.
    /// - `id`: `{id}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateMessage")]
    #[doc(alias = "/v1.0/mail/users/{email}/messages/{id}/update")]
    #[doc(alias = "POST /v1.0/mail/users/{email}/messages/{id}/update")]
    pub fn update_message(
        &self,
        email: &str,
        id: &str,
        request: &UpdateMessageRequest,
    ) -> rt::Call<UpdateMessageResponseBody, UpdateMessageError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateMessage",
            rt::Method::Post,
            "/v1.0/mail/users/{email}/messages/{id}/update",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[email, id], request)
    }
    /// Every page of [`Api::list_messages`]: the call again with `nextToken` set to the reply's `nextToken`, until a reply has no token or `hasMore` is `false`. Items: `messages` of each page.
    pub fn list_messages_pages(
        &self,
        email: &str,
        folder_id: &str,
        request: &ListMessagesRequest,
    ) -> rt::Paginator<ListMessagesResponseBody, ListMessagesError, Message> {
        static PAGING: rt::Paging = rt::Paging::new(
            "nextToken",
            true,
            false,
            &["nextToken"],
            &["hasMore"],
            &["messages"],
        );
        rt::Paginator::new(self.list_messages(email, folder_id, request), &PAGING)
    }
}
/// `CreateMailFolderResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateMailFolderResponseBody {
    /// `folder`.
    pub folder: Option<CreateMailFolderResponseBodyFolder>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    CreateMailFolderResponseBody { "folder" => read_field(folder), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateMailFolderResponseBody { "folder" => optional(folder), "requestId" =>
    optional(request_id) }
}
/// `DraftMessage`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DraftMessage {
    /// `bccRecipients`.
    pub bcc_recipients: Vec<Recipient>,
    /// `body`.
    pub body: DraftMessageBody,
    /// `ccRecipients`.
    pub cc_recipients: Vec<Recipient>,
    /// `from`.
    pub from: Recipient,
    /// `internetMessageHeaders`.
    pub internet_message_headers: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `internetMessageId`.
    pub internet_message_id: String,
    /// `isReadReceiptRequested`.
    pub is_read_receipt_requested: bool,
    /// `priority`.
    pub priority: String,
    /// `replyTo`.
    pub reply_to: Recipient,
    /// `subject`.
    pub subject: String,
    /// `summary`.
    pub summary: String,
    /// `tags`.
    pub tags: Vec<String>,
    /// `toRecipients`.
    pub to_recipients: Vec<Recipient>,
}
/// The required fields of [`DraftMessage`], each named where it is set: `DraftMessage::new(DraftMessageRequired { .. })`.
pub struct DraftMessageRequired {
    /// `bccRecipients`: see [`DraftMessage::bcc_recipients`].
    pub bcc_recipients: Vec<Recipient>,
    /// `body`: see [`DraftMessage::body`].
    pub body: DraftMessageBody,
    /// `ccRecipients`: see [`DraftMessage::cc_recipients`].
    pub cc_recipients: Vec<Recipient>,
    /// `from`: see [`DraftMessage::from`].
    pub from: Recipient,
    /// `internetMessageHeaders`: see [`DraftMessage::internet_message_headers`].
    pub internet_message_headers: rt::BTreeMap<String, rt::serde_json::Value>,
    /// `internetMessageId`: see [`DraftMessage::internet_message_id`].
    pub internet_message_id: String,
    /// `isReadReceiptRequested`: see [`DraftMessage::is_read_receipt_requested`].
    pub is_read_receipt_requested: bool,
    /// `priority`: see [`DraftMessage::priority`].
    pub priority: String,
    /// `replyTo`: see [`DraftMessage::reply_to`].
    pub reply_to: Recipient,
    /// `subject`: see [`DraftMessage::subject`].
    pub subject: String,
    /// `summary`: see [`DraftMessage::summary`].
    pub summary: String,
    /// `tags`: see [`DraftMessage::tags`].
    pub tags: Vec<String>,
    /// `toRecipients`: see [`DraftMessage::to_recipients`].
    pub to_recipients: Vec<Recipient>,
}
impl DraftMessage {
    /// A `DraftMessage` with its required fields (`bccRecipients`, `body`, `ccRecipients`, `from`, `internetMessageHeaders`, `internetMessageId`, `isReadReceiptRequested`, `priority`, `replyTo`, `subject`, `summary`, `tags`, `toRecipients`); set the others with the methods named after them.
    pub fn new(required: DraftMessageRequired) -> Self {
        let DraftMessageRequired {
            bcc_recipients,
            body,
            cc_recipients,
            from,
            internet_message_headers,
            internet_message_id,
            is_read_receipt_requested,
            priority,
            reply_to,
            subject,
            summary,
            tags,
            to_recipients,
        } = required;
        Self {
            bcc_recipients,
            body,
            cc_recipients,
            from,
            internet_message_headers,
            internet_message_id,
            is_read_receipt_requested,
            priority,
            reply_to,
            subject,
            summary,
            tags,
            to_recipients,
        }
    }
}
rt::impl_serialize! {
    DraftMessage { "bccRecipients" => field(bcc_recipients), "body" => field(body),
    "ccRecipients" => field(cc_recipients), "from" => field(from),
    "internetMessageHeaders" => field(internet_message_headers), "internetMessageId" =>
    field(internet_message_id), "isReadReceiptRequested" =>
    field(is_read_receipt_requested), "priority" => field(priority), "replyTo" =>
    field(reply_to), "subject" => field(subject), "summary" => field(summary), "tags" =>
    field(tags), "toRecipients" => field(to_recipients) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DraftMessage { "bccRecipients" => read_field(bcc_recipients), "body" =>
    read_field(body), "ccRecipients" => read_field(cc_recipients), "from" =>
    read_field(from), "internetMessageHeaders" => read_field(internet_message_headers),
    "internetMessageId" => read_field(internet_message_id), "isReadReceiptRequested" =>
    read_field(is_read_receipt_requested), "priority" => read_field(priority), "replyTo"
    => read_field(reply_to), "subject" => read_field(subject), "summary" =>
    read_field(summary), "tags" => read_field(tags), "toRecipients" =>
    read_field(to_recipients) }
}
/// `CreateMessageResponseBody`, a model several operations share: also named [`GetMessageResponseBody`], [`UpdateMessageResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateMessageResponseBody {
    /// `message`.
    pub message: Option<Message>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    CreateMessageResponseBody { "message" => read_field(message), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateMessageResponseBody { "message" => optional(message), "requestId" =>
    optional(request_id) }
}
/// `CreateUserResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateUserResponseBody {
    /// `email`.
    pub email: Option<String>,
}
rt::impl_deserialize! {
    CreateUserResponseBody { "email" => read_field(email) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateUserResponseBody { "email" => optional(email) }
}
/// `DeleteMailFolderResponseBody`, a model several operations share: also named [`DeleteMessagesResponseBody`], [`MoveMailFolderResponseBody`], [`SendMessageResponseBody`], [`UpdateMailFolderResponseBody`].
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DeleteMailFolderResponseBody {
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    DeleteMailFolderResponseBody { "requestId" => read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DeleteMailFolderResponseBody { "requestId" => optional(request_id) }
}
/// `DeleteMessagesResponseBody`: the same model as [`DeleteMailFolderResponseBody`].
pub type DeleteMessagesResponseBody = DeleteMailFolderResponseBody;
/// `GetMessageResponseBody`: the same model as [`CreateMessageResponseBody`].
pub type GetMessageResponseBody = CreateMessageResponseBody;
/// `ListMailFoldersResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMailFoldersResponseBody {
    /// `folders`.
    pub folders: Option<Vec<ListMailFoldersResponseBodyFolders>>,
}
rt::impl_deserialize! {
    ListMailFoldersResponseBody { "folders" => read_field(folders) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMailFoldersResponseBody { "folders" => optional(folders) }
}
/// `ListMessagesResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMessagesResponseBody {
    /// `hasMore`.
    pub has_more: Option<bool>,
    /// `messages`.
    pub messages: Option<Vec<Message>>,
    /// `nextToken`.
    pub next_token: Option<String>,
    /// `requestId`.
    pub request_id: Option<String>,
}
rt::impl_deserialize! {
    ListMessagesResponseBody { "hasMore" => read_field(has_more), "messages" =>
    read_field(messages), "nextToken" => read_field(next_token), "requestId" =>
    read_field(request_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMessagesResponseBody { "hasMore" => optional(has_more), "messages" =>
    optional(messages), "nextToken" => optional(next_token), "requestId" =>
    optional(request_id) }
}
/// `MoveMailFolderResponseBody`: the same model as [`DeleteMailFolderResponseBody`].
pub type MoveMailFolderResponseBody = DeleteMailFolderResponseBody;
/// `SendMessageResponseBody`: the same model as [`DeleteMailFolderResponseBody`].
pub type SendMessageResponseBody = DeleteMailFolderResponseBody;
/// `UpdateMailFolderResponseBody`: the same model as [`DeleteMailFolderResponseBody`].
pub type UpdateMailFolderResponseBody = DeleteMailFolderResponseBody;
/// `UpdateMessageResponseBody`: the same model as [`CreateMessageResponseBody`].
pub type UpdateMessageResponseBody = CreateMessageResponseBody;
/// `CreateMailFolderResponseBodyFolder`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateMailFolderResponseBodyFolder {
    /// `childFolderCount`.
    pub child_folder_count: Option<i64>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `extensions`.
    pub extensions: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `id`.
    pub id: Option<String>,
    /// `parentFolderId`.
    pub parent_folder_id: Option<String>,
    /// `totalItemCount`.
    pub total_item_count: Option<i64>,
    /// `unreadItemCount`.
    pub unread_item_count: Option<i64>,
}
rt::impl_deserialize! {
    CreateMailFolderResponseBodyFolder { "childFolderCount" =>
    read_field(child_folder_count), "displayName" => read_field(display_name),
    "extensions" => read_field(extensions), "id" => read_field(id), "parentFolderId" =>
    read_field(parent_folder_id), "totalItemCount" => read_field(total_item_count),
    "unreadItemCount" => read_field(unread_item_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateMailFolderResponseBodyFolder { "childFolderCount" =>
    optional(child_folder_count), "displayName" => optional(display_name), "extensions"
    => optional(extensions), "id" => optional(id), "parentFolderId" =>
    optional(parent_folder_id), "totalItemCount" => optional(total_item_count),
    "unreadItemCount" => optional(unread_item_count) }
}
/// `Recipient`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Recipient {
    /// `email`.
    pub email: Option<String>,
    /// `name`.
    pub name: Option<String>,
}
impl Recipient {
    /// An empty `Recipient`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    Recipient { "email" => optional(email), "name" => optional(name) }
}
rt::impl_deserialize! {
    Recipient { "email" => read_field(email), "name" => read_field(name) }
}
/// `DraftMessageBody`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DraftMessageBody {
    /// `bodyHtml`.
    pub body_html: String,
    /// `bodyText`.
    pub body_text: String,
}
/// The required fields of [`DraftMessageBody`], each named where it is set: `DraftMessageBody::new(DraftMessageBodyRequired { .. })`.
pub struct DraftMessageBodyRequired {
    /// `bodyHtml`: see [`DraftMessageBody::body_html`].
    pub body_html: String,
    /// `bodyText`: see [`DraftMessageBody::body_text`].
    pub body_text: String,
}
impl DraftMessageBody {
    /// A `DraftMessageBody` with its required fields (`bodyHtml`, `bodyText`); set the others with the methods named after them.
    pub fn new(required: DraftMessageBodyRequired) -> Self {
        let DraftMessageBodyRequired { body_html, body_text } = required;
        Self { body_html, body_text }
    }
}
rt::impl_serialize! {
    DraftMessageBody { "bodyHtml" => field(body_html), "bodyText" => field(body_text) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DraftMessageBody { "bodyHtml" => read_field(body_html), "bodyText" =>
    read_field(body_text) }
}
/// `Message`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Message {
    /// `bccRecipients`.
    pub bcc_recipients: Option<Vec<Recipient>>,
    /// `ccRecipients`.
    pub cc_recipients: Option<Vec<Recipient>>,
    /// `conversationId`.
    pub conversation_id: Option<String>,
    /// `folderId`.
    pub folder_id: Option<String>,
    /// `from`.
    pub from: Option<Recipient>,
    /// `hasAttachments`.
    pub has_attachments: Option<bool>,
    /// `id`.
    pub id: Option<String>,
    /// `internetMessageHeaders`.
    pub internet_message_headers: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `internetMessageId`.
    pub internet_message_id: Option<String>,
    /// `isForwarded`.
    pub is_forwarded: Option<bool>,
    /// `isRead`.
    pub is_read: Option<bool>,
    /// `isReadReceiptRequested`.
    pub is_read_receipt_requested: Option<bool>,
    /// `isReplied`.
    pub is_replied: Option<bool>,
    /// `lastModifiedDateTime`.
    pub last_modified_date_time: Option<String>,
    /// `priority`.
    pub priority: Option<String>,
    /// `receivedDateTime`.
    pub received_date_time: Option<String>,
    /// `replyTo`.
    pub reply_to: Option<Recipient>,
    /// `sentDateTime`.
    pub sent_date_time: Option<String>,
    /// `subject`.
    pub subject: Option<String>,
    /// `summary`.
    pub summary: Option<String>,
    /// `tags`.
    pub tags: Option<Vec<String>>,
    /// `toRecipients`.
    pub to_recipients: Option<Vec<Recipient>>,
}
rt::impl_deserialize! {
    Message { "bccRecipients" => read_field(bcc_recipients), "ccRecipients" =>
    read_field(cc_recipients), "conversationId" => read_field(conversation_id),
    "folderId" => read_field(folder_id), "from" => read_field(from), "hasAttachments" =>
    read_field(has_attachments), "id" => read_field(id), "internetMessageHeaders" =>
    read_field(internet_message_headers), "internetMessageId" =>
    read_field(internet_message_id), "isForwarded" => read_field(is_forwarded), "isRead"
    => read_field(is_read), "isReadReceiptRequested" =>
    read_field(is_read_receipt_requested), "isReplied" => read_field(is_replied),
    "lastModifiedDateTime" => read_field(last_modified_date_time), "priority" =>
    read_field(priority), "receivedDateTime" => read_field(received_date_time), "replyTo"
    => read_field(reply_to), "sentDateTime" => read_field(sent_date_time), "subject" =>
    read_field(subject), "summary" => read_field(summary), "tags" => read_field(tags),
    "toRecipients" => read_field(to_recipients) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    Message { "bccRecipients" => optional(bcc_recipients), "ccRecipients" =>
    optional(cc_recipients), "conversationId" => optional(conversation_id), "folderId" =>
    optional(folder_id), "from" => optional(from), "hasAttachments" =>
    optional(has_attachments), "id" => optional(id), "internetMessageHeaders" =>
    optional(internet_message_headers), "internetMessageId" =>
    optional(internet_message_id), "isForwarded" => optional(is_forwarded), "isRead" =>
    optional(is_read), "isReadReceiptRequested" => optional(is_read_receipt_requested),
    "isReplied" => optional(is_replied), "lastModifiedDateTime" =>
    optional(last_modified_date_time), "priority" => optional(priority),
    "receivedDateTime" => optional(received_date_time), "replyTo" => optional(reply_to),
    "sentDateTime" => optional(sent_date_time), "subject" => optional(subject), "summary"
    => optional(summary), "tags" => optional(tags), "toRecipients" =>
    optional(to_recipients) }
}
/// `ListMailFoldersResponseBodyFolders`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMailFoldersResponseBodyFolders {
    /// `childFolderCount`.
    pub child_folder_count: Option<i64>,
    /// `displayName`.
    pub display_name: Option<String>,
    /// `extensions`.
    pub extensions: Option<rt::BTreeMap<String, String>>,
    /// `id`.
    pub id: Option<String>,
    /// `parentFolderId`.
    pub parent_folder_id: Option<String>,
    /// `totalItemCount`.
    pub total_item_count: Option<i64>,
    /// `unreadItemCount`.
    pub unread_item_count: Option<i64>,
}
rt::impl_deserialize! {
    ListMailFoldersResponseBodyFolders { "childFolderCount" =>
    read_field(child_folder_count), "displayName" => read_field(display_name),
    "extensions" => read_field(extensions), "id" => read_field(id), "parentFolderId" =>
    read_field(parent_folder_id), "totalItemCount" => read_field(total_item_count),
    "unreadItemCount" => read_field(unread_item_count) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    ListMailFoldersResponseBodyFolders { "childFolderCount" =>
    optional(child_folder_count), "displayName" => optional(display_name), "extensions"
    => optional(extensions), "id" => optional(id), "parentFolderId" =>
    optional(parent_folder_id), "totalItemCount" => optional(total_item_count),
    "unreadItemCount" => optional(unread_item_count) }
}
/// The request of [`Api::create_mail_folder`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateMailFolderRequest {
    /// `displayName`.
    pub display_name: String,
    /// `extensions`.
    pub extensions: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `folerId`.
    pub foler_id: Option<String>,
}
/// The required fields of [`CreateMailFolderRequest`], each named where it is set: `CreateMailFolderRequest::new(CreateMailFolderRequired { .. })`.
pub struct CreateMailFolderRequired {
    /// `displayName`: see [`CreateMailFolderRequest::display_name`].
    pub display_name: String,
}
impl CreateMailFolderRequest {
    /// A `CreateMailFolderRequest` with its required fields (`displayName`); set the others with the methods named after them.
    pub fn new(required: CreateMailFolderRequired) -> Self {
        let CreateMailFolderRequired { display_name } = required;
        Self {
            display_name,
            extensions: None,
            foler_id: None,
        }
    }
    /// Sets `extensions`.
    pub fn extensions(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extensions = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `folerId`.
    pub fn foler_id(mut self, value: impl Into<String>) -> Self {
        self.foler_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateMailFolderRequest { "displayName" => field(display_name), "extensions" =>
    optional(extensions), "folerId" => optional(foler_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMailFolderRequest { "displayName" => read_field(display_name), "extensions" =>
    read_field(extensions), "folerId" => read_field(foler_id) }
}
impl rt::WriteRequest for CreateMailFolderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_message`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateMessageRequest {
    /// `message`.
    pub message: Option<DraftMessage>,
}
impl CreateMessageRequest {
    /// An empty `CreateMessageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `message`.
    pub fn message(mut self, value: DraftMessage) -> Self {
        self.message = Some(value);
        self
    }
}
rt::impl_serialize! {
    CreateMessageRequest { "message" => optional(message) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateMessageRequest { "message" => read_field(message) }
}
impl rt::WriteRequest for CreateMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::create_user`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateUserRequest {
    /// `email`.
    pub email: String,
    /// `employeeType`.
    pub employee_type: String,
    /// `name`.
    pub name: String,
    /// `password`.
    pub password: String,
}
/// The required fields of [`CreateUserRequest`], each named where it is set: `CreateUserRequest::new(CreateUserRequired { .. })`.
pub struct CreateUserRequired {
    /// `email`: see [`CreateUserRequest::email`].
    pub email: String,
    /// `employeeType`: see [`CreateUserRequest::employee_type`].
    pub employee_type: String,
    /// `name`: see [`CreateUserRequest::name`].
    pub name: String,
    /// `password`: see [`CreateUserRequest::password`].
    pub password: String,
}
impl CreateUserRequest {
    /// A `CreateUserRequest` with its required fields (`email`, `employeeType`, `name`, `password`); set the others with the methods named after them.
    pub fn new(required: CreateUserRequired) -> Self {
        let CreateUserRequired { email, employee_type, name, password } = required;
        Self {
            email,
            employee_type,
            name,
            password,
        }
    }
}
rt::impl_serialize! {
    CreateUserRequest { "email" => field(email), "employeeType" => field(employee_type),
    "name" => field(name), "password" => field(password) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateUserRequest { "email" => read_field(email), "employeeType" =>
    read_field(employee_type), "name" => read_field(name), "password" =>
    read_field(password) }
}
impl rt::WriteRequest for CreateUserRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::delete_messages`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct DeleteMessagesRequest {
    /// `deleteType`.
    pub delete_type: Option<String>,
    /// `ids`.
    pub ids: Vec<String>,
}
/// The required fields of [`DeleteMessagesRequest`], each named where it is set: `DeleteMessagesRequest::new(DeleteMessagesRequired { .. })`.
pub struct DeleteMessagesRequired {
    /// `ids`: see [`DeleteMessagesRequest::ids`].
    pub ids: Vec<String>,
}
impl DeleteMessagesRequest {
    /// A `DeleteMessagesRequest` with its required fields (`ids`); set the others with the methods named after them.
    pub fn new(required: DeleteMessagesRequired) -> Self {
        let DeleteMessagesRequired { ids } = required;
        Self { delete_type: None, ids }
    }
    /// Sets `deleteType`.
    pub fn delete_type(mut self, value: impl Into<String>) -> Self {
        self.delete_type = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    DeleteMessagesRequest { "deleteType" => optional(delete_type), "ids" => field(ids) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DeleteMessagesRequest { "deleteType" => read_field(delete_type), "ids" =>
    read_field(ids) }
}
impl rt::WriteRequest for DeleteMessagesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::get_message`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetMessageRequest {
    /// `selectFields`: a query parameter.
    pub select_fields: Option<String>,
}
impl GetMessageRequest {
    /// An empty `GetMessageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `selectFields`.
    pub fn select_fields(mut self, value: impl Into<String>) -> Self {
        self.select_fields = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetMessageRequest { "selectFields" => read_field(select_fields) }
}
impl rt::WriteRequest for GetMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("selectFields", &self.select_fields);
    }
}
/// The request of [`Api::list_mail_folders`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct ListMailFoldersRequest {
    /// `folderId`: a query parameter.
    pub folder_id: Option<String>,
}
impl ListMailFoldersRequest {
    /// An empty `ListMailFoldersRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `folderId`.
    pub fn folder_id(mut self, value: impl Into<String>) -> Self {
        self.folder_id = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListMailFoldersRequest { "folderId" => read_field(folder_id) }
}
impl rt::WriteRequest for ListMailFoldersRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("folderId", &self.folder_id);
    }
}
/// The request of [`Api::list_messages`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct ListMessagesRequest {
    /// `maxResults`: a query parameter.
    pub max_results: i64,
    /// `nextToken`: a query parameter.
    pub next_token: Option<String>,
    /// `selectFields`: a query parameter.
    pub select_fields: Option<String>,
}
/// The required fields of [`ListMessagesRequest`], each named where it is set: `ListMessagesRequest::new(ListMessagesRequired { .. })`.
pub struct ListMessagesRequired {
    /// `maxResults`: see [`ListMessagesRequest::max_results`].
    pub max_results: i64,
}
impl ListMessagesRequest {
    /// A `ListMessagesRequest` with its required fields (`maxResults`); set the others with the methods named after them.
    pub fn new(required: ListMessagesRequired) -> Self {
        let ListMessagesRequired { max_results } = required;
        Self {
            max_results,
            next_token: None,
            select_fields: None,
        }
    }
    /// Sets `nextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `selectFields`.
    pub fn select_fields(mut self, value: impl Into<String>) -> Self {
        self.select_fields = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    ListMessagesRequest { "maxResults" => read_field(max_results), "nextToken" =>
    read_field(next_token), "selectFields" => read_field(select_fields) }
}
impl rt::WriteRequest for ListMessagesRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("maxResults", &self.max_results);
        writer.query("nextToken", &self.next_token);
        writer.query("selectFields", &self.select_fields);
    }
}
/// The request of [`Api::move_mail_folder`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct MoveMailFolderRequest {
    /// `destinationFolderId`.
    pub destination_folder_id: Option<String>,
}
impl MoveMailFolderRequest {
    /// An empty `MoveMailFolderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `destinationFolderId`.
    pub fn destination_folder_id(mut self, value: impl Into<String>) -> Self {
        self.destination_folder_id = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    MoveMailFolderRequest { "destinationFolderId" => optional(destination_folder_id) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    MoveMailFolderRequest { "destinationFolderId" => read_field(destination_folder_id) }
}
impl rt::WriteRequest for MoveMailFolderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::send_message`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SendMessageRequest {
    /// `saveToSentItems`.
    pub save_to_sent_items: Option<bool>,
}
impl SendMessageRequest {
    /// An empty `SendMessageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `saveToSentItems`.
    pub fn save_to_sent_items(mut self, value: bool) -> Self {
        self.save_to_sent_items = Some(value);
        self
    }
}
rt::impl_serialize! {
    SendMessageRequest { "saveToSentItems" => optional(save_to_sent_items) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    SendMessageRequest { "saveToSentItems" => read_field(save_to_sent_items) }
}
impl rt::WriteRequest for SendMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_mail_folder`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateMailFolderRequest {
    /// `displayName`.
    pub display_name: Option<String>,
}
impl UpdateMailFolderRequest {
    /// An empty `UpdateMailFolderRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `displayName`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    UpdateMailFolderRequest { "displayName" => optional(display_name) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateMailFolderRequest { "displayName" => read_field(display_name) }
}
impl rt::WriteRequest for UpdateMailFolderRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// The request of [`Api::update_message`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct UpdateMessageRequest {
    /// `message`.
    pub message: Option<DraftMessage>,
}
impl UpdateMessageRequest {
    /// An empty `UpdateMessageRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `message`.
    pub fn message(mut self, value: DraftMessage) -> Self {
        self.message = Some(value);
        self
    }
}
rt::impl_serialize! {
    UpdateMessageRequest { "message" => optional(message) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    UpdateMessageRequest { "message" => read_field(message) }
}
impl rt::WriteRequest for UpdateMessageRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::create_mail_folder`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateMailFolderError = rt::ServiceError;
/// An error reply of [`Api::create_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateMessageError = rt::ServiceError;
/// An error reply of [`Api::create_user`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateUserError = rt::ServiceError;
/// An error reply of [`Api::delete_mail_folder`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteMailFolderError = rt::ServiceError;
/// An error reply of [`Api::delete_messages`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DeleteMessagesError = rt::ServiceError;
/// An error reply of [`Api::get_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetMessageError = rt::ServiceError;
/// An error reply of [`Api::list_mail_folders`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListMailFoldersError = rt::ServiceError;
/// An error reply of [`Api::list_messages`]: the spec lists no error codes for it, so every code arrives as it is.
pub type ListMessagesError = rt::ServiceError;
/// An error reply of [`Api::move_mail_folder`]: the spec lists no error codes for it, so every code arrives as it is.
pub type MoveMailFolderError = rt::ServiceError;
/// An error reply of [`Api::send_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendMessageError = rt::ServiceError;
/// An error reply of [`Api::update_mail_folder`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateMailFolderError = rt::ServiceError;
/// An error reply of [`Api::update_message`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateMessageError = rt::ServiceError;
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
        "CreateMailFolder" => {
            rt::conformance::reply(
                    api.create_mail_folder(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateMessage" => {
            rt::conformance::reply(
                    api.create_message(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "CreateUser" => {
            rt::conformance::reply(api.create_user(&inputs.request(true)?)).await
        }
        "DeleteMailFolder" => {
            rt::conformance::reply(
                    api.delete_mail_folder(inputs.path(0usize)?, inputs.path(1usize)?),
                )
                .await
        }
        "DeleteMessages" => {
            rt::conformance::reply(
                    api.delete_messages(inputs.path(0usize)?, &inputs.request(true)?),
                )
                .await
        }
        "GetMessage" => {
            rt::conformance::reply(
                    api
                        .get_message(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "ListMailFolders" => {
            rt::conformance::reply(
                    api.list_mail_folders(inputs.path(0usize)?, &inputs.request(false)?),
                )
                .await
        }
        "ListMessages" => {
            rt::conformance::reply(
                    api
                        .list_messages(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(false)?,
                        ),
                )
                .await
        }
        "MoveMailFolder" => {
            rt::conformance::reply(
                    api
                        .move_mail_folder(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "SendMessage" => {
            rt::conformance::reply(
                    api
                        .send_message(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateMailFolder" => {
            rt::conformance::reply(
                    api
                        .update_mail_folder(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                            &inputs.request(true)?,
                        ),
                )
                .await
        }
        "UpdateMessage" => {
            rt::conformance::reply(
                    api
                        .update_message(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
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
