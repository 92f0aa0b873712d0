"""Records what the official DingTalk Python SDK sends and parses, for every operation.

Run by `cargo xtask conformance capture` inside the pinned virtual environment:

    python capture.py OUT_DIR [MODULE ...]

For each operation of each module of `alibabacloud_dingtalk`, the SDK is called twice against a
recording HTTP server on 127.0.0.1 (a "full" and a "minimal" request, both generated from the
request model's structure), each call is answered with a reply generated from the response model,
and one JSON line per case is written to `OUT_DIR/<module>.jsonl`. The format is described in
`generated-client/tests/conformance/README.md`.

The SDK's structure (which field goes where, under which wire name, which fields are marked
required) is read from its source with `ast`; the SDK itself is imported only to be called.
Everything is deterministic: no clock, no randomness, the port and the interpreter's version are
normalised out of what is written.
"""

import ast
import builtins
import hashlib
import http.server
import importlib
import importlib.util
import json
import os
import re
import sys
import threading

PACKAGE = "alibabacloud_dingtalk"
TOKEN = "conformance-access-token-0123456789"
PORT_MARK = "<port>"
# Map keys of generated maps: two, neither of them the `"k"` the SDK's `from_map` invents.
MAP_KEYS = ("mapKeyA", "键 B")
# How many times one model may appear on its own nesting path (recursive models are cut there).
MODEL_DEPTH = 2


class CaptureError(Exception):
    """A shape of the SDK this helper does not understand: the capture stops, naming it."""


# --------------------------------------------------------------------------------------------
# Types of model fields, read from `__init__` annotations.


def parse_type(node, where):
    """An annotation as a tuple: ('str',), ('int',), ('float',), ('bool',), ('any',),
    ('object',), ('list', T), ('map', T) or ('model', ClassName)."""
    if isinstance(node, ast.Name):
        simple = {
            "str": ("str",),
            "BinaryIO": ("str",),
            "bytes": ("str",),
            "int": ("int",),
            "float": ("float",),
            "bool": ("bool",),
            "Any": ("any",),
            "dict": ("object",),
        }
        return simple.get(node.id, ("model", node.id))
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return ("model", node.value)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        if node.value.id == "List":
            return ("list", parse_type(node.slice, where))
        if node.value.id == "Dict" and isinstance(node.slice, ast.Tuple):
            key, value = node.slice.elts
            if isinstance(key, ast.Name) and key.id == "str":
                return ("map", parse_type(value, where))
    raise CaptureError(f"{where}: annotation `{ast.unparse(node)}` not understood")


class Field:
    __slots__ = ("py", "wire", "ty", "required")

    def __init__(self, py, wire, ty, required):
        self.py, self.wire, self.ty, self.required = py, wire, ty, required


REQUIRED_MARK = "# This parameter is required."


def read_models(path, module):
    """Class name -> [Field] for every model class of a `models.py`."""
    text = open(path, encoding="utf-8").read()
    lines = text.splitlines()
    models = {}
    for cls in ast.parse(text).body:
        if not isinstance(cls, ast.ClassDef):
            continue
        methods = {f.name: f for f in cls.body if isinstance(f, ast.FunctionDef)}
        init, to_map = methods.get("__init__"), methods.get("to_map")
        if init is None or to_map is None:
            continue
        where = f"{module}.{cls.name}"
        wires = to_map_wire_names(to_map)
        types = {a.arg: a.annotation for a in init.args.args[1:]}
        fields = []
        # The mark of the first field sits between the signature and the first statement.
        previous_end = max(
            [init.lineno]
            + [n.end_lineno for n in ast.walk(init.args) if getattr(n, "end_lineno", None)]
        )
        for stmt in init.body:
            between = lines[previous_end : stmt.lineno - 1]
            previous_end = stmt.end_lineno
            target = stmt.targets[0] if isinstance(stmt, ast.Assign) else None
            if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)):
                continue
            py = target.attr
            if py not in types:
                continue
            fields.append(
                Field(
                    py,
                    wires.get(py),
                    parse_type(types[py], f"{where}.{py}"),
                    any(REQUIRED_MARK in line for line in between),
                )
            )
        models[cls.name] = fields
    return models


