"""Post-step: write the typed facade (`tx.<group>.<operation>`) and the operation table.

The generator writes one module per operation. This step reads each module's `asyncio`
function (its exact parameter and return annotations, so static types stay identical) and
the spec (operation ids, tags, deprecation), then writes:

- `facade/<group>.py`: a class per group with one async method per operation, plus a
  `<name>_with_response` variant; each imports its endpoint module only when called;
- `facade/__init__.py`: `Operations`, the root with one lazily built attribute per group;
- `operations.py`: `OPERATIONS`, one `OperationInfo` per operation (emulator, checks).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier, snake_case

from .paths import PACKAGE_NAME

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SKIP_IMPORT_MODULES = {"client", "errors", "http", "httpx", "typing", "urllib.parse", "io"}


@dataclass
class Parsed:
    """What one generated endpoint module says about its operation."""

    module: str  # dotted, relative to the package: api.customer.customer_search
    method: str
    path: str
    params_src: list[str]
    call_src: list[str]
    return_src: str
    imports: list[str] = field(default_factory=list)
    default_names: set[str] = field(default_factory=set)  # names parameter defaults refer to


@dataclass
class Operation:
    operation_id: str
    group: str
    name: str
    method: str
    path: str
    summary: str
    deprecated: bool
    spec: dict[str, Any]
    parsed: Parsed


def _group_name(tag: str) -> str:
    """`bank/reconciliation/match` → `bank_reconciliation_match`; path params and :actions dropped."""
    parts = [p for p in tag.split("/") if p and not p.startswith(("{", ":", ">"))]
    name = "_".join(snake_case(p) for p in parts) or "default"
    return re.sub(r"_+", "_", name).strip("_")


def _method_name(operation_id: str) -> str:
    suffix = operation_id.split("_", 1)[1] if "_" in operation_id else operation_id
    return str(PythonIdentifier(suffix, prefix="op"))


def _import_line(node: ast.ImportFrom) -> str | None:
    module = node.module or ""
    if node.level == 0:
        if module in _SKIP_IMPORT_MODULES or module.startswith("httpx"):
            return None
        names = ", ".join(a.name if a.asname is None else f"{a.name} as {a.asname}" for a in node.names)
        return f"from {module} import {names}"
    if module.split(".")[0] in ("client", "errors") or module == "":
        return None
    names = ", ".join(a.name if a.asname is None else f"{a.name} as {a.asname}" for a in node.names)
    return f"from {PACKAGE_NAME}.{module} import {names}"


def parse_endpoint_module(package_dir: Path, path: Path) -> Parsed | None:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    method = url = None
    function: ast.AsyncFunctionDef | None = None
    imports: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            line = _import_line(node)
            if line:
                imports.append(line)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "datetime":
                    imports.append("import datetime")
        elif isinstance(node, ast.FunctionDef) and node.name == "_get_kwargs":
            for sub in ast.walk(node):
                if isinstance(sub, ast.Dict):
                    for key, value in zip(sub.keys, sub.values, strict=True):
                        if isinstance(key, ast.Constant) and key.value == "method":
                            assert isinstance(value, ast.Constant)
                            method = str(value.value)
                        if isinstance(key, ast.Constant) and key.value == "url":
                            if isinstance(value, ast.Constant):
                                url = str(value.value)
                            elif isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
                                assert isinstance(value.func.value, ast.Constant)
                                url = str(value.func.value.value)
        elif isinstance(node, ast.AsyncFunctionDef) and node.name == "asyncio_detailed":
            function = node
    if function is None or method is None or url is None:
        return None
    args = function.args
    params_src: list[str] = []
    call_src: list[str] = []
    positional = [a for a in args.args]
    for arg in positional:
        params_src.append(ast.get_source_segment(source, arg) or arg.arg)
        call_src.append(f"{arg.arg}={arg.arg}")
    kwonly = [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if a.arg != "client"]
    if kwonly:
        params_src.append("*")
    default_names: set[str] = set()
    for arg, default in kwonly:
        text = ast.get_source_segment(source, arg) or arg.arg
        if default is not None:
            text += " = " + (ast.get_source_segment(source, default) or "UNSET")
            default_names.update(n.id for n in ast.walk(default) if isinstance(n, ast.Name))
        params_src.append(text)
        call_src.append(f"{arg.arg}={arg.arg}")
    returns = ast.get_source_segment(source, function.returns) if function.returns else "Response[Any]"
    assert returns is not None
    inner = returns.removeprefix("Response[").removesuffix("]")
    module = ".".join(path.relative_to(package_dir).with_suffix("").parts)
    return Parsed(module, method.upper(), url, params_src, call_src, inner, imports, default_names)


def _shape(path: str) -> str:
    """Path parameters renamed by the generator (`{attachmentId}` → `{attachment_id}`) still match."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def collect_operations(document: dict[str, Any], package_dir: Path) -> list[Operation]:
    """Match every spec operation with its generated module; fail loudly if one is missing."""
    by_key: dict[tuple[str, str], Parsed] = {}
    for path in sorted((package_dir / "api").rglob("*.py")):
        if path.name == "__init__.py":
            continue
        parsed = parse_endpoint_module(package_dir, path)
        if parsed is not None:
            by_key[(parsed.method, _shape(parsed.path))] = parsed
    operations: list[Operation] = []
    missing: list[str] = []
    for spec_path, item in document["paths"].items():
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            parsed = by_key.get((method.upper(), _shape(spec_path)))
            if parsed is None:
                missing.append(f"{method.upper()} {spec_path}")
                continue
            operation_id = str(op.get("operationId") or snake_case(f"{method}_{spec_path}"))
            tags = op.get("tags") or ["default"]
            operations.append(
                Operation(
                    operation_id=operation_id,
                    group=_group_name(str(tags[0])),
                    name=_method_name(operation_id),
                    method=method.upper(),
                    path=spec_path,
                    summary=str(op.get("summary") or "").strip(),
                    deprecated=bool(op.get("deprecated")),
                    spec=op,
                    parsed=parsed,
                )
            )
    if missing:
        raise RuntimeError(f"{len(missing)} operations were not generated: {', '.join(missing[:10])}")
    _disambiguate(operations)
    return operations


