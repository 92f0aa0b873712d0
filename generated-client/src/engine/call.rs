//! One call of one operation: per-call options, then `.await` (or `.send_blocking()`).

use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use serde::de::DeserializeOwned;

use crate::base::auth::{AccessToken, TokenProvider};
use crate::base::error::{BuildError, DecodeError, Error, OperationError, ServiceError};
use crate::base::operation::{Operation, RequestWriter, ResponseBody, WriteRequest};
use crate::base::response::Response;
use crate::base::retry::RetryPolicy;
use crate::engine::client::Client;
use crate::engine::options::CallOptions;
use crate::engine::send::{self, Raw};

/// A call ready to be sent: set per-call options, then `.await` it (or call
/// [`send`](Call::send)). `T` is the typed reply body, `E` the operation's error enum.
///
/// A call owns what it needs (a handle on the client, the request already written), so its
/// future is `'static` and can be spawned:
///
/// ```no_run
/// # use generated_client::Client;
/// # use generated_client::team_sphere_1_0::{CreateTaskRequest, CreateTaskRequired};
/// # async fn example(client: Client) {
/// let request = CreateTaskRequest::new(CreateTaskRequired {
///     content: "<title>".into(),
///     project_id: "<project id>".into(),
/// });
/// let task = tokio::spawn(client.team_sphere_1_0().create_task("<user id>", &request).send());
/// # let _ = task.await;
/// # }
/// ```
#[must_use = "a call does nothing until it is awaited or sent"]
pub struct Call<T, E> {
    client: Client,
    operation: &'static Operation,
    path: Result<String, BuildError>,
    parts: RequestWriter,
    options: CallOptions,
    _types: PhantomData<fn() -> (T, E)>,
}

impl<T, E> Call<T, E>
where
    T: DeserializeOwned,
    E: OperationError,
{
    /// Starts a call (used by generated code): fills the path and writes the request's parts.
    pub fn new<R: WriteRequest + ?Sized>(
        client: &Client,
        operation: &'static Operation,
        path_params: &[&str],
        request: &R,
    ) -> Self {
        let mut parts = RequestWriter::default();
        request.write(&mut parts);
        Call {
            client: client.clone(),
            operation,
            path: crate::base::encode::fill_path(operation.path, path_params),
            parts,
            options: CallOptions::default(),
            _types: PhantomData,
        }
    }

    /// Replaces all per-call options at once.
    pub fn options(mut self, options: CallOptions) -> Self {
        self.options = options;
        self
    }
    /// Uses this token for this call instead of the client's.
    pub fn access_token(mut self, token: impl Into<AccessToken>) -> Self {
        self.options.access_token = Some(token.into());
        self
    }
    /// Takes this call's token from `provider` instead of the client's (a company's or a
    /// user's provider, kept and shared by the application). [`Client::with_token_provider`]
    /// does this for every call of a handle.
    pub fn token_provider(mut self, provider: Arc<dyn TokenProvider>) -> Self {
        self.options.token_provider = Some(provider);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    /// Sets this call's connect time-out.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Sets this call's read time-out.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.options.read_timeout = Some(timeout);
        self
    }
    /// Sets this call's attempt time-out (one attempt, to the reply's last byte).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.options.attempt_timeout = Some(timeout);
        self
    }
    /// Sets this call's operation time-out (all attempts and waits).
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.options.operation_timeout = Some(timeout);
        self
    }
    /// Sets this call's retry policy.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Marks this call safe (or not) to repeat, for the retry policy.
    pub fn idempotent(mut self, idempotent: bool) -> Self {
        self.options.idempotent = Some(idempotent);
        self
    }

    /// Sends the call and decodes the reply.
    pub async fn send(self) -> Result<Response<T>, Error<E>> {
        self.send_keeping_body().await.map(|(reply, _)| reply)
    }

    /// Sends the call; the reply decoded, and its body as it came (paginators read their
    /// tokens from it).
    pub(crate) async fn send_keeping_body(self) -> Result<(Response<T>, Vec<u8>), Error<E>> {
        let Call {
            client,
            operation,
            path,
            parts,
            mut options,
            ..
        } = self;
        if options.token_provider.is_none() {
            options.token_provider = client.tenant.clone();
        }
        let transport = client.transport().map_err(Error::Build)?;
        let raw = send::send(
            transport,
            &client.inner.config,
            operation,
            path,
            parts,
            options,
        )
        .await;
        finish(operation, raw)
    }

    /// Sends the call and waits for the reply on the current thread. Works on any thread,
    /// inside `tokio::task::spawn_blocking` too: the call runs on the client's own blocking
    /// runtime. From async code, `.await` the call instead: waiting here blocks the thread.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(self) -> Result<Response<T>, Error<E>>
    where
        T: Send + 'static,
        E: Send + 'static,
    {
        let mut call = self;
        call.run_on_blocking_runtime();
        let client = call.client.clone();
        let runtime = client.blocking_runtime().map_err(Error::Build)?;
        runtime.run(call.send()).map_err(Error::Build)?
    }
}

