//! The download URL of a file or picture a robot received (`RobotMessageFileDownload`,
//! `POST /v1.0/robot/messageFiles/download`), through the handler's [`Client`], which holds the
//! app's token (from the same client id and secret as the Stream connection).

use crate::apis::push::RobotMessage;
use crate::apis::robot_1_0::RobotMessageFileDownloadRequest;
use crate::engine::client::Client;
use crate::robot::reply_error::ReplyError;

impl RobotMessage {
    /// The temporary download URL of one of the message's files or pictures (a download code
    /// from [`RobotMessage::download_codes`] or its `content`), for the message's robot
    /// (`robotCode`), through `client`, which holds the app's token.
    pub async fn download_url(
        &self,
        client: &Client,
        download_code: &str,
    ) -> Result<String, ReplyError> {
        let robot_code = self.robot_code.as_deref().ok_or(ReplyError::Missing {
            field: "robotCode",
            place: "robot message",
        })?;
        let request = RobotMessageFileDownloadRequest::new(download_code, robot_code);
        let reply = client
            .robot_1_0()
            .robot_message_file_download(&request)
            .await
            .map_err(ReplyError::call)?;
        reply
            .into_inner()
            .download_url
            .filter(|url| !url.is_empty())
            .ok_or(ReplyError::Missing {
                field: "downloadUrl",
                place: "reply",
            })
    }
}
