//! Doc comments from the spec's descriptions.
//!
//! A description is documentation, never code: rustdoc compiles and runs every code block of a
//! doc comment that is not marked otherwise, and warns on `[x]`, bare URLs and HTML. So spec
//! text reaches a doc comment only through [`text`] (descriptions) or [`code`] (names, codes,
//! paths), and [`doc`] escapes the characters a comment cannot hold whatever it is given.

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc]` attributes for `text`, one per line; nothing for empty text.
pub fn doc(text: &str) -> TokenStream {
    lines(text).map(|line| quote!(#[doc = #line])).collect()
}

/// `#![doc]` attributes (the enclosing module's documentation) for `text`.
pub fn inner_doc(text: &str) -> TokenStream {
    lines(text).map(|line| quote!(#![doc = #line])).collect()
}

/// The lines of a doc comment, each with the space that follows `///`.
fn lines(text: &str) -> impl Iterator<Item = String> {
    let text = plain(text, Breaks::Keep);
    let text = text.trim().to_owned();
    let lines: Vec<String> = if text.is_empty() {
        Vec::new()
    } else {
        text.lines()
            .map(|line| {
                let line = line.trim_end();
                if line.is_empty() {
                    String::new()
                } else {
                    format!(" {line}")
                }
            })
            .collect()
    };
    lines.into_iter()
}

/// `#[doc(alias = ..)]` for `alias`, so that rustdoc's search finds the item by it (the whole
/// query, case and `_` aside); nothing where rustdoc refuses the text (quotes, white space other
/// than inner spaces, empty) or where it is the item's own name (`same`).
pub fn alias(alias: &str, same: &str) -> Option<TokenStream> {
    alias_allowed(alias, same).then(|| quote!(#[doc(alias = #alias)]))
}

fn alias_allowed(alias: &str, same: &str) -> bool {
    let refused = alias.is_empty()
        || alias.starts_with(' ')
        || alias.ends_with(' ')
        || alias
            .chars()
            .any(|c| matches!(c, '"' | '\'') || (c.is_whitespace() && c != ' ') || c.is_control());
    !refused && alias != same.trim_start_matches("r#")
}

/// `description` (already made safe with [`text`]), or `fallback` when there is none (every
/// public item is documented).
pub fn doc_or(description: Option<&str>, fallback: &str) -> TokenStream {
    match description.map(str::trim).filter(|d| !d.is_empty()) {
        Some(description) => doc(description),
        None => doc(fallback),
    }
}

/// Paragraphs joined by blank lines, skipping empty ones.
pub fn paragraphs<'a>(parts: impl IntoIterator<Item = Option<&'a str>>) -> String {
    parts
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A spec string (a wire name, an error code, a path) as inline code, whatever it holds.
pub fn code(raw: &str) -> String {
    let raw = plain(raw, Breaks::Escape);
    if raw.trim().is_empty() {
        return format!("`{raw:?}`");
    }
    let longest = raw
        .split(|c| c != '`')
        .map(str::len)
        .max()
        .unwrap_or_default();
    let fence = "`".repeat(longest + 1);
    let pad = if raw.starts_with('`') || raw.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{raw}{pad}{fence}")
}

/// An intra-doc link to `path`, shown as written in code: raw identifiers (`Api::r#type`) do
/// not resolve as link targets, so those are linked by their bare name.
pub fn link(path: &str) -> String {
    let bare = path.replace("r#", "");
    if bare == path {
        format!("[`{path}`]")
    } else {
        format!("[`{path}`]({bare})")
    }
}

/// A spec description as Markdown that rustdoc shows as written and never compiles or warns
/// on. Code fences (any language, unclosed, inside a list) become `text` blocks at the top
/// level; no line is indented enough to be an indented code block; `[`, `]`, `<`, `>` and `\`
/// are escaped outside code spans; bare URLs become autolinks. The result may follow a list
/// item's text on the same line: it never starts with a fence.
pub fn text(raw: &str) -> String {
    markdown(raw, false)
}

/// [`text`]; `after_text`: the first line follows other text on its line, so it starts no list.
fn markdown(raw: &str, after_text: bool) -> String {
    let raw = plain(raw.trim_matches('\n'), Breaks::Keep);
    let mut out: Vec<String> = Vec::new();
    let mut fence: Option<Fence> = None;
    // The content column of the list item whose paragraph the next line continues: the line
    // is indented to it (a lazy continuation reads ambiguously; clippy refuses it).
    let mut item: Option<usize> = None;
    for line in raw.split('\n') {
        if let Some(open) = &fence {
            if open.closed_by(line) {
                out.push(open.marker());
                fence = None;
            } else {
                out.push(strip_spaces(line, open.indent).to_owned());
            }
            continue;
        }
        let (mut prefix, rest) = block_prefix(line);
        if let Some(open) = Fence::opened_by(rest, line.len() - rest.len()) {
            if out.is_empty() {
                out.push(String::new());
            }
            out.push(format!("{}text", open.marker()));
            fence = Some(open);
            item = None;
            continue;
        }
        if rest.trim().is_empty() {
            item = None;
        } else if prefix.trim().is_empty() {
            if let Some(column) = item {
                prefix = " ".repeat(column);
            }
        } else if !(after_text && out.is_empty()) {
            item = Some(prefix.len());
        }
        out.push(format!("{prefix}{}", inline(rest)));
    }
    if let Some(open) = fence {
        out.push(open.marker());
    }
    out.join("\n")
}

/// [`text`] for a description that follows a list item's text on its line (`- name: ...`):
/// its further lines are indented into the item.
pub fn item_text(raw: &str) -> String {
    markdown(raw, true)
        .replace('\n', "\n  ")
        .replace("  \n", "\n")
}

/// A fenced code block being copied.
struct Fence {
    mark: char,
    len: usize,
    /// Spaces before the opening fence, removed from its content lines as CommonMark does.
    indent: usize,
}

impl Fence {
    /// A fence opening at `rest` (a line without its indentation and list markers).
    fn opened_by(rest: &str, indent: usize) -> Option<Fence> {
        let mark = rest.chars().next().filter(|c| matches!(c, '`' | '~'))?;
        let len = rest.len() - rest.trim_start_matches(mark).len();
        // A backtick fence's info string holds no backtick (else it is inline code).
        let info = &rest[len..];
        (len >= 3 && !(mark == '`' && info.contains('`'))).then_some(Fence { mark, len, indent })
    }

    /// Whether `line` closes this fence. Any indentation counts (CommonMark allows three
    /// spaces), so every line kept inside is one Markdown keeps inside too.
    fn closed_by(&self, line: &str) -> bool {
        let rest = line.trim_start();
        let run = rest.len() - rest.trim_start_matches(self.mark).len();
        run >= self.len && rest[run..].trim().is_empty()
    }

    fn marker(&self) -> String {
        self.mark.to_string().repeat(self.len)
    }
}

fn strip_spaces(line: &str, at_most: usize) -> &str {
    let spaces = line.len() - line.trim_start_matches(' ').len();
    &line[spaces.min(at_most)..]
}

/// A line's indentation (at most three spaces, so never an indented code block) and list
/// markers (each followed by one space, so never a code block inside a list item), and the rest.
fn block_prefix(line: &str) -> (String, &str) {
    let mut rest = line.trim_start_matches(' ');
    let mut prefix = " ".repeat((line.len() - rest.len()).min(3));
    loop {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let marker = match rest.as_bytes().first() {
            Some(b'-' | b'+' | b'*') => 1,
            Some(b'0'..=b'9')
                if digits <= 9 && matches!(rest.as_bytes().get(digits), Some(b'.' | b')')) =>
            {
                digits + 1
            }
            _ => 0,
        };
        let after = &rest[marker..];
        if marker == 0 || !(after.is_empty() || after.starts_with(' ')) {
            return (prefix, rest);
        }
        prefix.push_str(&rest[..marker]);
        prefix.push(' ');
        rest = after.trim_start_matches(' ');
    }
}

/// One line of text outside code blocks: code spans kept, unmatched backticks and Markdown's
/// link and HTML characters escaped, bare URLs made autolinks.
fn inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut i = 0;
    while i < line.len() {
        let rest = &line[i..];
        if rest.starts_with('`') {
            let run = rest.len() - rest.trim_start_matches('`').len();
            match closing_run(&rest[run..], run) {
                Some(end) => {
                    out.push_str(&rest[..run + end + run]);
                    i += run + end + run;
                }
                None => {
                    out.push_str(&"\\`".repeat(run));
                    i += run;
                }
            }
        } else if let Some(len) = autolink(rest) {
            out.push_str(&rest[..len]);
            i += len;
        } else if let Some(len) = url(rest) {
            out.push('<');
            out.push_str(&rest[..len]);
            out.push('>');
            i += len;
        } else {
            let c = rest.chars().next().unwrap_or_default();
            if matches!(c, '[' | ']' | '<' | '>' | '\\') {
                out.push('\\');
            }
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// Where a run of exactly `run` backticks starts in `rest`, if there is one.
fn closing_run(rest: &str, run: usize) -> Option<usize> {
    let mut at = 0;
    while let Some(found) = rest[at..].find('`') {
        let start = at + found;
        let len = rest[start..].len() - rest[start..].trim_start_matches('`').len();
        if len == run {
            return Some(start);
        }
        at = start + len;
    }
    None
}

fn is_url_start(rest: &str) -> bool {
    let lower = rest.get(..8).unwrap_or(rest).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The length of a bare `http://` or `https://` URL at the start of `rest`: up to white space,
/// `<`, `>`, a backtick or non-ASCII text, without trailing punctuation.
fn url(rest: &str) -> Option<usize> {
    if !is_url_start(rest) {
        return None;
    }
    let end = rest
        .find(|c: char| !c.is_ascii_graphic() || matches!(c, '<' | '>' | '`'))
        .unwrap_or(rest.len());
    let trimmed = rest[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '"', ')']);
    Some(trimmed.len())
}

/// The length of an autolink already written as `<https://...>`.
fn autolink(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix('<')?;
    if !is_url_start(inner) {
        return None;
    }
    let end =
        inner.find(|c: char| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>'))?;
    inner[end..].starts_with('>').then_some(end + 2)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Breaks {
    /// Line breaks stay (CR LF and CR become LF).
    Keep,
    /// Line breaks become `\n`, for text that must stay on one line.
    Escape,
}

/// Text a comment can hold: no CR, tab, NUL or other control character, no bidirectional
/// override (rustc refuses those in comments); each is written as a visible escape instead.
fn plain(raw: &str, breaks: Breaks) -> String {
    let raw = raw.replace("\r\n", "\n");
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '\n' | '\r' if breaks == Breaks::Keep => out.push('\n'),
            '\t' if breaks == Breaks::Keep => out.push_str("    "),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{2028}' | '\u{2029}' if breaks == Breaks::Keep => out.push('\n'),
            c if c.is_control() || is_bidi(c) || matches!(c, '\u{2028}' | '\u{2029}') => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

/// Characters that reorder text when shown (rustc's `text_direction_codepoint_in_comment`,
/// and the implicit marks).
fn is_bidi(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_of_any_kind_become_text_blocks() {
        assert_eq!(
            text("Example:\n```\n{\"a\": 1}\n```\nafter"),
            "Example:\n```text\n{\"a\": 1}\n```\nafter"
        );
        assert_eq!(text("```rust\npanic!()\n```"), "\n```text\npanic!()\n```");
        assert_eq!(text("~~~~ rust,no_run\nx\n~~~~"), "\n~~~~text\nx\n~~~~");
    }

    #[test]
    fn an_unclosed_fence_is_closed() {
        assert_eq!(text("a\n```\nb"), "a\n```text\nb\n```");
    }

    #[test]
    fn a_fence_in_a_list_item_moves_to_the_top_level() {
        assert_eq!(
            text("- step:\n  ```\n  {}\n  ```"),
            "- step:\n```text\n{}\n```"
        );
    }

    #[test]
    fn inline_triple_backticks_are_code_not_a_fence() {
        assert_eq!(text("a ```x``` b"), "a ```x``` b");
    }

    #[test]
    fn no_line_is_indented_enough_to_be_code() {
        assert_eq!(text("a\n\n    panic!()"), "a\n\n   panic!()");
        assert_eq!(text("a\n\n\tpanic!()"), "a\n\n   panic!()");
        assert_eq!(text("-     panic!()"), "- panic!()");
        assert_eq!(text("1.      x\n  - y"), "1. x\n  - y");
    }

    #[test]
    fn a_list_items_paragraph_continues_indented() {
        assert_eq!(text("- a\nb\n  - c\nd\n\ne"), "- a\n  b\n  - c\n    d\n\ne");
        assert_eq!(
            item_text("a\nb\n\n```\nx\n```"),
            "a\n  b\n\n  ```text\n  x\n  ```"
        );
        assert_eq!(item_text("- a\nb"), "- a\n  b");
    }

    #[test]
    fn links_html_and_urls_are_text() {
        assert_eq!(text("[x] and [a](b)"), "\\[x\\] and \\[a\\](b)");
        assert_eq!(text("<div>a</div>"), "\\<div\\>a\\</div\\>");
        assert_eq!(
            text("see https://open.dingtalk.com/x?a=1。"),
            "see <https://open.dingtalk.com/x?a=1>。"
        );
        assert_eq!(text("(https://a.com/x)."), "(<https://a.com/x>).");
        assert_eq!(text("<https://a.com>"), "<https://a.com>");
        assert_eq!(text("a\\b"), "a\\\\b");
    }

    #[test]
    fn code_spans_are_kept_and_stray_backticks_escaped() {
        assert_eq!(text("use `[x]` here"), "use `[x]` here");
        assert_eq!(text("a ` b [x]"), "a \\` b \\[x\\]");
        assert_eq!(text("``a`b`` c"), "``a`b`` c");
    }

    #[test]
    fn control_and_bidirectional_characters_are_escaped() {
        assert_eq!(text("a\rb\r\nc"), "a\nb\nc");
        assert_eq!(text("a\0b\u{202E}c"), "a\\\\u{0}b\\\\u{202e}c");
        assert_eq!(code("a\nb\u{202E}"), "`a\\nb\\u{202e}`");
    }

    #[test]
    fn code_spans_hold_any_backticks() {
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`a"), "`` `a ``");
        assert_eq!(code(""), "`\"\"`");
    }

    #[test]
    fn raw_identifiers_are_linked_by_their_bare_name() {
        assert_eq!(link("Api::get"), "[`Api::get`]");
        assert_eq!(link("Api::r#type"), "[`Api::r#type`](Api::type)");
    }

    #[test]
    fn aliases_rustdoc_refuses_are_left_out() {
        assert!(alias("GetUser", "get_user").is_some());
        assert!(alias("GET /v1.0/contact/users/{unionId}", "get_user").is_some());
        for refused in ["", " a", "a ", "a\tb", "a\"b", "a'b", "a\nb"] {
            assert!(alias(refused, "x").is_none(), "{refused:?}");
        }
        assert!(alias("list", "list").is_none());
        assert!(alias("type", "r#type").is_none());
    }

    #[test]
    fn doc_lines_never_hold_a_carriage_return() {
        let tokens = doc("a\rb").to_string();
        assert!(!tokens.contains('\r'), "{tokens}");
    }
}
