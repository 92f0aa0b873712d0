//! Paginators: every page of an operation that pages, as a stream of pages, a stream of items,
//! or (with `blocking`) an iterator. Generated code hands over the first call and a static
//! [`Paging`]; sending each next page, reading its token and deciding when to stop is here,
//! compiled once.

use std::collections::HashSet;
use std::fmt;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use serde::Deserialize as _;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::base::error::{DecodeError, Error, OperationError};
use crate::base::operation::RequestWriter;
use crate::base::response::Response;
use crate::engine::call::Call;
use crate::engine::options::CallOptions;

/// How an operation pages (written by the generator from the spec's `pagination`).
#[derive(Debug)]
#[non_exhaustive]
pub struct Paging {
    /// The request field that carries the token.
    pub token: &'static str,
    /// Whether that field is a query parameter (else a member of the JSON body).
    pub in_query: bool,
    /// Whether that field is a number: a token is then sent back as a JSON number.
    pub numeric: bool,
    /// Wire names from the reply body down to the next page's token.
    pub next: &'static [&'static str],
    /// Wire names down to the "more pages follow" flag; empty when there is none.
    pub has_more: &'static [&'static str],
    /// Wire names down to the page's list of items; empty when there is none.
    pub items: &'static [&'static str],
}

impl Paging {
    /// Describes how an operation pages (used by generated code).
    pub const fn new(
        token: &'static str,
        in_query: bool,
        numeric: bool,
        next: &'static [&'static str],
        has_more: &'static [&'static str],
        items: &'static [&'static str],
    ) -> Self {
        Paging {
            token,
            in_query,
            numeric,
            next,
            has_more,
            items,
        }
    }
}

/// The item type of a paginator whose operation names no list of items: such a paginator
/// has pages only (no `items()`).
#[derive(Debug)]
pub enum NoItems {}

/// Every page of one paging operation, from the request it was made with.
///
/// Each page is the same call again with the token field set to the token the previous reply
/// gave. The pages end when a reply carries no token (absent, `null` or `""`), when it says no
/// more pages follow (the spec's `has_more` is `false`), after [`max_pages`](Self::max_pages),
/// or at the first error (which is the last item). A reply whose token was already sent would
/// start the same pages over: the page is given, then an [`Error::Decode`] naming the repeated
/// token, and nothing more is sent.
///
/// ```no_run
/// # use generated_client::{Client, team_sphere_1_0::QueryTaskRequest};
/// use generated_client::futures_core::Stream;
/// # async fn example(client: Client) -> Result<(), Box<dyn std::error::Error>> {
/// let request = QueryTaskRequest::new().max_results(50);
/// let pages = client.team_sphere_1_0().query_task_pages("<user id>", &request).max_pages(20);
/// let mut items = std::pin::pin!(pages.items());
/// while let Some(task) = std::future::poll_fn(|cx| items.as_mut().poll_next(cx)).await {
///     println!("{:?}", task?.task_id);
/// }
/// # Ok(())
/// # }
/// ```
#[must_use = "a paginator does nothing until its pages or items are read"]
pub struct Paginator<T, E, I = NoItems> {
    first: Call<T, E>,
    paging: &'static Paging,
    max_pages: Option<usize>,
    _items: PhantomData<fn() -> I>,
}

