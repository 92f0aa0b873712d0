//! Paginators: every page of an operation that pages, as a stream of pages, a stream of items,
//! or (with `blocking`) an iterator. Generated code hands over the first call and a static
//! [`Paging`]; sending each next page, reading its token (or counting its page number or
//! offset), and deciding when to stop is here, compiled once. Each reply is read once, as JSON:
//! the token, the flags and the items are taken from that value, and the typed page too.

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

use crate::base::error::{BuildError, DecodeError, Error, OperationError};
use crate::base::operation::RequestWriter;
use crate::base::response::Response;
use crate::engine::call::Call;
use crate::engine::options::CallOptions;

/// How an operation pages (written by the generator from the spec's `pagination`).
#[derive(Debug)]
#[non_exhaustive]
pub struct Paging {
    /// What the request field carries: a token from the reply, a page number or an offset.
    pub mode: PageMode,
    /// The request field that carries the token, the page number or the offset.
    pub token: &'static str,
    /// Whether that field is a query parameter (else a member of the JSON body).
    pub in_query: bool,
    /// Whether that field is a number: a token is then sent back as a JSON number.
    pub numeric: bool,
    /// Wire names from the reply body down to the next page's token (token mode only).
    pub next: &'static [&'static str],
    /// Wire names down to the "more pages follow" flag; empty when there is none.
    pub has_more: &'static [&'static str],
    /// Wire names down to the page's list of items; empty when there is none.
    pub items: &'static [&'static str],
    /// Wire names down to the total number of items; empty when there is none.
    pub total: &'static [&'static str],
    /// The request field holding the page size; empty when there is none.
    pub size: &'static str,
    /// Whether the page size is a query parameter (else a member of the JSON body).
    pub size_in_query: bool,
}

/// What carries an operation's position from one page to the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PageMode {
    /// The reply gives the next page's token, sent back in the request.
    Token,
    /// The request counts pages: 1 first (unless the request sets another), then one more
    /// each page.
    Number,
    /// The request counts items: 0 first (unless the request sets another), then advanced by
    /// the number of items each page held.
    Offset,
}

impl Paging {
    /// Describes an operation that pages by token (used by generated code).
    pub const fn new(
        token: &'static str,
        in_query: bool,
        numeric: bool,
        next: &'static [&'static str],
        has_more: &'static [&'static str],
        items: &'static [&'static str],
    ) -> Self {
        Paging {
            mode: PageMode::Token,
            token,
            in_query,
            numeric,
            next,
            has_more,
            items,
            total: &[],
            size: "",
            size_in_query: false,
        }
    }

    /// Describes an operation that pages by page number (`PageMode::Number`) or by offset
    /// (`PageMode::Offset`) in the request field `field` (used by generated code).
    #[allow(clippy::too_many_arguments)]
    pub const fn counted(
        mode: PageMode,
        field: &'static str,
        in_query: bool,
        size: &'static str,
        size_in_query: bool,
        items: &'static [&'static str],
        has_more: &'static [&'static str],
        total: &'static [&'static str],
    ) -> Self {
        Paging {
            mode,
            token: field,
            in_query,
            numeric: true,
            next: &[],
            has_more,
            items,
            total,
            size,
            size_in_query,
        }
    }
}

/// The item type of a paginator whose operation names no list of items: such a paginator
/// has pages only (no `items()`).
#[derive(Debug)]
pub enum NoItems {}

