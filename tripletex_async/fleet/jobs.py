"""Fleet sync: one arq job per (company, resource), run by any number of worker processes.

Why arq: it is a small, well-kept asyncio job queue on Redis (the Redis the fleet already needs
for its shared session and rate budget), with deterministic job ids (an enqueue of an id that
exists is a no-op), retries with ``job_try``, and jobs that stay in the queue until they finish,
so a job whose worker dies is picked up again by another once its in-progress key expires.
Celery would bring a second broker model and threads; RQ and Dramatiq are synchronous.

Job ids are ``tripletex-sync:<run>:<company>:<resource>``: enqueuing a run twice does nothing new.
A job is idempotent and resumable:

* it pages through the list endpoint in order and upserts each page into PostgreSQL by
  ``(company_id, id)`` (:class:`~tripletex_async.fleet.pgstore.PgStore`), so a page written twice
  never duplicates a record;
* after each page it records the next offset (and the counters) in one Redis transaction, so a
  retry elsewhere resumes at the first page not yet accounted for and the counters stay exact;
* a running job refreshes its arq in-progress key every ``lease / 3`` seconds (a heartbeat): the
  lease can then be short (a dead worker's job is retried within ``lease`` seconds) while a long
  job is never taken over by a second worker;
* checksums: a walk asks for real ``versionDigest`` values (``consistency="detect"``); when it held
  still (one digest, nothing suggesting a shift) and started at offset 0, the digest is saved with
  the data set (:meth:`PgStore.set_digest`), and the next run's job starts with ``If-None-Match``:
  a 304 marks the data set done and *unchanged* after one request, its stored records kept.

Progress and the summary are Redis hash counters (``tripletex:fleet:run:<run>``), aggregated
across workers and read by :func:`wait_for_run`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from arq.connections import ArqRedis
from arq.constants import in_progress_key_prefix
from arq.worker import Retry, Worker, func
from redis.asyncio import Redis

from ..client import TripletexClient
from ..config import ClientConfig
from ..errors import ConfigurationError, RateLimitError, ServerError, TransportError, TripletexError
from ..sync.resources import DEFAULT_DATE_FROM, DEFAULT_DATE_TO, RESOURCES, resolve_resources
from ..transport import local_rate_limiter
from .budget import RedisRateLimiter
from .pgstore import PgStore
from .queue import QUEUE_CODEC, connect_queue
from .tokens import RedisTokenStore

__all__ = [
    "QUEUE_NAME",
    "FleetSummary",
    "build_worker",
    "enqueue_run",
    "fleet_client",
    "job_id",
    "read_summary",
    "run_key",
    "sync_dataset",
    "wait_for_run",
]

logger = logging.getLogger("tripletex_async.fleet")

QUEUE_NAME = "tripletex:fleet:queue"
DEFAULT_PAGE_SIZE = 1000
DEFAULT_LEASE = 30.0
MAX_TRIES = 5
_TRANSIENT = (TransportError, ServerError, RateLimitError)
WORKER_KEY_PREFIX = "tripletex:fleet:worker:"


def run_key(run_id: str) -> str:
    return f"tripletex:fleet:run:{run_id}"


def job_id(run_id: str, company_id: int, resource: str) -> str:
    """Deterministic per (run, company, resource): enqueuing the same run twice is a no-op."""
    return f"tripletex-sync:{run_id}:{company_id}:{resource}"


def _s(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


# ---------------------------------------------------------------- the client


def fleet_client(
    redis: Redis, *, config: ClientConfig | None = None, **client_kwargs: Any
) -> TripletexClient:
    """A ``TripletexClient`` whose session and rate budget are shared through ``redis``: built by
    composition, ``TripletexClient(token_store=RedisTokenStore(redis), rate_limiter=RedisRateLimiter(...))``.

    ``config`` or settings (``consumer_token=...``, ``base_url=...``) as for ``TripletexClient``;
    ``clock``, ``transport`` and ``revoke_on_close`` go to the client as they are."""
    extras = {name: client_kwargs.pop(name) for name in _CLIENT_EXTRAS if name in client_kwargs}
    if config is None:
        config = ClientConfig.from_env(**client_kwargs)
    elif client_kwargs:
        raise ConfigurationError("pass either config=ClientConfig(...) or individual settings, not both")
    limiter = RedisRateLimiter(redis, config.session_key, local=local_rate_limiter(config.retry))
    return TripletexClient(config=config, token_store=RedisTokenStore(redis), rate_limiter=limiter, **extras)


_CLIENT_EXTRAS = ("clock", "transport", "revoke_on_close")


# ---------------------------------------------------------------- the job


@dataclass
class FleetContext:
    tx: TripletexClient
    store: PgStore
    redis: Redis
    lease: float


async def _heartbeat(redis: Redis, arq_job_id: str, lease: float) -> None:
    key = in_progress_key_prefix + arq_job_id
    while True:
        await asyncio.sleep(lease / 3)
        await redis.pexpire(key, int(lease * 1000))


async def sync_dataset(
    ctx: dict[str, Any],
    run_id: str,
    company_id: int,
    resource: str,
    date_from: str,
    date_to: str,
    page_size: int,
    use_digests: bool = True,
) -> dict[str, Any]:
    """The arq job: every page of one (company, resource) into PostgreSQL, resumable; skipped after
    one request when unchanged since the digest saved by the last run (``use_digests``)."""
    fleet: FleetContext = ctx["fleet"]
    redis = fleet.redis
    key = run_key(run_id)
    ckpt = key + ":checkpoint"
    ds = f"{company_id}:{resource}"
    spec = RESOURCES[resource]
    call_params = spec.call_params(date.fromisoformat(date_from), date.fromisoformat(date_to))
    state = await redis.hget(ckpt, ds)  # type: ignore[misc]
    if state is not None and _s(state) == "done":
        return {"dataset": ds, "state": "done", "resumed": False}
    offset = start = int(_s(state)) if state is not None else 0
    await redis.hset(key, mapping={f"active:{ds}": str(os.getpid())})  # type: ignore[misc]
    await redis.hincrby(key, "attempts", 1)  # type: ignore[misc]
    beat = asyncio.get_running_loop().create_task(_heartbeat(redis, ctx["job_id"], fleet.lease))
    records = 0
    try:
        # a resumed job cannot vouch for records written before the interruption: no digest then
        previous = await fleet.store.get_digest(resource, company_id) if use_digests and not start else None
        view = fleet.tx.as_company(company_id)
        async with view.paginate(
            spec.bind(view),
            raw=True,
            from_=offset,
            count=page_size,
            sorting="id",
            consistency="detect",
            if_none_match=previous,
            **call_params,
        ) as walk:
            async for page in walk.pages():
                values = page.values
                await fleet.store.upsert(resource, company_id, values, run_id)
                offset = page.from_ + len(values)
                records += len(values)
                async with redis.pipeline(transaction=True) as pipe:
                    pipe.hset(ckpt, ds, str(offset))
                    pipe.hincrby(key, "records", len(values))
                    pipe.hincrby(key, f"records:{ds}", len(values))
                    pipe.hincrby(key, "pages", 1)
                    await pipe.execute()
        report = walk.report
        if walk.unchanged:
            await _close(redis, key, ds, "unchanged", "done", "unchanged")
            return {"dataset": ds, "state": "unchanged", "records": 0, "resumed": False}
        await fleet.store.finish(resource, company_id, run_id)
        held_still = report.consistent and len(report.digests) == 1 and not start
        await fleet.store.set_digest(resource, company_id, report.digests[0] if held_still else None)
        await _close(redis, key, ds, "done", "done")
        return {"dataset": ds, "state": "done", "records": records, "resumed": offset != records}
    except _TRANSIENT as exc:
        if int(ctx.get("job_try", 1)) < MAX_TRIES:
            logger.warning("sync of %s failed transiently (%s); retrying", ds, exc)
            raise Retry(defer=min(30, 2 * int(ctx.get("job_try", 1)))) from exc
        await _fail(redis, key, ds, exc)
        return {"dataset": ds, "state": "error", "error": str(exc)}
    except TripletexError as exc:
        await _fail(redis, key, ds, exc)
        return {"dataset": ds, "state": "error", "error": str(exc)}
    finally:
        beat.cancel()


async def _close(redis: Redis, key: str, ds: str, state: str, *counters: str) -> None:
    """Mark a data set finished (its checkpoint "done": a retry does nothing), in one transaction:
    its state, the run's counters, and no longer active."""
    async with redis.pipeline(transaction=True) as pipe:
        pipe.hset(key + ":checkpoint", ds, "done")
        for counter in counters:
            pipe.hincrby(key, counter, 1)
        pipe.hset(key, f"state:{ds}", state)
        pipe.hdel(key, f"active:{ds}")
        await pipe.execute()