impl<T, E, I> Paginator<T, E, I>
where
    T: DeserializeOwned + Send + 'static,
    E: OperationError + Send + 'static,
{
    /// Pages of `first`, the operation's call with the caller's request (used by generated code).
    pub fn new(first: Call<T, E>, paging: &'static Paging) -> Self {
        Paginator {
            first,
            paging,
            max_pages: None,
            _items: PhantomData,
        }
    }

    /// Sends at most `pages` requests (`0`: none).
    pub fn max_pages(mut self, pages: usize) -> Self {
        self.max_pages = Some(pages);
        self
    }

    /// The per-call options of every page's call.
    pub fn options(mut self, options: CallOptions) -> Self {
        self.first = self.first.options(options);
        self
    }

    /// The pages as a stream of replies.
    pub fn pages(self) -> Pages<T, E> {
        Pages {
            template: self.first,
            paging: self.paging,
            max_pages: self.max_pages,
            sent: 0,
            next_token: None,
            tokens: HashSet::new(),
            in_flight: None,
            repeated: None,
            done: false,
        }
    }

    /// The pages, each fetched when the iterator is advanced (on the client's blocking
    /// runtime, as [`Call::send_blocking`]).
    #[cfg(feature = "blocking")]
    pub fn pages_blocking(mut self) -> BlockingPages<T, E> {
        self.first.run_on_blocking_runtime();
        BlockingPages {
            client: self.first.client().clone(),
            pages: Some(self.pages()),
        }
    }
}

impl<T, E, I> Paginator<T, E, I>
where
    T: DeserializeOwned + Send + 'static,
    E: OperationError + Send + 'static,
    I: DeserializeOwned + Send + 'static,
{
    /// The items of every page, in order, as a stream.
    pub fn items(self) -> Items<T, E, I> {
        Items {
            pages: self.pages(),
            buffer: Vec::new().into_iter(),
        }
    }

    /// The items of every page, each page fetched when the iterator needs it.
    #[cfg(feature = "blocking")]
    pub fn items_blocking(self) -> BlockingItems<T, E, I> {
        BlockingItems {
            pages: self.pages_blocking(),
            buffer: Vec::new().into_iter(),
        }
    }
}

impl<T, E, I> fmt::Debug for Paginator<T, E, I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Paginator")
            .field("call", &self.first)
            .field("paging", self.paging)
            .field("max_pages", &self.max_pages)
            .finish()
    }
}

type PageResult<T, E> = Result<(Response<T>, Vec<u8>), Error<E>>;
type PageFuture<T, E> = Pin<Box<dyn Future<Output = PageResult<T, E>> + Send>>;

/// One page: the reply, and its body as JSON (where tokens and items are read).
struct Page<T> {
    reply: Response<T>,
    body: Vec<u8>,
    json: Value,
}

/// The pages of a [`Paginator`], as a [`Stream`] of replies.
#[must_use = "streams do nothing unless polled"]
pub struct Pages<T, E> {
    template: Call<T, E>,
    paging: &'static Paging,
    max_pages: Option<usize>,
    sent: usize,
    /// The token of the next page; `None` before the first page.
    next_token: Option<Value>,
    /// Every token sent so far (as JSON text), to notice one coming back.
    tokens: HashSet<String>,
    in_flight: Option<PageFuture<T, E>>,
    /// The error to give after the page whose token repeated.
    repeated: Option<Error<E>>,
    done: bool,
}

impl<T, E> Pages<T, E>
where
    T: DeserializeOwned + Send + 'static,
    E: OperationError + Send + 'static,
{
    fn poll_page(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Page<T>, Error<E>>>> {
        if let Some(error) = self.repeated.take() {
            self.done = true;
            return Poll::Ready(Some(Err(error)));
        }
        if self.done {
            return Poll::Ready(None);
        }
        if self.in_flight.is_none() {
            if self.max_pages.is_some_and(|max| self.sent >= max) {
                self.done = true;
                return Poll::Ready(None);
            }
            let mut call = self.template.duplicate();
            match &self.next_token {
                Some(token) => set_token(call.parts_mut(), self.paging, token),
                // A caller resuming from a token of theirs: that one counts as sent too.
                None => {
                    if let Some(token) = token_in(call.parts_mut(), self.paging) {
                        self.tokens.insert(token);
                    }
                }
            }
            self.sent += 1;
            self.in_flight = Some(Box::pin(call.send_keeping_body()));
        }
        let Some(in_flight) = self.in_flight.as_mut() else {
            return Poll::Ready(None);
        };
        let outcome = match in_flight.as_mut().poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(outcome) => outcome,
        };
        self.in_flight = None;
        let (reply, body) = match outcome {
            Ok(page) => page,
            Err(error) => {
                self.done = true;
                return Poll::Ready(Some(Err(error)));
            }
        };
        // The reply already decoded as the operation's type; an empty or odd body has no token.
        let json: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let more = self.paging.has_more.is_empty()
            || lookup(&json, self.paging.has_more) != Some(&Value::Bool(false));
        let token = lookup(&json, self.paging.next).filter(|t| match t {
            Value::String(s) => !s.is_empty(),
            Value::Number(_) => true,
            _ => false,
        });
        match token {
            Some(token) if more => {
                if self.tokens.insert(token_key(token)) {
                    self.next_token = Some(token.clone());
                } else {
                    // A token is the server's text: shown cut, so the error stays small.
                    let shown: String = token.to_string().chars().take(80).collect();
                    let e = <serde_json::Error as serde::de::Error>::custom(format!(
                        "the reply gives page token {shown} again (`{}`): the pages would start over",
                        self.paging.next.join(".")
                    ));
                    let e = DecodeError::json(reply.status(), reply.headers(), &body, e);
                    self.repeated = Some(Error::Decode(e));
                }
            }
            _ => self.done = true,
        }
        Poll::Ready(Some(Ok(Page { reply, body, json })))
    }
}

