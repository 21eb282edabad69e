"""Compare two OpenAPI 3.x documents and list what changed, flagging changes that break clients.

Operations are keyed by ``(METHOD, path)``, parameters by ``(in, name)`` (path-level parameters
are merged into each operation, ``$ref`` parameters and request bodies are resolved), schemas by
their name under ``components.schemas``. Properties of a schema are its own ``properties`` plus
those of inline (non-``$ref``) ``allOf`` members; properties inherited through an ``allOf``
``$ref`` belong to the referenced schema and are compared there.

Property and parameter types are compared through :func:`type_signature`, a normalised string
built from the ``$ref`` target name, ``type``, ``format``, array ``items`` (recursively) and
map values (``additionalProperties``). Descriptions, examples, ``readOnly``, length limits and
``nullable`` are deliberately ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tripletex_async.spec.load import HTTP_METHODS

__all__ = ["Change", "ChangeKind", "SpecDiff", "diff_specs", "type_signature"]

_MAX_DEPTH = 32


class ChangeKind(StrEnum):
    OPERATION_ADDED = "operation-added"
    OPERATION_REMOVED = "operation-removed"
    PARAMETER_ADDED = "parameter-added"
    PARAMETER_REMOVED = "parameter-removed"
    PARAMETER_REQUIRED = "parameter-required"
    PARAMETER_OPTIONAL = "parameter-optional"
    PARAMETER_RETYPED = "parameter-retyped"
    REQUEST_BODY_ADDED = "request-body-added"
    REQUEST_BODY_REMOVED = "request-body-removed"
    REQUEST_BODY_REQUIRED = "request-body-required"
    REQUEST_BODY_OPTIONAL = "request-body-optional"
    SCHEMA_ADDED = "schema-added"
    SCHEMA_REMOVED = "schema-removed"
    PROPERTY_ADDED = "property-added"
    PROPERTY_REMOVED = "property-removed"
    PROPERTY_RETYPED = "property-retyped"
    ENUM_VALUES_ADDED = "enum-values-added"
    ENUM_VALUES_REMOVED = "enum-values-removed"


@dataclass(frozen=True)
class Change:
    """One difference between two specs.

    ``subject`` names what changed: ``"GET /customer"`` for operation, parameter and request
    body changes, ``"Customer"`` for schemas (and enum schemas), ``"Customer.name"`` for properties.
    """

    kind: ChangeKind
    subject: str
    detail: str
    breaking: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind),
            "subject": self.subject,
            "detail": self.detail,
            "breaking": self.breaking,
        }


@dataclass(frozen=True)
class SpecDiff:
    """All changes from an old spec to a new one, in a stable order."""

    changes: tuple[Change, ...] = ()
    old_version: str = ""
    new_version: str = ""

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def of_kind(self, *kinds: ChangeKind) -> list[Change]:
        return [c for c in self.changes if c.kind in kinds]

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for c in self.changes if c.kind == kind)

    @property
    def added_ops(self) -> int:
        return self.count(ChangeKind.OPERATION_ADDED)

    @property
    def removed_ops(self) -> int:
        return self.count(ChangeKind.OPERATION_REMOVED)

    @property
    def added_schemas(self) -> int:
        return self.count(ChangeKind.SCHEMA_ADDED)

    @property
    def removed_schemas(self) -> int:
        return self.count(ChangeKind.SCHEMA_REMOVED)

    @property
    def removed_properties(self) -> int:
        """Properties gone from schemas that exist in both specs."""
        return self.count(ChangeKind.PROPERTY_REMOVED)

    @property
    def breaking(self) -> int:
        """Number of changes marked breaking."""
        return sum(1 for c in self.changes if c.breaking)

    @property
    def breaking_changes(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    def counts(self) -> dict[str, int]:
        """The summary counts, in the order of the machine line."""
        return {
            "added_ops": self.added_ops,
            "removed_ops": self.removed_ops,
            "added_schemas": self.added_schemas,
            "removed_schemas": self.removed_schemas,
            "removed_properties": self.removed_properties,
            "breaking": self.breaking,
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "old_version": self.old_version,
            "new_version": self.new_version,
            "counts": self.counts(),
            "changes": [c.as_dict() for c in self.changes],
        }


# --------------------------------------------------------------------------- helpers


def _resolve(doc: Mapping[str, Any], node: object) -> object:
    """Follow local ``$ref``s (``#/...``) until a non-reference node; unresolvable refs stay as is."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#/") or ref in seen or len(seen) > _MAX_DEPTH:
            return node
        seen.add(ref)
        target: object = doc
        for escaped in ref[2:].split("/"):
            part = escaped.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, Mapping) or part not in target:
                return node
            target = target[part]
        node = target
    return node


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")


