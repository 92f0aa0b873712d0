//! Percent-encoding for path segments and query strings, and the conversion of request fields
//! into query and header text.

use serde::Serialize;

use crate::base::error::BuildError;

/// The longest URL sent, in bytes. DingTalk's gateway refuses far shorter ones; a longer URL
/// is a build error naming the parameter that made it so, not a request sent in vain.
pub(crate) const MAX_URL_BYTES: usize = 16 * 1024;

/// Percent-encodes everything but the RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`),
/// so the result is always exactly one path segment or one query component.
pub fn encode_component(value: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in value.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 15)] as char);
        }
    }
}

/// Fills a path template's `{name}` placeholders, in order, with `values`, each encoded as one
/// segment. `.` and `..` are refused: URL parsers treat them (even encoded) as "this" and
/// "parent" segments, which would change the path's structure.
pub(crate) fn fill_path(template: &str, values: &[&str]) -> Result<String, BuildError> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    let mut values = values.iter();
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('}')
            .map(|i| open + i)
            .ok_or_else(|| BuildError::new(format!("path template {template:?} is malformed")))?;
        let name = &rest[open + 1..close];
        let value = values
            .next()
            .ok_or_else(|| BuildError::new(format!("path parameter `{name}` has no value")))?;
        if value.is_empty() || *value == "." || *value == ".." {
            return Err(BuildError::new(format!(
                "path parameter `{name}` must not be empty, `.` or `..`"
            )));
        }
        encode_component(value, &mut out);
        if out.len() > MAX_URL_BYTES {
            return Err(BuildError::new(format!(
                "path parameter `{name}` makes the URL longer than {MAX_URL_BYTES} bytes"
            )));
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// A request field as JSON, for turning into text.
fn to_json<T: Serialize + ?Sized>(name: &str, value: &T) -> Result<serde_json::Value, BuildError> {
    serde_json::to_value(value)
        .map_err(|e| BuildError::new(format!("`{name}` cannot be written: {e}")))
}

/// The text of a JSON scalar: strings as they are, booleans `true`/`false`, numbers in decimal.
/// `None` for null, lists and objects.
fn scalar(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Bool(b) => Some(b.to_string()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// The text of a scalar request field for a query string or a header (string enums by their
/// wire value). `None` for an unset field. Lists and objects are refused: the spec gives those
/// a `style`.
pub(crate) fn scalar_text<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
) -> Result<Option<String>, BuildError> {
    let value = to_json(name, value)?;
    if value.is_null() {
        return Ok(None);
    }
    scalar(&value).map(Some).ok_or_else(|| {
        BuildError::new(format!(
            "`{name}` is a list or an object; only scalars can be sent as text"
        ))
    })
}

/// A field JSON-encoded into one string (the official SDKs' "shrink" parameters).
pub(crate) fn json_text<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
) -> Result<Option<String>, BuildError> {
    let value = to_json(name, value)?;
    Ok((!value.is_null()).then(|| value.to_string()))
}

/// A list of scalars joined by commas into one value (`a,b`); unset is `None`.
pub(crate) fn simple_text<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
) -> Result<Option<String>, BuildError> {
    let items = match to_json(name, value)? {
        serde_json::Value::Null => return Ok(None),
        serde_json::Value::Array(items) => items,
        other => vec![other],
    };
    let texts: Option<Vec<String>> = items.iter().map(scalar).collect();
    texts.map(|t| Some(t.join(","))).ok_or_else(|| {
        BuildError::new(format!(
            "`{name}` holds a list or an object; only scalars can be joined with commas"
        ))
    })
}

/// A list or object spelt out one query pair per value: list items counted from 1
/// (`ids.1=a&ids.2=b`), object members by name (`items.1.name=x`); unset values skipped.
pub(crate) fn flat_pairs<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
) -> Result<Vec<(String, String)>, BuildError> {
    fn walk(key: String, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(format!("{key}.{}", i + 1), item, out);
                }
            }
            serde_json::Value::Object(members) => {
                for (member, item) in members {
                    walk(format!("{key}.{member}"), item, out);
                }
            }
            scalar_or_null => out.extend(scalar(scalar_or_null).map(|text| (key, text))),
        }
    }
    let mut out = Vec::new();
    walk(name.to_owned(), &to_json(name, value)?, &mut out);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(value: &str) -> String {
        let mut out = String::new();
        encode_component(value, &mut out);
        out
    }

    #[test]
    fn unreserved_characters_pass_everything_else_is_encoded() {
        assert_eq!(seg("173xxxx"), "173xxxx");
        assert_eq!(seg("62c25e3b376e-._~"), "62c25e3b376e-._~");
        assert_eq!(seg("a/b"), "a%2Fb");
        assert_eq!(seg("a?b#c"), "a%3Fb%23c");
        assert_eq!(seg("中文"), "%E4%B8%AD%E6%96%87");
        assert_eq!(seg("a b+c"), "a%20b%2Bc");
        assert_eq!(seg("a%2Fb"), "a%252Fb");
    }

    #[test]
    fn path_placeholders_are_filled_in_order_even_when_glued_to_text() {
        let path = fill_path("/v1.0/x/{a}/y/{b}records", &["1/2", "z"]).unwrap();
        assert_eq!(path, "/v1.0/x/1%2F2/y/zrecords");
    }

    #[test]
    fn dot_segments_and_empty_values_are_refused() {
        for bad in ["", ".", ".."] {
            let err = fill_path("/v1.0/users/{userId}/tasks", &[bad]).unwrap_err();
            assert!(err.to_string().contains("userId"), "{err}");
        }
        assert_eq!(fill_path("/u/{id}", &["..."]).unwrap(), "/u/...");
    }

    #[test]
    fn flat_lists_count_from_one_and_objects_use_member_names() {
        let value = serde_json::json!([{"name": "x", "tags": ["a", "b"]}, {"name": "y"}]);
        let pairs = flat_pairs("items", &value).unwrap();
        let text: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(
            text,
            [
                "items.1.name=x",
                "items.1.tags.1=a",
                "items.1.tags.2=b",
                "items.2.name=y"
            ]
        );
        assert!(flat_pairs("ids", &None::<Vec<String>>).unwrap().is_empty());
    }

    #[test]
    fn scalars_become_text_and_unset_is_skipped() {
        assert_eq!(scalar_text("b", &true).unwrap().as_deref(), Some("true"));
        assert_eq!(scalar_text("n", &42i64).unwrap().as_deref(), Some("42"));
        assert_eq!(scalar_text("o", &None::<String>).unwrap(), None);
        assert!(scalar_text("l", &vec![1]).is_err());
        assert_eq!(
            json_text("l", &vec!["a", "b"]).unwrap().as_deref(),
            Some(r#"["a","b"]"#)
        );
    }

    #[test]
    fn simple_lists_are_joined_with_commas() {
        let names = vec!["阿里巴巴", "a,b"];
        assert_eq!(
            simple_text("n", &names).unwrap().as_deref(),
            Some("阿里巴巴,a,b")
        );
        assert_eq!(
            simple_text("n", &vec![1, 2]).unwrap().as_deref(),
            Some("1,2")
        );
        assert_eq!(simple_text("n", &None::<Vec<String>>).unwrap(), None);
        assert!(simple_text("n", &vec![vec![1]]).is_err());
    }
}
