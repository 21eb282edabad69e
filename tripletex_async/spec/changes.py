"""What a spec diff reports: the kinds of change, one change, and the whole diff with its counts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

__all__ = ["Change", "ChangeKind", "SpecDiff"]


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
