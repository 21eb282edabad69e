"""``ClientConfig``: validated client settings, from code or the environment.

Environment variables (read by :meth:`ClientConfig.from_env`):

* ``TRIPLETEX_CONSUMER_TOKEN``, ``TRIPLETEX_EMPLOYEE_TOKEN`` (required)
* ``TRIPLETEX_ENV``: ``production`` (default when nothing is given) or ``test``
* ``TRIPLETEX_BASE_URL``: override the API base (emulator, proxy); https, or http to a loopback
  address, ``localhost`` or a reserved test name (``*.localhost``, ``*.test``, ``*.invalid``)
* ``TRIPLETEX_ALLOW_INSECURE_HTTP=1``: also allow any other plain-http base (the tokens then cross
  the network readable by anyone on the path); never allowed for the Tripletex hosts
* ``TRIPLETEX_TIMEOUT`` (seconds), ``TRIPLETEX_MAX_IN_FLIGHT``, ``TRIPLETEX_COMPANY_ID`` (optional)
* ``TRIPLETEX_CHECK_ENVIRONMENT``: ``0``/``false``/``no`` turns off the token/environment guard
"""

from __future__ import annotations

import ipaddress
import os
import reprlib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import timedelta
from typing import Any

import httpx

from .errors import ConfigurationError
from .token_store import token_store_key
from .tokens import clean_token, token_environment
from .transport import RetryPolicy

__all__ = [
    "ENVIRONMENTS",
    "PRODUCTION_BASE_URL",
    "TEST_BASE_URL",
    "ClientConfig",
    "check_company_id",
]

PRODUCTION_BASE_URL = "https://tripletex.no/v2"
TEST_BASE_URL = "https://api-test.tripletex.tech/v2"
ENVIRONMENTS: Mapping[str, str] = {"production": PRODUCTION_BASE_URL, "test": TEST_BASE_URL}
_KNOWN_HOSTS: Mapping[str, str] = {httpx.URL(url).host: env for env, url in ENVIRONMENTS.items()}


_LOCAL_NAME_SUFFIXES = (".localhost", ".test", ".invalid")  # RFC 6761: never a public host
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


def _is_local_host(host: str) -> bool:
    """Loopback addresses, ``localhost`` and the reserved test names: plain http stays on this machine."""
    name = host.lower().rstrip(".")
    if name == "localhost" or name.endswith(_LOCAL_NAME_SUFFIXES):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _check_scheme(url: httpx.URL, allow_insecure_http: bool) -> None:
    """https for the Tripletex hosts; plain http elsewhere only locally or with the explicit opt-in."""
    if url.scheme == "https":
        return
    if url.host in _KNOWN_HOSTS:
        raise ConfigurationError(
            f"base_url must use https for Tripletex ({url.host}): over http the first request would "
            "send both tokens in clear text"
        )
    if not _is_local_host(url.host) and not allow_insecure_http:
        raise ConfigurationError(
            f"base_url {url.scheme}://{url.host} is plain http to another machine: the tokens would "
            "cross the network in clear text. Use https, or opt in with allow_insecure_http=True "
            "(TRIPLETEX_ALLOW_INSECURE_HTTP=1) for a network you trust"
        )


