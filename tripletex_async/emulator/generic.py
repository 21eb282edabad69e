"""Fallback routes for every operation of the API, answered with deterministic schema-shaped data.

``register_generic_operations(state, operations)`` takes ``tripletex_async_api.operations.OPERATIONS``
(``OperationInfo`` tuples: method, spec path template, module, 2xx ``responses`` as type strings).
``create_app`` registers all of them by default, behind the stateful handlers: a fallback never
shadows an existing route. An operation's endpoint module and response model are imported on its
first request, so startup stays fast and a regenerated spec is served with no hand work.

Answers by response type:

* ``ListResponseX`` -> list envelope of seeded ``X`` values honouring ``from``/``count``/``fields``/``sorting``;
* ``ResponseWrapperX`` -> ``{"value": X}`` (POST/PUT echo the JSON body over it, with an id);
* ``File`` -> a few bytes with a content type guessed from the path (pdf, csv, xml);
* ``Any`` or a 204 -> an empty body (``{}`` for 200/201);
* any other model / ``list[X]`` / scalar -> an introspected example of it.

Legacy duck-typed descriptors (``method``, ``path``, ``success_codes``, ``response_model``) still work.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import importlib
import re
import sys
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import attrs

from .call import Call
from .errors import ApiError
from .listing import DEFAULT_COUNT, parse_paging, project, sort_plain
from .replies import Reply, list_reply, no_content
from .store import dumps

if TYPE_CHECKING:
    from .state import EmulatorState

_MAX_DEPTH = 2  # top-level model plus one nested level; deeper references are left out
_PACKAGE = "tripletex_async_api"
_IDENT = re.compile(r"^[A-Za-z_]\w*$")
_LIST_OF = re.compile(r"^list\[([A-Za-z_]\w*)\]$")
_SCALARS: dict[str, object] = {"bool": True, "int": 1, "float": 1.0, "str": "ok"}
_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _seed_int(*parts: object) -> int:
    h = hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(h, "big") % 1_000_000_000 + 1


def _is_unset(tp: Any) -> bool:
    return getattr(tp, "__name__", "") == "Unset"


_HINTS: dict[type[Any], dict[str, Any]] = {}


class _LazyModels(dict[str, Any]):
    """Names the generated models import only under TYPE_CHECKING, looked up on demand."""

    def __missing__(self, key: str) -> Any:
        try:
            models = importlib.import_module(f"{_PACKAGE}.models")
            value = getattr(models, key)
        except (ImportError, AttributeError):
            raise KeyError(key) from None
        self[key] = value
        return value


_MODELS_NS = _LazyModels()


_EVALUATED: dict[str, Any] = {}
_NESTED: dict[tuple[type[Any], int], Any] = {}


def _eval_hint(text: str, cls: type[Any]) -> Any:
    """Evaluate an annotation string once per distinct text (model names are unique package-wide)."""
    found = _EVALUATED.get(text)
    if found is None:
        module = sys.modules.get(cls.__module__)
        try:
            found = eval(text, dict(vars(module)) if module else {}, _MODELS_NS)  # noqa: S307
        except Exception:  # an annotation we cannot resolve: that field is left out
            return None
        _EVALUATED[text] = found
    return found


def _resolve_hints(cls: type[Any]) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = {
            f.name: _eval_hint(f.type, cls) if isinstance(f.type, str) else f.type for f in attrs.fields(cls)
        }
        _HINTS[cls] = hints
    return hints


def _strip_optional(tp: Any) -> Any:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None) and not _is_unset(a)]
        return options[0] if options else None
    return tp


def example_value(tp: Any, name: str, seed: str, depth: int = 0) -> Any:
    """A deterministic Python value of type ``tp`` (attrs instances, enums, dates, lists ...)."""
    tp = _strip_optional(tp)
    origin = typing.get_origin(tp)
    if origin in (list, tuple, set, frozenset):
        args = typing.get_args(tp)
        if not args:
            return []
        item = example_value(args[0], name, seed, depth)
        return [] if item is None else [item]
    if origin is dict:
        return {}
    if tp is None or isinstance(tp, str) or tp is Any:
        return None
    if isinstance(tp, type):
        if issubclass(tp, bool):
            return False
        if issubclass(tp, enum.Enum):
            return next(iter(tp))
        if issubclass(tp, int):
            return _seed_int(seed, name)
        if issubclass(tp, float):
            return float(_seed_int(seed, name) % 10_000) / 4
        if issubclass(tp, str):
            if "date" in name.lower():
                return (dt.date(2025, 1, 1) + dt.timedelta(days=_seed_int(seed, name) % 365)).isoformat()
            return f"{name}-{_seed_int(seed, name) % 10_000}"
        if issubclass(tp, dt.datetime):
            return dt.datetime(2025, 1, 1, 12, 0, 0)
        if issubclass(tp, dt.date):
            return dt.date(2025, 1, 1)
        if attrs.has(tp):
            if depth >= _MAX_DEPTH:
                return None
            key = (tp, depth + 1)  # nested models do not vary with the seed: build each once
            nested = _NESTED.get(key)
            if nested is None:
                nested = _NESTED[key] = example_instance(tp, tp.__name__, depth + 1)
            return nested
    return None


def example_instance(cls: type[Any], seed: str, depth: int = 0) -> Any:
    hints = _resolve_hints(cls)
    kwargs: dict[str, Any] = {}
    for f in attrs.fields(cls):
        if not f.init or f.name.startswith("_") or f.name == "additional_properties":
            continue
        value = example_value(hints.get(f.name, f.type), f.name, seed, depth)
        if value is None and f.default is not attrs.NOTHING:
            continue
        kwargs[f.name] = value
    return cls(**kwargs)


def to_json(value: Any) -> Any:
    """JSON-compatible form of an example value (attrs models through their ``to_dict``)."""
    if attrs.has(type(value)):
        to_dict = getattr(value, "to_dict", None)
        return to_dict() if callable(to_dict) else attrs.asdict(value)
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def example_json(model: Any, seed: str) -> Any:
    if model is None:
        return None
    if isinstance(model, type) and attrs.has(model):
        return to_json(example_instance(model, seed))
    return to_json(example_value(model, "value", seed))


# ---------------------------------------------------------------- operation plans


@dataclass(frozen=True)
class Shape:
    """What an operation answers with, resolved on its first request."""

    kind: str  # empty | file | json | list (envelope) | value ({"value": ...}) | value_bare (the model)
    item: Any = None  # element type hint (list/value) or constant JSON (json)
    content_type: str = "application/octet-stream"


@dataclass
class Plan:
    name: str
    method: str
    path: str
    status: int
    type_string: str | None
    module: str | None
    model: Any = None  # legacy descriptors give the model directly
    shape: Shape | None = None


def _first(obj: Any, *names: str) -> Any:
    for n in names:
        value = getattr(obj, n, None)
        if value is None and isinstance(obj, dict):
            value = obj.get(n)
        if value is not None:
            return value
    return None


def _plan(op: Any) -> Plan:
    method = str(_first(op, "method")).upper()
    path = str(_first(op, "path"))
    if path.startswith("/v2/"):
        path = path[3:]
    name = str(_first(op, "operation_id", "name") or f"{method} {path}")
    responses = _first(op, "responses")
    if isinstance(responses, (list, tuple)) and responses and isinstance(responses[0], (list, tuple)):
        status, type_string = sorted((int(s), str(t)) for s, t in responses)[0]
        module = _first(op, "module")
        module_name = str(module) if module else None
        return Plan(name, method, path, status, type_string, module_name)
    if isinstance(responses, (list, tuple)) and not responses:
        return Plan(name, method, path, 201 if method == "POST" else 200, None, None)
    codes = _first(op, "success_codes", "success_statuses")
    if codes:
        status = sorted(int(c) for c in codes)[0]
    else:
        single = _first(op, "success_status", "status")
        status = int(single) if single else (201 if method == "POST" else 200)
    model = _first(op, "response_model")
    if model is None:
        models = _first(op, "response_models")
        if isinstance(models, dict):
            model = models.get(status) or next(iter(models.values()), None)
        elif isinstance(models, (list, tuple)) and models:
            model = models[0]
    return Plan(name, method, path, status, None, None, model=model)


def _file_type(path: str) -> str:
    low = path.lower()
    if "pdf" in low:
        return "application/pdf"
    if "csv" in low:
        return "text/csv; charset=utf-8"
    if "saft" in low:
        return "application/xml"
    return "application/octet-stream"


def _shape_of_model(model: Any) -> Shape:
    if not (isinstance(model, type) and attrs.has(model)):
        return Shape("json", example_json(model, "value"))
    hints = _resolve_hints(model)
    fields = {f.name for f in attrs.fields(model) if f.init and f.name != "additional_properties"}
    if "values" in fields and (model.__name__.startswith("ListResponse") or "full_result_size" in fields):
        item = _strip_optional(hints.get("values"))
        args = typing.get_args(item)
        return Shape("list", args[0] if args else None)
    if fields == {"value"}:
        return Shape("value", _strip_optional(hints.get("value")))
    return Shape("value_bare", model)


def resolve_shape(plan: Plan) -> Shape:
    if plan.status == 204:
        return Shape("empty")
    if plan.type_string is None:
        return Shape("empty") if plan.model is None else _shape_of_model(plan.model)
    ts = plan.type_string.replace(" ", "")
    parts = set(ts.split("|"))
    if "File" in parts:
        return Shape("file", content_type=_file_type(plan.path))
    if parts <= {"Any", "None"}:
        return Shape("json", {})
    if ts in _SCALARS:
        return Shape("json", _SCALARS[ts])
    module = importlib.import_module(f"{_PACKAGE}.{plan.module}")
    listed = _LIST_OF.match(ts)
    if listed:
        item = getattr(module, listed.group(1), None)
        return Shape("json", [] if item is None else [example_json(item, plan.name)])
    if _IDENT.match(ts):
        return _shape_of_model(getattr(module, ts))
    return Shape("json", {})


# ---------------------------------------------------------------- records


_TEMPLATES: dict[tuple[Any, str], Any] = {}


def _template(item: Any, seed: str) -> Any:
    key = (item, seed)
    found = _TEMPLATES.get(key)
    if found is None:
        found = _TEMPLATES[key] = example_json(item, seed)
    return found


def _record(item: Any, seed: int, ident: int) -> Any:
    """``item``'s example (built once per model and emulator seed) with ``ident`` as its id."""
    base = _template(item, f"{seed}|{getattr(item, '__name__', '')}")
    if not isinstance(base, dict):
        return base
    out = dict(base)
    if "id" in out:
        out["id"] = ident
    if "version" in out:
        out["version"] = 0
    if "url" in out and isinstance(out["url"], str):
        out["url"] = f"emulator.local/v2/{ident}"
    for key, value in base.items():
        if isinstance(value, str) and key in ("name", "displayName", "description", "number"):
            out[key] = f"{value}-{ident % 1000}"
    return out


