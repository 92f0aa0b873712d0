// @generated from api-spec/project_integration_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 项目集成 (Project Integration)：项目事件会话与项目卡片。
//!
//! 5 operations, methods of [`Api`] (`client.project_integration_1_0()`), behind the cargo feature `project_integration_1_0`; its paths start with `/v1.0/projectIntegration/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `project_integration_1_0`. Get it with `client.project_integration_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 在项目事件会话中加人
    ///
    /// `POST /v1.0/projectIntegration/users/{userId}/eventGroups/{groupId}/members`: DingTalk's `AddAttendeeToEventGroup` (module feature `project_integration_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    /// - `group_id`: `{groupId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddAttendeeToEventGroup")]
    #[doc(
        alias = "/v1.0/projectIntegration/users/{userId}/eventGroups/{groupId}/members"
    )]
    #[doc(
        alias = "POST /v1.0/projectIntegration/users/{userId}/eventGroups/{groupId}/members"
    )]
    pub fn add_attendee_to_event_group(
        &self,
        user_id: &str,
        group_id: &str,
    ) -> rt::Call<
        rt::BTreeMap<String, rt::serde_json::Value>,
        AddAttendeeToEventGroupError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddAttendeeToEventGroup",
            rt::Method::Post,
            "/v1.0/projectIntegration/users/{userId}/eventGroups/{groupId}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, group_id], &())
    }
    /// 创建项目事件会话
    ///
    /// `POST /v1.0/projectIntegration/users/{userId}/eventGroups`: DingTalk's `CreateEventGroup` (module feature `project_integration_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateEventGroup")]
    #[doc(alias = "/v1.0/projectIntegration/users/{userId}/eventGroups")]
    #[doc(alias = "POST /v1.0/projectIntegration/users/{userId}/eventGroups")]
    pub fn create_event_group(
        &self,
        user_id: &str,
    ) -> rt::Call<rt::BTreeMap<String, rt::serde_json::Value>, CreateEventGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateEventGroup",
            rt::Method::Post,
            "/v1.0/projectIntegration/users/{userId}/eventGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 在群会话发送项目卡片消息
    ///
    /// `POST /v1.0/projectIntegration/users/{userId}/groupChatCardMessages`: DingTalk's `SendInteractiveCard` (module feature `project_integration_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendInteractiveCard")]
    #[doc(alias = "/v1.0/projectIntegration/users/{userId}/groupChatCardMessages")]
    #[doc(alias = "POST /v1.0/projectIntegration/users/{userId}/groupChatCardMessages")]
    pub fn send_interactive_card(
        &self,
        user_id: &str,
    ) -> rt::Call<
        rt::BTreeMap<String, rt::serde_json::Value>,
        SendInteractiveCardError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendInteractiveCard",
            rt::Method::Post,
            "/v1.0/projectIntegration/users/{userId}/groupChatCardMessages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 单聊会话发送项目卡片消息
    ///
    /// `POST /v1.0/projectIntegration/users/{userId}/singleChatCardMessages`: DingTalk's `SendSingleInteractiveCard` (module feature `project_integration_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "SendSingleInteractiveCard")]
    #[doc(alias = "/v1.0/projectIntegration/users/{userId}/singleChatCardMessages")]
    #[doc(alias = "POST /v1.0/projectIntegration/users/{userId}/singleChatCardMessages")]
    pub fn send_single_interactive_card(
        &self,
        user_id: &str,
    ) -> rt::Call<
        rt::BTreeMap<String, rt::serde_json::Value>,
        SendSingleInteractiveCardError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "SendSingleInteractiveCard",
            rt::Method::Post,
            "/v1.0/projectIntegration/users/{userId}/singleChatCardMessages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 更新项目卡片消息
    ///
    /// `PUT /v1.0/projectIntegration/users/{userId}/cardMessages`: DingTalk's `UpdateInteractiveCard` (module feature `project_integration_1_0`).
    ///
    /// # Path parameters
    ///
    /// - `user_id`: `{userId}` in the path.
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "UpdateInteractiveCard")]
    #[doc(alias = "/v1.0/projectIntegration/users/{userId}/cardMessages")]
    #[doc(alias = "PUT /v1.0/projectIntegration/users/{userId}/cardMessages")]
    pub fn update_interactive_card(
        &self,
        user_id: &str,
    ) -> rt::Call<
        rt::BTreeMap<String, rt::serde_json::Value>,
        UpdateInteractiveCardError,
    > {
        static OPERATION: rt::Operation = rt::Operation::new(
            "UpdateInteractiveCard",
            rt::Method::Put,
            "/v1.0/projectIntegration/users/{userId}/cardMessages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
}
/// An error reply of [`Api::add_attendee_to_event_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddAttendeeToEventGroupError = rt::ServiceError;
/// An error reply of [`Api::create_event_group`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateEventGroupError = rt::ServiceError;
/// An error reply of [`Api::send_interactive_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendInteractiveCardError = rt::ServiceError;
/// An error reply of [`Api::send_single_interactive_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type SendSingleInteractiveCardError = rt::ServiceError;
/// An error reply of [`Api::update_interactive_card`]: the spec lists no error codes for it, so every code arrives as it is.
pub type UpdateInteractiveCardError = rt::ServiceError;
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
        "AddAttendeeToEventGroup" => {
            rt::conformance::reply(
                    api
                        .add_attendee_to_event_group(
                            inputs.path(0usize)?,
                            inputs.path(1usize)?,
                        ),
                )
                .await
        }
        "CreateEventGroup" => {
            rt::conformance::reply(api.create_event_group(inputs.path(0usize)?)).await
        }
        "SendInteractiveCard" => {
            rt::conformance::reply(api.send_interactive_card(inputs.path(0usize)?)).await
        }
        "SendSingleInteractiveCard" => {
            rt::conformance::reply(
                    api.send_single_interactive_card(inputs.path(0usize)?),
                )
                .await
        }
        "UpdateInteractiveCard" => {
            rt::conformance::reply(api.update_interactive_card(inputs.path(0usize)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
