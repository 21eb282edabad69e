"""Issue 13 point 2: replay after eviction or restart, and the same key with a different body.

Attacks against today's main: a delivery captured once is accepted again after the process
restarts (the in-memory store forgot it) or on another receiver process; a replay that keeps the
key but changes the body is acknowledged as a "duplicate" without anyone being told.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tripletex_async.webhooks import (
    IDEMPOTENCY_HEADER,
    SIGNATURE_HEADER,
    InMemorySeenStore,
    SeenStore,
    SqliteSeenStore,
    WebhookEvent,
    WebhookReceiver,
    sign,
)

SECRET = "S5Yd3Dz6FWmj7q2uA4Uy9KcQMGBVpJHeCbTgEnaw"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _delivery(name: str, key: str = "key-1") -> tuple[dict[str, str], bytes]:
    body = json.dumps({"event": "customer.update", "id": 7, "value": {"id": 7, "name": name}}).encode()
    return {IDEMPOTENCY_HEADER: key, SIGNATURE_HEADER: sign(SECRET, key, body)}, body


class Handled:
    def __init__(self) -> None:
        self.names: list[str] = []

    async def __call__(self, event: WebhookEvent) -> None:
        self.names.append(event.value.name)


@pytest.mark.anyio
async def test_same_key_with_another_body_is_reported_not_acknowledged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    handled = Handled()
    receiver = WebhookReceiver(hmac_secret=SECRET, handler=handled, seen_store=InMemorySeenStore())
    first = await receiver.handle(*_delivery("Acme AS"))
    same = await receiver.handle(*_delivery("Acme AS"))
    with caplog.at_level(logging.WARNING, logger="tripletex_async.webhooks"):
        other = await receiver.handle(*_delivery("Evil AS"))
    assert (first.status, same.status, same.detail) == (200, 200, "duplicate")
    assert other.status == 409 and "different body" in other.detail and receiver.key_reused == 1
    assert "different body" in caplog.text
    assert handled.names == ["Acme AS"]


@pytest.mark.anyio
async def test_sqlite_store_remembers_across_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "hooks" / "seen.db"
    handled = Handled()
    store = SqliteSeenStore(path)
    receiver = WebhookReceiver(hmac_secret=SECRET, handler=handled, seen_store=store)
    assert (await receiver.handle(*_delivery("Acme AS"))).status == 200
    store.close()

    restarted = SqliteSeenStore(path)  # a new process: the in-memory store would have forgotten
    receiver = WebhookReceiver(hmac_secret=SECRET, handler=handled, seen_store=restarted)
    replay = await receiver.handle(*_delivery("Acme AS"))
    forged = await receiver.handle(*_delivery("Evil AS"))
    fresh = await receiver.handle(*_delivery("Acme AS", key="key-2"))
    restarted.close()
    assert (replay.status, replay.detail) == (200, "duplicate")
    assert forged.status == 409
    assert fresh.status == 200
    assert handled.names == ["Acme AS", "Acme AS"]


def test_sqlite_store_files_are_private_under_umask_022(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = tmp_path / "new-folder" / "seen.db"
        store = SqliteSeenStore(path)
        store.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    for file in path.parent.iterdir():
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name


@pytest.mark.anyio
async def test_sqlite_store_forgets_after_its_retention(tmp_path: Path) -> None:
    store = SqliteSeenStore(tmp_path / "seen.db", retention=0.000001)
    await store.record("k", "d")
    assert await store.digest_for("k") is None
    store.close()


# Redis: several receiver processes share one record -------------------------------------------


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    pytest.importorskip("redis", reason="the fleet extra (redis) is not installed")
    from tests.support.servers import RedisServer, ServerUnavailable

    server = RedisServer()
    try:
        server.start()
    except ServerUnavailable as exc:
        pytest.skip(f"Redis cannot run here: {exc}")
    yield server.url
    server.stop()


@pytest.mark.anyio
async def test_redis_store_is_shared_by_receiver_processes(redis_url: str) -> None:
    from redis.asyncio import Redis

    from tripletex_async.webhooks import RedisSeenStore

    handled = Handled()
    one, two = Redis.from_url(redis_url), Redis.from_url(redis_url)
    try:
        await one.flushall()
        stores: list[SeenStore] = [RedisSeenStore(one, retention=60), RedisSeenStore(two, retention=60)]
        first, second = (WebhookReceiver(hmac_secret=SECRET, handler=handled, seen_store=s) for s in stores)
        assert (await first.handle(*_delivery("Acme AS"))).status == 200
        replay = await second.handle(*_delivery("Acme AS"))
        forged = await second.handle(*_delivery("Evil AS"))
        assert (replay.status, replay.detail) == (200, "duplicate")
        assert forged.status == 409
        assert 0 < await one.ttl("tripletex:webhook-seen:key-1") <= 60
    finally:
        await one.aclose()
        await two.aclose()
    assert handled.names == ["Acme AS"]
