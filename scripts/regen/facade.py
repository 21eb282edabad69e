"""The facade's names for each operation (`tx.<group>.<name>`), from the spec and the generator's data.

openapi-python-client groups endpoints by their first tag and names each module after its
operation id, but the facade's group and method names need the spec's raw tags and ids (the
generator keeps only identifiers derived from them). This module pairs each generated `Endpoint`
with its spec operation and decides those names once; the templates read them as data
(`operation_facts(endpoint)` while the generator renders, `Catalog` for the facade and table).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.openapi import Endpoint, GeneratorData
from openapi_python_client.strings import PythonIdentifier, snake_case

from tripletex_async.spec.load import HTTP_METHODS
from tripletex_async.spec.reading import request_body_of

__all__ = ["Catalog", "Facts", "group_name", "method_name"]


def group_name(tag: str) -> str:
    """`bank/reconciliation/match` -> `bank_reconciliation_match`; path params and :actions dropped."""
    parts = [p for p in tag.split("/") if p and not p.startswith(("{", ":", ">"))]
    name = "_".join(snake_case(p) for p in parts) or "default"
    return re.sub(r"_+", "_", name).strip("_")


def method_name(operation_id: str) -> str:
    """`CustomerList_postList` -> `post_list`."""
    suffix = operation_id.split("_", 1)[1] if "_" in operation_id else operation_id
    return str(PythonIdentifier(suffix, prefix="op"))


def class_name(group: str) -> str:
    return "".join(part.capitalize() for part in group.split("_")) + "Operations"


@dataclass
class Facts:
    """What the templates need about one operation beyond the generator's `Endpoint`."""

    endpoint: Endpoint
    id: str
    path: str  # the spec's path (the generator's renames path parameters to Python names)
    group: str
    name: str
    tag_dir: str  # the generator's package for the endpoint's tag (api/<tag_dir>/)
    module: str  # the endpoint module's name in that package
    deprecated: bool
    paginated: bool
    body_type: str | None
    body_content_type: str | None
    body_description: str

    @property
    def class_name(self) -> str:
        return class_name(self.group)


def _shape(path: str) -> str:
    """Path parameters renamed by the generator (`{attachmentId}` -> `{attachment_id}`) still match."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _body(body: Mapping[str, Any]) -> tuple[str | None, str | None]:
    content = body.get("content") or {}
    content_type = next(iter(content), None)
    if content_type is None:
        return None, None
    schema = content[content_type].get("schema") or {}
    ref = schema.get("$ref") or (schema.get("items") or {}).get("$ref")
    kind = ref.rsplit("/", 1)[1] if isinstance(ref, str) else schema.get("type")
    if schema.get("type") == "array" and kind:
        kind = f"list[{kind}]"
    return (str(kind) if kind else None), content_type


class Catalog:
    """Every operation the generator produced, with its facade names, in the spec's order."""

    def __init__(self, document: dict[str, Any], openapi: GeneratorData, field_prefix: str) -> None:
        generated: dict[tuple[str, str], tuple[str, Endpoint]] = {}
        for tag, collection in openapi.endpoint_collections_by_tag.items():
            for endpoint in collection.endpoints:
                key = (endpoint.method.lower(), _shape(endpoint.path.get_untrusted_value()))
                generated[key] = (str(tag), endpoint)
        self.operations: list[Facts] = []
        missing: list[str] = []
        for path, item in document.get("paths", {}).items():
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                found = generated.get((method, _shape(path)))
                if found is None:
                    missing.append(f"{method.upper()} {path}")
                    continue
                tag_dir, endpoint = found
                operation_id = str(op.get("operationId") or snake_case(f"{method}_{path}"))
                query = {p.name for p in endpoint.query_parameters}
                body = request_body_of(document, op) or {}
                body_type, content_type = _body(body)
                self.operations.append(
                    Facts(
                        endpoint=endpoint,
                        id=operation_id,
                        path=path,
                        group=group_name(str((op.get("tags") or ["default"])[0])),
                        name=method_name(operation_id),
                        tag_dir=tag_dir,
                        module=str(PythonIdentifier(endpoint.name, field_prefix)),
                        deprecated=bool(op.get("deprecated")),
                        paginated="from" in query and "count" in query,
                        body_type=body_type,
                        body_content_type=content_type,
                        body_description=str(body.get("description") or ""),
                    )
                )
        if missing:
            raise RuntimeError(f"{len(missing)} operations were not generated: {', '.join(missing[:10])}")
        self._disambiguate()
        self._by_endpoint = {id(f.endpoint): f for f in self.operations}

    def _disambiguate(self) -> None:
        """Facade names are unique in a group: colliding ones take their module's name."""
        seen: dict[tuple[str, str], list[Facts]] = {}
        for facts in self.operations:
            seen.setdefault((facts.group, facts.name), []).append(facts)
        for same in seen.values():
            if len(same) > 1:
                for facts in same:
                    facts.name = facts.module
        if len({(f.group, f.name) for f in self.operations}) != len(self.operations):
            raise RuntimeError("facade names are not unique after disambiguation")

    def facts(self, endpoint: Endpoint) -> Facts:
        """The facts of a generated endpoint (a template global while the generator renders)."""
        return self._by_endpoint[id(endpoint)]

    def groups(self) -> dict[str, list[Facts]]:
        """Group name -> its operations sorted by facade name, groups sorted by name."""
        by_group: dict[str, list[Facts]] = {}
        for facts in self.operations:
            by_group.setdefault(facts.group, []).append(facts)
        return {g: sorted(by_group[g], key=lambda f: f.name) for g in sorted(by_group)}
