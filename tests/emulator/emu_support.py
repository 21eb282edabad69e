"""Shared helpers for the emulator tests (in-process via httpx.ASGITransport)."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import httpx

from tripletex_async.emulator import OSLO, EmulatorApp, EmulatorConfig, FakeClock, SizeConfig, create_app
from tripletex_async.emulator.state import EmulatorState

CONSUMER = "emulator-consumer"
EMPLOYEE = "emulator-employee"
BASE_URL = "http://emulator/v2"


def small_config(**changes: Any) -> EmulatorConfig:
    sizes = SizeConfig(
        customers=30,
        suppliers=8,
        products=10,
        orders=8,
        invoices=4,
        vouchers=6,
        employees=4,
        projects=5,
        timesheet_entries=12,
    )
    cfg = EmulatorConfig(sizes=sizes, clock=FakeClock(datetime(2025, 6, 2, 12, 0, tzinfo=OSLO)))
    return dataclasses.replace(cfg, **changes)


@dataclasses.dataclass
class Emu:
    app: EmulatorApp
    client: httpx.AsyncClient

    @property
    def state(self) -> EmulatorState:
        return self.app.emulator

    @property
    def clock(self) -> FakeClock:
        clock = self.state.clock
        assert isinstance(clock, FakeClock)
        return clock

    async def session(self, expiration: str = "2099-12-31") -> str:
        r = await self.client.put(
            "/token/session/:create",
            params={"consumerToken": CONSUMER, "employeeToken": EMPLOYEE, "expirationDate": expiration},
        )
        assert r.status_code == 200, r.text
        token = r.json()["value"]["token"]
        assert isinstance(token, str)
        return token

    async def login(self, company: int | str = 0) -> httpx.BasicAuth:
        return httpx.BasicAuth(str(company), await self.session())


@asynccontextmanager
async def emulator(config: EmulatorConfig | None = None) -> AsyncIterator[Emu]:
    app = create_app(config or small_config())
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        yield Emu(app, client)


def values(response: httpx.Response) -> list[dict[str, Any]]:
    data = response.json()
    assert isinstance(data, dict), data
    out = data["values"]
    assert isinstance(out, list)
    return out


def value(response: httpx.Response) -> dict[str, Any]:
    data = response.json()
    assert isinstance(data, dict), data
    out = data["value"]
    assert isinstance(out, dict)
    return out
