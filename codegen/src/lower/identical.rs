//! Models that are the same in all but name are emitted once: the first keeps its struct, the
//! others become type aliases of it under their own names. A third of the imported API's
//! models repeat another of their module (`...ResponseBodyResult` with the same fields), and
//! each struct costs compile time for every user of the module.

use std::collections::BTreeMap;

use crate::ir::{Ty, TypeDef, TypeKind};

/// Sets `alias_of` on every model identical to an earlier one: same roles, documentation,
/// fields (wire and Rust names, places, required, boxing, documentation) and field types, the
/// models they refer to being identical in turn. Operation request structs stay themselves.
pub(super) fn alias_identical(types: &mut [TypeDef]) {
    // Partition refinement: start from what a model says about itself, then split classes by
    // the classes of the models its fields name, until nothing splits any more.
    let own: Vec<String> = types
        .iter()
        .enumerate()
        .map(|(i, def)| own_signature(i, def))
        .collect();
    let mut class = numbered(&own);
    loop {
        let refined: Vec<String> = types
            .iter()
            .enumerate()
            .map(|(i, def)| {
                let targets: Vec<String> =
                    named_targets(def).map(|j| class[j].to_string()).collect();
                format!("{}|{}", class[i], targets.join(","))
            })
            .collect();
        let next = numbered(&refined);
        let count = |c: &[usize]| c.iter().max().map_or(0, |m| m + 1);
        let stable = count(&next) == count(&class);
        class = next;
        if stable {
            break;
        }
    }
    let mut first: BTreeMap<usize, usize> = BTreeMap::new();
    for i in 0..types.len() {
        match first.get(&class[i]) {
            Some(&rep) => types[i].alias_of = Some(rep),
            None => {
                first.insert(class[i], i);
            }
        }
    }
}

/// Dense class numbers for equal strings, in order of first appearance.
fn numbered(signatures: &[String]) -> Vec<usize> {
    let mut ids: BTreeMap<&str, usize> = BTreeMap::new();
    signatures
        .iter()
        .map(|s| {
            let next = ids.len();
            *ids.entry(s).or_insert(next)
        })
        .collect()
}

fn named_targets(def: &TypeDef) -> impl Iterator<Item = usize> + '_ {
    let fields = match &def.kind {
        TypeKind::Struct(fields) => fields.as_slice(),
        TypeKind::Enum(_) => &[],
    };
    fields.iter().flat_map(|f| {
        let mut out = Vec::new();
        collect(&f.ty, &mut out);
        out
    })
}

fn collect(ty: &Ty, out: &mut Vec<usize>) {
    match ty {
        Ty::List(inner) | Ty::Map(inner) => collect(inner, out),
        Ty::Named(i) => out.push(*i),
        _ => {}
    }
}

/// Everything about a model but its name and the identity of the models it names.
fn own_signature(index: usize, def: &TypeDef) -> String {
    if def.op_request.is_some() {
        // An operation's request struct has its own `WriteRequest`: never shared.
        return format!("request #{index}");
    }
    if def.push.is_some() {
        // A pushed payload has its own impl of the push trait: never shared.
        return format!("push #{index}");
    }
    let mut s = format!(
        "{} {} {:?} {:?}|",
        def.in_request, def.in_response, def.keeps_unknown, def.doc
    );
    match &def.kind {
        TypeKind::Enum(values) => {
            s.push_str("enum");
            for v in values {
                s.push_str(&format!("|{:?}={}", v.wire, v.name));
            }
        }
        TypeKind::Struct(fields) => {
            s.push_str("struct");
            for f in fields {
                s.push_str(&format!(
                    "|{:?} {} {} {} {:?} {:?} {}",
                    f.wire,
                    f.name,
                    f.required,
                    f.boxed,
                    f.place,
                    f.doc,
                    shape(&f.ty)
                ));
            }
        }
    }
    s
}

/// A type with the models it names left out (they are compared by class).
fn shape(ty: &Ty) -> String {
    match ty {
        Ty::List(inner) => format!("[{}]", shape(inner)),
        Ty::Map(inner) => format!("{{{}}}", shape(inner)),
        Ty::Named(_) => "N".to_owned(),
        other => format!("{other:?}"),
    }
}
