"""A fleet run in Redis: job ids, enqueueing, the run's counters and their summary.

A run is one arq job per (company, resource) (:mod:`.jobs`), with a deterministic job id
``tripletex-sync:<run>:<company>:<resource>``: enqueuing a run twice does nothing new. Its counters
are one Redis hash (``tripletex:fleet:run:<run>``), written by the workers in one transaction per
finished data set and read by :func:`read_summary` / :func:`wait_for_run`; each finished data set
also leaves its :class:`~tripletex_async.sync.DatasetResult` there, so the summary carries the same
change report as the local sync.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from arq.connections import ArqRedis
from redis.asyncio import Redis

from ..sync.dataset import DEFAULT_PAGE_SIZE, DatasetResult, DatasetTotals
from ..sync.resources import DEFAULT_DATE_FROM, DEFAULT_DATE_TO, resolve_resources

__all__ = [
    "JOB_NAME",
    "QUEUE_NAME",
    "FleetSummary",
    "enqueue_run",
    "job_id",
    "read_summary",
    "run_key",
    "wait_for_run",
]

QUEUE_NAME = "tripletex:fleet:queue"
JOB_NAME = "sync_dataset"  # the arq function name (kept: jobs already queued still run)
_RESULT_FIELDS = {f.name for f in dataclasses.fields(DatasetResult)}


def run_key(run_id: str) -> str:
    return f"tripletex:fleet:run:{run_id}"


def job_id(run_id: str, company_id: int, resource: str) -> str:
    """Deterministic per (run, company, resource): enqueuing the same run twice is a no-op."""
    return f"tripletex-sync:{run_id}:{company_id}:{resource}"


def _s(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


@dataclass
class FleetSummary(DatasetTotals):
    run_id: str
    total: int = 0
    done: int = 0
    unchanged: int = 0  # of the done: skipped after a 304 to the saved digest
    failed: int = 0
    records: int = 0
    pages: int = 0
    attempts: int = 0
    datasets: dict[str, int] = field(default_factory=dict)  # "company:resource" -> records (walked ones)
    errors: dict[str, str] = field(default_factory=dict)
    results: list[DatasetResult] = field(default_factory=list)  # every finished data set
    seconds: float = 0.0

    @property
    def finished(self) -> bool:
        return self.total > 0 and self.done + self.failed >= self.total

    def lines(self) -> list[str]:
        out = [
            f"run {self.run_id}: {self.done}/{self.total} data sets done, {self.failed} failed, "
            f"{self.unchanged} unchanged since the last run; "
            f"{self.records:,} records in {self.pages} pages ({self.attempts} job attempts)"
            + (f" in {self.seconds:.2f} s" if self.seconds else "")
        ]
        out.extend(f"  {ds}: {n:,}" for ds, n in sorted(self.datasets.items()))
        changed = self.changed_during_walk
        if changed:
            out.append(
                f"changed during the walk: {len(changed)} data set(s); {self.recovered} records recovered "
                f"by re-walking, {self.duplicates_dropped} duplicates dropped (digests not saved)"
            )
            out.extend(f"  {r.company_id}:{r.resource}: {r.walk_summary()}" for r in changed)
        out.extend(f"  {ds}: {err}" for ds, err in sorted(self.errors.items()))
        return out


def _result(text: str) -> DatasetResult | None:
    try:
        data = json.loads(text)
        return DatasetResult(**{k: v for k, v in data.items() if k in _RESULT_FIELDS})
    except (ValueError, TypeError, AttributeError):
        return None  # written by another version: the counters still hold


async def read_summary(redis: Redis, run_id: str) -> FleetSummary:
    raw = await redis.hgetall(run_key(run_id))  # type: ignore[misc]
    data = {_s(k): _s(v) for k, v in raw.items()}
    summary = FleetSummary(run_id)
    for name in ("total", "done", "unchanged", "failed", "records", "pages", "attempts"):
        setattr(summary, name, int(data.get(name, "0")))
    for k, v in sorted(data.items()):
        if k.startswith("records:"):
            summary.datasets[k[len("records:") :]] = int(v)
        elif k.startswith("state:") and v.startswith("error"):
            summary.errors[k[len("state:") :]] = v
        elif k.startswith("result:") and (result := _result(v)) is not None:
            summary.results.append(result)
    return summary


async def enqueue_run(
    redis: ArqRedis,
    company_ids: Iterable[int],
    resources: Iterable[str] | None = None,
    *,
    run_id: str | None = None,
    date_from: date = DEFAULT_DATE_FROM,
    date_to: date = DEFAULT_DATE_TO,
    page_size: int = DEFAULT_PAGE_SIZE,
    use_digests: bool = True,
) -> str:
    """Enqueue one job per (company, resource); returns the run id (new unless given).
    ``use_digests=False`` walks every data set even if unchanged since the last run."""
    run = run_id or time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    chosen = [r.name for r in resolve_resources(resources)]
    companies = list(dict.fromkeys(company_ids))
    key = run_key(run)
    await redis.hsetnx(key, "total", str(len(companies) * len(chosen)))  # type: ignore[misc]
    await redis.hsetnx(key, "started", str(time.time()))  # type: ignore[misc]
    for company_id in companies:
        for resource in chosen:
            await redis.enqueue_job(
                JOB_NAME,
                run,
                company_id,
                resource,
                date_from.isoformat(),
                date_to.isoformat(),
                page_size,
                use_digests,
                _job_id=job_id(run, company_id, resource),
                _queue_name=QUEUE_NAME,
            )
    return run


async def wait_for_run(
    redis: Redis,
    run_id: str,
    *,
    max_seconds: float | None = None,
    poll: float = 0.2,
    on_progress: Callable[[FleetSummary], None] | None = None,
) -> FleetSummary:
    """Poll the run's counters until every data set is done or failed (or ``max_seconds``)."""
    started = time.monotonic()
    while True:
        summary = await read_summary(redis, run_id)
        if on_progress is not None:
            on_progress(summary)
        if summary.finished:
            summary.seconds = time.monotonic() - started
            return summary
        if max_seconds is not None and time.monotonic() - started > max_seconds:
            raise TimeoutError(f"run {run_id} not finished after {max_seconds:.0f} s: {summary.lines()[0]}")
        await asyncio.sleep(poll)