def to_map_wire_names(to_map):
    """Python attribute -> wire name, from the statements of `to_map` that name exactly one
    `self.<attr>` and one `result['<wire>']`."""
    wires = {}
    for stmt in to_map.body:
        keys, attrs = set(), set()
        for node in ast.walk(stmt):
            if (
                isinstance(node, ast.Subscript)
                and isinstance(node.value, ast.Name)
                and node.value.id == "result"
                and isinstance(node.slice, ast.Constant)
            ):
                keys.add(node.slice.value)
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
            ):
                attrs.add(node.attr)
        if len(keys) == 1 and len(attrs) == 1:
            wires[attrs.pop()] = keys.pop()
    return wires


# --------------------------------------------------------------------------------------------
# Operations, read from the `<name>_with_options` methods of `client.py`.


class Operation:
    def __init__(self):
        self.method_name = None
        self.params = {}  # Params(...) keyword arguments, pathname as a template
        self.path_args = []  # positional argument names before the request
        self.placeholders = []  # placeholder names in pathname order
        self.request_model = None
        self.headers_model = None  # None for anonymous operations (a plain dict)
        self.response_model = None
        self.sent = []  # (place, wire name, request attribute) for query and body fields
        self.headers = []  # (wire name, headers attribute)
        self.body_form = None  # 'map', 'array' (whole `request.body`) or None
        self.shrink = {}  # shrunk attribute -> original attribute


def attr_of(node, names):
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in names
    ):
        return node.attr
    return None


def call_name(node):
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        owner = node.func.value
        if isinstance(owner, ast.Name):
            return f"{owner.id}.{node.func.attr}"
    return None


def pathname_template(node, where):
    if isinstance(node, ast.Constant):
        return node.value, []
    if isinstance(node, ast.JoinedStr):
        text, names = "", []
        for part in node.values:
            if isinstance(part, ast.Constant):
                text += part.value
            elif isinstance(part, ast.FormattedValue) and isinstance(part.value, ast.Name):
                text += "{" + part.value.id + "}"
                names.append(part.value.id)
            else:
                raise CaptureError(f"{where}: pathname part `{ast.unparse(part)}`")
        return text, names
    raise CaptureError(f"{where}: pathname `{ast.unparse(node)}`")


def read_operations(path, module):
    tree = ast.parse(open(path, encoding="utf-8").read())
    client = next(c for c in tree.body if isinstance(c, ast.ClassDef) and c.name == "Client")
    ops = []
    for fn in client.body:
        # Some names lack the underscore (`anhei_pwith_options`); what makes an operation is
        # that it calls `self.execute(...)`.
        if isinstance(fn, ast.FunctionDef) and any(
            call_name(node) == "self.execute" for node in ast.walk(fn)
        ):
            ops.append(read_operation(fn, f"{module}.{fn.name}"))
    return ops


