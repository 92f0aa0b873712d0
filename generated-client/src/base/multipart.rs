//! `multipart/form-data` bodies (RFC 7578), as the legacy `/media/upload` takes them: file parts
//! with a field name, a file name and their content, and text parts. Written here, in a few lines,
//! rather than through a client feature, so the dependency tree stays as it is.
//!
//! A file's content is bytes (sent as they are, by every attempt), a file on disk (opened again
//! by every attempt) or a stream (read once). The engine turns the form into a body
//! (`engine::form_body`); here are the parts and the bytes around them.

use std::fmt;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};

use bytes::Bytes;
use futures_core::Stream;
use tokio::io::AsyncRead;

use crate::base::error::BuildError;

pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync>;
/// A file's chunks, whatever stream or reader they came from.
pub(crate) type ChunkStream = Pin<Box<dyn Stream<Item = Result<Bytes, BoxError>> + Send>>;

/// A file to send as one part of a `multipart/form-data` body: its file name, its content and,
/// optionally, its media type.
///
/// The content is one of:
///
/// - bytes ([`FilePart::new`]): held in memory, sent as they are by every attempt;
/// - a file on disk ([`FilePart::from_path`]): opened and read afresh by every attempt, so a
///   retry sends the whole file again; its length, and so the body's `Content-Length`, is the
///   file's size when the attempt opens it;
/// - a stream of chunks ([`FilePart::stream`]) or an [`AsyncRead`] ([`FilePart::reader`]): read
///   once, never held whole in memory. An attempt that fails before reading it (the connection
///   could not be made) leaves it for the next one; once an attempt has read from it, the call is
///   neither retried nor repeated with a fresh token, and returns that attempt's error (a
///   second attempt could only send a truncated body); a refused token is forgotten all the
///   same. To try again, make a new part. A stream that fails, or whose length differs from the
///   one given, ends the call with [`Error::Build`](crate::Error::Build) naming the part.
///
/// The bytes sent are the same whatever the content came from. With every length known (bytes,
/// files, streams given a length) the body has a `Content-Length`, as the official Python
/// clients send it; a stream of unknown length makes it `Transfer-Encoding: chunked`.
///
/// Blocking calls (`send_blocking`, feature `blocking`) take all three: streams and files are
/// read on the client's blocking runtime. (A `std::io::Read` is not taken: read it
/// into bytes, or write it to a file.)
///
/// A part is cheap to clone; clones of a streamed part share its one stream.
///
/// ```
/// # use generated_client::FilePart;
/// let photo = FilePart::new("photo.png", std::fs::read("Cargo.toml").unwrap_or_default())
///     .content_type("image/png");
/// assert_eq!(photo.file_name(), "photo.png");
///
/// let manifest = FilePart::from_path("Cargo.toml")?;
/// assert_eq!(manifest.file_name(), "Cargo.toml");
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Default)]
pub struct FilePart {
    file_name: String,
    content_type: Option<String>,
    content: Content,
}

/// Where a file part's bytes come from.
#[derive(Clone)]
pub(crate) enum Content {
    Bytes(Bytes),
    /// Opened by each attempt.
    Path(Arc<Path>),
    /// Read once; shared by the part's clones.
    Once(Arc<Once>),
}

impl Default for Content {
    fn default() -> Self {
        Content::Bytes(Bytes::new())
    }
}

/// A stream or reader that can be read once, with the length it was announced with. The first
/// attempt to read from it takes it.
pub(crate) struct Once {
    pub(crate) length: Option<u64>,
    source: Mutex<Option<Source>>,
}

/// What a streamed part reads from.
pub(crate) enum Source {
    Chunks(ChunkStream),
    Reader(Pin<Box<dyn AsyncRead + Send>>),
}

impl Once {
    /// The source, unless an attempt took it before.
    pub(crate) fn take(&self) -> Option<Source> {
        self.source
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }

    /// Whether no attempt has read from it yet.
    pub(crate) fn is_unread(&self) -> bool {
        self.source
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_some()
    }
}

/// A stream of `Result<B, E>` chunks as a [`ChunkStream`].
struct Chunks<S>(Pin<Box<S>>);

impl<S, B, E> Stream for Chunks<S>
where
    S: Stream<Item = Result<B, E>>,
    B: Into<Bytes>,
    E: Into<BoxError>,
{
    type Item = Result<Bytes, BoxError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0
            .as_mut()
            .poll_next(cx)
            .map(|chunk| chunk.map(|chunk| chunk.map(Into::into).map_err(Into::into)))
    }
}

