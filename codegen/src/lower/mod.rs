//! Checks a parsed spec and resolves it into the IR: names chosen once, references resolved,
//! inline objects and enums hoisted into named types. Every problem is reported, with its place.

use crate::error::{Problems, SpecError};
use crate::ir::{
    ErrorRow, ErrorVariant, Module, Operation, PathParam, Place, QueryStyle, TypeDef, TypeKind,
};
use crate::names::{RustName, Scope, snake_name, type_name};
use crate::spec::{Kind, OperationSpec, Schema, SpecFile, Style};
use crate::yaml::KeyPath;

/// Names every generated module defines besides the spec's types.
mod identical;
mod paging;
mod pushes;
mod roles;
mod schema;

use schema::FieldKind;

fn reserved_type_names() -> Vec<&'static str> {
    let mut names = vec!["Api"];
    names.extend_from_slice(crate::rt::PRELUDE_NAMES);
    names
}

pub(crate) fn lower(file: &str, text: &str, spec: SpecFile) -> Result<Module, Vec<SpecError>> {
    let mut cx = Lowering {
        problems: Problems::new(file, text),
        types: Vec::new(),
        type_scope: Scope::with_reserved(&reserved_type_names()),
        named: Vec::new(),
    };
    let root = KeyPath::default();

    let stem = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = stem
        .strip_suffix(".yaml")
        .or_else(|| stem.strip_suffix(".yml"))
        .unwrap_or(stem);
    if spec.module != stem {
        cx.problems.report(
            &root.key("module"),
            format!("the module is named `{}` but its file is `{stem}`: one file per module, named after it", spec.module),
        );
    } else if snake_name(&spec.module).as_str().trim_start_matches("r#") != spec.module {
        cx.problems.report(
            &root.key("module"),
            "a module name is snake_case: `[a-z][a-z0-9_]*`",
        );
    }
    let base_url = spec.defaults.base_url.trim_end_matches('/').to_owned();
    if spec.operations.0.is_empty() && spec.pushes.0.is_empty() {
        cx.problems.report(
            &root,
            "a module lists its `operations`, or `pushes` (payloads DingTalk pushes), or both",
        );
    } else if base_url.is_empty() {
        // A module of pushes only calls nothing: it needs no base URL.
        if !spec.operations.0.is_empty() {
            cx.problems.report(
                &root.key("defaults").key("base_url"),
                "a module with operations says where they are sent: `defaults.base_url`",
            );
        }
    } else if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
        cx.problems.report(
            &root.key("defaults").key("base_url"),
            "the base URL must start with https:// or http://",
        );
    }
    let auth = spec.defaults.auth.as_ref();
    let auth_header = auth
        .and_then(|a| a.header.as_ref())
        .map(|h| h.to_ascii_lowercase());
    let auth_query = auth.and_then(|a| a.query.clone());
    let auth_path = root.key("defaults").key("auth");
    if auth_header.as_ref().is_some_and(|h| !is_header_name(h)) {
        cx.problems
            .report(&auth_path.key("header"), "not a valid header name");
    }
    match (&auth_header, &auth_query) {
        (Some(_), Some(_)) => cx.problems.report(
            &auth_path.key("query"),
            "the token travels in one place: `header` or `query`, not both",
        ),
        (None, None) if auth.is_some() => cx.problems.report(
            &auth_path,
            "say where the token travels: `header` or `query`",
        ),
        _ => {}
    }
    if auth_query.as_ref().is_some_and(|q| !is_query_name(q)) {
        cx.problems.report(
            &auth_path.key("query"),
            "a token query parameter is ASCII letters, digits and `_`",
        );
    }
    let errcode = spec.defaults.error_style == Some(crate::spec::ErrorStyle::Errcode);

    // Named types first, so that references resolve whatever the order they are written in.
    let types_path = root.key("types");
    for (name, _) in &spec.types.0 {
        let rust = cx.type_scope.claim(type_name(name));
        cx.named.push((name.clone(), cx.types.len()));
        cx.types.push(placeholder(rust, None));
    }
    for (i, (name, schema)) in spec.types.0.iter().enumerate() {
        let path = types_path.key(name);
        cx.no_field_keys(schema, &path);
        let kind = match (schema.kind, &schema.enum_values, &schema.reference) {
            (Some(Kind::Object), _, None) => {
                cx.struct_fields(schema, &path, &cx.types[i].name.clone())
            }
            (Some(Kind::String), Some(values), None) => cx.enum_values(values, &path.key("enum")),
            _ => {
                cx.problems.report(&path, "a named type is an object (`type: object`) or a string enum (`type: string` with `enum`)");
                TypeKind::Struct(Vec::new())
            }
        };
        cx.types[i].kind = kind;
        cx.types[i].doc = schema.description.clone();
    }

    let mut fn_scope = Scope::with_reserved(crate::names::RESERVED_METHODS);
    let mut operations = Vec::new();
    for (name, op) in &spec.operations.0 {
        let path = root.key("operations").key(name);
        let token = TokenNames {
            header: auth_header.as_deref(),
            query: auth_query.as_deref(),
            errcode,
        };
        if let Some(operation) = cx.operation(name, op, &path, &mut fn_scope, &token) {
            operations.push(operation);
        }
    }
    // Paginators are named after every operation has its name, so `ListPages` keeps its own.
    for op in &mut operations {
        if let Some(paging) = &mut op.paging {
            paging.fn_name = fn_scope.claim(paging.fn_name.clone());
        }
    }

    let push_roots = cx.pushes(&spec.pushes, &root.key("pushes"));
    roles::mark_roles(&mut cx.types, &operations);
    roles::mark_pushed(&mut cx.types, &push_roots);
    roles::box_cycles(&mut cx.types);
    identical::alias_identical(&mut cx.types);
    let Lowering {
        problems, types, ..
    } = cx;
    problems.into_result(Module {
        source: file.to_owned(),
        name: crate::names::module_name(&spec.module),
        description: spec.description,
        base_url,
        auth_header,
        auth_query,
        errcode,
        types,
        operations,
    })
}

