"""The fleet scheduler: one arq job per (company, resource), run by any number of worker processes.

Why arq: it is a small, well-kept asyncio job queue on Redis (the Redis the fleet already needs
for its shared session and rate budget), with deterministic job ids (an enqueue of an id that
exists is a no-op), retries with ``job_try``, and jobs that stay in the queue until they finish,
so a job whose worker dies is picked up again by another once its in-progress key expires.
Celery would bring a second broker model and threads; RQ and Dramatiq are synchronous.

A job is :func:`~tripletex_async.sync.sync_dataset` -- the very walk the local sync runs -- into the
shared :class:`~.pgstore.PgStore`, so the fleet has what the local sync has by construction:
the checksum skip (``If-None-Match`` with the digest of the last walk that held still: one 304),
every record once (the paginator's dedupe + recovery; upserts into a fresh generation per
attempt, whose commit drops what that attempt did not write) and the change report (each data
set's :class:`~tripletex_async.sync.DatasetResult` goes into the run's summary). Around it:

* a job whose worker died is retried elsewhere and walks its data set again from the start into
  a new generation (resuming at an offset would lose the walk's consistency checks: records that
  moved across the resume point between attempts would be missed);
* the data set is closed in one Redis transaction (checkpoint "done", the run's counters, its
  result), so a retry after the close does nothing and the counters stay exact;
* a running job refreshes its arq in-progress key every ``lease / 3`` seconds (a heartbeat): the
  lease can then be short (a dead worker's job is retried within ``lease`` seconds) while a long
  job is never taken over by a second worker;
* transport, 5xx and 429 failures that outlast the client's retries are retried by arq (up to
  ``MAX_TRIES`` attempts, backing off); other errors fail the data set at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from arq.connections import ArqRedis
from arq.constants import in_progress_key_prefix
from arq.worker import Retry, Worker, func
from redis.asyncio import Redis

from ..client import TripletexClient
from ..sync.dataset import DatasetResult, sync_dataset
from ..sync.resources import RESOURCES
from ..sync.store import DatasetStore, ForwardingStore
from .client import fleet_client
from .pgstore import PgStore
from .queue import QUEUE_CODEC, connect_queue
from .runs import JOB_NAME, QUEUE_NAME, run_key

__all__ = ["WORKER_KEY_PREFIX", "build_worker", "run_dataset_job", "run_worker"]

logger = logging.getLogger("tripletex_async.fleet")

DEFAULT_LEASE = 30.0
MAX_TRIES = 5
WORKER_KEY_PREFIX = "tripletex:fleet:worker:"


@dataclass
class FleetContext:
    tx: TripletexClient
    store: PgStore
    redis: Redis
    lease: float


class _ProgressStore(ForwardingStore[DatasetStore]):
    """The shared store, counting each data set's records written into the run (``progress:<ds>``,
    reset per attempt: a live figure; the exact one is set when the data set closes)."""

    def __init__(self, store: DatasetStore, redis: Redis, key: str, ds: str) -> None:
        super().__init__(store)
        self._redis, self._key, self._field = redis, key, f"progress:{ds}"
        self._first_digest = f"digest0:{ds}"

    async def get_digest(self, company_id: int, resource: str) -> str | None:
        """The digest the data set had when this run first reached it. An attempt killed between
        its commit (which stores the new digest) and its close leaves that digest behind: the next
        attempt of the same run must walk again, not skip the data set as unchanged since the last
        run (and count none of its records)."""
        current = await self.store.get_digest(company_id, resource)
        await self._redis.hsetnx(self._key, self._first_digest, current or "")  # type: ignore[misc]
        first = await self._redis.hget(self._key, self._first_digest)  # type: ignore[misc]
        return first.decode() if first else None

    async def write(self, company_id: int, resource: str, records: Sequence[dict[str, Any]]) -> int:
        written = await self.store.write(company_id, resource, records)
        await self._redis.hincrby(self._key, self._field, written)  # type: ignore[misc]
        return written


async def _heartbeat(redis: Redis, arq_job_id: str, lease: float) -> None:
    key = in_progress_key_prefix + arq_job_id
    while True:
        await asyncio.sleep(lease / 3)
        await redis.pexpire(key, int(lease * 1000))


async def run_dataset_job(
    ctx: dict[str, Any],
    run_id: str,
    company_id: int,
    resource: str,
    date_from: str,
    date_to: str,
    page_size: int,
    use_digests: bool = True,
) -> dict[str, Any]:
    """The arq job: :func:`sync_dataset` of one (company, resource) into PostgreSQL, then its close."""
    fleet: FleetContext = ctx["fleet"]
    redis = fleet.redis
    key = run_key(run_id)
    ds = f"{company_id}:{resource}"
    state = await redis.hget(key + ":checkpoint", ds)  # type: ignore[misc]
    if state is not None:  # closed by an earlier attempt (killed before arq saw it finish)
        return {"dataset": ds, "state": "done"}
    async with redis.pipeline(transaction=True) as pipe:
        pipe.hset(key, mapping={f"active:{ds}": str(os.getpid()), f"progress:{ds}": "0"})
        pipe.hincrby(key, "attempts", 1)
        await pipe.execute()
    beat = asyncio.get_running_loop().create_task(_heartbeat(redis, ctx["job_id"], fleet.lease))
    try:
        result = await sync_dataset(
            fleet.tx.as_company(company_id),
            RESOURCES[resource],
            _ProgressStore(fleet.store, redis, key, ds),
            date_from=date.fromisoformat(date_from),
            date_to=date.fromisoformat(date_to),
            page_size=page_size,
            use_digests=use_digests,
        )
    finally:
        beat.cancel()
    job_try = int(ctx.get("job_try", 1))
    if result.transient and job_try < MAX_TRIES:
        logger.warning("sync of %s failed transiently (%s); retrying", ds, result.error)
        raise Retry(defer=min(30, 2 * job_try))
    await _close(redis, key, ds, result)
    state_text = "error" if result.error else "unchanged" if result.skipped else "done"
    return {"dataset": ds, "state": state_text, "records": result.records, "error": result.error}


async def _close(redis: Redis, key: str, ds: str, result: DatasetResult) -> None:
    """Mark a data set finished in one transaction: its checkpoint "done" (a retry does nothing),
    its state and result, the run's counters, and no longer active."""
    counters: tuple[str, ...]
    if result.error is not None:
        state, counters = f"error: {result.error}", ("failed",)
    elif result.skipped:
        state, counters = "unchanged", ("done", "unchanged")
    else:
        state, counters = "done", ("done",)
    async with redis.pipeline(transaction=True) as pipe:
        pipe.hset(key + ":checkpoint", ds, "done")
        for counter in counters:
            pipe.hincrby(key, counter, 1)
        if result.error is None and not result.skipped:
            pipe.hincrby(key, "records", result.records)
            pipe.hincrby(key, "pages", result.pages)
            pipe.hset(key, f"records:{ds}", str(result.records))
        pipe.hset(key, mapping={f"state:{ds}": state, f"result:{ds}": json.dumps(dataclasses.asdict(result))})
        pipe.hdel(key, f"active:{ds}", f"progress:{ds}")
        await pipe.execute()


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
    """An arq ``Worker`` running :func:`run_dataset_job` with a shared client and a PostgreSQL store."""

    async def startup(ctx: dict[str, Any]) -> None:
        redis: Redis = ctx["redis"]
        store = await PgStore.connect(pg_dsn, max_size=max(2, max_jobs))
        await store.ensure_tables(RESOURCES)
        tx = fleet_client(redis, **dict(client_kwargs or {}))
        for resource in RESOURCES.values():  # import the operations now: ready means ready to serve
            resource.bind(tx)
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
        functions=[func(run_dataset_job, name=JOB_NAME, max_tries=MAX_TRIES)],
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
        with contextlib.suppress(asyncio.CancelledError):  # a job cancelled by the signal: retried elsewhere
            await worker.close()
    return 0 if worker.jobs_failed == 0 else 1
