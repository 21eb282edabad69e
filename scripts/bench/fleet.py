"""`python -m scripts.bench.fleet`: the fleet at a realistic scale, with 1, 3 and 6 worker processes.

Real servers on loopback ports: Redis, PostgreSQL and the emulator (uvicorn, in a thread of this
process) with 200 ms latency and one rate limit for the whole fleet (one session, one budget in
Redis). 20 client companies x 4 resources (customers, invoices, vouchers, postings) in pages of
1,000 records: ~158,000 records a run. Each worker count syncs everything (``use_digests=False``:
the same work each time), workers started and ready first; the time is enqueue to last data set
done. Then a run where nothing changed (6 workers, one 304 per data set).

For each run: wall time, requests, speedup over 1 worker, and the ratio to the *latency bound*:
the least time the run could take given the latency, the in-flight slots and the rate budget,
``max(2 x latency, requests x latency / (workers x max_in_flight), requests / rate)`` (every data
set needs its first page before its window opens; a slot holds one request for one latency; the
budget allows ``limit / period`` requests a second). After every run PostgreSQL must hold every
record of the emulator exactly once and the run's counters must say so.

The project's packages are compiled to bytecode first, as an installed wheel has them (a worker
imports the operations it needs at startup). Options: ``--companies``, ``--workers 1,3,6``,
``--latency-ms``, ``--limit``/``--period`` (rate budget), ``--quick`` (5 companies, smaller data: a
smoke run), ``--no-compile``. Last line:
``fleet_speedup_6_workers=<x> ... sessions_created=<n> rate_limit_exceeded=<n> every_record_once=<1|0>``.
"""

from __future__ import annotations

import argparse
import asyncio
import compileall
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from arq.connections import ArqRedis

from tests.support.servers import EmulatorServer, PostgresServer, RedisServer
from tests.support.sync import KINDS, emulator_ids
from tripletex_async.emulator import EmulatorApp, EmulatorConfig, SizeConfig, create_app
from tripletex_async.emulator.config import (
    DEFAULT_CONSUMER_TOKEN,
    DEFAULT_EMPLOYEE_TOKEN,
    LatencyConfig,
    RateLimitConfig,
)
from tripletex_async.fleet import FleetSummary, PgStore
from tripletex_async.fleet.client import fleet_client
from tripletex_async.fleet.jobs import WORKER_KEY_PREFIX
from tripletex_async.fleet.queue import connect_queue
from tripletex_async.fleet.runs import QUEUE_NAME, enqueue_run, wait_for_run
from tripletex_async.sync import RESOURCES, list_companies

ROOT = Path(__file__).resolve().parents[2]
PAGE_SIZE = 1000
MAX_JOBS = 4  # data sets per worker at once
MAX_IN_FLIGHT = 10  # requests per worker process (ClientConfig default)


def sizes(quick: bool) -> SizeConfig:
    # per company: 1,500 customers, 1,100 invoices, 1,400 vouchers, 3,900 postings (10 pages)
    scale = 0.2 if quick else 1.0
    return SizeConfig(
        customers=int(1500 * scale),
        invoices=int(1100 * scale),
        orders=int(1100 * scale),
        order_lines_per_order=1,
        vouchers=int(300 * scale),
        postings_per_voucher=2,
        suppliers=2,
        products=10,
        employees=2,
        departments=1,
        projects=2,
        activities=1,
        timesheet_entries=0,
        event_subscriptions=0,
    )


@dataclass
class Run:
    workers: int
    label: str
    seconds: float
    requests: int
    summary: FleetSummary

    def bound(self, latency: float, limit: int, period: float) -> float:
        slots = self.workers * MAX_IN_FLIGHT
        rate = limit / period if limit > 0 else float("inf")
        return max(2 * latency, self.requests * latency / slots, self.requests / rate)


def worker_env(base_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIPLETEX_")}
    env.update(
        TRIPLETEX_CONSUMER_TOKEN=DEFAULT_CONSUMER_TOKEN,
        TRIPLETEX_EMPLOYEE_TOKEN=DEFAULT_EMPLOYEE_TOKEN,
        TRIPLETEX_BASE_URL=base_url,
        PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "generated")]),
    )
    return env


async def one_run(
    pool: ArqRedis,
    redis_url: str,
    pg: str,
    emulator: EmulatorServer,
    n: int,
    companies: list[int],
    *,
    label: str,
    use_digests: bool = False,
) -> Run:
    cmd = [sys.executable, "-m", "tripletex_async.fleet.worker", "--queue", redis_url, "--pg", pg]
    cmd += ["--max-jobs", str(MAX_JOBS), "--lease", "10"]
    env = worker_env(emulator.base_url)
    workers = [subprocess.Popen(cmd, env=env, cwd=ROOT) for _ in range(n)]  # noqa: ASYNC220
    app: EmulatorApp = emulator.app
    try:
        deadline = time.monotonic() + 60
        while len(await pool.keys(WORKER_KEY_PREFIX + "*")) < n:
            if time.monotonic() > deadline:
                raise RuntimeError("workers did not start")
            await asyncio.sleep(0.05)
        requests_before = app.emulator.counters.requests
        started = time.perf_counter()
        run = await enqueue_run(
            pool, companies, page_size=PAGE_SIZE, run_id=f"bench-{n}-{label}", use_digests=use_digests
        )
        summary = await wait_for_run(pool, run, max_seconds=900, poll=0.05)
        elapsed = time.perf_counter() - started
        requests = app.emulator.counters.requests - requests_before
        if summary.failed:
            raise RuntimeError(f"{summary.failed} data sets failed: {summary.errors}")
        print(
            f"{n} worker(s) {label}: {summary.total} data sets ({summary.unchanged} unchanged), "
            f"{summary.records:,} records, {summary.pages} pages, {requests} requests in {elapsed:.2f} s",
            flush=True,
        )
        return Run(n, label, elapsed, requests, summary)
    finally:
        for w in workers:
            w.send_signal(signal.SIGTERM)
        for w in workers:
            try:
                w.wait(30)
            except subprocess.TimeoutExpired:
                w.kill()
                w.wait()
        stale = await pool.keys(WORKER_KEY_PREFIX + "*")  # a worker that had to be killed
        if stale:
            await pool.delete(*stale)


