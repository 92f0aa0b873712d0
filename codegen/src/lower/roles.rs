//! Which types are sent and which are read.

use crate::ir::{Operation, Ty, TypeDef, TypeKind};

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
