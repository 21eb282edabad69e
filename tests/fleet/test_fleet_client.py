"""The fleet client is composition of the client's declared extension points (nothing swapped later)."""

from __future__ import annotations

import pytest
from redis.asyncio import Redis

from tripletex_async import ConfigurationError, LockingTokenStore
from tripletex_async.fleet import RedisRateLimiter, RedisTokenStore, fleet_client


@pytest.mark.asyncio
async def test_fleet_client_injects_the_redis_store_and_limiter_at_construction() -> None:
    redis = Redis.from_url("redis://127.0.0.1:9/0")  # never contacted: construction does no I/O
    tx = fleet_client(redis, consumer_token="consumer-token-abc", employee_token="employee-token-def")
    try:
        limiter = tx.transport.rate_limiter
        assert isinstance(limiter, RedisRateLimiter)
        # one budget per session: the limiter's key is the session's key in the token store
        assert limiter.key == tx.config.session_key == tx.sessions.store_key
        assert limiter.local.max_wait == tx.config.retry.max_rate_limit_wait
        assert isinstance(RedisTokenStore(redis), LockingTokenStore)
        with pytest.raises(ConfigurationError):
            fleet_client(redis, config=tx.config, consumer_token="x")
    finally:
        await tx.aclose()
        await redis.aclose()