def type_signature(schema: object, _depth: int = 0) -> str:
    """A normalised, comparable description of a schema's type.

    Examples: ``"Customer"`` (a ``$ref``), ``"string"``, ``"string(date)"``, ``"integer(int64)"``,
    ``"array[Customer]"``, ``"array[array[string]]"``, ``"map[number]"``, ``"object"``.
    """
    if _depth > _MAX_DEPTH:
        return "..."
    if not isinstance(schema, Mapping):
        return "any"
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return _ref_name(ref)
    for combinator in ("allOf", "oneOf", "anyOf"):
        members = schema.get(combinator)
        if isinstance(members, list) and members:
            if combinator != "anyOf" and len(members) == 1 and "type" not in schema:
                return type_signature(members[0], _depth + 1)
            inner = ",".join(type_signature(m, _depth + 1) for m in members)
            return f"{combinator}({inner})"
    raw_type = schema.get("type")
    if isinstance(raw_type, list):  # OpenAPI 3.1 style
        kind = "|".join(sorted(str(t) for t in raw_type if t != "null")) or "null"
    elif isinstance(raw_type, str):
        kind = raw_type
    elif "properties" in schema or "additionalProperties" in schema:
        kind = "object"
    elif "items" in schema:
        kind = "array"
    else:
        kind = "any"
    signature = kind
    fmt = schema.get("format")
    if isinstance(fmt, str) and fmt:
        signature += f"({fmt})"
    if kind == "array":
        signature += f"[{type_signature(schema.get('items'), _depth + 1)}]"
    elif kind == "object" and not schema.get("properties"):
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping):
            signature = f"map[{type_signature(extra, _depth + 1)}]"
    return signature


