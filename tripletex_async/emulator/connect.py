"""A `TripletexClient` wired to an emulator app in-process (no sockets), with the emulator's tokens."""

from __future__ import annotations

from typing import Any

import httpx

from ..client import TripletexClient
from .app import EmulatorApp
from .config import DEFAULT_CONSUMER_TOKEN, DEFAULT_EMPLOYEE_TOKEN

EMULATOR_BASE_URL = "http://emulator.invalid/v2"  # a reserved name: never a real host


def emulator_tokens(app: EmulatorApp) -> tuple[str, str]:
    """The first consumer and employee token the emulator was started with."""
    config = app.emulator.config
    consumer = config.consumer_tokens[0] if config.consumer_tokens else DEFAULT_CONSUMER_TOKEN
    employee = config.employee_tokens[0] if config.employee_tokens else DEFAULT_EMPLOYEE_TOKEN
    return consumer, employee


def emulator_client(app: EmulatorApp, **settings: Any) -> TripletexClient:
    """A client talking to `app` through `httpx.ASGITransport`; auth, rate limits and retries as usual.

    `settings` go to `TripletexClient` (e.g. `retry=RetryPolicy.no_delay()`, `max_in_flight=50`).
    """
    consumer, employee = emulator_tokens(app)
    return TripletexClient(
        consumer,
        employee,
        base_url=EMULATOR_BASE_URL,
        transport=httpx.ASGITransport(app=app),
        **settings,
    )
