//! `pagination`: checks that the token field is a scalar of the request and that the reply
//! paths lead where they say (a scalar token, a boolean flag, a list of items), and resolves
//! them for the paginator.

use super::Lowering;
use crate::ir::{Field, Paging, Place, QueryStyle, Ty, TypeKind};
use crate::names::snake_name;
use crate::spec::PaginationSpec;
use crate::yaml::KeyPath;

/// What a reply path must lead to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Leaf {
    Token,
    Flag,
    List,
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
        let token = self.paging_token(&spec.token, request, &at.key("token"));
        let Some(response) = response else {
            self.problems.report(
                &at,
                "an operation that pages has a reply body (`response.body`)",
            );
            return None;
        };
        let next = self.reply_path(&spec.next, response, Leaf::Token, &at.key("next"));
        let has_more = match &spec.has_more {
            Some(p) => self
                .reply_path(p, response, Leaf::Flag, &at.key("has_more"))
                .map(|(segments, _)| segments),
            None => Some(Vec::new()),
        };
        let items = match &spec.items {
            Some(p) => self
                .reply_path(p, response, Leaf::List, &at.key("items"))
                .map(Some),
            None => Some(None),
        };
        let ((token_in_query, numeric), (next, _), has_more, items) =
            (token?, next?, has_more?, items?);
        Some(Paging {
            fn_name: snake_name(&format!("{name}_pages")),
            token: spec.token.clone(),
            token_in_query,
            numeric,
            next,
            has_more,
            items,
        })
    }

    /// Where the token field travels (query or body) and whether it is a number.
    fn paging_token(
        &mut self,
        wire: &str,
        request: Option<usize>,
        at: &KeyPath,
    ) -> Option<(bool, bool)> {
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
        let in_query = match place {
            Place::Query(QueryStyle::Plain) => true,
            Place::Body { json: false } => false,
            _ => {
                self.problems.report(
                    at,
                    format!(
                        "`{wire}` must be a plain query parameter or a member of the body object"
                    ),
                );
                return None;
            }
        };
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
        );
        if !fits {
            let wanted = match leaf {
                Leaf::Token => "a string or a number (the next page's token)",
                Leaf::Flag => "a boolean",
                Leaf::List => "a list (`type: array`)",
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