def _project(call: Call, records: list[Any]) -> list[Any]:
    return project(call.ctx.company, records, None, call.query.get("fields"))


def _body_overlay(call: Call) -> Any:
    if call.method not in ("POST", "PUT") or "json" not in call.headers.get("content-type", "json"):
        return None
    try:
        return call.json()
    except ApiError:
        return None


def _merge(record: Any, sent: Any) -> Any:
    if not isinstance(record, dict) or not isinstance(sent, dict):
        return record
    out = dict(record)
    for key, value in sent.items():
        if key in out and key not in ("id", "url") and (value is None or type(value) is type(out[key])):
            out[key] = value
    return out


def _path_id(call: Call) -> int | None:
    for key in ("id", *call.params):
        raw = call.params.get(key)
        if raw is not None and raw.isdigit():
            return int(raw)
    return None


def _make_handler(plan: Plan, seed: int) -> Callable[[Call], Reply]:
    def handler(call: Call) -> Reply:
        shape = plan.shape
        if shape is None:
            shape = plan.shape = resolve_shape(plan)
        company = call.ctx.company.company_id
        if shape.kind == "empty":
            return no_content() if plan.status == 204 else Reply(plan.status, b"{}")
        if shape.kind == "file":
            body = _PDF if shape.content_type == "application/pdf" else f"{plan.name}\n".encode()
            return Reply(plan.status, body, shape.content_type)
        if shape.kind == "json":
            return Reply(plan.status, dumps(shape.item))
        if shape.kind == "list":
            return _list(call, plan, shape, seed, company)
        ident = _path_id(call) or _seed_int(seed, plan.name, company, sorted(call.params.items()))
        record = _record(shape.item, seed, ident)
        record = _merge(record, _body_overlay(call))
        if isinstance(record, dict):
            record = _project(call, [record])[0]
        if shape.kind == "value_bare":
            return Reply(plan.status, dumps(record))
        return Reply(plan.status, b'{"value":' + dumps(record) + b"}")

    return handler


