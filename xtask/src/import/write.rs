//! A spec as YAML text, in one canonical layout: block mappings, leaf schemas on one line
//! (`{ type: string, required: true }`), strings plain where YAML reads them back unchanged and
//! double-quoted (JSON escapes, which YAML shares) everywhere else. The same spec always gives
//! the same bytes.

use std::fmt::Write as _;

use codegen::spec::{
    AuthMode, ErrorSpec, Kind, OperationSpec, OrderedMap, Schema, SpecFile, Style,
};

/// The whole file, `header` (comment lines) first.
pub fn spec_text(spec: &SpecFile, header: &str) -> String {
    let mut w = Writer::default();
    for line in header.lines() {
        w.line(0, format!("# {line}").trim_end());
    }
    w.entry(0, "module", &spec.module);
    if let Some(d) = &spec.description {
        w.entry(0, "description", d);
    }
    if !spec.aliases.is_empty() {
        let aliases: Vec<String> = spec.aliases.iter().map(|a| scalar(a)).collect();
        w.line(0, &format!("aliases: [{}]", aliases.join(", ")));
    }
    w.key(0, "defaults");
    w.entry(1, "base_url", &spec.defaults.base_url);
    if let Some(auth) = &spec.defaults.auth {
        w.key(1, "auth");
        // Imported modules carry the token in a header; hand-written ones may use the query.
        for (key, value) in [("header", &auth.header), ("query", &auth.query)] {
            if let Some(value) = value {
                w.entry(2, key, value);
            }
        }
        if let Some(d) = &auth.description {
            w.entry(2, "description", d);
        }
    }
    w.key(0, "operations");
    for (name, op) in &spec.operations.0 {
        w.operation(1, name, op);
    }
    if !spec.types.0.is_empty() {
        w.key(0, "types");
        for (name, schema) in &spec.types.0 {
            w.schema(1, name, schema);
        }
    }
    w.out
}

#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    fn line(&mut self, depth: usize, text: &str) {
        for _ in 0..depth {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn key(&mut self, depth: usize, key: &str) {
        self.line(depth, &format!("{}:", scalar(key)));
    }

    fn entry(&mut self, depth: usize, key: &str, value: &str) {
        self.line(depth, &format!("{}: {}", scalar(key), scalar(value)));
    }

    fn operation(&mut self, depth: usize, name: &str, op: &OperationSpec) {
        self.key(depth, name);
        let d = depth + 1;
        if let Some(s) = &op.summary {
            self.entry(d, "summary", s);
        }
        if let Some(s) = &op.description {
            self.entry(d, "description", s);
        }
        self.entry(
            d,
            "method",
            &format!("{:?}", op.method).to_ascii_uppercase(),
        );
        self.entry(d, "path", &op.path);
        if op.auth == AuthMode::None {
            self.entry(d, "auth", "none");
        }
        if op.deprecated {
            self.line(d, "deprecated: true");
        }
        for (key, map) in [
            ("path_params", &op.path_params),
            ("query", &op.query),
            ("headers", &op.headers),
        ] {
            self.schemas(d, key, map);
        }
        if let Some(body) = &op.body {
            self.schema(d, "body", body);
        }
        if let Some(response) = &op.response {
            self.key(d, "response");
            if let Some(s) = &response.description {
                self.entry(d + 1, "description", s);
            }
            if let Some(body) = &response.body {
                self.schema(d + 1, "body", body);
            }
        }
        if !op.errors.is_empty() {
            self.key(d, "errors");
            for row in &op.errors {
                self.line(d + 1, &format!("- {}", error_row(row)));
            }
        }
        if let Some(paging) = &op.pagination {
            self.key(d, "pagination");
            let keys = [
                ("token", &paging.token),
                ("next", &paging.next),
                ("page", &paging.page),
                ("offset", &paging.offset),
                ("size", &paging.size),
                ("items", &paging.items),
                ("has_more", &paging.has_more),
                ("total", &paging.total),
            ];
            for (key, value) in keys {
                if let Some(value) = value {
                    self.entry(d + 1, key, value);
                }
            }
        }
    }

    fn schemas(&mut self, depth: usize, key: &str, map: &OrderedMap<Schema>) {
        if map.0.is_empty() {
            return;
        }
        self.key(depth, key);
        for (name, schema) in &map.0 {
            self.schema(depth + 1, name, schema);
        }
    }

    fn schema(&mut self, depth: usize, key: &str, schema: &Schema) {
        let nested =
            schema.properties.is_some() || schema.items.is_some() || schema.values.is_some();
        if !nested {
            self.line(depth, &format!("{}: {}", scalar(key), flow(schema)));
            return;
        }
        self.key(depth, key);
        let d = depth + 1;
        for (k, v) in leaf_pairs(schema) {
            self.line(d, &format!("{k}: {v}"));
        }
        if let Some(properties) = &schema.properties {
            if properties.0.is_empty() {
                self.line(d, "properties: {}");
            } else {
                self.schemas(d, "properties", properties);
            }
        }
        if let Some(items) = &schema.items {
            self.schema(d, "items", items);
        }
        if let Some(values) = &schema.values {
            self.schema(d, "values", values);
        }
    }
}

