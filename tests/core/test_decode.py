"""JSON decoding of answers: msgspec, with the standard library for what msgspec refuses."""

from __future__ import annotations

import json
import math

import pytest

from tripletex_async._runtime.decode import loads


def test_decodes_like_the_standard_library() -> None:
    body = '{"values": [{"id": 1, "name": "Ærlig Øl", "n": 1.5, "ok": true, "x": null}], "count": 1}'
    assert loads(body.encode()) == json.loads(body)
    assert loads(body) == json.loads(body)
    assert loads(memoryview(body.encode())) == json.loads(body)


def test_what_msgspec_refuses_is_decoded_by_the_standard_library_and_big_ints_stay_exact() -> None:
    assert loads(b'{"id": 123456789012345678901234567890}') == {"id": 123456789012345678901234567890}
    assert math.isnan(loads(b'{"rate": NaN}')["rate"])  # as json.loads gives it
    assert loads(b'{"s": "\\ud800"}') == {"s": "\ud800"}


def test_not_json_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        loads(b"<html>Service Unavailable</html>")
    with pytest.raises(ValueError):
        loads(b"")


def test_deep_nesting_is_a_value_error_not_a_recursion_error() -> None:
    with pytest.raises(ValueError):
        loads(b"[" * 200_000 + b"]" * 200_000)
