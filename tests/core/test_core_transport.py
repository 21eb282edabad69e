"""transport.py: retry rules per method, backoff bounds, 429 handling, in-flight cap, logging."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
import respx

from tests.support.virtual_clock import backend_options
from tripletex_async.errors import RateLimitError, TransportError, error_from_response
from tripletex_async.rate_headers import RateLimitSnapshot
from tripletex_async.transport import (
    RETRY_DISABLED_EXTENSION,
    RETRY_UNSAFE_EXTENSION,
    RetryPolicy,
    RetryTransport,
)

BASE = "https://api-test.tripletex.tech/v2"


class FakeTime:
    """Virtual monotonic clock; ``sleep`` advances it and yields to other tasks."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(0.0, seconds)
        await anyio.lowlevel.checkpoint()


@pytest.fixture
def ft() -> FakeTime:
    return FakeTime()


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        yield mock


def transport(ft: FakeTime, policy: RetryPolicy | None = None, **kwargs: Any) -> RetryTransport:
    return RetryTransport(
        policy=policy or RetryPolicy(),
        sleep=ft.sleep,
        monotonic=ft.monotonic,
        rng=random.Random(3),
        **kwargs,
    )


def client(t: httpx.AsyncBaseTransport) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=BASE, transport=t)


# --- status-based retries ---------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("method", "status", "opt_in", "expected_calls"),
    [
        ("GET", 503, False, 2),
        ("GET", 502, False, 2),
        ("GET", 504, False, 2),
        ("GET", 500, False, 2),
        ("HEAD", 500, False, 2),
        ("POST", 500, False, 1),
        ("POST", 503, False, 1),
        ("PUT", 502, False, 1),
        ("DELETE", 504, False, 1),
        ("POST", 503, True, 2),
        ("PUT", 500, True, 2),
        ("GET", 400, False, 1),
        ("GET", 401, False, 1),
        ("GET", 403, False, 1),
        ("GET", 404, False, 1),
        ("GET", 409, False, 1),
        ("GET", 422, False, 1),
        ("POST", 422, True, 1),
    ],
)
async def test_status_retry_rules(
    router: respx.MockRouter, ft: FakeTime, method: str, status: int, opt_in: bool, expected_calls: int
) -> None:
    route = router.route(method=method, path="/thing").mock(
        side_effect=[httpx.Response(status), httpx.Response(200)]
    )
    t = transport(ft)
    extensions = {RETRY_UNSAFE_EXTENSION: True} if opt_in else {}
    async with client(t) as http:
        response = await http.request(method, "/thing", extensions=extensions)
    assert route.call_count == expected_calls
    assert response.status_code == (200 if expected_calls == 2 else status)
    assert t.stats.retries == expected_calls - 1
    assert t.stats.requests == 1 and t.stats.attempts == expected_calls


@pytest.mark.anyio
async def test_retries_are_bounded_and_backoff_grows(router: respx.MockRouter, ft: FakeTime) -> None:
    route = router.get("/thing").mock(return_value=httpx.Response(503))
    t = transport(ft, RetryPolicy(max_retries=3, base_delay=0.5, max_delay=8.0, max_total_time=100))
    async with client(t) as http:
        response = await http.get("/thing")
    assert response.status_code == 503
    assert route.call_count == 4
    assert len(ft.sleeps) == 3
    for delay, cap in zip(ft.sleeps, [0.5, 1.0, 2.0], strict=True):
        assert cap * 0.5 <= delay <= cap
    assert isinstance(error_from_response(response), Exception)


@pytest.mark.anyio
async def test_total_retry_time_is_bounded(router: respx.MockRouter, ft: FakeTime) -> None:
    route = router.get("/thing").mock(return_value=httpx.Response(503))
    policy = RetryPolicy(max_retries=10, base_delay=1.0, max_delay=100, jitter=False, max_total_time=2.5)
    async with client(transport(ft, policy)) as http:
        await http.get("/thing")
    assert ft.sleeps == [1.0]  # the next 2 s delay would end after 2.5 s
    assert route.call_count == 2


@pytest.mark.anyio
async def test_retry_can_be_disabled_per_request(router: respx.MockRouter, ft: FakeTime) -> None:
    route = router.get("/thing").mock(return_value=httpx.Response(503))
    async with client(transport(ft)) as http:
        await http.get("/thing", extensions={RETRY_DISABLED_EXTENSION: False})
    assert route.call_count == 1


