"""Suite-wide hooks: the secrets scan over every log record and failure report.

Helpers live in ``tests/support`` (import them from there, never from a conftest)."""

from __future__ import annotations

import logging
from typing import Any

import pytest

# --- Secrets never reach logs or failure reports: a scan over the whole suite -------------------------
# The tokens the tests hand to clients (consumer, employee and the session tokens their mocks issue).
SUITE_SECRETS = (
    "consumer-token-abc",
    "employee-token-def",
    "session-token-xyz",
    "test-consumer-TOKEN-c0ffee",
    "test-employee-TOKEN-beef42",
    "test-CONSUMER-s3cr3t-0001",
    "test-EMPLOYEE-s3cr3t-0002",
    "prod-consumer-3f9a1",
    "prod-employee-77b2c",
    "emulator-consumer",
    "emulator-employee",
)


class _SuiteLogScan(logging.Handler):
    """Formats every record of the client's loggers (and httpx's) seen during the whole run."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.leaks: list[str] = []
        self.records = 0

    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith(("tripletex_async", "httpx", "httpcore")):
            return
        if record.name.startswith("tripletex_async.emulator"):
            return  # the emulator is the server side: it may log what it receives
        self.records += 1
        text = self.format(record)
        for secret in SUITE_SECRETS:
            if secret in text:
                self.leaks.append(f"{record.name}: {text[:200]}")


_SCAN = _SuiteLogScan()


def pytest_sessionstart(session: pytest.Session) -> None:
    logging.getLogger().addHandler(_SCAN)
    logging.getLogger("tripletex_async").setLevel(logging.DEBUG)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    outcome = yield
    report = outcome.get_result()
    if report.failed:
        text = report.longreprtext
        for secret in SUITE_SECRETS:
            if secret in text:
                _SCAN.leaks.append(f"failure report of {item.nodeid} shows a token")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    logging.getLogger().removeHandler(_SCAN)
    if _SCAN.leaks:
        print(
            f"\nSECRETS LEAKED into {len(_SCAN.leaks)} log records/reports:\n" + "\n".join(_SCAN.leaks[:20])
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    elif _SCAN.records:
        print(f"\nsecrets scan: {_SCAN.records} log records of the client checked, no token found")
