"""Pytest plugin: a Tripletex emulator, an in-process client and a real server, as fixtures.

Enabled by the ``pytest11`` entry point ``tripletex`` (or ``pytest_plugins = ["tripletex_async.testing"]``).

* ``tripletex_emulator_config`` -> the ``EmulatorConfig`` (override this fixture to change sizes,
  seed, faults, rate limits ...; the default is small, deterministic and fault-free);
* ``tripletex_emulator`` -> the emulator app (``.emulator`` is its state: store, counters, clock);
* ``tripletex_client`` -> a ``TripletexClient`` wired to the emulator in-process through
  ``httpx.ASGITransport`` (async fixture, closed after the test);
* ``tripletex_server`` -> the base URL (``http://127.0.0.1:<port>/v2``) of a real uvicorn server
  running the emulator in a background thread, stopped after the test.

    async def test_customers(tripletex_client):
        page = await tripletex_client.customer.search(count=10)
        assert page.values
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import pytest
import pytest_asyncio

if TYPE_CHECKING:  # the emulator is imported when a fixture first asks for it, never by loading the plugin
    from .client import TripletexClient
    from .emulator import EmulatorApp, EmulatorConfig

_SERVER_START_TIMEOUT = 10.0


def default_config() -> EmulatorConfig:
    """The plugin's default: small, seeded, no latency, no injected faults."""
    from .emulator import EmulatorConfig, SizeConfig

    sizes = SizeConfig(
        customers=40,
        suppliers=10,
        products=20,
        orders=10,
        invoices=6,
        vouchers=10,
        employees=5,
        projects=5,
        timesheet_entries=20,
    )
    return EmulatorConfig(seed=1, sizes=sizes)


@pytest.fixture
def tripletex_emulator_config() -> EmulatorConfig:
    """Override in a conftest.py to configure the emulator of ``tripletex_emulator``."""
    return default_config()


@pytest.fixture
def tripletex_emulator(tripletex_emulator_config: EmulatorConfig) -> EmulatorApp:
    """A fresh emulator app per test; ``tripletex_emulator.emulator`` is its state."""
    from .emulator import create_app

    return create_app(tripletex_emulator_config)


@pytest_asyncio.fixture
async def tripletex_client(tripletex_emulator: EmulatorApp) -> AsyncIterator[TripletexClient]:
    """A TripletexClient talking to ``tripletex_emulator`` in-process (no sockets)."""
    from .emulator.connect import emulator_client

    client = emulator_client(tripletex_emulator)
    try:
        yield client
    finally:
        await client.aclose()


@pytest.fixture
def tripletex_server(tripletex_emulator: EmulatorApp) -> Iterator[str]:
    """Serve ``tripletex_emulator`` with uvicorn on a free local port; yields its ``/v2`` base URL."""
    from .emulator.serve import EmulatorServer

    with EmulatorServer(
        tripletex_emulator, log_level="warning", start_timeout=_SERVER_START_TIMEOUT
    ) as server:
        yield server.base_url


__all__ = [
    "default_config",
    "tripletex_client",
    "tripletex_emulator",
    "tripletex_emulator_config",
    "tripletex_server",
]
