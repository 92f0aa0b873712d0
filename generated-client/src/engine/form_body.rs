//! The body of one attempt of a `multipart/form-data` request whose files are read as they are
//! sent: the form's bytes, and between them each file's chunks, from a file opened for this
//! attempt or from a stream taken for it. Its length is exact when every file's length is known,
//! so the request has a `Content-Length`; otherwise it is sent chunked.
//!
//! A file that fails, or yields more or fewer bytes than announced, ends the body with an error
//! (the request is left unfinished, so the server does not take it), and the reason is kept for
//! the engine, which reports it as the call's error rather than as a broken connection.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, ready};

use bytes::Bytes;
use http_body::{Frame, SizeHint};
use tokio::io::ReadBuf;

use crate::base::error::BuildError;
use crate::base::multipart::{BoxError, Content, Encoded, Once, Segment, Source};

/// How much of a reader one chunk holds.
const READ_CHUNK: usize = 64 * 1024;

/// Why a body failed, shared by the body and the engine that sent it.
#[derive(Clone, Default)]
pub(crate) struct Failure(Arc<Mutex<Option<String>>>);

impl Failure {
    fn set(&self, reason: String) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(reason);
    }

    /// Why the body failed, if it did.
    pub(crate) fn reason(&self) -> Option<String> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// A form's body for one attempt.
pub(crate) struct FormBody {
    // Only ever reached through `&mut` (`Mutex::get_mut`, no locking): the mutex makes the body
    // `Sync`, as reqwest asks, around streams that need not be.
    state: Mutex<State>,
    /// The bytes left to send, when every length is known.
    remaining: Option<u64>,
}

struct State {
    segments: VecDeque<Piece>,
    reading: Option<Reading>,
    failure: Failure,
}

/// A stretch of the body still to send.
enum Piece {
    Bytes(Bytes),
    /// A stream, taken from its part when the body reaches it: an attempt that never gets that
    /// far leaves it for the next one.
    Once(Label, Arc<Once>),
    /// A file opened for this attempt, with its size then.
    Opened(Label, tokio::fs::File, u64),
}

/// A file part, as errors name it.
struct Label {
    name: &'static str,
    file_name: String,
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the file part `{}` ({:?})", self.name, self.file_name)
    }
}

/// The file being sent.
struct Reading {
    label: Label,
    source: Source,
    announced: Option<u64>,
    read: u64,
    buffer: Vec<u8>,
}

impl FormBody {
    /// The body of one attempt: files on disk opened now, streams left in their parts until
    /// the body reaches them. An error is a file that cannot be opened, or a stream an earlier
    /// call or attempt has read.
    pub(crate) async fn open(form: &Encoded) -> Result<(FormBody, Failure), BuildError> {
        let mut segments = VecDeque::with_capacity(form.segments.len());
        let mut length = Some(0u64);
        for segment in &form.segments {
            let (piece, size) = match segment {
                Segment::Bytes(bytes) => (Piece::Bytes(bytes.clone()), Some(bytes.len() as u64)),
                Segment::File(file) => {
                    let label = Label {
                        name: file.name,
                        file_name: file.file_name.clone(),
                    };
                    match &file.content {
                        Content::Bytes(bytes) => {
                            (Piece::Bytes(bytes.clone()), Some(bytes.len() as u64))
                        }
                        Content::Path(path) => {
                            let cannot = |e: std::io::Error| {
                                BuildError::new(format!(
                                    "{label}: {} cannot be read: {e}",
                                    path.display()
                                ))
                            };
                            let opened = tokio::fs::File::open(path).await.map_err(cannot)?;
                            let size = opened.metadata().await.map_err(cannot)?.len();
                            (Piece::Opened(label, opened, size), Some(size))
                        }
                        Content::Once(once) => {
                            if !once.is_unread() {
                                return Err(BuildError::new(already_read(&label)));
                            }
                            (Piece::Once(label, once.clone()), once.length)
                        }
                    }
                }
            };
            length = length.zip(size).and_then(|(a, b)| a.checked_add(b));
            segments.push_back(piece);
        }
        let failure = Failure::default();
        let body = FormBody {
            state: Mutex::new(State {
                segments,
                reading: None,
                failure: failure.clone(),
            }),
            remaining: length,
        };
        Ok((body, failure))
    }
}

fn already_read(label: &Label) -> String {
    format!(
        "{label} is a stream an earlier call or attempt has read: a stream is sent once \
         (make a new part, or use `FilePart::from_path` or bytes, which are sent again)"
    )
}

impl http_body::Body for FormBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = self.get_mut();
        let state = this.state.get_mut().unwrap_or_else(PoisonError::into_inner);
        let polled = state.poll_chunk(cx);
        if let Poll::Ready(Some(Ok(chunk))) = &polled
            && let Some(remaining) = &mut this.remaining
        {
            *remaining = remaining.saturating_sub(chunk.len() as u64);
        }
        polled.map(|chunk| chunk.map(|chunk| chunk.map(Frame::data)))
    }

    fn size_hint(&self) -> SizeHint {
        match self.remaining {
            Some(exact) => SizeHint::with_exact(exact),
            None => SizeHint::default(),
        }
    }
}

