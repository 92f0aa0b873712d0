//! The generator's output, pinned: snapshots of every fixture, byte-for-byte determinism, and
//! the errors a bad spec gets.

use codegen::{SpecError, SpecSource};

fn read(path: &str) -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    std::fs::read_to_string(format!("{root}/{path}")).unwrap()
}

fn module(path: &str) -> String {
    let text = read(path);
    codegen::generate_module(SpecSource { path, text: &text }).unwrap()
}

#[test]
fn create_task_module_snapshot() {
    insta::assert_snapshot!(module("api-spec/team_sphere_1_0.yaml"));
}

#[test]
fn push_module_snapshot() {
    insta::assert_snapshot!(module("api-spec/push.yaml"));
}

#[test]
fn sample_board_fixture_snapshot() {
    insta::assert_snapshot!(module("codegen/tests/fixtures/sample_board_1_0.yaml"));
}

#[test]
fn the_same_specs_give_the_same_bytes() {
    let paths = [
        "api-spec/team_sphere_1_0.yaml",
        "codegen/tests/fixtures/sample_board_1_0.yaml",
    ];
    let texts: Vec<String> = paths.iter().map(|p| read(p)).collect();
    let sources: Vec<SpecSource<'_>> = paths
        .iter()
        .zip(&texts)
        .map(|(path, text)| SpecSource { path, text })
        .collect();
    let first = codegen::generate_client(&sources).unwrap();
    let second = codegen::generate_client(&sources).unwrap();
    assert_eq!(first, second);
    assert_eq!(
        first
            .files
            .iter()
            .map(|f| f.path.as_str())
            .collect::<Vec<_>>(),
        [
            "apis/team_sphere_1_0.rs",
            "apis/sample_board_1_0.rs",
            "apis/mod.rs"
        ]
    );
    assert!(
        first
            .features
            .starts_with("full = [\n  \"team_sphere_1_0\",\n  \"sample_board_1_0\",\n]\n"),
        "{}",
        first.features
    );
    assert!(first.features.ends_with("sample_board_1_0 = []\n"));
    let manifest = "[features]\nblocking = []\n# @generated begin: API module features, written by `cargo xtask gen`.\nold = []\n# @generated end\n\n[dependencies]\n";
    let written = first.manifest(manifest).unwrap();
    assert!(
        written.contains("`cargo xtask gen`.\nfull = [\n"),
        "{written}"
    );
    assert!(
        written.ends_with("sample_board_1_0 = []\n# @generated end\n\n[dependencies]\n"),
        "{written}"
    );
    assert!(!written.contains("old = []"), "{written}");
    // A hand-written feature keeps the module features the copy has, and only those.
    let manifest = "[features]\nstream = [\n  \"old\",\n  \"team_sphere_1_0\",\n  \"dep:x\",\n  \"tokio/net\",\n]\n# @generated begin: API module features, written by `cargo xtask gen`.\nold = []\n# @generated end\n\n[dependencies]\nx = \"1\"\n";
    let written = first.manifest(manifest).unwrap();
    assert!(
        written.starts_with(
            "[features]\nstream = [\n  \"team_sphere_1_0\",\n  \"dep:x\",\n  \"tokio/net\",\n]\n"
        ),
        "{written}"
    );
    assert!(
        written.ends_with("[dependencies]\nx = \"1\"\n"),
        "{written}"
    );
    assert!(
        first
            .manifest("[features]\n")
            .unwrap_err()
            .contains("begin marker")
    );
    for file in &first.files {
        assert!(
            file.contents.starts_with("// @generated from "),
            "{}",
            file.path
        );
    }
}

const GOOD: &str = "\
module: m_1_0
defaults:
  base_url: https://api.dingtalk.com
  auth:
    header: x-acs-dingtalk-access-token
operations:
  GetThing:
    method: GET
    path: /v1.0/things/{thingId}
    path_params:
      thingId:
        type: string
    response:
      body:
        type: object
        properties:
          name:
            type: string