impl FilePart {
    /// A file part named `file_name` holding `bytes` (a `Vec<u8>`, a `&'static [u8]`, a
    /// `Bytes`: cloned for each attempt without copying).
    pub fn new(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        FilePart {
            file_name: file_name.into(),
            content_type: None,
            content: Content::Bytes(bytes.into()),
        }
    }

    /// A file part named `file_name` whose bytes are the chunks of `stream`, read once, as they
    /// are sent. `length`, when known, is the number of bytes the stream yields: the body then
    /// has a `Content-Length` (as the official Python clients send it), and a stream that
    /// yields more or fewer bytes fails the call. Without it the body is sent chunked.
    ///
    /// An error of the stream ends the call with [`Error::Build`](crate::Error::Build),
    /// naming the part and holding the error's text; the request is left unfinished, so the
    /// server does not take it. See [`FilePart`] for retries.
    ///
    /// ```
    /// # use generated_client::FilePart;
    /// # use generated_client::futures_core::Stream;
    /// # fn example(chunks: impl Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static) {
    /// let video = FilePart::stream("clip.mp4", chunks, Some(1_048_576)).content_type("video/mp4");
    /// # }
    /// ```
    pub fn stream<S, B, E>(file_name: impl Into<String>, stream: S, length: Option<u64>) -> Self
    where
        S: Stream<Item = Result<B, E>> + Send + 'static,
        B: Into<Bytes>,
        E: Into<Box<dyn std::error::Error + Send + Sync>>,
    {
        let chunks: ChunkStream = Box::pin(Chunks(Box::pin(stream)));
        FilePart::once(file_name.into(), Source::Chunks(chunks), length)
    }

    /// A file part named `file_name` whose bytes are read from `reader` (a `tokio::fs::File`,
    /// a socket, a decompressor), once, as they are sent. `length` as for
    /// [`stream`](Self::stream).
    pub fn reader<R>(file_name: impl Into<String>, reader: R, length: Option<u64>) -> Self
    where
        R: AsyncRead + Send + 'static,
    {
        FilePart::once(file_name.into(), Source::Reader(Box::pin(reader)), length)
    }

    fn once(file_name: String, source: Source, length: Option<u64>) -> Self {
        FilePart {
            file_name,
            content_type: None,
            content: Content::Once(Arc::new(Once {
                length,
                source: Mutex::new(Some(source)),
            })),
        }
    }

    /// A file part holding the file at `path`, named after its last component. The file is
    /// opened and read by each attempt, as it is sent (never held whole in memory), so a retry
    /// sends it whole again.
    ///
    /// # Errors
    ///
    /// `path` is not a file that can be read now, or has no file name in UTF-8.
    pub fn from_path(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        // Checked now, so that a wrong path is found where it is given.
        let metadata = std::fs::metadata(path)?;
        if !metadata.is_file() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("{} is not a file", path.display()),
            ));
        }
        let Some(file_name) = path.file_name().and_then(|name| name.to_str()) else {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("{} has no file name in UTF-8", path.display()),
            ));
        };
        Ok(FilePart {
            file_name: file_name.to_owned(),
            content_type: None,
            content: Content::Path(Arc::from(PathBuf::from(path))),
        })
    }

    /// The part's media type (`image/png`); without it the part has no `Content-Type`, as the
    /// official Python clients send it.
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The file name sent with the content.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The file's bytes, for a part made from bytes ([`FilePart::new`]); `None` for a file or a
    /// stream, read only as they are sent.
    pub fn bytes(&self) -> Option<&Bytes> {
        match &self.content {
            Content::Bytes(bytes) => Some(bytes),
            Content::Path(_) | Content::Once(_) => None,
        }
    }
}

impl PartialEq for FilePart {
    /// Parts are equal with the same name, media type and content: the same bytes, the same
    /// path, or the very same stream (a clone).
    fn eq(&self, other: &Self) -> bool {
        let same_content = match (&self.content, &other.content) {
            (Content::Bytes(a), Content::Bytes(b)) => a == b,
            (Content::Path(a), Content::Path(b)) => a == b,
            (Content::Once(a), Content::Once(b)) => Arc::ptr_eq(a, b),
            _ => false,
        };
        same_content && self.file_name == other.file_name && self.content_type == other.content_type
    }
}

