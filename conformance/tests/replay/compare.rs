//! The rules of `conformance.md`: our request against the official SDK's, our written-back
//! reply against the SDK's parse. Each difference has a kind, the name allow-list entries use.

use serde_json::Value;

use crate::server::Captured;

/// One way our call differed from the official one, in one field: an allow-list entry names
/// the kind and the field, so it excuses that one difference and no other.
#[derive(Debug)]
pub struct Diff {
    pub kind: &'static str,
    /// Where: `method`, `path`, a query parameter or header name, `content-type`, or a JSON
    /// path into the body or the reply (`$` the whole, `$.result.list`, `$.items[0]`).
    pub field: String,
    pub detail: String,
}

/// A difference of the request line or a header, named after it.
fn diff(kind: &'static str, detail: String) -> Diff {
    Diff {
        kind,
        field: kind.to_owned(),
        detail,
    }
}

fn diff_at(kind: &'static str, field: impl Into<String>, detail: String) -> Diff {
    Diff {
        kind,
        field: field.into(),
        detail,
    }
}

/// The JSON path of member `key` of the value at `path`.
fn member(path: &str, key: &str) -> String {
    format!("{path}.{key}")
}

/// A JSON value shown cut, so a difference stays one readable line.
fn show(v: &Value) -> String {
    let mut s = v.to_string();
    if s.len() > 600 {
        let mut cut = 600;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push('…');
    }
    s
}

const TOKEN_HEADER: &str = "x-acs-dingtalk-access-token";

/// Method, path, query, token, extra headers, body and `accept` (rules 1 to 7).
pub fn request(case: &Value, ours: &Captured) -> Vec<Diff> {
    let mut found = Vec::new();
    let sdk = &case["request"];
    let sdk_method = sdk["method"].as_str().unwrap_or_default();
    if ours.method != sdk_method {
        found.push(diff(
            "method",
            format!("sent {}, the SDK {sdk_method}", ours.method),
        ));
    }

    let sdk_target = sdk["target"].as_str().unwrap_or_default();
    let (sdk_path, sdk_query) = split_target(sdk_target);
    let (our_path, our_query) = split_target(&ours.target);
    if our_path != sdk_path && percent_decode(our_path) != percent_decode(sdk_path) {
        found.push(diff(
            "path",
            format!("sent {our_path:?}, the SDK {sdk_path:?}"),
        ));
    }
    found.extend(query(sdk_query, our_query));

    let tokens = ours.header_values(TOKEN_HEADER);
    match case["token"].as_str() {
        Some(token) if tokens != [token] => found.push(diff_at(
            "token",
            TOKEN_HEADER,
            format!("sent {tokens:?}, expected exactly {token:?}"),
        )),
        None if !tokens.is_empty() => found.push(diff_at(
            "token",
            TOKEN_HEADER,
            format!("an anonymous operation sent {tokens:?}"),
        )),
        _ => {}
    }

    let sdk_headers: Vec<(String, String)> = pairs(&sdk["headers"]);
    if let Some(declared) = case["inputs"]["headers"].as_object() {
        for name in declared.keys() {
            let name = name.to_ascii_lowercase();
            let theirs: Vec<&str> = sdk_headers
                .iter()
                .filter(|(n, _)| *n == name)
                .map(|(_, v)| v.as_str())
                .collect();
            let mine = ours.header_values(&name);
            if mine.len() != theirs.len()
                || mine.iter().zip(&theirs).any(|(a, b)| !text_equal(a, b))
            {
                found.push(diff_at(
                    "header",
                    name.clone(),
                    format!("`{name}`: sent {mine:?}, the SDK {theirs:?}"),
                ));
            }
        }
    }
    if ours.header_values("accept") != ["application/json"] {
        found.push(diff(
            "accept",
            format!("accept: {:?}", ours.header_values("accept")),
        ));
    }

    found.extend(body(sdk["body"].as_str().unwrap_or_default(), ours));
    found
}

