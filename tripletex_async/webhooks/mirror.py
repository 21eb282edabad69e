"""A local copy of one resource kept current by webhook events after an initial full fetch.

    mirror = Mirror("customer")
    receiver.add_handler("customer.*", mirror.apply)     # subscribe first ...
    mirror.load(await fetch_all_customers())              # ... then fetch everything once

Events carry the object as the subscription's ``fields`` projected it; keep those ``fields`` the
same as the full fetch's and the mirror equals a fresh re-fetch. Deliveries may arrive late or out
of order (retries): an update older than the stored ``version`` is ignored, deleted ids stay
deleted (tombstones), and events for other resources are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .events import WebhookEvent

__all__ = ["Mirror"]


def _version(row: Mapping[str, Any] | None) -> int | None:
    if row is None:
        return None
    v = row.get("version")
    return v if isinstance(v, int) and not isinstance(v, bool) else None


class Mirror:
    """``rows``: id -> the object as JSON data (dicts, as the API sent it)."""

    def __init__(self, resource: str) -> None:
        self.resource = resource
        self.rows: dict[int, dict[str, Any]] = {}
        self.deleted: set[int] = set()
        self.applied = 0
        self.ignored = 0

    def load(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Merge a full fetch (objects as JSON data): newer versions already applied by events win."""
        for row in rows:
            ident = row.get("id")
            if isinstance(ident, int):
                self._put(ident, dict(row))

    def _put(self, ident: int, row: dict[str, Any]) -> bool:
        if ident in self.deleted:
            return False
        old, new = _version(self.rows.get(ident)), _version(row)
        if old is not None and new is not None and new < old:
            return False
        self.rows[ident] = row
        return True

    async def apply(self, event: WebhookEvent) -> None:
        """A ``WebhookReceiver`` handler: apply one event (idempotent)."""
        if event.resource != self.resource or event.id is None:
            self.ignored += 1
            return
        if event.is_delete:
            self.rows.pop(event.id, None)
            self.deleted.add(event.id)
            self.applied += 1
            return
        if event.raw_value is None:
            self.ignored += 1
            return
        if self._put(event.id, dict(event.raw_value)):
            self.applied += 1
        else:
            self.ignored += 1

    def __len__(self) -> int:
        return len(self.rows)

    def snapshot(self) -> dict[int, dict[str, Any]]:
        return {k: dict(v) for k, v in self.rows.items()}
