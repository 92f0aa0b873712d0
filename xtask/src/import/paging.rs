//! Which imported operations page: the request has a token field (`nextToken`, `cursor`, ...)
//! and the reply a next-token field (`nextToken`, `nextCursor`, ...), both scalars. The mark
//! names the reply's `hasMore` flag and its list of items when they sit beside the token, and
//! only then; anything ambiguous (two token fields, two lists) is left unmarked.

use codegen::spec::{Kind, OperationSpec, OrderedMap, PaginationSpec, Schema, SpecFile};

/// Request fields that carry a page token, in the spellings the package uses.
const REQUEST_TOKENS: &[&str] = &[
    "nextToken",
    "next_token",
    "cursor",
    "nextCursor",
    "nextPageCursor",
    "pageToken",
];
/// Reply fields that hold the next page's token.
const REPLY_TOKENS: &[&str] = &[
    "nextToken",
    "next_token",
    "nextCursor",
    "nextPageCursor",
    "nextPageToken",
];
/// How deep a reply's token may sit (`result.page.nextToken` is three).
const MAX_DEPTH: usize = 3;

/// Marks every operation of `spec` that pages.
pub fn mark(spec: &mut SpecFile) {
    let types = spec.types.clone();
    for (_, op) in &mut spec.operations.0 {
        op.pagination = detect(op, &types);
    }
}

fn detect(op: &OperationSpec, types: &OrderedMap<Schema>) -> Option<PaginationSpec> {
    let body_fields = op
        .body
        .as_ref()
        .filter(|b| b.reference.is_none() && b.kind == Some(Kind::Object))
        .and_then(|b| b.properties.as_ref());
    let request_fields = op
        .query
        .0
        .iter()
        .chain(body_fields.into_iter().flat_map(|p| &p.0));
    let tokens: Vec<&String> = request_fields
        .filter(|(wire, schema)| {
            REQUEST_TOKENS.contains(&wire.as_str()) && schema.style.is_none() && is_scalar(schema)
        })
        .map(|(wire, _)| wire)
        .collect();
    let [token] = tokens[..] else {
        return None;
    };
    let reply = op.response.as_ref()?.body.as_ref()?;
    // The shallowest object holding a next-token field; two at that depth is ambiguous.
    let mut level = vec![(Vec::<String>::new(), reply)];
    for _ in 0..MAX_DEPTH {
        let mut found = Vec::new();
        let mut deeper = Vec::new();
        for (path, schema) in &level {
            let Some(properties) = object(schema, types) else {
                continue;
            };
            for (wire, field) in &properties.0 {
                if REPLY_TOKENS.contains(&wire.as_str())
                    && field.style.is_none()
                    && is_scalar(resolve(field, types))
                {
                    found.push((path.clone(), wire.clone(), properties));
                }
                let mut below = path.clone();
                below.push(wire.clone());
                deeper.push((below, field));
            }
        }
        match &found[..] {
            [] => level = deeper,
            [(path, wire, siblings)] => {
                let dotted = |name: &str| {
                    let mut full = path.clone();
                    full.push(name.to_owned());
                    full.join(".")
                };
                let has_more = siblings
                    .0
                    .iter()
                    .find(|(w, s)| w == "hasMore" && resolve(s, types).kind == Some(Kind::Boolean))
                    .map(|(w, _)| dotted(w));
                let lists: Vec<&String> = siblings
                    .0
                    .iter()
                    .filter(|(_, s)| {
                        s.style.is_none() && resolve(s, types).kind == Some(Kind::Array)
                    })
                    .map(|(w, _)| w)
                    .collect();
                let items = match lists[..] {
                    [list] => Some(dotted(list)),
                    _ => None,
                };
                return Some(PaginationSpec {
                    token: token.clone(),
                    next: dotted(wire),
                    items,
                    has_more,
                });
            }
            _ => return None,
        }
    }
    None
}

fn resolve<'a>(schema: &'a Schema, types: &'a OrderedMap<Schema>) -> &'a Schema {
    let mut schema = schema;
    // A chain of references is as long as the types at most (a cycle stops there).
    for _ in 0..=types.0.len() {
        let Some(name) = &schema.reference else {
            return schema;
        };
        match types.0.iter().find(|(n, _)| n == name) {
            Some((_, target)) => schema = target,
            None => return schema,
        }
    }
    schema
}

fn object<'a>(schema: &'a Schema, types: &'a OrderedMap<Schema>) -> Option<&'a OrderedMap<Schema>> {
    let schema = resolve(schema, types);
    (schema.kind == Some(Kind::Object)).then_some(schema.properties.as_ref())?
}

fn is_scalar(schema: &Schema) -> bool {
    schema.reference.is_none()
        && matches!(
            schema.kind,
            Some(Kind::String | Kind::Integer | Kind::Number)
        )
}