// Nothing in a `Pages` is pinned in place (the future in flight is boxed), so it moves freely.
impl<T, E> Unpin for Pages<T, E> {}

impl<T, E> Stream for Pages<T, E>
where
    T: DeserializeOwned + Send + 'static,
    E: OperationError + Send + 'static,
{
    type Item = Result<Response<T>, Error<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut()
            .poll_page(cx)
            .map(|page| page.map(|page| page.map(|p| p.reply)))
    }
}

impl<T, E> fmt::Debug for Pages<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("paging", self.paging)
            .field("sent", &self.sent)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

/// The items of every page of a [`Paginator`], as a [`Stream`].
#[must_use = "streams do nothing unless polled"]
pub struct Items<T, E, I> {
    pages: Pages<T, E>,
    buffer: std::vec::IntoIter<I>,
}

impl<T, E, I> Unpin for Items<T, E, I> {}

impl<T, E, I> Stream for Items<T, E, I>
where
    T: DeserializeOwned + Send + 'static,
    E: OperationError + Send + 'static,
    I: DeserializeOwned,
{
    type Item = Result<I, Error<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffer.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match this.pages.poll_page(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(Some(Ok(page))) => match items_of(this.pages.paging, page) {
                    Ok(items) => this.buffer = items.into_iter(),
                    Err(e) => {
                        this.pages.done = true;
                        return Poll::Ready(Some(Err(e)));
                    }
                },
            }
        }
    }
}

impl<T, E, I> fmt::Debug for Items<T, E, I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("pages", &self.pages)
            .field("buffered", &self.buffer.len())
            .finish()
    }
}

/// The pages of a [`Paginator`], fetched one by one as the iterator is advanced.
#[cfg(feature = "blocking")]
pub struct BlockingPages<T, E> {
    client: crate::engine::client::Client,
    /// Moved to the blocking runtime while a page is fetched.
    pages: Option<Pages<T, E>>,
}

#[cfg(feature = "blocking")]
impl<T, E> BlockingPages<T, E>
where
    T: DeserializeOwned + Send + 'static,
    E: OperationError + Send + 'static,
{
    fn next_page(&mut self) -> Option<Result<Page<T>, Error<E>>> {
        let mut pages = self.pages.take()?;
        let runtime = match self.client.blocking_runtime() {
            Ok(runtime) => runtime,
            Err(e) => return Some(Err(Error::Build(e))),
        };
        let fetch = async move {
            let page = std::future::poll_fn(|cx| pages.poll_page(cx)).await;
            (pages, page)
        };
        match runtime.run(fetch) {
            Ok((pages, page)) => {
                self.pages = Some(pages);
                page
            }
            Err(e) => Some(Err(Error::Build(e))),
        }
    }
}

