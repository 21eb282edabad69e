"""Fallback routes for every operation of the API, answered in the shape the spec and the service give.

``register_generic_operations(state, operations)`` takes the operation table (anything with
``method``, ``path`` and ``operation_id`` or ``name``, e.g. ``tripletex_async_api.operations.OPERATIONS``).
``create_app`` registers all of them behind the stateful handlers: a fallback never shadows an
existing route. What an operation answers comes from the spec (``spec_shapes``), never from the
client's generated models:

* ``ListResponseX`` -> the list envelope of ``X`` records (``from``/``count``/``fields``/``sorting``;
  ``fullResultSize`` = the records there are; ``versionDigest`` the service's sentence unless
  ``If-None-Match`` is sent, then a digest and 304 when it matches); ``POST``/``PUT`` of a list
  echo each element with ``fullResultSize`` 0 and a null digest, as the service does;
* ``ResponseWrapperX`` -> ``{"value": X}`` (``POST``/``PUT`` merge the sent body: references as
  ``{id, url}``, never as sent);
* a file (pdf, csv, octet-stream) -> a few bytes of that type; no content -> 204 or ``{}``;
* anything else -> an example of its schema.

Records are ``ShapeBuilder`` default views, deterministic in (operation, id, seed).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .call import Call
from .errors import ApiError
from .listing import (
    DEFAULT_COUNT,
    SENTENCE_NO_HEADER,
    digest_without_header,
    parse_fields,
    parse_paging,
    sort_plain,
)
from .projection import SchemaProjector
from .references import merge_sent
from .replies import Reply, list_reply, no_content, not_modified
from .resources import KIND_OF_SCHEMA
from .shape_builder import Pick, ShapeBuilder, seed_int
from .spec_shapes import Prop
from .store import dumps

if TYPE_CHECKING:
    from .state import EmulatorState

_PACKAGE = "tripletex_async_api"
_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
_LIST = "ListResponse"
_WRAPPER = "ResponseWrapper"


@dataclass(frozen=True)
class Shape:
    """What an operation answers with, resolved from the spec on its first request."""

    kind: str  # empty | file | json | list (envelope) | value ({"value": ...}) | bare (an example)
    schema: str | None = None  # the record schema of list/value answers
    prop: Prop | None = None  # the answer's own schema (json/bare) or the wrapped value's
    content_type: str = "application/octet-stream"


@dataclass
class Plan:
    name: str
    method: str
    path: str
    status: int = 200
    shape: Shape | None = None


def _plan(op: Any) -> Plan:
    method = str(getattr(op, "method", "")).upper()
    path = str(op.path)
    if path.startswith("/v2/"):
        path = path[3:]
    name = getattr(op, "id", None) or getattr(op, "operation_id", None) or f"{method} {path}"
    return Plan(str(name), method, path)


def resolve_shape(plan: Plan, builder: ShapeBuilder) -> Shape:
    answer = builder.shapes.answer(plan.method, plan.path)
    if answer is None:
        raise ApiError(404, 21000, "HTTP 404 Not Found")
    plan.status = int(answer["status"])
    content, prop = answer["content"], answer["schema"]
    if plan.status == 204 or content is None:
        return Shape("empty")
    if "json" not in content:
        return Shape("file", content_type=_file_type(plan.path, content))
    if not prop:
        return Shape("json", prop={})
    ref = prop.get("ref") or ""
    props = builder.shapes.properties(ref)
    if ref.startswith(_LIST) and "values" in props:
        return Shape("list", (props["values"].get("items") or {}).get("ref"))
    if ref.startswith(_WRAPPER) and set(props) == {"value"}:
        wrapped = props["value"]
        return Shape("value", wrapped.get("ref"), wrapped)
    return Shape("bare", None, prop)


def _file_type(path: str, content: str) -> str:
    """The spec's content type; its generic ``application/octet-stream`` told by the path (the
    service sends PDFs as ``application/pdf``)."""
    if content != "application/octet-stream":
        return content
    low = path.lower()
    if "pdf" in low:
        return "application/pdf"
    if "csv" in low:
        return "text/csv; charset=utf-8"
    if "saft" in low:
        return "application/xml"
    return content


# ---------------------------------------------------------------- bodies


def _sent(call: Call) -> Any:
    if call.method not in ("POST", "PUT") or "json" not in call.headers.get("content-type", "json"):
        return None
    try:
        return call.json()
    except ApiError:
        return None


# ---------------------------------------------------------------- handlers


def _existing(call: Call) -> Pick:
    """Set references of generic records point at the company's own records where it has some
    (its employees, customers, accounts, ...), so following them answers."""
    company = call.ctx.company
    kinds = KIND_OF_SCHEMA

    def pick(schema: str) -> int | None:
        if schema == "Company":
            return company.company_id
        kind = kinds.get(schema)
        rows = company.collections.get(kind) if kind is not None else None
        first = next(iter(rows), None) if rows is not None else None
        return int(first["id"]) if first is not None else None

    return pick


def _path_id(call: Call) -> int | None:
    for key in ("id", *call.params):
        raw = call.params.get(key)
        if raw is not None and raw.isdigit():
            return int(raw)
    return None


def _check_sorting(builder: ShapeBuilder, schema: str | None, text: str | None) -> None:
    """The service rejects a sorting key that is no property of the listed schema."""
    if not text or not schema:
        return
    props = builder.shapes.properties(schema)
    for raw in text.split(","):
        item = raw.strip()
        head = item.lstrip("-").split(".")[0].strip()
        if item and head not in props:
            raise ApiError(
                422, 17000, f"Field specified for use in sorting does not exist: '{item}'", None, []
            )


def _projected(call: Call, schema: str | None, records: list[Any]) -> list[Any]:
    """``fields`` applied; schemas without an ``id`` (DTOs such as SalesModuleDTO) are answered
    whole whatever ``fields`` asks, as the service does."""
    tree = parse_fields(call.query.get("fields"))
    if tree is None or tree == {"*": None}:
        return records
    if schema is not None and "id" not in call.state.builder.shapes.properties(schema):
        return records
    projector = SchemaProjector(call.state.builder)
    return [projector.project(schema, r, tree) if isinstance(r, dict) else r for r in records]


def _make_handler(plan: Plan) -> Callable[[Call], Reply]:
    def handler(call: Call) -> Reply:
        builder: ShapeBuilder = call.state.builder
        shape = plan.shape
        if shape is None:
            shape = plan.shape = resolve_shape(plan, builder)
        if shape.kind == "empty":
            return no_content() if plan.status == 204 else Reply(plan.status, b"{}")
        if shape.kind == "file":
            body = _PDF if shape.content_type.startswith("application/pdf") else f"{plan.name}\n".encode()
            return Reply(plan.status, body, shape.content_type)
        if shape.kind == "json":
            return Reply(plan.status, b"{}")
        if shape.kind == "list":
            return _list(call, plan, shape, builder)
        if shape.kind == "bare":
            return Reply(plan.status, dumps(builder.example(shape.prop or {}, plan.name)))
        return _value(call, plan, shape, builder)

    return handler


def _value(call: Call, plan: Plan, shape: Shape, builder: ShapeBuilder) -> Reply:
    company = call.ctx.company.company_id
    schema = shape.schema
    if schema is None:  # a wrapped scalar or list (ResponseWrapperBoolean, ...)
        value = builder.example(shape.prop or {}, plan.name)
        return Reply(plan.status, b'{"value":' + dumps(value) + b"}")
    ident = _path_id(call) if plan.method != "POST" else None
    if ident is None:
        ident = seed_int(builder.seed, plan.name, company, sorted(call.params.items())) % 100_000_000 + 1
    record = merge_sent(builder, schema, builder.record(schema, ident, pick=_existing(call)), _sent(call))
    [record] = _projected(call, schema, [record])
    return Reply(plan.status, b'{"value":' + dumps(record) + b"}")


def _list(call: Call, plan: Plan, shape: Shape, builder: ShapeBuilder) -> Reply:
    schema = shape.schema
    company = call.ctx.company.company_id
    base = seed_int(builder.seed, plan.name, company, sorted(call.params.items())) % 100_000_000 + 1
    sent = _sent(call)
    inexact = call.state.config.realism.inexact_full_result_size
    if isinstance(sent, list):  # POST/PUT .../list: each element answered with an id
        pick = _existing(call)
        records = [
            merge_sent(
                builder, schema, builder.record(schema, _id_of(s, base + i, call.method), pick=pick), s
            )
            for i, s in enumerate(sent)
            if schema is not None
        ]
        values = [dumps(r) for r in _projected(call, schema, records)]
        size = 0 if inexact else len(values)
        return list_reply(values, full_result_size=size, start=0, digest=None, status=plan.status)
    _check_sorting(builder, schema, call.query.get("sorting"))
    start, count = parse_paging(call.query)
    size = 3 + base % 5 if schema is not None else 0
    pick = _existing(call)
    records = [builder.record(schema, base + i, pick=pick) for i in range(size)] if schema is not None else []
    records = sort_plain(records, call.query.get("sorting"))
    page = _projected(call, schema, records[start : start + min(count, DEFAULT_COUNT)])
    digest: str | None = hashlib.blake2b(
        f"{builder.seed}|{plan.name}|{base}".encode(), digest_size=16
    ).hexdigest()
    inm = call.headers.get("if-none-match")
    fixed = digest_without_header(plan.path)
    if call.state.config.realism.digest_sentences and (inm is None or fixed != SENTENCE_NO_HEADER):
        digest = fixed  # the service's sentence, or its null / "not supported" where it has no checksum
    elif inm is not None and inm.strip().strip('"') == digest:
        return not_modified()
    values = [dumps(r) for r in page]
    return list_reply(values, full_result_size=size, start=start, digest=digest, status=plan.status)


def _id_of(sent: Any, fresh: int, method: str) -> int:
    ident = sent.get("id") if isinstance(sent, dict) else None
    if method == "PUT" and isinstance(ident, int) and not isinstance(ident, bool):
        return ident
    return fresh


def register_generic_operations(state: EmulatorState, operations: Iterable[Any]) -> int:
    """Add fallback routes; returns how many were added (routes already served are skipped)."""
    added = 0
    for op in operations:
        plan = _plan(op)
        if state.router.add(plan.method, plan.path, _make_handler(plan), fallback=True, name=plan.name):
            added += 1
    return added


def all_operations() -> tuple[Any, ...]:
    """``tripletex_async_api.operations.OPERATIONS`` (empty when the generated package is missing)."""
    import importlib

    try:
        module = importlib.import_module(f"{_PACKAGE}.operations")
    except ImportError:
        return ()
    ops: tuple[Any, ...] = tuple(module.OPERATIONS)
    return ops


__all__ = ["Plan", "Shape", "all_operations", "register_generic_operations", "resolve_shape"]
