// @generated from api-spec/project_integration_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.project_integration_1_0()`. Generated from `api-spec/project_integration_1_0.yaml`.
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
    /// `POST /v1.0/projectIntegration/users/{user_id}/eventGroups/{group_id}/members` (operation `AddAttendeeToEventGroup`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    /// - `group_id` (`group_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`AddAttendeeToEventGroupError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/projectIntegration/users/{user_id}/eventGroups/{group_id}/members",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id, group_id], &())
    }
    /// 创建项目事件会话
    ///
    /// `POST /v1.0/projectIntegration/users/{user_id}/eventGroups` (operation `CreateEventGroup`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateEventGroupError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn create_event_group(
        &self,
        user_id: &str,
    ) -> rt::Call<rt::BTreeMap<String, rt::serde_json::Value>, CreateEventGroupError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateEventGroup",
            rt::Method::Post,
            "/v1.0/projectIntegration/users/{user_id}/eventGroups",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 在群会话发送项目卡片消息
    ///
    /// `POST /v1.0/projectIntegration/users/{user_id}/groupChatCardMessages` (operation `SendInteractiveCard`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendInteractiveCardError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/projectIntegration/users/{user_id}/groupChatCardMessages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 单聊会话发送项目卡片消息
    ///
    /// `POST /v1.0/projectIntegration/users/{user_id}/singleChatCardMessages` (operation `SendSingleInteractiveCard`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`SendSingleInteractiveCardError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/projectIntegration/users/{user_id}/singleChatCardMessages",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[user_id], &())
    }
    /// 更新项目卡片消息
    ///
    /// `PUT /v1.0/projectIntegration/users/{user_id}/cardMessages` (operation `UpdateInteractiveCard`).
    ///
    /// # Path parameters
    ///
    /// - `user_id` (`user_id`)
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`UpdateInteractiveCardError`]; see [`Error`](::generated_client::Error) for the rest.
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
            "/v1.0/projectIntegration/users/{user_id}/cardMessages",
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
