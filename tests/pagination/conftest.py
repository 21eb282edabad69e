"""Fixtures for the pagination tests: a respx router with session creation, and a client.

Async tests use ``@pytest.mark.anyio`` and run on both asyncio and trio, on a virtual clock
(``tests.support.virtual_clock``): delays cost no real time, and how long something took is read
from ``anyio.current_time()``. Helpers (FakeList, customers, ...) are in ``tests.support.pagination``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import respx

from tests.support.pagination import BASE, make_client
from tests.support.virtual_clock import backend_options
from tripletex_async import TripletexClient


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    return backend_options(str(request.param))


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        mock.post("/token/session/:create").respond(
            201, json={"value": {"token": "t", "expirationDate": "2030-01-01"}}
        )
        yield mock


@pytest.fixture
async def tx() -> AsyncIterator[TripletexClient]:
    async with make_client() as client:
        yield client