";

/// The errors for `text` as a spec file `api-spec/m_1_0.yaml`.
fn errors(text: &str) -> Vec<SpecError> {
    codegen::load(SpecSource {
        path: "api-spec/m_1_0.yaml",
        text,
    })
    .unwrap_err()
}

fn one_error(text: &str) -> SpecError {
    let mut all = errors(text);
    assert_eq!(all.len(), 1, "{all:#?}");
    all.remove(0)
}

#[test]
fn a_good_spec_loads() {
    let module = codegen::load(SpecSource {
        path: "api-spec/m_1_0.yaml",
        text: GOOD,
    })
    .unwrap();
    assert_eq!(module.operations.len(), 1);
}

#[test]
fn an_unknown_key_names_file_path_and_position() {
    let text = GOOD.replace(
        "        type: string\n    response",
        "        type: string\n        colour: red\n    response",
    );
    let e = one_error(&text);
    assert_eq!(e.file, "api-spec/m_1_0.yaml");
    assert_eq!(e.path, "operations.GetThing.path_params.thingId.colour");
    assert_eq!(e.line_column, Some((13, 9)));
    assert!(
        e.message.contains("unknown field `colour`"),
        "{}",
        e.message
    );
    assert!(
        e.to_string().starts_with(
            "api-spec/m_1_0.yaml:13:9: at `operations.GetThing.path_params.thingId.colour`"
        ),
        "{e}"
    );
}

#[test]
fn an_unknown_type_is_refused_with_the_types_we_know() {
    let e = one_error(&GOOD.replace(
        "name:\n            type: string",
        "name:\n            type: strin",
    ));
    assert_eq!(
        e.path,
        "operations.GetThing.response.body.properties.name.type"
    );
    assert_eq!(e.line_column, Some((18, 19)));
    assert!(
        e.message.contains("unknown variant `strin`"),
        "{}",
        e.message
    );
}

#[test]
fn an_unknown_reference_is_placed_on_its_ref_key() {
    let e = one_error(&GOOD.replace(
        "name:\n            type: string",
        "name:\n            ref: Nope",
    ));
    assert_eq!(
        e.path,
        "operations.GetThing.response.body.properties.name.ref"
    );
    assert_eq!(e.line_column, Some((18, 13)));
    assert!(e.message.contains("no type `Nope`"), "{}", e.message);
}

#[test]
fn path_placeholders_and_path_params_must_match() {
    let all = errors(&GOOD.replace("/v1.0/things/{thingId}", "/v1.0/things/{id}"));
    assert_eq!(all.len(), 2, "{all:#?}");
    assert!(
        all[0]
            .message
            .contains("placeholder `{id}` is not listed in `path_params`")
    );
    assert_eq!(all[0].line_column, Some((9, 5)));
    assert!(
        all[1]
            .message
            .contains("`thingId` does not appear in the path")
    );
    assert_eq!(all[1].line_column, Some((11, 7)));
}

#[test]
fn a_module_must_live_in_its_own_file() {
    let e = one_error(&GOOD.replace("module: m_1_0", "module: other_1_0"));
    assert_eq!(e.path, "module");
    assert_eq!(e.line_column, Some((1, 1)));
}

#[test]
fn list_query_parameters_need_a_style() {
    let text = GOOD.replace(
        "    response:",
        "    query:\n      ids:\n        type: array\n        items:\n          type: string\n    response:",
    );
    let e = one_error(&text);
    assert_eq!(e.path, "operations.GetThing.query.ids");
    assert!(e.message.contains("style: json"), "{}", e.message);
}

#[test]
fn misplaced_keys_are_refused() {
    let e = one_error(&GOOD.replace(
        "name:\n            type: string",
        "name:\n            type: string\n            items:\n              type: string",
    ));
    assert_eq!(
        e.path,
        "operations.GetThing.response.body.properties.name.items"
    );
    assert!(
        e.message.contains("does not apply to `type: string`"),
        "{}",
        e.message
    );
}

