"""Spec patches applied by `make regen` before generation.

Each patch is a function taking the spec document (a dict, modified in place) and returning
how many places it changed. `PATCHES` lists them in order, each with its one-line reason.
The functions are generic (they look for a kind of defect, not one path) so that they keep
working on the next spec version; a patch that finds nothing is reported, not an error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

Spec = dict[str, Any]

_BINARY_TYPES = ("application/octet-stream", "application/pdf", "text/csv")
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield method, path, op


def _pascal(name: str) -> str:
    parts = re.split(r"[^0-9a-zA-Z]+", name)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def rename_colliding_inline_enums(spec: Spec) -> int:
    """An inline enum is named <Schema><Property>; where a schema already has that name, rename the enum."""
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    taken = {_pascal(name).lower() for name in schemas}
    changed = 0
    for name, schema in schemas.items():
        for prop_name, prop in (schema.get("properties") or {}).items():
            targets = [prop, prop.get("items")] if prop.get("type") == "array" else [prop]
            for target in targets:
                if not isinstance(target, dict) or "enum" not in target or target.get("title"):
                    continue
                generated = _pascal(name) + _pascal(prop_name)
                if generated.lower() in taken:
                    target["title"] = generated + "Enum"
                    changed += 1
    return changed


def binary_responses_as_files(spec: Spec) -> int:
    """Binary downloads (PDF, CSV, octet-stream) lack a binary schema or use format byte; make them files."""
    changed = 0
    for _method, _path, op in _operations(spec):
        for code, response in (op.get("responses") or {}).items():
            if not str(code).startswith("2"):
                continue
            for content_type, media in (response.get("content") or {}).items():
                if content_type.split(";")[0].strip() not in _BINARY_TYPES:
                    continue
                schema = media.get("schema")
                if schema != {"type": "string", "format": "binary"}:
                    media["schema"] = {"type": "string", "format": "binary"}
                    changed += 1
    return changed


def no_content_has_no_body(spec: Spec) -> int:
    """A 204 answer has no body (HTTP); a schema there makes the generated parse read JSON from nothing."""
    changed = 0
    for _method, _path, op in _operations(spec):
        response = (op.get("responses") or {}).get("204")
        if isinstance(response, dict) and response.get("content"):
            del response["content"]
            changed += 1
    return changed


def parameter_descriptions_on_schemas(spec: Spec) -> int:
    """The generator documents a parameter from its schema's description; copy the parameter's there."""
    changed = 0
    parameters = list(spec.get("components", {}).get("parameters", {}).values())
    for _method, _path, op in _operations(spec):
        parameters += [p for p in op.get("parameters") or [] if isinstance(p, dict)]
    for item in spec.get("paths", {}).values():
        parameters += [p for p in item.get("parameters") or [] if isinstance(p, dict)]
    for parameter in parameters:
        schema = parameter.get("schema")
        description = parameter.get("description")
        if (
            isinstance(schema, dict)
            and description
            and not schema.get("description")
            and "$ref" not in schema
        ):
            schema["description"] = description
            changed += 1
    return changed


SECRET_EXTENSION = "x-tx-secret"  # noqa: S105 (the name of a spec extension)
# A string property is a secret when its description says write only or its name says so
# (hmacSharedSecret, password, apiKey, privateKey, token, accessToken...). The spec's own writeOnly
# flag is not used: it marks request-only parameters (year, term, vatReportType), not secrets.
_SECRET_NAME = re.compile(r"(?:secret|password|apikey|privatekey|token)$", re.IGNORECASE)
_WRITE_ONLY_TEXT = re.compile(r"\bwrite[ -]only\b", re.IGNORECASE)
# A URL that the spec says may carry credentials (Subscription.targetUrl: "including authentication
# tokens ... Basic authentication is supported").
_CREDENTIALS_TEXT = re.compile(r"authenticat|password|credential", re.IGNORECASE)


def mark_secret_properties(spec: Spec) -> int:
    """Write-only secrets must never show in a model's repr: x-tx-secret tells the model template
    ("secret": masked; "url-credentials": the password in the URL masked)."""
    changed = 0
    for schema in spec.get("components", {}).get("schemas", {}).values():
        for name, prop in (schema.get("properties") or {}).items():
            if not isinstance(prop, dict) or prop.get("type") != "string" or SECRET_EXTENSION in prop:
                continue
            description = str(prop.get("description", ""))
            if _WRITE_ONLY_TEXT.search(description) or _SECRET_NAME.search(name):
                prop[SECRET_EXTENSION] = "secret"
            elif name.lower().endswith("url") and _CREDENTIALS_TEXT.search(description):
                prop[SECRET_EXTENSION] = "url-credentials"
            else:
                continue
            changed += 1
    return changed


def envelopes_always_carry_their_payload(spec: Spec) -> int:
    """A list answer always has ``values`` and a single answer its ``value``: mark them required, so
    response types never type them ``Unset``. ``{"value": null}`` is a real answer (e.g. ``GET
    /ledger/voucher/openingBalance`` with no opening balance), so ``value`` is also nullable: typed
    ``T | None``. (The model template reads a required list that is null or absent as empty.)"""
    changed = 0
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        props = schema.get("properties") or {}
        if name.startswith("ListResponse") and (props.get("values") or {}).get("type") == "array":
            key = "values"
        elif name.startswith("ResponseWrapper") and isinstance(props.get("value"), dict):
            key = "value"
            value = props[key]
            if "$ref" in value:  # nullable beside a $ref is ignored (OpenAPI 3.0): wrap it
                props[key] = {"allOf": [{"$ref": value.pop("$ref")}], **value, "nullable": True}
            else:
                value["nullable"] = True
        else:
            continue
        required: list[str] = schema.setdefault("required", [])
        if key not in required:
            required.append(key)
            changed += 1
    return changed


Patch = tuple[Callable[[Spec], int], str]

PATCHES: tuple[Patch, ...] = (
    (
        rename_colliding_inline_enums,
        "inline enum LeaveOfAbsence.type collides with schema LeaveOfAbsenceType: the generator drops the family",
    ),
    (
        binary_responses_as_files,
        "PDF/CSV/octet-stream responses without a binary schema parse to None or bytes typed as str",
    ),
    (
        no_content_has_no_body,
        "five DELETEs document a JSON schema on 204 No Content: parsing the empty answer would fail",
    ),
    (
        parameter_descriptions_on_schemas,
        "parameter descriptions sit beside the schema, where the generator does not read them: help() lacked them",
    ),
    (
        mark_secret_properties,
        "write-only secrets (webhook HMAC secret, auth header value, passwords, tokens) would show in reprs",
    ),
    (
        envelopes_always_carry_their_payload,
        "a list answer always has values, a single answer its value (possibly null): never typed Unset",
    ),
)
