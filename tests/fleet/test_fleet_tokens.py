"""RedisTokenStore on a real Redis: one session for many managers, 401 on a replaced token, crashed lock holders."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import pytest_asyncio
from redis.asyncio import Redis

from tests.support.fleet import CONSUMER, EMPLOYEE, fleet_config
from tripletex_async.config import ClientConfig
from tripletex_async.emulator import EmulatorApp, create_app
from tripletex_async.fleet import RedisTokenStore
from tripletex_async.session import SessionManager
from tripletex_async.token_store import LockingTokenStore, SessionToken, TokenStore

BASE = "http://emulator/v2"


@pytest_asyncio.fixture
async def stack() -> AsyncIterator[AsyncExitStack]:
    async with AsyncExitStack() as s:
        yield s


async def manager(
    stack: AsyncExitStack, app: EmulatorApp, url: str, lock_wait: float = 45.0
) -> SessionManager:
    """A manager as one process would have it: its own Redis connection and HTTP client."""
    redis = Redis.from_url(url)
    stack.push_async_callback(redis.aclose)
    http = httpx.AsyncClient(base_url=BASE, transport=httpx.ASGITransport(app=app))
    stack.push_async_callback(http.aclose)
    config = ClientConfig(CONSUMER, EMPLOYEE, base_url=BASE, allow_insecure_http=True)
    return SessionManager(http, config, store=RedisTokenStore(redis, lock_wait=lock_wait))


@pytest.mark.asyncio
async def test_store_round_trip_with_ttl(redis_url: str) -> None:
    redis = Redis.from_url(redis_url)
    try:
        store = RedisTokenStore(redis, prefix="p:")
        assert isinstance(store, TokenStore)
        assert isinstance(store, LockingTokenStore)
        token = SessionToken("secret", datetime.now(UTC) + timedelta(hours=2), session_id=7)
        await store.set("k", token)
        assert await store.get("k") == token
        assert 7100_000 < await redis.pttl("p:k") <= 7200_000
        await store.delete("k")
        assert await store.get("k") is None
        await store.set("k", SessionToken("old", datetime.now(UTC) - timedelta(seconds=1)))
        assert await store.get("k") is None  # already expired: not stored
        await redis.set("p:k", "not json")
        assert await store.get("k") is None
        assert "secret" not in repr(store)
    finally:
        await redis.aclose()


@pytest.mark.asyncio
async def test_many_processes_create_one_session(redis_url: str, stack: AsyncExitStack) -> None:
    app = create_app(fleet_config())
    managers = [await manager(stack, app, redis_url) for _ in range(5)]
    tokens = await asyncio.gather(*(m.get_token() for m in managers for _ in range(4)))
    assert len({t.token for t in tokens}) == 1
    assert app.emulator.sessions_created == 1
    assert sum(m.creations for m in managers) == 1


@pytest.mark.asyncio
async def test_401_on_a_token_replaced_elsewhere_picks_up_the_new_one(
    redis_url: str, stack: AsyncExitStack
) -> None:
    app = create_app(fleet_config())
    a, b = await manager(stack, app, redis_url), await manager(stack, app, redis_url)
    first = await a.get_token()
    assert (await b.get_token()).token == first.token
    await b.invalidate(first)  # b saw a 401 and replaced the session
    second = await b.get_token()
    assert second.token != first.token
    await a.invalidate(first)  # a sees its 401 later: the stored token is b's new one
    assert (await a.get_token()).token == second.token
    assert app.emulator.sessions_created == 2  # not 3
    assert (a.creations, b.creations) == (1, 1)


@pytest.mark.asyncio
async def test_a_crashed_lock_holder_does_not_block_the_fleet(redis_url: str, stack: AsyncExitStack) -> None:
    app = create_app(fleet_config())
    m = await manager(stack, app, redis_url)
    crashed = Redis.from_url(redis_url)
    stack.push_async_callback(crashed.aclose)
    # a process took the lock and died: nobody releases it, it expires after its timeout
    assert await crashed.lock(m.store_key + ":lock", timeout=0.6).acquire()
    started = time.monotonic()
    await m.get_token()
    assert 0.4 < time.monotonic() - started < 5
    assert app.emulator.sessions_created == 1


@pytest.mark.asyncio
async def test_lock_wait_exceeded_goes_ahead(redis_url: str, stack: AsyncExitStack) -> None:
    app = create_app(fleet_config())
    m = await manager(stack, app, redis_url, lock_wait=0.2)
    holder = Redis.from_url(redis_url)
    stack.push_async_callback(holder.aclose)
    assert await holder.lock(m.store_key + ":lock", timeout=30).acquire()
    token = await m.get_token()
    assert token.token
    store = m._store
    assert isinstance(store, RedisTokenStore)
    assert store.lock_timeouts == 1
