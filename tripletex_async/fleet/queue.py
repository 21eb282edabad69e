"""The fleet's job queue: its Redis connection and its job encoding (JSON, never pickle).

arq encodes jobs with ``pickle`` unless told otherwise, and ``pickle.loads`` runs whatever code the
bytes name: anyone who can write to the fleet's Redis would run code on every worker. Fleet jobs
only carry plain values (run id, company id, resource name, ISO dates, page size, a flag) and
return plain dicts, so JSON carries them all; a payload that is not JSON (a pickle planted in
Redis) fails to decode and the job fails without running anything.

Both ends must agree: :func:`connect_queue` (the pool that enqueues) and the worker
(``build_worker``) use :data:`QUEUE_CODEC`.

The Redis password can stay out of the URL (and so off command lines): a URL without one takes
``TRIPLETEX_FLEET_REDIS_PASSWORD`` from the environment, sent as Redis AUTH.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any

from arq import create_pool
from arq.connections import ArqRedis, RedisSettings

from ..errors import ConfigurationError

__all__ = ["QUEUE_CODEC", "REDIS_PASSWORD_ENV", "connect_queue", "dumps", "loads", "queue_settings"]

REDIS_PASSWORD_ENV = "TRIPLETEX_FLEET_REDIS_PASSWORD"  # noqa: S105 - the variable's name


def _plain(value: Any) -> Any:
    if isinstance(value, BaseException):  # a failed job's result: its text, not the object
        return f"{type(value).__name__}: {value}"
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    raise ConfigurationError(f"a fleet job carries plain values only, not {type(value).__name__}")


def dumps(data: Any) -> bytes:
    """Encode a job or a job result (arq's dict of plain values) as JSON."""
    return json.dumps(data, default=_plain, separators=(",", ":")).encode()


def loads(raw: bytes) -> Any:
    """Decode a job or result; anything that is not JSON (e.g. a pickle) raises ``ValueError``."""
    return json.loads(raw)


#: keyword arguments for arq's ``create_pool`` and ``Worker``
QUEUE_CODEC: dict[str, Any] = {"job_serializer": dumps, "job_deserializer": loads}


def queue_settings(queue_url: str, environ: Mapping[str, str] | None = None) -> RedisSettings:
    """Connection settings for ``queue_url`` (``redis://``, or ``rediss://`` for TLS); the password
    from the URL's userinfo, else from ``TRIPLETEX_FLEET_REDIS_PASSWORD``."""
    settings = RedisSettings.from_dsn(queue_url)
    env = os.environ if environ is None else environ
    if not settings.password and env.get(REDIS_PASSWORD_ENV):
        settings.password = env[REDIS_PASSWORD_ENV]
    return settings


async def connect_queue(queue_url: str, queue_name: str) -> ArqRedis:
    """The arq pool for ``queue_url`` (see :func:`queue_settings`), encoding jobs as JSON."""
    return await create_pool(queue_settings(queue_url), default_queue_name=queue_name, **QUEUE_CODEC)
