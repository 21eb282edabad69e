"""``tripletex sync``'s store wrapper and progress sink: counts what was committed, for the line a
Ctrl-C prints (imported when the command runs, with the sync package)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..sync.store import ForwardingStore

if TYPE_CHECKING:
    from ..sync import DatasetResult, JsonlStore, SQLiteStore, SyncProgress

__all__ = ["Tally"]


class Tally(ForwardingStore["SQLiteStore | JsonlStore"]):
    """Forwards progress events and store writes, counting what was committed (for the Ctrl-C line)."""

    def __init__(self, store: SQLiteStore | JsonlStore) -> None:
        super().__init__(store)
        self.inner: SyncProgress | None = None
        self.path = store.path
        self.committed = 0
        self.records = 0
        self.unchanged = 0
        self._pending: dict[tuple[int, str], int] = {}

    # DatasetStore (the other verbs pass through)
    async def begin(self, company_id: int, resource: str) -> None:
        await self.store.begin(company_id, resource)
        self._pending[(company_id, resource)] = 0

    async def write(self, company_id: int, resource: str, records: Sequence[dict[str, Any]]) -> int:
        written = await self.store.write(company_id, resource, records)
        self._pending[(company_id, resource)] += written
        return written

    async def commit(self, company_id: int, resource: str, digest: str | None, *, complete: bool) -> None:
        await self.store.commit(company_id, resource, digest, complete=complete)
        self.committed += 1
        self.records += self._pending.pop((company_id, resource), 0)

    def close(self) -> None:
        self.store.close()

    # SyncProgress
    def dataset_started(self, company_id: int, resource: str) -> None:
        if self.inner is not None:
            self.inner.dataset_started(company_id, resource)

    def dataset_total(self, company_id: int, resource: str, total: int) -> None:
        if self.inner is not None:
            self.inner.dataset_total(company_id, resource, total)

    def records_written(self, company_id: int, resource: str, count: int) -> None:
        if self.inner is not None:
            self.inner.records_written(company_id, resource, count)

    def dataset_finished(self, result: DatasetResult) -> None:
        self.unchanged += result.skipped
        if self.inner is not None:
            self.inner.dataset_finished(result)

    def interrupted_line(self) -> str:
        return (
            f"interrupted: {self.committed + self.unchanged} data set(s) complete in {self.path} "
            f"({self.committed} saved with {self.records:,} records, {self.unchanged} unchanged); "
            "the rest were cut short and are fetched again. Run the same command again to resume: "
            "complete data sets are skipped when unchanged."
        )
