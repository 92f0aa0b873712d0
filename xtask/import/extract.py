"""Reads the official DingTalk Python package's structure with `ast` (never importing it) and
prints it as JSON: per module, its operations as the client methods send them, and its models
with wire names, types and the "required" marks. `cargo xtask import` turns this into specs.

Usage: python3 extract.py <path to alibabacloud_dingtalk>

Anything this reader does not recognise stops it with a message naming the module, the
operation or model, and the statement: a shape is never dropped silently.
"""

import ast
import json
import os
import sys

REQUIRED_MARK = "# This parameter is required."


class Unknown(Exception):
    pass


def fail(where, what, node=None):
    text = ast.unparse(node).replace("\n", " ")[:200] if node is not None else ""
    raise Unknown(f"{where}: {what}" + (f": `{text}`" if text else ""))


# ---------------------------------------------------------------- models


def annotation(node, where):
    """A model field's annotation as a type tree."""
    if isinstance(node, ast.Name):
        simple = {
            "str": {"kind": "string"},
            "int": {"kind": "integer"},
            "float": {"kind": "number"},
            "bool": {"kind": "boolean"},
            "Any": {"kind": "any"},
            # Annotated as binary, but JSON strings on the wire.
            "BinaryIO": {"kind": "string"},
            "bytes": {"kind": "string"},
        }
        if node.id in simple:
            return simple[node.id]
        # Untyped containers: a JSON object or list of anything.
        if node.id == "dict":
            return {"kind": "map", "values": {"kind": "any"}}
        if node.id == "list":
            return {"kind": "list", "items": {"kind": "any"}}
        return {"kind": "model", "name": node.id}
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        # A forward reference, `'Model'`.
        return annotation(ast.parse(node.value, mode="eval").body, where)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        if node.value.id == "List":
            return {"kind": "list", "items": annotation(node.slice, where)}
        if node.value.id == "Dict":
            if not (isinstance(node.slice, ast.Tuple) and len(node.slice.elts) == 2):
                fail(where, "a Dict annotation without two parameters", node)
            key, value = node.slice.elts
            if not (isinstance(key, ast.Name) and key.id == "str"):
                fail(where, "a Dict whose keys are not str", node)
            return {"kind": "map", "values": annotation(value, where)}
    fail(where, "an annotation this reader does not know", node)


def self_attrs(node):
    return [
        n.attr
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "self"
    ]


def result_keys(node):
    return [
        n.slice.value
        for n in ast.walk(node)
        if isinstance(n, ast.Subscript)
        and isinstance(n.value, ast.Name)
        and n.value.id == "result"
        and isinstance(n.slice, ast.Constant)
    ]


def read_model(cls, lines, where):
    methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
    init, to_map = methods.get("__init__"), methods.get("to_map")
    if init is None or to_map is None:
        fail(where, "a model without __init__ or to_map")
    args = init.args.args[1:]
    types = {}
    order = []
    for arg in args:
        if arg.annotation is None:
            fail(f"{where}.{arg.arg}", "a field without annotation")
        types[arg.arg] = annotation(arg.annotation, f"{where}.{arg.arg}")
        order.append(arg.arg)
    required = set()
    for st in init.body:
        if isinstance(st, ast.Assign) and len(st.targets) == 1:
            target = st.targets[0]
            if isinstance(target, ast.Attribute):
                # The only mark of "required" is a comment right above the assignment.
                above = st.lineno - 2
                while above >= 0 and lines[above].strip().startswith("#"):
                    if lines[above].strip() == REQUIRED_MARK:
                        required.add(target.attr)
                    above -= 1
    # Wire names: each top-level statement of to_map that names both `self.x` and `result['w']`.
    wire = {}
    for st in to_map.body:
        attrs = [a for a in self_attrs(st) if a in types]
        keys = result_keys(st)
        if attrs and keys:
            if len(set(attrs)) != 1 or len(set(keys)) != 1:
                fail(where, "a to_map statement with several fields", st)
            wire[attrs[0]] = keys[0]
    fields = []
    for name in order:
        if name not in wire:
            fail(f"{where}.{name}", "a field to_map does not write")
        fields.append(
            {"py": name, "wire": wire[name], "type": types[name], "required": name in required}
        )
    return {"fields": fields}


def read_models(path, module):
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    models = {}
    for node in ast.parse(text).body:
        if isinstance(node, ast.ClassDef):
            models[node.name] = read_model(node, lines, f"{module} model {node.name}")
    return models


# ---------------------------------------------------------------- operations


