"""Tripletex API v2 emulator: a Starlette app for end-to-end tests, benchmarks and local runs.

    from tripletex_async.emulator import EmulatorConfig, create_app
    app = create_app(EmulatorConfig(seed=7))
    app.emulator.sessions_created, app.emulator.rate_limit_exceeded, app.emulator.store

The client package never imports this subpackage.
"""

from __future__ import annotations

from .app import EmulatorApp, create_app
from .clock import OSLO, FakeClock, session_expiry
from .config import (
    DEFAULT_CONSUMER_TOKEN,
    DEFAULT_EMPLOYEE_TOKEN,
    EmulatorConfig,
    FaultConfig,
    LatencyConfig,
    RateLimitConfig,
    RealismConfig,
    SizeConfig,
)
from .generic import register_generic_operations
from .state import EmulatorState

__all__ = [
    "DEFAULT_CONSUMER_TOKEN",
    "DEFAULT_EMPLOYEE_TOKEN",
    "OSLO",
    "EmulatorApp",
    "EmulatorConfig",
    "EmulatorState",
    "FakeClock",
    "FaultConfig",
    "LatencyConfig",
    "RateLimitConfig",
    "RealismConfig",
    "SizeConfig",
    "create_app",
    "register_generic_operations",
    "session_expiry",
]