def check_company_id(value: object) -> int:
    """The one check of a company id (the Basic-auth username): an integer >= 0, 0 being the token
    owner's company. ``ClientConfig`` and company views (``as_company``) both validate with it."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(
            f"company_id must be an integer >= 0 (0 = the token owner's company), got {reprlib.repr(value)}"
        )
    return value


def _normalize_base_url(raw: str) -> str:
    text = raw.strip()
    try:
        url = httpx.URL(text)
    except Exception as exc:
        raise ConfigurationError("base_url is not a valid URL") from exc
    if url.scheme not in ("http", "https"):
        raise ConfigurationError("base_url must be an http:// or https:// URL (e.g. https://tripletex.no/v2)")
    if not url.host:
        raise ConfigurationError("base_url must include a host name")
    if url.userinfo:
        raise ConfigurationError("base_url must not contain credentials; use the token settings")
    if url.query or url.fragment:
        raise ConfigurationError("base_url must not contain a query string or fragment")
    return str(url).rstrip("/")


@dataclass(frozen=True, slots=True, repr=False)
class ClientConfig:
    """Settings for a Tripletex client. Validated on construction; ``repr`` hides the tokens.

    ``environment`` may be left ``None``: it is then taken from a known ``base_url`` or defaults
    to ``"production"``. ``base_url`` overrides the environment's base (emulator, proxy).
    """

    consumer_token: str
    employee_token: str
    environment: str | None = None
    base_url: str | None = None
    timeout: float = 30.0
    max_in_flight: int = 10
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    refresh_margin: timedelta = timedelta(minutes=5)
    validity_days: int = 1
    company_id: int = 0
    #: plain-http base URLs to other machines (never the Tripletex hosts); see the module docstring
    allow_insecure_http: bool = False
    #: on a 404/405 from POST /token/session/:create, retry with the deprecated PUT (tokens in the
    #: query string, where proxies and access logs keep them); only for a server lacking the POST
    session_put_fallback: bool = False
    #: refuse (before any request) tokens that certainly belong to the other environment
    check_environment: bool = True

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        for name in ("consumer_token", "employee_token"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                env_var = f"TRIPLETEX_{name.upper()}"
                raise ConfigurationError(f"{name} is missing or blank (set {env_var} or pass {name}=...)")
            set_(self, name, clean_token(value))

        environment = self.environment
        if environment is not None:
            if not isinstance(environment, str) or environment.strip().lower() not in ENVIRONMENTS:
                raise ConfigurationError(
                    f"unknown environment {environment!r}: use 'production' or 'test' "
                    "(or base_url=... for an emulator or proxy)"
                )
            environment = environment.strip().lower()

        base_url = self.base_url
        if base_url is not None:
            if not isinstance(base_url, str) or not base_url.strip():
                raise ConfigurationError("base_url is blank; leave it unset to use the environment's URL")
            base_url = _normalize_base_url(base_url)
            url = httpx.URL(base_url)
            _check_scheme(url, self.allow_insecure_http)
            known_env = _KNOWN_HOSTS.get(url.host)
            if known_env is not None:
                if url.path.rstrip("/") != "/v2":
                    raise ConfigurationError(
                        f"base_url for Tripletex {known_env} must be {ENVIRONMENTS[known_env]} (path /v2)"
                    )
                if environment is not None and environment != known_env:
                    raise ConfigurationError(
                        f"environment {environment!r} contradicts base_url, which is the "
                        f"{known_env} API ({ENVIRONMENTS[known_env]})"
                    )
                environment = known_env
        set_(self, "environment", environment or "production")
        set_(self, "base_url", base_url)

        if not isinstance(self.check_environment, bool):
            raise ConfigurationError("check_environment must be True or False")
        if self.check_environment and self.uses_known_base:
            self._check_token_environment()

        if isinstance(self.timeout, bool) or not isinstance(self.timeout, int | float) or self.timeout <= 0:
            raise ConfigurationError("timeout must be a positive number of seconds")
        if (
            isinstance(self.max_in_flight, bool)
            or not isinstance(self.max_in_flight, int)
            or self.max_in_flight < 1
        ):
            raise ConfigurationError("max_in_flight must be an integer >= 1")
        if not isinstance(self.retry, RetryPolicy):
            raise ConfigurationError("retry must be a RetryPolicy")
        if not isinstance(self.refresh_margin, timedelta) or not (
            timedelta(0) <= self.refresh_margin < timedelta(hours=23)
        ):
            raise ConfigurationError("refresh_margin must be a timedelta between 0 and 23 hours")
        if (
            isinstance(self.validity_days, bool)
            or not isinstance(self.validity_days, int)
            or self.validity_days < 1
        ):
            raise ConfigurationError("validity_days must be an integer >= 1")
        check_company_id(self.company_id)

    def _check_token_environment(self) -> None:
        """Refuse a token that certainly belongs to the other environment (see ``tokens``); a token
        whose environment cannot be told (a raw token without the ``test-`` prefix) passes."""
        bad = self.tokens_of_another_environment()
        if not bad:
            return
        target = self.environment
        other = "production" if target == "test" else "test"
        if other == "test":
            advice = "set environment='test' (TRIPLETEX_ENV=test)"
            shape = "test-environment token(s) (their token starts with 'test-')"
        else:
            advice = "use test-environment tokens, or environment='production' for these"
            shape = "production token(s) (wrapped tokens whose inner token lacks the 'test-' prefix)"
        raise ConfigurationError(
            f"{' and '.join(bad)} look(s) like {shape} but the client targets {target} "
            f"({ENVIRONMENTS[target or 'production']}); {advice}. "
            "If you are sure, pass check_environment=False (TRIPLETEX_CHECK_ENVIRONMENT=0)."
        )

    def tokens_of_another_environment(self) -> list[str]:
        """The token settings (``consumer_token``, ``employee_token``) that certainly belong to the
        other environment than the one targeted (see ``tokens``): the one test/production heuristic.
        The guard at construction refuses them (unless ``check_environment=False``) and a failed
        session creation names them. Empty when the base URL is an emulator or a proxy."""
        if not self.uses_known_base:
            return []
        other = "production" if self.environment == "test" else "test"
        tokens = (("consumer_token", self.consumer_token), ("employee_token", self.employee_token))
        return [name for name, value in tokens if token_environment(value) == other]

    # Derived values -------------------------------------------------------------------------
    @property
    def uses_known_base(self) -> bool:
        """True when talking to the real test or production API (not an emulator or proxy)."""
        return self.base_url is None or httpx.URL(self.base_url).host in _KNOWN_HOSTS

    @property
    def api_base_url(self) -> str:
        """The base URL requests go to (no trailing slash)."""
        if self.base_url is not None:
            return self.base_url
        return ENVIRONMENTS[self.environment or "production"]

    @property
    def session_key(self) -> str:
        """Where this client's session lives in a token store, and the name of its rate budget: one per
        (base URL, consumer token, employee token), as Tripletex counts them (digests, never the tokens)."""
        return token_store_key(self.api_base_url, self.consumer_token, self.employee_token)

    # Construction from the environment ------------------------------------------------------
    @classmethod
    def from_env(cls, *, environ: Mapping[str, str] | None = None, **overrides: Any) -> ClientConfig:
        """Build from ``TRIPLETEX_*`` variables; keyword ``overrides`` win (``None`` = not given)."""
        env = os.environ if environ is None else environ
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(overrides) - names)
        if unknown:
            raise ConfigurationError(
                f"unknown setting(s): {', '.join(unknown)}; valid: {', '.join(sorted(names))}"
            )
        values: dict[str, Any] = {}

        def text(var: str) -> str | None:
            raw = env.get(var)
            return raw.strip() if raw is not None and raw.strip() else None

        def number(var: str, kind: type[int] | type[float]) -> int | float | None:
            raw = text(var)
            if raw is None:
                return None
            try:
                return kind(raw)
            except ValueError:
                raise ConfigurationError(f"{var} must be a number, got {raw!r}") from None

        values["consumer_token"] = env.get("TRIPLETEX_CONSUMER_TOKEN", "")
        values["employee_token"] = env.get("TRIPLETEX_EMPLOYEE_TOKEN", "")
        values["environment"] = text("TRIPLETEX_ENV")
        values["base_url"] = text("TRIPLETEX_BASE_URL")
        values["allow_insecure_http"] = (text("TRIPLETEX_ALLOW_INSECURE_HTTP") or "").lower() in _TRUE
        check = text("TRIPLETEX_CHECK_ENVIRONMENT")
        if check is not None:
            if check.lower() not in _FALSE | _TRUE:
                raise ConfigurationError(f"TRIPLETEX_CHECK_ENVIRONMENT must be 1 or 0, got {check!r}")
            values["check_environment"] = check.lower() in _TRUE
        for var, name, kind in (
            ("TRIPLETEX_TIMEOUT", "timeout", float),
            ("TRIPLETEX_MAX_IN_FLIGHT", "max_in_flight", int),
            ("TRIPLETEX_COMPANY_ID", "company_id", int),
        ):
            parsed = number(var, kind)
            if parsed is not None:
                values[name] = parsed
        values.update({k: v for k, v in overrides.items() if v is not None})
        if values.get("environment") is None:
            values.pop("environment", None)
        if values.get("base_url") is None:
            values.pop("base_url", None)
        return cls(**values)

    def __repr__(self) -> str:
        return (
            f"ClientConfig(consumer_token='***', employee_token='***', environment={self.environment!r}, "
            f"base_url={self.api_base_url!r}, timeout={self.timeout}, max_in_flight={self.max_in_flight}, "
            f"company_id={self.company_id}, refresh_margin={self.refresh_margin}, "
            f"validity_days={self.validity_days}, check_environment={self.check_environment}, "
            f"retry={self.retry!r})"
        )

    __str__ = __repr__
