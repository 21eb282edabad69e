"""Reading an OpenAPI document the way the spec diff compares it: ``$ref`` resolution, operations
with their merged parameters, schema properties (inline ``allOf`` included), enums, and the
normalised :func:`type_signature` of a schema."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from tripletex_async.spec.load import HTTP_METHODS

_MAX_DEPTH = 32


def resolve(doc: Mapping[str, Any], node: object) -> object:
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


def ref_name(ref: str) -> str:
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
        return ref_name(ref)
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


def operations_of(
    doc: Mapping[str, Any],
) -> dict[tuple[str, str], tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """``(METHOD, path) -> (operation, path item)``."""
    result: dict[tuple[str, str], tuple[Mapping[str, Any], Mapping[str, Any]]] = {}
    paths = doc.get("paths")
    if not isinstance(paths, Mapping):
        return result
    for path, raw_item in paths.items():
        item = resolve(doc, raw_item)
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                result[(method.upper(), str(path))] = (operation, item)
    return result


def parameters_of(
    doc: Mapping[str, Any], operation: Mapping[str, Any], item: Mapping[str, Any]
) -> dict[tuple[str, str], Mapping[str, Any]]:
    """Effective parameters ``(in, name) -> parameter``; operation-level ones override path-level ones."""
    result: dict[tuple[str, str], Mapping[str, Any]] = {}
    for source in (item.get("parameters"), operation.get("parameters")):
        if not isinstance(source, list):
            continue
        for raw in source:
            param = resolve(doc, raw)
            if not isinstance(param, Mapping):
                continue
            location, name = param.get("in"), param.get("name")
            if isinstance(location, str) and isinstance(name, str):
                result[(location, name)] = param
    return result


def is_required(param: Mapping[str, Any]) -> bool:
    return param.get("in") == "path" or param.get("required") is True


def param_signature(param: Mapping[str, Any]) -> str:
    schema = param.get("schema")
    if schema is None and isinstance(param.get("content"), Mapping):
        for media in param["content"].values():
            if isinstance(media, Mapping):
                schema = media.get("schema")
                break
    return type_signature(schema)  # a $ref schema keeps its name: that is its type


def properties_of(schema: object, _depth: int = 0) -> dict[str, Any]:
    """Own properties plus those of inline ``allOf`` members (not of ``$ref`` members)."""
    result: dict[str, Any] = {}
    if not isinstance(schema, Mapping) or _depth > _MAX_DEPTH:
        return result
    members = schema.get("allOf")
    if isinstance(members, list):
        for member in members:
            if isinstance(member, Mapping) and "$ref" not in member:
                result.update(properties_of(member, _depth + 1))
    own = schema.get("properties")
    if isinstance(own, Mapping):
        result.update({str(k): v for k, v in own.items()})
    return result


def enum_values(schema: object) -> list[Any] | None:
    """Enum values of a schema or of its array items; None when it is not an enum."""
    if not isinstance(schema, Mapping) or "$ref" in schema:
        return None
    values = schema.get("enum")
    if isinstance(values, list):
        return values
    if schema.get("type") == "array":
        return enum_values(schema.get("items"))
    return None


def request_body_of(doc: Mapping[str, Any], operation: Mapping[str, Any]) -> Mapping[str, Any] | None:
    body = resolve(doc, operation.get("requestBody"))
    return body if isinstance(body, Mapping) else None


def schemas_of(doc: Mapping[str, Any]) -> Mapping[str, Any]:
    components = doc.get("components")
    if isinstance(components, Mapping):
        schemas = components.get("schemas")
        if isinstance(schemas, Mapping):
            return schemas
    return {}


def version_of(doc: Mapping[str, Any]) -> str:
    info = doc.get("info")
    if isinstance(info, Mapping) and info.get("version") is not None:
        return str(info["version"])
    return ""


def op_sort_key(key: tuple[str, str]) -> tuple[str, int]:
    method, path = key
    return path, HTTP_METHODS.index(method.lower())
