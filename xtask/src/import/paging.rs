//! Which imported operations page: the request has a token field (`nextToken`, `cursor`, ...)
//! and the reply a next-token field (`nextToken`, `nextCursor`, ...), both scalars. The mark
//! names the reply's `hasMore` flag and its list of items when they sit beside the token, and
//! only then; anything ambiguous (two token fields, two lists) is left unmarked.
//!
//! Otherwise, an operation whose request counts pages (an integer `pageNumber` or `pageNo` with
//! an integer `pageSize`) or items (an integer `offset` with an integer `size`, `limit`,
//! `pageSize` or `maxResults`) pages by number or offset when its reply has one list that is
//! shallower than any other (the items); a `hasMore` flag and a total (`totalCount`, `total`,
//! `totalNum`, `totalCnt`, an integer) beside that list are named too.

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
/// Request fields that carry a page number, then the page size that goes with them.
const PAGE_NUMBERS: &[&str] = &["pageNumber", "pageNo"];
const PAGE_SIZE: &str = "pageSize";
/// The request field that carries an offset, then the sizes that go with it.
const OFFSET: &str = "offset";
const OFFSET_SIZES: &[&str] = &["size", "limit", "pageSize", "maxResults"];
/// Reply fields beside the items that count them all.
const TOTALS: &[&str] = &["totalCount", "total", "totalNum", "totalCnt"];
/// How deep a reply's token may sit (`result.page.nextToken` is three).
const MAX_DEPTH: usize = 3;

/// Marks every operation of `spec` that pages.
pub fn mark(spec: &mut SpecFile) {
    let types = spec.types.clone();
    for (_, op) in &mut spec.operations.0 {
        op.pagination = detect(op, &types).or_else(|| detect_counted(op, &types));
    }
}

/// The request's plain fields: query parameters, then the members of an inline body object.
fn request_fields(op: &OperationSpec) -> impl Iterator<Item = &(String, Schema)> {
    let body_fields = op
        .body
        .as_ref()
        .filter(|b| b.reference.is_none() && b.kind == Some(Kind::Object))
        .and_then(|b| b.properties.as_ref());
    op.query
        .0
        .iter()
        .chain(body_fields.into_iter().flat_map(|p| &p.0))
}

fn detect(op: &OperationSpec, types: &OrderedMap<Schema>) -> Option<PaginationSpec> {
    let tokens: Vec<&String> = request_fields(op)
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
                    token: Some(token.clone()),
                    next: Some(dotted(wire)),
                    items,
                    has_more,
                    ..PaginationSpec::default()
                });
            }
            _ => return None,
        }
    }
    None
}

/// Paging by page number or offset: the request's counter and size, the reply's one shallowest
/// list, and the flag and total beside it.
fn detect_counted(op: &OperationSpec, types: &OrderedMap<Schema>) -> Option<PaginationSpec> {
    let integer = |wire: &str| {
        request_fields(op).any(|(w, s)| w == wire && s.style.is_none() && is_integer(s))
    };
    let (page, offset, size) = if let Some(page) = PAGE_NUMBERS.iter().find(|w| integer(w)) {
        if !integer(PAGE_SIZE) {
            return None;
        }
        (Some(page), None, PAGE_SIZE)
    } else if integer(OFFSET) {
        let size = OFFSET_SIZES.iter().find(|w| integer(w))?;
        (None, Some(OFFSET), *size)
    } else {
        return None;
    };
    let reply = op.response.as_ref()?.body.as_ref()?;
    // The shallowest level holding a list; two lists there is ambiguous.
    let mut level = vec![(Vec::<String>::new(), reply)];
    for _ in 0..MAX_DEPTH {
        let mut found = Vec::new();
        let mut deeper = Vec::new();
        for (path, schema) in &level {
            let Some(properties) = object(schema, types) else {
                continue;
            };
            for (wire, field) in &properties.0 {
                let mut below = path.clone();
                below.push(wire.clone());
                if field.style.is_none() && resolve(field, types).kind == Some(Kind::Array) {
                    found.push((below.clone(), properties));
                }
                deeper.push((below, field));
            }
        }
        match &found[..] {
            [] => level = deeper,
            [(items, siblings)] => {
                let beside = |name: &str| {
                    let mut full = items[..items.len() - 1].to_vec();
                    full.push(name.to_owned());
                    full.join(".")
                };
                let sibling = |names: &[&str], fits: &dyn Fn(&Schema) -> bool| {
                    names.iter().find_map(|name| {
                        siblings
                            .0
                            .iter()
                            .find(|(w, s)| {
                                w == name && s.style.is_none() && fits(resolve(s, types))
                            })
                            .map(|(w, _)| beside(w))
                    })
                };
                return Some(PaginationSpec {
                    page: page.map(|p| (*p).to_owned()),
                    offset: offset.map(str::to_owned),
                    size: Some(size.to_owned()),
                    items: Some(items.join(".")),
                    has_more: sibling(&["hasMore"], &|s| s.kind == Some(Kind::Boolean)),
                    total: sibling(TOTALS, &is_integer),
                    ..PaginationSpec::default()
                });
            }
            _ => return None,
        }
    }
    None
}

