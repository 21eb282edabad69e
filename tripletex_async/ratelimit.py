"""Client-side view of the Tripletex rate limit and a gate that holds requests when it is spent.

Tripletex sends ``X-Rate-Limit-Limit``, ``X-Rate-Limit-Remaining`` and ``X-Rate-Limit-Reset``
(seconds left in the current period). Once the budget is spent every request gets 429 until the
period ends, and the 429 itself often lacks ``X-Rate-Limit-Reset``.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable, Mapping
from typing import Protocol

import anyio
import httpx

from .clock import loop_time
from .errors import ConfigurationError
from .rate_headers import RateLimitSnapshot

__all__ = ["RateLimitSnapshot", "RateLimitState", "RateLimiter", "SleepFunc"]

logger = logging.getLogger("tripletex_async.ratelimit")

SleepFunc = Callable[[float], Awaitable[None]]


class RateLimiter(Protocol):
    """The rate-limit gate a client's transport consults around every request attempt.

    Injected at construction (``TripletexClient(rate_limiter=...)``); the default is a process-local
    :class:`RateLimitState`; ``tripletex_async.fleet.RedisRateLimiter`` shares one budget between
    processes. Every method is awaited by the transport, so an implementation may do I/O in any of
    them (nothing is left running in the background).
    """

    async def wait_for_budget(self) -> float:
        """Wait until one request may go out (never longer than the limiter's own bound); returns
        the seconds waited."""
        ...

    async def observe(self, response: httpx.Response) -> None:
        """Record a response's ``X-Rate-Limit-*`` headers (every response, 429s included)."""
        ...

    async def on_429(self, retry_after: float | None = None) -> float:
        """A 429 arrived: pause requests; returns the pause in seconds (the transport retries only
        when it is within its ``max_rate_limit_wait``)."""
        ...

    def snapshot(self) -> RateLimitSnapshot:
        """The current view: limit, remaining, seconds until the period ends (each None if unknown)."""
        ...


class RateLimitState:
    """Process-local rate-limit state and the gate in front of every request (a :class:`RateLimiter`).

    * :meth:`record` / :meth:`update` record headers of each response (monotonic clock).
    * :meth:`wait_for_budget` blocks while the budget is known to be spent and the period has not
      ended, or while a 429 pause is active; it never blocks longer than ``max_wait`` in total.
    * :meth:`pause` (awaitable as :meth:`on_429`) pauses everyone until the period ends (from ``X-Rate-Limit-Reset`` /
      ``Retry-After`` or a known reset time), else for a jittered exponential backoff.

    ``monotonic`` and ``sleep`` are injectable for tests (defaults: ``loop_time``, the event
    loop's clock, and ``anyio.sleep``, which sleeps on that same clock: one clock for waits and
    deadlines, virtual in tests).
    """

    def __init__(
        self,
        *,
        max_wait: float = 60.0,
        backoff_base: float = 1.0,
        backoff_max: float = 30.0,
        slack: float = 0.1,
        monotonic: Callable[[], float] = loop_time,
        sleep: SleepFunc = anyio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        if max_wait < 0 or backoff_base < 0 or backoff_max < 0 or slack < 0:
            raise ConfigurationError("rate-limit waits must be >= 0")
        self.max_wait = max_wait
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.slack = slack
        self._monotonic = monotonic
        self.sleep = sleep
        self._rng = rng or random.Random()  # jitter, not crypto
        self.limit: int | None = None
        self.remaining: int | None = None
        self.reset_at: float | None = None  # monotonic time the current period ends
        self.paused_until: float | None = None  # monotonic time a 429 pause ends
        self.consecutive_429 = 0
        self.total_waited = 0.0

    # Observations ---------------------------------------------------------------------------
    def update(self, snapshot: RateLimitSnapshot) -> None:
        """Record the rate-limit headers of one response."""
        now = self._monotonic()
        if snapshot.limit is not None:
            self.limit = snapshot.limit
        if snapshot.remaining is not None:
            self.remaining = snapshot.remaining
        if snapshot.reset_seconds is not None:
            self.reset_at = now + snapshot.reset_seconds

    def update_from_headers(self, headers: httpx.Headers | Mapping[str, str]) -> RateLimitSnapshot:
        snapshot = RateLimitSnapshot.from_headers(headers)
        self.update(snapshot)
        return snapshot

    async def observe(self, response: httpx.Response) -> None:
        self.record(response)

    def record(self, response: httpx.Response) -> RateLimitSnapshot:
        """Record a response: its headers, and whether it ends a run of 429s."""
        snapshot = self.update_from_headers(response.headers)
        if response.status_code != 429:
            self.consecutive_429 = 0
        return snapshot

    def snapshot(self) -> RateLimitSnapshot:
        """Current view: limit, remaining and seconds until the period ends (if known)."""
        reset: float | None = None
        if self.reset_at is not None:
            reset = max(0.0, self.reset_at - self._monotonic())
        return RateLimitSnapshot(limit=self.limit, remaining=self.remaining, reset_seconds=reset)

    # The gate -------------------------------------------------------------------------------
    def _blocked_until(self, now: float) -> float | None:
        until: float | None = None
        if self.paused_until is not None:
            if self.paused_until > now:
                until = self.paused_until
            else:
                self.paused_until = None
        if self.reset_at is not None and self.reset_at <= now:
            # The period is over: the budget has been refilled (exact size unknown).
            self.reset_at = None
            self.remaining = None
        if self.remaining is not None and self.remaining <= 0 and self.reset_at is not None:
            end = self.reset_at + self.slack
            until = end if until is None else max(until, end)
        return until

    async def wait_for_budget(self) -> float:
        """Wait while the budget is spent or a 429 pause is active. Returns seconds waited.

        If the wait needed is longer than what is left of ``max_wait``, do not wait at all: the
        request goes out at once and its 429 reaches the caller quickly (fail fast).
        """
        waited = 0.0
        while True:
            now = self._monotonic()
            until = self._blocked_until(now)
            if until is None or until <= now:
                break
            delay = until - now
            if delay > self.max_wait - waited:
                logger.debug(
                    "rate-limit period ends in %.1f s, beyond the %.1f s wait budget; not waiting",
                    delay,
                    self.max_wait,
                )
                break
            await self.sleep(delay)
            waited += delay
        if self.remaining is not None and self.remaining > 0:
            self.remaining -= 1  # reserve one unit for this request until its headers arrive
        self.total_waited += waited
        return waited

    async def on_429(self, retry_after: float | None = None) -> float:
        return self.pause(retry_after)

    def pause(self, retry_after: float | None = None) -> float:
        """Pause every request after a 429; returns the pause in seconds (not capped)."""
        now = self._monotonic()
        self.consecutive_429 += 1
        self.remaining = 0
        if retry_after is not None:
            delay = retry_after + self.slack
            self.reset_at = now + retry_after
        elif self.reset_at is not None and self.reset_at > now:
            delay = self.reset_at - now + self.slack
        else:
            exp = self.backoff_base * (2 ** (self.consecutive_429 - 1))
            delay = min(self.backoff_max, exp) * (0.5 + 0.5 * self._rng.random())
        until = now + delay
        if self.paused_until is None or until > self.paused_until:
            self.paused_until = until
        logger.debug("rate limited (429); pausing requests for %.2f s", delay)
        return delay

    def __repr__(self) -> str:
        snap = self.snapshot()
        return (
            f"RateLimitState(limit={snap.limit}, remaining={snap.remaining}, "
            f"reset_seconds={snap.reset_seconds}, paused={self.paused_until is not None})"
        )
