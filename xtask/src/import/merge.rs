//! What people add to an imported spec survives the next import: the importer writes the
//! package's structure, then carries over, from the spec already on disk, what the package
//! does not have: descriptions (module, token, operations, replies, fields and types at any
//! depth), `enum` values of string fields, `deprecated`, the error tables and `pagination`.
//! Structure (fields, types, required marks, paths) always comes from the package.

use std::collections::BTreeSet;

use codegen::spec::{Kind, OrderedMap, ResponseSpec, Schema, SpecFile};

/// Carries the hand-written parts of `old` into the freshly imported `new`.
pub fn carry_over(new: &mut SpecFile, old: &SpecFile) {
    if !old.aliases.is_empty() {
        new.aliases = old.aliases.clone();
    }
    if old.description.is_some() {
        new.description = old.description.clone();
    }
    if let (Some(new_auth), Some(old_auth)) = (&mut new.defaults.auth, &old.defaults.auth)
        && old_auth.description.is_some()
    {
        new_auth.description = old_auth.description.clone();
    }
    let mut merger = Merger {
        old_types: &old.types,
        pending: Vec::new(),
    };

    for (name, op) in &mut new.operations.0 {
        let Some(old_op) = find(&old.operations, name) else {
            continue;
        };
        if old_op.description.is_some() {
            op.description = old_op.description.clone();
        }
        op.deprecated |= old_op.deprecated;
        if !old_op.errors.is_empty() {
            op.errors = old_op.errors.clone();
        }
        // A mark on disk wins: people may have named what the import could not see.
        if old_op.pagination.is_some() {
            op.pagination = old_op.pagination.clone();
        }
        // Path parameters are positional: a renamed placeholder keeps its description.
        if op.path_params.0.len() == old_op.path_params.0.len() {
            for ((_, new_p), (_, old_p)) in op.path_params.0.iter_mut().zip(&old_op.path_params.0) {
                merger.schema(new_p, old_p);
            }
        }
        merger.fields(&mut op.query, &old_op.query);
        merger.fields(&mut op.headers, &old_op.headers);
        if let (Some(body), Some(old_body)) = (&mut op.body, &old_op.body) {
            merger.schema(body, old_body);
        }
        if let Some(old_response) = &old_op.response {
            let response = op.response.get_or_insert(ResponseSpec {
                description: None,
                body: None,
            });
            if old_response.description.is_some() {
                response.description = old_response.description.clone();
            }
            if let (Some(body), Some(old_body)) = (&mut response.body, &old_response.body) {
                merger.schema(body, old_body);
            }
        }
    }

    // Types by name, then what was reached through references (inline objects of a spec
    // written by hand land in the imported named types).
    let mut done = BTreeSet::new();
    for (name, ty) in &mut new.types.0 {
        if let Some(old_ty) = find(&old.types, name) {
            done.insert(name.clone());
            merger.schema(ty, old_ty);
        }
    }
    while let Some((name, old_ty)) = merger.pending.pop() {
        if !done.insert(name.clone()) {
            continue;
        }
        if let Some((_, ty)) = new.types.0.iter_mut().find(|(n, _)| *n == name) {
            merger.schema(ty, old_ty);
        }
    }
}

fn find<'a, T>(map: &'a OrderedMap<T>, key: &str) -> Option<&'a T> {
    map.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

struct Merger<'a> {
    old_types: &'a OrderedMap<Schema>,
    /// Imported named types still to receive what an old schema holds.
    pending: Vec<(String, &'a Schema)>,
}

impl<'a> Merger<'a> {
    fn fields(&mut self, new: &mut OrderedMap<Schema>, old: &'a OrderedMap<Schema>) {
        for (wire, schema) in &mut new.0 {
            if let Some(old_schema) = find(old, wire) {
                self.schema(schema, old_schema);
            }
        }
    }

    fn schema(&mut self, new: &mut Schema, old: &'a Schema) {
        if old.description.is_some() {
            new.description = old.description.clone();
        }
        // The old shape behind a reference (one step: named types are objects or enums).
        let old_shape = match &old.reference {
            Some(name) => match find(self.old_types, name) {
                Some(shape) => shape,
                None => return,
            },
            None => old,
        };
        if let Some(name) = &new.reference {
            self.pending.push((name.clone(), old_shape));
            return;
        }
        if new.kind == Some(Kind::String) && new.enum_values.is_none() {
            new.enum_values = old_shape.enum_values.clone();
        }
        if let (Some(properties), Some(old_properties)) =
            (&mut new.properties, &old_shape.properties)
        {
            self.fields(properties, old_properties);
        }
        if let (Some(items), Some(old_items)) = (&mut new.items, &old_shape.items) {
            self.schema(items, old_items);
        }
        if let (Some(values), Some(old_values)) = (&mut new.values, &old_shape.values) {
            self.schema(values, old_values);
        }
    }
}
