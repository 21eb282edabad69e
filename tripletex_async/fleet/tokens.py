"""``RedisTokenStore``: one Tripletex session per (environment, consumer, employee) for a whole fleet.

Every process keeps the token under the same key (``token_store_key``: base URL + digests of the
two tokens), and :class:`~tripletex_async.session.SessionManager` takes the store's
:meth:`RedisTokenStore.lock` (it is a :class:`~tripletex_async.token_store.LockingTokenStore`) around "read the store, create if missing, write it back"
and around invalidation. So:

* N processes starting at once create one session (the first takes the lock and creates; the
  others find the token when they get the lock);
* a process that gets a 401 on a token another process has already replaced only drops its own
  copy (the stored token differs) and picks up the replacement instead of creating a third;
* the lock is a redis-py :class:`~redis.asyncio.lock.Lock` with a timeout: a holder that crashes
  releases it by expiry, and a waiter that cannot get it within ``lock_wait`` goes ahead without
  it (at worst one spare session, never a stuck fleet).

The token is kept in Redis in clear text with a TTL ending at its expiry: use a Redis that only
the fleet can reach (as you would for the queue itself).
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import LockError

from ..errors import ConfigurationError
from ..token_store import SessionToken

__all__ = ["RedisTokenStore"]

logger = logging.getLogger("tripletex_async.fleet.tokens")


class RedisTokenStore:
    """Session tokens in Redis (``redis.asyncio``), shared by every process of a fleet (a ``LockingTokenStore``)."""

    def __init__(
        self,
        redis: Redis,
        *,
        prefix: str = "",
        lock_timeout: float = 30.0,
        lock_wait: float = 45.0,
    ) -> None:
        if lock_timeout <= 0 or lock_wait < 0:
            raise ConfigurationError("lock_timeout must be > 0 and lock_wait >= 0")
        self.redis = redis
        self.prefix = prefix
        self.lock_timeout = lock_timeout  # a crashed holder blocks the fleet at most this long
        self.lock_wait = lock_wait  # how long a process waits for the lock before going ahead
        self.lock_timeouts = 0  # times the lock could not be had within lock_wait

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> RedisTokenStore:
        return cls(Redis.from_url(url), **kwargs)

    def _key(self, key: str) -> str:
        return self.prefix + key

    async def get(self, key: str) -> SessionToken | None:
        raw = await self.redis.get(self._key(key))
        if raw is None:
            return None
        try:
            data = json.loads(raw)
            return SessionToken.from_dict(data) if isinstance(data, dict) else None
        except (ValueError, KeyError, TypeError):
            logger.warning("ignoring an unreadable session token in Redis")
            return None

    async def set(self, key: str, token: SessionToken) -> None:
        ttl_ms = int((token.expires_at - datetime.now(UTC)).total_seconds() * 1000)
        if ttl_ms <= 0:
            await self.delete(key)
            return
        await self.redis.set(self._key(key), json.dumps(token.to_dict()), px=ttl_ms)

    async def delete(self, key: str) -> None:
        await self.redis.delete(self._key(key))

    def lock(self, key: str) -> AbstractAsyncContextManager[None]:
        """A Redis lock for ``key`` that expires after ``lock_timeout`` (crash-safe)."""
        return self._locked(key)

    @asynccontextmanager
    async def _locked(self, key: str) -> AsyncIterator[None]:
        lock = self.redis.lock(
            self._key(key) + ":lock", timeout=self.lock_timeout, blocking_timeout=self.lock_wait
        )
        acquired = await lock.acquire()
        if not acquired:
            self.lock_timeouts += 1
            logger.warning("session lock not acquired within %.1f s; going ahead without it", self.lock_wait)
        try:
            yield
        finally:
            if acquired:
                try:
                    await lock.release()
                except LockError:  # expired meanwhile (we held it past lock_timeout)
                    logger.warning("session lock expired before release (held > %.1f s)", self.lock_timeout)

    def __repr__(self) -> str:
        return f"RedisTokenStore(prefix={self.prefix!r}, lock_timeout={self.lock_timeout})"
