"""Rendering references the way the service answers them: ``{"id": N, "url": "<host>/v2/<path>/N"}``.

What a POST/PUT sends for a reference (``{"id": 161}``, ``{"id": 161, "name": ...}``) is never
echoed: the answer carries the reference in the service's form. Values of other properties are
kept when their JSON kind is the property's.
"""

from __future__ import annotations

import json
from typing import Any

from .shape_builder import ShapeBuilder, seed_int
from .spec_shapes import Prop

NOT_A_REFERENCE = object()


def _id(value: Any) -> int | None:
    ident = value.get("id") if isinstance(value, dict) else None
    if isinstance(ident, str) and ident.isdigit():
        return int(ident)
    return ident if isinstance(ident, int) and not isinstance(ident, bool) else None


def sent_reference(builder: ShapeBuilder, prop: Prop, value: Any) -> Any:
    """A sent value of a reference property (or list of them) in the service's form; null stays
    null, an object sent without an id is created (a new id); ``NOT_A_REFERENCE`` when ``prop`` is
    no reference."""
    shapes = builder.shapes
    target = prop.get("ref")
    if target is not None and shapes.is_resource(target):
        if value is None:
            return None
        ident = _id(value)
        if ident is None and isinstance(value, dict) and value:  # a new object sent inline (an address)
            ident = seed_int(builder.seed, target, json.dumps(value, sort_keys=True)) % 100_000_000 + 1
        return builder.ref(target, ident) if ident is not None else None
    item = (prop.get("items") or {}).get("ref")
    if prop.get("type") == "array" and item is not None and shapes.is_resource(item):
        if not isinstance(value, list):
            return []
        return [builder.ref(item, i) for i in map(_id, value) if i is not None]
    return NOT_A_REFERENCE


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


def merge_sent(builder: ShapeBuilder, schema: str, record: dict[str, Any], sent: Any) -> dict[str, Any]:
    """``record`` with what a POST/PUT sent: references as ``{id, url}``, embedded objects merged,
    other values kept when their JSON kind is the property's; ``id``/``url``/``version`` stay."""
    if not isinstance(sent, dict):
        return record
    props = builder.shapes.properties(schema)
    out = dict(record)
    for key, value in sent.items():
        prop = props.get(key)
        if key not in out or key in ("id", "url", "version", "changes") or prop is None:
            continue
        rendered = sent_reference(builder, prop, value)
        if rendered is not NOT_A_REFERENCE:
            out[key] = rendered
        elif isinstance(value, dict) and isinstance(out[key], dict) and prop.get("ref"):
            out[key] = merge_sent(builder, prop["ref"], out[key], value)
        elif value is None or _kind(value) == _kind(out[key]):
            out[key] = value
    return out
