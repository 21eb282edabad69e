"""auth.py: Basic <company>:<session token>, 401 -> refresh -> retry, company switching."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import anyio
import httpx
import pytest
import respx

from tripletex_async.auth import MAX_SESSION_REFRESHES, SessionAuth, basic_auth_header
from tripletex_async.client import TripletexClient
from tripletex_async.clock import ManualClock
from tripletex_async.config import ClientConfig
from tripletex_async.errors import AuthenticationError, ConfigurationError, raise_for_status
from tripletex_async.session import SessionManager

pytestmark = pytest.mark.anyio

BASE = "https://api-test.tripletex.tech/v2"
CONSUMER = "test-consumer-TOKEN-c0ffee"
EMPLOYEE = "test-employee-TOKEN-beef42"
NOW = datetime(2024, 5, 10, 10, 0, tzinfo=UTC)


def decode(header: str) -> tuple[str, str]:
    user, _, password = base64.b64decode(header.removeprefix("Basic ")).decode().partition(":")
    return user, password


class Sessions:
    def __init__(self, delay: float = 0.0) -> None:
        self.count = 0
        self.delay = delay

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.delay:
            await anyio.sleep(self.delay)
        self.count += 1
        exp = json.loads(request.content)["expirationDate"]
        body: dict[str, Any] = {
            "value": {"id": self.count, "token": f"session-{self.count}", "expirationDate": exp}
        }
        return httpx.Response(201, json=body)


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        yield mock


CONFIG = ClientConfig(CONSUMER, EMPLOYEE, base_url=BASE)


def wire(http: httpx.AsyncClient, company_id: int = 0) -> SessionAuth:
    mgr = SessionManager(http, CONFIG, clock=ManualClock(NOW))
    auth = SessionAuth(mgr, company_id=company_id)
    http.auth = auth
    return auth


def test_basic_auth_header() -> None:
    assert basic_auth_header(0, "abc") == "Basic " + base64.b64encode(b"0:abc").decode()
    assert decode(basic_auth_header(123, "t:with:colons")) == ("123", "t:with:colons")


async def test_sets_basic_auth_with_company_and_token(router: respx.MockRouter) -> None:
    sessions = Sessions()
    router.post("/token/session/:create").mock(side_effect=sessions)
    route = router.get("/employee").mock(return_value=httpx.Response(200, json={"values": []}))
    async with httpx.AsyncClient(base_url=BASE) as http:
        auth = wire(http)
        assert (await http.get("/employee")).status_code == 200
        client_auth = auth.with_company(4321)
        assert client_auth.manager is auth.manager
        assert (await http.get("/employee", auth=client_auth)).status_code == 200
    first, second = (call.request.headers["authorization"] for call in route.calls)
    assert decode(first) == ("0", "session-1")
    assert decode(second) == ("4321", "session-1")
    assert sessions.count == 1


async def test_401_refreshes_and_retries_once(router: respx.MockRouter) -> None:
    sessions = Sessions()
    router.post("/token/session/:create").mock(side_effect=sessions)
    route = router.post("/customer").mock(
        side_effect=[httpx.Response(401, json={"status": 401, "code": 3000}), httpx.Response(201, json={})]
    )
    async with httpx.AsyncClient(base_url=BASE) as http:
        auth = wire(http)
        response = await http.post("/customer", json={"name": "Acme"})
    assert response.status_code == 201
    assert route.call_count == 2
    tokens = [decode(c.request.headers["authorization"])[1] for c in route.calls]
    assert tokens == ["session-1", "session-2"]
    assert [json.loads(c.request.content) for c in route.calls] == [{"name": "Acme"}] * 2
    assert auth.manager.creations == 2


async def test_second_401_is_returned_and_raises(router: respx.MockRouter) -> None:
    sessions = Sessions()
    router.post("/token/session/:create").mock(side_effect=sessions)
    route = router.get("/employee").mock(
        return_value=httpx.Response(401, json={"status": 401, "code": 3000, "message": "Unauthorized"})
    )
    async with httpx.AsyncClient(base_url=BASE) as http:
        wire(http)
        response = await http.get("/employee")
    assert response.status_code == 401
    assert route.call_count == 2  # original + exactly one retry
    assert sessions.count == 2
    with pytest.raises(AuthenticationError) as info:
        raise_for_status(response)
    assert info.value.code == 3000


async def test_concurrent_401s_cause_one_refresh(router: respx.MockRouter) -> None:
    sessions = Sessions(delay=0.01)
    router.post("/token/session/:create").mock(side_effect=sessions)

    async def api(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(0.001)
        _, token = decode(request.headers["authorization"])
        stale = token.endswith("-1")
        return httpx.Response(401 if stale else 200, json={})

    router.get("/employee").mock(side_effect=api)
    statuses: list[int] = []
    async with httpx.AsyncClient(base_url=BASE) as http:
        auth = wire(http)
        await auth.manager.get_token()  # everyone starts with session-1

        async def call() -> None:
            statuses.append((await http.get("/employee")).status_code)

        async with anyio.create_task_group() as tg:
            for _ in range(50):
                tg.start_soon(call)
    assert statuses == [200] * 50
    assert sessions.count == 2


async def test_a_session_revoked_again_before_the_retry_is_refreshed_again(router: respx.MockRouter) -> None:
    """Two requests lose session-1 together; session-2 serves one of them and is then revoked (as by
    another process or a per-session limit) before the other's retry lands: that retry, a 401 on a
    session that had worked, earns another refresh instead of failing."""
    sessions = Sessions(delay=0.01)
    router.post("/token/session/:create").mock(side_effect=sessions)
    seen: list[str] = []

    async def api(request: httpx.Request) -> httpx.Response:
        _, token = decode(request.headers["authorization"])
        seen.append(token)
        if token == "session-2" and seen.count("session-2") > 1:
            await anyio.sleep(0.05)  # answered after the first session-2 request has succeeded
            return httpx.Response(401, json={"status": 401, "code": 3000})
        return httpx.Response(401 if token == "session-1" else 200, json={})

    router.get("/employee").mock(side_effect=api)
    statuses: list[int] = []
    async with httpx.AsyncClient(base_url=BASE) as http:
        auth = wire(http)
        await auth.manager.get_token()

        async def call() -> None:
            statuses.append((await http.get("/employee")).status_code)

        async with anyio.create_task_group() as tg:
            tg.start_soon(call)
            tg.start_soon(call)
    assert statuses == [200, 200]
    assert sorted(seen) == ["session-1", "session-1", "session-2", "session-2", "session-3"]
    assert sessions.count == 3


async def test_a_fresh_session_revoked_before_serving_this_company_is_refreshed_again(
    router: respx.MockRouter,
) -> None:
    """Fleet case: company 42 has never answered in this process. Its request loses session-1, the
    refresh makes session-2, which serves company 0 and is then revoked (other workers used up its
    request budget) before the company-42 retry lands. That 401 is on a session that worked, so it
    was revoked, not refused: another refresh, and the request succeeds."""
    sessions = Sessions()
    router.post("/token/session/:create").mock(side_effect=sessions)
    retry_waiting, zero_served = anyio.Event(), anyio.Event()

    async def api(request: httpx.Request) -> httpx.Response:
        company, token = decode(request.headers["authorization"])
        if token == "session-1":
            return httpx.Response(401, json={"status": 401, "code": 3000})
        if company == "42" and token == "session-2":
            retry_waiting.set()
            await zero_served.wait()  # session-2 answers company 0 first, then is revoked
            return httpx.Response(401, json={"status": 401, "code": 3000})
        return httpx.Response(200, json={})

    route = router.get("/employee").mock(side_effect=api)
    statuses: dict[str, int] = {}
    async with httpx.AsyncClient(base_url=BASE) as http:
        auth = wire(http)
        await auth.manager.get_token()  # session-1, about to be revoked

        async def company_42() -> None:
            statuses["42"] = (await http.get("/employee", auth=auth.with_company(42))).status_code

        async with anyio.create_task_group() as tg:
            tg.start_soon(company_42)
            await retry_waiting.wait()
            statuses["0"] = (await http.get("/employee")).status_code  # served by session-2
            zero_served.set()
    assert statuses == {"42": 200, "0": 200}
    tokens = [decode(c.request.headers["authorization"]) for c in route.calls]
    assert sorted(tokens) == [
        ("0", "session-2"),
        ("42", "session-1"),
        ("42", "session-2"),
        ("42", "session-3"),
    ]
    assert sessions.count == 3


async def test_refreshes_per_request_are_bounded(router: respx.MockRouter) -> None:
    """Every new session has worked (for other requests) by the time this one's retry fails with
    it: the request gives up after MAX_SESSION_REFRESHES refreshes instead of looping."""
    sessions = Sessions()
    router.post("/token/session/:create").mock(side_effect=sessions)
    route = router.get("/employee").mock(return_value=httpx.Response(401, json={"status": 401, "code": 3000}))
    async with httpx.AsyncClient(base_url=BASE) as http:
        manager = wire(http).manager
        real_get = manager.get_token

        async def get_token() -> Any:
            token = await real_get()
            manager.mark_working(token, 0)  # as if another request had just succeeded with it
            return token

        manager.get_token = get_token  # type: ignore[method-assign]
        response = await http.get("/employee")
    assert response.status_code == 401
    assert route.call_count == 1 + MAX_SESSION_REFRESHES
    tokens = [decode(c.request.headers["authorization"])[1] for c in route.calls]
    assert tokens == [f"session-{n}" for n in range(1, 2 + MAX_SESSION_REFRESHES)]


async def test_a_401_from_a_session_that_worked_elsewhere_is_not_retried_forever_per_company(
    router: respx.MockRouter,
) -> None:
    """A session that works for company 0 but gets 401 for company 77 (no access): one refresh, then
    the 401 on the fresh session (which never worked for 77) is returned."""
    sessions = Sessions()
    router.post("/token/session/:create").mock(side_effect=sessions)

    async def api(request: httpx.Request) -> httpx.Response:
        user, _ = decode(request.headers["authorization"])
        return httpx.Response(401 if user == "77" else 200, json={"status": 401, "code": 3000})

    route = router.get("/employee").mock(side_effect=api)
    async with httpx.AsyncClient(base_url=BASE) as http:
        auth = wire(http)
        assert (await http.get("/employee")).status_code == 200  # session-1 works for company 0
        other = auth.with_company(77)
        response = await http.get("/employee", auth=other)
        again = await http.get("/employee")  # company 0 still fine on the fresh session
    assert response.status_code == 401
    assert again.status_code == 200
    assert route.call_count == 4  # company 0, company 77 twice (session-1, session-2), company 0
    assert sessions.count == 2


def test_sync_client_is_rejected() -> None:
    mgr = SessionManager(httpx.AsyncClient(base_url=BASE), CONFIG)
    with (
        respx.mock(base_url=BASE, assert_all_called=False),
        httpx.Client(base_url=BASE, auth=SessionAuth(mgr)) as client,
        pytest.raises(ConfigurationError, match="async-only"),
    ):
        client.get("/employee")


@pytest.mark.anyio
async def test_company_id_is_checked_by_the_one_validator() -> None:
    """A company id is checked where it enters (ClientConfig, as_company) by the one validator: a
    view with a bad id raises the same ConfigurationError, with the same message, as the config."""
    async with TripletexClient(config=CONFIG) as tx:
        for bad in (-1, True, "5", 1.0):
            with pytest.raises(ConfigurationError) as from_config:
                ClientConfig(CONSUMER, EMPLOYEE, base_url=BASE, company_id=bad)  # type: ignore[arg-type]
            with pytest.raises(ConfigurationError) as from_view:
                tx.as_company(bad)  # type: ignore[arg-type]
            assert str(from_view.value) == str(from_config.value)
            assert str(from_config.value).startswith("company_id must be an integer >= 0")
        assert tx.as_company(12).company_id == 12
        assert repr(SessionAuth(tx.sessions, 12)) == "SessionAuth(company_id=12)"


async def test_expired_token_is_refreshed_before_sending(router: respx.MockRouter) -> None:
    router.post("/token/session/:create").mock(side_effect=Sessions())
    route = router.get("/employee").mock(return_value=httpx.Response(200, json={}))
    clock = ManualClock(NOW)
    async with httpx.AsyncClient(base_url=BASE) as http:
        mgr = SessionManager(http, CONFIG, clock=clock)
        http.auth = SessionAuth(mgr)
        await http.get("/employee")
        first_session = mgr.current
        assert first_session is not None and first_session.expiration_date == date(2024, 5, 11)
        clock.set(first_session.expires_at)
        await http.get("/employee")
    tokens = [decode(c.request.headers["authorization"])[1] for c in route.calls]
    assert tokens == ["session-1", "session-2"]
