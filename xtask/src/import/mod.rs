//! `cargo xtask import`: the specs of the whole API from the official Python package.
//!
//! The pinned package (the environment of `python_env`) is read by `xtask/import/extract.py`
//! (Python's `ast`, the package is never imported), converted to one
//! spec per module, merged with what people added to the specs already on disk, and written to
//! `api-spec/`. Running it twice changes nothing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::SpecSource;

mod convert;
mod merge;
mod package;
mod paging;
mod write;

const EXTRACT: &str = "xtask/import/extract.py";

/// The first lines of every imported spec.
const HEADER: &str = "\
Imported from the official package alibabacloud-dingtalk 2.2.65 by `cargo xtask import`.
Structure comes from the package. Descriptions, enum values, `deprecated`, error tables and
`pagination` added here are kept by the next import (api-spec/README.md, \"Imported specs\").";

/// A spec as the importer writes it, without the import header.
pub fn spec_text(spec: &codegen::spec::SpecFile) -> String {
    write::spec_text(spec, "")
}

/// What an import did.
#[derive(Debug)]
pub struct Summary {
    pub modules: usize,
    pub operations: usize,
    pub types: usize,
    pub written: Vec<String>,
}

/// Prepares the pinned environment, reads the package, writes the specs.
pub fn run(root: &Path) -> Result<Summary, Vec<String>> {
    let package_dir = package_dir(root).map_err(|e| vec![e])?;
    let json = extract(root, &package_dir).map_err(|e| vec![e])?;
    apply(root, &json)
}

/// The package's folder in the pinned environment (read as files, never imported).
fn package_dir(root: &Path) -> Result<PathBuf, String> {
    let python = crate::python_env::pinned_python(root)?;
    let out = run_command(Command::new(&python).args([
        "-c",
        "import sysconfig; print(sysconfig.get_paths()['purelib'])",
    ]))?;
    let site = String::from_utf8_lossy(&out).trim().to_owned();
    let dir = Path::new(&site).join("alibabacloud_dingtalk");
    if dir.is_dir() {
        Ok(dir)
    } else {
        Err(format!("alibabacloud_dingtalk is not in {site}"))
    }
}

fn run_command(command: &mut Command) -> Result<Vec<u8>, String> {
    let shown = format!("{command:?}");
    let output = command
        .output()
        .map_err(|e| format!("{shown} could not start: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{shown} failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(output.stdout)
}

/// The package's structure as JSON (`package::Package`).
pub fn extract(root: &Path, package_dir: &Path) -> Result<String, String> {
    let out = run_command(
        Command::new("python3")
            .arg(root.join(EXTRACT))
            .arg(package_dir),
    )?;
    String::from_utf8(out).map_err(|e| format!("{EXTRACT} printed invalid UTF-8: {e}"))
}

/// Writes one spec per module of `json`, keeping what people added to the existing specs.
pub fn apply(root: &Path, json: &str) -> Result<Summary, Vec<String>> {
    let package: package::Package =
        serde_json::from_str(json).map_err(|e| vec![format!("{EXTRACT} output: {e}")])?;
    let mut problems = Vec::new();
    let mut files = Vec::new();
    let mut summary = Summary {
        modules: 0,
        operations: 0,
        types: 0,
        written: Vec::new(),
    };
    for module in &package.modules {
        let mut spec = match convert::module_spec(module) {
            Ok(spec) => spec,
            Err(mut found) => {
                problems.append(&mut found);
                continue;
            }
        };
        let path = format!("{}/{}.yaml", crate::SPEC_DIR, module.module);
        if let Ok(text) = fs::read_to_string(root.join(&path)) {
            // A spec written by hand (like the legacy API's) is never overwritten, even if the
            // package gains a module of its name.
            if !text
                .trim_start_matches('\u{feff}')
                .starts_with("# Imported from")
            {
                problems.push(format!(
                    "{path}: written by hand (it does not start with the import header); \
                     the import does not overwrite it: rename one of them"
                ));
                continue;
            }
            match codegen::parse(SpecSource {
                path: &path,
                text: &text,
            }) {
                Ok(old) => merge::carry_over(&mut spec, &old),
                Err(errors) => problems.extend(errors.iter().map(ToString::to_string)),
            }
        }
        summary.modules += 1;
        summary.operations += spec.operations.0.len();
        summary.types += spec.types.0.len();
        files.push((path, write::spec_text(&spec, HEADER)));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for (path, text) in files {
        match crate::ensure_file_contents(&root.join(&path), &text, crate::Mode::Write) {
            Ok(true) => summary.written.push(path),
            Ok(false) => {}
            Err(e) => return Err(vec![format!("{path}: {e}")]),
        }
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A package of one module, as `extract.py` prints it: a split request (query and body), a
    /// shrink field, a flattened list, an extra header, a recursive model and a boolean reply.
    const PACKAGE: &str = r#"{"modules": [{"module": "demo_1_0", "operations": [
      {"name": "queryThings", "summary": "查询", "method": "POST",
       "path": "/v1.0/demo/users/{user_id}/things", "path_args": [{"name": "user_id", "type": {"kind": "string"}}],
       "auth": "AK", "body_type": "json", "style": "ROA",
       "request_model": "QueryThingsRequest", "headers_model": "QueryThingsHeaders", "response_model": "QueryThingsResponse",
       "query": [{"wire": "ids", "field": "ids", "style": "json"}, {"wire": "names", "field": "names", "style": "simple"}, {"wire": "items", "field": "items"}],
       "body": [{"wire": "node", "field": "node"}], "whole_body": null,
       "headers": [{"wire": "x-acs-dingtalk-access-token", "field": "x_acs_dingtalk_access_token"}, {"wire": "userAgent", "field": "user_agent"}]},
      {"name": "IsOpen", "summary": null, "method": "GET", "path": "/v1.0/demo/open", "path_args": [],
       "auth": "Anonymous", "body_type": "boolean", "style": "ROA",
       "request_model": null, "headers_model": null, "response_model": "IsOpenResponse",
       "query": [], "body": [], "whole_body": null, "headers": []}],
     "models": {
      "QueryThingsRequest": {"fields": [
        {"py": "ids", "wire": "ids", "type": {"kind": "list", "items": {"kind": "string"}}, "required": true},
        {"py": "names", "wire": "names", "type": {"kind": "list", "items": {"kind": "string"}}, "required": false},
        {"py": "items", "wire": "items", "type": {"kind": "list", "items": {"kind": "model", "name": "Item"}}, "required": false},
        {"py": "node", "wire": "node", "type": {"kind": "model", "name": "Node"}, "required": false}]},
      "QueryThingsHeaders": {"fields": [
        {"py": "x_acs_dingtalk_access_token", "wire": "x-acs-dingtalk-access-token", "type": {"kind": "string"}, "required": false},
        {"py": "user_agent", "wire": "userAgent", "type": {"kind": "string"}, "required": false}]},
      "QueryThingsResponse": {"fields": [{"py": "body", "wire": "body", "type": {"kind": "model", "name": "QueryThingsResponseBody"}, "required": false}]},
      "QueryThingsResponseBody": {"fields": [{"py": "total", "wire": "total", "type": {"kind": "integer"}, "required": false}]},
      "Item": {"fields": [{"py": "name", "wire": "name", "type": {"kind": "string"}, "required": false}]},
      "Node": {"fields": [
        {"py": "parent", "wire": "parent", "type": {"kind": "model", "name": "Node"}, "required": false},
        {"py": "file", "wire": "file", "type": {"kind": "string"}, "required": false}]},
      "IsOpenResponse": {"fields": [{"py": "body", "wire": "body", "type": {"kind": "boolean"}, "required": false}]}
     }}]}"#;

    fn scratch(name: &str) -> PathBuf {
        let root = std::env::temp_dir().join(format!("xtask-import-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join(crate::SPEC_DIR)).unwrap();
        root
    }

    fn spec_path(root: &Path) -> PathBuf {
        spec_path_of(root, "demo_1_0")
    }

    fn spec_path_of(root: &Path, module: &str) -> PathBuf {
        root.join(crate::SPEC_DIR).join(format!("{module}.yaml"))
    }

    #[test]
    fn a_hand_written_spec_is_never_overwritten_nor_removed() {
        let root = scratch("hand-written");
        let hand =
            "module: demo_1_0\ndefaults:\n  base_url: https://oapi.dingtalk.com\noperations: {}\n";
        fs::write(spec_path(&root), hand).unwrap();
        let other =
            "module: oapi_demo\ndefaults:\n  base_url: https://oapi.dingtalk.com\noperations: {}\n";
        fs::write(spec_path_of(&root, "oapi_demo"), other).unwrap();
        let problems = apply(&root, PACKAGE).unwrap_err();
        assert!(problems[0].contains("written by hand"), "{problems:?}");
        assert_eq!(fs::read_to_string(spec_path(&root)).unwrap(), hand);
        assert_eq!(
            fs::read_to_string(spec_path_of(&root, "oapi_demo")).unwrap(),
            other
        );
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn an_import_writes_a_spec_the_generator_takes_and_a_second_changes_nothing() {
        let root = scratch("twice");
        let summary = apply(&root, PACKAGE).unwrap();
        assert_eq!(
            (summary.modules, summary.operations, summary.types),
            (1, 2, 3)
        );
        let text = fs::read_to_string(spec_path(&root)).unwrap();
        for line in [
            "  queryThings:",
            "    path: \"/v1.0/demo/users/{userId}/things\"",
            "      ids:\n        type: array\n        required: true\n        style: json\n        items: { type: string }\n",
            "      names:\n        type: array\n        style: simple\n        items: { type: string }\n",
            "      items:\n        type: array\n        style: flat\n        items: { ref: Item }\n",
            "      userAgent: { type: string }",
            "    auth: none",
            "      body: { type: boolean }",
            "      parent: { ref: Node }",
        ] {
            assert!(
                text.lines().any(|l| l == line) || text.contains(line),
                "{line:?} not in:\n{text}"
            );
        }
        assert!(!text.contains("x-acs-dingtalk-access-token: {"), "{text}");
        let module = codegen::generate_module(SpecSource {
            path: "api-spec/demo_1_0.yaml",
            text: &text,
        })
        .unwrap();
        assert!(module.contains("pub fn query_things("), "{module}");
        assert!(
            module.contains("pub parent: Option<Box<Node>>,"),
            "{module}"
        );
        assert!(module.contains("writer.query_flat(\"items\""), "{module}");

        assert!(apply(&root, PACKAGE).unwrap().written.is_empty());
        assert_eq!(fs::read_to_string(spec_path(&root)).unwrap(), text);
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn what_people_add_survives_a_re_import() {
        let root = scratch("survives");
        apply(&root, PACKAGE).unwrap();
        let text = fs::read_to_string(spec_path(&root)).unwrap();
        // A person documents the module, an operation, a path parameter, a query field, a
        // field of a named type, an enum and the error table, and marks an operation deprecated.
        let edited = text
            .replace("module: demo_1_0\n", "module: demo_1_0\ndescription: 演示模块。\naliases: [演示, Demo]\n")
            .replace("    summary: 查询\n", "    summary: 查询\n    description: 按条件查询。\n    deprecated: true\n")
            .replace("      userId: { type: string }", "      userId: { type: string, description: 用户。 }")
            .replace(
                "        style: simple\n        items: { type: string }\n",
                "        style: simple\n        description: 名称。\n        items: { type: string, enum: [a, b] }\n",
            )
            .replace("      file: { type: string }", "      file: { type: string, description: 文件。 }")
            ;
        let edited = edited.replace(
            "    response:\n      body: { ref: QueryThingsResponseBody }\n",
            "    response:\n      description: 结果。\n      body: { ref: QueryThingsResponseBody }\n    errors:\n      - { status: 400, code: user.not.exist, message: user not exist }\n",
        );
        assert_ne!(edited, text, "the edits apply");
        fs::write(spec_path(&root), &edited).unwrap();

        // The package changes: a new body field; the re-import keeps every addition.
        let changed = PACKAGE.replace(
            r#"{"wire": "node", "field": "node"}"#,
            r#"{"wire": "node", "field": "node"}, {"wire": "note", "field": "ids"}"#,
        );
        apply(&root, &changed).unwrap();
        let again = fs::read_to_string(spec_path(&root)).unwrap();
        for kept in [
            "description: 演示模块。",
            "aliases: [演示, Demo]",
            "description: 按条件查询。",
            "deprecated: true",
            "userId: { type: string, description: 用户。 }",
            "description: 名称。",
            "enum: [a, b]",
            "file: { type: string, description: 文件。 }",
            "description: 结果。",
            "- { status: 400, code: user.not.exist, message: user not exist }",
            "note:",
        ] {
            assert!(again.contains(kept), "{kept:?} lost:\n{again}");
        }
        // And again: nothing left to change.
        assert!(apply(&root, &changed).unwrap().written.is_empty());
        fs::remove_dir_all(&root).unwrap();
    }

    /// Two operations that page (the token in the query, a cursor in the body and the next
    /// one nested in the reply) and one whose reply has no token.
    const PAGED: &str = r#"{"modules": [{"module": "paged_1_0", "operations": [
      {"name": "ListThings", "summary": null, "method": "GET", "path": "/v1.0/paged/things", "path_args": [],
       "auth": "AK", "body_type": "json", "style": "ROA",
       "request_model": "ListThingsRequest", "headers_model": null, "response_model": "ListThingsResponse",
       "query": [{"wire": "maxResults", "field": "max_results"}, {"wire": "nextToken", "field": "next_token"}],
       "body": [], "whole_body": null, "headers": []},
      {"name": "QueryIds", "summary": null, "method": "POST", "path": "/v1.0/paged/ids", "path_args": [],
       "auth": "AK", "body_type": "json", "style": "ROA",
       "request_model": "QueryIdsRequest", "headers_model": null, "response_model": "QueryIdsResponse",
       "query": [], "body": [{"wire": "cursor", "field": "cursor"}], "whole_body": null, "headers": []},
      {"name": "GetThing", "summary": null, "method": "GET", "path": "/v1.0/paged/thing", "path_args": [],
       "auth": "AK", "body_type": "json", "style": "ROA",
       "request_model": "ListThingsRequest", "headers_model": null, "response_model": "GetThingResponse",
       "query": [{"wire": "nextToken", "field": "next_token"}], "body": [], "whole_body": null, "headers": []}],
     "models": {
      "ListThingsRequest": {"fields": [
        {"py": "max_results", "wire": "maxResults", "type": {"kind": "integer"}, "required": false},
        {"py": "next_token", "wire": "nextToken", "type": {"kind": "string"}, "required": false}]},
      "ListThingsResponse": {"fields": [{"py": "body", "wire": "body", "type": {"kind": "model", "name": "ListThingsResponseBody"}, "required": false}]},
      "ListThingsResponseBody": {"fields": [
        {"py": "has_more", "wire": "hasMore", "type": {"kind": "boolean"}, "required": false},
        {"py": "list", "wire": "list", "type": {"kind": "list", "items": {"kind": "string"}}, "required": false},
        {"py": "next_token", "wire": "nextToken", "type": {"kind": "string"}, "required": false}]},
      "QueryIdsRequest": {"fields": [{"py": "cursor", "wire": "cursor", "type": {"kind": "integer"}, "required": false}]},
      "QueryIdsResponse": {"fields": [{"py": "body", "wire": "body", "type": {"kind": "model", "name": "QueryIdsResponseBody"}, "required": false}]},
      "QueryIdsResponseBody": {"fields": [{"py": "result", "wire": "result", "type": {"kind": "model", "name": "QueryIdsResponseBodyResult"}, "required": false}]},
      "QueryIdsResponseBodyResult": {"fields": [
        {"py": "ids", "wire": "ids", "type": {"kind": "list", "items": {"kind": "string"}}, "required": false},
        {"py": "names", "wire": "names", "type": {"kind": "list", "items": {"kind": "string"}}, "required": false},
        {"py": "next_cursor", "wire": "nextCursor", "type": {"kind": "integer"}, "required": false}]},
      "GetThingResponse": {"fields": [{"py": "body", "wire": "body", "type": {"kind": "model", "name": "GetThingResponseBody"}, "required": false}]},
      "GetThingResponseBody": {"fields": [{"py": "name", "wire": "name", "type": {"kind": "string"}, "required": false}]}
     }}]}"#;

    #[test]
    fn operations_whose_request_and_reply_carry_a_token_are_marked_and_the_mark_survives() {
        let root = scratch("paged");
        apply(&root, PAGED).unwrap();
        let path = spec_path_of(&root, "paged_1_0");
        let text = fs::read_to_string(&path).unwrap();
        let list_things = "    pagination:\n      token: nextToken\n      next: nextToken\n      items: list\n      has_more: hasMore\n  QueryIds:";
        assert!(text.contains(list_things), "{text}");
        // Two lists beside the cursor: which one holds the items is not guessed.
        let query_ids =
            "    pagination:\n      token: cursor\n      next: result.nextCursor\n  GetThing:";
        assert!(text.contains(query_ids), "{text}");
        assert_eq!(text.matches("pagination:").count(), 2, "{text}");
        let module = codegen::generate_module(SpecSource {
            path: "api-spec/paged_1_0.yaml",
            text: &text,
        })
        .unwrap();
        assert!(module.contains("pub fn list_things_pages("), "{module}");
        assert!(module.contains("pub fn query_ids_pages("), "{module}");

        // A person names the items the import could not choose; the next import keeps that.
        let edited = text.replace(
            query_ids,
            &query_ids.replace(
                "result.nextCursor\n",
                "result.nextCursor\n      items: result.ids\n",
            ),
        );
        assert_ne!(edited, text);
        fs::write(&path, &edited).unwrap();
        apply(&root, PAGED).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), edited);
        assert!(apply(&root, PAGED).unwrap().written.is_empty());
        fs::remove_dir_all(&root).unwrap();
    }

    /// Two operations that count pages the import cannot mark: a reply with two lists beside
    /// each other (the rows and their columns), and one whose rows are a string of JSON (no
    /// list at all) beside a total.
    const COUNTED: &str = r#"{"modules": [{"module": "counted_1_0", "operations": [
      {"name": "QueryStats", "summary": null, "method": "GET", "path": "/v1.0/counted/stats", "path_args": [],
       "auth": "AK", "body_type": "json", "style": "ROA",
       "request_model": "PageRequest", "headers_model": null, "response_model": "QueryStatsResponse",
       "query": [{"wire": "pageNumber", "field": "page_number"}, {"wire": "pageSize", "field": "page_size"}],
       "body": [], "whole_body": null, "headers": []},
      {"name": "GetRows", "summary": null, "method": "GET", "path": "/v1.0/counted/rows", "path_args": [],
       "auth": "AK", "body_type": "json", "style": "ROA",
       "request_model": "PageRequest", "headers_model": null, "response_model": "GetRowsResponse",
       "query": [{"wire": "pageNumber", "field": "page_number"}, {"wire": "pageSize", "field": "page_size"}],
       "body": [], "whole_body": null, "headers": []}],
     "models": {
      "PageRequest": {"fields": [
        {"py": "page_number", "wire": "pageNumber", "type": {"kind": "integer"}, "required": false},
        {"py": "page_size", "wire": "pageSize", "type": {"kind": "integer"}, "required": false}]},
      "QueryStatsResponse": {"fields": [{"py": "body", "wire": "body", "type": {"kind": "model", "name": "QueryStatsResponseBody"}, "required": false}]},
      "QueryStatsResponseBody": {"fields": [
        {"py": "data_list", "wire": "dataList", "type": {"kind": "list", "items": {"kind": "map", "values": {"kind": "any"}}}, "required": false},
        {"py": "meta_list", "wire": "metaList", "type": {"kind": "list", "items": {"kind": "string"}}, "required": false},
        {"py": "total", "wire": "total", "type": {"kind": "integer"}, "required": false}]},
      "GetRowsResponse": {"fields": [{"py": "body", "wire": "body", "type": {"kind": "model", "name": "GetRowsResponseBody"}, "required": false}]},
      "GetRowsResponseBody": {"fields": [
        {"py": "data", "wire": "data", "type": {"kind": "string"}, "required": false},
        {"py": "total", "wire": "total", "type": {"kind": "integer"}, "required": false}]}
     }}]}"#;

    #[test]
    fn counted_pages_marked_by_hand_survive_a_re_import() {
        let root = scratch("counted");
        apply(&root, COUNTED).unwrap();
        let path = spec_path_of(&root, "counted_1_0");
        let text = fs::read_to_string(&path).unwrap();
        assert!(!text.contains("pagination:"), "neither is guessed:\n{text}");

        // A person names the rows as the items of one, and marks the other pages only.
        let stats = "      body: { ref: QueryStatsResponseBody }\n";
        let rows = "      body: { ref: GetRowsResponseBody }\n";
        let edited = text
            .replace(stats, &format!("{stats}    pagination:\n      page: pageNumber\n      size: pageSize\n      items: dataList\n      total: total\n"))
            .replace(rows, &format!("{rows}    pagination:\n      page: pageNumber\n      size: pageSize\n      total: total\n"));
        assert_eq!(edited.matches("pagination:").count(), 2, "{edited}");
        fs::write(&path, &edited).unwrap();
        apply(&root, COUNTED).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), edited);
        assert!(apply(&root, COUNTED).unwrap().written.is_empty());
        let module = codegen::generate_module(SpecSource {
            path: "api-spec/counted_1_0.yaml",
            text: &edited,
        })
        .unwrap();
        assert!(module.contains("pub fn query_stats_pages("), "{module}");
        assert!(module.contains("pub fn get_rows_pages("), "{module}");
        assert!(module.contains("rt::NoItems"), "{module}");
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_shape_the_format_cannot_carry_is_an_error_naming_module_and_operation() {
        let root = scratch("refused");
        let bad = PACKAGE.replace(r#""method": "GET""#, r#""method": "HEAD""#);
        let problems = apply(&root, &bad).unwrap_err().join("\n");
        assert!(
            problems.contains("demo_1_0 IsOpen: HTTP method `HEAD`"),
            "{problems}"
        );
        let bad = PACKAGE.replace(r#""style": "simple"}"#, r#""style": "pipeDelimited"}"#);
        let problems = apply(&root, &bad).unwrap_err().join("\n");
        assert!(
            problems.contains(
                "demo_1_0 queryThings: query field `names` has shrink style `pipeDelimited`"
            ),
            "{problems}"
        );
        assert!(
            !spec_path(&root).exists(),
            "nothing is written on a refusal"
        );
        fs::remove_dir_all(&root).unwrap();
    }

    /// The Python reader on a miniature of the package (`xtask/import/testdata/`, the package's
    /// exact shapes): python3 only, no pip, no network.
    #[test]
    fn the_reader_takes_the_package_shapes_and_drops_unsent_arguments() {
        let root = crate::project_root();
        let json = extract(
            &root,
            &root.join("xtask/import/testdata/alibabacloud_dingtalk"),
        )
        .unwrap();
        let scratch = scratch("reader");
        apply(&scratch, &json).unwrap();
        let text = fs::read_to_string(spec_path_of(&scratch, "demo_1_0")).unwrap();
        for expected in [
            // Irregular action name kept; the positional argument sent nowhere is not taken; the
            // placeholder spelt as DingTalk does (`{userId}`, the SDK's `user_id` in camelCase).
            "  listThings:\n    summary: 列出东西\n    method: GET\n    path: \"/v1.0/demo/users/{userId}things\"\n    path_params:\n      userId: { type: string }\n",
            // Shrink with the simple style, under the original field's type.
            "      corpNames:\n        type: array\n        required: true\n        style: simple\n",
            "      withLabels: { type: boolean }\n",
            "    headers:\n      userAgent: { type: string }\n",
            "        node: { ref: ListThingsRequestNode }\n",
            "      body: { type: boolean }\n",
            // A forward reference to itself, BinaryIO as a string, an untyped dict.
            "        items: { ref: ListThingsRequestNode }\n",
            "      file: { type: string }\n",
            "      extra:\n        type: map\n        values: { type: any }\n",
            // A top-level array body the SDK sends even unset (`to_array`) is required; one it
            // sends only when set is not.
            "    body:\n      type: array\n      required: true\n      items: { ref: ListThingsRequestNode }\n",
            "    body:\n      type: array\n      items: { type: string }\n",
        ] {
            assert!(text.contains(expected), "{expected:?} not in:\n{text}");
        }
        assert!(!text.contains("unused_id"), "{text}");
        let module = codegen::generate_module(SpecSource {
            path: "api-spec/demo_1_0.yaml",
            text: &text,
        })
        .unwrap();
        assert!(module.contains("pub fn list_things(\n        &self,\n        user_id: &str,\n        request: &ListThingsRequest,"), "{module}");
        assert!(
            module.contains("pub body: Option<Vec<String>>,"),
            "{module}"
        );
        assert!(
            module.contains("pub body: Vec<ListThingsRequestNode>,"),
            "{module}"
        );
        fs::remove_dir_all(&scratch).unwrap();
    }

    #[test]
    fn scalars_that_yaml_would_read_differently_are_quoted() {
        for (text, plain) in [
            ("task", true),
            ("任务标题", true),
            ("true", false),
            ("1.5", false),
            ("a: b", false),
            ("{x}", false),
            ("- x", false),
            ("a, b", false),
            ("", false),
            ("line\nbreak", false),
        ] {
            let written = write::scalar(text);
            assert_eq!(written == text, plain, "{text:?} as {written}");
            let read: String = serde_json::from_str(&written).unwrap_or(written.clone());
            assert_eq!(read, text);
        }
    }
}