/// Decodes a reply into `T`, and sorts a service error into `E`. Kept apart from the
/// (non-generic) sending so that only this small part is compiled once per operation.
fn finish<T: DeserializeOwned, E: OperationError>(
    operation: &Operation,
    raw: Result<Raw, Error<ServiceError>>,
) -> Result<(Response<T>, Vec<u8>), Error<E>> {
    let raw = raw.map_err(|e| e.map_service(E::from_service))?;
    // No-body operations return `()`, which decodes from `null` whatever the server sent. An
    // empty reply (a 204) to an operation that has a body reads as an empty object, so a reply
    // type whose fields are all optional still decodes; any other type is a decode error.
    let empty = raw.status == 204 || raw.body.is_empty();
    let decoded = match operation.response {
        ResponseBody::None => serde_json::from_slice(b"null"),
        ResponseBody::Json if empty => serde_json::from_slice(b"{}"),
        ResponseBody::Json => serde_json::from_slice(&raw.body),
    };
    let body = decoded
        .map_err(|e| Error::Decode(DecodeError::json(raw.status, &raw.headers, &raw.body, e)))?;
    Ok((Response::new(raw.status, raw.headers, body), raw.body))
}

impl<T, E> Call<T, E> {
    /// The same call, to be sent again (the next page of a paginator).
    pub(crate) fn duplicate(&self) -> Self {
        Call {
            client: self.client.clone(),
            operation: self.operation,
            path: self.path.clone(),
            parts: self.parts.clone(),
            options: self.options.clone(),
            _types: PhantomData,
        }
    }

    /// The operation, the filled path and the request's parts: what the fake DingTalk
    /// expects when a test names a call.
    #[cfg(feature = "test-util")]
    pub(crate) fn described(
        &self,
    ) -> (
        &'static Operation,
        &Result<String, BuildError>,
        &RequestWriter,
    ) {
        (self.operation, &self.path, &self.parts)
    }

    /// The same call with its reply read as JSON: a paginator reads the body once into a
    /// value, and takes its token, its items and the typed page from that.
    pub(crate) fn into_json(self) -> Call<serde_json::Value, E> {
        Call {
            client: self.client,
            operation: self.operation,
            path: self.path,
            parts: self.parts,
            options: self.options,
            _types: PhantomData,
        }
    }

    /// The request's parts, as written.
    pub(crate) fn parts_mut(&mut self) -> &mut RequestWriter {
        &mut self.parts
    }

    /// The client the call goes through.
    #[cfg(feature = "blocking")]
    pub(crate) fn client(&self) -> &Client {
        &self.client
    }

    /// Sends over the blocking runtime's connections (see `engine::blocking`).
    #[cfg(feature = "blocking")]
    pub(crate) fn run_on_blocking_runtime(&mut self) {
        self.client.on_blocking_runtime = true;
    }
}

impl<T, E> IntoFuture for Call<T, E>
where
    T: DeserializeOwned + Send + 'static,
    E: OperationError + Send + 'static,
{
    type Output = Result<Response<T>, Error<E>>;
    type IntoFuture = Pin<Box<dyn Future<Output = Self::Output> + Send>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

impl<T, E> std::fmt::Debug for Call<T, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Call")
            .field("operation", &self.operation.name)
            .field("path", &self.path)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}
