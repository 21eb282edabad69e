"""Every real 2xx body in ../shared/real-responses parses with its operation's model and round-trips."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from tripletex_async_api.operations import OPERATIONS
from tripletex_async._runtime import Operation

from tests.support.shared import without_nulls, SHARED, shared_path

REAL = SHARED / "real-responses"


def _files() -> list[Path]:
    return sorted(REAL.glob("*.json")) if REAL.exists() else []


def _parseable(path: Path) -> bool:
    record = json.loads(path.read_text(encoding="utf-8"))
    return (
        int(record["status"]) < 300
        and record["method"] != "UNKNOWN"
        and isinstance(record["body"], dict | list)
    )


def _find_operation(method: str, path: str) -> Operation[..., Any]:
    path = path.removeprefix("/v2")
    for op in OPERATIONS:
        pattern = "^" + re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(op.path)) + "$"
        if op.method == method and re.match(pattern, path) and "{" not in path:
            if "{" in op.path and any(o.method == method and o.path == path for o in OPERATIONS):
                continue
            return op
    raise AssertionError(f"no operation for {method} {path}")


def _model_for(op: Operation[..., Any], status: int) -> Any:
    from tripletex_async import models

    return getattr(models, str(op.response_type(status)))


def test_the_corpus_is_there() -> None:
    shared_path("real-responses")
    assert len([f for f in _files() if _parseable(f)]) >= 37


@pytest.mark.shared
@pytest.mark.parametrize("path", [p for p in _files() if _parseable(p)], ids=lambda p: p.name[:90])
def test_real_body_parses_and_round_trips(path: Path) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))
    status, method = int(record["status"]), record["method"]
    op = _find_operation(method, record["path"])
    model = _model_for(op, status)
    body = record["body"]
    if record["envelope"] == "values-array-only":
        body = {"values": body}
    parsed = model.from_dict(body)
    assert parsed.to_dict() == without_nulls(body)
    assert model.from_dict(parsed.to_dict()) == parsed
