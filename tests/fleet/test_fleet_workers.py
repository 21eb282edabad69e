"""Three worker processes against a real emulator server, Redis and PostgreSQL; one is killed mid-run.

One session in total, the emulator's rate limit never exceeded, every record in PostgreSQL once.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.fleet import CONSUMER, EMPLOYEE, fleet_config
from tests.support.servers import EmulatorServer
from tests.support.sync import KINDS, emulator_ids
from tripletex_async.emulator import EmulatorApp, create_app
from tripletex_async.emulator.config import LatencyConfig, RateLimitConfig
from tripletex_async.fleet import PgStore, fleet_client, read_summary
from tripletex_async.fleet.queue import connect_queue
from tripletex_async.fleet.runs import QUEUE_NAME, enqueue_run, run_key, wait_for_run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def emulator() -> Iterator[EmulatorServer]:
    app = create_app(
        fleet_config(
            rate_limit=RateLimitConfig(limit=25, period_seconds=2.0),
            latency=LatencyConfig(fixed_ms=15.0),
        )
    )
    with EmulatorServer(app) as server:
        yield server


def worker_env(base_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIPLETEX_")}
    env.update(
        TRIPLETEX_CONSUMER_TOKEN=CONSUMER,
        TRIPLETEX_EMPLOYEE_TOKEN=EMPLOYEE,
        TRIPLETEX_BASE_URL=base_url,
        PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "generated")]),
    )
    return env


@pytest.mark.asyncio
async def test_three_workers_one_killed(redis_url: str, pg_dsn: str, emulator: EmulatorServer) -> None:
    app: EmulatorApp = emulator.app
    pool = await connect_queue(redis_url, QUEUE_NAME)
    workers: list[subprocess.Popen[bytes]] = []
    try:
        async with fleet_client(
            pool, consumer_token=CONSUMER, employee_token=EMPLOYEE, base_url=emulator.base_url
        ) as tx:
            answer = await tx.company.get_with_login_access(fields="id")
            companies = [c.id for c in answer.values or [] if isinstance(c.id, int)]
        assert sorted(companies) == sorted(app.emulator.store.client_company_ids)
        run = await enqueue_run(pool, companies, page_size=4, run_id="t1")
        assert await enqueue_run(pool, companies, page_size=4, run_id="t1") == "t1"  # no-op: same job ids
        assert await pool.zcard(QUEUE_NAME) == len(companies) * len(KINDS)
        cmd = [sys.executable, "-m", "tripletex_async.fleet.worker", "--queue", redis_url, "--pg", pg_dsn]
        cmd += ["--max-jobs", "2", "--lease", "1.5", "--burst"]
        workers = [
            subprocess.Popen(cmd, env=worker_env(emulator.base_url), cwd=ROOT, stderr=subprocess.PIPE)  # noqa: ASYNC220
            for _ in range(3)
        ]
        victim = workers[0]
        deadline = time.monotonic() + 30
        while True:  # kill worker 0 while it holds a data set, after it wrote some of it
            raw = await pool.hgetall(run_key(run))  # type: ignore[misc]
            active = {k.decode(): v.decode() for k, v in raw.items() if k.startswith(b"active:")}
            mine = [k[len("active:") :] for k, v in active.items() if v == str(victim.pid)]
            if any(int(raw.get(f"progress:{ds}".encode(), b"0")) > 0 for ds in mine):
                break
            assert time.monotonic() < deadline, "worker 0 never got a job"
            await asyncio.sleep(0.01)
        victim.send_signal(signal.SIGKILL)
        victim.wait(5)
        summary = await wait_for_run(pool, run, max_seconds=40)
        for w in workers[1:]:
            _, err = await asyncio.to_thread(w.communicate, timeout=30)
            assert w.returncode == 0, err.decode()[-2000:]
    finally:
        for w in workers:
            if w.poll() is None:
                w.kill()
                w.wait()
        final = await read_summary(pool, "t1")
        await pool.aclose()

    assert summary.failed == 0, summary.errors
    assert summary.done == summary.total == len(companies) * len(KINDS)
    assert final.attempts > final.total  # the killed worker's data set ran again elsewhere
    store = await PgStore.connect(pg_dsn)
    try:
        total = 0
        for resource in KINDS:
            expected = emulator_ids(app, resource)
            stored = await store.ids(resource)
            assert stored == expected, resource  # every record exactly once
            total += len(expected)
    finally:
        await store.close()
    assert summary.records == total  # counted when a data set closes: exact despite the kill
    assert app.emulator.sessions_created == 1
    assert app.emulator.rate_limit_exceeded == 0
    assert app.emulator.limiter.allowed > 25  # the limit was binding: more than one period's worth
