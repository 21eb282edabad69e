"""Idempotency keys of deliveries already handled, with the digest of the body each one carried.

No timestamp is signed in a Tripletex delivery, so this record is the only defence against a
replay: keep it as long as a replay matters (across restarts: ``SqliteSeenStore``; across processes
and machines: ``RedisSeenStore``). The body digest lets the receiver tell a redelivery (same key,
same body: acknowledged, not handled again) from a key reused with another body (reported).
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import anyio.to_thread

from .._files import connect_private_sqlite
from ..errors import ConfigurationError

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = [
    "InMemorySeenStore",
    "RedisSeenStore",
    "SeenStore",
    "SqliteSeenStore",
]

DEFAULT_RETENTION = 30 * 24 * 3600.0  # seconds a handled key is remembered by the persistent stores


class SeenStore(Protocol):
    """Deliveries already handled: idempotency key -> digest of the body handled under it."""

    async def digest_for(self, key: str) -> str | None:
        """The body digest recorded for ``key``, or None if the key was never handled."""
        ...

    async def record(self, key: str, digest: str) -> None:
        """Remember that ``key`` was handled with a body whose digest is ``digest``."""
        ...


class InMemorySeenStore:
    """The last ``max_size`` keys handled, in this process only (oldest forgotten first)."""

    def __init__(self, max_size: int = 100_000) -> None:
        if max_size < 1:
            raise ConfigurationError("max_size must be at least 1")
        self.max_size = max_size
        self._keys: OrderedDict[str, str] = OrderedDict()

    async def digest_for(self, key: str) -> str | None:
        return self._keys.get(key)

    async def record(self, key: str, digest: str) -> None:
        self._keys[key] = digest
        self._keys.move_to_end(key)
        while len(self._keys) > self.max_size:
            self._keys.popitem(last=False)

    def __len__(self) -> int:
        return len(self._keys)


class SqliteSeenStore:
    """Keys in a SQLite file (created 0600 in a 0700 folder): survives restarts, one machine.

    Keys older than ``retention`` seconds are pruned as new ones are recorded.
    """

    def __init__(self, path: str | os.PathLike[str], *, retention: float = DEFAULT_RETENTION) -> None:
        if not retention > 0:
            raise ConfigurationError("retention must be a positive number of seconds")
        self.path = Path(path)
        self.retention = retention
        self._db = connect_private_sqlite(self.path, check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS webhook_seen (key TEXT PRIMARY KEY, digest TEXT NOT NULL,"
            " handled_at REAL NOT NULL)"
        )
        self._lock = threading.Lock()
        self._recorded = 0

    def _lookup(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT digest FROM webhook_seen WHERE key = ? AND handled_at >= ?",
                (key, time.time() - self.retention),
            ).fetchone()
        return str(row[0]) if row else None

    def _store(self, key: str, digest: str) -> None:
        now = time.time()
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO webhook_seen (key, digest, handled_at) VALUES (?, ?, ?)",
                (key, digest, now),
            )
            self._recorded += 1
            if self._recorded % 1000 == 1:
                self._db.execute("DELETE FROM webhook_seen WHERE handled_at < ?", (now - self.retention,))

    async def digest_for(self, key: str) -> str | None:
        return await anyio.to_thread.run_sync(self._lookup, key)

    async def record(self, key: str, digest: str) -> None:
        await anyio.to_thread.run_sync(self._store, key, digest)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __repr__(self) -> str:
        return f"SqliteSeenStore({str(self.path)!r}, retention={self.retention:g})"


class RedisSeenStore:
    """Keys in Redis (``<prefix><key>`` -> digest, expiring after ``retention`` seconds): shared by
    every receiver process and machine. ``redis`` is a ``redis.asyncio.Redis`` (use ``rediss://``
    and a password outside a private network)."""

    def __init__(
        self, redis: Redis, *, prefix: str = "tripletex:webhook-seen:", retention: float = DEFAULT_RETENTION
    ) -> None:
        if not retention > 0:
            raise ConfigurationError("retention must be a positive number of seconds")
        self._redis = redis
        self.prefix = prefix
        self.retention = retention

    async def digest_for(self, key: str) -> str | None:
        value = await self._redis.get(self.prefix + key)
        if value is None:
            return None
        return value.decode() if isinstance(value, bytes) else str(value)

    async def record(self, key: str, digest: str) -> None:
        await self._redis.set(self.prefix + key, digest, ex=max(1, round(self.retention)))

    def __repr__(self) -> str:
        return f"RedisSeenStore(prefix={self.prefix!r}, retention={self.retention:g})"
