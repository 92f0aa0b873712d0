//! The benchmark's API module: N copies of CreateTask, each its own operation and path, with
//! the types CreateTask uses.

use std::fs;
use std::path::Path;

use codegen::SpecSource;

/// A module of `ops` copies of CreateTask (each with its own path) and the types they use.
pub fn spec(root: &Path, ops: usize) -> Result<String, String> {
    let path = "api-spec/team_sphere_1_0.yaml";
    let text = fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"))?;
    let spec = codegen::parse(SpecSource { path, text: &text }).map_err(|e| format!("{e:?}"))?;
    let (_, create_task) = spec
        .operations
        .0
        .iter()
        .find(|(name, _)| name == "CreateTask")
        .ok_or("api-spec/team_sphere_1_0.yaml has no CreateTask")?;
    let mut synthetic = spec.clone();
    synthetic.module = "scale_1_0".to_owned();
    synthetic.operations.0 = (0..ops)
        .map(|i| {
            let mut op = create_task.clone();
            op.path = format!("{}{i}", op.path);
            (format!("CreateTask{i}"), op)
        })
        .collect();
    // Only the types CreateTask reaches.
    let mut used: Vec<String> = Vec::new();
    let mut pending = Vec::new();
    let op = create_task;
    for (_, schema) in op
        .query
        .0
        .iter()
        .chain(&op.headers.0)
        .chain(&op.path_params.0)
    {
        refs(schema, &mut pending);
    }
    for schema in op
        .body
        .iter()
        .chain(op.response.iter().filter_map(|r| r.body.as_ref()))
    {
        refs(schema, &mut pending);
    }
    while let Some(name) = pending.pop() {
        if used.contains(&name) {
            continue;
        }
        if let Some((_, schema)) = spec.types.0.iter().find(|(n, _)| *n == name) {
            refs(schema, &mut pending);
        }
        used.push(name);
    }
    synthetic.types.0 = spec
        .types
        .0
        .iter()
        .filter(|(name, _)| used.contains(name))
        .cloned()
        .collect();
    Ok(crate::import::spec_text(&synthetic))
}

/// The named types a schema refers to, at any depth.
fn refs(schema: &codegen::spec::Schema, out: &mut Vec<String>) {
    out.extend(schema.reference.iter().cloned());
    if let Some(properties) = &schema.properties {
        for (_, property) in &properties.0 {
            refs(property, out);
        }
    }
    for inner in schema.items.iter().chain(&schema.values) {
        refs(inner, out);
    }
}
