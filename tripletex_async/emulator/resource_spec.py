"""The vocabulary a stateful resource is described in: its spec, its filters, template markers and the
shared template values."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from .default_view import known_keys

FilterKind = Literal[
    "ids", "eq", "like", "bool", "ref", "date_from", "date_to", "intlist", "changed", "ge", "le"
]

# Template markers: S = unset string, R = unset reference object.
S = object()
R = object()


@dataclass(frozen=True)
class Filter:
    kind: FilterKind
    field: str = "id"


@dataclass(frozen=True)
class ResourceSpec:
    kind: str  # collection name and url kind
    path: str  # below /v2, without leading slash
    model: str  # model name used in messages
    template: dict[str, Any]
    refs: dict[str, str] = field(default_factory=dict)  # field -> kind of a single ref
    ref_lists: dict[str, str] = field(default_factory=dict)  # field -> kind of a list of refs
    required: tuple[str, ...] = ()
    filters: dict[str, Filter] = field(default_factory=dict)
    required_params: tuple[str, ...] = ()
    ops: frozenset[str] = frozenset({"list", "get", "post", "put", "delete"})
    inexact_size: bool = False
    extra_fields: tuple[str, ...] = ()  # valid in `fields` though never stored

    def known_fields(self) -> frozenset[str]:
        return self._known_fields

    @cached_property
    def _known_fields(self) -> frozenset[str]:  # specs are fixed: built once, not per request
        return frozenset(
            ("id", "version", "url", "changes", *self.template, *self.extra_fields)
        ) | known_keys(self.model)


def cur() -> tuple[str, str, int]:
    return ("ref", "currency", 1)


def vat(n: int) -> tuple[str, str, int]:
    return ("ref", "vatType", n)


ALL_OPS = frozenset({"list", "get", "post", "put", "delete", "post_list", "put_list"})
BY_NAME = {"name": Filter("like", "name")}
BY_ID = {"id": Filter("ids")}