async def _fail(redis: Redis, key: str, ds: str, exc: BaseException) -> None:
    await _close(redis, key, ds, f"error: {type(exc).__name__}: {exc}", "failed")


# ---------------------------------------------------------------- enqueue and summary


@dataclass
class FleetSummary:
    run_id: str
    total: int = 0
    done: int = 0
    unchanged: int = 0  # of the done: skipped after a 304 to the saved digest
    failed: int = 0
    records: int = 0
    pages: int = 0
    attempts: int = 0
    datasets: dict[str, int] = field(default_factory=dict)  # "company:resource" -> records
    errors: dict[str, str] = field(default_factory=dict)
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
        out.extend(f"  {ds}: {err}" for ds, err in sorted(self.errors.items()))
        return out


async def read_summary(redis: Redis, run_id: str) -> FleetSummary:
    raw = await redis.hgetall(run_key(run_id))  # type: ignore[misc]
    data = {_s(k): _s(v) for k, v in raw.items()}
    summary = FleetSummary(run_id)
    for name in ("total", "done", "unchanged", "failed", "records", "pages", "attempts"):
        setattr(summary, name, int(data.get(name, "0")))
    for k, v in data.items():
        if k.startswith("records:"):
            summary.datasets[k[len("records:") :]] = int(v)
        elif k.startswith("state:") and v.startswith("error"):
            summary.errors[k[len("state:") :]] = v
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
                "sync_dataset",
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