/// What the module's defaults say about tokens and errors, as operations need it.
struct TokenNames<'a> {
    header: Option<&'a str>,
    query: Option<&'a str>,
    errcode: bool,
}

struct Lowering<'a> {
    problems: Problems<'a>,
    types: Vec<TypeDef>,
    type_scope: Scope,
    /// Spec names of the named types, with their index in `types`.
    named: Vec<(String, usize)>,
}

fn placeholder(name: RustName, doc: Option<String>) -> TypeDef {
    TypeDef {
        name,
        doc,
        kind: TypeKind::Struct(Vec::new()),
        in_request: false,
        in_response: false,
        op_request: None,
        alias_of: None,
        keeps_unknown: None,
        push: None,
    }
}

impl Lowering<'_> {
    fn operation(
        &mut self,
        name: &str,
        op: &OperationSpec,
        path: &KeyPath,
        fn_scope: &mut Scope,
        token: &TokenNames<'_>,
    ) -> Option<Operation> {
        let auth_header = token.header;
        // Names are kept as DingTalk spells them (`queryClassCourse`, `Diot_Market_Manager`);
        // `names` derives the Rust ones.
        let valid = name.starts_with(|c: char| c.is_ascii_alphabetic())
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !valid {
            self.problems.report(
                path,
                "an operation name is ASCII letters, digits and `_`, starting with a letter",
            );
            return None;
        }
        let base = type_name(name);
        let path_params = self.path_params(op, path);
        let fn_name = fn_scope.claim(snake_name(name));

        // Request fields: query, headers, then the body's members (or the whole body).
        let has_request = !op.query.0.is_empty() || !op.headers.0.is_empty() || op.body.is_some();
        let request_name = base.join("Request");
        let request = has_request.then(|| {
            let name = self.type_scope.claim(request_name.clone());
            let link = crate::emit::docs::link(&format!("Api::{fn_name}"));
            let doc = format!("The request of {link}.");
            self.types.push(placeholder(name, Some(doc)));
            self.types.len() - 1
        });
        let mut fields = Vec::new();
        let mut field_scope = Scope::default();
        // Parameters the runtime writes itself: the token, and a signature's.
        let mut runtime_query: Vec<&str> = token.query.into_iter().collect();
        if op.signature.is_some() {
            runtime_query.extend(["timestamp", "sign"]);
        }
        for (wire, schema) in &op.query.0 {
            let at = path.key("query").key(wire);
            if runtime_query.contains(&wire.as_str()) {
                self.problems.report(
                    &at,
                    format!("`{wire}` is written by the runtime (the token or the signature); do not list it"),
                );
            }
            let ty = self.field_ty(schema, &at, &request_name.join(wire), FieldKind::Query);
            let place = Place::Query(match schema.style {
                None => QueryStyle::Plain,
                Some(Style::Json) => QueryStyle::Json,
                Some(Style::Flat) => QueryStyle::Flat,
                Some(Style::Simple) => QueryStyle::Simple,
            });
            fields.push(self.field(wire, schema, ty, place, &mut field_scope));
        }
        for (wire, schema) in &op.headers.0 {
            let at = path.key("headers").key(wire);
            if !is_header_name(&wire.to_ascii_lowercase()) {
                self.problems.report(&at, "not a valid header name");
            }
            if auth_header.is_some_and(|h| h.eq_ignore_ascii_case(wire)) {
                self.problems.report(
                    &at,
                    "the token header comes from `defaults.auth`; do not list it again",
                );
            }
            let ty = self.field_ty(schema, &at, &request_name.join(wire), FieldKind::Header);
            let place = Place::Header {
                json: schema.style.is_some(),
            };
            fields.push(self.field(wire, schema, ty, place, &mut field_scope));
        }
        let object_body = op
            .body
            .as_ref()
            .is_some_and(|b| b.kind == Some(Kind::Object) && b.reference.is_none());
        if let Some(body) = &op.body {
            let at = path.key("body");
            if object_body {
                self.no_field_keys(body, &at);
                if let TypeKind::Struct(members) = self.struct_fields(body, &at, &request_name) {
                    for mut member in members {
                        member.name = field_scope.claim(member.name);
                        fields.push(member);
                    }
                }
            } else {
                // A whole body (an array, a `ref`) may be `required`, and nothing more.
                self.no_style(body, &at);
                if let Some(ty) = self.schema_ty(body, &at, &request_name.join("Body")) {
                    let whole = Schema {
                        required: body.required,
                        description: body.description.clone(),
                        ..Schema::default()
                    };
                    fields.push(self.field(
                        "body",
                        &whole,
                        Some(ty),
                        Place::WholeBody,
                        &mut field_scope,
                    ));
                }
            }
        }
        if let Some(i) = request {
            self.types[i].kind = TypeKind::Struct(fields);
            self.types[i].op_request = Some(object_body);
        }

        let response = op.response.as_ref().and_then(|r| {
            let body = r.body.as_ref()?;
            let at = path.key("response").key("body");
            self.no_field_keys(body, &at);
            self.schema_ty(body, &at, &base.join("Response"))
        });

        let error_name = self.type_scope.claim(base.join("Error"));
        let errors = self.errors(op, path, token.errcode);
        let paging = op
            .pagination
            .as_ref()
            .and_then(|p| self.paging(name, p, request, response.as_ref(), path));
        Some(Operation {
            spec_name: name.to_owned(),
            fn_name,
            summary: op.summary.clone(),
            description: op.description.clone(),
            deprecated: op.deprecated,
            method: op.method,
            path: op.path.clone(),
            path_params,
            request,
            response,
            response_doc: op.response.as_ref().and_then(|r| r.description.clone()),
            error_name,
            errors,
            sends_token: op.auth == crate::spec::AuthMode::Default
                && (auth_header.is_some() || token.query.is_some()),
            signature: op.signature,
            paging,
        })
    }

    fn path_params(&mut self, op: &OperationSpec, path: &KeyPath) -> Vec<PathParam> {
        let at = path.key("path");
        let mut placeholders = Vec::new();
        let mut rest = op.path.as_str();
        if !rest.starts_with('/') {
            self.problems.report(&at, "a path starts with `/`");
        }
        while let Some(open) = rest.find(['{', '}']) {
            let Some(close) = rest[open..]
                .find('}')
                .map(|i| open + i)
                .filter(|_| rest.as_bytes()[open] == b'{')
            else {
                self.problems
                    .report(&at, "unbalanced `{` or `}` in the path");
                break;
            };
            let name = &rest[open + 1..close];
            if name.is_empty() || name.contains('{') {
                self.problems.report(&at, "a path placeholder is `{name}`");
            }
            placeholders.push(name.to_owned());
            rest = &rest[close + 1..];
        }
        if op.path.contains(['?', '#']) {
            self.problems.report(
                &at,
                "the path has no query or fragment; list query parameters under `query`",
            );
        }

        let mut scope = Scope::with_reserved(&["request"]);
        let mut params = Vec::new();
        for placeholder in &placeholders {
            let Some((wire, schema)) = op.path_params.0.iter().find(|(w, _)| w == placeholder)
            else {
                self.problems.report(
                    &at,
                    format!("placeholder `{{{placeholder}}}` is not listed in `path_params`"),
                );
                continue;
            };
            let here = path.key("path_params").key(wire);
            if params.iter().any(|p: &PathParam| &p.wire == wire) {
                self.problems
                    .report(&at, format!("placeholder `{{{wire}}}` appears twice"));
                continue;
            }
            self.no_field_keys(schema, &here);
            let integer = match (schema.kind, &schema.reference, &schema.enum_values) {
                (Some(Kind::String), None, None) => false,
                (Some(Kind::Integer), None, None) => true,
                _ => {
                    self.problems.report(
                        &here,
                        "a path parameter is `type: string` or `type: integer`",
                    );
                    false
                }
            };
            params.push(PathParam {
                wire: wire.clone(),
                name: scope.claim(snake_name(wire)),
                integer,
                doc: schema.description.clone(),
            });
        }
        for (wire, _) in &op.path_params.0 {
            if !placeholders.contains(wire) {
                let here = path.key("path_params").key(wire);
                self.problems.report(
                    &here,
                    format!("`{wire}` does not appear in the path as `{{{wire}}}`"),
                );
            }
        }
        params
    }

    fn errors(&mut self, op: &OperationSpec, path: &KeyPath, errcode: bool) -> Vec<ErrorVariant> {
        let mut scope = Scope::with_reserved(&["Unhandled"]);
        let mut variants: Vec<ErrorVariant> = Vec::new();
        for (i, row) in op.errors.iter().enumerate() {
            let at = path.key("errors").index(i);
            if errcode && !(row.status == 200 || (400..=599).contains(&row.status)) {
                self.problems.report(
                    &at.key("status"),
                    "an error status is 200 (`errcode` in a success reply) or between 400 and 599",
                );
            } else if !errcode && !(400..=599).contains(&row.status) {
                self.problems
                    .report(&at.key("status"), "an error status is between 400 and 599");
            }
            if row.code.trim().is_empty() {
                self.problems
                    .report(&at.key("code"), "an error code is not empty");
                continue;
            }
            let entry = ErrorRow {
                status: row.status,
                message: row.message.clone(),
                description: row.description.clone(),
            };
            match variants.iter_mut().find(|v| v.code == row.code) {
                Some(variant) => variant.rows.push(entry),
                None => variants.push(ErrorVariant {
                    name: scope.claim(type_name(&row.code)),
                    code: row.code.clone(),
                    rows: vec![entry],
                }),
            }
        }
        variants
    }
}

/// A query parameter name the runtime writes as it is.
fn is_query_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// RFC 9110 token characters, lower case as HTTP/2 requires.
fn is_header_name(name: &str) -> bool {
    !name.is_empty()
        && name.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b"!#$%&'*+-.^_`|~".contains(&b)
        })
}