def _operations(doc: Mapping[str, Any]) -> dict[tuple[str, str], tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """``(METHOD, path) -> (operation, path item)``."""
    result: dict[tuple[str, str], tuple[Mapping[str, Any], Mapping[str, Any]]] = {}
    paths = doc.get("paths")
    if not isinstance(paths, Mapping):
        return result
    for path, raw_item in paths.items():
        item = _resolve(doc, raw_item)
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                result[(method.upper(), str(path))] = (operation, item)
    return result


def _parameters(
    doc: Mapping[str, Any], operation: Mapping[str, Any], item: Mapping[str, Any]
) -> dict[tuple[str, str], Mapping[str, Any]]:
    """Effective parameters ``(in, name) -> parameter``; operation-level ones override path-level ones."""
    result: dict[tuple[str, str], Mapping[str, Any]] = {}
    for source in (item.get("parameters"), operation.get("parameters")):
        if not isinstance(source, list):
            continue
        for raw in source:
            param = _resolve(doc, raw)
            if not isinstance(param, Mapping):
                continue
            location, name = param.get("in"), param.get("name")
            if isinstance(location, str) and isinstance(name, str):
                result[(location, name)] = param
    return result


def _is_required(param: Mapping[str, Any]) -> bool:
    return param.get("in") == "path" or param.get("required") is True


def _param_signature(param: Mapping[str, Any]) -> str:
    schema = param.get("schema")
    if schema is None and isinstance(param.get("content"), Mapping):
        for media in param["content"].values():
            if isinstance(media, Mapping):
                schema = media.get("schema")
                break
    return type_signature(schema)  # a $ref schema keeps its name: that is its type


def _properties(schema: object, _depth: int = 0) -> dict[str, Any]:
    """Own properties plus those of inline ``allOf`` members (not of ``$ref`` members)."""
    result: dict[str, Any] = {}
    if not isinstance(schema, Mapping) or _depth > _MAX_DEPTH:
        return result
    members = schema.get("allOf")
    if isinstance(members, list):
        for member in members:
            if isinstance(member, Mapping) and "$ref" not in member:
                result.update(_properties(member, _depth + 1))
    own = schema.get("properties")
    if isinstance(own, Mapping):
        result.update({str(k): v for k, v in own.items()})
    return result


def _enum_values(schema: object) -> list[Any] | None:
    """Enum values of a schema or of its array items; None when it is not an enum."""
    if not isinstance(schema, Mapping) or "$ref" in schema:
        return None
    values = schema.get("enum")
    if isinstance(values, list):
        return values
    if schema.get("type") == "array":
        return _enum_values(schema.get("items"))
    return None


def _enum_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _enum_changes(subject: str, old: object, new: object) -> list[Change]:
    old_values, new_values = _enum_values(old), _enum_values(new)
    if old_values is None or new_values is None:
        return []  # becoming or ceasing to be an enum shows up as a retype, if at all
    old_keys = {_enum_key(v): v for v in old_values}
    new_keys = {_enum_key(v): v for v in new_values}
    changes: list[Change] = []
    removed = [k for k in old_keys if k not in new_keys]
    added = [k for k in new_keys if k not in old_keys]
    if removed:
        changes.append(
            Change(
                ChangeKind.ENUM_VALUES_REMOVED, subject, f"enum values removed: {', '.join(removed)}", True
            )
        )
    if added:
        changes.append(
            Change(ChangeKind.ENUM_VALUES_ADDED, subject, f"enum values added: {', '.join(added)}", False)
        )
    return changes


def _request_body(doc: Mapping[str, Any], operation: Mapping[str, Any]) -> Mapping[str, Any] | None:
    body = _resolve(doc, operation.get("requestBody"))
    return body if isinstance(body, Mapping) else None


def _schemas(doc: Mapping[str, Any]) -> Mapping[str, Any]:
    components = doc.get("components")
    if isinstance(components, Mapping):
        schemas = components.get("schemas")
        if isinstance(schemas, Mapping):
            return schemas
    return {}


def _version(doc: Mapping[str, Any]) -> str:
    info = doc.get("info")
    if isinstance(info, Mapping) and info.get("version") is not None:
        return str(info["version"])
    return ""


def _op_sort_key(key: tuple[str, str]) -> tuple[str, int]:
    method, path = key
    return path, HTTP_METHODS.index(method.lower())


# --------------------------------------------------------------------------- diff


def _diff_operation(
    subject: str,
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
    old: tuple[Mapping[str, Any], Mapping[str, Any]],
    new: tuple[Mapping[str, Any], Mapping[str, Any]],
) -> list[Change]:
    changes: list[Change] = []
    old_params = _parameters(old_doc, *old)
    new_params = _parameters(new_doc, *new)
    for key in sorted(old_params.keys() | new_params.keys()):
        location, name = key
        label = f"{location} parameter '{name}'"
        before, after = old_params.get(key), new_params.get(key)
        if before is None and after is not None:
            required = _is_required(after)
            changes.append(
                Change(
                    ChangeKind.PARAMETER_ADDED,
                    subject,
                    f"{label} added ({'required' if required else 'optional'})",
                    required,
                )
            )
        elif after is None and before is not None:
            changes.append(Change(ChangeKind.PARAMETER_REMOVED, subject, f"{label} removed", True))
        elif before is not None and after is not None:
            was, now = _is_required(before), _is_required(after)
            if now and not was:
                changes.append(Change(ChangeKind.PARAMETER_REQUIRED, subject, f"{label} made required", True))
            elif was and not now:
                changes.append(
                    Change(ChangeKind.PARAMETER_OPTIONAL, subject, f"{label} made optional", False)
                )
            old_sig, new_sig = _param_signature(before), _param_signature(after)
            if old_sig != new_sig:
                changes.append(
                    Change(
                        ChangeKind.PARAMETER_RETYPED,
                        subject,
                        f"{label} retyped: {old_sig} -> {new_sig}",
                        True,
                    )
                )

    old_body, new_body = _request_body(old_doc, old[0]), _request_body(new_doc, new[0])
    if old_body is None and new_body is not None:
        required = new_body.get("required") is True
        changes.append(
            Change(
                ChangeKind.REQUEST_BODY_ADDED,
                subject,
                f"request body added ({'required' if required else 'optional'})",
                required,
            )
        )
    elif old_body is not None and new_body is None:
        changes.append(Change(ChangeKind.REQUEST_BODY_REMOVED, subject, "request body removed", False))
    elif old_body is not None and new_body is not None:
        was, now = old_body.get("required") is True, new_body.get("required") is True
        if now and not was:
            changes.append(
                Change(ChangeKind.REQUEST_BODY_REQUIRED, subject, "request body made required", True)
            )
        elif was and not now:
            changes.append(
                Change(ChangeKind.REQUEST_BODY_OPTIONAL, subject, "request body made optional", False)
            )
    return changes


def _diff_schema(name: str, old: object, new: object) -> list[Change]:
    changes: list[Change] = list(_enum_changes(name, old, new))
    old_props, new_props = _properties(old), _properties(new)
    for prop in old_props:
        subject = f"{name}.{prop}"
        if prop not in new_props:
            changes.append(
                Change(
                    ChangeKind.PROPERTY_REMOVED,
                    subject,
                    f"property removed (was {type_signature(old_props[prop])})",
                    True,
                )
            )
            continue
        old_sig, new_sig = type_signature(old_props[prop]), type_signature(new_props[prop])
        if old_sig != new_sig:
            changes.append(
                Change(ChangeKind.PROPERTY_RETYPED, subject, f"retyped: {old_sig} -> {new_sig}", True)
            )
        changes.extend(_enum_changes(subject, old_props[prop], new_props[prop]))
    for prop in new_props:
        if prop not in old_props:
            changes.append(
                Change(
                    ChangeKind.PROPERTY_ADDED,
                    f"{name}.{prop}",
                    f"property added ({type_signature(new_props[prop])})",
                    False,
                )
            )
    return changes


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> SpecDiff:
    """Compare two OpenAPI 3.x documents (as parsed JSON) and return every change, old -> new."""
    changes: list[Change] = []

    old_ops, new_ops = _operations(old), _operations(new)
    for key in sorted(old_ops.keys() | new_ops.keys(), key=_op_sort_key):
        subject = f"{key[0]} {key[1]}"
        if key not in old_ops:
            changes.append(Change(ChangeKind.OPERATION_ADDED, subject, "operation added", False))
        elif key not in new_ops:
            changes.append(Change(ChangeKind.OPERATION_REMOVED, subject, "operation removed", True))
        else:
            changes.extend(_diff_operation(subject, old, new, old_ops[key], new_ops[key]))

    old_schemas, new_schemas = _schemas(old), _schemas(new)
    for name in sorted(old_schemas.keys() | new_schemas.keys()):
        if name not in old_schemas:
            changes.append(Change(ChangeKind.SCHEMA_ADDED, name, "schema added", False))
        elif name not in new_schemas:
            changes.append(Change(ChangeKind.SCHEMA_REMOVED, name, "schema removed", True))
        else:
            changes.extend(_diff_schema(name, old_schemas[name], new_schemas[name]))

    return SpecDiff(changes=tuple(changes), old_version=_version(old), new_version=_version(new))
