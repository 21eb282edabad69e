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
from collections.abc import Mapping
from typing import Any

from tripletex_async.spec.changes import Change, ChangeKind, SpecDiff
from tripletex_async.spec.reading import (
    enum_values,
    is_required,
    op_sort_key,
    operations_of,
    param_signature,
    parameters_of,
    properties_of,
    request_body_of,
    schemas_of,
    type_signature,
    version_of,
)

__all__ = ["Change", "ChangeKind", "SpecDiff", "diff_specs", "type_signature"]


def _enum_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _enum_changes(subject: str, old: object, new: object) -> list[Change]:
    old_values, new_values = enum_values(old), enum_values(new)
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


def _diff_operation(
    subject: str,
    old_doc: Mapping[str, Any],
    new_doc: Mapping[str, Any],
    old: tuple[Mapping[str, Any], Mapping[str, Any]],
    new: tuple[Mapping[str, Any], Mapping[str, Any]],
) -> list[Change]:
    changes: list[Change] = []
    old_params = parameters_of(old_doc, *old)
    new_params = parameters_of(new_doc, *new)
    for key in sorted(old_params.keys() | new_params.keys()):
        location, name = key
        label = f"{location} parameter '{name}'"
        before, after = old_params.get(key), new_params.get(key)
        if before is None and after is not None:
            required = is_required(after)
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
            was, now = is_required(before), is_required(after)
            if now and not was:
                changes.append(Change(ChangeKind.PARAMETER_REQUIRED, subject, f"{label} made required", True))
            elif was and not now:
                changes.append(
                    Change(ChangeKind.PARAMETER_OPTIONAL, subject, f"{label} made optional", False)
                )
            old_sig, new_sig = param_signature(before), param_signature(after)
            if old_sig != new_sig:
                changes.append(
                    Change(
                        ChangeKind.PARAMETER_RETYPED,
                        subject,
                        f"{label} retyped: {old_sig} -> {new_sig}",
                        True,
                    )
                )

    old_body, new_body = request_body_of(old_doc, old[0]), request_body_of(new_doc, new[0])
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
    old_props, new_props = properties_of(old), properties_of(new)
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

    old_ops, new_ops = operations_of(old), operations_of(new)
    for key in sorted(old_ops.keys() | new_ops.keys(), key=op_sort_key):
        subject = f"{key[0]} {key[1]}"
        if key not in old_ops:
            changes.append(Change(ChangeKind.OPERATION_ADDED, subject, "operation added", False))
        elif key not in new_ops:
            changes.append(Change(ChangeKind.OPERATION_REMOVED, subject, "operation removed", True))
        else:
            changes.extend(_diff_operation(subject, old, new, old_ops[key], new_ops[key]))

    old_schemas, new_schemas = schemas_of(old), schemas_of(new)
    for name in sorted(old_schemas.keys() | new_schemas.keys()):
        if name not in old_schemas:
            changes.append(Change(ChangeKind.SCHEMA_ADDED, name, "schema added", False))
        elif name not in new_schemas:
            changes.append(Change(ChangeKind.SCHEMA_REMOVED, name, "schema removed", True))
        else:
            changes.extend(_diff_schema(name, old_schemas[name], new_schemas[name]))

    return SpecDiff(changes=tuple(changes), old_version=version_of(old), new_version=version_of(new))