/// Every page of one paging operation, from the request it was made with.
///
/// By token: each page is the same call again with the token field set to the token the
/// previous reply gave; the pages end when a reply carries no token (absent, `null` or `""`)
/// or says no more pages follow (the spec's `has_more` is `false`). A reply whose token was
/// already sent would start the same pages over: the page is given, then an [`Error::Decode`]
/// naming the repeated token, and nothing more is sent.
///
/// By page number or offset: each page is the call again with the page number one more (the
/// first is the request's, 1 when it sets none) or the offset advanced by the items the page
/// held (the first is the request's, 0 when it sets none). The pages end at an empty page, or
/// when the reply says so: its `has_more` flag when it has one, else its total of items when it
/// has one, else a page shorter than the page size the request set. A page whose items (or,
/// without items, whose whole reply) are those of the page before would start a loop (a server
/// that does not take the page number or offset): it is not given; an [`Error::Decode`] naming
/// the page number or offset is, and nothing more is sent.
///
/// By page number without a list of items (pages only, `I` is [`NoItems`]): no page is seen
/// empty, so the reply ends the pages: its `has_more` flag when it has one, else its total
/// compared with the page number times the page size the request set, else (a reply that has
/// neither) at once. A total with no page size to count by is an error: before anything is sent
/// when the operation has no flag, after the page whose reply needed it otherwise.
///
/// Every way ends after [`max_pages`](Self::max_pages), or at the first error (which is the
/// last item).
///
/// ```no_run
/// # use generated_client::{Client, team_sphere_1_0::QueryTaskRequest};
/// # async fn example(client: Client) -> Result<(), Box<dyn std::error::Error>> {
/// let request = QueryTaskRequest::new().max_results(50);
/// let pages = client.team_sphere_1_0().query_task_pages("<user id>", &request).max_pages(20);
/// let mut items = pages.items();
/// while let Some(task) = items.try_next().await? {
///     println!("{:?}", task.task_id);
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

    /// The pages as a stream of replies; [`Pages::try_next`] reads them in a plain loop.
    pub fn pages(self) -> Pages<T, E> {
        Pages {
            template: self.first.into_json(),
            paging: self.paging,
            max_pages: self.max_pages,
            sent: 0,
            next_token: None,
            tokens: HashSet::new(),
            position: None,
            size: None,
            counted: 0,
            last_page: None,
            in_flight: None,
            pending: None,
            done: false,
            _page: PhantomData,
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
    /// The items of every page, in order, as a stream; [`Items::try_next`] reads them in a
    /// plain loop, [`Items::collect_up_to`] gathers at most so many.
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

type PageResult<E> = Result<(Response<Value>, Vec<u8>), Error<E>>;
type PageFuture<E> = Pin<Box<dyn Future<Output = PageResult<E>> + Send>>;

/// One page as read: the reply with its body as JSON, and the body's bytes (for the excerpt of
/// a decode error).
struct Page {
    reply: Response<Value>,
    body: Vec<u8>,
}

impl Page {
    /// The typed page, decoded from the JSON already read.
    fn typed<T: DeserializeOwned, E>(self) -> Result<Response<T>, Error<E>> {
        let (status, headers, json) = self.reply.into_parts();
        match T::deserialize(json) {
            Ok(body) => Ok(Response::new(status, headers, body)),
            Err(e) => Err(Error::Decode(DecodeError::json(
                status, &headers, &self.body, e,
            ))),
        }
    }

    /// The page's items: its list at `paging.items` (none when absent or `null`), taken out
    /// of the JSON already read.
    fn items<I: DeserializeOwned, E>(self, paging: &Paging) -> Result<Vec<I>, Error<E>> {
        let (status, headers, mut json) = self.reply.into_parts();
        let list = match lookup_mut(&mut json, paging.items) {
            None => return Ok(Vec::new()),
            Some(list) => list.take(),
        };
        if list.is_null() {
            return Ok(Vec::new());
        }
        Vec::<I>::deserialize(list)
            .map_err(|e| Error::Decode(DecodeError::json(status, &headers, &self.body, e)))
    }
}

/// The pages of a [`Paginator`], as a [`Stream`] of replies, or read one by one with
/// [`try_next`](Self::try_next).
#[must_use = "streams do nothing unless polled"]
pub struct Pages<T, E> {
    template: Call<Value, E>,
    paging: &'static Paging,
    max_pages: Option<usize>,
    sent: usize,
    /// The token of the next page; `None` before the first page.
    next_token: Option<Value>,
    /// Every token sent so far (as JSON text), to notice one coming back.
    tokens: HashSet<String>,
    /// The page number or offset of the page in flight or last sent; `None` before the first.
    position: Option<i64>,
    /// The page size the request set, if any (read from the first request).
    size: Option<u64>,
    /// Items counted so far, from the first page on (where a total is compared).
    counted: u64,
    /// A fingerprint of the last counted page's items (or whole reply, without items), to
    /// notice a page that repeats the one before.
    last_page: Option<u64>,
    in_flight: Option<PageFuture<E>>,
    /// The error to give after the page just given (a repeated token, a total that could not
    /// be compared).
    pending: Option<Error<E>>,
    done: bool,
    _page: PhantomData<fn() -> T>,
}

impl<T, E> Pages<T, E>
where
    T: DeserializeOwned + Send + 'static,
    E: OperationError + Send + 'static,
{
    /// The next page, or `None` after the last: `while let Some(page) =
    /// pages.try_next().await? { .. }`. After an error there are no more pages.
    pub async fn try_next(&mut self) -> Result<Option<Response<T>>, Error<E>> {
        std::future::poll_fn(|cx| self.poll_typed(cx))
            .await
            .transpose()
    }

    /// The next typed page. A page that does not decode is the last item, as any error.
    fn poll_typed(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Response<T>, Error<E>>>> {
        self.poll_page(cx).map(|page| {
            page.map(|page| {
                let typed = page.and_then(Page::typed);
                if typed.is_err() {
                    self.done = true;
                }
                typed
            })
        })
    }

    /// At most `limit` pages, in order; stops sending once it has them. The first error is
    /// returned instead.
    pub async fn collect_up_to(mut self, limit: usize) -> Result<Vec<Response<T>>, Error<E>> {
        let mut pages = Vec::new();
        while pages.len() < limit {
            match self.try_next().await? {
                Some(page) => pages.push(page),
                None => break,
            }
        }
        Ok(pages)
    }

    /// Sends the first page's request or the next one: the caller's request, then the same
    /// with the token, page number or offset of the next page. Refused, nothing sent, when the
    /// pages could only end by a total and the request sets no page size to count it by.
    fn start_next(&mut self) -> Result<(), Error<E>> {
        let mut call = self.template.duplicate();
        let paging = self.paging;
        match paging.mode {
            PageMode::Token => match &self.next_token {
                Some(token) => set_field(call.parts_mut(), paging, token),
                // A caller resuming from a token of theirs: that one counts as sent too.
                None => {
                    if let Some(token) = field_in(call.parts_mut(), paging.token, paging.in_query) {
                        self.tokens.insert(token_key(&token));
                    }
                }
            },
            PageMode::Number | PageMode::Offset => match self.position {
                Some(position) => set_field(call.parts_mut(), paging, &Value::from(position)),
                None => {
                    let parts = call.parts_mut();
                    let first =
                        field_in(parts, paging.token, paging.in_query).and_then(|v| number(&v));
                    let start = if paging.mode == PageMode::Number {
                        1
                    } else {
                        0
                    };
                    self.position = Some(first.unwrap_or(start));
                    self.size = (!paging.size.is_empty())
                        .then(|| field_in(parts, paging.size, paging.size_in_query))
                        .flatten()
                        .and_then(|v| number(&v))
                        .and_then(|n| u64::try_from(n).ok());
                    if paging.items.is_empty() && paging.has_more.is_empty() && self.size.is_none()
                    {
                        return Err(Error::Build(BuildError::new(format!(
                            "the pages end when the reply's total is reached, counted in pages \
                             of `{}`: set `{}` in the request",
                            paging.size, paging.size
                        ))));
                    }
                }
            },
        }
        self.sent += 1;
        self.in_flight = Some(Box::pin(call.send_keeping_body()));
        Ok(())
    }

    fn poll_page(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Page, Error<E>>>> {
        if let Some(error) = self.pending.take() {
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
            if let Err(error) = self.start_next() {
                self.done = true;
                return Poll::Ready(Some(Err(error)));
            }
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
        match self.paging.mode {
            PageMode::Token => self.after_token_page(&reply, &body),
            PageMode::Number | PageMode::Offset => {
                if let Err(error) = self.after_counted_page(&reply, &body) {
                    self.done = true;
                    return Poll::Ready(Some(Err(error)));
                }
            }
        }
        Poll::Ready(Some(Ok(Page { reply, body })))
    }

    /// Reads the next token, or ends the pages.
    fn after_token_page(&mut self, reply: &Response<Value>, body: &[u8]) {
        let json = reply.body();
        let paging = self.paging;
        let more = paging.has_more.is_empty()
            || lookup(json, paging.has_more) != Some(&Value::Bool(false));
        let token = lookup(json, paging.next).filter(|t| match t {
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
                        paging.next.join(".")
                    ));
                    let e = DecodeError::json(reply.status(), reply.headers(), body, e);
                    self.pending = Some(Error::Decode(e));
                }
            }
            _ => self.done = true,
        }
    }

    /// Counts the page's items and moves the page number or offset on, or ends the pages. A
    /// page that repeats the one before is refused (the error to give in its place).
    fn after_counted_page(&mut self, reply: &Response<Value>, body: &[u8]) -> Result<(), Error<E>> {
        let paging = self.paging;
        let json = reply.body();
        let pages_only = paging.items.is_empty();
        let listed = lookup(json, paging.items);
        let held = match listed {
            Some(Value::Array(items)) => items.len() as u64,
            _ => 0,
        };
        let position = self.position.unwrap_or_default();
        // A server that ignores the page number or offset answers the same page forever, and
        // a flag or a total it repeats would never end them: the second sight of it does.
        let content = if pages_only {
            Some(json)
        } else {
            listed.filter(|_| held > 0)
        };
        if let Some(content) = content {
            let fingerprint = fingerprint(content);
            if self.last_page.replace(fingerprint) == Some(fingerprint) {
                let what = if paging.mode == PageMode::Number {
                    "page number"
                } else {
                    "offset"
                };
                return Err(counting_error(
                    reply,
                    body,
                    format!(
                        "the page at {what} {position} (`{}`) repeats the page before it: the \
                         server seems not to take `{}`, and the pages would never end",
                        paging.token, paging.token
                    ),
                ));
            }
        }
        self.counted = self.counted.saturating_add(held);
        let next = match paging.mode {
            PageMode::Number => position.checked_add(1),
            _ => i64::try_from(held)
                .ok()
                .and_then(|held| position.checked_add(held)),
        };
        // Items before the next page: counted from the offset, or from page 1 when a size
        // says how long the pages before were, else (with a list) as read.
        let before_next = match (paging.mode, self.size) {
            (PageMode::Offset, _) => next.and_then(|n| u64::try_from(n).ok()),
            (_, Some(size)) => u64::try_from(position).ok().map(|p| p.saturating_mul(size)),
            (_, None) if !pages_only => Some(self.counted),
            (_, None) => None,
        };
        let flag = lookup(json, paging.has_more).and_then(Value::as_bool);
        let total = lookup(json, paging.total).and_then(number);
        let reached = |total: i64| before_next.map(|b| i64::try_from(b).is_ok_and(|b| b >= total));
        let last = if pages_only {
            // No page is seen empty: the reply's word ends the pages, and a reply with no word
            // at all (an empty reply) says none follow.
            match (flag, total) {
                (Some(more), _) => !more,
                (None, Some(total)) => reached(total).unwrap_or_else(|| {
                    self.pending = Some(counting_error(
                        reply,
                        body,
                        format!(
                            "the reply gives a total and no `{}`: with no page size set in the \
                             request (`{}`), the pages read cannot be compared with it",
                            paging.has_more.join("."),
                            paging.size
                        ),
                    ));
                    true
                }),
                (None, None) => true,
            }
        } else {
            // The reply's own word first: a server may cap the page size, so a short page
            // alone ends the pages only when the reply has neither a flag nor a total.
            held == 0
                || match (flag, total) {
                    (Some(more), _) => !more,
                    (None, Some(total)) => reached(total).unwrap_or(false),
                    (None, None) => self.size.is_some_and(|size| held < size),
                }
        };
        if last || next.is_none() {
            self.done = true;
        } else {
            self.position = next;
        }
        Ok(())
    }
}

/// A fingerprint of a page's content, to compare with the page before (pages are compared, not
/// kept).
fn fingerprint(content: &Value) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    content.hash(&mut hasher);
    hasher.finish()
}

/// A page-counting failure, reported as a decode error of the reply that showed it.
fn counting_error<E>(reply: &Response<Value>, body: &[u8], message: String) -> Error<E> {
    let e = <serde_json::Error as serde::de::Error>::custom(message);
    Error::Decode(DecodeError::json(reply.status(), reply.headers(), body, e))
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
        self.get_mut().poll_typed(cx)
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

/// The items of every page of a [`Paginator`], as a [`Stream`], or read one by one with
/// [`try_next`](Self::try_next).
#[must_use = "streams do nothing unless polled"]
pub struct Items<T, E, I> {
    pages: Pages<T, E>,
    buffer: std::vec::IntoIter<I>,
}

impl<T, E, I> Unpin for Items<T, E, I> {}

impl<T, E, I> Items<T, E, I>
where
    T: DeserializeOwned + Send + 'static,
    E: OperationError + Send + 'static,
    I: DeserializeOwned,
{
    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<I, Error<E>>>> {
        loop {
            if let Some(item) = self.buffer.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match self.pages.poll_page(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(Some(Ok(page))) => match page.items(self.pages.paging) {
                    Ok(items) => self.buffer = items.into_iter(),
                    Err(e) => {
                        self.pages.done = true;
                        return Poll::Ready(Some(Err(e)));
                    }
                },
            }
        }
    }

    /// The next item, or `None` after the last: `while let Some(item) =
    /// items.try_next().await? { .. }`. After an error there are no more items.
    pub async fn try_next(&mut self) -> Result<Option<I>, Error<E>> {
        std::future::poll_fn(|cx| self.poll_item(cx))
            .await
            .transpose()
    }

    /// At most `limit` items, in order; no page is sent once it has them. The first error is
    /// returned instead.
    pub async fn collect_up_to(mut self, limit: usize) -> Result<Vec<I>, Error<E>> {
        let mut items = Vec::new();
        while items.len() < limit {
            match self.try_next().await? {
                Some(item) => items.push(item),
                None => break,
            }
        }
        Ok(items)
    }
}

impl<T, E, I> Stream for Items<T, E, I>
where
    T: DeserializeOwned + Send + 'static,
    E: OperationError + Send + 'static,
    I: DeserializeOwned,
{
    type Item = Result<I, Error<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_item(cx)
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
    fn next_page(&mut self) -> Option<Result<Page, Error<E>>> {
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
        let typed = self.next_page()?.and_then(Page::typed);
        if typed.is_err() {
            // A page that does not decode is the last item, as any error.
            self.pages = None;
        }
        Some(typed)
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
                Ok(page) => match page.items(paging) {
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

/// The value at `path` in `json`, through objects (none for an empty path: no such field).
fn lookup<'a>(json: &'a Value, path: &[&str]) -> Option<&'a Value> {
    if path.is_empty() {
        return None;
    }
    path.iter().try_fold(json, |value, key| value.get(key))
}

/// [`lookup`], to take the value out.
fn lookup_mut<'a>(json: &'a mut Value, path: &[&str]) -> Option<&'a mut Value> {
    if path.is_empty() {
        return None;
    }
    path.iter().try_fold(json, |value, key| value.get_mut(key))
}

/// A whole number, written as a JSON number or as the text of one (`"20"`).
fn number(value: &Value) -> Option<i64> {
    match value {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
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

/// The value the caller's own request gives field `name` (a query parameter's text, or the
/// body member), if any.
fn field_in(parts: &RequestWriter, name: &str, in_query: bool) -> Option<Value> {
    if in_query {
        let (_, value) = parts.query.iter().find(|(n, _)| n == name)?;
        return Some(Value::String(value.clone()));
    }
    let body: Value = serde_json::from_slice(parts.body.as_deref()?).ok()?;
    body.get(name).cloned()
}

/// Sets the token (page number, offset) field of the next page's request, replacing what the
/// caller set.
fn set_field(parts: &mut RequestWriter, paging: &Paging, token: &Value) {
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
