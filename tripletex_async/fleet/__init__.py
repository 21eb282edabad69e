"""Fleet mode: many processes syncing client companies with one session and one rate budget.

* :class:`RedisTokenStore` - the session token in Redis, created and refreshed single-flight
  across processes (a Redis lock with a timeout);
* :class:`RedisRateLimiter` - the ``X-Rate-Limit-*`` budget and 429 pauses in Redis (a
  ``RateLimiter``);
* :func:`fleet_client` - ``TripletexClient(token_store=RedisTokenStore(r), rate_limiter=RedisRateLimiter(r, key))``;
* :mod:`.jobs` - one arq job per (company, resource): ``tripletex_async.sync.sync_dataset``, the
  walk the local sync runs, into PostgreSQL (:class:`PgStore`, a ``DatasetStore``);
  ``tripletex sync --queue redis://...`` enqueues (:mod:`.runs`), ``tripletex worker --queue ...``
  runs them;
* :func:`connect_queue` - the arq pool, jobs encoded as JSON (never pickle: see :mod:`.queue`).

Redis holds the session token and the queue: keep it private (``requirepass`` and a password in the
URL, ``rediss://`` for TLS across machines, a private network).

Needs the ``fleet`` extra (``redis``, ``arq``, ``asyncpg``); asyncio only (redis.asyncio).
"""

from __future__ import annotations

from .budget import RedisRateLimiter
from .client import fleet_client
from .pgstore import PgStore
from .queue import connect_queue
from .runs import FleetSummary, enqueue_run, read_summary, wait_for_run
from .tokens import RedisTokenStore

__all__ = [
    "FleetSummary",
    "PgStore",
    "RedisRateLimiter",
    "RedisTokenStore",
    "connect_queue",
    "enqueue_run",
    "fleet_client",
    "read_summary",
    "wait_for_run",
]