def read_operation(fn, where):
    op = Operation()
    op.method_name = fn.name
    args = [a for a in fn.args.args[1:]]
    names = [a.arg for a in args]
    if names[-2:] != ["headers", "runtime"]:
        raise CaptureError(f"{where}: arguments {names}")
    headers_ann = args[-2].annotation
    if isinstance(headers_ann, ast.Attribute):
        op.headers_model = headers_ann.attr
    request_arg = names[-3] if len(names) >= 3 and names[-3] in ("request", "tmp_req") else None
    if request_arg:
        op.request_model = args[-3].annotation.attr
        op.path_args = names[:-3]
    else:
        op.path_args = names[:-2]
    op.response_model = fn.returns.attr

    for stmt in walk_statements(fn.body):
        if isinstance(stmt, ast.Expr):
            continue  # docstring, validate_model, convert
        if isinstance(stmt, ast.Return):
            continue
        if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
            raise CaptureError(f"{where}: statement `{ast.unparse(stmt)}`")
        target, value = stmt.targets[0], stmt.value
        if isinstance(target, ast.Name):
            if target.id in ("query", "body", "real_headers") and not call_name(value):
                continue  # `= {}` or `= headers.common_headers`
            if target.id == "request" and call_name(value):
                continue  # the shrink request model
            if target.id == "req" and call_name(value) == "open_api_models.OpenApiRequest":
                for kw in value.keywords:
                    if kw.arg == "body":
                        op.body_form = {
                            "OpenApiUtilClient.parse_to_map(body)": "map",
                            "UtilClient.to_array(request.body)": "array",
                            "request.body": "array",
                        }.get(ast.unparse(kw.value))
                        if op.body_form is None:
                            raise CaptureError(f"{where}: body `{ast.unparse(kw.value)}`")
                continue
            if target.id == "params" and call_name(value) == "open_api_models.Params":
                for kw in value.keywords:
                    if kw.arg == "pathname":
                        op.params[kw.arg], op.placeholders = pathname_template(kw.value, where)
                    else:
                        op.params[kw.arg] = ast.literal_eval(kw.value)
                continue
        if isinstance(target, ast.Attribute) and attr_of(target, ("request",)):
            if call_name(value) == "OpenApiUtilClient.array_to_string_with_specified_style":
                original = attr_of(value.args[0], ("tmp_req",))
                if original:
                    op.shrink[target.attr] = original
                    continue
        if (
            isinstance(target, ast.Subscript)
            and isinstance(target.value, ast.Name)
            and isinstance(target.slice, ast.Constant)
        ):
            place, wire = target.value.id, target.slice.value
            if place in ("query", "body"):
                attr = attr_of(value, ("request", "tmp_req"))
                if attr:
                    op.sent.append((place, wire, attr))
                    continue
            if place == "real_headers" and call_name(value) == "UtilClient.to_jsonstring":
                attr = attr_of(value.args[0], ("headers",))
                if attr:
                    op.headers.append((wire, attr))
                    continue
        raise CaptureError(f"{where}: statement `{ast.unparse(stmt)}`")
    if not op.params.get("action") or "pathname" not in op.params:
        raise CaptureError(f"{where}: no Params(action=..., pathname=...)")
    return op


def walk_statements(body):
    for stmt in body:
        if isinstance(stmt, ast.If):
            yield from walk_statements(stmt.body)
            yield from walk_statements(stmt.orelse)
        else:
            yield stmt


# --------------------------------------------------------------------------------------------
# Importing the SDK. `doc_2_0/models.py` names classes in annotations before defining them
# (`NameError: name 'DentryModel' is not defined`): annotations are evaluated when a function is
# defined, so a stand-in for each missing name is put into `builtins` for the duration of the
# import only. Module code that runs later looks the real class up in the module's globals,
# which come before builtins; nothing installed is modified.


def import_client(module):
    name = f"{PACKAGE}.{module}.client"
    stand_ins = []
    try:
        for _ in range(100):
            try:
                return importlib.import_module(name)
            except NameError as e:
                missing = getattr(e, "name", None)
                if not missing or hasattr(builtins, missing):
                    raise
                for loaded in [m for m in sys.modules if m.startswith(f"{PACKAGE}.{module}.")]:
                    del sys.modules[loaded]
                setattr(builtins, missing, type(missing, (), {"__stand_in__": True}))
                stand_ins.append(missing)
        raise CaptureError(f"{module}: too many missing names")
    finally:
        for missing in stand_ins:
            delattr(builtins, missing)
        if stand_ins:
            print(f"{module}: imported with stand-ins for {', '.join(stand_ins)}", file=sys.stderr)


# --------------------------------------------------------------------------------------------
# Deterministic values. Each value exists twice: as the Python object handed to the SDK and as
# JSON written by wire name (what a replay builds its request from).

CUT = object()  # a recursive model reached its depth: the field is left unset