def _list(call: Call, plan: Plan, shape: Shape, seed: int, company: int) -> Reply:
    base = _seed_int(seed, plan.name, company, sorted(call.params.items()))
    sent = _body_overlay(call)
    if isinstance(sent, list):  # POST/PUT .../list: echo every element with an id
        records = [_merge(_record(shape.item, seed, base + i), s) for i, s in enumerate(sent)]
        values = [dumps(r) for r in _project(call, records)]
        return list_reply(values, full_result_size=len(records), start=0, digest=None, status=plan.status)
    start, count = parse_paging(call.query)
    size = 3 + base % 5
    records = [_record(shape.item, seed, base + i) for i in range(size)]
    records = sort_plain(records, call.query.get("sorting"))
    page = _project(call, records[start : start + min(count, DEFAULT_COUNT)])
    digest = hashlib.blake2b(f"{seed}|{plan.name}|{base}".encode(), digest_size=16).hexdigest()
    values = [dumps(r) for r in page]
    return list_reply(values, full_result_size=size, start=start, digest=digest, status=plan.status)


def register_generic_operations(state: EmulatorState, operations: Iterable[Any]) -> int:
    """Add fallback routes; returns how many were added (routes already served are skipped)."""
    added = 0
    seed = state.config.seed
    for op in operations:
        plan = _plan(op)
        handler = _make_handler(plan, seed)
        if state.router.add(plan.method, plan.path, handler, fallback=True, name=plan.name):
            added += 1
    return added


def all_operations() -> tuple[Any, ...]:
    """``tripletex_async_api.operations.OPERATIONS`` (empty when the generated package is missing)."""
    try:
        module = importlib.import_module(f"{_PACKAGE}.operations")
    except ImportError:
        return ()
    ops: tuple[Any, ...] = tuple(module.OPERATIONS)
    return ops


__all__ = [
    "Plan",
    "Shape",
    "all_operations",
    "example_json",
    "example_value",
    "register_generic_operations",
    "resolve_shape",
    "to_json",
]
