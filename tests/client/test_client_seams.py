"""Extension points injected at construction (rate limiter) and per-call options views."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator

import httpx
import pytest
import respx
from tripletex_async_api.models import Customer

from tripletex_async import (
    ClientConfig,
    ConfigurationError,
    RateLimiter,
    RequestOptions,
    RetryPolicy,
    ServerError,
    TripletexClient,
)
from tripletex_async.ratelimit import RateLimitSnapshot

BASE = "https://tripletex.no/v2"
pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class CountingLimiter:
    """A RateLimiter of the user's own: counts every call the transport makes."""

    def __init__(self) -> None:
        self.waits = 0
        self.observed: list[int] = []
        self.pauses: list[float | None] = []

    async def wait_for_budget(self) -> float:
        self.waits += 1
        return 0.0

    async def observe(self, response: httpx.Response) -> None:
        self.observed.append(response.status_code)

    async def on_429(self, retry_after: float | None = None) -> float:
        self.pauses.append(retry_after)
        return 0.0

    def snapshot(self) -> RateLimitSnapshot:
        return RateLimitSnapshot(limit=100, remaining=42)


def client(**kwargs: object) -> TripletexClient:
    config = ClientConfig(
        consumer_token="consumer-token", employee_token="employee-token", retry=RetryPolicy.no_delay()
    )
    return TripletexClient(config=config, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        mock.post("/token/session/:create").respond(
            201, json={"value": {"token": "t", "expirationDate": "2099-01-01"}}
        )
        yield mock


async def test_an_injected_rate_limiter_gates_every_attempt(router: respx.MockRouter) -> None:
    limiter: RateLimiter = CountingLimiter()  # mypy checks it meets the protocol
    assert isinstance(limiter, CountingLimiter)
    router.get("/customer/1").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "1"}),
            httpx.Response(200, json={"value": {"id": 1}}),
        ]
    )
    async with client(rate_limiter=limiter) as tx:
        customer = await tx.customer.get(1)
        assert tx.transport.rate_limiter is limiter
        assert tx.walk_planner.spare_budget() == 42  # the planner reads the injected limiter
    assert customer.value is not None and customer.value.id == 1
    assert limiter.waits == 3  # session create, the 429, the retry
    assert limiter.observed == [201, 429, 200]
    assert limiter.pauses == [1.0]


async def test_with_options_puts_timeout_and_retry_choices_on_each_request(router: respx.MockRouter) -> None:
    route = router.post("/customer").mock(
        side_effect=[httpx.Response(503), httpx.Response(201, json={"value": {"id": 7, "name": "A"}})]
    )
    async with client() as tx:
        with pytest.raises(ServerError):  # a POST is not retried by default
            await tx.customer.post(body=Customer(name="A"))
        assert route.call_count == 1
        route.side_effect = [httpx.Response(503), httpx.Response(201, json={"value": {"id": 7, "name": "A"}})]
        view = tx.with_options(retry_unsafe=True, timeout=2.5)
        created = await view.customer.post(body=Customer(name="A"))
        assert created.value is not None and created.value.id == 7
        assert route.call_count == 3  # 503 retried once through the view
        sent = route.calls.last.request
        assert sent.extensions["timeout"] == httpx.Timeout(2.5).as_dict()

        get = router.get("/customer/1").mock(return_value=httpx.Response(503))
        with pytest.raises(ServerError):
            await tx.with_options(retry=False).customer.get(1)
        assert get.call_count == 1  # retries off for this view only
        with pytest.raises(ServerError):
            await tx.customer.get(1)
        assert get.call_count > 2  # the client itself still retries safe calls
        assert "timeout" not in get.calls.last.request.extensions or (
            get.calls.last.request.extensions["timeout"] != httpx.Timeout(2.5).as_dict()
        )


async def test_options_views_keep_the_company_and_stack(router: respx.MockRouter) -> None:
    route = router.get("/customer/1").mock(return_value=httpx.Response(200, json={"value": {"id": 1}}))
    async with client() as tx:
        view = tx.as_company(123).with_options(timeout=5).with_options(retry_unsafe=True)
        assert view.company_id == 123
        assert view.options == RequestOptions(timeout=5, retry_unsafe=True)
        await view.customer.get(1)
        auth = route.calls.last.request.headers["authorization"].split()[1]
        assert base64.b64decode(auth).decode() == "123:t"
        assert route.calls.last.request.extensions["timeout"] == httpx.Timeout(5).as_dict()
        assert repr(view) == f"CompanyView(company_id=123, options={view.options!r})"


@pytest.mark.parametrize("bad", [{"timeout": 0}, {"timeout": -1}, {"timeout": True}, {"retry_unsafe": "yes"}])
def test_bad_options_are_refused_before_any_request(bad: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        RequestOptions(**bad)  # type: ignore[arg-type]


async def test_no_global_logging_side_effects() -> None:
    httpx_logger = logging.getLogger("httpx")
    saved = list(httpx_logger.filters)
    for flt in saved:
        httpx_logger.removeFilter(flt)
    try:
        async with client():
            pass
        assert httpx_logger.filters == []  # constructing a client changes no logger
    finally:
        for flt in saved:
            httpx_logger.addFilter(flt)