def _disambiguate(operations: list[Operation]) -> None:
    """Facade names must be unique in a group: colliding ones use their full module name."""
    seen: dict[tuple[str, str], list[Operation]] = {}
    for op in operations:
        seen.setdefault((op.group, op.name), []).append(op)
    for (_group, _name), ops in seen.items():
        if len(ops) > 1:
            for op in ops:
                op.name = op.parsed.module.rsplit(".", 1)[1]
    names = {(op.group, op.name) for op in operations}
    if len(names) != len(operations):
        raise RuntimeError("facade names are not unique after disambiguation")


def _class_name(group: str) -> str:
    return "".join(part.capitalize() for part in group.split("_")) + "Operations"


def _docstring(op: Operation) -> str:
    summary = op.summary.replace("\\", "\\\\").replace('"""', "'''")
    summary = re.sub(r"\s+", " ", summary)
    flag = "[DEPRECATED] " if op.deprecated and "DEPRECATED" not in summary else ""
    return f"{flag}{summary} `{op.method} {op.path}` ({op.operation_id})".strip()


def _returns_value(op: Operation) -> bool:
    return op.parsed.return_src not in ("Any", "None")


def _runtime_imports(ops: list[Operation], imports: list[str]) -> list[str]:
    """Import lines for the classes that parameter defaults refer to (e.g. an enum member)."""
    used = {name for op in ops for name in op.parsed.default_names}
    result: list[str] = []
    for line in imports:
        if " import " not in line or "types import" in line:
            continue
        names = [n.strip() for n in line.split(" import ", 1)[1].split(",")]
        needed = [n for n in names if n in used]
        if needed:
            result.append(f"{line.split(' import ', 1)[0]} import {', '.join(needed)}")
    return sorted(set(result))


def render_group(group: str, ops: list[Operation]) -> str:
    imports = sorted({line for op in ops for line in op.parsed.imports})
    lines = [
        f'"""Operations of the `{group}` group (generated by scripts/regen; do not edit)."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Any",
        "",
        f"from {PACKAGE_NAME}.types import UNSET, Unset",
        "",
        "if TYPE_CHECKING:",
        f"    from {PACKAGE_NAME}.types import Executor, File, Response",
    ]
    lines += [f"    {line}" for line in imports if "types import" not in line]
    runtime = _runtime_imports(ops, imports)
    if runtime:
        lines += [
            "",
            "# Names used in default values are needed at run time, not only by type checkers.",
            *runtime,
        ]
    lines += ["", "", f"class {_class_name(group)}:", f'    """`tx.{group}.<operation>`."""', ""]
    lines += ['    __slots__ = ("_executor",)', ""]
    lines += ["    def __init__(self, executor: Executor) -> None:", "        self._executor = executor", ""]
    for op in sorted(ops, key=lambda o: o.name):
        params = ", ".join(["self", *op.parsed.params_src])
        call = ", ".join(op.parsed.call_src)
        module = f"{PACKAGE_NAME}.{op.parsed.module}"
        returns = op.parsed.return_src
        doc = _docstring(op)
        expects = "True" if _returns_value(op) else "False"
        lines += [
            f"    async def {op.name}({params}) -> {returns}:",
            f'        """{doc}"""',
            f"        from {module.rsplit('.', 1)[0]} import {module.rsplit('.', 1)[1]} as _op",
            "",
            f"        return await self._executor.call(_op, _op._get_kwargs({call}), {expects})",
            "",
            f"    async def {op.name}_with_response({params}) -> Response[{returns}]:",
            f'        """{doc} With status, headers, request id and rate-limit state."""',
            f"        from {module.rsplit('.', 1)[0]} import {module.rsplit('.', 1)[1]} as _op",
            "",
            f"        return await self._executor.call_with_response(_op, _op._get_kwargs({call}), {expects})",
            "",
        ]
    return "\n".join(lines) + "\n"


