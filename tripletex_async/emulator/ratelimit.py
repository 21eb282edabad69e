"""Fixed-window rate limiting per (employee token, consumer token), with X-Rate-Limit-* headers."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .clock import Clock
from .config import RateLimitConfig


@dataclass
class Window:
    start: float
    used: int = 0


@dataclass
class Verdict:
    allowed: bool
    limit: int
    remaining: int
    reset_seconds: int

    def headers(self, *, include_reset: bool = True) -> dict[str, str]:
        out = {"X-Rate-Limit-Limit": str(self.limit), "X-Rate-Limit-Remaining": str(self.remaining)}
        if include_reset:
            out["X-Rate-Limit-Reset"] = str(self.reset_seconds)
        return out


class RateLimiter:
    def __init__(self, config: RateLimitConfig, clock: Clock) -> None:
        self.config = config
        self.clock = clock
        self.windows: dict[tuple[str, str], Window] = {}
        self.exceeded = 0  # requests answered 429 because the limit was spent (0 for a polite client)
        self.allowed = 0

    @property
    def enabled(self) -> bool:
        return self.config.limit > 0

    def hit(self, key: tuple[str, str]) -> Verdict | None:
        if not self.enabled:
            return None
        now = self.clock.now().timestamp()
        period = self.config.period_seconds
        window = self.windows.get(key)
        if window is None or now >= window.start + period:
            window = self.windows[key] = Window(start=now)
        window.used += 1
        limit = self.config.limit
        reset = max(0, math.ceil(window.start + period - now))
        if window.used > limit:
            self.exceeded += 1
            return Verdict(False, limit, 0, reset)
        self.allowed += 1
        return Verdict(True, limit, limit - window.used, reset)

    def reset(self) -> None:
        self.windows.clear()
        self.exceeded = 0
        self.allowed = 0
