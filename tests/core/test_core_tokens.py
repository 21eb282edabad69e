"""Tokens as Tripletex issues them (issue 12, point 1): base64-wrapped {"tokenId", "token"} or raw,
pasted with whitespace and line breaks; the environment guard refuses only a certain mismatch."""

from __future__ import annotations

import base64
import json

import pytest

from tripletex_async import TripletexClient
from tripletex_async.config import PRODUCTION_BASE_URL, TEST_BASE_URL, ClientConfig
from tripletex_async.errors import ConfigurationError
from tripletex_async.tokens import clean_token, inner_token, token_environment


def wrap(token: str, token_id: int = 4711, *, urlsafe: bool = False, padding: bool = True) -> str:
    raw = json.dumps({"tokenId": token_id, "token": token}).encode()
    text = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(raw).decode()
    return text if padding else text.rstrip("=")


def pasted(token: str) -> str:
    """As copied from a web page or a mail: surrounding blanks, the base64 block wrapped in lines."""
    return "  \n" + "\n".join(token[i : i + 20] for i in range(0, len(token), 20)) + " \r\n"


TEST_CONSUMER = wrap("test-6c3e2a0f-consumer-b1d4", 101)
TEST_EMPLOYEE = wrap("test-98e1f7aa-employee-c2e5", 102)
PROD_CONSUMER = wrap("8d0c6a4e-consumer-77b2c", 201)
PROD_EMPLOYEE = wrap("f1e2d3c4-employee-3f9a1", 202)
RAW_TEST = ("test-consumer-raw-01", "test-employee-raw-02")
RAW_OLD = ("0a1b2c3d4e5f-consumer", "5f4e3d2c1b0a-employee")  # an older raw token: either environment


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (TEST_CONSUMER, "test"),
        (PROD_CONSUMER, "production"),
        (wrap("test-abc>>??", urlsafe=True), "test"),  # URL-safe alphabet
        (wrap("prod-abc", padding=False), "production"),  # padding dropped in the paste
        (pasted(TEST_EMPLOYEE), "test"),
        (pasted(PROD_EMPLOYEE), "production"),
        ("test-raw-token", "test"),
        (" test-raw-token\n", "test"),
        ("0a1b2c3d-raw", None),
        (base64.b64encode(b'{"token": "test-x"}').decode(), None),  # not the issued shape: raw
        (base64.b64encode(b"not json").decode(), None),
        ("A" * 10_000, None),  # too long to be a token: not decoded at all
    ],
)
def test_token_environment(value: str, expected: str | None) -> None:
    assert token_environment(value) == expected


def test_inner_token_and_clean_token() -> None:
    assert inner_token(pasted(TEST_CONSUMER)) == "test-6c3e2a0f-consumer-b1d4"
    assert inner_token("test-raw") is None
    assert clean_token(pasted(TEST_CONSUMER)) == TEST_CONSUMER


@pytest.mark.parametrize(
    ("environment", "consumer", "employee"),
    [
        ("test", TEST_CONSUMER, TEST_EMPLOYEE),
        ("test", pasted(TEST_CONSUMER), pasted(TEST_EMPLOYEE)),
        ("test", *RAW_TEST),
        ("test", *RAW_OLD),
        ("test", TEST_CONSUMER, RAW_TEST[1]),
        ("production", PROD_CONSUMER, PROD_EMPLOYEE),
        ("production", pasted(PROD_CONSUMER), pasted(PROD_EMPLOYEE)),
        ("production", *RAW_OLD),
        ("production", PROD_CONSUMER, RAW_OLD[1]),
    ],
)
def test_every_real_shaped_pair_is_accepted_for_its_own_environment(
    environment: str, consumer: str, employee: str
) -> None:
    config = ClientConfig(consumer, employee, environment=environment)
    assert config.api_base_url == (TEST_BASE_URL if environment == "test" else PRODUCTION_BASE_URL)
    assert config.consumer_token == clean_token(consumer)  # what is sent: no blanks, no line breaks
    assert "\n" not in config.employee_token and " " not in config.employee_token


@pytest.mark.parametrize(
    ("environment", "consumer", "employee", "named"),
    [
        ("production", TEST_CONSUMER, PROD_EMPLOYEE, "consumer_token look"),
        ("production", pasted(PROD_CONSUMER), pasted(TEST_EMPLOYEE), "employee_token look"),
        ("production", *RAW_TEST, "consumer_token and employee_token"),
        ("test", PROD_CONSUMER, TEST_EMPLOYEE, "consumer_token look"),
        ("test", RAW_TEST[0], pasted(PROD_EMPLOYEE), "employee_token look"),
    ],
)
def test_a_certain_mismatch_is_refused_before_any_request(
    environment: str, consumer: str, employee: str, named: str
) -> None:
    with pytest.raises(ConfigurationError, match=named) as info:
        TripletexClient(consumer, employee, environment=environment)
    message = str(info.value)
    assert "check_environment=False" in message and "TRIPLETEX_CHECK_ENVIRONMENT=0" in message
    for secret in (consumer, employee, clean_token(consumer), "test-6c3e2a0f", "8d0c6a4e"):
        assert secret not in message


@pytest.mark.asyncio
async def test_check_environment_false_and_the_env_var_turn_the_guard_off() -> None:
    config = ClientConfig(TEST_CONSUMER, TEST_EMPLOYEE, environment="production", check_environment=False)
    assert config.environment == "production"
    async with TripletexClient(TEST_CONSUMER, TEST_EMPLOYEE, check_environment=False) as tx:
        assert tx.config.check_environment is False
    environ = {
        "TRIPLETEX_CONSUMER_TOKEN": PROD_CONSUMER,
        "TRIPLETEX_EMPLOYEE_TOKEN": PROD_EMPLOYEE,
        "TRIPLETEX_ENV": "test",
    }
    with pytest.raises(ConfigurationError):
        ClientConfig.from_env(environ=environ)
    for off in ("0", "false", "No"):
        assert not ClientConfig.from_env(
            environ={**environ, "TRIPLETEX_CHECK_ENVIRONMENT": off}
        ).check_environment
    with pytest.raises(ConfigurationError, match="TRIPLETEX_CHECK_ENVIRONMENT"):
        ClientConfig.from_env(environ={**environ, "TRIPLETEX_CHECK_ENVIRONMENT": "maybe"})


@pytest.mark.asyncio
async def test_pasted_wrapped_test_tokens_open_a_session_at_the_emulator() -> None:
    import httpx

    from tripletex_async.emulator import create_app
    from tripletex_async.emulator.connect import EMULATOR_BASE_URL

    app = create_app()
    async with TripletexClient(
        pasted(TEST_CONSUMER),
        pasted(TEST_EMPLOYEE),
        base_url=EMULATOR_BASE_URL,
        transport=httpx.ASGITransport(app=app),
    ) as tx:
        page = await tx.customer.search(count=1)
        assert page.values
    (session,) = app.emulator.auth.sessions.values()
    assert session.consumer_token == TEST_CONSUMER and session.employee_token == TEST_EMPLOYEE
