//! `multipart/form-data` bodies (RFC 7578), as the legacy `/media/upload` takes them: file parts
//! with a field name, a file name and their bytes, and text parts. Written here, in a few lines,
//! rather than through a client feature, so the dependency tree stays as it is.

use std::fmt;

use bytes::Bytes;

use crate::base::error::BuildError;

/// A file to send as one part of a `multipart/form-data` body: its file name, its bytes and,
/// optionally, its media type.
///
/// ```
/// # use generated_client::FilePart;
/// let photo = FilePart::new("photo.png", std::fs::read("Cargo.toml").unwrap_or_default())
///     .content_type("image/png");
/// assert_eq!(photo.file_name(), "photo.png");
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct FilePart {
    file_name: String,
    content_type: Option<String>,
    bytes: Bytes,
}

impl FilePart {
    /// A file part named `file_name` holding `bytes` (a `Vec<u8>`, a `&'static [u8]`, a
    /// `Bytes`: cloned for each attempt without copying).
    pub fn new(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        FilePart {
            file_name: file_name.into(),
            content_type: None,
            bytes: bytes.into(),
        }
    }

    /// The part's media type (`image/png`); without it the part has no `Content-Type`, as the
    /// official Python clients send it.
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The file name sent with the bytes.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }
}

impl fmt::Debug for FilePart {
    // The bytes are the application's data: their length says enough.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FilePart")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
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

impl Form {
    pub(crate) fn push(&mut self, part: Part) {
        self.parts.push(part);
    }

    /// The body and its `content-type` (with the boundary), or an error for a name or file
    /// name that cannot be written in a part header (a quote, CR or LF).
    pub(crate) fn encode(&self, boundary: &str) -> Result<(Bytes, String), BuildError> {
        let mut body = Vec::new();
        for part in &self.parts {
            let (name, file_name, content_type, bytes) = match part {
                Part::File(name, file) => (
                    *name,
                    Some(file.file_name.as_str()),
                    file.content_type.as_deref(),
                    file.bytes.as_ref(),
                ),
                Part::Text(name, text) => (*name, None, None, text.as_bytes()),
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
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(b"--");
        body.extend_from_slice(boundary.as_bytes());
        body.extend_from_slice(b"--\r\n");
        let content_type = format!("multipart/form-data; boundary={boundary}");
        Ok((Bytes::from(body), content_type))
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
            &body[..],
            b"--B\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nimage\r\n\
              --B\r\nContent-Disposition: form-data; name=\"media\"; filename=\"a.png\"\r\n\
              Content-Type: image/png\r\n\r\n\r\n--x\r\n--B--\r\n"
        );
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
    fn boundaries_are_fresh_hex() {
        let (a, b) = (boundary().unwrap(), boundary().unwrap());
        assert_eq!(a.len(), 32);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }
}
