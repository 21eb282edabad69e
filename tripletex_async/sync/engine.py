"""The local sync: every (company, resource) data set walked at once in one task group.

    async with TripletexClient() as tx:
        store = SQLiteStore("sync.sqlite")
        report = await sync_companies(tx, store)            # all companies with login access

Each data set is one :func:`~.dataset.sync_dataset` (checksum skip, every record once, the change
report); this module only schedules them on one client and sums the client's counters. The fleet
(:mod:`tripletex_async.fleet.jobs`) schedules the same walk as arq jobs across processes.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import anyio

from .dataset import DEFAULT_PAGE_SIZE, DatasetResult, DatasetTotals, NullProgress, SyncProgress, sync_dataset
from .resources import DEFAULT_DATE_FROM, DEFAULT_DATE_TO, SyncResource, resolve_resources
from .store import DatasetStore

if TYPE_CHECKING:
    from ..client import TripletexClient

__all__ = ["SyncReport", "list_companies", "sync_companies"]


@dataclass
class SyncReport(DatasetTotals):
    companies: list[int]
    resources: list[str]
    results: list[DatasetResult] = field(default_factory=list)
    requests: int = 0
    retries: int = 0
    rate_limited: int = 0
    transport_errors: int = 0  # connections dropped or failed (retried)
    session_creations: int = 0  # sessions created during the run (a forced expiry adds one)
    seconds: float = 0.0
    store: str = ""
    faults: str | None = None  # the faults injected (emulator runs), for the summary

    @property
    def records(self) -> int:
        return sum(r.records for r in self.results)

    @property
    def skipped(self) -> list[DatasetResult]:
        return [r for r in self.results if r.skipped]

    @property
    def errors(self) -> list[DatasetResult]:
        return [r for r in self.results if r.error is not None]

    @property
    def records_per_second(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def result(self, company_id: int, resource: str) -> DatasetResult:
        for r in self.results:
            if r.company_id == company_id and r.resource == resource:
                return r
        raise KeyError((company_id, resource))

    def by_resource(self) -> dict[str, int]:
        out = dict.fromkeys(self.resources, 0)
        for r in self.results:
            out[r.resource] = out.get(r.resource, 0) + r.records
        return out


async def list_companies(tx: TripletexClient) -> list[int]:
    """Ids of the companies the login has access to (an accountant's clients)."""
    answer = await tx.company.get_with_login_access(fields="id,name")
    return [c.id for c in answer.values or [] if isinstance(c.id, int)]


async def sync_companies(
    tx: TripletexClient,
    store: DatasetStore,
    *,
    companies: Iterable[int] | None = None,
    resources: Iterable[str] | None = None,
    date_from: date = DEFAULT_DATE_FROM,
    date_to: date = DEFAULT_DATE_TO,
    page_size: int = DEFAULT_PAGE_SIZE,
    progress: SyncProgress | None = None,
    use_digests: bool = True,
) -> SyncReport:
    """Sync the resources of the companies (default: all with login access) into ``store``."""
    started = time.perf_counter()
    before = tx.stats
    sessions_before = tx.sessions.creations
    chosen: Sequence[SyncResource] = resolve_resources(resources)
    company_ids = list(dict.fromkeys(companies)) if companies is not None else await list_companies(tx)
    sink: SyncProgress = progress or NullProgress()
    report = SyncReport(company_ids, [r.name for r in chosen], store=str(store))
    results: dict[tuple[int, str], DatasetResult] = {}

    async def one(company_id: int, resource: SyncResource) -> None:
        results[(company_id, resource.name)] = await sync_dataset(
            tx.as_company(company_id),
            resource,
            store,
            date_from=date_from,
            date_to=date_to,
            page_size=page_size,
            use_digests=use_digests,
            progress=sink,
        )

    async with anyio.create_task_group() as group:
        for company_id in company_ids:
            for resource in chosen:
                group.start_soon(one, company_id, resource)
    report.results = [results[(c, r.name)] for c in company_ids for r in chosen]
    after = tx.stats
    report.requests = after.requests - before.requests
    report.retries = after.retries - before.retries
    report.rate_limited = after.rate_limited - before.rate_limited
    report.transport_errors = after.transport_errors - before.transport_errors
    report.session_creations = tx.sessions.creations - sessions_before
    report.seconds = time.perf_counter() - started
    return report