#[test]
fn error_statuses_are_http_errors() {
    let text = format!("{GOOD}    errors:\n      - status: 200\n        code: ok\n");
    let e = one_error(&text);
    assert_eq!(e.path, "operations.GetThing.errors[0].status");
    assert_eq!(e.line_column, Some((20, 9)));
}

#[test]
fn yaml_syntax_errors_have_a_position() {
    let e = one_error("module: [unclosed\n");
    assert!(e.line_column.is_some(), "{e:?}");
}

#[test]
fn unbalanced_path_braces_are_refused() {
    let all = errors(&GOOD.replace("/v1.0/things/{thingId}", "/v1.0/things/{thingId"));
    assert!(
        all.iter()
            .any(|e| e.path == "operations.GetThing.path" && e.message.contains("unbalanced")),
        "{all:#?}"
    );
}

#[test]
fn a_key_written_twice_is_refused() {
    let text = GOOD.replace(
        "      thingId:\n        type: string\n",
        "      thingId:\n        type: string\n      thingId:\n        type: string\n",
    );
    let e = one_error(&text);
    assert!(e.message.contains("duplicate"), "{e}");
    assert!(e.line_column.is_some(), "{e:?}");
}

#[test]
fn every_problem_of_a_spec_is_reported_at_once() {
    let text = GOOD
        .replace(
            "method: GET",
            "method: GET\n    errors:\n      - status: 600\n        code: x",
        )
        .replace(
            "name:\n            type: string",
            "name:\n            ref: Nope",
        );
    let all = errors(&text);
    assert_eq!(all.len(), 2, "{all:#?}");
}

#[test]
fn an_object_without_properties_is_any_json() {
    let text = GOOD.replace(
        "name:\n            type: string",
        "name:\n            type: object",
    );
    let module = codegen::load(SpecSource {
        path: "api-spec/m_1_0.yaml",
        text: &text,
    })
    .unwrap();
    let codegen::ir::TypeKind::Struct(fields) = &module.types[0].kind else {
        panic!()
    };
    assert_eq!(fields[0].ty, codegen::ir::Ty::Any);
}

#[test]
fn a_named_object_lists_its_properties() {
    let text = GOOD.replace(
        "operations:",
        "types:\n  Thing:\n    type: object\noperations:",
    );
    let e = one_error(&text);
    assert_eq!(e.path, "types.Thing");
    assert!(e.message.contains("properties"), "{e}");
}

#[test]
fn a_type_both_sent_and_read_is_read_like_a_reply_json_style_included() {
    let text = GOOD
        .replace(
            "operations:",
            "types:\n  Both:\n    type: object\n    properties:\n      id:\n        type: string\n        required: true\n      meta:\n        type: map\n        style: json\n        values:\n          type: string\noperations:",
        )
        .replace("    response:", "    body:\n      type: array\n      items:\n        ref: Both\n    response:")
        .replace("name:\n            type: string", "name:\n            ref: Both");
    let file = codegen::generate_module(SpecSource {
        path: "api-spec/m_1_0.yaml",
        text: &text,
    })
    .unwrap();
    // Every field optional (a reply may leave out what the docs call required), read by the
    // runtime, the JSON-in-a-string field included.
    assert!(file.contains("pub id: Option<String>,"), "{file}");
    assert!(file.contains("\"meta\" => read_json_field(meta)"), "{file}");
    assert!(!file.contains("Deserialize)]"), "{file}");
}