/// Rule 6. An empty body object the SDK sends where we send none is a kind of its own.
fn body(sdk_body: &str, ours: &Captured) -> Vec<Diff> {
    let content_type = ours.header_values("content-type");
    if sdk_body.is_empty() {
        if !ours.body.is_empty() || !content_type.is_empty() {
            return vec![diff_at(
                "body",
                "$",
                format!(
                    "the SDK sent no body, we sent {:?} with content-type {content_type:?}",
                    String::from_utf8_lossy(&ours.body)
                ),
            )];
        }
        return Vec::new();
    }
    if ours.body.is_empty() {
        let kind = if sdk_body == "{}" {
            "empty-body-object"
        } else {
            "body"
        };
        return vec![diff_at(
            kind,
            "$",
            format!("the SDK sent {sdk_body:?}, we sent no body"),
        )];
    }
    let mut found = Vec::new();
    let media = content_type.first().map(|v| {
        v.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    });
    if content_type.len() != 1 || media.as_deref() != Some("application/json") {
        found.push(diff(
            "content-type",
            format!("content-type {content_type:?}"),
        ));
    }
    let mine: Result<Value, _> = serde_json::from_slice(&ours.body);
    let theirs: Result<Value, _> = serde_json::from_str(sdk_body);
    match (mine, theirs) {
        (Ok(mine), Ok(theirs)) => body_at("$", &mine, &theirs, &mut found),
        _ => found.push(diff_at(
            "body",
            "$",
            format!(
                "sent {}, the SDK {sdk_body}",
                String::from_utf8_lossy(&ours.body)
            ),
        )),
    }
    found
}

/// The differences of two JSON bodies, one per member: `[]` or `{}` only the SDK sent (it
/// writes one for every unset list or map of models) are kinds of their own.
fn body_at(path: &str, ours: &Value, theirs: &Value, found: &mut Vec<Diff>) {
    if ours == theirs {
        return;
    }
    match (ours, theirs) {
        (Value::Object(o), Value::Object(t)) => {
            let mut keys: Vec<&String> = o.keys().chain(t.keys()).collect();
            keys.sort();
            keys.dedup();
            for key in keys {
                let here = member(path, key);
                match (o.get(key), t.get(key)) {
                    (Some(a), Some(b)) => body_at(&here, a, b, found),
                    (None, Some(b)) if b.as_array().is_some_and(Vec::is_empty) => found.push(
                        diff_at("body-sdk-empty-list", here, "the SDK sent `[]`".to_owned()),
                    ),
                    (None, Some(b)) if b.as_object().is_some_and(|m| m.is_empty()) => found.push(
                        diff_at("body-sdk-empty-map", here, "the SDK sent `{}`".to_owned()),
                    ),
                    (a, b) => found.push(diff_at(
                        "body",
                        here,
                        format!(
                            "sent {}, the SDK {}",
                            a.map_or("nothing".to_owned(), show),
                            b.map_or("nothing".to_owned(), show)
                        ),
                    )),
                }
            }
        }
        (Value::Array(o), Value::Array(t)) if o.len() == t.len() => {
            for (i, (a, b)) in o.iter().zip(t).enumerate() {
                body_at(&format!("{path}[{i}]"), a, b, found);
            }
        }
        _ => found.push(diff_at(
            "body",
            path,
            format!("sent {}, the SDK {}", show(ours), show(theirs)),
        )),
    }
}

