"""No token ever shows up in logs, exception texts or object reprs across representative flows."""

from __future__ import annotations

import base64
import dataclasses
import logging
from collections.abc import Iterator

import anyio
import httpx
import pytest
import respx

from tripletex_async.auth import SessionAuth
from tripletex_async.config import ClientConfig
from tripletex_async.errors import (
    APIError,
    AuthenticationError,
    RateLimitError,
    ServerError,
    SessionCreationError,
    TransportError,
    raise_for_status,
)
from tripletex_async.session import SessionManager
from tripletex_async.token_store import MemoryTokenStore
from tripletex_async.transport import RetryPolicy, RetryTransport

pytestmark = pytest.mark.anyio

CONSUMER = "test-CONSUMER-s3cr3t-0001"
EMPLOYEE = "test-EMPLOYEE-s3cr3t-0002"
SESSIONS = [f"SESSION-s3cr3t-{n:04d}" for n in range(1, 10)]
BASE = "https://api-test.tripletex.tech/v2"


def secrets() -> list[str]:
    out = [CONSUMER, EMPLOYEE, *SESSIONS]
    for company in (0, 123):
        for session in SESSIONS:
            out.append(base64.b64encode(f"{company}:{session}".encode()).decode())
    return out


class SessionIssuer:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        token = SESSIONS[self.count]
        self.count += 1
        exp = request.url.params["expirationDate"]
        return httpx.Response(200, json={"value": {"id": self.count, "token": token, "expirationDate": exp}})


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        yield mock


def describe(obj: object) -> list[str]:
    """str/repr of an object and, for exceptions, of its args, attributes and cause chain."""
    texts = [str(obj), repr(obj)]
    if isinstance(obj, BaseException):
        texts += [repr(a) for a in obj.args]
        texts += [repr(v) for v in vars(obj).values()]
        if obj.__cause__ is not None:
            texts += [str(obj.__cause__), repr(obj.__cause__)]
        if obj.__context__ is not None:
            texts += [str(obj.__context__), repr(obj.__context__)]
    return texts


async def test_no_secret_in_logs_errors_or_reprs(
    router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's own request lines included
    collected: list[object] = []

    config = ClientConfig(CONSUMER, EMPLOYEE, environment="test", retry=RetryPolicy.no_delay(max_retries=1))
    collected.append(config)

    # Session: POST missing on this server -> deprecated PUT with the tokens in the query string.
    router.post("/token/session/:create").mock(return_value=httpx.Response(405))
    router.put("/token/session/:create").mock(side_effect=SessionIssuer())
    router.get("/employee").mock(return_value=httpx.Response(200, json={"values": []}))
    router.get("/customer").mock(
        side_effect=[httpx.Response(401, json={"status": 401, "code": 3000}), httpx.Response(200, json={})]
    )
    router.get("/project").mock(return_value=httpx.Response(401, json={"status": 401, "code": 3000}))
    router.post("/ledger/voucher").mock(
        return_value=httpx.Response(
            422,
            json={
                "status": 422,
                "code": 18000,
                "message": "Validation failed.",
                "validationMessages": [{"field": "postings", "message": "required"}],
                "requestId": "r-422",
            },
        )
    )
    router.get("/down").mock(
        return_value=httpx.Response(500, json={"status": 500, "code": 1000, "message": None})
    )
    router.get("/html").mock(return_value=httpx.Response(502, text="<html><title>Bad Gateway</title></html>"))
    router.get("/limited").mock(return_value=httpx.Response(429, headers={"X-Rate-Limit-Reset": "3600"}))
    router.get("/offline").mock(side_effect=httpx.ConnectError("connection refused"))
    router.post("/offline").mock(side_effect=httpx.ReadError("reset by peer"))
    router.get("/token/session/>whoAmI").mock(return_value=httpx.Response(200, json={"value": {}}))
    router.delete(url__regex=r".*/token/session/SESSION.*").mock(return_value=httpx.Response(204))

    transport = RetryTransport(policy=config.retry, max_in_flight=config.max_in_flight)
    store = MemoryTokenStore()
    async with httpx.AsyncClient(
        base_url=config.api_base_url, transport=transport, timeout=config.timeout
    ) as http:
        # the worst case: the PUT fallback (tokens in the query string)
        put_config = dataclasses.replace(config, session_put_fallback=True)
        manager = SessionManager(http, put_config, store=store, transport=transport)
        auth = SessionAuth(manager, company_id=config.company_id)
        http.auth = auth
        collected += [manager, auth, auth.with_company(123), transport, transport.stats, store]

        async with anyio.create_task_group() as tg:
            for _ in range(5):
                tg.start_soon(http.get, "/employee")
        collected.append(manager.current)
        await http.get("/customer")  # 401 -> refresh -> 200
        await http.get("/token/session/>whoAmI", auth=auth.with_company(123))
        for method, path in (
            ("GET", "/project"),
            ("POST", "/ledger/voucher"),
            ("GET", "/down"),
            ("GET", "/html"),
            ("GET", "/limited"),
        ):
            response = await http.request(method, path, json={} if method == "POST" else None)
            with pytest.raises(APIError) as info:
                raise_for_status(response)
            collected.append(info.value)
        for method in ("GET", "POST"):
            with pytest.raises(TransportError) as tinfo:
                await http.request(method, "/offline")
            collected.append(tinfo.value)
        collected.append(manager.current)
        assert await manager.revoke() is True

    kinds = {type(e) for e in collected if isinstance(e, BaseException)}
    assert {AuthenticationError, ServerError, RateLimitError, TransportError} <= kinds

    # Session creation failures, with the server echoing the tokens back.
    echo = f"Invalid consumer token {CONSUMER} / employee token {EMPLOYEE}"
    router.post("/token/session/:create").mock(
        return_value=httpx.Response(
            401, json={"status": 401, "code": 3000, "message": echo, "developerMessage": echo}
        )
    )
    async with httpx.AsyncClient(base_url=BASE) as http:
        with pytest.raises(SessionCreationError) as sinfo:
            await SessionManager(http, ClientConfig(CONSUMER, EMPLOYEE, base_url=BASE)).get_token()
        collected.append(sinfo.value)
    router.post("/token/session/:create").mock(return_value=httpx.Response(404))
    router.put("/token/session/:create").mock(return_value=httpx.Response(422, text=f"bad {EMPLOYEE}"))
    plain = httpx.AsyncHTTPTransport()
    async with httpx.AsyncClient(base_url=BASE, transport=plain) as http:
        with pytest.raises(SessionCreationError) as sinfo2:
            await SessionManager(
                http, ClientConfig(CONSUMER, EMPLOYEE, base_url=BASE), transport=plain
            ).get_token()
        collected.append(sinfo2.value)

    # The flows above really went through the places that could leak.
    messages = [r.getMessage() for r in caplog.records]
    # URLs holding a token go below httpx's client (no "HTTP Request" line of its own); the
    # transport logs them with the path redacted, and no filter is installed on httpx's logger
    assert not any(
        m.startswith("HTTP Request: PUT") or m.startswith("HTTP Request: DELETE") for m in messages
    )
    assert any(m.startswith("PUT /v2/token/session/:create") for m in messages)
    assert any(m.startswith("DELETE /v2/token/session/***") for m in messages)
    assert logging.getLogger("httpx").filters == []
    assert any(r.name == "tripletex_async.transport" for r in caplog.records)

    texts = [caplog.text, *messages]
    for obj in collected:
        texts += describe(obj)
    for secret in secrets():
        for text in texts:
            assert secret not in text, f"secret leaked into: {text[:200]!r}"
