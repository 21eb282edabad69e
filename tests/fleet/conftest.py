"""Real Redis and PostgreSQL servers for the fleet tests (skipped, with the reason, where they cannot run)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

pytest.importorskip("redis", reason="the fleet extra (redis, arq, asyncpg) is not installed")
pytest.importorskip("arq", reason="the fleet extra (redis, arq, asyncpg) is not installed")
pytest.importorskip("asyncpg", reason="the fleet extra (redis, arq, asyncpg) is not installed")

import asyncpg
import redis
from arq.connections import ArqRedis

from tests.support.servers import PostgresServer, RedisServer, ServerUnavailable
from tripletex_async.fleet.queue import connect_queue
from tripletex_async.fleet.runs import QUEUE_NAME


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer()
    try:
        server.start()
    except ServerUnavailable as exc:
        pytest.skip(f"Redis cannot run here: {exc}")
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The test Redis, emptied."""
    client = redis.Redis.from_url(redis_server.url)
    client.flushall()
    client.close()
    return redis_server.url


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        server.start()
    except ServerUnavailable as exc:
        pytest.skip(f"PostgreSQL cannot run here: {exc}")
    yield server
    server.stop()


@pytest.fixture
def pg_dsn(pg_server: PostgresServer) -> str:
    """A fresh database on the test PostgreSQL."""
    name = "t_" + uuid.uuid4().hex[:10]

    async def create() -> None:
        conn = await asyncpg.connect(pg_server.dsn)
        try:
            await conn.execute(f"CREATE DATABASE {name}")
        finally:
            await conn.close()

    asyncio.run(create())
    return pg_server.dsn.rsplit("/", 1)[0] + "/" + name


@pytest_asyncio.fixture
async def pool(redis_url: str) -> AsyncIterator[ArqRedis]:
    """An arq pool on the test Redis (jobs JSON-encoded)."""
    redis = await connect_queue(redis_url, QUEUE_NAME)
    yield redis
    await redis.aclose()