# --- network errors ---------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("method", "exc", "opt_in", "retried"),
    [
        ("GET", httpx.ConnectError, False, True),
        ("GET", httpx.ReadError, False, True),
        ("GET", httpx.ReadTimeout, False, True),
        ("GET", httpx.RemoteProtocolError, False, True),
        ("GET", httpx.WriteError, False, True),
        ("POST", httpx.ConnectError, False, True),
        ("POST", httpx.ConnectTimeout, False, True),
        ("PUT", httpx.PoolTimeout, False, True),
        ("DELETE", httpx.ConnectError, False, True),
        ("POST", httpx.ReadError, False, False),
        ("POST", httpx.ReadTimeout, False, False),
        ("PUT", httpx.RemoteProtocolError, False, False),
        ("DELETE", httpx.WriteError, False, False),
        ("POST", httpx.WriteTimeout, False, False),
        ("POST", httpx.ReadError, True, True),
    ],
)
async def test_transport_error_retry_rules(
    router: respx.MockRouter,
    ft: FakeTime,
    method: str,
    exc: type[httpx.TransportError],
    opt_in: bool,
    retried: bool,
) -> None:
    route = router.route(method=method, path="/thing").mock(side_effect=[exc("boom"), httpx.Response(200)])
    t = transport(ft)
    extensions = {RETRY_UNSAFE_EXTENSION: True} if opt_in else {}
    async with client(t) as http:
        if retried:
            response = await http.request(method, "/thing", extensions=extensions)
            assert response.status_code == 200
            assert route.call_count == 2
        else:
            with pytest.raises(TransportError) as info:
                await http.request(method, "/thing", extensions=extensions)
            assert route.call_count == 1
            assert isinstance(info.value.__cause__, exc)
            assert info.value.attempts == 1
            assert info.value.method == method
    assert t.stats.transport_errors == 1


@pytest.mark.anyio
async def test_persistent_network_failure_raises_transport_error(
    router: respx.MockRouter, ft: FakeTime
) -> None:
    route = router.get("/thing").mock(side_effect=httpx.ConnectError("refused"))
    t = transport(ft, RetryPolicy(max_retries=2))
    async with client(t) as http:
        with pytest.raises(TransportError) as info:
            await http.get("/thing", params={"token": "SECRET-QUERY", "id": "5"})
    assert route.call_count == 3
    err = info.value
    assert err.attempts == 3
    assert "GET" in str(err) and "/v2/thing" in str(err) and "ConnectError" in str(err)
    assert "SECRET-QUERY" not in str(err) and "SECRET-QUERY" not in repr(err)
    assert t.stats.in_flight == 0


@pytest.mark.anyio
async def test_body_is_resent_on_retry(router: respx.MockRouter, ft: FakeTime) -> None:
    route = router.post("/thing").mock(side_effect=[httpx.ConnectError("x"), httpx.Response(201)])

    async def body() -> AsyncIterator[bytes]:
        yield b'{"name": '
        yield b'"Acme"}'

    async with client(transport(ft)) as http:
        response = await http.post("/thing", content=body())
    assert response.status_code == 201
    assert [c.request.content for c in route.calls] == [b'{"name": "Acme"}'] * 2


# --- 429 --------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_429_with_reset_waits_then_retries(router: respx.MockRouter, ft: FakeTime) -> None:
    route = router.post("/thing").mock(
        side_effect=[
            httpx.Response(429, headers={"X-Rate-Limit-Reset": "2", "X-Rate-Limit-Remaining": "0"}),
            httpx.Response(201),
        ]
    )
    t = transport(ft, RetryPolicy(base_delay=0.5))
    async with client(t) as http:
        response = await http.post("/thing", json={})
    assert response.status_code == 201
    assert route.call_count == 2
    assert sum(ft.sleeps) == pytest.approx(2.1)  # Reset + slack
    assert t.stats.rate_limited == 1 and t.stats.retries == 1


@pytest.mark.anyio
async def test_429_without_reset_backs_off(router: respx.MockRouter, ft: FakeTime) -> None:
    route = router.get("/thing").mock(
        side_effect=[httpx.Response(429), httpx.Response(429), httpx.Response(200)]
    )
    t = transport(ft, RetryPolicy(base_delay=1.0, max_delay=30.0))
    async with client(t) as http:
        response = await http.get("/thing")
    assert response.status_code == 200
    assert route.call_count == 3
    assert len(ft.sleeps) == 2
    assert 0.5 <= ft.sleeps[0] <= 1.0 + 0.1
    assert 1.0 <= ft.sleeps[1] <= 2.0 + 0.1
    assert t.stats.rate_limited == 2


