//! The only module that knows the YAML parser: parsing into the spec's types, and finding the
//! line and column of a key path for errors found after parsing.

use std::fmt;

use serde::de::DeserializeOwned;

/// A path of keys and list indices into a YAML document, like `operations.CreateTask.path`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyPath(Vec<Segment>);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

impl KeyPath {
    /// This path with a key appended.
    pub fn key(&self, key: &str) -> KeyPath {
        let mut path = self.clone();
        path.0.push(Segment::Key(key.to_owned()));
        path
    }

    /// This path with a list index appended.
    pub fn index(&self, index: usize) -> KeyPath {
        let mut path = self.clone();
        path.0.push(Segment::Index(index));
        path
    }
}

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(document)");
        }
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if i == 0 => write!(f, "{key}")?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// A parse failure: where, and what.
#[derive(Debug)]
pub struct ParseError {
    pub path: KeyPath,
    pub line_column: Option<(usize, usize)>,
    pub message: String,
}

/// Parses `text` into `T`, reporting the key path and position of the first problem.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ParseError> {
    let deserializer = serde_yaml::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = KeyPath(
            e.path()
                .iter()
                .filter_map(|segment| match segment {
                    serde_path_to_error::Segment::Map { key } => Some(Segment::Key(key.clone())),
                    serde_path_to_error::Segment::Seq { index } => Some(Segment::Index(*index)),
                    serde_path_to_error::Segment::Enum { .. }
                    | serde_path_to_error::Segment::Unknown => None,
                })
                .collect(),
        );
        let inner = e.into_inner();
        let line_column = inner
            .location()
            .map(|l| (l.line(), l.column()))
            .or_else(|| locate(text, &path));
        // serde_yaml appends " at line L column C"; we report the position separately.
        let message = inner.to_string();
        let message = match message.find(" at line ") {
            Some(cut) => message[..cut].to_owned(),
            None => message,
        };
        // It also starts some messages with the parent's path, which we report on our own.
        let shown = path.to_string();
        let message = match message.split_once(": ") {
            Some((prefix, rest)) if shown.starts_with(prefix) => rest.to_owned(),
            _ => message,
        };
        ParseError {
            path,
            line_column,
            message,
        }
    })
}

/// The 1-based line and column of the deepest part of `path` found in block-style YAML `text`.
///
/// serde_yaml keeps no positions for values that parsed fine, so errors found later (an unknown
/// type reference, a path parameter missing from the template) are placed by walking the text.
pub fn locate(text: &str, path: &KeyPath) -> Option<(usize, usize)> {
    let lines: Vec<Line> = text.lines().map(Line::new).collect();
    let (mut start, mut end, mut parent) = (0, lines.len(), None::<usize>);
    let mut found = None;
    for segment in &path.0 {
        let deeper = |l: &Line| l.content && parent.is_none_or(|p| l.indent > p);
        let first = lines[start..end].iter().find(|l| deeper(l))?;
        let at = match segment {
            Segment::Key(key) => (start..end).find(|&i| {
                let l = &lines[i];
                deeper(l) && l.indent == first.indent && l.has_key(key)
            })?,
            Segment::Index(index) => (start..end)
                .filter(|&i| {
                    deeper(&lines[i]) && first.dash.is_some() && lines[i].dash == first.dash
                })
                .nth(*index)?,
        };
        let own = match segment {
            Segment::Key(_) => lines[at].indent,
            Segment::Index(_) => lines[at].dash.unwrap_or(0),
        };
        found = Some((at + 1, own + 1));
        let is_item = matches!(segment, Segment::Index(_));
        end = (at + 1..end)
            .find(|&i| {
                let l = &lines[i];
                l.content && (l.indent <= own || (is_item && l.dash == Some(own)))
            })
            .unwrap_or(end);
        start = at;
        parent = Some(own);
    }
    found
}

/// One line, with list dashes counted as indentation (`- key: v` has `key` at dash + 2).
struct Line<'a> {
    indent: usize,
    dash: Option<usize>,
    rest: &'a str,
    content: bool,
}

impl<'a> Line<'a> {
    fn new(text: &'a str) -> Self {
        let mut indent = text.len() - text.trim_start_matches(' ').len();
        let mut rest = &text[indent..];
        let mut dash = None;
        while let Some(after) = rest.strip_prefix('-') {
            if !(after.is_empty() || after.starts_with(' ')) {
                break; // `-5` or `-foo` is a value, not a list item
            }
            dash.get_or_insert(indent);
            let pad = after.len() - after.trim_start_matches(' ').len();
            indent += 1 + pad;
            rest = &after[pad..];
        }
        let content = dash.is_some() || !(rest.is_empty() || rest.starts_with('#'));
        Line {
            indent,
            dash,
            rest,
            content,
        }
    }

    fn has_key(&self, key: &str) -> bool {
        [key.to_owned(), format!("\"{key}\""), format!("'{key}'")]
            .iter()
            .any(|k| {
                self.rest
                    .strip_prefix(k.as_str())
                    .is_some_and(|r| r.trim_start().starts_with(':'))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "\
module: m
operations:
  A:
    path: /a
    errors:
      - status: 400
        code: x
      - status: 500
        code: y
  B:
    # a comment
    path: /b
";

    fn at(path: KeyPath) -> Option<(usize, usize)> {
        locate(DOC, &path)
    }

    #[test]
    fn keys_and_list_items_are_found_where_they_are_written() {
        let ops = KeyPath::default().key("operations");
        assert_eq!(at(ops.clone()), Some((2, 1)));
        assert_eq!(at(ops.key("A").key("path")), Some((4, 5)));
        assert_eq!(at(ops.key("B").key("path")), Some((12, 5)));
        assert_eq!(at(ops.key("A").key("errors").index(1)), Some((8, 7)));
        assert_eq!(
            at(ops.key("A").key("errors").index(1).key("code")),
            Some((9, 9))
        );
        assert_eq!(
            at(ops.key("A").key("errors").index(0).key("status")),
            Some((6, 9))
        );
    }

    #[test]
    fn a_missing_key_gives_no_position() {
        assert_eq!(at(KeyPath::default().key("nope")), None);
    }
}