#[test]
fn simple_style_joins_scalar_query_lists_only() {
    let ok = GOOD.replace(
        "    response:",
        "    query:\n      names:\n        type: array\n        style: simple\n        items:\n          type: string\n    response:",
    );
    let file = codegen::generate_module(SpecSource {
        path: "api-spec/m_1_0.yaml",
        text: &ok,
    })
    .unwrap();
    assert!(
        file.contains("writer.query_simple(\"names\", &self.names);"),
        "{file}"
    );

    let nested = ok.replace(
        "          type: string\n    response:",
        "          type: array\n          items: { type: string }\n    response:",
    );
    let e = one_error(&nested);
    assert_eq!(e.path, "operations.GetThing.query.names.style");
    assert!(e.message.contains("joins a list of strings"), "{e}");

    let in_body = GOOD.replace(
        "    response:",
        "    body:\n      type: object\n      properties:\n        names:\n          type: array\n          style: simple\n          items: { type: string }\n    response:",
    );
    let e = one_error(&in_body);
    assert_eq!(e.path, "operations.GetThing.body.properties.names.style");
    assert!(e.message.contains("query parameters only"), "{e}");
}

#[test]
fn operation_names_are_kept_as_dingtalk_spells_them() {
    for (name, method) in [
        ("queryClassCourse", "query_class_course"),
        ("Diot_Market_Manager", "diot_market_manager"),
        ("NLToFrameService", "nl_to_frame_service"),
    ] {
        let text = GOOD.replace("GetThing:", &format!("{name}:"));
        let file = codegen::generate_module(SpecSource {
            path: "api-spec/m_1_0.yaml",
            text: &text,
        })
        .unwrap();
        assert!(file.contains(&format!("pub fn {method}(")), "{file}");
        assert!(file.contains(&format!("\"{name}\",")), "{file}");
    }
    let e = one_error(&GOOD.replace("GetThing:", "\"Get-Thing\":"));
    assert!(e.message.contains("ASCII letters, digits and `_`"), "{e}");
}

#[test]
fn identical_models_are_emitted_once_and_aliased_under_their_names() {
    let text = GOOD.replace(
        "operations:",
        "types:\n  A:\n    type: object\n    properties:\n      id: { type: string }\n      inner: { ref: AInner }\n  AInner:\n    type: object\n    properties:\n      n: { type: integer }\n  B:\n    type: object\n    properties:\n      id: { type: string }\n      inner: { ref: BInner }\n  BInner:\n    type: object\n    properties:\n      n: { type: integer }\n  C:\n    type: object\n    properties:\n      id: { type: string }\n      inner: { ref: CInner }\n  CInner:\n    type: object\n    properties:\n      n: { type: number }\noperations:",
    )
    .replace(
        "name:\n            type: string",
        "a: { ref: A }\n          b: { ref: B }\n          c: { ref: C }",
    );
    let file = codegen::generate_module(SpecSource {
        path: "api-spec/m_1_0.yaml",
        text: &text,
    })
    .unwrap();
    assert!(file.contains("pub struct A {"), "{file}");
    assert!(file.contains("pub type B = A;"), "{file}");
    assert!(file.contains("pub type BInner = AInner;"), "{file}");
    // `C` differs one level down (a number, not an integer): its own struct.
    assert!(file.contains("pub struct C {"), "{file}");
    assert!(file.contains("pub struct CInner {"), "{file}");
    // Fields keep naming the type as the spec does.
    assert!(file.contains("pub b: Option<B>,"), "{file}");
}

#[test]
fn recursive_models_are_boxed_where_they_hold_themselves() {
    let text = GOOD.replace(
        "operations:",
        "types:\n  Node:\n    type: object\n    properties:\n      parent: { ref: Node }\n      children:\n        type: array\n        items: { ref: Node }\n      peer: { ref: Peer }\n  Peer:\n    type: object\n    properties:\n      node: { ref: Node }\noperations:",
    )
    .replace("name:\n            type: string", "name:\n            ref: Node");
    let file = codegen::generate_module(SpecSource {
        path: "api-spec/m_1_0.yaml",
        text: &text,
    })
    .unwrap();
    assert!(file.contains("pub parent: Option<Box<Node>>,"), "{file}");
    assert!(file.contains("pub children: Option<Vec<Node>>,"), "{file}");
    assert!(file.contains("pub peer: Option<Box<Peer>>,"), "{file}");
    assert!(file.contains("pub node: Option<Box<Node>>,"), "{file}");
}

