"""session.py + token_store.py: creation, single-flight, Oslo-midnight refresh, fallback, errors."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import anyio
import httpx
import pytest
import respx

from tripletex_async.clock import OSLO, ManualClock, session_expiry
from tripletex_async.config import ClientConfig
from tripletex_async.errors import (
    AuthenticationError,
    ConfigurationError,
    ServerError,
    SessionCreationError,
)
from tripletex_async.session import SessionManager
from tripletex_async.token_store import MemoryTokenStore, SessionToken, token_store_key
from tripletex_async.transport import RetryPolicy, RetryTransport

pytestmark = pytest.mark.anyio

TEST_BASE = "https://api-test.tripletex.tech/v2"
PROD_BASE = "https://tripletex.no/v2"
CONSUMER = "test-consumer-TOKEN-c0ffee"
EMPLOYEE = "test-employee-TOKEN-beef42"
CREATE = "/token/session/:create"

SessionBody = Callable[..., dict[str, Any]]


def oslo(*args: int) -> datetime:
    return datetime(*args, tzinfo=OSLO).astimezone(UTC)  # type: ignore[arg-type, misc]


def sess(n: int) -> str:
    """The n-th session token handed out by SessionServer."""
    return f"session-{n}"


class SessionServer:
    """respx side effect answering session creation with session-1, session-2, ..."""

    def __init__(self, session_body: SessionBody, *, delay: float = 0.0, status: int = 201) -> None:
        self.session_body = session_body
        self.delay = delay
        self.status = status
        self.count = 0
        self.requests: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.delay:
            await anyio.sleep(self.delay)
        self.count += 1
        if request.method == "PUT":
            exp = request.url.params["expirationDate"]
        else:
            exp = json.loads(request.content)["expirationDate"]
        return httpx.Response(
            self.status, json=self.session_body(f"session-{self.count}", date.fromisoformat(exp), self.count)
        )


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=TEST_BASE, assert_all_called=False) as mock:
        yield mock


def manager(
    http: httpx.AsyncClient,
    clock: ManualClock,
    *,
    margin: timedelta = timedelta(minutes=5),
    store: MemoryTokenStore | None = None,
    consumer: str = CONSUMER,
    employee: str = EMPLOYEE,
    validity_days: int = 1,
    allow_put_fallback: bool = False,
) -> SessionManager:
    config = ClientConfig(
        consumer,
        employee,
        base_url=str(http.base_url),
        refresh_margin=margin,
        validity_days=validity_days,
        session_put_fallback=allow_put_fallback,
        check_environment=False,  # the guard is ClientConfig's (test_core_tokens); here: the hints
    )
    return SessionManager(http, config, store=store, clock=clock)


async def test_creates_session_with_post_json(router: respx.MockRouter, session_body: SessionBody) -> None:
    server = SessionServer(session_body)
    route = router.post(CREATE).mock(side_effect=server)
    clock = ManualClock(oslo(2024, 5, 10, 12, 0))
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        mgr = manager(http, clock)
        token = await mgr.get_token()
        again = await mgr.get_token()
    assert route.call_count == 1 and mgr.creations == 1
    assert token is again
    assert token.token == sess(1)
    assert token.expiration_date == date(2024, 5, 11)
    assert token.expires_at == oslo(2024, 5, 12, 0, 0)
    request = server.requests[0]
    assert request.url.path == "/v2/token/session/:create"
    assert "authorization" not in request.headers
    assert json.loads(request.content) == {
        "consumerToken": CONSUMER,
        "employeeToken": EMPLOYEE,
        "expirationDate": "2024-05-11",
    }


async def test_expiration_date_is_oslo_today_plus_validity(
    router: respx.MockRouter, session_body: SessionBody
) -> None:
    server = SessionServer(session_body)
    router.post(CREATE).mock(side_effect=server)
    clock = ManualClock(datetime(2024, 5, 10, 22, 30, tzinfo=UTC))  # 00:30 on the 11th in Oslo
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        token = await manager(http, clock, validity_days=3).get_token()
    assert token.expiration_date == date(2024, 5, 14)


async def test_midnight_oslo_rollover_with_margin(
    router: respx.MockRouter, session_body: SessionBody
) -> None:
    router.post(CREATE).mock(side_effect=SessionServer(session_body))
    clock = ManualClock(oslo(2024, 5, 10, 12, 0))
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        mgr = manager(http, clock, margin=timedelta(minutes=5))
        first = await mgr.get_token()  # expirationDate 2024-05-11 -> dies 2024-05-12 00:00 Oslo
        clock.set(oslo(2024, 5, 11, 23, 54, 59))
        assert await mgr.get_token() is first
        clock.set(oslo(2024, 5, 11, 23, 59))  # 23:59 Oslo on the expiration date: inside the margin
        second = await mgr.get_token()
    assert second.token == sess(2)
    assert mgr.creations == 2
    assert second.expires_at == oslo(2024, 5, 13, 0, 0)


async def test_midnight_oslo_rollover_without_margin(
    router: respx.MockRouter, session_body: SessionBody
) -> None:
    router.post(CREATE).mock(side_effect=SessionServer(session_body))
    clock = ManualClock(oslo(2024, 1, 10, 9, 0))
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        mgr = manager(http, clock, margin=timedelta(0))
        first = await mgr.get_token()
        clock.set(oslo(2024, 1, 11, 23, 59, 59, 999_000))
        assert await mgr.get_token() is first
        clock.set(oslo(2024, 1, 12, 0, 0))  # midnight Oslo: dead
        assert (await mgr.get_token()).token == sess(2)


@pytest.mark.parametrize(
    ("created", "expires_utc", "still_ok", "refresh"),
    [
        # spring forward (31 March 2024): expirationDate 2024-03-31 dies 2024-04-01 00:00 CEST
        (
            oslo(2024, 3, 30, 10),
            datetime(2024, 3, 31, 22, 0, tzinfo=UTC),
            datetime(2024, 3, 31, 21, 54, 59, tzinfo=UTC),
            datetime(2024, 3, 31, 21, 55, tzinfo=UTC),
        ),
        # fall back (27 October 2024): expirationDate 2024-10-27 dies 2024-10-28 00:00 CET
        (
            oslo(2024, 10, 26, 10),
            datetime(2024, 10, 27, 23, 0, tzinfo=UTC),
            datetime(2024, 10, 27, 22, 54, 59, tzinfo=UTC),
            datetime(2024, 10, 27, 22, 56, tzinfo=UTC),
        ),
    ],
)
async def test_dst_expiry(
    router: respx.MockRouter,
    session_body: SessionBody,
    created: datetime,
    expires_utc: datetime,
    still_ok: datetime,
    refresh: datetime,
) -> None:
    router.post(CREATE).mock(side_effect=SessionServer(session_body))
    clock = ManualClock(created)
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        mgr = manager(http, clock)
        first = await mgr.get_token()
        assert first.expires_at == expires_utc
        clock.set(still_ok)
        assert await mgr.get_token() is first
        clock.set(refresh)
        assert (await mgr.get_token()).token == sess(2)


async def test_thousand_concurrent_first_calls_create_one_session(
    router: respx.MockRouter, session_body: SessionBody
) -> None:
    server = SessionServer(session_body, delay=0.02)
    route = router.post(CREATE).mock(side_effect=server)
    clock = ManualClock(oslo(2024, 5, 10, 12, 0))
    results: list[SessionToken] = []
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        mgr = manager(http, clock)

        async def call() -> None:
            results.append(await mgr.get_token())

        async with anyio.create_task_group() as tg:
            for _ in range(1000):
                tg.start_soon(call)
    assert len(results) == 1000
    assert {t.token for t in results} == {"session-1"}
    assert route.call_count == 1
    assert mgr.creations == 1


@pytest.mark.parametrize("post_status", [404, 405])
async def test_post_falls_back_to_put_only_when_enabled(
    router: respx.MockRouter, session_body: SessionBody, post_status: int
) -> None:
    """Issue 13 point 7: on main any 404/405 (a proxy, a WAF, a wrong base URL) moved both tokens
    into the query string of a PUT; now that takes ``allow_put_fallback=True``."""
    post = router.post(CREATE).mock(return_value=httpx.Response(post_status))
    server = SessionServer(session_body, status=200)
    put = router.put(CREATE).mock(side_effect=server)
    clock = ManualClock(oslo(2024, 5, 10, 12, 0))
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        with pytest.raises(SessionCreationError, match=r"PUT fallback.* is off") as refused:
            await manager(http, clock).get_token()
        assert put.call_count == 0 and refused.value.status == post_status
        for text in (str(refused.value), repr(refused.value)):
            assert CONSUMER not in text and EMPLOYEE not in text
        mgr = manager(http, clock, allow_put_fallback=True)
        token = await mgr.get_token()
    assert post.call_count == 2 and put.call_count == 1
    assert token.token == sess(1)
    assert mgr.used_put_fallback
    params = server.requests[0].url.params
    assert params["consumerToken"] == CONSUMER
    assert params["employeeToken"] == EMPLOYEE
    assert params["expirationDate"] == "2024-05-11"


async def test_no_put_fallback_on_401(router: respx.MockRouter) -> None:
    router.post(CREATE).mock(
        return_value=httpx.Response(
            401,
            json={"status": 401, "code": 3000, "message": "Unauthorized", "requestId": "r-1"},
        )
    )
    put = router.put(CREATE).mock(return_value=httpx.Response(500))
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        mgr = manager(http, ManualClock(oslo(2024, 5, 10, 12)))
        with pytest.raises(SessionCreationError) as info:
            await mgr.get_token()
    err = info.value
    assert isinstance(err, AuthenticationError)
    assert put.call_count == 0
    assert err.status == 401 and err.code == 3000 and err.request_id == "r-1"
    text = str(err)
    assert "consumer token or employee token" in text
    assert "Unauthorized" in text
    assert CONSUMER not in text and EMPLOYEE not in text and CONSUMER not in repr(err)


async def test_422_on_session_create(router: respx.MockRouter) -> None:
    body = {
        "status": 422,
        "code": 18000,
        "message": "Validering feilet.",
        "validationMessages": [{"field": "employeeToken", "message": f"Ugyldig token {EMPLOYEE}"}],
        "requestId": "r-2",
    }
    router.post(CREATE).mock(return_value=httpx.Response(422, json=body))
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        with pytest.raises(SessionCreationError) as info:
            await manager(http, ManualClock(oslo(2024, 5, 10, 12))).get_token()
    err = info.value
    assert err.status == 422
    assert "malformed or mismatched consumer/employee token" in str(err)
    # the server echoed the employee token: it must be scrubbed everywhere
    assert EMPLOYEE not in str(err) and EMPLOYEE not in repr(err) and EMPLOYEE not in err.raw_body
    assert "employeeToken: Ugyldig token ***" in str(err)


async def test_hint_test_tokens_against_production(session_body: SessionBody) -> None:
    with respx.mock(base_url=PROD_BASE) as mock:
        mock.post(CREATE).mock(return_value=httpx.Response(401, json={"status": 401, "code": 3000}))
        async with httpx.AsyncClient(base_url=PROD_BASE) as http:
            with pytest.raises(SessionCreationError) as info:
                await manager(http, ManualClock(oslo(2024, 5, 10, 12))).get_token()
    assert "points at the production environment" in str(info.value)
    assert "look(s) like test token(s)" in str(info.value)


async def test_hint_production_tokens_against_test(router: respx.MockRouter) -> None:
    router.post(CREATE).mock(return_value=httpx.Response(401, text=""))
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        wrapped = base64.b64encode(b'{"tokenId": 3, "token": "prod-consumer-xyz"}').decode()
        mgr = manager(http, ManualClock(oslo(2024, 5, 10, 12)), consumer=wrapped)
        with pytest.raises(SessionCreationError) as info:
            await mgr.get_token()
    assert "test environment" in str(info.value) and "consumer token" in str(info.value)
    assert "prod-consumer-xyz" not in str(info.value) and wrapped not in str(info.value)


async def test_server_error_is_a_session_error_without_credential_advice(router: respx.MockRouter) -> None:
    router.post(CREATE).mock(
        return_value=httpx.Response(
            500, json={"status": 500, "code": 1000}, headers={"x-tlx-request-id": "req-500"}
        )
    )
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        with pytest.raises(SessionCreationError) as info:
            await manager(http, ManualClock(oslo(2024, 5, 10, 12))).get_token()
    err = info.value
    assert isinstance(err.__cause__, ServerError) and err.__cause__.status == 500
    assert err.status == 500 and err.request_id == "req-500"
    assert "session" in str(err) and "HTTP 500" in str(err) and "try again later" in str(err)
    assert "token" not in err.hint.replace("session request", "")  # no advice about the tokens


async def test_failure_is_shared_by_queued_callers(router: respx.MockRouter) -> None:
    async def refuse(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(0.02)
        return httpx.Response(401, json={"status": 401, "code": 3000, "message": "nope"})

    route = router.post(CREATE).mock(side_effect=refuse)
    errors: list[BaseException] = []
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        mgr = manager(http, ManualClock(oslo(2024, 5, 10, 12)))

        async def call() -> None:
            try:
                await mgr.get_token()
            except SessionCreationError as exc:
                errors.append(exc)

        async with anyio.create_task_group() as tg:
            for _ in range(50):
                tg.start_soon(call)
        assert route.call_count == 1
        assert len(errors) == 50
        with pytest.raises(SessionCreationError):  # a later call tries again
            await mgr.get_token()
        assert route.call_count == 2


async def test_invalidate_drops_only_the_current_token(
    router: respx.MockRouter, session_body: SessionBody
) -> None:
    router.post(CREATE).mock(side_effect=SessionServer(session_body))
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        mgr = manager(http, ManualClock(oslo(2024, 5, 10, 12)))
        first = await mgr.get_token()
        await mgr.invalidate(first)
        second = await mgr.get_token()
        assert second.token == sess(2)
        await mgr.invalidate(first)  # stale: no effect
        assert await mgr.get_token() is second
        assert mgr.creations == 2


async def test_concurrent_invalidations_cause_one_refresh(
    router: respx.MockRouter, session_body: SessionBody
) -> None:
    router.post(CREATE).mock(side_effect=SessionServer(session_body, delay=0.01))
    seen: set[str] = set()
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        mgr = manager(http, ManualClock(oslo(2024, 5, 10, 12)))
        first = await mgr.get_token()

        async def on_401() -> None:
            await mgr.invalidate(first)
            seen.add((await mgr.get_token()).token)

        async with anyio.create_task_group() as tg:
            for _ in range(100):
                tg.start_soon(on_401)
    assert seen == {"session-2"}
    assert mgr.creations == 2


async def test_shared_store_and_expired_stored_token(
    router: respx.MockRouter, session_body: SessionBody
) -> None:
    route = router.post(CREATE).mock(side_effect=SessionServer(session_body))
    store = MemoryTokenStore()
    clock = ManualClock(oslo(2024, 5, 10, 12))
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        one = manager(http, clock, store=store)
        two = manager(http, clock, store=store)
        assert one.store_key == two.store_key
        token = await one.get_token()
        assert await two.get_token() == token
        assert route.call_count == 1
        # An expired token left in the store is ignored.
        await store.set(one.store_key, SessionToken("old", expires_at=clock.now() - timedelta(seconds=1)))
        three = manager(http, clock, store=store)
        assert (await three.get_token()).token == sess(2)
    assert len(store) == 1


def test_store_key_contains_no_token() -> None:
    key = token_store_key(TEST_BASE, CONSUMER, EMPLOYEE)
    assert CONSUMER not in key and EMPLOYEE not in key
    assert key != token_store_key(PROD_BASE, CONSUMER, EMPLOYEE)
    assert key != token_store_key(TEST_BASE, CONSUMER, EMPLOYEE + "x")


def test_session_token_repr_masks_token() -> None:
    tok = SessionToken("super-secret-session", expires_at=session_expiry(date(2024, 5, 11)), company_id=7)
    assert "super-secret-session" not in repr(tok)
    assert "super-secret-session" not in str(tok)
    assert "***" in repr(tok)
    assert SessionToken.from_dict(tok.to_dict()) == tok
    with pytest.raises(ConfigurationError):
        SessionToken("x", expires_at=datetime(2024, 1, 1))


async def test_revoke(router: respx.MockRouter, session_body: SessionBody) -> None:
    router.post(CREATE).mock(side_effect=SessionServer(session_body))
    delete = router.delete(url__regex=r".*/token/session/.+").mock(return_value=httpx.Response(204))
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        mgr = manager(http, ManualClock(oslo(2024, 5, 10, 12)))
        assert await mgr.revoke() is False  # nothing to revoke
        await mgr.get_token()
        assert await mgr.revoke() is True
        request = delete.calls.last.request
        assert request.url.path == "/v2/token/session/session-1"
        expected = "Basic " + base64.b64encode(b"0:session-1").decode()
        assert request.headers["authorization"] == expected
        assert mgr.current is None
        assert (await mgr.get_token()).token == sess(2)
        delete.mock(return_value=httpx.Response(404))
        assert await mgr.revoke() is False


async def test_unexpected_success_bodies(router: respx.MockRouter, session_body: SessionBody) -> None:
    route = router.post(CREATE).mock(return_value=httpx.Response(201, json={"value": {"id": 1}}))
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        mgr = manager(http, ManualClock(oslo(2024, 5, 10, 12)))
        with pytest.raises(SessionCreationError, match="without a token"):
            await mgr.get_token()
        route.mock(return_value=httpx.Response(201, text="<html>hi</html>"))
        with pytest.raises(SessionCreationError, match="without a token") as caught:
            await mgr.get_token()
        assert "HTML page" in str(caught.value) and "the base URL looks wrong" in str(caught.value)
        # the server hands back a session that has already expired
        route.mock(return_value=httpx.Response(201, json=session_body("tok", date(2024, 5, 1))))
        with pytest.raises(SessionCreationError, match="already expired"):
            await mgr.get_token()


async def test_client_auth_is_not_sent_on_session_requests(
    router: respx.MockRouter, session_body: SessionBody
) -> None:
    server = SessionServer(session_body)
    router.post(CREATE).mock(side_effect=server)
    async with httpx.AsyncClient(base_url=TEST_BASE, auth=("someone", "else")) as http:
        await manager(http, ManualClock(oslo(2024, 5, 10, 12))).get_token()
    assert "authorization" not in server.requests[0].headers


async def test_session_post_is_retried_after_network_errors(
    router: respx.MockRouter, session_body: SessionBody
) -> None:
    ok = httpx.Response(201, json=session_body(sess(1), date(2024, 5, 11)))
    route = router.post(CREATE).mock(side_effect=[httpx.ReadError("reset"), httpx.ReadTimeout("slow"), ok])
    transport = RetryTransport(policy=RetryPolicy.no_delay())
    async with httpx.AsyncClient(base_url=TEST_BASE, transport=transport) as http:
        token = await manager(http, ManualClock(oslo(2024, 5, 10, 12))).get_token()
    assert token.token == sess(1)
    assert route.call_count == 3


async def test_manager_takes_the_validated_config() -> None:
    """Tokens, margin and validity are validated once, by ClientConfig (test_core_config); the manager
    uses the config's cleaned tokens, its margin and validity, and its session key."""
    async with httpx.AsyncClient(base_url=TEST_BASE) as http:
        config = ClientConfig(
            f"  {CONSUMER}\n",
            EMPLOYEE,
            base_url=TEST_BASE,
            refresh_margin=timedelta(minutes=9),
            validity_days=3,
        )
        mgr = SessionManager(http, config)
        assert mgr.secrets()[:2] == (CONSUMER, EMPLOYEE)
        assert (mgr.refresh_margin, mgr.validity_days) == (timedelta(minutes=9), 3)
        assert mgr.store_key == config.session_key
        assert CONSUMER not in repr(mgr) and EMPLOYEE not in repr(mgr)
