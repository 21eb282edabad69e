"""Emulator configuration: one dataclass tree, loadable from a dict, a JSON/TOML file or CLI flags."""

from __future__ import annotations

import dataclasses
import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..clock import Clock

_T = TypeVar("_T")

DEFAULT_CONSUMER_TOKEN = "emulator-consumer"  # noqa: S105 - public emulator token
DEFAULT_EMPLOYEE_TOKEN = "emulator-employee"  # noqa: S105 - public emulator token


@dataclass
class SizeConfig:
    """Records seeded per client company (the accountant's own company gets the same sizes)."""

    customers: int = 40
    suppliers: int = 15
    products: int = 25
    orders: int = 15
    order_lines_per_order: int = 3
    invoices: int = 8
    vouchers: int = 15
    postings_per_voucher: int = 2
    employees: int = 6
    departments: int = 3
    projects: int = 8
    activities: int = 5
    timesheet_entries: int = 30
    event_subscriptions: int = 1


@dataclass
class RateLimitConfig:
    """Per (employee token, consumer token) fixed window; limit <= 0 disables limiting."""

    limit: int = 10_000
    period_seconds: float = 60.0


@dataclass
class LatencyConfig:
    fixed_ms: float = 0.0
    jitter_ms: float = 0.0


@dataclass
class FaultConfig:
    """Probabilities (0..1) per request, drawn from a RNG seeded with EmulatorConfig.seed."""

    rate_429: float = 0.0
    rate_500: float = 0.0
    rate_502: float = 0.0
    rate_503: float = 0.0
    drop_connection: float = 0.0
    session_expiry: float = 0.0
    # A drawn 429 starts a burst: the next burst_429 - 1 requests (any caller) get a 429 too.
    burst_429: float = 0  # a count (float-typed like the other fault settings)
    # A session is revoked by its Nth request (0 = never): forced expiry mid-run. Counted per
    # session, so a client's retry with a fresh session is not hit again at once.
    session_max_requests: float = 0  # a count
    # Every Nth request (of any caller, counted before the other faults; 0 = never) gets a 503.
    server_error_every: float = 0  # a count
    # Applied to list GETs with from > 0: create or delete a record before answering.
    churn: float = 0.0
    # Share of (injected) 500s answered with the HTML error page when realism.html_error_pages is on.
    html_500_share: float = 0.5


@dataclass
class RealismConfig:
    """Quirks of the real service; each is on by default and can be switched off."""

    null_references: bool = True  # unset reference objects are null instead of absent
    empty_strings: bool = True  # unset strings are "" instead of null
    url_without_scheme: bool = True  # "tripletex.no/v2/customer/1"
    inexact_full_result_size: bool = True  # fullResultSize 0 on some endpoints and on */list answers
    digest_sentences: bool = True  # versionDigest is a sentence when If-None-Match is absent
    null_error_fields: bool = True  # null message/validationMessages in some error envelopes
    html_error_pages: bool = True  # some 500s and the 502/503s are HTML
    omit_reset_on_429: bool = True  # a 429 carries no X-Rate-Limit-Reset


@dataclass
class EmulatorConfig:
    seed: int = 1
    public_host: str = "tripletex.no"
    consumer_tokens: list[str] = field(default_factory=lambda: [DEFAULT_CONSUMER_TOKEN])
    employee_tokens: list[str] = field(default_factory=lambda: [DEFAULT_EMPLOYEE_TOKEN])
    accept_test_tokens: bool = True  # any test token ("test-..." raw or base64-wrapped) is valid
    client_companies: int = 3
    large_ids: bool = True  # some resources get ids above 2**31
    sizes: SizeConfig = field(default_factory=SizeConfig)
    rate_limit: RateLimitConfig = field(default_factory=RateLimitConfig)
    latency: LatencyConfig = field(default_factory=LatencyConfig)
    faults: FaultConfig = field(default_factory=FaultConfig)
    realism: RealismConfig = field(default_factory=RealismConfig)
    # Injectable clock (the client's Clock protocol: now() -> an aware datetime). None = system clock.
    clock: Clock | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EmulatorConfig:
        return _build(cls, data)

    @classmethod
    def from_file(cls, path: str | Path) -> EmulatorConfig:
        p = Path(path)
        raw = p.read_bytes()
        data: Any = tomllib.loads(raw.decode()) if p.suffix == ".toml" else json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError(f"{p}: expected a table/object at top level")
        return cls.from_dict(data)

    def replace(self, **changes: Any) -> EmulatorConfig:
        return dataclasses.replace(self, **changes)


def _build(cls: type[_T], data: Mapping[str, Any]) -> _T:
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in fields or key == "clock":
            raise ValueError(f"unknown config key {key!r} for {cls.__name__}")
        sub = _NESTED.get(key) if cls is EmulatorConfig else None
        if sub is not None:
            if not isinstance(value, Mapping):
                raise ValueError(f"config key {key!r} must be a table/object")
            kwargs[key] = _build(sub, value)
        else:
            kwargs[key] = value
    return cls(**kwargs)


_NESTED: dict[str, type[Any]] = {
    "sizes": SizeConfig,
    "rate_limit": RateLimitConfig,
    "latency": LatencyConfig,
    "faults": FaultConfig,
    "realism": RealismConfig,
}


def parse_faults(spec: str) -> dict[str, float]:
    """Parse a CLI fault spec like ``429=0.01,500=0.02,drop=0.001,expiry=0.001,churn=0.1``
    (``burst=5``, ``session_requests=200`` and ``5xx_every=7`` are counts)."""
    aliases = {
        "429": "rate_429",
        "500": "rate_500",
        "502": "rate_502",
        "503": "rate_503",
        "drop": "drop_connection",
        "expiry": "session_expiry",
        "churn": "churn",
        "html": "html_500_share",
        "burst": "burst_429",
        "session_requests": "session_max_requests",
        "5xx_every": "server_error_every",
    }
    counts = {"burst_429", "session_max_requests", "server_error_every"}
    out: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        key, _, val = part.partition("=")
        name = aliases.get(key.strip(), key.strip())
        if name not in {f.name for f in dataclasses.fields(FaultConfig)}:
            raise ValueError(f"unknown fault {key!r}")
        out[name] = float(int(val)) if name in counts else float(val)
    return out
