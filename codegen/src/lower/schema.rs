//! Schemas: the Rust type of every property and parameter, with inline objects and enums
//! hoisted into named types.

use super::{Lowering, placeholder};
use crate::ir::{EnumValue, Field, Place, Ty, TypeKind};
use crate::names::{RustName, Scope, snake_name, type_name};
use crate::spec::{Kind, OrderedMap, Schema, Style};
use crate::yaml::KeyPath;

/// Where a field with a schema sits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum FieldKind {
    Query,
    Header,
    /// A member of a JSON object.
    Property,
}

impl Lowering<'_> {
    pub(super) fn field(
        &mut self,
        wire: &str,
        schema: &Schema,
        ty: Option<Ty>,
        place: Place,
        scope: &mut Scope,
    ) -> Field {
        Field {
            wire: wire.to_owned(),
            name: scope.claim(snake_name(wire)),
            ty: ty.unwrap_or(Ty::Any),
            required: schema.required,
            doc: schema.description.clone(),
            place,
            boxed: false,
        }
    }

    /// The type of a property or parameter, where `required` and `style` belong. Query and
    /// header parameters are text, so their lists and objects need a `style`.
    pub(super) fn field_ty(
        &mut self,
        schema: &Schema,
        path: &KeyPath,
        hint: &RustName,
        kind: FieldKind,
    ) -> Option<Ty> {
        for (style, name) in [(Style::Flat, "flat"), (Style::Simple, "simple")] {
            if schema.style == Some(style) && kind != FieldKind::Query {
                self.problems.report(
                    &path.key("style"),
                    format!("`style: {name}` applies to query parameters only"),
                );
            }
        }
        let ty = self.schema_ty(schema, path, hint)?;
        if schema.style == Some(Style::Simple) && !self.is_scalar_list(&ty) {
            self.problems.report(
                &path.key("style"),
                "`style: simple` joins a list of strings, numbers or booleans with commas",
            );
        }
        if kind != FieldKind::Property
            && schema.style.is_none()
            && matches!(ty, Ty::List(_) | Ty::Map(_) | Ty::Any | Ty::Named(_))
        {
            let scalar_enum =
                matches!(ty, Ty::Named(i) if matches!(self.types[i].kind, TypeKind::Enum(_)));
            if !scalar_enum {
                self.problems.report(
                    path,
                    "a list, map or object parameter needs `style: json` (sent as one JSON string)",
                );
            }
        }
        Some(ty)
    }

    fn is_scalar_list(&self, ty: &Ty) -> bool {
        let Ty::List(item) = ty else {
            return false;
        };
        match item.as_ref() {
            Ty::String | Ty::Integer | Ty::Number | Ty::Boolean => true,
            Ty::Named(i) => matches!(self.types[*i].kind, TypeKind::Enum(_)),
            _ => false,
        }
    }

    /// `required` and `style` belong to properties and parameters, nowhere else (a whole
    /// request body may be `required`: [`Self::no_style`]).
    pub(super) fn no_field_keys(&mut self, schema: &Schema, path: &KeyPath) {
        if schema.required {
            self.problems.report(
                &path.key("required"),
                "`required` applies to properties, query or header parameters and a whole request body only",
            );
        }
        self.no_style(schema, path);
    }

    pub(super) fn no_style(&mut self, schema: &Schema, path: &KeyPath) {
        if schema.style.is_some() {
            self.problems.report(
                &path.key("style"),
                "`style` applies to properties and query or header parameters only",
            );
        }
    }

    /// The Rust type of a schema; inline objects and enums become named types called `hint`.
    pub(super) fn schema_ty(
        &mut self,
        schema: &Schema,
        path: &KeyPath,
        hint: &RustName,
    ) -> Option<Ty> {
        let misplaced =
            |key: &str, present: bool, allowed: bool| (present && !allowed).then(|| key.to_owned());
        if let Some(reference) = &schema.reference {
            for key in [
                misplaced("type", schema.kind.is_some(), false),
                misplaced("properties", schema.properties.is_some(), false),
                misplaced("items", schema.items.is_some(), false),
                misplaced("values", schema.values.is_some(), false),
                misplaced("enum", schema.enum_values.is_some(), false),
            ]
            .into_iter()
            .flatten()
            {
                self.problems.report(&path.key(&key), "a schema with `ref` takes only `description`, `required` and `style` beside it");
            }
            return match self.named.iter().find(|(n, _)| n == reference) {
                Some((_, index)) => Some(Ty::Named(*index)),
                None => {
                    self.problems.report(
                        &path.key("ref"),
                        format!("no type `{reference}` under `types`"),
                    );
                    None
                }
            };
        }
        let Some(kind) = schema.kind else {
            self.problems.report(path, "a schema needs `type` or `ref`");
            return None;
        };
        for key in [
            misplaced(
                "properties",
                schema.properties.is_some(),
                kind == Kind::Object,
            ),
            misplaced("items", schema.items.is_some(), kind == Kind::Array),
            misplaced("values", schema.values.is_some(), kind == Kind::Map),
            misplaced("enum", schema.enum_values.is_some(), kind == Kind::String),
        ]
        .into_iter()
        .flatten()
        {
            self.problems.report(
                &path.key(&key),
                format!("`{key}` does not apply to `type: {}`", kind_name(kind)),
            );
        }
        Some(match kind {
            Kind::String => match &schema.enum_values {
                Some(values) => {
                    let kind = self.enum_values(values, &path.key("enum"));
                    Ty::Named(self.hoist(hint, schema, kind))
                }
                None => Ty::String,
            },
            Kind::Integer => Ty::Integer,
            Kind::Number => Ty::Number,
            Kind::Boolean => Ty::Boolean,
            Kind::Any => Ty::Any,
            Kind::Array => {
                let Some(items) = &schema.items else {
                    self.problems.report(path, "`type: array` needs `items`");
                    return None;
                };
                let at = path.key("items");
                self.no_field_keys(items, &at);
                Ty::List(Box::new(self.schema_ty(items, &at, hint)?))
            }
            Kind::Map => {
                let Some(values) = &schema.values else {
                    self.problems.report(path, "`type: map` needs `values`");
                    return None;
                };
                let at = path.key("values");
                self.no_field_keys(values, &at);
                Ty::Map(Box::new(self.schema_ty(
                    values,
                    &at,
                    &hint.join("Value"),
                )?))
            }
            // An object whose fields the spec does not list (DingTalk's docs have many): any JSON.
            Kind::Object if schema.properties.is_none() => Ty::Any,
            Kind::Object => {
                // The parent is placed before the types its fields hoist, so files read top-down.
                let i = self.hoist(hint, schema, TypeKind::Struct(Vec::new()));
                let name = self.types[i].name.clone();
                self.types[i].kind = self.struct_fields(schema, path, &name);
                Ty::Named(i)
            }
        })
    }

    /// Adds an inline type under a free name derived from `hint`; returns its index.
    pub(super) fn hoist(&mut self, hint: &RustName, schema: &Schema, kind: TypeKind) -> usize {
        let name = self.type_scope.claim(hint.clone());
        let mut def = placeholder(name, schema.description.clone());
        def.kind = kind;
        self.types.push(def);
        self.types.len() - 1
    }

    pub(super) fn struct_fields(
        &mut self,
        schema: &Schema,
        path: &KeyPath,
        name: &RustName,
    ) -> TypeKind {
        let empty = OrderedMap::default();
        let properties = schema.properties.as_ref().unwrap_or_else(|| {
            self.problems
                .report(path, "a named object lists its `properties`");
            &empty
        });
        let mut scope = Scope::default();
        let mut fields = Vec::new();
        for (wire, property) in &properties.0 {
            let at = path.key("properties").key(wire);
            let ty = self.field_ty(property, &at, &name.join(wire), FieldKind::Property);
            let place = Place::Body {
                json: property.style.is_some(),
            };
            fields.push(self.field(wire, property, ty, place, &mut scope));
        }
        TypeKind::Struct(fields)
    }

    pub(super) fn enum_values(&mut self, values: &[String], path: &KeyPath) -> TypeKind {
        if values.is_empty() {
            self.problems
                .report(path, "an enum lists at least one value");
        }
        let mut scope = Scope::with_reserved(&["Unknown"]);
        let mut out: Vec<EnumValue> = Vec::new();
        for (i, value) in values.iter().enumerate() {
            if out.iter().any(|v| v.wire == *value) {
                self.problems
                    .report(&path.index(i), format!("`{value}` is listed twice"));
                continue;
            }
            out.push(EnumValue {
                wire: value.clone(),
                name: scope.claim(type_name(value)),
            });
        }
        TypeKind::Enum(out)
    }
}

fn kind_name(kind: Kind) -> String {
    format!("{kind:?}").to_ascii_lowercase()
}
