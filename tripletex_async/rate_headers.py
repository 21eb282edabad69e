"""The one reader of rate-limit headers: ``X-Rate-Limit-Limit/-Remaining/-Reset`` and ``Retry-After``.

Every part of the package that looks at these headers (the transport's gate, ``RateLimitError``,
``Response.rate_limit``, the fleet's shared budget) goes through :meth:`RateLimitSnapshot.from_headers`,
so they agree on every odd value the network can send:

* ``limit``: a whole number >= 0 (a fraction is rounded down); anything else is unknown (None);
* ``remaining``: a whole number; a negative count means the period is spent: 0;
* ``X-Rate-Limit-Reset``: seconds until the period ends, fractions kept; a negative value means it
  has ended: 0.0;
* ``Retry-After``: seconds, or an HTTP date (seconds from ``now``, never negative);
* NaN, infinities, text and values longer than 64 characters are unknown (None); waits are capped
  at one day, so a garbage header cannot park a client for years.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

__all__ = ["MAX_WAIT_SECONDS", "RateLimitSnapshot", "parse_retry_after"]

#: The longest wait any header can ask for (seconds).
MAX_WAIT_SECONDS = 86400.0
_MAX_LENGTH = 64


@dataclass(frozen=True, slots=True)
class RateLimitSnapshot:
    """The rate-limit headers of one response (each None when absent or unreadable)."""

    limit: int | None = None
    remaining: int | None = None
    reset_seconds: float | None = None
    retry_after: float | None = None

    @classmethod
    def from_headers(
        cls, headers: httpx.Headers | Mapping[str, str], *, now: datetime | None = None
    ) -> RateLimitSnapshot:
        h = headers if isinstance(headers, httpx.Headers) else httpx.Headers(dict(headers))
        limit = _number(h.get("x-rate-limit-limit"))
        remaining = _number(h.get("x-rate-limit-remaining"))
        reset = _number(h.get("x-rate-limit-reset"))
        return cls(
            limit=math.floor(limit) if limit is not None and limit >= 0 else None,
            remaining=max(0, math.floor(remaining)) if remaining is not None else None,
            reset_seconds=_wait(reset),
            retry_after=_retry_after(h.get("retry-after"), now),
        )

    @property
    def wait_seconds(self) -> float | None:
        """How long a 429 asks to wait: ``X-Rate-Limit-Reset``, else ``Retry-After``, else None."""
        return self.reset_seconds if self.reset_seconds is not None else self.retry_after

    @property
    def is_empty(self) -> bool:
        """No ``X-Rate-Limit-*`` header was readable."""
        return self.limit is None and self.remaining is None and self.reset_seconds is None


def parse_retry_after(
    headers: httpx.Headers | Mapping[str, str], *, now: datetime | None = None
) -> float | None:
    """Seconds a 429 asks to wait (``X-Rate-Limit-Reset`` preferred, then ``Retry-After``), or None."""
    return RateLimitSnapshot.from_headers(headers, now=now).wait_seconds


def _number(raw: str | None) -> float | None:
    if raw is None or len(raw) > _MAX_LENGTH:
        return None
    try:
        value = float(raw.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _wait(seconds: float | None) -> float | None:
    return None if seconds is None else min(max(0.0, seconds), MAX_WAIT_SECONDS)


def _retry_after(raw: str | None, now: datetime | None) -> float | None:
    if raw is None or len(raw) > _MAX_LENGTH:
        return None
    seconds = _number(raw)
    if seconds is not None:
        return _wait(seconds)
    try:
        when = parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return _wait((when - (now or datetime.now(UTC))).total_seconds())
