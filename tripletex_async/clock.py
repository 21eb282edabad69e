"""Time helpers: an injectable wall clock and Tripletex session-expiry arithmetic.

A Tripletex session token stays valid until midnight Europe/Oslo at the *end* of its
``expirationDate`` (00:00 Oslo time on the following day), whatever time it was created.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from time import monotonic
from typing import Protocol, runtime_checkable
from zoneinfo import ZoneInfo

import anyio

from .errors import ConfigurationError

__all__ = [
    "OSLO",
    "Clock",
    "ManualClock",
    "SystemClock",
    "expiration_date_for",
    "loop_time",
    "oslo_today",
    "session_expiry",
]

OSLO = ZoneInfo("Europe/Oslo")


@runtime_checkable
class Clock(Protocol):
    """Source of the current time. ``now()`` returns an aware datetime (UTC)."""

    def now(self) -> datetime: ...


def loop_time() -> float:
    """Seconds on the running event loop's clock: the clock ``anyio.sleep`` sleeps on.

    The default ``monotonic`` of the retry transport and the rate-limit gate, so that their
    deadlines and their sleeps are measured on one clock (a virtual one in tests, e.g. trio's
    ``MockClock``). Outside a running loop (``tx.rate_limit`` read after ``asyncio.run`` returned)
    it is ``time.monotonic()``, the clock of asyncio's default loop.
    """
    try:
        return anyio.current_time()
    except RuntimeError:  # no event loop running here
        return monotonic()


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


class ManualClock:
    """A clock that only moves when told to (tests, simulations, the emulator's ``FakeClock``).

    Keeps the time zone it is given (any aware datetime); ``advance`` takes a timedelta or seconds.
    """

    def __init__(self, now: datetime) -> None:
        self._now = _aware(now)

    def now(self) -> datetime:
        return self._now

    def set(self, now: datetime) -> None:
        self._now = _aware(now)

    def advance(self, delta: timedelta | float) -> None:
        self._now = self._now + (delta if isinstance(delta, timedelta) else timedelta(seconds=delta))

    def __repr__(self) -> str:
        return f"ManualClock({self._now.isoformat()})"


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ConfigurationError("datetime must be timezone-aware")
    return value


def oslo_today(now: datetime) -> date:
    """The calendar date in Oslo at instant ``now`` (aware)."""
    return _aware(now).astimezone(OSLO).date()


def session_expiry(expiration_date: date) -> datetime:
    """The instant a session with this ``expirationDate`` dies: 00:00 Oslo on the next day.

    Returned as an aware UTC datetime (so arithmetic on it is exact across DST changes).
    Midnight is never inside a DST gap in Norway, so the local time always exists.
    """
    next_day = expiration_date + timedelta(days=1)
    return datetime.combine(next_day, time(0, 0), tzinfo=OSLO).astimezone(UTC)


def expiration_date_for(now: datetime, days: int) -> date:
    """The ``expirationDate`` to request so the session lives at least ``days`` x 24 h from ``now``.

    ``days`` is added to today's date *in Oslo*; ``days=1`` gives a token valid until the end of
    tomorrow (Oslo time), i.e. for between 24 and 48 hours. One more day is added in the rare case
    that would be shorter than ``days`` x 24 h (created in the last hour before midnight on the eve
    of the 23-hour spring-forward day).
    """
    if days < 1:
        raise ConfigurationError("validity must be at least 1 day")
    candidate = oslo_today(now) + timedelta(days=days)
    if session_expiry(candidate) - now < timedelta(days=days):
        candidate += timedelta(days=1)
    return candidate