class Values:
    def __init__(self, models, module_classes, full):
        self.models = models
        self.classes = module_classes
        self.full = full
        self.counter = 0
        self.stack = []

    def tick(self):
        self.counter += 1
        return self.counter

    def string(self, place):
        n = self.tick()
        if place == "header":
            return f"h{n} A&B+C/="  # header values must stay latin-1 for the SDK's HTTP stack
        return f"研发项目 A&B+C {n}" if n % 2 else f"nt-proj/{n}="

    def free_object(self):
        n = self.tick()
        return {"text": f"任意值 A&B {n}", "count": n, "flag": n % 2 == 1}

    def value(self, ty, place):
        """(python value, JSON value) or CUT."""
        kind = ty[0]
        if kind == "str":
            s = self.string(place)
            return s, s
        if kind == "int":
            n = self.tick()
            v = 1700000000000 + n if n % 2 == 0 else n
            return v, v
        if kind == "float":
            v = self.tick() + 0.25
            return v, v
        if kind == "bool":
            v = self.tick() % 2 == 1
            return v, v
        if kind in ("any", "object"):
            if place in ("query", "header"):
                s = self.string(place)
                return s, s
            v = self.free_object()
            return v, dict(v)
        if kind == "list":
            items = [self.value(ty[1], place) for _ in range(2 if self.full else 1)]
            if any(item is CUT for item in items):
                return CUT
            return [p for p, _ in items], [j for _, j in items]
        if kind == "map":
            py, js = {}, {}
            for key in MAP_KEYS[: 2 if self.full else 1]:
                item = self.value(ty[1], place)
                if item is CUT:
                    return CUT
                py[key], js[key] = item
            return py, js
        if kind == "model":
            return self.model(ty[1], place)
        raise CaptureError(f"type {ty}")

    def model(self, name, place):
        if self.stack.count(name) >= MODEL_DEPTH:
            return CUT
        fields = self.models.get(name)
        if fields is None:
            raise CaptureError(f"model {name} not found")
        self.stack.append(name)
        kwargs, js = {}, {}
        for f in fields:
            if not (self.full or f.required):
                continue
            item = self.value(f.ty, place)
            if item is CUT:
                continue
            if f.wire is None:
                raise CaptureError(f"{name}.{f.py}: no wire name in to_map")
            kwargs[f.py], js[f.wire] = item
        self.stack.pop()
        return getattr(self.classes, name)(**kwargs), js


# --------------------------------------------------------------------------------------------
# The recording server.


