"""``fields`` projection as the service does it, driven by the spec's schemas.

* no ``fields``, blank or ``*``: the default view, references as ``{id, url}``;
* ``a,b``: those keys only; a key the schema does not have is a 400 (``Illegal field in fields
  filter``); a property outside the default view (``changes``, a voucher's ``displayName``) is
  answered when named;
* a plain name whose property is a reference (or a list of them) expands it to the referenced
  record's default view (``fields=id,division`` answers the whole division, its own references
  as ``{id, url}``); ``x(*)`` does the same, ``x(a,b)`` keeps ``a`` and ``b`` of it.

References are resolved by a ``Resolver``: stored records for the stateful core, built records
(``ShapeBuilder``) for everything else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import ApiError
from .listing import FieldTree, is_default_projection, parse_fields
from .shape_builder import ShapeBuilder

Record = dict[str, Any]
# (schema, id) -> the record's default view; None when no such record is known
Resolver = Callable[[str, int], "Record | None"]
# (schema, record, key) -> a value for a key outside the stored record (None: build it from the schema)
Extra = Callable[[str, Record, str], Any]


def illegal_field(name: str, schema: str) -> ApiError:
    return ApiError(
        400,
        11000,
        f"Illegal field in fields filter: {name}. {name} does not match a field in the model: {schema}DTO",
    )


class SchemaProjector:
    def __init__(self, builder: ShapeBuilder, resolve: Resolver | None = None, extra: Extra | None = None):
        self.builder = builder
        self.shapes = builder.shapes
        self._resolve = resolve
        self._extra = extra

    def resolve(self, schema: str, ident: int) -> Record:
        found = self._resolve(schema, ident) if self._resolve is not None else None
        return found if found is not None else self.builder.record(schema, ident)

    def project(self, schema: str | None, record: Record, tree: FieldTree) -> Record:
        props = self.shapes.properties(schema) if schema else {}
        out: Record = dict(record) if "*" in tree else {}
        for name, sub in tree.items():
            if name == "*":
                continue
            prop = props.get(name)
            if name in record:
                value = record[name]
            elif prop is not None and schema is not None:
                value = self._missing(schema, record, name, prop)
            elif props:
                raise illegal_field(name, schema or "")
            else:
                continue
            out[name] = self.expand(value, _target(prop), sub)
        return out

    def _missing(self, schema: str, record: Record, name: str, prop: dict[str, Any]) -> Any:
        value = self._extra(schema, record, name) if self._extra is not None else None
        if value is None:
            ident = record.get("id")
            value = self.builder.value(schema, name, prop, ident if isinstance(ident, int) else 0, 0)
        return value

    def expand(self, value: Any, target: str | None, sub: FieldTree | None) -> Any:
        """``value`` of a property typed ``target`` through ``sub`` (None: a plain field name)."""
        if value is None or target is None:
            return value if sub is None or not isinstance(value, (dict, list)) else self._plain(value, sub)
        if isinstance(value, list):
            return [self.expand(v, target, sub) for v in value]
        if not isinstance(value, dict):
            return value
        full = value
        if (
            self.shapes.is_resource(target)
            and isinstance(value.get("id"), int)
            and set(value) <= {"id", "url"}
        ):
            full = self.resolve(target, value["id"])
        if sub is None or is_default_projection(sub):
            return full
        return self.project(target, full, sub)

    def _plain(self, value: Any, sub: FieldTree) -> Any:
        """Nested untyped values (no schema known): keep the named keys."""
        if isinstance(value, list):
            return [self._plain(v, sub) for v in value]
        if is_default_projection(sub):
            return value
        return self.project(None, value, sub)


def _target(prop: dict[str, Any] | None) -> str | None:
    if prop is None:
        return None
    ref = prop.get("ref")
    if ref is None and isinstance(prop.get("items"), dict):
        ref = prop["items"].get("ref")
    return ref if isinstance(ref, str) else None


def core_projector(builder: ShapeBuilder, company: Any) -> SchemaProjector:
    """A projector over one company's stored records (``company``: a ``store.CompanyData``)."""
    from .resources import KIND_OF_SCHEMA as kinds

    def resolve(schema: str, ident: int) -> Record | None:
        kind = kinds.get(schema)
        found: Record | None = company.coll(kind).get(ident) if kind is not None else None
        return found

    def extra(schema: str, record: Record, name: str) -> Any:
        kind = kinds.get(schema)
        if name == "changes" and kind is not None and isinstance(record.get("id"), int):
            return company.coll(kind).change_log(record["id"])
        return None

    return SchemaProjector(builder, resolve, extra)


def project(
    builder: ShapeBuilder, company: Any, records: list[Any], schema: str | None, fields: str | None
) -> list[Any]:
    """``records`` (of ``schema``) through a ``fields`` text: parsed (so checked) first; the default
    view (none, blank or ``*``) returns ``records`` itself."""
    tree = parse_fields(fields)
    if is_default_projection(tree):
        return records
    assert tree is not None
    projector = core_projector(builder, company)
    return [projector.project(schema, r, tree) if isinstance(r, dict) else r for r in records]
