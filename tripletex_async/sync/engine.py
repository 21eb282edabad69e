"""The sync job: every (company, resource) data set fetched concurrently, written to a local store.

    async with TripletexClient() as tx:
        with SQLiteStore("sync.sqlite") as store:
            report = await sync_companies(tx, store)            # all companies with login access

Each data set's first page is requested with ``If-None-Match``: the stored ``versionDigest`` of the
previous run (or a never-matching token, which makes the service send a real digest instead of
its explanatory sentence). A 304 means the data set is unchanged and is skipped; otherwise the
pages are walked (the rest fanned out concurrently when ``fullResultSize`` is known), upserted,
and the new digest saved once the whole data set is in the store.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Protocol

import anyio

from ..errors import ResponseParseError, TripletexError
from ..pagination.page import NO_MATCH_DIGEST, real_digest
from .resources import DEFAULT_DATE_FROM, DEFAULT_DATE_TO, SyncResource, resolve_resources
from .store import SyncStore

if TYPE_CHECKING:
    from ..client import CompanyView, TripletexClient

__all__ = ["DatasetResult", "NullProgress", "SyncProgress", "SyncReport", "list_companies", "sync_companies"]

logger = logging.getLogger("tripletex_async.sync")

Record = dict[str, Any]
DEFAULT_PAGE_SIZE = 1000
MAX_PAGE_FANOUT = 8  # pages of one data set requested at once (the client caps requests in flight)


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
    company_id: int
    resource: str
    records: int = 0
    pages: int = 0
    skipped: bool = False  # unchanged since the last run (304 on If-None-Match)
    digest: str | None = None
    seconds: float = 0.0
    error: str | None = None


@dataclass
class SyncReport:
    companies: list[int]
    resources: list[str]
    results: list[DatasetResult] = field(default_factory=list)
    requests: int = 0
    retries: int = 0
    rate_limited: int = 0
    seconds: float = 0.0
    store: str = ""

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


# ---------------------------------------------------------------- paging


@dataclass
class _Page:
    values: list[Record]
    full_result_size: int
    digest: str | None
    not_modified: bool = False


async def _get_page(
    view: CompanyView | TripletexClient,
    path: str,
    params: Mapping[str, str],
    start: int,
    count: int,
    inm: str | None,
) -> _Page:
    query = {**params, "from": str(start), "count": str(count)}
    headers = {"If-None-Match": inm} if inm is not None else None
    response = await view.executor.send({"method": "GET", "url": path, "params": query}, headers=headers)
    if response.status_code == HTTPStatus.NOT_MODIFIED:
        return _Page([], 0, inm, not_modified=True)
    try:
        body = response.json()
        values = body["values"]
        if not isinstance(values, list):
            raise TypeError("values is not a list")
    except (ValueError, KeyError, TypeError) as exc:
        raise ResponseParseError.from_response(response, f"not a list envelope: {exc}") from exc
    size = body.get("fullResultSize")
    return _Page(values, size if isinstance(size, int) else 0, real_digest(body.get("versionDigest")))


async def _walk(
    view: CompanyView | TripletexClient,
    path: str,
    params: Mapping[str, str],
    *,
    page_size: int = DEFAULT_PAGE_SIZE,
    if_none_match: str | None = None,
) -> AsyncIterator[_Page]:
    """Every page of a list, first page first (asked with If-None-Match); stops after a 304.

    Internal stand-in for ``tx.paginate(...).raw()``: the sync needs the first page's envelope
    (``versionDigest``) and a 304 on ``If-None-Match``; swap here once pagination exposes both.
    """
    first = await _get_page(view, path, params, 0, page_size, if_none_match or NO_MATCH_DIGEST)
    yield first
    if first.not_modified or len(first.values) < page_size:
        return
    start = len(first.values)
    if first.full_result_size > start:
        # Known size: fetch the remaining pages concurrently, in windows, and yield them in order.
        starts = list(range(start, first.full_result_size, page_size))
        last = first
        for offset in range(0, len(starts), MAX_PAGE_FANOUT):
            window = starts[offset : offset + MAX_PAGE_FANOUT]
            pages: dict[int, _Page] = {}

            async def fetch(at: int, pages: dict[int, _Page] = pages) -> None:
                pages[at] = await _get_page(view, path, params, at, page_size, None)

            async with anyio.create_task_group() as group:
                for at in window:
                    group.start_soon(fetch, at)
            for at in window:
                last = pages[at]
                yield last
        if len(last.values) < page_size:
            return
        start = starts[-1] + page_size
    while True:  # unknown size (or it grew meanwhile): one page at a time until a short page
        page = await _get_page(view, path, params, start, page_size, None)
        yield page
        if len(page.values) < page_size:
            return
        start += len(page.values)


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
    params: Mapping[str, str],
    page_size: int,
    progress: SyncProgress,
    use_digests: bool,
) -> DatasetResult:
    result = DatasetResult(company_id, resource.name)
    started = time.perf_counter()
    progress.dataset_started(company_id, resource.name)
    previous = store.get_digest(company_id, resource.name) if use_digests else None
    seen: set[int] = set()
    began = False
    try:
        async for page in _walk(
            tx.as_company(company_id), resource.path, params, page_size=page_size, if_none_match=previous
        ):
            result.pages += 1
            if page.not_modified:
                result.skipped = True
                result.digest = previous
                break
            if result.pages == 1:
                result.digest = page.digest
                if page.full_result_size:
                    progress.dataset_total(company_id, resource.name, page.full_result_size)
                store.begin(company_id, resource.name)
                began = True
            fresh = [r for r in page.values if int(r["id"]) not in seen]  # a record moved across pages
            seen.update(int(r["id"]) for r in fresh)
            store.write(company_id, resource.name, fresh)
            result.records += len(fresh)
            progress.records_written(company_id, resource.name, len(fresh))
        if began:
            store.commit(company_id, resource.name, result.digest)
    except TripletexError as exc:
        result.error = f"{type(exc).__name__}: {exc}"
        logger.warning("sync of %s for company %s failed: %s", resource.name, company_id, exc)
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
    chosen: Sequence[SyncResource] = resolve_resources(resources)
    company_ids = list(dict.fromkeys(companies)) if companies is not None else await list_companies(tx)
    sink: SyncProgress = progress or NullProgress()
    report = SyncReport(company_ids, [r.name for r in chosen], store=str(store.path))
    results: dict[tuple[int, str], DatasetResult] = {}

    async def one(company_id: int, resource: SyncResource) -> None:
        results[(company_id, resource.name)] = await _sync_dataset(
            tx, store, company_id, resource, resource.params(date_from, date_to), page_size, sink, use_digests
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
    report.seconds = time.perf_counter() - started
    return report