#[cfg(feature = "blocking")]
impl<T, E> Iterator for BlockingPages<T, E>
where
    T: DeserializeOwned + Send + 'static,
    E: OperationError + Send + 'static,
{
    type Item = Result<Response<T>, Error<E>>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_page().map(|page| page.map(|p| p.reply))
    }
}

#[cfg(feature = "blocking")]
impl<T, E> fmt::Debug for BlockingPages<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BlockingPages")
            .field("pages", &self.pages)
            .finish_non_exhaustive()
    }
}

/// The items of every page of a [`Paginator`], pages fetched as the iterator needs them.
#[cfg(feature = "blocking")]
pub struct BlockingItems<T, E, I> {
    pages: BlockingPages<T, E>,
    buffer: std::vec::IntoIter<I>,
}

#[cfg(feature = "blocking")]
impl<T, E, I> Iterator for BlockingItems<T, E, I>
where
    T: DeserializeOwned + Send + 'static,
    E: OperationError + Send + 'static,
    I: DeserializeOwned,
{
    type Item = Result<I, Error<E>>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.buffer.next() {
                return Some(Ok(item));
            }
            let paging = self.pages.pages.as_ref()?.paging;
            match self.pages.next_page()? {
                Err(e) => return Some(Err(e)),
                Ok(page) => match items_of(paging, page) {
                    Ok(items) => self.buffer = items.into_iter(),
                    Err(e) => {
                        self.pages.pages = None;
                        return Some(Err(e));
                    }
                },
            }
        }
    }
}

#[cfg(feature = "blocking")]
impl<T, E, I> fmt::Debug for BlockingItems<T, E, I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BlockingItems")
            .field("pages", &self.pages)
            .field("buffered", &self.buffer.len())
            .finish()
    }
}

/// The value at `path` in `json`, through objects.
fn lookup<'a>(json: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(json, |value, key| value.get(key))
}

/// The page's items: its list at `paging.items` (none when absent or `null`).
fn items_of<T, E, I: DeserializeOwned>(paging: &Paging, page: Page<T>) -> Result<Vec<I>, Error<E>> {
    match lookup(&page.json, paging.items) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(list) => Vec::<I>::deserialize(list).map_err(|e| {
            let reply = &page.reply;
            Error::Decode(DecodeError::json(
                reply.status(),
                reply.headers(),
                &page.body,
                e,
            ))
        }),
    }
}

/// A token as compared for repeats: the text of a string, the digits of a number (a query
/// carries both as text).
fn token_key(token: &Value) -> String {
    match token {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The token the caller's own request carries, if any.
fn token_in(parts: &RequestWriter, paging: &Paging) -> Option<String> {
    if paging.in_query {
        let (_, value) = parts.query.iter().find(|(name, _)| name == paging.token)?;
        return Some(value.clone());
    }
    let body: Value = serde_json::from_slice(parts.body.as_deref()?).ok()?;
    body.get(paging.token).map(token_key)
}

/// Sets the token field of the next page's request, replacing what the caller set.
fn set_token(parts: &mut RequestWriter, paging: &Paging, token: &Value) {
    if paging.in_query {
        let text = match token {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        parts.query.retain(|(name, _)| name != paging.token);
        parts.query.push((paging.token.into(), text));
        return;
    }
    let value = match token {
        // A numeric field gets a number, even from a reply that quoted it.
        Value::String(s) if paging.numeric => serde_json::from_str::<serde_json::Number>(s)
            .map_or_else(|_| token.clone(), Value::Number),
        Value::Number(n) if !paging.numeric => Value::String(n.to_string()),
        other => other.clone(),
    };
    // The body of an operation that pages is the request's own object (checked by the generator).
    let mut object: serde_json::Map<String, Value> = parts
        .body
        .as_deref()
        .and_then(|body| serde_json::from_slice(body).ok())
        .unwrap_or_default();
    object.insert(paging.token.to_owned(), value);
    parts.body = serde_json::to_vec(&object).ok();
}
