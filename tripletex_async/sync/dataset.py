"""One walk of one data set: :func:`sync_dataset` fetches one (company, resource) into a store.

    async with TripletexClient() as tx:
        store = SQLiteStore("sync.sqlite")            # or JsonlStore(dir), or await PgStore.connect(dsn)
        result = await sync_dataset(tx.as_company(123), "customers", store)

This is the only place a data set is synced: the local sync (:func:`~.engine.sync_companies`, a
task group) and the fleet (:mod:`tripletex_async.fleet.jobs`, arq jobs on many processes) are two
schedulers of it, so both get the same guarantees:

* **checksum skip** -- with ``use_digests`` and a digest saved by the store's last commit, the
  walk's first page is asked with ``If-None-Match``; a 304 means unchanged: the data set is
  skipped after that one request, its stored records kept;
* **every record once** -- the walk is the paginator's ``consistency="dedupe", recover=True``
  (sorted by id, the first page alone, then a sliding window): duplicates across page boundaries
  are dropped, and a walk that saw the list change under it (a digest or ``fullResultSize``
  change, a duplicate, an id out of order) re-walks and hands out only the records it had missed.
  The store upserts by (company_id, id) into a fresh generation and its commit drops what this
  generation did not write, so an attempt cut short and begun again (a fleet retry) never counts
  or keeps a record twice;
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
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

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
                (f"{self.passes} passes", self.passes > 1),
                ("still shifting at the end", not self.consistent),
            )
            if on
        ]
        return ", ".join(parts)

    def add_walk(self, report: WalkReport) -> None:
        """Take what the walk saw from the paginator's report."""
        self.passes = report.passes
        self.requests = report.requests
        self.out_of_order = report.out_of_order
        self.duplicates_dropped = report.duplicates_dropped
        self.recovered = report.recovered
        self.digest_changed = report.digest_changed
        self.size_changed = report.size_changed
        self.consistent = not report.last_pass_suspect


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
    previous = await store.get_digest(company_id, name) if use_digests else None
    begun = False
    try:
        async with view.paginate(
            spec.bind(view),
            raw=True,
            consistency="dedupe",  # sorted by id; duplicates across page boundaries dropped
            recover=True,  # re-walk after a suspected shift, handing out only records not seen yet
            concurrency=concurrency,
            if_none_match=previous,  # unchanged since the last run: one 304
            count=page_size,
            **spec.call_params(date_from, date_to),
        ) as pager:
            async for page in pager.pages():
                if not begun:
                    await store.begin(company_id, name)
                    begun = True
                result.pages += 1
                if result.pages == 1 and page.full_result_size:
                    sink.dataset_total(company_id, name, page.full_result_size)
                written = await store.write(company_id, name, page.values)
                result.records += written
                sink.records_written(company_id, name, written)
        report = pager.report
        if pager.unchanged:
            result.requests = report.requests
            result.skipped = True
            result.digest = previous
            return result
        if not begun:  # defensive: a walk always hands out its first page, empty or not
            await store.begin(company_id, name)
        result.add_walk(report)
        # Save a digest only for a data set that held still: it then matches what is stored.
        held_still = len(report.digests) == 1 and not result.changed_during_walk and result.consistent
        result.digest = report.digests[0] if held_still else None
        await store.commit(company_id, name, result.digest)
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