class Recorder(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.lock = threading.Lock()
        self.reply = (200, [], b"")
        self.requests = []


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Without it each reply waits for a delayed ACK (Nagle): 40 ms a call.
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    def read_body(self):
        length = self.headers.get("Content-Length")
        if length is not None:
            return self.rfile.read(int(length))
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        return b""

    def answer(self):
        body = self.read_body()
        server = self.server
        with server.lock:
            server.requests.append(
                {
                    "method": self.command,
                    "target": self.path,
                    "headers": [[k.lower(), v] for k, v in self.headers.items()],
                    "body": body,
                }
            )
            status, headers, reply = server.reply
        self.send_response_only(status)
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(reply)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = answer


# --------------------------------------------------------------------------------------------
# Capturing one module.


def body_text(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("utf-8", "backslashreplace")


def normalise(text, port):
    return text.replace(f"127.0.0.1:{port}", f"127.0.0.1:{PORT_MARK}")


USER_AGENT = re.compile(r"^AlibabaCloud \([^)]*\) Python/\S+")


def normalise_header(name, value, port):
    if name == "host":
        return normalise(value, port)
    if name == "user-agent":
        return USER_AGENT.sub("AlibabaCloud (<os>; <arch>) Python/<version>", value)
    return value


def request_id(module, action, kind):
    digest = hashlib.sha256(f"{module}/{action}/{kind}".encode()).hexdigest().upper()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def reply_for(op, values, module, kind):
    """(status, headers, body bytes): a reply generated from the response model by `values`
    (full, with a counter of its own), every field populated."""
    body_type = op.params.get("body_type")
    headers = [["x-acs-request-id", request_id(module, op.params["action"], kind)]]
    body = b""
    if body_type != "none":
        body_field = next((f for f in values.models[op.response_model] if f.py == "body"), None)
        if body_type == "boolean":
            value = True
        elif body_field is None:
            value = {}
        else:
            item = values.value(body_field.ty, "reply")
            value = {} if item is CUT else item[1]
        if body_type == "json" and not isinstance(value, dict):
            raise CaptureError(f"{module}.{op.method_name}: json reply of type {body_field.ty}")
        body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        headers.insert(0, ["content-type", "application/json"])
    headers.append(["content-length", str(len(body))])
    return 200, headers, body


def parsed(response):
    """What the SDK made of the reply: the status, and the body as `to_map()` writes it (a
    model), or the raw value (a string, a list)."""
    out = {"status_code": getattr(response, "status_code", None)}
    if "body" in vars(response):
        out["body"] = plain(response.body)
    return out


def plain(value):
    if hasattr(value, "to_map"):
        return value.to_map()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


class ModuleCapture:
    """One module: its models and operations read from source, its client on the recorder."""

    def __init__(self, module, server):
        from alibabacloud_tea_openapi.models import Config

        root = os.path.join(os.path.dirname(importlib.util.find_spec(PACKAGE).origin), module)
        self.module = module
        self.server = server
        self.port = server.server_address[1]
        self.models = read_models(os.path.join(root, "models.py"), module)
        self.ops = read_operations(os.path.join(root, "client.py"), module)
        client_module = import_client(module)
        self.classes = importlib.import_module(f"{PACKAGE}.{module}.models")
        self.client = client_module.Client(
            Config(endpoint=f"127.0.0.1:{self.port}", protocol="http")
        )

    def unsent_fields(self, op):
        """Request model fields the operation sends nowhere."""
        if not op.request_model:
            return []
        sent = {op.shrink.get(attr, attr) for _, _, attr in op.sent}
        if op.body_form == "array":
            sent.add("body")
        return [f.py for f in self.models[op.request_model] if f.py not in sent]

    def run(self):
        """Every case of the module, sorted."""
        cases = []
        for op in self.ops:
            for kind in ("full", "minimal"):
                cases.append(self.case(op, kind))
        cases.sort(key=lambda c: (c["operation"], c["sdk_method"], c["case"] != "full"))
        return cases

    def case(self, op, kind):
        from alibabacloud_tea_util.models import RuntimeOptions

        values = Values(self.models, self.classes, full=kind == "full")
        inputs = {"path": [], "query": {}, "headers": {}, "body": None}

        # Path arguments: letters and digits only, so paths compare byte for byte.
        args = {
            name: re.sub(r"[^A-Za-z0-9]", "", name) + str(i)
            for i, name in enumerate(op.path_args, 1)
        }
        inputs["path"] = [[name, args[name]] for name in op.placeholders]
        unsent_args = [[n, args[n]] for n in op.path_args if n not in op.placeholders]

        positional = [args[name] for name in op.path_args]
        if op.request_model:
            positional.append(self.request(op, values, inputs))
        headers, token = self.headers(op, values, inputs)

        status, reply_headers, reply_body = reply_for(
            op, Values(self.models, self.classes, full=True), self.module, kind
        )
        with self.server.lock:
            self.server.requests = []
            self.server.reply = (status, reply_headers, reply_body)
        try:
            response = getattr(self.client, op.method_name)(
                *positional, headers, RuntimeOptions()
            )
            sdk = parsed(response)
        except Exception as e:  # the SDK's own failure is part of the record
            sdk = {"error": {"type": type(e).__name__, "message": normalise(str(e), self.port)}}
        with self.server.lock:
            seen, self.server.requests = self.server.requests, []
        if len(seen) > 1:
            raise CaptureError(f"{self.module}.{op.method_name}: {len(seen)} requests for one call")

        case = {
            "module": self.module,
            "operation": op.params["action"],
            "case": kind,
            "sdk_method": op.method_name,
            "http_method": op.params["method"],
            "pathname": op.params["pathname"],
            "anonymous": op.params.get("auth_type") == "Anonymous",
            "body_type": op.params.get("body_type"),
            "token": token,
            "inputs": inputs,
        }
        if unsent_args:
            case["unsent_args"] = unsent_args
        case["request"] = None
        if seen:
            r = seen[0]
            case["request"] = {
                "method": r["method"],
                "target": r["target"],
                "headers": [[k, normalise_header(k, v, self.port)] for k, v in r["headers"]],
                "body": body_text(r["body"]),
            }
        case["reply"] = {"status": status, "headers": reply_headers, "body": body_text(reply_body)}
        case["sdk"] = sdk
        return case

    def request(self, op, values, inputs):
        """The request model object; its fields are recorded in `inputs` by place and wire name,
        as given (a shrunk field as the list or object, before the SDK turns it into text)."""
        place_of = {}
        for place, wire, attr in op.sent:
            place_of[op.shrink.get(attr, attr)] = (place, wire)
        if op.body_form == "array":
            place_of["body"] = ("body", None)  # the field is the whole body
        if op.body_form == "map":
            inputs["body"] = {}
        kwargs = {}
        values.stack.append(op.request_model)
        for f in self.models[op.request_model]:
            if f.py not in place_of or not (values.full or f.required):
                continue
            place, wire = place_of[f.py]
            item = values.value(f.ty, place)
            if item is CUT:
                continue
            kwargs[f.py] = item[0]
            if wire is None:
                inputs["body"] = item[1]
            else:
                inputs[place][wire] = item[1]
        values.stack.pop()
        return getattr(self.classes, op.request_model)(**kwargs)

    def headers(self, op, values, inputs):
        """The headers argument and the token (None for anonymous operations, which take a
        plain dict). Extra headers are recorded in `inputs`; the token is not."""
        if not op.headers_model:
            return {}, None
        given, token = {}, None
        fields = {f.py: f for f in self.models[op.headers_model]}
        for wire, attr in op.headers:
            if attr == "x_acs_dingtalk_access_token":
                given[attr] = token = TOKEN
            elif values.full or fields[attr].required:
                given[attr], inputs["headers"][wire] = values.value(fields[attr].ty, "header")
        return getattr(self.classes, op.headers_model)(**given), token


def capture_module(module, server, out_dir):
    """Captures one module into `OUT_DIR/<module>.jsonl`; returns its figures."""
    capture = ModuleCapture(module, server)
    cases = capture.run()
    unsent = sum(len(capture.unsent_fields(op)) for op in capture.ops)
    errors = [
        f"{c['module']} {c['operation']} {c['case']}: {c['sdk']['error']['type']}: "
        f"{c['sdk']['error']['message'][:200]}"
        for c in cases
        if "error" in c["sdk"]
    ]
    text = "".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n" for c in cases)
    path = os.path.join(out_dir, f"{module}.jsonl")
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if old != text:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return len(capture.ops), len(cases), errors, unsent, len(text.encode("utf-8"))


def modules_of_package():
    root = os.path.dirname(importlib.util.find_spec(PACKAGE).origin)
    return sorted(
        name
        for name in os.listdir(root)
        if os.path.isfile(os.path.join(root, name, "client.py"))
    )


def main():
    if len(sys.argv) < 2:
        print("usage: capture.py OUT_DIR [MODULE ...]", file=sys.stderr)
        return 2
    out_dir, only = sys.argv[1], sys.argv[2:]
    os.makedirs(out_dir, exist_ok=True)
    modules = modules_of_package()
    unknown = [m for m in only if m not in modules]
    if unknown:
        print(f"no such module: {', '.join(unknown)}", file=sys.stderr)
        return 2
    selected = only or modules

    # The recorder lives in a daemon thread of this process: it is shut down below, and goes
    # with the process whatever happens.
    server = Recorder()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    ops = cases = size = unsent = 0
    errors = []
    try:
        for module in selected:
            m_ops, m_cases, m_errors, m_unsent, m_size = capture_module(module, server, out_dir)
            print(
                f"{module:28} {m_ops:4} operations {m_cases:5} cases "
                f"{len(m_errors):3} SDK exceptions {m_size:9} bytes"
            )
            ops, cases, size, unsent = ops + m_ops, cases + m_cases, size + m_size, unsent + m_unsent
            errors.extend(m_errors)
    finally:
        server.shutdown()
        server.server_close()
    if not only:
        # Fixtures of modules the package no longer has.
        for name in sorted(os.listdir(out_dir)):
            if name.endswith(".jsonl") and name[: -len(".jsonl")] not in modules:
                os.remove(os.path.join(out_dir, name))
                print(f"removed {name}")
    print(
        f"total: {len(selected)} modules, {ops} operations, {cases} cases, "
        f"{len(errors)} SDK exceptions, {size} bytes"
    )
    if unsent:
        print(f"request model fields sent nowhere (left unset): {unsent}")
    for line in errors:
        print(f"  SDK exception: {line}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except CaptureError as e:
        print(f"capture: {e}", file=sys.stderr)
        sys.exit(1)
