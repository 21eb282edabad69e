"""Issue 13 points 6 and 8: tokens never cross the network in clear text, and never in an error.

Attacks against today's main: ``base_url="http://tripletex.no/v2"`` was accepted, so the first
request posted both tokens in clear text; an ``APIError`` from a call carrying a token in its path,
query or body (``token_session.delete``, ``token_session.create``, a subscription's secret) showed
the token in ``str``/``repr``/``message``/``raw_body``; ``SessionCreationError.link`` was not
scrubbed; the chained httpx error of a failed PUT fallback still held both tokens in
``request.url``.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from tripletex_async import TripletexClient
from tripletex_async.config import ClientConfig
from tripletex_async.errors import APIError, ConfigurationError, SessionCreationError, TransportError
from tripletex_async.transport import RetryPolicy

pytestmark = pytest.mark.anyio

CONSUMER = "test-CONSUMER-s3cr3t-0001"
EMPLOYEE = "test-EMPLOYEE-s3cr3t-0002"
SESSION = "SESSION-s3cr3t-0003"
OTHER_SESSION = "OTHER-SESSION-s3cr3t-0004"
HOOK_SECRET = "hook-HMAC-s3cr3t-0005"
TEST_BASE = "https://api-test.tripletex.tech/v2"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# Point 6: https ----------------------------------------------------------------------------------


@pytest.mark.parametrize("base", ["http://tripletex.no/v2", "http://api-test.tripletex.tech/v2"])
async def test_http_to_tripletex_is_refused_before_any_request(base: str) -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    transport = httpx.MockTransport(record)
    with pytest.raises(ConfigurationError, match="https"):
        TripletexClient(CONSUMER, EMPLOYEE, base_url=base, transport=transport)
    with pytest.raises(ConfigurationError, match="https"):  # not even with the opt-in
        TripletexClient(CONSUMER, EMPLOYEE, base_url=base, transport=transport, allow_insecure_http=True)
    assert sent == []


def test_plain_http_to_another_machine_needs_the_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    proxy = "http://tripletex-proxy.corp.example:8080/v2"
    with pytest.raises(ConfigurationError, match="allow_insecure_http") as refused:
        ClientConfig("consumer-tok", "employee-tok", base_url=proxy)
    assert "consumer-tok" not in str(refused.value)
    assert ClientConfig("c-tok", "e-tok", base_url=proxy, allow_insecure_http=True).api_base_url == proxy
    monkeypatch.setenv("TRIPLETEX_CONSUMER_TOKEN", "c-tok")
    monkeypatch.setenv("TRIPLETEX_EMPLOYEE_TOKEN", "e-tok")
    monkeypatch.setenv("TRIPLETEX_BASE_URL", proxy)
    with pytest.raises(ConfigurationError):
        ClientConfig.from_env()
    monkeypatch.setenv("TRIPLETEX_ALLOW_INSECURE_HTTP", "1")
    assert ClientConfig.from_env().allow_insecure_http


@pytest.mark.parametrize(
    "base",
    [
        "http://127.0.0.1:8765/v2",
        "http://127.5.6.7/v2",
        "http://localhost:8000/v2",
        "http://[::1]:8000/v2",
        "http://emulator.invalid/v2",
        "http://tripletex.test/v2",
        "http://app.localhost/v2",
        "https://tripletex-proxy.corp.example/v2",
    ],
)
def test_loopback_reserved_names_and_https_need_no_opt_in(base: str) -> None:
    assert ClientConfig("c-tok", "e-tok", base_url=base).base_url == base


@pytest.mark.parametrize("base", ["http://emulator/v2", "http://10.0.0.5/v2", "http://emulator.local/v2"])
def test_lan_names_and_addresses_are_not_local(base: str) -> None:
    with pytest.raises(ConfigurationError):
        ClientConfig("c-tok", "e-tok", base_url=base)


# Point 8: errors scrubbed at construction -------------------------------------------------------


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> TripletexClient:
    def route(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/token/session/:create"):
            body = json.loads(request.content)
            value = {"token": SESSION, "expirationDate": body["expirationDate"]}
            return httpx.Response(200, json={"value": value})
        return handler(request)

    return TripletexClient(
        CONSUMER,
        EMPLOYEE,
        base_url=TEST_BASE,
        transport=httpx.MockTransport(route),
        retry=RetryPolicy.no_delay(max_retries=0),
    )


def _echo(status: int, *secrets: str) -> Callable[[httpx.Request], httpx.Response]:
    """A server that echoes the given secrets (and the request's URL) everywhere it can."""

    def answer(request: httpx.Request) -> httpx.Response:
        said = " ".join(secrets)
        return httpx.Response(
            status,
            json={
                "status": status,
                "code": 4000,
                "message": f"bad token {said} at {request.url}",
                "developerMessage": f"dev: {said}",
                "validationMessages": [{"field": said, "message": f"invalid {said}", "path": said}],
                "link": f"https://tripletex.no/help?token={said}&x={said}",
                "requestId": "r-1",
            },
        )

    return answer


def _texts(err: BaseException) -> list[str]:
    texts = [str(err), repr(err), *map(repr, err.args), *map(repr, vars(err).values())]
    cause = err.__cause__
    if cause is not None:
        texts += [str(cause), repr(cause)]
        request = getattr(cause, "_request", None)
        if request is not None:
            texts += [str(request.url), repr(request.headers)]
    return texts


def _assert_clean(err: BaseException, *secrets: str) -> None:
    for text in _texts(err):
        for secret in secrets:
            assert secret not in text, (secret, text)


async def test_token_in_the_path_is_scrubbed_from_the_error() -> None:
    async with _client(_echo(400, OTHER_SESSION, SESSION, CONSUMER)) as tx:
        with pytest.raises(APIError) as info:
            await tx.token_session.delete(OTHER_SESSION)
    err = info.value
    assert err.status == 400 and "***" in (err.message or "") and "***" in err.raw_body
    _assert_clean(err, OTHER_SESSION, SESSION, CONSUMER, EMPLOYEE)


async def test_tokens_in_the_query_string_are_scrubbed_from_the_error() -> None:
    async with _client(_echo(422, CONSUMER, EMPLOYEE)) as tx:
        with pytest.raises(APIError) as info:
            await tx.token_session.create(
                consumer_token=CONSUMER, employee_token=EMPLOYEE, expiration_date="2030-01-01"
            )
    _assert_clean(info.value, CONSUMER, EMPLOYEE, SESSION)


async def test_a_secret_in_the_request_body_is_scrubbed_from_the_error() -> None:
    from tripletex_async.webhooks import WebhookSubscriptions

    async with _client(_echo(422, HOOK_SECRET, "hook-header-value-0006")) as tx:
        subs = WebhookSubscriptions(tx)
        with pytest.raises(APIError) as info:
            await subs.create(
                "customer.create",
                "https://my.example/hook",
                hmac_secret=HOOK_SECRET,
                auth_header=("X-Hook", "hook-header-value-0006"),
            )
    _assert_clean(info.value, HOOK_SECRET, "hook-header-value-0006", SESSION)


async def test_session_creation_error_link_is_scrubbed() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return _echo(422, CONSUMER, EMPLOYEE)(request)

    transport = httpx.MockTransport(refuse)
    async with TripletexClient(CONSUMER, EMPLOYEE, base_url=TEST_BASE, transport=transport) as tx:
        with pytest.raises(SessionCreationError) as info:
            await tx.token_session.who_am_i()
    err = info.value
    assert err.link is not None and "***" in err.link
    _assert_clean(err, CONSUMER, EMPLOYEE)


async def test_the_put_fallbacks_chained_transport_error_holds_no_token() -> None:
    def route(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(404)
        raise httpx.ConnectError("connection refused", request=request)

    transport = httpx.MockTransport(route)
    async with TripletexClient(
        CONSUMER,
        EMPLOYEE,
        base_url=TEST_BASE,
        transport=transport,
        session_put_fallback=True,
        retry=RetryPolicy.no_delay(max_retries=0),
    ) as tx:
        with pytest.raises(SessionCreationError) as info:  # the session could not be created
            await tx.token_session.who_am_i()
    session_err = info.value
    err = session_err.__cause__
    assert isinstance(err, TransportError)
    assert isinstance(err.__cause__, httpx.ConnectError)
    assert "consumerToken=***" in str(err.__cause__.request.url)
    _assert_clean(err, CONSUMER, EMPLOYEE)
    _assert_clean(session_err, CONSUMER, EMPLOYEE)
