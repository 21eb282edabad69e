"""``fleet_client``: a ``TripletexClient`` whose session and rate budget live in Redis (composition)."""

from __future__ import annotations

from typing import Any

from redis.asyncio import Redis

from ..client import TripletexClient
from ..config import ClientConfig
from ..errors import ConfigurationError
from ..transport import local_rate_limiter
from .budget import RedisRateLimiter
from .tokens import RedisTokenStore

__all__ = ["fleet_client"]

_CLIENT_EXTRAS = ("clock", "transport", "revoke_on_close")


def fleet_client(
    redis: Redis, *, config: ClientConfig | None = None, **client_kwargs: Any
) -> TripletexClient:
    """A ``TripletexClient`` whose session and rate budget are shared through ``redis``: built by
    composition, ``TripletexClient(token_store=RedisTokenStore(redis), rate_limiter=RedisRateLimiter(...))``.

    ``config`` or settings (``consumer_token=...``, ``base_url=...``) as for ``TripletexClient``;
    ``clock``, ``transport`` and ``revoke_on_close`` go to the client as they are."""
    extras = {name: client_kwargs.pop(name) for name in _CLIENT_EXTRAS if name in client_kwargs}
    if config is None:
        config = ClientConfig.from_env(**client_kwargs)
    elif client_kwargs:
        raise ConfigurationError("pass either config=ClientConfig(...) or individual settings, not both")
    limiter = RedisRateLimiter(redis, config.session_key, local=local_rate_limiter(config.retry))
    return TripletexClient(config=config, token_store=RedisTokenStore(redis), rate_limiter=limiter, **extras)
