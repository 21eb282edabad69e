"""config.py: ClientConfig validation, environment handling and masking."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import timedelta

import pytest

from tripletex_async.config import PRODUCTION_BASE_URL, TEST_BASE_URL, ClientConfig
from tripletex_async.errors import ConfigurationError
from tripletex_async.transport import RetryPolicy

PROD_C = "prod-consumer-3f9a1"
PROD_E = "prod-employee-77b2c"
TEST_C = "test-consumer-aa11"
TEST_E = "test-employee-bb22"
#: a production employee token as Tripletex hands it out: base64 of {"tokenId", "token"}
WRAPPED_PROD_E = "eyJ0b2tlbklkIjogNywgInRva2VuIjogInByb2QtZW1wbG95ZWUtNzdiMmMifQ=="


def env(**values: str) -> dict[str, str]:
    return {f"TRIPLETEX_{k.upper()}": v for k, v in values.items()}


def test_defaults_to_production() -> None:
    cfg = ClientConfig.from_env(environ=env(consumer_token=PROD_C, employee_token=PROD_E))
    assert cfg.environment == "production"
    assert cfg.api_base_url == PRODUCTION_BASE_URL
    assert cfg.base_url is None
    assert cfg.uses_known_base
    assert (cfg.timeout, cfg.max_in_flight, cfg.company_id, cfg.validity_days) == (30.0, 10, 0, 1)
    assert cfg.refresh_margin == timedelta(minutes=5)
    assert isinstance(cfg.retry, RetryPolicy)


def test_test_environment_from_env() -> None:
    cfg = ClientConfig.from_env(environ=env(consumer_token=TEST_C, employee_token=TEST_E, env=" Test "))
    assert cfg.environment == "test"
    assert cfg.api_base_url == TEST_BASE_URL


def test_overrides_win_and_none_means_unset() -> None:
    cfg = ClientConfig.from_env(
        environ=env(consumer_token=PROD_C, employee_token=PROD_E, timeout="12.5", max_in_flight="3"),
        timeout=5,
        base_url=None,
        company_id=42,
    )
    assert cfg.timeout == 5 and cfg.max_in_flight == 3 and cfg.company_id == 42
    assert cfg.base_url is None


@pytest.mark.parametrize(
    ("environ", "overrides", "match"),
    [
        ({}, {}, "consumer_token is missing.*TRIPLETEX_CONSUMER_TOKEN"),
        (env(consumer_token=PROD_C), {}, "employee_token is missing.*TRIPLETEX_EMPLOYEE_TOKEN"),
        (env(consumer_token=" " * 3, employee_token=PROD_E), {}, "consumer_token is missing or blank"),
        (
            env(consumer_token=PROD_C, employee_token=PROD_E, env="staging"),
            {},
            "unknown environment 'staging'",
        ),
        (env(consumer_token=PROD_C, employee_token=PROD_E, base_url="ftp://x/v2"), {}, "http:// or https://"),
        (env(consumer_token=PROD_C, employee_token=PROD_E, base_url="localhost:8080"), {}, "http"),
        (env(consumer_token=PROD_C, employee_token=PROD_E, base_url="https:///v2"), {}, "host"),
        (env(consumer_token=PROD_C, employee_token=PROD_E, base_url="https://u:p@h/v2"), {}, "credentials"),
        (env(consumer_token=PROD_C, employee_token=PROD_E, base_url="https://h/v2?x=1"), {}, "query"),
        (env(consumer_token=PROD_C, employee_token=PROD_E, timeout="fast"), {}, "TRIPLETEX_TIMEOUT"),
        (env(consumer_token=PROD_C, employee_token=PROD_E), {"timeout": 0}, "timeout"),
        (env(consumer_token=PROD_C, employee_token=PROD_E), {"max_in_flight": 0}, "max_in_flight"),
        (env(consumer_token=PROD_C, employee_token=PROD_E), {"company_id": -1}, "company_id"),
        (env(consumer_token=PROD_C, employee_token=PROD_E), {"validity_days": 0}, "validity_days"),
        (
            env(consumer_token=PROD_C, employee_token=PROD_E),
            {"refresh_margin": timedelta(days=2)},
            "refresh_margin",
        ),
        (env(consumer_token=PROD_C, employee_token=PROD_E), {"retry": "yes"}, "RetryPolicy"),
        (env(consumer_token=PROD_C, employee_token=PROD_E), {"colour": "red"}, "unknown setting"),
        # test tokens against production, production tokens against test
        (env(consumer_token=TEST_C, employee_token=PROD_E), {}, "consumer_token look.*test-environment"),
        (env(consumer_token=PROD_C, employee_token=TEST_E), {}, "employee_token look.*production"),
        (
            env(consumer_token=TEST_C, employee_token=WRAPPED_PROD_E, env="test"),
            {},
            "employee_token look.*production",
        ),
        (
            env(consumer_token=TEST_C, employee_token=TEST_E, base_url=PRODUCTION_BASE_URL),
            {},
            "test-environment",
        ),
        (
            env(consumer_token=TEST_C, employee_token=TEST_E, env="production", base_url=TEST_BASE_URL),
            {},
            "contradicts base_url",
        ),
        (env(consumer_token=PROD_C, employee_token=PROD_E, base_url="https://tripletex.no/api"), {}, "/v2"),
    ],
)
def test_validation_errors(environ: dict[str, str], overrides: dict[str, object], match: str) -> None:
    with pytest.raises(ConfigurationError, match=match) as info:
        ClientConfig.from_env(environ=environ, **overrides)
    for secret in (PROD_C, PROD_E, TEST_C, TEST_E):
        assert secret not in str(info.value)


def test_known_base_url_sets_environment() -> None:
    cfg = ClientConfig(TEST_C, TEST_E, base_url=TEST_BASE_URL + "/")
    assert cfg.environment == "test"
    assert cfg.base_url == TEST_BASE_URL
    assert cfg.uses_known_base


def test_custom_base_url_skips_token_checks() -> None:
    cfg = ClientConfig(PROD_C, TEST_E, base_url="http://127.0.0.1:8080/v2/")
    assert cfg.api_base_url == "http://127.0.0.1:8080/v2"
    assert cfg.environment == "production"
    assert not cfg.uses_known_base
    emulator_test = ClientConfig(PROD_C, PROD_E, environment="test", base_url="http://localhost:9/v2")
    assert emulator_test.environment == "test"


def test_tokens_are_stripped() -> None:
    cfg = ClientConfig(f"  {PROD_C}\n", PROD_E)
    assert cfg.consumer_token == PROD_C


def test_repr_masks_tokens() -> None:
    cfg = ClientConfig(PROD_C, PROD_E)
    for text in (repr(cfg), str(cfg), f"{cfg}", f"{cfg!r}"):
        assert PROD_C not in text and PROD_E not in text
        assert "consumer_token='***'" in text and "employee_token='***'" in text
    assert "environment='production'" in repr(cfg)


def test_frozen_replace_and_pickle() -> None:
    cfg = ClientConfig(PROD_C, PROD_E)
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.timeout = 3  # type: ignore[misc]
    assert dataclasses.replace(cfg, timeout=3).timeout == 3
    with pytest.raises(ConfigurationError):
        dataclasses.replace(cfg, consumer_token=TEST_C)
    assert pickle.loads(pickle.dumps(cfg)) == cfg  # noqa: S301 - our own bytes
