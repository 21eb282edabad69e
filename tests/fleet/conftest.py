"""Real Redis and PostgreSQL servers for the fleet tests (skipped, with the reason, where they cannot run)."""

from __future__ import annotations

import asyncio
import dataclasses
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("redis", reason="the fleet extra (redis, arq, asyncpg) is not installed")
pytest.importorskip("arq", reason="the fleet extra (redis, arq, asyncpg) is not installed")
pytest.importorskip("asyncpg", reason="the fleet extra (redis, arq, asyncpg) is not installed")

import asyncpg
import httpx
import redis

from tripletex_async.emulator import EmulatorApp, EmulatorConfig, SizeConfig
from tripletex_async.emulator.connect import emulator_tokens
from tripletex_async.fleet.servers import PostgresServer, RedisServer, ServerUnavailable
from tripletex_async.transport import RetryPolicy

CONSUMER = "emulator-consumer"
EMPLOYEE = "emulator-employee"
# store resource -> emulator collection kind


def fleet_config(**changes: Any) -> EmulatorConfig:
    """Small data, the system clock (worker processes use it too)."""
    sizes = SizeConfig(customers=17, invoices=5, vouchers=6, orders=5, products=3, employees=2, projects=2)
    return dataclasses.replace(EmulatorConfig(client_companies=3, sizes=sizes), **changes)


def in_process_client_kwargs(app: EmulatorApp) -> dict[str, Any]:
    """Client settings for an in-process worker talking to ``app`` (no network, no delays)."""
    consumer, employee = emulator_tokens(app)
    return {
        "consumer_token": consumer,
        "employee_token": employee,
        "base_url": "http://emulator.invalid/v2",
        "transport": httpx.ASGITransport(app=app),
        "retry": RetryPolicy.no_delay(),
    }


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
