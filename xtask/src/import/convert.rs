//! One package module → one spec: operations as the client methods send them, every model they
//! reach as a named type (under the SDK's own name), nothing guessed. A shape the format cannot
//! carry is an error naming the module, the operation and the shape.

use std::collections::BTreeSet;

use codegen::spec::{
    AuthMode, AuthSpec, Defaults, HttpMethod, Kind, OperationSpec, OrderedMap, ResponseSpec,
    Schema, SpecFile, Style,
};

use super::package::{Model, Module, Operation, Placed, Type};

pub const BASE_URL: &str = "https://api.dingtalk.com";
pub const TOKEN_HEADER: &str = "x-acs-dingtalk-access-token";

/// The spec of one module.
pub fn module_spec(module: &Module) -> Result<SpecFile, Vec<String>> {
    let mut cx = Converter {
        module,
        wanted: Vec::new(),
        problems: Vec::new(),
    };
    let mut operations = OrderedMap::default();
    for op in &module.operations {
        let where_ = format!("{} {}", module.module, op.name);
        if let Some(spec) = cx.operation(op, &where_) {
            if operations.0.iter().any(|(name, _)| *name == op.name) {
                cx.problems
                    .push(format!("{where_}: the operation appears twice"));
            }
            operations.0.push((op.name.clone(), spec));
        }
    }
    let types = cx.types();
    if !cx.problems.is_empty() {
        return Err(cx.problems);
    }
    let mut spec = SpecFile {
        module: module.module.clone(),
        description: None,
        defaults: Defaults {
            base_url: BASE_URL.to_owned(),
            auth: Some(AuthSpec {
                header: Some(TOKEN_HEADER.to_owned()),
                query: None,
                description: None,
            }),
            error_style: None,
        },
        types,
        operations,
        // The official package describes no pushed payloads; `push.yaml` is written by hand.
        pushes: Default::default(),
    };
    super::paging::mark(&mut spec);
    Ok(spec)
}

struct Converter<'a> {
    module: &'a Module,
    /// Models reached so far, in the order they were first reached.
    wanted: Vec<String>,
    problems: Vec<String>,
}

