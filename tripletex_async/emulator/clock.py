"""Clocks: the emulator reads time only through a callable returning an aware datetime."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

# The Oslo zone and the session-expiry rule are the client's (one definition of both).
from ..clock import OSLO, session_expiry

__all__ = ["OSLO", "Clock", "FakeClock", "session_expiry", "system_clock"]

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


class FakeClock:
    """A settable clock for tests: ``clock = FakeClock(datetime(..., tzinfo=OSLO)); clock.advance(...)``."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta | float) -> None:
        self.now += delta if isinstance(delta, timedelta) else timedelta(seconds=delta)

    def set(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self.now = when
