"""Fixtures for the core-layer tests (errors, session, auth, rate limit, transport, config).

Async tests use ``@pytest.mark.anyio`` and run on both asyncio and trio.
Tests that take the ``real_error_file`` fixture are parametrized over the real Tripletex error
bodies in ``../shared/real-responses`` (relative to the project root) and skipped if absent.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

#: ../shared/real-responses relative to the project root (never copied into the project).
REAL_RESPONSES = Path(__file__).resolve().parents[2].parent / "shared" / "real-responses"


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "real_error_file" not in metafunc.fixturenames:
        return
    files = sorted(REAL_RESPONSES.glob("*_error*.json")) if REAL_RESPONSES.is_dir() else []
    if not files:
        metafunc.parametrize(
            "real_error_file",
            [
                pytest.param(
                    None,
                    marks=pytest.mark.skip(
                        reason=f"real Tripletex responses not found at {REAL_RESPONSES} (../shared is absent)"
                    ),
                    id="no-shared-corpus",
                )
            ],
        )
        return
    metafunc.parametrize(
        "real_error_file",
        [pytest.param(p, marks=pytest.mark.shared, id=p.stem.split("__")[-1]) for p in files],
    )


@pytest.fixture
def session_body() -> Any:
    """Factory: the ``{"value": {...}}`` body of a session-create response."""

    def make(token: str, expiration: date, session_id: int = 1) -> dict[str, Any]:
        return {
            "value": {
                "id": session_id,
                "version": 1,
                "expirationDate": expiration.isoformat(),
                "token": token,
                "encryptionKey": None,
            }
        }

    return make
