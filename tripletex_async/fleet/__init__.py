"""Fleet mode: many processes syncing client companies with one session and one rate budget.

* :class:`RedisTokenStore` - the session token in Redis, created and refreshed single-flight
  across processes (a Redis lock with a timeout);
* :class:`RedisRateLimitState` - the ``X-Rate-Limit-*`` budget and 429 pauses in Redis, for
  ``RetryTransport``;
* :func:`fleet_client` - a ``TripletexClient`` using both;
* :mod:`.jobs` - one arq job per (company, resource) into PostgreSQL (:class:`PgStore`);
  ``tripletex sync --queue redis://...`` enqueues, ``tripletex worker --queue ...`` runs them.

Needs the ``fleet`` extra (``redis``, ``arq``, ``asyncpg``); asyncio only (redis.asyncio).
"""

from __future__ import annotations

from .budget import RedisRateLimitState
from .jobs import FleetSummary, enqueue_run, fleet_client, read_summary, wait_for_run
from .pgstore import PgStore
from .tokens import DistributedLockingTokenStore, RedisTokenStore

__all__ = [
    "DistributedLockingTokenStore",
    "FleetSummary",
    "PgStore",
    "RedisRateLimitState",
    "RedisTokenStore",
    "enqueue_run",
    "fleet_client",
    "read_summary",
    "wait_for_run",
]
