"""Fallback routes for stateless operations, answered with deterministic schema-shaped data.

``register_generic_operations(state, operations)`` takes operation descriptors (duck-typed: the
future ``tripletex_api.api.iter_operations()``) with at least ``method`` and ``path``, and
optionally ``operation_id``, ``success_codes``/``success_status`` and ``response_model(s)``
(attrs classes from openapi-python-client, built via introspection and serialized with
``to_dict()``). Stateful handlers always win: a fallback never shadows an existing route.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import types
import typing
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from .call import Call
from .replies import Reply, no_content, value_reply
from .store import dumps

if TYPE_CHECKING:
    from .state import EmulatorState

_MAX_DEPTH = 4


def _seed_int(*parts: object) -> int:
    h = hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(h, "big") % 1_000_000_000 + 1


def _is_unset(tp: Any) -> bool:
    return getattr(tp, "__name__", "") == "Unset"


def _resolve_hints(cls: type[Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(cls)
    except Exception:  # generated modules may have forward refs we cannot resolve
        return {f.name: f.type for f in attrs.fields(cls)}


def example_value(tp: Any, name: str, seed: str, depth: int = 0) -> Any:
    """A deterministic Python value of type ``tp`` (attrs instances, enums, dates, lists ...)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None) and not _is_unset(a)]
        return example_value(options[0], name, seed, depth) if options else None
    if origin in (list, tuple, set, frozenset):
        args = typing.get_args(tp)
        if depth >= _MAX_DEPTH or not args:
            return []
        return [example_value(args[0], name, seed, depth + 1)]
    if origin is dict:
        return {}
    if isinstance(tp, str) or tp is Any:
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
            return f"{name}-{_seed_int(seed, name) % 10_000}"
        if issubclass(tp, dt.datetime):
            return dt.datetime(2025, 1, 1, 12, 0, 0)
        if issubclass(tp, dt.date):
            return dt.date(2025, 1, 1)
        if attrs.has(tp):
            return example_instance(tp, seed, depth + 1) if depth < _MAX_DEPTH else None
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


def example_json(model: type[Any] | None, seed: str) -> Any:
    if model is None:
        return None
    if attrs.has(model):
        instance = example_instance(model, seed)
        to_dict = getattr(instance, "to_dict", None)
        return to_dict() if callable(to_dict) else attrs.asdict(instance)
    return example_value(model, "value", seed)


def _first(obj: Any, *names: str) -> Any:
    for n in names:
        value = getattr(obj, n, None)
        if value is None and isinstance(obj, dict):
            value = obj.get(n)
        if value is not None:
            return value
    return None


def _success(op: Any, method: str) -> int:
    codes = _first(op, "success_codes", "success_statuses")
    if codes:
        return int(sorted(int(c) for c in codes)[0])
    single = _first(op, "success_status", "status")
    if single:
        return int(single)
    return 201 if method == "POST" else 200


def _model(op: Any, status: int) -> type[Any] | None:
    model = _first(op, "response_model")
    if model is not None:
        return typing.cast(type[Any], model)
    models = _first(op, "response_models")
    if isinstance(models, dict):
        return typing.cast("type[Any] | None", models.get(status) or next(iter(models.values()), None))
    if isinstance(models, (list, tuple)) and models:
        return typing.cast(type[Any], models[0])
    return None


def register_generic_operations(state: EmulatorState, operations: Iterable[Any]) -> int:
    """Add fallback routes; returns how many were added (routes already served are skipped)."""
    added = 0
    for op in operations:
        method = str(_first(op, "method")).upper()
        path = str(_first(op, "path"))
        if path.startswith("/v2/"):
            path = path[3:]
        status = _success(op, method)
        model = _model(op, status)
        name = str(_first(op, "operation_id", "name") or f"{method} {path}")
        handler = _make_handler(name, status, model)
        if state.router.add(method, path, handler, fallback=True, name=name):
            added += 1
    return added


def _make_handler(name: str, status: int, model: type[Any] | None) -> Any:
    cache: dict[str, bytes] = {}

    def handler(call: Call) -> Reply:
        if status == 204 or model is None:
            return no_content() if status == 204 else value_reply(None, status)
        seed = f"{name}|{call.ctx.company.company_id}|{sorted(call.params.items())}"
        body = cache.get(seed)
        if body is None:
            body = cache[seed] = dumps(example_json(model, seed))
        return Reply(status, body)

    return handler