#[test]
fn flat_style_is_for_query_parameters_only() {
    let text = GOOD.replace(
        "    response:",
        "    headers:\n      x-ids:\n        type: array\n        style: flat\n        items:\n          type: string\n    response:",
    );
    let e = one_error(&text);
    assert_eq!(e.path, "operations.GetThing.headers.x-ids.style");
    assert!(e.message.contains("query parameters only"), "{e}");
}

const PUSHES_BESIDE_OPERATIONS: &str = "\
module: m_1_0
defaults:
  base_url: https://api.dingtalk.com
types:
  Node:
    type: object
    properties:
      children: { type: array, items: { ref: Node } }
      parent: { ref: Node }
operations:
  GetThing:
    method: GET
    path: /v1.0/things
    response:
      body: { type: object, properties: { other: { type: string } } }
pushes:
  UserAddOrg:
    kind: event
    event_type: user_add_org
    body: { type: object, properties: { UserId: { type: array, items: { type: string } }, other: { type: string } } }
  Asked:
    kind: callback
    topic: /v1.0/ask
    body: { type: object, properties: { tree: { ref: Node } } }
    reply: { type: object, properties: { answer: { type: string } } }
";

#[test]
fn pushes_beside_operations_keep_unknown_members_and_name_their_route_and_reply() {
    let text = codegen::generate_module(SpecSource {
        path: "api-spec/m_1_0.yaml",
        text: PUSHES_BESIDE_OPERATIONS,
    })
    .unwrap();
    // The module keeps its `Api`; the pushes implement the trait with their routes.
    assert!(text.contains("pub struct Api"), "{text}");
    assert!(
        text.contains(
            "impl rt::Push for UserAddOrg {\n    const ROUTE: rt::PushRoute = rt::PushRoute::Event(\"user_add_org\");\n    type Reply = ();\n}"
        ),
        "{text}"
    );
    assert!(text.contains("type Reply = AskedReply;"), "{text}");
    // A member named `other` pushes the kept members' field to the next free name.
    assert!(
        text.contains("pub other_2: rt::BTreeMap<String, rt::serde_json::Value>"),
        "{text}"
    );
    assert_eq!(text.matches("keep(other_2)").count(), 2, "{text}");
    // Reached through a push, a recursive model keeps unknown members too, and stays boxed.
    assert!(text.contains("pub parent: Option<Box<Node>>"), "{text}");
    assert!(
        text.contains("\"parent\" => read_field(parent) }\n    keep(other)\n"),
        "{text}"
    );
    // A reply only read by operations ignores unknown members, as replies do.
    let reply = text.split("pub struct GetThingResponse").nth(1).unwrap();
    let reply = reply.split("\n}\n").next().unwrap();
    assert!(!reply.contains("BTreeMap"), "{reply}");
    assert!(
        text.contains("#[derive(Clone, Debug, Default, PartialEq)]"),
        "{text}"
    );
}

#[test]
fn a_module_of_pushes_only_has_no_api_no_base_url_and_no_accessor() {
    let spec = "module: p\npushes:\n  Ping:\n    kind: event\n    body: { type: object, properties: { a: { type: string } } }\n";
    let client = codegen::generate_client(&[SpecSource {
        path: "api-spec/p.yaml",
        text: spec,
    }])
    .unwrap();
    let module = &client.files[0].contents;
    assert!(!module.contains("DEFAULT_BASE_URL"), "{module}");
    assert!(!module.contains("struct Api"), "{module}");
    assert!(module.contains("rt::PushRoute::AllEvents"), "{module}");
    let index = &client.files[1].contents;
    assert!(index.contains("pub mod p;"), "{index}");
    assert!(!index.contains("fn p("), "{index}");
    assert!(client.features.contains("p = []"), "{}", client.features);
}
