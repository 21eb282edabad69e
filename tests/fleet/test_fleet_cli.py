"""`tripletex sync --queue` and `tripletex worker` as processes, against a real emulator server."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import redis

from tests.fleet.test_fleet_workers import worker_env
from tests.support.fleet import fleet_config
from tests.support.servers import EmulatorServer
from tests.support.sync import KINDS, emulator_ids
from tripletex_async.emulator import create_app
from tripletex_async.fleet import PgStore
from tripletex_async.fleet.runs import QUEUE_NAME

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "tripletex_async.cli"]


def test_cli_sync_queue_and_workers(redis_url: str, pg_dsn: str) -> None:
    app = create_app(fleet_config(client_companies=2))
    with EmulatorServer(app) as emulator:
        env = worker_env(emulator.base_url)
        sync = subprocess.Popen(
            [*CLI, "sync", "--queue", redis_url, "-r", "customers", "-r", "invoices"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        workers: list[subprocess.Popen[bytes]] = []
        try:
            queue = redis.Redis.from_url(redis_url)
            deadline = time.monotonic() + 20
            while not queue.zcard(QUEUE_NAME):  # burst workers exit on an empty queue: enqueue first
                assert sync.poll() is None, sync.communicate()
                assert time.monotonic() < deadline
                time.sleep(0.02)
            queue.close()
            cmd = [*CLI, "worker", "--queue", redis_url, "--pg", pg_dsn, "--burst", "--lease", "2"]
            workers = [subprocess.Popen(cmd, env=env, cwd=ROOT, stderr=subprocess.PIPE) for _ in range(2)]
            out, err = sync.communicate(timeout=30)
            assert sync.returncode == 0, err.decode()[-2000:]
            for w in workers:
                _, werr = w.communicate(timeout=30)
                assert w.returncode == 0, werr.decode()[-2000:]
        finally:
            for proc in [sync, *workers]:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
    text = out.decode()
    assert "4/4 data sets done, 0 failed" in text, text

    async def stored() -> dict[str, list[tuple[int, int]]]:
        store = await PgStore.connect(pg_dsn)
        try:
            return {r: await store.ids(r) for r in ("customers", "invoices", "vouchers")}
        finally:
            await store.close()

    ids = asyncio.run(stored())
    for resource in ("customers", "invoices"):
        assert ids[resource] == emulator_ids(app, resource)
    assert ids["vouchers"] == []
    assert app.emulator.sessions_created == 1
    assert set(KINDS) >= {"customers", "invoices"}
