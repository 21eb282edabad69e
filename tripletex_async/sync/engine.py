"""The sync job: every (company, resource) data set fetched concurrently, written to a local store.

    async with TripletexClient() as tx:
        with SQLiteStore("sync.sqlite") as store:
            report = await sync_companies(tx, store)            # all companies with login access

Checksums: when the store holds the ``versionDigest`` of a data set's previous run, the walk's
first page is asked with ``If-None-Match`` (``paginate(..., if_none_match=previous)``); a 304 means
unchanged, and the data set is skipped after that one request. Otherwise the same walk goes on:
``async with tx.paginate(..., raw=True, consistency="dedupe", recover=True)`` (sorted by id; the
first page alone, then a sliding window of page requests):
duplicates across page boundaries are dropped, and a walk that saw the list change under it
(a digest or ``fullResultSize`` change, a duplicate, an id out of order) re-walks and adds the
records it had missed. A data set whose walk still ended suspect is walked again (up to
``MAX_WALKS`` walks), so every record that existed throughout the run is stored, exactly once.

The new digest is saved once the whole data set is in the store, and only when the data set did
not change during the run (one digest seen from the first request to the last): after a change,
records deleted meanwhile may still be in the store, so the next run fetches it all again and
its commit drops them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

import anyio

from ..errors import TripletexError
from ..pagination import WalkReport
from .resources import DEFAULT_DATE_FROM, DEFAULT_DATE_TO, SyncResource, resolve_resources
from .store import SyncStore

if TYPE_CHECKING:
    from ..client import TripletexClient

__all__ = ["DatasetResult", "NullProgress", "SyncProgress", "SyncReport", "list_companies", "sync_companies"]

logger = logging.getLogger("tripletex_async.sync")

Record = dict[str, Any]
DEFAULT_PAGE_SIZE = 1000
MAX_PAGE_FANOUT = 8  # pages of one data set requested at once (the client caps requests in flight)
MAX_WALKS = 3  # walks of one data set (each with the paginator's own recovery passes)


class SyncProgress(Protocol):
    """Receives progress events (a rich progress bar, a log, or nothing)."""

    def dataset_started(self, company_id: int, resource: str) -> None: ...
    def dataset_total(self, company_id: int, resource: str, total: int) -> None: ...
    def records_written(self, company_id: int, resource: str, count: int) -> None: ...
    def dataset_finished(self, result: DatasetResult) -> None: ...


class NullProgress:
    def dataset_started(self, company_id: int, resource: str) -> None:
        pass

    def dataset_total(self, company_id: int, resource: str, total: int) -> None:
        pass

    def records_written(self, company_id: int, resource: str, count: int) -> None:
        pass

    def dataset_finished(self, result: DatasetResult) -> None:
        pass


@dataclass
class DatasetResult:
    """One (company, resource) data set: what was stored and what its walk(s) saw."""

    company_id: int
    resource: str
    records: int = 0  # distinct records stored
    pages: int = 0
    requests: int = 0  # page requests (the If-None-Match check included; retries not)
    skipped: bool = False  # unchanged since the last run (304 on If-None-Match)
    digest: str | None = None  # saved for the next run (None: the data set changed during the run)
    seconds: float = 0.0
    error: str | None = None
    # What changed during the walk (from the paginator's WalkReports, summed over walks):
    walks: int = 0  # paginate walks (more than one when a walk ended suspect)
    passes: int = 0  # walk passes (recovery passes included)
    duplicates_dropped: int = 0  # records seen twice (a shift across a page boundary)
    out_of_order: int = 0  # ids not increasing (a shift)
    recovered: int = 0  # records missed by a shifted pass and found by re-walking
    digest_changed: bool = False  # versionDigest differed between requests of the run
    size_changed: bool = False  # fullResultSize differed between pages
    consistent: bool = True  # the last pass saw nothing suspect

    @property
    def changed_during_walk(self) -> bool:
        return bool(
            self.duplicates_dropped
            or self.out_of_order
            or self.recovered
            or self.digest_changed
            or self.size_changed
        )

    def walk_summary(self) -> str:
        """What changed during the walk, in a few words ("" when nothing did)."""
        if not self.changed_during_walk:
            return ""
        parts = [
            text
            for text, on in (
                ("digest changed", self.digest_changed),
                ("size changed", self.size_changed),
                (f"{self.duplicates_dropped} duplicates dropped", self.duplicates_dropped),
                (f"{self.out_of_order} out of order", self.out_of_order),
                (f"{self.recovered} recovered", self.recovered),
                (f"{self.passes} passes in {self.walks} walks", self.passes > 1),
                ("still shifting at the end", not self.consistent),
            )
            if on
        ]
        return ", ".join(parts)

    def add_walk(self, report: WalkReport, *, rewalk: bool) -> None:
        """Add a walk's report (a re-walk's recoveries are counted against the earlier walks instead)."""
        self.walks += 1
        self.passes += report.passes
        self.requests += report.requests
        self.out_of_order += report.out_of_order
        self.duplicates_dropped += report.duplicates_dropped
        if not rewalk:
            self.recovered += report.recovered
        self.size_changed = self.size_changed or report.size_changed
        self.consistent = not report.last_pass_suspect


@dataclass
class SyncReport:
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
    def changed_during_walk(self) -> list[DatasetResult]:
        """Data sets that changed while they were walked (shifts detected, records recovered)."""
        return [r for r in self.results if r.changed_during_walk]

    @property
    def recovered(self) -> int:
        return sum(r.recovered for r in self.results)

    @property
    def duplicates_dropped(self) -> int:
        return sum(r.duplicates_dropped for r in self.results)

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


# ---------------------------------------------------------------- the job


async def list_companies(tx: TripletexClient) -> list[int]:
    """Ids of the companies the login has access to (an accountant's clients)."""
    answer = await tx.company.get_with_login_access(fields="id,name")
    return [c.id for c in answer.values or [] if isinstance(c.id, int)]


async def _sync_dataset(
    tx: TripletexClient,
    store: SyncStore,
    company_id: int,
    resource: SyncResource,
    params: Mapping[str, Any],
    page_size: int,
    progress: SyncProgress,
    use_digests: bool,
) -> DatasetResult:
    result = DatasetResult(company_id, resource.name)
    started = time.perf_counter()
    progress.dataset_started(company_id, resource.name)
    view = tx.as_company(company_id)
    operation = resource.bind(view)
    query: dict[str, Any] = {**params, "count": page_size}  # sorted by id: the "dedupe" walk's order
    previous = store.get_digest(company_id, resource.name) if use_digests else None
    digests: list[str] = []  # distinct real digests seen, the first page's first
    begun = False
    try:
        seen: set[int] = set()
        while result.walks < MAX_WALKS:
            rewalk = result.walks > 0  # a fresh walk after a suspect one: only unseen records count
            async with view.paginate(
                operation,
                raw=True,
                consistency="dedupe",
                recover=True,
                concurrency=MAX_PAGE_FANOUT,
                if_none_match=None if rewalk else previous,  # unchanged since the last run: 304
                **query,
            ) as pager:
                async for page in pager.pages():
                    if not begun:
                        store.begin(company_id, resource.name)
                        begun = True
                    result.pages += 1
                    if result.pages == 1 and page.full_result_size:
                        progress.dataset_total(company_id, resource.name, page.full_result_size)
                    fresh = []
                    for record in page.values:
                        record_id = int(record["id"])
                        if record_id not in seen:
                            seen.add(record_id)
                            fresh.append(record)
                    if not rewalk:
                        result.duplicates_dropped += len(page.values) - len(fresh)  # the paginator's net
                    elif fresh:
                        result.recovered += len(fresh)
                    store.write(company_id, resource.name, fresh)
                    result.records += len(fresh)
                    progress.records_written(company_id, resource.name, len(fresh))
            report = pager.report
            if pager.unchanged:
                result.requests += report.requests
                result.skipped = True
                result.digest = previous
                return result
            if not begun:  # defensive: a walk always yields its first page
                store.begin(company_id, resource.name)
                begun = True
            result.add_walk(report, rewalk=rewalk)
            digests.extend(d for d in report.digests if d not in digests)
            if not report.last_pass_suspect:
                break
        result.digest_changed = len(digests) > 1
        # Save a digest only for a data set that held still: it then matches what is stored.
        result.digest = digests[0] if len(digests) == 1 and not result.changed_during_walk else None
        store.commit(company_id, resource.name, result.digest)
        if result.changed_during_walk:
            logger.info(
                "%s of company %s changed during the walk: %s",
                resource.name,
                company_id,
                result.walk_summary(),
            )
    except TripletexError as exc:
        result.error = f"{type(exc).__name__}: {exc}"
        logger.warning("sync of %s for company %s failed: %s", resource.name, company_id, exc)
    finally:
        result.seconds = time.perf_counter() - started
        progress.dataset_finished(result)
    return result


async def sync_companies(
    tx: TripletexClient,
    store: SyncStore,
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
    report = SyncReport(company_ids, [r.name for r in chosen], store=str(store.path))
    results: dict[tuple[int, str], DatasetResult] = {}
    call_params = {r.name: r.call_params(date_from, date_to) for r in chosen}  # the same for every company

    async def one(company_id: int, resource: SyncResource) -> None:
        results[(company_id, resource.name)] = await _sync_dataset(
            tx,
            store,
            company_id,
            resource,
            call_params[resource.name],
            page_size,
            sink,
            use_digests,
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