def render_root(groups: list[str]) -> str:
    lines = [
        '"""The typed facade over every operation (generated by scripts/regen; do not edit).',
        "",
        "`Operations` has one attribute per group; each group module is imported on first use.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
        f"    from {PACKAGE_NAME}.types import Executor",
    ]
    lines += [f"    from .{g} import {_class_name(g)}" for g in groups]
    lines += [
        "",
        f"GROUPS: tuple[str, ...] = ({', '.join(repr(g) for g in groups)},)",
        "",
        "",
        "class Operations:",
        '    """Every operation of the API as `<group>.<operation>(...)`, sent through an executor."""',
        "",
        "    def __init__(self, executor: Executor) -> None:",
        "        self._executor = executor",
        "",
    ]
    for g in groups:
        lines += [
            "    @cached_property",
            f"    def {g}(self) -> {_class_name(g)}:",
            f"        from .{g} import {_class_name(g)}",
            "",
            f"        return {_class_name(g)}(self._executor)",
            "",
        ]
    return "\n".join(lines) + "\n"


def _param_tuple(params: list[dict[str, Any]]) -> str:
    items = [
        f"Param({p['name']!r}, {str(PythonIdentifier(p['name'], prefix='field_'))!r}, {bool(p.get('required'))!r})"
        for p in params
    ]
    return "(" + "".join(f"{i}, " for i in items) + ")"


def _resolve_param(document: dict[str, Any], param: dict[str, Any]) -> dict[str, Any]:
    ref = param.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[1]
        resolved: dict[str, Any] = document["components"]["parameters"][name]
        return resolved
    return param


def render_table(document: dict[str, Any], operations: list[Operation]) -> str:
    lines = [
        '"""Every operation of the API (generated by scripts/regen; do not edit)."""',
        "",
        f"from {PACKAGE_NAME}.types import OperationInfo, Param",
        "",
        "OPERATIONS: tuple[OperationInfo, ...] = (",
    ]
    for op in operations:
        params = [_resolve_param(document, p) for p in op.spec.get("parameters") or []]
        path_params = [p for p in params if p.get("in") == "path"]
        query_params = [p for p in params if p.get("in") == "query"]
        names = {p["name"] for p in query_params}
        body = op.spec.get("requestBody") or {}
        content = body.get("content") or {}
        content_type = next(iter(content), None)
        body_type = None
        if content_type:
            schema = content[content_type].get("schema") or {}
            ref = schema.get("$ref") or (schema.get("items") or {}).get("$ref")
            body_type = ref.rsplit("/", 1)[1] if isinstance(ref, str) else schema.get("type")
            if schema.get("type") == "array" and body_type:
                body_type = f"list[{body_type}]"
        statuses = sorted(int(code) for code in (op.spec.get("responses") or {}) if str(code).isdigit())
        responses = tuple((code, op.parsed.return_src) for code in statuses if 200 <= code < 300)
        lines.append(
            "    OperationInfo("
            f"{op.operation_id!r}, {op.group!r}, {op.name!r}, {op.parsed.module!r}, {op.method!r}, {op.path!r}, "
            f"{_param_tuple(path_params)}, {_param_tuple(query_params)}, {content_type!r}, {body_type!r}, "
            f"{responses!r}, {op.deprecated!r}, {('from' in names and 'count' in names)!r}),"
        )
    lines.append(")")
    return "\n".join(lines) + "\n"


def write_models_stub(package_dir: Path) -> None:
    """`models/__init__.pyi`: the static view (every model importable) of the lazy models package."""
    init = (package_dir / "models" / "__init__.py").read_text(encoding="utf-8")
    pairs = sorted(re.findall(r"([A-Za-z_][A-Za-z0-9_]*):([a-z0-9_]+) ", init))
    lines = ['"""Static view of the lazily loaded models (generated by scripts/regen; do not edit)."""', ""]
    lines += [f"from .{module} import {name} as {name}" for name, module in pairs]
    lines += ["", "__all__ = ["] + [f'    "{name}",' for name, _ in pairs] + ["]"]
    (package_dir / "models" / "__init__.pyi").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_facade(document: dict[str, Any], package_dir: Path) -> list[Operation]:
    """Write facade/ and operations.py into the generated package; return the operations."""
    operations = collect_operations(document, package_dir)
    by_group: dict[str, list[Operation]] = {}
    for op in operations:
        by_group.setdefault(op.group, []).append(op)
    facade_dir = package_dir / "facade"
    facade_dir.mkdir(exist_ok=True)
    groups = sorted(by_group)
    for group in groups:
        (facade_dir / f"{group}.py").write_text(render_group(group, by_group[group]), encoding="utf-8")
    (facade_dir / "__init__.py").write_text(render_root(groups), encoding="utf-8")
    (package_dir / "operations.py").write_text(render_table(document, operations), encoding="utf-8")
    write_models_stub(package_dir)
    return operations