@pytest.mark.anyio
async def test_429_with_long_reset_is_returned(router: respx.MockRouter, ft: FakeTime) -> None:
    route = router.get("/thing").mock(return_value=httpx.Response(429, headers={"X-Rate-Limit-Reset": "120"}))
    t = transport(ft, RetryPolicy(max_rate_limit_wait=60))
    async with client(t) as http:
        response = await http.get("/thing")
    assert route.call_count == 1
    assert ft.sleeps == []
    err = error_from_response(response)
    assert isinstance(err, RateLimitError) and err.retry_after == 120
    assert t.stats.rate_limited == 0


@pytest.mark.anyio
async def test_429_retries_are_bounded(router: respx.MockRouter, ft: FakeTime) -> None:
    route = router.get("/thing").mock(return_value=httpx.Response(429, headers={"X-Rate-Limit-Reset": "1"}))
    async with client(transport(ft, RetryPolicy(max_rate_limit_retries=3))) as http:
        response = await http.get("/thing")
    assert response.status_code == 429
    assert route.call_count == 4


@pytest.mark.anyio
async def test_spent_budget_delays_the_next_request(router: respx.MockRouter, ft: FakeTime) -> None:
    headers = {"X-Rate-Limit-Limit": "10", "X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": "3"}
    route = router.get("/thing").mock(return_value=httpx.Response(200, headers=headers))
    t = transport(ft, RetryPolicy.no_delay())
    async with client(t) as http:
        await http.get("/thing")
        assert ft.sleeps == []
        await http.get("/thing")
    assert ft.sleeps == [pytest.approx(3.0)]
    assert route.call_count == 2
    assert t.rate_limiter.snapshot().limit == 10


# --- concurrency ------------------------------------------------------------------------------


class _Body(httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"{}"


class CountingTransport(httpx.AsyncBaseTransport):
    def __init__(self, delay: float = 0.005) -> None:
        self.delay = delay
        self.active = 0
        self.peak = 0
        self.calls = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        self.active += 1
        self.peak = max(self.peak, self.active)
        try:
            await anyio.sleep(self.delay)
        finally:
            self.active -= 1
        return httpx.Response(200, stream=_Body())


@pytest.mark.anyio
async def test_in_flight_cap_is_respected() -> None:
    inner = CountingTransport()
    t = RetryTransport(inner, policy=RetryPolicy.no_delay(), max_in_flight=4)
    async with httpx.AsyncClient(base_url=BASE, transport=t) as http:

        async def call(i: int) -> None:
            response = await http.get(f"/thing/{i}")
            assert response.json() == {}

        async with anyio.create_task_group() as tg:
            for i in range(40):
                tg.start_soon(call, i)
    assert inner.calls == 40
    assert inner.peak == 4
    assert t.stats.max_in_flight_seen == 4
    assert t.stats.in_flight == 0


@pytest.mark.anyio
async def test_streamed_response_holds_its_slot_until_closed() -> None:
    t = RetryTransport(CountingTransport(0), policy=RetryPolicy.no_delay(), max_in_flight=1)
    async with httpx.AsyncClient(base_url=BASE, transport=t) as http:
        async with http.stream("GET", "/thing") as response:
            assert t.stats.in_flight == 1
            await response.aread()
        assert t.stats.in_flight == 0
        assert (await http.get("/thing")).status_code == 200  # slot is free again


# --- policy, logging, no blocking sleeps ------------------------------------------------------


def test_policy_validation_and_backoff_bounds() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=4.0)
    rng = random.Random(1)
    for n in range(1, 8):
        cap = min(4.0, 0.5 * 2 ** (n - 1))
        for _ in range(20):
            assert cap * 0.5 <= policy.backoff(n, rng) <= cap
    assert RetryPolicy.no_delay().backoff(5) == 0.0
    assert RetryPolicy.disabled().max_retries == 0
    with pytest.raises(ValueError, match=">= 0"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match=">= 0"):
        RetryPolicy(base_delay=-1)
    with pytest.raises(ValueError, match="max_in_flight"):
        RetryTransport(max_in_flight=0)


