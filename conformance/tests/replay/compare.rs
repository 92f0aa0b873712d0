//! The rules of `conformance.md`: our request against the official SDK's, our written-back
//! reply against the SDK's parse. Each difference has a kind, the name allow-list entries use.

use serde_json::Value;

use crate::server::Captured;

/// One way our call differed from the official one.
#[derive(Debug)]
pub struct Diff {
    pub kind: &'static str,
    pub detail: String,
}

fn diff(kind: &'static str, detail: String) -> Diff {
    Diff { kind, detail }
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
        Some(token) if tokens != [token] => found.push(diff(
            "token",
            format!("sent {tokens:?}, expected exactly {token:?}"),
        )),
        None if !tokens.is_empty() => found.push(diff(
            "token",
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
                found.push(diff(
                    "header",
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
            return vec![diff(
                "body",
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
        return vec![diff(
            kind,
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
        (Ok(mine), Ok(theirs)) if mine == theirs => {}
        (Ok(mine), Ok(theirs)) => {
            let mut seen = Reconciled::default();
            let kinds: Vec<&'static str> = if reconcile(&mine, &theirs, &mut seen) {
                [
                    (seen.sdk_empty_lists, "body-sdk-empty-list"),
                    (seen.sdk_empty_maps, "body-sdk-empty-map"),
                ]
                .into_iter()
                .filter_map(|(seen, kind)| seen.then_some(kind))
                .collect()
            } else {
                vec!["body"]
            };
            for kind in kinds {
                found.push(diff(
                    kind,
                    format!(
                        "sent {}, the SDK {sdk_body}",
                        String::from_utf8_lossy(&ours.body)
                    ),
                ));
            }
        }
        _ => found.push(diff(
            "body",
            format!(
                "sent {}, the SDK {sdk_body}",
                String::from_utf8_lossy(&ours.body)
            ),
        )),
    }
    found
}

/// What [`reconcile`] had to set aside to find two JSON bodies equal.
#[derive(Default)]
struct Reconciled {
    /// Members `[]` only the SDK sent: it writes one for every unset list of models.
    sdk_empty_lists: bool,
    /// Members `{}` only the SDK sent: it writes one for every unset map of models.
    sdk_empty_maps: bool,
}

/// Whether `ours` equals `theirs` once the members of [`Reconciled`] are set aside (at any
/// depth), noting which were.
fn reconcile(ours: &Value, theirs: &Value, seen: &mut Reconciled) -> bool {
    match (ours, theirs) {
        (Value::Object(o), Value::Object(t)) => {
            let only_theirs = t.iter().filter(|(k, _)| !o.contains_key(*k));
            for (_, value) in only_theirs {
                if value.as_array().is_some_and(Vec::is_empty) {
                    seen.sdk_empty_lists = true;
                } else if value.as_object().is_some_and(|m| m.is_empty()) {
                    seen.sdk_empty_maps = true;
                } else {
                    return false;
                }
            }
            o.iter().all(|(k, v)| t.get(k).is_some_and(|tv| reconcile(v, tv, seen)))
        }
        (Value::Array(o), Value::Array(t)) => {
            o.len() == t.len() && o.iter().zip(t).all(|(o, t)| reconcile(o, t, seen))
        }
        _ => ours == theirs,
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
        found.push(diff(kind, format!("`{key}`: sent {m:?}, the SDK {t:?}")));
    }
    found
}

/// Rule 8: our reply written back against the SDK's parse, or against the reply body itself
/// where the SDK's parse differs from it (each such defect named by its kind).
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
    // Which defect of the SDK's parse this is, when ours equals the reply as sent.
    let kind = if *ours != sent {
        "reply"
    } else if sent.is_boolean() && sdk == Value::String(sent.to_string()) {
        "reply-sdk-boolean"
    } else if has_key_absent_from(&sdk, &sent, "k") {
        "reply-sdk-map-key-k"
    } else if adds_only_empty_lists(&sdk, &sent) {
        "reply-sdk-empty-list"
    } else if sdk.is_null() {
        "reply-sdk-drops-body"
    } else if sdk
        .as_str()
        .and_then(|t| serde_json::from_str::<Value>(t).ok())
        == Some(sent.clone())
    {
        "reply-sdk-text"
    } else {
        "reply-sdk-parse"
    };
    let show = |v: &Value| {
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
    };
    vec![diff(
        kind,
        format!(
            "ours {}, the SDK's parse {}, the reply {}",
            show(ours),
            show(&sdk),
            show(&sent)
        ),
    )]
}

/// Whether `parsed` is `sent` plus members `[]` (the SDK adds one for each absent list).
fn adds_only_empty_lists(parsed: &Value, sent: &Value) -> bool {
    match (parsed, sent) {
        (Value::Object(p), Value::Object(s)) => {
            s.keys().all(|k| p.contains_key(k))
                && p.iter().all(|(k, v)| match s.get(k) {
                    Some(sv) => adds_only_empty_lists(v, sv),
                    None => v.as_array().is_some_and(Vec::is_empty),
                })
        }
        (Value::Array(p), Value::Array(s)) => {
            p.len() == s.len() && p.iter().zip(s).all(|(p, s)| adds_only_empty_lists(p, s))
        }
        _ => parsed == sent,
    }
}

/// Whether `parsed` holds an object key `key` at a place where `sent` has none.
fn has_key_absent_from(parsed: &Value, sent: &Value, key: &str) -> bool {
    match (parsed, sent) {
        (Value::Object(p), Value::Object(s)) => p.iter().any(|(k, v)| {
            (k == key && !s.contains_key(key))
                || s.get(k).is_some_and(|sv| has_key_absent_from(v, sv, key))
        }),
        (Value::Array(p), Value::Array(s)) => {
            p.iter().zip(s).any(|(p, s)| has_key_absent_from(p, s, key))
        }
        _ => false,
    }
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
