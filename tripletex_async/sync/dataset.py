"""One walk of one data set: :func:`sync_dataset` fetches one (company, resource) into a store.

    async with TripletexClient() as tx:
        store = SQLiteStore("sync.sqlite")            # or JsonlStore(dir), or await PgStore.connect(dsn)
        result = await sync_dataset(tx.as_company(123), "customers", store)

This is the only place a data set is synced: the local sync (:func:`~.engine.sync_companies`, a
task group) and the fleet (:mod:`tripletex_async.fleet.jobs`, arq jobs on many processes) are two
schedulers of it, so both get the same guarantees:

* **checksum skip** -- with ``use_digests`` and a digest saved by the store's last commit, the
  walk's first page is asked with ``If-None-Match``; a 304 means unchanged: the data set is
  skipped after that one request, its stored records kept. A resource of several listings
  (customers: active, then inactive -- ``SyncResource.walks``) asks each with its own digest and
  is skipped only when every one answers 304; otherwise all are walked into one generation;
* **every record once** -- the walk is the paginator's ``consistency="dedupe", recover=True``
  (sorted by id, the first page alone, then a sliding window): duplicates across page boundaries
  are dropped, and a walk that saw the list change under it (a digest or ``fullResultSize``
  change, a duplicate, an id out of order) re-walks and hands out only the records it had missed.
  The store upserts by (company_id, id) into a fresh generation and its commit drops what this
  generation did not write, so an attempt cut short and begun again (a fleet retry) never counts
  or keeps a record twice;
* **nothing lost to a walk that never settled** -- when the recovery passes run out with the list
  still shifting, the walk may have missed records that existed throughout: the commit is then
  incomplete (``complete=False``): it keeps the stored records this generation did not write and
  saves no digest, so the next run walks again and its complete commit drops what is really gone;
* **change report** -- :class:`DatasetResult` says what changed during the walk (from the
  paginator's :class:`~tripletex_async.pagination.WalkReport`);
* **digests only for data sets that held still** -- the new digest is saved once the whole data
  set is in the store, and only when one digest was seen from the first request to the last and
  nothing suggested a shift: after a change, records deleted meanwhile may still be stored, so the
  next run walks it again and its commit drops them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import RateLimitError, ServerError, TransportError, TripletexError
from ..pagination import WalkReport
from .resources import DEFAULT_DATE_FROM, DEFAULT_DATE_TO, RESOURCES, SyncResource
from .store import DatasetStore

if TYPE_CHECKING:
    from ..client import CompanyView, TripletexClient

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "DatasetResult",
    "DatasetTotals",
    "NullProgress",
    "SyncProgress",
    "sync_dataset",
]

logger = logging.getLogger("tripletex_async.sync")

DEFAULT_PAGE_SIZE = 1000
MAX_PAGE_FANOUT = 8  # pages of one data set requested at once (the client caps requests in flight)
TRANSIENT_ERRORS = (TransportError, ServerError, RateLimitError)  # retries exhausted; a later try may do


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
    """One (company, resource) data set: what was stored and what its walk saw."""

    company_id: int
    resource: str
    records: int = 0  # distinct records stored
    pages: int = 0
    requests: int = 0  # page requests (the If-None-Match check included; retries not)
    skipped: bool = False  # unchanged since the last run (304 on If-None-Match)
    digest: str | None = None  # saved for the next run (None: the data set changed during the run)
    seconds: float = 0.0
    error: str | None = None
    transient: bool = False  # the error was a transport, 5xx or 429 one (a later attempt may succeed)
    # What changed during the walk (from the paginator's WalkReport):
    walks: int = 0  # listings walked (customers: the active ones, then the inactive ones)
    passes: int = 0  # walk passes (recovery passes included), all walks
    duplicates_dropped: int = 0  # records seen twice (a shift across a page boundary, or between walks)
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
                (f"{self.passes} passes", self.passes > max(self.walks, 1)),
                ("still shifting at the end", not self.consistent),
            )
            if on
        ]
        return ", ".join(parts)

    def add_walk(self, report: WalkReport) -> None:
        """Add what one walk saw (a resource of several listings adds one report per walk)."""
        self.walks += 1
        self.passes += report.passes
        self.requests += report.requests
        self.out_of_order += report.out_of_order
        self.duplicates_dropped += report.duplicates_dropped
        self.recovered += report.recovered
        self.digest_changed = self.digest_changed or report.digest_changed
        self.size_changed = self.size_changed or report.size_changed
        self.consistent = self.consistent and not report.last_pass_suspect


class DatasetTotals:
    """What a run's data sets changed during their walks, summed (the local report and the fleet's)."""

    results: list[DatasetResult]

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


async def sync_dataset(
    view: CompanyView | TripletexClient,
    resource: SyncResource | str,
    store: DatasetStore,
    *,
    date_from: date = DEFAULT_DATE_FROM,
    date_to: date = DEFAULT_DATE_TO,
    page_size: int = DEFAULT_PAGE_SIZE,
    use_digests: bool = True,
    progress: SyncProgress | None = None,
    concurrency: int = MAX_PAGE_FANOUT,
) -> DatasetResult:
    """Walk one (company, resource) data set into ``store``; see the module docstring.

    ``view`` is the company's view (``tx.as_company(id)``) or a client (its own company). A
    :class:`~tripletex_async.errors.TripletexError` is reported on the result (``error``, and
    ``transient`` for transport, 5xx and 429 failures); nothing is committed then."""
    spec = RESOURCES[resource] if isinstance(resource, str) else resource
    company_id, name = view.company_id, spec.name
    sink: SyncProgress = progress or NullProgress()
    result = DatasetResult(company_id, name)
    started = time.perf_counter()
    sink.dataset_started(company_id, name)
    try:
        previous = spec.split_digests(await store.get_digest(company_id, name)) if use_digests else {}
        walk = _Walk(view, spec, store, result, sink, date_from, date_to, page_size, concurrency)
        # Every listing asked with its digest; the data set is skipped only when all answer 304.
        unchanged = [w for w in spec.walks if not await walk.run(w, previous.get(spec.walk_key(w)))]
        if len(unchanged) == len(spec.walks):
            result.skipped = True
            result.digest = spec.join_digests(previous)
            return result
        for w in unchanged:  # the commit keeps only what this generation wrote: walk them again
            await walk.run(w, None)
        await walk.begin()  # defensive: a walk always hands out its first page, empty or not
        # Save a digest only for a data set that held still: it then matches what is stored.
        held_still = len(walk.digests) == len(spec.walks) and not result.changed_during_walk
        result.digest = spec.join_digests(walk.digests) if held_still and result.consistent else None
        # A walk still shifting at its end may have missed records that exist: keep what is stored.
        await store.commit(company_id, name, result.digest, complete=result.consistent)
        if result.changed_during_walk:
            logger.info(
                "%s of company %s changed during the walk: %s", name, company_id, result.walk_summary()
            )
    except TripletexError as exc:
        result.error = f"{type(exc).__name__}: {exc}"
        result.transient = isinstance(exc, TRANSIENT_ERRORS)
        logger.warning("sync of %s for company %s failed: %s", name, company_id, exc)
    finally:
        result.seconds = time.perf_counter() - started
        sink.dataset_finished(result)
    return result


class _Walk:
    """The walks of one data set into one store generation (begun on the first page written)."""

    def __init__(
        self,
        view: CompanyView | TripletexClient,
        spec: SyncResource,
        store: DatasetStore,
        result: DatasetResult,
        sink: SyncProgress,
        date_from: date,
        date_to: date,
        page_size: int,
        concurrency: int,
    ) -> None:
        self.view, self.spec, self.store, self.result, self.sink = view, spec, store, result, sink
        self.dates, self.page_size, self.concurrency = (date_from, date_to), page_size, concurrency
        self.begun = False
        self.total = 0
        self.digests: dict[str, str] = {}  # walk key -> the one digest of a walk that held still
        # ids stored by earlier walks: a record that moved between listings (a customer deactivated
        # during the sync) is stored once
        self.seen: set[int] | None = set() if len(spec.walks) > 1 else None

    async def begin(self) -> None:
        if not self.begun:
            await self.store.begin(self.result.company_id, self.spec.name)
            self.begun = True

    async def run(self, walk: Mapping[str, Any], if_none_match: str | None) -> bool:
        """Walk one listing into the store; False when it answered 304 (nothing written)."""
        company_id, name, result = self.result.company_id, self.spec.name, self.result
        async with self.view.paginate(
            self.spec.bind(self.view),
            raw=True,
            consistency="dedupe",  # sorted by id; duplicates across page boundaries dropped
            recover=True,  # re-walk after a suspected shift, handing out only records not seen yet
            concurrency=self.concurrency,
            if_none_match=if_none_match,  # unchanged since the last run: one 304
            count=self.page_size,
            **self.spec.call_params(walk, *self.dates),
        ) as pager:
            first = True
            async for page in pager.pages():
                await self.begin()
                result.pages += 1
                if first and page.full_result_size:  # the data set's total: every walk's, summed
                    self.total += page.full_result_size
                    self.sink.dataset_total(company_id, name, self.total)
                first = False
                written = await self.store.write(company_id, name, self._new(page.values))
                result.records += written
                self.sink.records_written(company_id, name, written)
        report = pager.report
        if pager.unchanged:
            result.requests += report.requests
            return False
        result.add_walk(report)
        if len(report.digests) == 1 and not report.last_pass_suspect:
            self.digests[self.spec.walk_key(walk)] = report.digests[0]
        return True

    def _new(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The records not stored by an earlier walk of this data set."""
        if self.seen is None:
            return records
        fresh = [r for r in records if r["id"] not in self.seen]
        self.result.duplicates_dropped += len(records) - len(fresh)
        self.seen.update(r["id"] for r in fresh)
        return fresh