impl Eq for FilePart {}

impl fmt::Debug for FilePart {
    // The bytes are the application's data: their length says enough.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("FilePart");
        s.field("file_name", &self.file_name)
            .field("content_type", &self.content_type);
        match &self.content {
            Content::Bytes(bytes) => s.field("len", &bytes.len()),
            Content::Path(path) => s.field("path", path),
            Content::Once(once) => s
                .field("stream_len", &once.length)
                .field("unread", &once.is_unread()),
        };
        s.finish()
    }
}

/// The conformance replay builds requests from recorded JSON: a file part from a string, its
/// UTF-8 bytes under the file name `file`.
#[cfg(feature = "conformance")]
impl<'de> serde::Deserialize<'de> for FilePart {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(FilePart::new("file", text.into_bytes()))
    }
}

/// One part of a form.
#[derive(Clone, Debug)]
pub(crate) enum Part {
    File(&'static str, FilePart),
    Text(&'static str, String),
}

/// The parts of a `multipart/form-data` body, in the order written.
#[derive(Clone, Debug, Default)]
pub(crate) struct Form {
    parts: Vec<Part>,
}

/// A form written out: its bytes, with the files that are read as they are sent in between.
pub(crate) struct Encoded {
    pub(crate) segments: Vec<Segment>,
}

/// A stretch of an encoded form.
pub(crate) enum Segment {
    Bytes(Bytes),
    /// A file read as it is sent (never `Content::Bytes`), under its part's name.
    File(FileSegment),
}

/// A file read as it is sent.
pub(crate) struct FileSegment {
    /// The part's field name and file name, for errors.
    pub(crate) name: &'static str,
    pub(crate) file_name: String,
    pub(crate) content: Content,
}

impl Encoded {
    /// The whole body, when every part is bytes: sent as one shared buffer.
    pub(crate) fn as_bytes(&self) -> Option<&Bytes> {
        match &self.segments[..] {
            [Segment::Bytes(bytes)] => Some(bytes),
            _ => None,
        }
    }

    /// The streams of the form that an attempt has read from already, by part name.
    pub(crate) fn read_streams(&self) -> impl Iterator<Item = &FileSegment> {
        self.segments.iter().filter_map(|segment| match segment {
            Segment::File(file) => match &file.content {
                Content::Once(once) if !once.is_unread() => Some(file),
                _ => None,
            },
            Segment::Bytes(_) => None,
        })
    }
}

impl Form {
    pub(crate) fn push(&mut self, part: Part) {
        self.parts.push(part);
    }

    /// The body and its `content-type` (with the boundary), or an error for a name or file
    /// name that cannot be written in a part header (a quote, CR or LF).
    pub(crate) fn encode(&self, boundary: &str) -> Result<(Encoded, String), BuildError> {
        let mut segments = Vec::new();
        let mut body = Vec::new();
        for part in &self.parts {
            let (name, file_name, content_type) = match part {
                Part::File(name, file) => (
                    *name,
                    Some(file.file_name.as_str()),
                    file.content_type.as_deref(),
                ),
                Part::Text(name, _) => (*name, None, None),
            };
            for value in [Some(name), file_name, content_type].into_iter().flatten() {
                if value.contains(['"', '\r', '\n']) {
                    return Err(BuildError::new(format!(
                        "multipart part `{name}`: {value:?} cannot be written in a part header (a quote, CR or LF)"
                    )));
                }
            }
            body.extend_from_slice(b"--");
            body.extend_from_slice(boundary.as_bytes());
            body.extend_from_slice(b"\r\nContent-Disposition: form-data; name=\"");
            body.extend_from_slice(name.as_bytes());
            body.push(b'"');
            if let Some(file_name) = file_name {
                body.extend_from_slice(b"; filename=\"");
                body.extend_from_slice(file_name.as_bytes());
                body.push(b'"');
            }
            if let Some(content_type) = content_type {
                body.extend_from_slice(b"\r\nContent-Type: ");
                body.extend_from_slice(content_type.as_bytes());
            }
            body.extend_from_slice(b"\r\n\r\n");
            match part {
                Part::Text(_, text) => body.extend_from_slice(text.as_bytes()),
                Part::File(_, file) => match &file.content {
                    Content::Bytes(bytes) => body.extend_from_slice(bytes),
                    content => {
                        segments.push(Segment::Bytes(Bytes::from(std::mem::take(&mut body))));
                        segments.push(Segment::File(FileSegment {
                            name,
                            file_name: file.file_name.clone(),
                            content: content.clone(),
                        }));
                    }
                },
            }
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(b"--");
        body.extend_from_slice(boundary.as_bytes());
        body.extend_from_slice(b"--\r\n");
        segments.push(Segment::Bytes(Bytes::from(body)));
        let content_type = format!("multipart/form-data; boundary={boundary}");
        Ok((Encoded { segments }, content_type))
    }
}

/// A fresh boundary: 32 random hex digits, as the official Python clients make them, so it
/// cannot be guessed from, nor occur by chance in, the parts.
pub(crate) fn boundary() -> Result<String, BuildError> {
    use ring::rand::SecureRandom as _;
    let mut random = [0u8; 16];
    ring::rand::SystemRandom::new()
        .fill(&mut random)
        .map_err(|_| BuildError::new("no random bytes for a multipart boundary"))?;
    Ok(random.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes_of(encoded: &Encoded) -> &[u8] {
        encoded.as_bytes().expect("one buffer")
    }

    #[test]
    fn a_form_is_its_parts_between_boundaries() {
        let mut form = Form::default();
        form.push(Part::Text("type", "image".to_owned()));
        form.push(Part::File(
            "media",
            FilePart::new("a.png", &b"\r\n--x"[..]).content_type("image/png"),
        ));
        let (body, content_type) = form.encode("B").unwrap();
        assert_eq!(content_type, "multipart/form-data; boundary=B");
        assert_eq!(
            bytes_of(&body),
            b"--B\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nimage\r\n\
              --B\r\nContent-Disposition: form-data; name=\"media\"; filename=\"a.png\"\r\n\
              Content-Type: image/png\r\n\r\n\r\n--x\r\n--B--\r\n"
        );
    }

    #[test]
    fn a_streamed_part_splits_the_form_around_it() {
        let mut form = Form::default();
        let chunks = Chunks(Box::pin(EmptyStream));
        let file = FilePart::once("v.amr".to_owned(), Source::Chunks(Box::pin(chunks)), None);
        form.push(Part::File("media", file));
        let (body, _) = form.encode("B").unwrap();
        assert!(body.as_bytes().is_none());
        let [
            Segment::Bytes(head),
            Segment::File(file),
            Segment::Bytes(tail),
        ] = &body.segments[..]
        else {
            panic!("{} segments", body.segments.len())
        };
        assert_eq!(
            &head[..],
            b"--B\r\nContent-Disposition: form-data; name=\"media\"; filename=\"v.amr\"\r\n\r\n"
        );
        assert_eq!((file.name, file.file_name.as_str()), ("media", "v.amr"));
        assert_eq!(&tail[..], b"\r\n--B--\r\n");
        assert_eq!(body.read_streams().count(), 0);
    }

    struct EmptyStream;
    impl Stream for EmptyStream {
        type Item = Result<Bytes, std::io::Error>;
        fn poll_next(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
            Poll::Ready(None)
        }
    }

    #[test]
    fn a_file_name_that_would_break_the_part_header_is_refused() {
        let mut form = Form::default();
        form.push(Part::File(
            "media",
            FilePart::new("a\"\r\nX: y", Vec::new()),
        ));
        assert!(form.encode("B").is_err());
    }

    #[test]
    fn a_path_that_is_not_a_file_is_refused_where_it_is_given() {
        assert!(FilePart::from_path(".").is_err());
        assert!(FilePart::from_path("no such file").is_err());
    }

    #[test]
    fn clones_of_a_streamed_part_share_its_stream() {
        let file = FilePart::stream("a", EmptyStream, Some(0));
        let clone = file.clone();
        assert_eq!(file, clone);
        assert_ne!(file, FilePart::stream("a", EmptyStream, Some(0)));
        let Content::Once(once) = &file.content else {
            panic!()
        };
        assert!(once.take().is_some());
        let Content::Once(once) = &clone.content else {
            panic!()
        };
        assert!(!once.is_unread());
        assert!(format!("{clone:?}").contains("unread: false"));
    }

    #[test]
    fn boundaries_are_fresh_hex() {
        let (a, b) = (boundary().unwrap(), boundary().unwrap());
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }
}
