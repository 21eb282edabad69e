"""`python -m scripts.bench.fleet`: fleet sync wall time with 1 and with 3 worker processes.

Real servers on loopback ports: Redis, PostgreSQL and the emulator (uvicorn) with its latency and
rate limit on. The same data set is synced once per worker count (workers started and ready
first; the time is enqueue to last data set done). The fleet shares one session and one budget.
Last line: `fleet_speedup_3_workers=<x> sessions_created=<n> rate_limit_exceeded=<n>`.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from arq.connections import ArqRedis

from tripletex_async.emulator import EmulatorConfig, SizeConfig, create_app
from tripletex_async.emulator.config import (
    DEFAULT_CONSUMER_TOKEN,
    DEFAULT_EMPLOYEE_TOKEN,
    LatencyConfig,
    RateLimitConfig,
)
from tripletex_async.fleet.client import fleet_client
from tripletex_async.fleet.jobs import WORKER_KEY_PREFIX
from tripletex_async.fleet.runs import QUEUE_NAME, enqueue_run, wait_for_run
from tripletex_async.fleet.queue import connect_queue
from tripletex_async.fleet.servers import EmulatorServer, PostgresServer, RedisServer
from tripletex_async.sync import list_companies

ROOT = Path(__file__).resolve().parents[2]
LATENCY_MS = 40.0
PAGE_SIZE = 10
MAX_JOBS = 2  # data sets per worker at once


def config() -> EmulatorConfig:
    sizes = SizeConfig(customers=40, invoices=10, vouchers=10, orders=6, products=3, employees=2, projects=2)
    return EmulatorConfig(
        client_companies=6,
        sizes=sizes,
        latency=LatencyConfig(fixed_ms=LATENCY_MS),
        rate_limit=RateLimitConfig(limit=5000, period_seconds=60.0),
    )


async def one_round(
    pool: ArqRedis,
    redis_url: str,
    pg: str,
    base_url: str,
    n: int,
    companies: list[int],
    *,
    use_digests: bool = False,
    label: str = "",
) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIPLETEX_")}
    env.update(
        TRIPLETEX_CONSUMER_TOKEN=DEFAULT_CONSUMER_TOKEN,
        TRIPLETEX_EMPLOYEE_TOKEN=DEFAULT_EMPLOYEE_TOKEN,
        TRIPLETEX_BASE_URL=base_url,
        PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "generated")]),
    )
    cmd = [sys.executable, "-m", "tripletex_async.fleet.worker", "--queue", redis_url, "--pg", pg]
    cmd += ["--max-jobs", str(MAX_JOBS), "--lease", "10"]
    workers = [subprocess.Popen(cmd, env=env, cwd=ROOT) for _ in range(n)]  # noqa: ASYNC220
    try:
        deadline = time.monotonic() + 30
        while len(await pool.keys(WORKER_KEY_PREFIX + "*")) < n:
            if time.monotonic() > deadline:
                raise RuntimeError("workers did not start")
            await asyncio.sleep(0.05)
        started = time.perf_counter()
        run = await enqueue_run(
            pool, companies, page_size=PAGE_SIZE, run_id=f"bench-{n}-{label}", use_digests=use_digests
        )
        summary = await wait_for_run(pool, run, max_seconds=300, poll=0.05)
        elapsed = time.perf_counter() - started
        if summary.failed:
            raise RuntimeError(f"{summary.failed} data sets failed: {summary.errors}")
        print(
            f"{n} worker(s){label and ' ' + label}: {summary.total} data sets "
            f"({summary.unchanged} unchanged: one 304 each), {summary.records:,} records, "
            f"{summary.pages} pages in {elapsed:.2f} s"
        )
        return elapsed
    finally:
        for w in workers:
            w.send_signal(signal.SIGTERM)
        for w in workers:
            try:
                w.wait(15)
            except subprocess.TimeoutExpired:
                w.kill()
                w.wait()


async def main() -> None:
    app = create_app(config())
    with RedisServer() as redis_server, PostgresServer() as pg_server, EmulatorServer(app) as emulator:
        pool = await connect_queue(redis_server.url, QUEUE_NAME)
        try:
            async with fleet_client(
                pool,
                consumer_token=DEFAULT_CONSUMER_TOKEN,
                employee_token=DEFAULT_EMPLOYEE_TOKEN,
                base_url=emulator.base_url,
            ) as tx:
                companies = await list_companies(tx)
            where = (pool, redis_server.url, pg_server.dsn, emulator.base_url)
            # full walks both (the same work); then a run where nothing changed since the last
            one = await one_round(*where, 1, companies, label="full")
            three = await one_round(*where, 3, companies, label="full")
            requests_before = app.emulator.counters.requests
            unchanged = await one_round(*where, 3, companies, use_digests=True, label="unchanged")
            unchanged_requests = app.emulator.counters.requests - requests_before
        finally:
            await pool.aclose()
    state = app.emulator
    speedup = one / three if three > 0 else 0.0
    print(
        f"emulator latency {LATENCY_MS:.0f} ms, {MAX_JOBS} data sets per worker at once, page size {PAGE_SIZE}"
    )
    print(f"{'workers':>8} {'seconds':>9}")
    print(f"{1:>8} {one:>9.2f}")
    print(f"{3:>8} {three:>9.2f}")
    print(f"3 workers, nothing changed since the last run: {unchanged:.2f} s, {unchanged_requests} requests")
    print(
        f"fleet_speedup_3_workers={speedup:.2f} sessions_created={state.sessions_created} "
        f"rate_limit_exceeded={state.rate_limit_exceeded} fleet_unchanged_run_seconds={unchanged:.2f}"
    )


if __name__ == "__main__":
    asyncio.run(main())