/// Rule 3: unordered multisets of form-decoded pairs; a JSON value compares JSON-equal.
fn query(sdk: &str, ours: &str) -> Vec<Diff> {
    let (theirs, mine) = (form_pairs(sdk), form_pairs(ours));
    let mut keys: Vec<&String> = theirs.iter().chain(&mine).map(|(k, _)| k).collect();
    keys.sort();
    keys.dedup();
    let mut found = Vec::new();
    for key in keys {
        let values = |pairs: &[(String, String)]| {
            let mut v: Vec<String> = pairs
                .iter()
                .filter(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .collect();
            v.sort();
            v
        };
        let (t, m) = (values(&theirs), values(&mine));
        if t.len() == m.len() && t.iter().zip(&m).all(|(a, b)| text_equal(a, b)) {
            continue;
        }
        let python_booleans = t.len() == m.len()
            && t.iter().zip(&m).all(|(a, b)| {
                a == b || (a == "True" && b == "true") || (a == "False" && b == "false")
            });
        let kind = if python_booleans {
            "query-boolean"
        } else {
            "query"
        };
        found.push(diff_at(
            kind,
            key.clone(),
            format!("`{key}`: sent {m:?}, the SDK {t:?}"),
        ));
    }
    found
}

/// Rule 8: our reply written back against the SDK's parse, or against the reply body itself
/// where the SDK's parse differs from it (each such defect named by its kind, at its place).
pub fn reply(case: &Value, ours: &Value) -> Vec<Diff> {
    let sdk = case["sdk"].get("body").cloned().unwrap_or(Value::Null);
    if *ours == sdk {
        return Vec::new();
    }
    let text = case["reply"]["body"].as_str().unwrap_or_default();
    let sent: Value = if text.is_empty() {
        Value::Null
    } else {
        match serde_json::from_str(text) {
            Ok(value) => value,
            Err(_) => Value::String(text.to_owned()),
        }
    };
    if *ours != sent {
        return vec![diff_at(
            "reply",
            "$",
            format!(
                "ours {}, the SDK's parse {}, the reply {}",
                show(ours),
                show(&sdk),
                show(&sent)
            ),
        )];
    }
    let mut found = Vec::new();
    reply_at("$", ours, &sdk, &mut found);
    found
}

/// Where the SDK's parse differs from our reply, which equals the reply as sent: one
/// difference per place, named by the SDK's defect.
fn reply_at(path: &str, ours: &Value, sdk: &Value, found: &mut Vec<Diff>) {
    if ours == sdk {
        return;
    }
    let detail = format!("ours {}, the SDK's parse {}", show(ours), show(sdk));
    let kind = if ours.is_boolean() && *sdk == Value::String(ours.to_string()) {
        "reply-sdk-boolean"
    } else if sdk.is_null() {
        "reply-sdk-drops-body"
    } else if sdk
        .as_str()
        .and_then(|t| serde_json::from_str::<Value>(t).ok())
        .as_ref()
        == Some(ours)
    {
        "reply-sdk-text"
    } else {
        match (ours, sdk) {
            (Value::Object(o), Value::Object(t))
                if t.contains_key("k") && !o.contains_key("k") =>
            {
                "reply-sdk-map-key-k"
            }
            (Value::Object(o), Value::Object(t)) => {
                let mut keys: Vec<&String> = o.keys().chain(t.keys()).collect();
                keys.sort();
                keys.dedup();
                for key in keys {
                    let here = member(path, key);
                    match (o.get(key), t.get(key)) {
                        (Some(a), Some(b)) => reply_at(&here, a, b, found),
                        (None, Some(b)) if b.as_array().is_some_and(Vec::is_empty) => found.push(
                            diff_at(
                                "reply-sdk-empty-list",
                                here,
                                "the SDK's parse adds `[]`".to_owned(),
                            ),
                        ),
                        (a, b) => found.push(diff_at(
                            "reply-sdk-parse",
                            here,
                            format!(
                                "ours {}, the SDK's parse {}",
                                a.map_or("nothing".to_owned(), show),
                                b.map_or("nothing".to_owned(), show)
                            ),
                        )),
                    }
                }
                return;
            }
            (Value::Array(o), Value::Array(t)) if o.len() == t.len() => {
                for (i, (a, b)) in o.iter().zip(t).enumerate() {
                    reply_at(&format!("{path}[{i}]"), a, b, found);
                }
                return;
            }
            _ => "reply-sdk-parse",
        }
    };
    found.push(diff_at(kind, path, detail));
}

/// Equal as text, or as JSON when both parse (shrink values, JSON headers).
fn text_equal(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    match (
        serde_json::from_str::<Value>(a),
        serde_json::from_str::<Value>(b),
    ) {
        (Ok(x), Ok(y)) => x == y && (x.is_object() || x.is_array()),
        _ => false,
    }
}

fn split_target(target: &str) -> (&str, &str) {
    target.split_once('?').unwrap_or((target, ""))
}

fn form_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| percent_decode(&s.replace('+', " "));
            (decode(k), decode(v))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((hi * 16 + lo) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `[[name, value], ...]` as pairs.
pub fn pairs(value: &Value) -> Vec<(String, String)> {
    value
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|pair| {
                    Some((
                        pair.get(0)?.as_str()?.to_owned(),
                        pair.get(1)?.as_str()?.to_owned(),
                    ))
                })
                .collect()
        })
        .unwrap_or_default()
}