impl<'a> Converter<'a> {
    fn model(&mut self, name: &str, where_: &str) -> Option<&'a Model> {
        let module: &'a Module = self.module;
        let model = module.models.get(name);
        if model.is_none() {
            self.problems
                .push(format!("{where_}: model `{name}` is not in models.py"));
        }
        model
    }

    fn operation(&mut self, op: &Operation, where_: &str) -> Option<OperationSpec> {
        let method = match op.method.as_str() {
            "GET" => HttpMethod::Get,
            "POST" => HttpMethod::Post,
            "PUT" => HttpMethod::Put,
            "DELETE" => HttpMethod::Delete,
            "PATCH" => HttpMethod::Patch,
            other => {
                self.problems.push(format!(
                    "{where_}: HTTP method `{other}` is not one the format has"
                ));
                return None;
            }
        };
        let auth = match op.auth.as_str() {
            "AK" => AuthMode::Default,
            "Anonymous" => AuthMode::None,
            other => {
                self.problems.push(format!(
                    "{where_}: auth type `{other}` is not one the format has"
                ));
                return None;
            }
        };
        if op.style != "ROA" {
            self.problems.push(format!(
                "{where_}: request style `{}` (only ROA is known)",
                op.style
            ));
        }

        let mut path_params = OrderedMap::default();
        for arg in &op.path_args {
            let kind = match arg.ty {
                Type::String => Kind::String,
                Type::Integer => Kind::Integer,
                _ => {
                    self.problems.push(format!(
                        "{where_}: path argument `{}` is neither a string nor an integer",
                        arg.name
                    ));
                    continue;
                }
            };
            path_params.0.push((arg.name.clone(), scalar(kind)));
        }

        let request = match &op.request_model {
            Some(name) => Some(self.model(name, where_)?),
            None => None,
        };
        let field_of = |cx: &mut Self, placed: &Placed, model: Option<&'a Model>, what: &str| {
            let field = model.and_then(|m| m.field(&placed.field));
            if field.is_none() {
                cx.problems.push(format!(
                    "{where_}: the {what} field `{}` is not in the request model",
                    placed.field
                ));
            }
            field
        };

        let mut query = OrderedMap::default();
        for placed in &op.query {
            let Some(field) = field_of(self, placed, request, "query") else {
                continue;
            };
            let mut schema = self.schema(&field.ty, where_);
            schema.required = field.required;
            schema.style = match (placed.style.as_deref(), &field.ty) {
                (Some("json"), _) => Some(Style::Json),
                (Some("simple"), _) => Some(Style::Simple),
                (Some(other), _) => {
                    self.problems.push(format!(
                        "{where_}: query field `{}` has shrink style `{other}`",
                        placed.wire
                    ));
                    None
                }
                // Lists and objects put into the query unshrunk are spelt out one value per key.
                (None, Type::List { .. } | Type::Map { .. } | Type::Model { .. } | Type::Any) => {
                    Some(Style::Flat)
                }
                (None, _) => None,
            };
            query.0.push((placed.wire.clone(), schema));
        }

        let headers_model = match &op.headers_model {
            Some(name) => Some(self.model(name, where_)?),
            None => None,
        };
        let mut headers = OrderedMap::default();
        for placed in &op.headers {
            if placed.wire.eq_ignore_ascii_case(TOKEN_HEADER) {
                continue; // the module's token header
            }
            let Some(field) = field_of(self, placed, headers_model, "header") else {
                continue;
            };
            let mut schema = self.schema(&field.ty, where_);
            schema.required = field.required;
            if !matches!(
                schema.kind,
                Some(Kind::String | Kind::Integer | Kind::Number | Kind::Boolean)
            ) {
                // The SDK writes non-scalar headers as JSON.
                schema.style = Some(Style::Json);
            }
            headers.0.push((placed.wire.clone(), schema));
        }

        let body = match (&op.whole_body, op.body.is_empty()) {
            (Some(_), false) => {
                self.problems
                    .push(format!("{where_}: a whole body and body fields together"));
                None
            }
            (Some(whole), true) => {
                let placed = Placed {
                    wire: "body".to_owned(),
                    field: whole.field.clone(),
                    style: None,
                };
                field_of(self, &placed, request, "body").map(|f| {
                    let mut schema = self.schema(&f.ty, where_);
                    schema.required = f.required || whole.always_sent;
                    schema
                })
            }
            (None, true) => None,
            (None, false) => {
                let mut properties = OrderedMap::default();
                for placed in &op.body {
                    let Some(field) = field_of(self, placed, request, "body") else {
                        continue;
                    };
                    let mut schema = self.schema(&field.ty, where_);
                    schema.required = field.required;
                    match placed.style.as_deref() {
                        None => {}
                        Some("json") => schema.style = Some(Style::Json),
                        Some(other) => self.problems.push(format!(
                            "{where_}: body field `{}` has shrink style `{other}`, which the format carries only in the query",
                            placed.wire
                        )),
                    }
                    properties.0.push((placed.wire.clone(), schema));
                }
                Some(Schema {
                    kind: Some(Kind::Object),
                    properties: Some(properties),
                    ..Schema::default()
                })
            }
        };

        let response = self.response(op, where_);
        Some(OperationSpec {
            summary: op.summary.clone(),
            description: None,
            method,
            path: op.path.clone(),
            auth,
            deprecated: false,
            path_params,
            query,
            headers,
            body,
            response,
            errors: Vec::new(),
            signature: None,
            pagination: None,
        })
    }

    /// The reply: by the method's body type, from the Response model's `body` field.
    fn response(&mut self, op: &Operation, where_: &str) -> Option<ResponseSpec> {
        if op.body_type == "none" {
            return None;
        }
        let body_field = match &op.response_model {
            Some(name) => self
                .model(name, where_)
                .and_then(|m| m.field("body"))
                .map(|f| &f.ty),
            None => None,
        };
        let schema = match (op.body_type.as_str(), body_field) {
            ("json" | "array" | "boolean" | "any", Some(ty)) => self.schema(ty, where_),
            // JSON the package has no model for: any JSON.
            ("json" | "any", None) => scalar(Kind::Any),
            ("boolean", None) => scalar(Kind::Boolean),
            (other, _) => {
                self.problems.push(format!(
                    "{where_}: reply body type `{other}` without a body model"
                ));
                return None;
            }
        };
        Some(ResponseSpec {
            description: None,
            body: Some(schema),
        })
    }

    fn schema(&mut self, ty: &Type, where_: &str) -> Schema {
        match ty {
            Type::String => scalar(Kind::String),
            Type::Integer => scalar(Kind::Integer),
            Type::Number => scalar(Kind::Number),
            Type::Boolean => scalar(Kind::Boolean),
            Type::Any => scalar(Kind::Any),
            Type::List { items } => Schema {
                kind: Some(Kind::Array),
                items: Some(Box::new(self.schema(items, where_))),
                ..Schema::default()
            },
            Type::Map { values } => Schema {
                kind: Some(Kind::Map),
                values: Some(Box::new(self.schema(values, where_))),
                ..Schema::default()
            },
            Type::Model { name } => {
                if self.model(name, where_).is_some() && !self.wanted.contains(name) {
                    self.wanted.push(name.clone());
                }
                Schema {
                    reference: Some(name.clone()),
                    ..Schema::default()
                }
            }
        }
    }

    /// Every model the operations reach, each an object type named as in the SDK.
    fn types(&mut self) -> OrderedMap<Schema> {
        let mut types = OrderedMap::default();
        let mut done = BTreeSet::new();
        let mut i = 0;
        while i < self.wanted.len() {
            let name = self.wanted[i].clone();
            i += 1;
            if !done.insert(name.clone()) {
                continue;
            }
            let where_ = format!("{} model {name}", self.module.module);
            let Some(model) = self.module.models.get(&name) else {
                continue;
            };
            let mut properties = OrderedMap::default();
            for field in &model.fields {
                if properties.0.iter().any(|(wire, _)| *wire == field.wire) {
                    self.problems
                        .push(format!("{where_}: wire name `{}` twice", field.wire));
                    continue;
                }
                let mut schema = self.schema(&field.ty, &where_);
                schema.required = field.required;
                properties.0.push((field.wire.clone(), schema));
            }
            types.0.push((
                name,
                Schema {
                    kind: Some(Kind::Object),
                    properties: Some(properties),
                    ..Schema::default()
                },
            ));
        }
        types
    }
}

fn scalar(kind: Kind) -> Schema {
    Schema {
        kind: Some(kind),
        ..Schema::default()
    }
}
