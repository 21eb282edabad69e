"""The emulator's clocks are the client's: one ``Clock`` protocol (``now()`` -> an aware datetime).

``FakeClock`` is :class:`tripletex_async.clock.ManualClock` under the name emulator tests know:
``clock = FakeClock(datetime(..., tzinfo=OSLO)); clock.advance(61)``.
"""

from __future__ import annotations

# The Oslo zone, the session-expiry rule and the clocks are the client's (one definition of each).
from ..clock import OSLO, Clock, ManualClock, SystemClock, session_expiry

__all__ = ["OSLO", "Clock", "FakeClock", "SystemClock", "session_expiry"]

FakeClock = ManualClock
