"""Fleet test helpers: small emulator data and in-process client settings."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx

from tripletex_async.emulator import EmulatorApp, EmulatorConfig, SizeConfig
from tripletex_async.emulator.connect import emulator_tokens
from tripletex_async.transport import RetryPolicy

CONSUMER = "emulator-consumer"
EMPLOYEE = "emulator-employee"


def fleet_config(**changes: Any) -> EmulatorConfig:
    """Small data, the system clock (worker processes use it too)."""
    sizes = SizeConfig(customers=17, invoices=5, vouchers=6, orders=5, products=3, employees=2, projects=2)
    return dataclasses.replace(EmulatorConfig(client_companies=3, sizes=sizes), **changes)


def in_process_client_kwargs(app: EmulatorApp) -> dict[str, Any]:
    """Client settings for an in-process worker talking to ``app`` (no network, no delays)."""
    consumer, employee = emulator_tokens(app)
    return {
        "consumer_token": consumer,
        "employee_token": employee,
        "base_url": "http://emulator.invalid/v2",
        "transport": httpx.ASGITransport(app=app),
        "retry": RetryPolicy.no_delay(),
    }
