//! `pagination`: checks that the request field (token, page number or offset) is a scalar of
//! the request, that the keys fit the way the operation pages, and that the reply paths lead
//! where they say (a scalar token, a boolean flag, a list of items, a whole-number total), and
//! resolves them for the paginator.

use super::Lowering;
use crate::ir::{Field, PageMode, Paging, Place, QueryStyle, Ty, TypeKind};
use crate::names::snake_name;
use crate::spec::PaginationSpec;
use crate::yaml::KeyPath;

/// What a reply path must lead to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Leaf {
    Token,
    Flag,
    List,
    Count,
}

impl Lowering<'_> {
    /// The paging of operation `name`, whose request struct (if any) and reply type are
    /// already lowered. `path` is the operation's key path.
    pub(super) fn paging(
        &mut self,
        name: &str,
        spec: &PaginationSpec,
        request: Option<usize>,
        response: Option<&Ty>,
        path: &KeyPath,
    ) -> Option<Paging> {
        let at = path.key("pagination");
        let ways = [
            (PageMode::Token, &spec.token, "token"),
            (PageMode::Number, &spec.page, "page"),
            (PageMode::Offset, &spec.offset, "offset"),
        ];
        let given: Vec<(PageMode, &String, &str)> = ways
            .iter()
            .filter_map(|(mode, field, key)| field.as_ref().map(|f| (*mode, f, *key)))
            .collect();
        let [(mode, field, key)] = given[..] else {
            self.problems.report(
                &at,
                "`pagination` names exactly one of `token` (a page token from the reply), `page` (a page number) and `offset`",
            );
            return None;
        };
        // Keys that do not fit the way the operation pages, each with why.
        let mut misfits: Vec<(Option<&str>, &str)> = Vec::new();
        if mode == PageMode::Token {
            if spec.next.is_none() {
                misfits.push((None, "a `token` pagination names `next`, the reply field holding the next page's token"));
            }
            for (key, value) in [("size", &spec.size), ("total", &spec.total)] {
                if value.is_some() {
                    misfits.push((
                        Some(key),
                        "goes with `page` or `offset`; token pages end by `next` and `has_more`",
                    ));
                }
            }
        } else {
            if spec.next.is_some() {
                misfits.push((
                    Some("next"),
                    "goes with `token`; counted pages have no next token",
                ));
            }
            // Without a list of items a paginator yields pages only; something else must then
            // end them, and an offset, which counts items, has nothing to advance by.
            if spec.items.is_none() {
                if mode == PageMode::Offset {
                    misfits.push((None, "an `offset` pagination names its `items`: the offset advances by the items each page held (by the page size instead, it would skip what a server leaves out of a capped page)"));
                } else if spec.has_more.is_none() && spec.total.is_none() {
                    misfits.push((None, "a `page` pagination without `items` names `has_more` or `total`: without a list, no page is seen empty, and only they end the pages"));
                } else if spec.total.is_some() && spec.size.is_none() {
                    misfits.push((Some("total"), "a `page` pagination without `items` that ends by `total` names `size`: the items before a page are counted as its page number times the page size"));
                }
            }
        }
        let fits = misfits.is_empty();
        for (key, message) in misfits {
            let here = match key {
                Some(key) => at.key(key),
                None => at.clone(),
            };
            self.problems.report(&here, message);
        }
        let token = match mode {
            PageMode::Token => self.paging_token(field, request, &at.key(key)),
            _ => self
                .paging_counter(field, request, &at.key(key))
                .map(|in_query| (in_query, true)),
        };
        let size = match &spec.size {
            Some(wire) => self
                .paging_counter(wire, request, &at.key("size"))
                .map(|in_query| Some((wire.clone(), in_query))),
            None => Some(None),
        };
        let Some(response) = response else {
            self.problems.report(
                &at,
                "an operation that pages has a reply body (`response.body`)",
            );
            return None;
        };
        let reply_path =
            |this: &mut Self, value: &Option<String>, leaf: Leaf, key: &str| match value {
                Some(p) => this.reply_path(p, response, leaf, &at.key(key)).map(Some),
                None => Some(None),
            };
        let next = reply_path(self, &spec.next, Leaf::Token, "next");
        let has_more = reply_path(self, &spec.has_more, Leaf::Flag, "has_more");
        let items = reply_path(self, &spec.items, Leaf::List, "items");
        let total = reply_path(self, &spec.total, Leaf::Count, "total");
        let ((token_in_query, numeric), size, next, has_more, items, total) =
            (token?, size?, next?, has_more?, items?, total?);
        if !fits {
            return None;
        }
        let segments = |found: Option<(Vec<String>, Ty)>| found.map(|(s, _)| s).unwrap_or_default();
        Some(Paging {
            fn_name: snake_name(&format!("{name}_pages")),
            mode,
            token: field.clone(),
            token_in_query,
            numeric,
            next: segments(next),
            has_more: segments(has_more),
            items,
            total: segments(total),
            size,
        })
    }

    /// A request field of the paging operation: where it travels (`true`: the query) and its
    /// type, or a problem reported at `at`.
    fn paging_field(
        &mut self,
        wire: &str,
        request: Option<usize>,
        at: &KeyPath,
    ) -> Option<(bool, Ty)> {
        let field = request
            .and_then(|i| match &self.types[i].kind {
                TypeKind::Struct(fields) => fields.iter().find(|f| f.wire == wire),
                TypeKind::Enum(_) => None,
            })
            .map(|f| (f.place, f.ty.clone()));
        let Some((place, ty)) = field else {
            self.problems.report(
                at,
                format!("the request has no field `{wire}` (a query parameter or a member of the body object)"),
            );
            return None;
        };
        match place {
            Place::Query(QueryStyle::Plain) => Some((true, ty)),
            Place::Body { json: false } => Some((false, ty)),
            _ => {
                self.problems.report(
                    at,
                    format!(
                        "`{wire}` must be a plain query parameter or a member of the body object"
                    ),
                );
                None
            }
        }
    }

    /// Where the token field travels (query or body) and whether it is a number.
    fn paging_token(
        &mut self,
        wire: &str,
        request: Option<usize>,
        at: &KeyPath,
    ) -> Option<(bool, bool)> {
        let (in_query, ty) = self.paging_field(wire, request, at)?;
        match ty {
            Ty::String => Some((in_query, false)),
            Ty::Integer | Ty::Number => Some((in_query, true)),
            _ => {
                self.problems.report(
                    at,
                    format!("`{wire}` must be a string or a number to carry a page token"),
                );
                None
            }
        }
    }

    /// Where a page number, offset or page size travels (query or body): a whole number.
    fn paging_counter(&mut self, wire: &str, request: Option<usize>, at: &KeyPath) -> Option<bool> {
        let (in_query, ty) = self.paging_field(wire, request, at)?;
        if ty == Ty::Integer {
            return Some(in_query);
        }
        self.problems.report(
            at,
            format!("`{wire}` must be an integer to count pages or items"),
        );
        None
    }

    /// Follows a dotted path of wire names through the reply's objects.
    fn reply_path(
        &mut self,
        dotted: &str,
        response: &Ty,
        leaf: Leaf,
        at: &KeyPath,
    ) -> Option<(Vec<String>, Ty)> {
        let segments: Vec<String> = dotted.split('.').map(str::to_owned).collect();
        if segments.iter().any(String::is_empty) {
            self.problems.report(
                at,
                "a reply field is a dotted path of wire names, like `result.nextToken`",
            );
            return None;
        }
        let mut ty = response.clone();
        for (depth, segment) in segments.iter().enumerate() {
            let field: Option<&Field> = match &ty {
                Ty::Named(i) => match &self.types[*i].kind {
                    TypeKind::Struct(fields) => fields.iter().find(|f| f.wire == *segment),
                    TypeKind::Enum(_) => None,
                },
                _ => None,
            };
            let shown = segments[..=depth].join(".");
            let Some(field) = field else {
                self.problems.report(
                    at,
                    format!("the reply has no field `{shown}` (objects only, by wire name)"),
                );
                return None;
            };
            if field.place == (Place::Body { json: true }) {
                self.problems.report(
                    at,
                    format!(
                        "`{shown}` travels as a JSON string (`style: json`); a page field cannot"
                    ),
                );
                return None;
            }
            ty = field.ty.clone();
        }
        let fits = matches!(
            (leaf, &ty),
            (Leaf::Token, Ty::String | Ty::Integer | Ty::Number)
                | (Leaf::Flag, Ty::Boolean)
                | (Leaf::List, Ty::List(_))
                | (Leaf::Count, Ty::Integer)
        );
        if !fits {
            let wanted = match leaf {
                Leaf::Token => "a string or a number (the next page's token)",
                Leaf::Flag => "a boolean",
                Leaf::List => "a list (`type: array`)",
                Leaf::Count => "an integer (the total number of items)",
            };
            self.problems
                .report(at, format!("`{dotted}` must be {wanted}"));
            return None;
        }
        let ty = match ty {
            Ty::List(item) => *item,
            other => other,
        };
        Some((segments, ty))
    }
}