fn is_integer(schema: &Schema) -> bool {
    schema.reference.is_none() && schema.kind == Some(Kind::Integer)
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

#[cfg(test)]
mod tests {
    use codegen::SpecSource;

    use super::*;

    const SPEC: &str = r#"
module: counted_1_0
defaults: { base_url: "https://api.dingtalk.com" }
types:
  Page: { type: object, properties: { rows: { type: array, items: { type: string } }, totalCount: { type: integer }, hasMore: { type: boolean } } }
operations:
  ListByNumber:
    method: GET
    path: /v1.0/rows
    query: { pageNumber: { type: integer }, pageSize: { type: integer } }
    response: { body: { type: object, properties: { result: { ref: Page } } } }
  SearchByOffset:
    method: POST
    path: /v1.0/rows/search
    body: { type: object, properties: { offset: { type: integer }, limit: { type: integer } } }
    response: { body: { type: object, properties: { list: { type: array, items: { type: string } } } } }
  TwoLists:
    method: GET
    path: /v1.0/rows/two
    query: { pageNo: { type: integer }, pageSize: { type: integer } }
    response: { body: { type: object, properties: { a: { type: array, items: { type: string } }, b: { type: array, items: { type: string } } } } }
  NoSize:
    method: GET
    path: /v1.0/rows/nosize
    query: { pageNumber: { type: integer } }
    response: { body: { ref: Page } }
"#;

    fn marks() -> Vec<(String, Option<PaginationSpec>)> {
        let mut spec = codegen::parse(SpecSource {
            path: "api-spec/counted_1_0.yaml",
            text: SPEC,
        })
        .unwrap();
        mark(&mut spec);
        spec.operations
            .0
            .into_iter()
            .map(|(name, op)| (name, op.pagination))
            .collect()
    }

    #[test]
    fn page_numbers_and_offsets_are_marked_with_the_list_flag_and_total_beside_them() {
        let marks = marks();
        assert_eq!(
            marks[0].1,
            Some(PaginationSpec {
                page: Some("pageNumber".into()),
                size: Some("pageSize".into()),
                items: Some("result.rows".into()),
                has_more: Some("result.hasMore".into()),
                total: Some("result.totalCount".into()),
                ..PaginationSpec::default()
            })
        );
        assert_eq!(
            marks[1].1,
            Some(PaginationSpec {
                offset: Some("offset".into()),
                size: Some("limit".into()),
                items: Some("list".into()),
                ..PaginationSpec::default()
            })
        );
        // Two lists: which holds the items is not guessed; a page number without a size is
        // not counted paging.
        assert_eq!(marks[2].1, None);
        assert_eq!(marks[3].1, None);
    }
}