# ---------------------------------------------------------------- the worker


def build_worker(
    pool: ArqRedis,
    pg_dsn: str,
    *,
    client_kwargs: Mapping[str, Any] | None = None,
    max_jobs: int = 4,
    lease: float = DEFAULT_LEASE,
    burst: bool = False,
    poll_delay: float = 0.2,
    handle_signals: bool = True,
    on_ready: Callable[[], Awaitable[None]] | None = None,
) -> Worker:
    """An arq ``Worker`` running :func:`sync_dataset` with a shared client and a PostgreSQL store."""

    async def startup(ctx: dict[str, Any]) -> None:
        redis: Redis = ctx["redis"]
        store = await PgStore.connect(pg_dsn, max_size=max(2, max_jobs))
        await store.ensure_tables(RESOURCES)
        tx = fleet_client(redis, **dict(client_kwargs or {}))
        ctx["fleet"] = FleetContext(tx=tx, store=store, redis=redis, lease=lease)
        await redis.set(WORKER_KEY_PREFIX + str(os.getpid()), "1", ex=max(60, int(lease * 4)))
        if on_ready is not None:
            await on_ready()

    async def shutdown(ctx: dict[str, Any]) -> None:
        fleet: FleetContext | None = ctx.get("fleet")
        if fleet is None:
            return
        await fleet.tx.aclose()
        await fleet.store.close()
        await fleet.redis.delete(WORKER_KEY_PREFIX + str(os.getpid()))

    worker = Worker(
        functions=[func(sync_dataset, name="sync_dataset", max_tries=MAX_TRIES)],
        queue_name=QUEUE_NAME,
        redis_pool=pool,
        on_startup=startup,
        on_shutdown=shutdown,
        max_jobs=max_jobs,
        job_timeout=24 * 3600,  # a data set may be large; liveness is the lease below
        keep_result=60,
        poll_delay=poll_delay,
        burst=burst,
        handle_signals=handle_signals,
        max_tries=MAX_TRIES,
        **QUEUE_CODEC,  # JSON, never pickle: a payload planted in Redis cannot run code here
    )
    # arq keeps a job's in-progress key for job_timeout + 10 s; with the heartbeat in the job, a
    # short lease is safe and a dead worker's job is retried within ``lease`` seconds.
    worker.in_progress_timeout_s = lease
    return worker


async def run_worker(
    queue_url: str,
    pg_dsn: str,
    *,
    client_kwargs: Mapping[str, Any] | None = None,
    max_jobs: int = 4,
    lease: float = DEFAULT_LEASE,
    burst: bool = False,
) -> int:
    """Run a worker until stopped (SIGINT/SIGTERM) or, with ``burst``, until the queue is empty."""
    pool = await connect_queue(queue_url, QUEUE_NAME)
    worker = build_worker(
        pool, pg_dsn, client_kwargs=client_kwargs, max_jobs=max_jobs, lease=lease, burst=burst
    )
    try:
        await worker.async_run()
    except asyncio.CancelledError:  # SIGINT/SIGTERM: arq cancelled the jobs (they are retried elsewhere)
        pass
    finally:
        await worker.close()
    return 0 if worker.jobs_failed == 0 else 1