/// The keys of a schema other than its nested schemas, each value already written.
fn leaf_pairs(schema: &Schema) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    if let Some(kind) = schema.kind {
        pairs.push(("type", kind_name(kind).to_owned()));
    }
    if let Some(reference) = &schema.reference {
        pairs.push(("ref", scalar(reference)));
    }
    if schema.required {
        pairs.push(("required", "true".to_owned()));
    }
    if let Some(style) = schema.style {
        let name = match style {
            Style::Json => "json",
            Style::Flat => "flat",
            Style::Simple => "simple",
        };
        pairs.push(("style", name.to_owned()));
    }
    if let Some(values) = &schema.enum_values {
        let items: Vec<String> = values.iter().map(|v| scalar(v)).collect();
        pairs.push(("enum", format!("[{}]", items.join(", "))));
    }
    if let Some(d) = &schema.description {
        pairs.push(("description", scalar(d)));
    }
    pairs
}

fn flow(schema: &Schema) -> String {
    let pairs: Vec<String> = leaf_pairs(schema)
        .into_iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    format!("{{ {} }}", pairs.join(", "))
}

fn error_row(row: &ErrorSpec) -> String {
    let mut pairs = vec![
        format!("status: {}", row.status),
        format!("code: {}", scalar(&row.code)),
    ];
    if let Some(m) = &row.message {
        pairs.push(format!("message: {}", scalar(m)));
    }
    if let Some(d) = &row.description {
        pairs.push(format!("description: {}", scalar(d)));
    }
    format!("{{ {} }}", pairs.join(", "))
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::String => "string",
        Kind::Integer => "integer",
        Kind::Number => "number",
        Kind::Boolean => "boolean",
        Kind::Object => "object",
        Kind::Array => "array",
        Kind::Map => "map",
        Kind::Any => "any",
    }
}

/// A string as a YAML scalar that reads back as exactly this string, in block and in flow
/// context alike.
pub fn scalar(text: &str) -> String {
    if is_plain(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20
                || c == '\u{7f}'
                || c == '\u{85}'
                || c == '\u{2028}'
                || c == '\u{2029}'
                || c == '\u{feff}' =>
            {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether YAML reads `text` unquoted as this very string, in flow context too.
fn is_plain(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    if first.is_whitespace() || text.ends_with(char::is_whitespace) {
        return false;
    }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if text.contains(": ") || text.contains(" #") || text.ends_with(':') {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let special = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".inf", "-.inf", ".nan",
    ];
    if special.contains(&lower.as_str()) || looks_numeric(text) {
        return false;
    }
    let troublesome = |c: char| {
        c.is_control()
            || ",[]{}".contains(c)
            || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}')
            || (c.is_whitespace() && c != ' ')
    };
    !text.chars().any(troublesome)
}

fn looks_numeric(text: &str) -> bool {
    let t = text.trim_start_matches(['+', '-']);
    t.starts_with(|c: char| c.is_ascii_digit() || c == '.') && t.chars().any(|c| c.is_ascii_digit())
}