async def every_record_once(pg: str, app: EmulatorApp, summary: FleetSummary) -> bool:
    """PostgreSQL holds each emulator record of every data set exactly once, and the counters agree."""
    store = await PgStore.connect(pg)
    try:
        total = 0
        for resource in KINDS:
            expected = emulator_ids(app, resource)
            if await store.ids(resource) != expected:
                return False
            total += len(expected)
        return summary.records == total
    finally:
        await store.close()


def compile_bytecode() -> None:
    """Bytecode for the project's packages, as an installed wheel has it (workers import them)."""
    for package in (ROOT / "tripletex_async", ROOT / "generated" / "tripletex_async_api"):
        compileall.compile_dir(str(package), quiet=1, workers=0)


async def main(args: argparse.Namespace) -> None:
    counts = [int(n) for n in args.workers.split(",")]
    if not args.no_compile:
        compile_bytecode()
    config = EmulatorConfig(
        client_companies=args.companies,
        sizes=sizes(args.quick),
        latency=LatencyConfig(fixed_ms=args.latency_ms),
        rate_limit=RateLimitConfig(limit=args.limit, period_seconds=args.period),
    )
    built = time.perf_counter()
    app = create_app(config)
    print(
        f"emulator data for {args.companies} companies built in {time.perf_counter() - built:.1f} s",
        flush=True,
    )
    runs: list[Run] = []
    once = True
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
            where = (pool, redis_server.url, pg_server.dsn, emulator)
            for n in counts:
                run = await one_run(*where, n, companies, label="full")
                once = once and await every_record_once(pg_server.dsn, app, run.summary)
                runs.append(run)
            unchanged = await one_run(*where, max(counts), companies, label="unchanged", use_digests=True)
            once = once and await every_record_once(pg_server.dsn, app, runs[-1].summary)
        finally:
            await pool.aclose()
    state = app.emulator
    latency = args.latency_ms / 1000
    base = runs[0].seconds
    print(
        f"\n{args.companies} companies x {len(RESOURCES)} resources, page size {PAGE_SIZE}, latency "
        f"{args.latency_ms:.0f} ms, {MAX_JOBS} data sets per worker at once, {MAX_IN_FLIGHT} requests in "
        f"flight per worker, one rate budget of {args.limit} requests / {args.period:.0f} s; "
        f"bytecode {'not compiled (--no-compile)' if args.no_compile else 'compiled'} for the project's packages"
    )
    print(f"{'workers':>8} {'seconds':>8} {'requests':>9} {'speedup':>8} {'bound s':>8} {'x bound':>8}")
    for run in runs:
        bound = run.bound(latency, args.limit, args.period)
        print(
            f"{run.workers:>8} {run.seconds:>8.2f} {run.requests:>9} {base / run.seconds:>8.2f} "
            f"{bound:>8.2f} {run.seconds / bound:>8.2f}"
        )
    print(
        f"{unchanged.workers} workers, nothing changed since the last run: {unchanged.seconds:.2f} s, "
        f"{unchanged.requests} requests ({unchanged.summary.unchanged} of {unchanged.summary.total} unchanged)"
    )
    figures = " ".join(f"fleet_speedup_{r.workers}_workers={base / r.seconds:.2f}" for r in runs[1:])
    print(
        f"{figures} fleet_x_latency_bound_{runs[-1].workers}_workers="
        f"{runs[-1].seconds / runs[-1].bound(latency, args.limit, args.period):.2f} "
        f"sessions_created={state.sessions_created} rate_limit_exceeded={state.rate_limit_exceeded} "
        f"every_record_once={int(once)} fleet_unchanged_run_seconds={unchanged.seconds:.2f}"
    )


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--companies", type=int, default=20)
    parser.add_argument("--workers", default="1,3,6")
    parser.add_argument("--latency-ms", type=float, default=200.0)
    parser.add_argument("--limit", type=int, default=1000, help="rate budget: requests per period")
    parser.add_argument("--period", type=float, default=10.0, help="rate budget period (seconds)")
    parser.add_argument("--quick", action="store_true", help="a fifth of the data (smoke run)")
    parser.add_argument("--no-compile", action="store_true", help="leave the packages without bytecode")
    args = parser.parse_args(argv)
    if args.quick and args.companies == 20:
        args.companies = 5
    return args


if __name__ == "__main__":
    asyncio.run(main(parse()))
