"""The Starlette example runs end to end against the emulator."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "webhooks_starlette.py"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_example_keeps_its_copy_fresh(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PUBLIC_URL", raising=False)
    spec = importlib.util.spec_from_file_location("webhooks_starlette_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.app is None  # no PUBLIC_URL: nothing built at import
    assert await module.demo() is True
    out = capsys.readouterr().out
    assert "events applied: 3; copy equals re-fetch: True" in out
