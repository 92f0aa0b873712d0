//! Which types are sent and which are read.

use crate::ir::{Operation, Ty, TypeDef, TypeKind};
use crate::names::{Scope, snake_name};

/// Marks which types are sent and which are read, following fields from the operations.
pub(super) fn mark_roles(types: &mut [TypeDef], operations: &[Operation]) {
    fn walk(types: &mut [TypeDef], ty: &Ty, request: bool) {
        match ty {
            Ty::List(inner) | Ty::Map(inner) => walk(types, inner, request),
            Ty::Named(i) => {
                let def = &mut types[*i];
                let seen = if request {
                    &mut def.in_request
                } else {
                    &mut def.in_response
                };
                if *seen {
                    return;
                }
                *seen = true;
                let inner: Vec<Ty> = match &def.kind {
                    TypeKind::Struct(fields) => fields.iter().map(|f| f.ty.clone()).collect(),
                    TypeKind::Enum(_) => Vec::new(),
                };
                for ty in &inner {
                    walk(types, ty, request);
                }
            }
            _ => {}
        }
    }
    for op in operations {
        if let Some(i) = op.request {
            walk(types, &Ty::Named(i), true);
        }
        if let Some(ty) = &op.response {
            walk(types, ty, false);
        }
    }
    // A named type no operation uses yet is generated for both directions.
    for def in types.iter_mut().filter(|d| !d.in_request && !d.in_response) {
        def.in_request = true;
        def.in_response = true;
    }
}

/// Boxes the fields through which a struct contains itself (directly or through other structs),
/// so recursive models have a size. Lists and maps already hold their items on the heap.
pub(super) fn box_cycles(types: &mut [TypeDef]) {
    // `reaches[i]`: the structs `i` holds inline, directly or transitively.
    let inline = |def: &TypeDef| -> Vec<usize> {
        match &def.kind {
            TypeKind::Struct(fields) => fields
                .iter()
                .filter_map(|f| match f.ty {
                    Ty::Named(j) => Some(j),
                    _ => None,
                })
                .collect(),
            TypeKind::Enum(_) => Vec::new(),
        }
    };
    let edges: Vec<Vec<usize>> = types.iter().map(inline).collect();
    let reaches = |from: usize, to: usize| -> bool {
        let mut seen = vec![false; edges.len()];
        let mut stack = vec![from];
        while let Some(i) = stack.pop() {
            if i == to {
                return true;
            }
            if !std::mem::replace(&mut seen[i], true) {
                stack.extend(&edges[i]);
            }
        }
        false
    };
    let mut boxed = Vec::new();
    for (i, targets) in edges.iter().enumerate() {
        for (n, &j) in targets.iter().enumerate() {
            if reaches(j, i) {
                boxed.push((i, n));
            }
        }
    }
    for (i, n) in boxed {
        let TypeKind::Struct(fields) = &mut types[i].kind else {
            continue;
        };
        let mut named = fields.iter_mut().filter(|f| matches!(f.ty, Ty::Named(_)));
        if let Some(field) = named.nth(n) {
            field.boxed = true;
        }
    }
}

/// Marks the types pushed payloads reach: read and written (tests and fakes send them), and,
/// for structs, the name of the field that keeps members this version does not know.
pub(super) fn mark_pushed(types: &mut [TypeDef], roots: &[Ty]) {
    fn walk(types: &mut [TypeDef], ty: &Ty) {
        match ty {
            Ty::List(inner) | Ty::Map(inner) => walk(types, inner),
            Ty::Named(i) => {
                let def = &mut types[*i];
                if def.keeps_unknown.is_some() {
                    return;
                }
                def.in_request = true;
                def.in_response = true;
                let inner: Vec<Ty> = match &def.kind {
                    TypeKind::Struct(fields) => {
                        let taken: Vec<&str> = fields
                            .iter()
                            .map(|f| f.name.as_str().trim_start_matches("r#"))
                            .collect();
                        let mut scope = Scope::with_reserved(&taken);
                        def.keeps_unknown = Some(scope.claim(snake_name("other")));
                        fields.iter().map(|f| f.ty.clone()).collect()
                    }
                    TypeKind::Enum(_) => Vec::new(),
                };
                for ty in &inner {
                    walk(types, ty);
                }
            }
            _ => {}
        }
    }
    for root in roots {
        walk(types, root);
    }
}
