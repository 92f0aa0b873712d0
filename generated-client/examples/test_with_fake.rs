//! Testing code that calls DingTalk, with the fake DingTalk of the `test-util` feature: the
//! code under test is `assign_report`; its tests, below, expect the calls it makes by the
//! generated API, answer with typed replies and errors, and run as plain `#[test]` functions.
//!
//! ```sh
//! cargo test -p generated-client --features test-util --example test_with_fake
//! DINGTALK_ACCESS_TOKEN=... DINGTALK_USER_ID=... DINGTALK_PROJECT_ID=... \
//!     cargo run -p generated-client --example test_with_fake      # the real thing
//! ```
//!
//! In an application, the fake comes from a dev-dependency:
//! `generated-client = { version = "0.1", features = ["test-util"] }` under `[dev-dependencies]`.

use generated_client::team_sphere_1_0::{CreateTaskError, CreateTaskRequest, CreateTaskRequired};
use generated_client::{Client, Config, Error};

/// What the application does: creates the weekly report task for `user_id` and returns its id,
/// or `None` when DingTalk does not know the user.
pub async fn assign_report(
    client: &Client,
    user_id: &str,
    project_id: &str,
) -> Result<Option<String>, Error<CreateTaskError>> {
    let request = CreateTaskRequest::new(CreateTaskRequired {
        content: "Weekly report".into(),
        project_id: project_id.into(),
    })
    .executor_id(user_id);
    match client
        .team_sphere_1_0()
        .create_task(user_id, &request)
        .await
    {
        Ok(reply) => Ok(reply.result.as_ref().and_then(|task| task.task_id.clone())),
        Err(Error::Service(CreateTaskError::UserNotExist(_))) => Ok(None),
        Err(other) => Err(other),
    }
}

fn env(name: &str) -> Result<String, String> {
    std::env::var(name).map_err(|_| format!("set {name}"))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base_url = env("DINGTALK_BASE_URL").unwrap_or(generated_client::DEFAULT_BASE_URL.into());
    let config = Config::new()
        .base_url(base_url)
        .access_token(env("DINGTALK_ACCESS_TOKEN")?);
    let client = Client::from_config(config)?;
    let id = assign_report(
        &client,
        &env("DINGTALK_USER_ID")?,
        &env("DINGTALK_PROJECT_ID")?,
    )
    .await?;
    println!("{id:?}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::assign_report;
    use generated_client::ServiceError;
    use generated_client::team_sphere_1_0::{
        CreateTaskRequest, CreateTaskRequired, CreateTaskResponseBody, CreateTaskResponseBodyResult,
    };
    use generated_client::test_util::FakeDingTalk;

    fn created(id: &str) -> CreateTaskResponseBody {
        let mut task = CreateTaskResponseBodyResult::default();
        task.task_id = Some(id.to_owned());
        let mut body = CreateTaskResponseBody::default();
        body.result = Some(task);
        body
    }

    /// The fake serves from a thread of its own: a plain test with a runtime of its choosing.
    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(future)
    }

    #[test]
    fn the_report_task_is_created_for_the_user_and_its_id_returned() {
        let fake = FakeDingTalk::new().unwrap();
        let expected = CreateTaskRequest::new(CreateTaskRequired {
            content: "Weekly report".into(),
            project_id: "p-1".into(),
        })
        .executor_id("u-1");
        fake.expect(|c| c.team_sphere_1_0().create_task("u-1", &expected))
            .reply(created("t-1"));
        let id = block_on(assign_report(&fake.client(), "u-1", "p-1")).unwrap();
        assert_eq!(id.as_deref(), Some("t-1"));
    }

    #[test]
    fn an_unknown_user_is_no_task_and_no_error() {
        let fake = FakeDingTalk::new().unwrap();
        fake.expect(|c| {
            c.team_sphere_1_0().create_task(
                "gone",
                &CreateTaskRequest::new(CreateTaskRequired {
                    content: "".into(),
                    project_id: "".into(),
                }),
            )
        })
        .any_request()
        .error(
            ServiceError::new(400)
                .with_code("user.not.exist")
                .with_message("no such user"),
        );
        let id = block_on(assign_report(&fake.client(), "gone", "p-1")).unwrap();
        assert_eq!(id, None);
    }

    #[test]
    fn other_errors_reach_the_caller() {
        let fake = FakeDingTalk::new().unwrap();
        fake.expect(|c| {
            c.team_sphere_1_0().create_task(
                "u-1",
                &CreateTaskRequest::new(CreateTaskRequired {
                    content: "".into(),
                    project_id: "".into(),
                }),
            )
        })
        .any_request()
        .times(1)
        .http(502, "<html>bad gateway</html>");
        let error = block_on(assign_report(&fake.client(), "u-1", "p-1")).unwrap_err();
        assert_eq!(error.status(), Some(502));
    }
}