def is_unset_guard(st):
    """`if not UtilClient.is_unset(x.f): <one statement>` → (x, f, statement)."""
    if not (isinstance(st, ast.If) and not st.orelse and len(st.body) == 1):
        return None
    test = st.test
    if not (isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)):
        return None
    call = test.operand
    if not (
        isinstance(call, ast.Call)
        and ast.unparse(call.func) == "UtilClient.is_unset"
        and len(call.args) == 1
        and isinstance(call.args[0], ast.Attribute)
        and isinstance(call.args[0].value, ast.Name)
    ):
        return None
    return call.args[0].value.id, call.args[0].attr, st.body[0]


def kwargs(call):
    return {k.arg: k.value for k in call.keywords}


def const(node, where):
    if not isinstance(node, ast.Constant):
        fail(where, "expected a constant", node)
    return node.value


def model_name(node):
    """`dingtalkx__1__0_models.Name` → `Name`."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        if node.value.id.endswith("_models"):
            return node.attr
    return None


def read_operation(fn, module):
    where = f"{module} {fn.name}"
    params_call = None
    for st in fn.body:
        if isinstance(st, ast.Assign) and ast.unparse(st.targets[0]) == "params":
            params_call = st.value
    if params_call is None:
        fail(where, "no Params(...)")
    p = kwargs(params_call)
    action = const(p["action"], where)
    where = f"{module} {action}"

    pathname = p["pathname"]
    placeholders = []
    if isinstance(pathname, ast.JoinedStr):
        template = ""
        for part in pathname.values:
            if isinstance(part, ast.Constant):
                template += part.value
            elif isinstance(part, ast.FormattedValue) and isinstance(part.value, ast.Name):
                if part.conversion != -1 or part.format_spec is not None:
                    fail(where, "a formatted path placeholder", part)
                template += "{" + part.value.id + "}"
                placeholders.append(part.value.id)
            else:
                fail(where, "a path part this reader does not know", part)
    else:
        template = const(pathname, where)

    # Arguments: self, positional path values, the request (`request` or `tmp_req`), `headers`,
    # `runtime`.
    arg_names = [a.arg for a in fn.args.args[1:]]
    annotations = {a.arg: a.annotation for a in fn.args.args[1:]}
    if arg_names[-2:] != ["headers", "runtime"]:
        fail(where, "arguments do not end with headers, runtime")
    request_arg = None
    request_model = None
    if len(arg_names) >= 3 and arg_names[-3] in ("request", "tmp_req"):
        request_arg = arg_names[-3]
        request_model = model_name(annotations[request_arg])
        if request_model is None:
            fail(where, "a request argument that is not a model", annotations[request_arg])
    positional = arg_names[: len(arg_names) - (3 if request_arg else 2)]
    for name in placeholders:
        if name not in positional:
            fail(where, f"path placeholder {name} is not an argument")
    # Positional arguments that are sent nowhere (three methods have one) are not taken.
    headers_model = model_name(annotations["headers"])  # None: a plain Dict[str, str]

    shrink = {}  # python field (of the original request) -> (shrink field, style)
    query, body, headers = [], [], []
    whole_body = None
    response_model = None
    for st in fn.body:
        text = ast.unparse(st)
        if isinstance(st, ast.Expr) and isinstance(st.value, ast.Constant):
            continue  # docstring
        if text in (
            "UtilClient.validate_model(request)",
            "UtilClient.validate_model(tmp_req)",
            "OpenApiUtilClient.convert(tmp_req, request)",
            "query = {}",
            "body = {}",
            "real_headers = {}",
        ):
            continue
        if isinstance(st, ast.Assign) and ast.unparse(st.targets[0]) == "request":
            if model_name(st.value.func if isinstance(st.value, ast.Call) else None) is None:
                fail(where, "an unknown request assignment", st)
            continue
        if isinstance(st, ast.Assign) and ast.unparse(st.targets[0]) == "params":
            continue
        if isinstance(st, ast.Assign) and ast.unparse(st.targets[0]) == "req":
            for key, value in kwargs(st.value).items():
                v = ast.unparse(value)
                if key == "headers" and v in ("real_headers", "headers"):
                    continue
                if key == "query" and v == "OpenApiUtilClient.query(query)":
                    continue
                if key == "body" and v == "OpenApiUtilClient.parse_to_map(body)":
                    continue
                # `to_array` turns an unset list into `[]`: that body is always sent. A
                # plain `request.x` is sent only when set.
                if key == "body" and v.startswith("UtilClient.to_array(request."):
                    whole_body = {"field": value.args[0].attr, "always_sent": True}
                    continue
                if key == "body" and isinstance(value, ast.Attribute) and v.startswith("request."):
                    whole_body = {"field": value.attr, "always_sent": False}
                    continue
                fail(where, f"an OpenApiRequest argument `{key}` this reader does not know", value)
            continue
        if isinstance(st, ast.Return):
            call = st.value
            if not (isinstance(call, ast.Call) and ast.unparse(call.func) == "TeaCore.from_map"):
                fail(where, "an unknown return", st)
            response_model = model_name(call.args[0].func)
            if ast.unparse(call.args[1]) != "self.execute(params, req, runtime)":
                fail(where, "an unknown execute call", st)
            continue
        guard = is_unset_guard(st)
        if guard is None:
            fail(where, "a statement this reader does not know", st)
        owner, field, inner = guard
        inner_text = ast.unparse(inner)
        if owner == "headers" and field == "common_headers" and inner_text == "real_headers = headers.common_headers":
            continue
        if owner == "tmp_req":
            # request.x_shrink = OpenApiUtilClient.array_to_string_with_specified_style(tmp_req.x, 'wire', 'json')
            call = inner.value
            if not (
                isinstance(inner, ast.Assign)
                and isinstance(call, ast.Call)
                and ast.unparse(call.func) == "OpenApiUtilClient.array_to_string_with_specified_style"
                and ast.unparse(call.args[0]) == f"tmp_req.{field}"
            ):
                fail(where, "an unknown shrink statement", st)
            style = const(call.args[2], where)
            if style not in ("json", "simple"):
                fail(where, f"a shrink style `{style}` this reader does not know", st)
            shrink[inner.targets[0].attr] = (field, style)
            continue
        if not (isinstance(inner, ast.Assign) and isinstance(inner.targets[0], ast.Subscript)):
            fail(where, "an unknown guarded statement", st)
        target = inner.targets[0]
        place = ast.unparse(target.value)
        wire = const(target.slice, where)
        value = ast.unparse(inner.value)
        if owner == "request" and place in ("query", "body") and value == f"request.{field}":
            (query if place == "query" else body).append({"wire": wire, "field": field})
            continue
        if (
            owner == "headers"
            and place == "real_headers"
            and value == f"UtilClient.to_jsonstring(headers.{field})"
        ):
            headers.append({"wire": wire, "field": field})
            continue
        fail(where, "an unknown guarded statement", st)

    # Shrink fields travel under the original field's name and type, JSON- or comma-joined.
    for entries in (query, body):
        for entry in entries:
            if entry["field"] in shrink:
                entry["field"], entry["style"] = shrink.pop(entry["field"])
    if shrink:
        fail(where, f"shrink fields that are sent nowhere: {sorted(shrink)}")

    return {
        "name": action,
        "summary": summary(fn),
        "method": const(p["method"], where),
        "path": template,
        "path_args": [
            {"name": name, "type": annotation(annotations[name], f"{where} argument {name}")}
            for name in placeholders
        ],
        "auth": const(p["auth_type"], where),
        "body_type": const(p["body_type"], where),
        "style": const(p["style"], where),
        "request_model": request_model,
        "headers_model": headers_model,
        "response_model": response_model,
        "query": query,
        "body": body,
        "whole_body": whole_body,
        "headers": headers,
    }


def summary(fn):
    doc = ast.get_docstring(fn) or ""
    lines = []
    taking = False
    for line in doc.split("\n"):
        stripped = line.strip()
        if stripped.startswith("@summary"):
            taking = True
            lines.append(stripped[len("@summary"):].strip())
        elif taking and stripped and not stripped.startswith("@"):
            lines.append(stripped)
        elif taking:
            break
    return "\n".join(lines).strip() or None


def read_operations(path, module):
    tree = ast.parse(open(path, encoding="utf-8").read())
    operations = []
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        for fn in cls.body:
            # The synchronous method that builds Params is the operation; the short forms and
            # the `_async` twins call it or repeat it.
            if isinstance(fn, ast.FunctionDef) and any(
                isinstance(n, ast.keyword) and n.arg == "action" for n in ast.walk(fn)
            ):
                operations.append(read_operation(fn, module))
    return operations


def main():
    root = sys.argv[1]
    modules = []
    problems = []
    for name in sorted(os.listdir(root)):
        folder = os.path.join(root, name)
        client = os.path.join(folder, "client.py")
        if not os.path.isfile(client):
            continue
        try:
            modules.append(
                {
                    "module": name,
                    "operations": read_operations(client, name),
                    "models": read_models(os.path.join(folder, "models.py"), name),
                }
            )
        except Unknown as e:
            problems.append(str(e))
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        sys.exit(1)
    json.dump({"modules": modules}, sys.stdout, ensure_ascii=False, sort_keys=True, indent=None)


if __name__ == "__main__":
    main()
