"""Reference decoders for ``make bench-parse``: pydantic v2 models and msgspec Structs built from the
same schemas as our models (the locked spec's surface: every property, its JSON type, nested
references), so that every line decodes the same records into the same properties.

Nested objects are typed models down to ``depth`` levels (a customer and the objects it refers
to), plain dicts below, as ours are: all properties optional (null is None).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import msgspec
import pydantic

SURFACE = Path(__file__).resolve().parents[2] / "openapi" / "spec.surface.json.gz"
_SCALARS: dict[str, Any] = {"integer": int, "number": float, "boolean": bool, "string": str}


def _schemas() -> dict[str, Any]:
    with gzip.open(SURFACE, "rt", encoding="utf-8") as f:
        return dict(json.load(f)["components"]["schemas"])


class _Builder:
    """Builds one family of reference classes (pydantic or msgspec) from the spec's schemas."""

    def __init__(self, depth: int) -> None:
        self.schemas = _schemas()
        self.depth = depth
        self.built: dict[tuple[str, int], Any] = {}

    def type_of(self, prop: dict[str, Any], level: int) -> Any:
        ref = prop.get("$ref")
        if isinstance(ref, str):
            name = ref.rsplit("/", 1)[-1]
            return self.model(name, level + 1) if level + 1 <= self.depth else dict[str, Any]
        kind = prop.get("type")
        if kind == "array":
            return list[self.type_of(prop.get("items") or {}, level)]  # type: ignore[misc]
        return _SCALARS.get(str(kind), Any)

    def fields(self, name: str, level: int) -> list[tuple[str, Any]]:
        props = self.schemas[name].get("properties") or {}
        return [(key, self.type_of(prop, level)) for key, prop in sorted(props.items())]

    def model(self, name: str, level: int) -> Any:
        key = (name, level)
        if key not in self.built:
            self.built[key] = self.make(f"{name}{level}", self.fields(name, level))
        return self.built[key]

    def make(self, name: str, fields: list[tuple[str, Any]]) -> Any:
        raise NotImplementedError


class _Pydantic(_Builder):
    def make(self, name: str, fields: list[tuple[str, Any]]) -> Any:
        definitions: dict[str, Any] = {key: (kind | None, None) for key, kind in fields}
        return pydantic.create_model(name, **definitions)


class _Msgspec(_Builder):
    def make(self, name: str, fields: list[tuple[str, Any]]) -> Any:
        return msgspec.defstruct(name, [(key, kind | None, None) for key, kind in fields])


def _envelope(builder: _Builder, schema: str) -> Any:
    item: Any = builder.model(schema, 1)
    values: Any = list[item]
    return builder.make(
        f"ListResponse{schema}",
        [("fullResultSize", int), ("count", int), ("versionDigest", str), ("values", values)],
    )


def pydantic_list(schema: str = "Customer", depth: int = 2) -> Any:
    """A pydantic v2 model of a list page of ``schema``: use ``.model_validate_json(bytes)``."""
    return _envelope(_Pydantic(depth), schema)


def msgspec_list_decoder(schema: str = "Customer", depth: int = 2) -> msgspec.json.Decoder[Any]:
    """A msgspec JSON decoder into Structs of a list page of ``schema``."""
    return msgspec.json.Decoder(_envelope(_Msgspec(depth), schema))
