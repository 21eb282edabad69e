"""The pytest plugin (tripletex_async.testing): emulator, in-process client and real-server fixtures."""

from __future__ import annotations

import dataclasses
from importlib.metadata import entry_points

import httpx
import pytest

from tripletex_async.client import TripletexClient
from tripletex_async.emulator import EmulatorApp, EmulatorConfig, SizeConfig

# Once the package is (re)installed the ``tripletex`` pytest11 entry point loads the plugin;
# registering it a second time here would fail, so only ask for it when it is not installed.
if not any(ep.value.startswith("tripletex_async.") for ep in entry_points(group="pytest11")):
    pytest_plugins = ["tripletex_async.testing"]

CUSTOMERS = 7


@pytest.fixture
def tripletex_emulator_config() -> EmulatorConfig:
    """Users override this fixture to configure the emulator; here: fewer customers, fixed seed."""
    return EmulatorConfig(seed=11, sizes=dataclasses.replace(SizeConfig(), customers=CUSTOMERS))


def _active_customers(app: EmulatorApp) -> int:
    store = app.emulator.store
    owner = store.company(store.owner_company_id)
    assert owner is not None
    return sum(1 for c in owner.coll("customer") if not c.get("isInactive"))


def test_emulator_fixture_uses_the_overridden_config(tripletex_emulator: EmulatorApp) -> None:
    state = tripletex_emulator.emulator
    assert state.config.seed == 11
    assert state.config.sizes.customers == CUSTOMERS
    assert state.request_count == 0


@pytest.mark.asyncio
async def test_client_fixture_is_wired_in_process(
    tripletex_client: TripletexClient, tripletex_emulator: EmulatorApp
) -> None:
    page = await tripletex_client.customer.search(count=1000)
    assert isinstance(page.values, list)
    assert len(page.values) == _active_customers(tripletex_emulator) >= CUSTOMERS - 3
    assert tripletex_emulator.emulator.sessions_created == 1
    # an operation without a stateful handler answers with generic data
    asset = await tripletex_client.asset.get(5)
    assert asset.value is not None and asset.value.id == 5


@pytest.mark.asyncio
async def test_client_fixture_gets_a_fresh_emulator(tripletex_emulator: EmulatorApp) -> None:
    assert tripletex_emulator.emulator.request_count == 0


def test_server_fixture_serves_over_a_socket(tripletex_server: str, tripletex_emulator: EmulatorApp) -> None:
    assert tripletex_server.startswith("http://127.0.0.1:") and tripletex_server.endswith("/v2")
    config = tripletex_emulator.emulator.config
    with httpx.Client(base_url=tripletex_server) as http:
        r = http.put(
            "/token/session/:create",
            params={
                "consumerToken": config.consumer_tokens[0],
                "employeeToken": config.employee_tokens[0],
                "expirationDate": "2099-01-01",
            },
        )
        assert r.status_code == 200, r.text
        auth = httpx.BasicAuth("0", r.json()["value"]["token"])
        page = http.get("/customer", auth=auth, params={"count": 100, "isInactive": "false"})
        assert page.status_code == 200
        assert page.json()["fullResultSize"] == _active_customers(tripletex_emulator)


@pytest.mark.asyncio
async def test_real_client_against_the_server_fixture(
    tripletex_server: str, tripletex_emulator: EmulatorApp
) -> None:
    config = tripletex_emulator.emulator.config
    async with TripletexClient(
        config.consumer_tokens[0], config.employee_tokens[0], base_url=tripletex_server
    ) as client:
        page = await client.customer.search(count=100)
        assert isinstance(page.values, list) and len(page.values) == _active_customers(tripletex_emulator)