@pytest.mark.anyio
async def test_debug_log_line(
    router: respx.MockRouter, ft: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    router.get("/customer").mock(
        side_effect=[httpx.Response(503), httpx.Response(200, headers={"x-tlx-request-id": "rid-9"})]
    )
    with caplog.at_level(logging.DEBUG, logger="tripletex_async"):
        async with client(transport(ft)) as http:
            await http.get("/customer", params={"consumerToken": "SECRET-1", "fields": "id"})
    lines = [r.getMessage() for r in caplog.records if r.name == "tripletex_async.transport"]
    assert any("GET /v2/customer -> 503" in line and "attempt 1" in line for line in lines)
    done = [line for line in lines if "-> 200" in line]
    assert len(done) == 1
    assert "rid-9" in done[0] and "attempt 2" in done[0] and " ms " in done[0]
    assert "SECRET-1" not in caplog.text and "fields" not in caplog.text


CORE_MODULES = [
    "errors/__init__",
    "errors/base",
    "errors/api",
    "errors/responses",
    "clock",
    "token_store",
    "session",
    "auth",
    "ratelimit",
    "transport",
    "config",
]


def test_no_blocking_sleep_in_sources() -> None:
    root = Path(__file__).resolve().parents[2]
    files = [root / "tripletex_async" / f"{m}.py" for m in CORE_MODULES]
    files += sorted(Path(__file__).parent.glob("*.py"))
    needle = "time." + "sleep("
    for path in files:
        assert needle not in path.read_text(encoding="utf-8"), path


@pytest.mark.anyio
async def test_real_sleeping_never_blocks(router: respx.MockRouter, monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(_: float) -> None:
        raise AssertionError("blocking sleep called")

    monkeypatch.setattr(time, "sleep", forbidden)
    router.get("/thing").mock(
        side_effect=[
            httpx.Response(503),
            httpx.Response(429, headers={"X-Rate-Limit-Reset": "0.01"}),
            httpx.Response(200),
        ]
    )
    t = RetryTransport(policy=RetryPolicy(base_delay=0.01, max_delay=0.02))
    async with client(t) as http:
        assert (await http.get("/thing")).status_code == 200


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_max_total_time_counts_the_backoffs_on_the_loop_clock(backend: str) -> None:
    """One clock: the retry deadline is measured on the clock the backoffs sleep on (the event
    loop's; virtual here). On a virtual clock the sleeps take no real time, so a deadline on real
    time would never be reached and every retry would be spent (5 attempts)."""
    attempts = 0

    def always_503(request: httpx.Request) -> httpx.Response:
        nonlocal attempts
        attempts += 1
        return httpx.Response(503)

    async def main() -> tuple[int, float]:
        policy = RetryPolicy(base_delay=1.0, max_delay=1.5, max_total_time=3.5, jitter=False)
        t = RetryTransport(httpx.MockTransport(always_503), policy=policy)  # default sleep and clock
        started = anyio.current_time()
        async with client(t) as http:
            status = (await http.get("/thing")).status_code
        return status, anyio.current_time() - started

    name, options = backend_options(backend)
    status, took = anyio.run(main, backend=name, backend_options=options)
    assert status == 503
    assert attempts == 3  # backoffs 1 + 1.5 fit in 3.5 s; a third (1.5 s more) would not
    assert took == pytest.approx(2.5)


class _SlowGate:
    """A rate-limit gate whose first wait takes ``first`` seconds of the fake clock."""

    def __init__(self, ft: FakeTime, first: float) -> None:
        self.ft, self.first = ft, first

    async def wait_for_budget(self) -> float:
        waited, self.first = self.first, 0.0
        self.ft.now += waited
        return waited

    async def observe(self, response: httpx.Response) -> None:
        return None

    async def on_429(self, retry_after: float | None = None) -> float:
        return 0.0

    def snapshot(self) -> RateLimitSnapshot:
        return RateLimitSnapshot()


@pytest.mark.anyio
async def test_waiting_for_the_rate_budget_does_not_use_up_the_retry_time(ft: FakeTime) -> None:
    attempts = 0

    def drop_then_answer(request: httpx.Request) -> httpx.Response:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.")
        return httpx.Response(200)

    t = RetryTransport(
        httpx.MockTransport(drop_then_answer),
        policy=RetryPolicy(max_total_time=60.0, base_delay=0.5, jitter=False),
        rate_limiter=_SlowGate(ft, first=70.0),  # a minute and more behind the shared budget
        sleep=ft.sleep,
        monotonic=ft.monotonic,
    )
    async with client(t) as http:
        assert (await http.get("/thing")).status_code == 200  # the dropped GET was retried
    assert attempts == 2