impl State {
    fn poll_chunk(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Bytes, BoxError>>> {
        loop {
            if let Some(reading) = &mut self.reading {
                match ready!(reading.poll_next(cx)) {
                    Ok(Some(chunk)) => return Poll::Ready(Some(Ok(chunk))),
                    Ok(None) => self.reading = None,
                    Err(reason) => return Poll::Ready(Some(Err(self.fail(reason)))),
                }
                continue;
            }
            let (label, source, announced) = match self.segments.pop_front() {
                None => return Poll::Ready(None),
                Some(Piece::Bytes(bytes)) => return Poll::Ready(Some(Ok(bytes))),
                Some(Piece::Once(label, once)) => match once.take() {
                    Some(source) => (label, source, once.length),
                    // Taken by a call sent at the same time as this one.
                    None => return Poll::Ready(Some(Err(self.fail(already_read(&label))))),
                },
                Some(Piece::Opened(label, file, size)) => {
                    (label, Source::Reader(Box::pin(file)), Some(size))
                }
            };
            self.reading = Some(Reading {
                label,
                source,
                announced,
                read: 0,
                buffer: Vec::new(),
            });
        }
    }

    /// Ends the body: the reason kept for the engine, and as the body's error.
    fn fail(&mut self, reason: String) -> BoxError {
        self.segments.clear();
        self.reading = None;
        self.failure.set(reason.clone());
        reason.into()
    }
}

impl Reading {
    /// The next chunk of the file, `None` at its end, or why it failed.
    fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Result<Option<Bytes>, String>> {
        loop {
            let chunk = match &mut self.source {
                Source::Chunks(stream) => match ready!(stream.as_mut().poll_next(cx)) {
                    Some(Ok(chunk)) => Some(chunk),
                    Some(Err(e)) => return Poll::Ready(Err(self.failed(&e.to_string()))),
                    None => None,
                },
                Source::Reader(reader) => {
                    if self.buffer.is_empty() {
                        self.buffer = vec![0; READ_CHUNK];
                    }
                    let mut buffer = ReadBuf::new(&mut self.buffer);
                    match ready!(reader.as_mut().poll_read(cx, &mut buffer)) {
                        Ok(()) if buffer.filled().is_empty() => None,
                        Ok(()) => Some(Bytes::copy_from_slice(buffer.filled())),
                        Err(e) => return Poll::Ready(Err(self.failed(&e.to_string()))),
                    }
                }
            };
            let Some(chunk) = chunk else {
                return Poll::Ready(match self.announced {
                    Some(announced) if announced != self.read => Err(format!(
                        "{} ended after {} bytes, {announced} were announced",
                        self.label, self.read
                    )),
                    _ => Ok(None),
                });
            };
            if chunk.is_empty() {
                continue;
            }
            self.read = self.read.saturating_add(chunk.len() as u64);
            if let Some(announced) = self.announced
                && self.read > announced
            {
                return Poll::Ready(Err(format!(
                    "{} yielded more than the {announced} bytes announced",
                    self.label
                )));
            }
            return Poll::Ready(Ok(Some(chunk)));
        }
    }

    fn failed(&self, error: &str) -> String {
        format!("{} failed after {} bytes: {error}", self.label, self.read)
    }
}

#[cfg(test)]
mod tests {
    use http_body::Body as _;

    use super::*;
    use crate::FilePart;
    use crate::base::multipart::{Form, Part};

    /// A stream of one chunk.
    struct One(Option<Bytes>);
    impl futures_core::Stream for One {
        type Item = Result<Bytes, std::io::Error>;
        fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            Poll::Ready(self.0.take().map(Ok))
        }
    }

    fn form(part: FilePart) -> Encoded {
        let mut form = Form::default();
        form.push(Part::File("media", part));
        form.encode("B").unwrap().0
    }

    fn block_on<F: Future>(future: F) -> F::Output {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime.block_on(future)
    }

    #[test]
    fn an_attempt_that_never_reaches_a_stream_leaves_it_for_the_next() {
        let encoded = form(FilePart::stream(
            "a",
            One(Some(Bytes::from("xyz"))),
            Some(3),
        ));
        let (body, _) = block_on(FormBody::open(&encoded)).unwrap();
        assert_eq!(body.size_hint().exact(), Some(encoded_len(&encoded) + 3));
        drop(body);
        assert_eq!(encoded.read_streams().count(), 0);

        // Polled up to the stream, the body takes it: the form cannot be sent again.
        let (mut body, failure) = block_on(FormBody::open(&encoded)).unwrap();
        let mut cx = Context::from_waker(std::task::Waker::noop());
        let mut sent = Vec::new();
        while let Poll::Ready(Some(frame)) = Pin::new(&mut body).poll_frame(&mut cx) {
            sent.extend_from_slice(&frame.unwrap().into_data().unwrap());
        }
        assert!(sent.windows(3).any(|w| w == b"xyz"));
        assert_eq!(body.size_hint().exact(), Some(0));
        assert_eq!(encoded.read_streams().count(), 1);
        assert!(failure.reason().is_none());
        let Err(error) = block_on(FormBody::open(&encoded)) else {
            panic!("a spent stream opened again")
        };
        assert!(
            error.to_string().contains("earlier call or attempt"),
            "{error}"
        );
    }

    fn encoded_len(encoded: &Encoded) -> u64 {
        encoded
            .segments
            .iter()
            .map(|segment| match segment {
                Segment::Bytes(bytes) => bytes.len() as u64,
                Segment::File(_) => 0,
            })
            .sum()
    }
}
