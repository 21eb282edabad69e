"""One clock protocol: the same ManualClock drives the client's session expiry and the emulator's."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tripletex_async import clock as client_clock
from tripletex_async.emulator import EmulatorConfig, SizeConfig, create_app
from tripletex_async.emulator import clock as emulator_clock
from tripletex_async.emulator.connect import emulator_client
from tripletex_async.transport import RetryPolicy


def test_the_emulator_uses_the_clients_clock_types() -> None:
    assert emulator_clock.Clock is client_clock.Clock
    assert emulator_clock.FakeClock is client_clock.ManualClock


@pytest.mark.asyncio
async def test_one_clock_moves_the_session_on_both_sides() -> None:
    clock = client_clock.ManualClock(datetime(2025, 6, 2, 12, 0, tzinfo=client_clock.OSLO))
    app = create_app(EmulatorConfig(sizes=SizeConfig(customers=3), clock=clock))
    async with emulator_client(app, clock=clock, retry=RetryPolicy.no_delay()) as tx:
        await tx.customer.search(count=1)
        first = tx.sessions.current
        assert first is not None and tx.sessions.creations == 1
        clock.advance(timedelta(days=2))  # past midnight Oslo for both client and emulator
        assert app.emulator.clock.now() == clock.now()
        await tx.customer.search(count=1)  # the client sees its token expired and makes a new one
        assert tx.sessions.creations == 2
        assert tx.sessions.current is not None and tx.sessions.current.token != first.token
