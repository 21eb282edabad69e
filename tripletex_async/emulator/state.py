"""Everything an emulator instance holds: config, clock, data, sessions, limiter, counters, router.

It never imports ``webhooks``, and ``call`` never imports it: handlers see it through
``call.HandlerState`` and it holds the webhook dispatcher as a ``call.WebhookHook``, so the package's
imports form a DAG (tests/emulator/test_emu_layout.py).
"""

from __future__ import annotations

import random
import time

from .auth import Auth
from .call import WebhookHook
from .clock import Clock, SystemClock
from .config import EmulatorConfig
from .counters import Counters
from .ratelimit import RateLimiter
from .resources import Templates
from .routing import Router
from .seed import build_store
from .shape_builder import ShapeBuilder
from .spec_shapes import load_shapes
from .store import Store, Urls


class EmulatorState:
    """Reachable as ``app.state.emulator``; tests and benchmarks read the counters from here."""

    def __init__(self, config: EmulatorConfig) -> None:
        self.config = config
        self.clock: Clock = config.clock or SystemClock()
        self.urls = Urls(config.public_host, without_scheme=config.realism.url_without_scheme)
        self.builder = ShapeBuilder(load_shapes(), self.urls.prefix, config.seed)
        self.templates = Templates(self.urls, config.realism, self.builder)
        t0 = time.perf_counter()
        self.store: Store = build_store(config, self.templates, self.urls, self.clock.now())
        self.seed_seconds = time.perf_counter() - t0
        self.auth = Auth(config, self.store, self.clock)
        self.limiter = RateLimiter(config.rate_limit, self.clock)
        self.rng = random.Random(config.seed ^ 0x5EED)
        self.counters = Counters()
        self.router = Router()
        # Webhook deliveries (an emulator.webhooks.EmulatorWebhooks): None (off) until
        # enable_webhooks(app) sets it. Typed by the hook protocol, so state never imports webhooks.
        self.webhooks: WebhookHook | None = None

    # convenient read-only views for tests/benchmarks
    @property
    def sessions_created(self) -> int:
        return self.auth.sessions_created

    @property
    def rate_limit_exceeded(self) -> int:
        return self.limiter.exceeded

    @property
    def request_count(self) -> int:
        return self.counters.requests

    def record_count(self) -> int:
        return sum(len(c) for comp in self.store.companies.values() for c in comp.collections.values())
