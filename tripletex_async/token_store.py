"""Session tokens and where they are kept between calls (and, with a custom store, processes)."""

from __future__ import annotations

import hashlib
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol, runtime_checkable

from .errors import ConfigurationError

__all__ = [
    "LockingTokenStore",
    "MemoryTokenStore",
    "SessionToken",
    "TokenStore",
    "token_store_key",
]


@dataclass(frozen=True, slots=True)
class SessionToken:
    """A Tripletex session token. ``repr``/``str`` never show the token itself.

    ``expires_at`` is aware (UTC); ``company_id`` is the owner's company when known;
    ``expiration_date`` is the Tripletex ``expirationDate``; ``session_id`` the session object id.
    """

    token: str
    expires_at: datetime
    company_id: int | None = None
    expiration_date: date | None = None
    session_id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.token, str) or not self.token:
            raise ConfigurationError("session token must be a non-empty string")
        if self.expires_at.tzinfo is None or self.expires_at.utcoffset() is None:
            raise ConfigurationError("SessionToken.expires_at must be timezone-aware")

    def is_usable(self, now: datetime, margin: timedelta = timedelta(0)) -> bool:
        """True while ``now`` is before ``expires_at - margin``."""
        return self.expires_at - margin > now

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form for persistent stores (contains the token: keep it secret)."""
        return {
            "token": self.token,
            "expires_at": self.expires_at.isoformat(),
            "company_id": self.company_id,
            "expiration_date": self.expiration_date.isoformat() if self.expiration_date else None,
            "session_id": self.session_id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionToken:
        exp = data.get("expiration_date")
        return cls(
            token=str(data["token"]),
            expires_at=datetime.fromisoformat(str(data["expires_at"])),
            company_id=data.get("company_id"),
            expiration_date=date.fromisoformat(exp) if exp else None,
            session_id=data.get("session_id"),
        )

    def __repr__(self) -> str:
        return (
            f"SessionToken(token='***', expires_at={self.expires_at.isoformat()!r}, "
            f"company_id={self.company_id!r}, session_id={self.session_id!r})"
        )

    __str__ = __repr__


@runtime_checkable
class TokenStore(Protocol):
    """Where session tokens are cached. Implementations must be safe for concurrent tasks."""

    async def get(self, key: str) -> SessionToken | None: ...

    async def set(self, key: str, token: SessionToken) -> None: ...

    async def delete(self, key: str) -> None: ...


@runtime_checkable
class LockingTokenStore(TokenStore, Protocol):
    """A :class:`TokenStore` shared by several processes, with a lock per key.

    ``SessionManager`` holds ``lock(key)`` around "read the store, create a session if none is
    usable, write it back" and around invalidation, so the processes sharing the store create one
    session between them (e.g. ``tripletex_async.fleet.RedisTokenStore``). The lock must not be
    held forever by a crashed holder (expire it) and may give up waiting (at worst a spare session).
    """

    def lock(self, key: str) -> AbstractAsyncContextManager[None]: ...


class MemoryTokenStore:
    """In-process token store (a dict). Can be shared by several clients."""

    def __init__(self) -> None:
        self._tokens: dict[str, SessionToken] = {}

    async def get(self, key: str) -> SessionToken | None:
        return self._tokens.get(key)

    async def set(self, key: str, token: SessionToken) -> None:
        self._tokens[key] = token

    async def delete(self, key: str) -> None:
        self._tokens.pop(key, None)

    def __len__(self) -> int:
        return len(self._tokens)

    def __repr__(self) -> str:
        return f"MemoryTokenStore({len(self._tokens)} token(s))"


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def token_store_key(base_url: str, consumer_token: str, employee_token: str) -> str:
    """Store key for one (environment, consumer token, employee token); contains no token."""
    base = base_url.rstrip("/").lower()
    return f"tripletex:{base}:{_digest(consumer_token)}:{_digest(employee_token)}"
