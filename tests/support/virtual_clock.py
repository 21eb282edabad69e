"""Virtual time for async tests, on both anyio backends: sleeps and timeouts take no real time.

Time advances only when every task is waiting (trio's ``MockClock(autojump_threshold=0)``; for
asyncio, an event loop whose clock jumps to the next timer instead of blocking), so a test can
assert how much *virtual* time something took (``anyio.current_time()``) and a 30-second delay
costs nothing. A request that is not cancelled when it should be shows up as a long virtual time.

A test package's conftest returns ``backend_options(name)`` from its ``anyio_backend`` fixture.
"""

from __future__ import annotations

import asyncio
import selectors
from typing import Any


class _JumpingSelector(selectors.DefaultSelector):
    """Polls for I/O without blocking; when nothing is ready, moves the loop's clock by the time it
    would have waited (to its next timer). With no timer at all it blocks for real (I/O, threads)."""

    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        if timeout is None:
            return super().select(None)
        events = super().select(0)
        if not events and timeout > 0:
            self.now += timeout
        return events


class VirtualClockLoop(asyncio.SelectorEventLoop):
    """An asyncio event loop on virtual time (see the module docstring)."""

    def __init__(self) -> None:
        self._jumping = _JumpingSelector()
        super().__init__(self._jumping)

    def time(self) -> float:
        return self._jumping.now


def backend_options(name: str) -> tuple[str, dict[str, Any]]:
    """``(backend, options)`` for anyio's pytest plugin, with a virtual clock."""
    if name == "trio":
        import trio.testing

        return "trio", {"clock": trio.testing.MockClock(autojump_threshold=0)}
    return "asyncio", {"loop_factory": VirtualClockLoop}
