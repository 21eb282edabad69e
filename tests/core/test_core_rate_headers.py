"""The one rate-limit header parser, and every reader of those headers agreeing with it."""

from __future__ import annotations

from datetime import UTC, datetime
from http import HTTPStatus

import httpx
import pytest

from tripletex_async import RateLimitError, Response
from tripletex_async.errors import error_from_response
from tripletex_async.rate_headers import MAX_WAIT_SECONDS, RateLimitSnapshot, parse_retry_after
from tripletex_async.ratelimit import RateLimitState

NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        # the disagreement the parsers used to have: fractional reset kept, negative remaining = spent
        ({"X-Rate-Limit-Reset": "0.5", "X-Rate-Limit-Remaining": "-1"}, (None, 0, 0.5, None)),
        (
            {"X-Rate-Limit-Limit": "100", "X-Rate-Limit-Remaining": "97", "X-Rate-Limit-Reset": "12"},
            (100, 97, 12.0, None),
        ),
        ({"X-Rate-Limit-Limit": "-5", "X-Rate-Limit-Remaining": "3.9"}, (None, 3, None, None)),
        ({"X-Rate-Limit-Reset": "-3"}, (None, None, 0.0, None)),  # the period is over
        ({"X-Rate-Limit-Reset": "nan", "X-Rate-Limit-Remaining": "inf"}, (None, None, None, None)),
        ({"X-Rate-Limit-Reset": "soon", "X-Rate-Limit-Limit": " 10 "}, (10, None, None, None)),
        ({"X-Rate-Limit-Reset": "1e12"}, (None, None, MAX_WAIT_SECONDS, None)),  # capped at a day
        ({"X-Rate-Limit-Remaining": "9" * 100}, (None, None, None, None)),  # too long to read
        ({"Retry-After": "7"}, (None, None, None, 7.0)),
        ({"Retry-After": "Sun, 01 Mar 2026 12:00:30 GMT"}, (None, None, None, 30.0)),
        ({"Retry-After": "Sun, 01 Mar 2026 11:00:00 GMT"}, (None, None, None, 0.0)),  # in the past
        ({"Retry-After": "whenever"}, (None, None, None, None)),
        ({}, (None, None, None, None)),
    ],
)
def test_one_reading_of_every_odd_value(headers: dict[str, str], expected: tuple[object, ...]) -> None:
    snap = RateLimitSnapshot.from_headers(headers, now=NOW)
    assert (snap.limit, snap.remaining, snap.reset_seconds, snap.retry_after) == expected


def test_reset_is_preferred_to_retry_after() -> None:
    assert parse_retry_after({"X-Rate-Limit-Reset": "3", "Retry-After": "9"}) == 3.0
    assert parse_retry_after({"Retry-After": "9"}) == 9.0
    assert parse_retry_after({"X-Rate-Limit-Reset": "x"}) is None


def test_every_reader_agrees() -> None:
    """The gate, the 429 error and Response.rate_limit read the same headers the same way."""
    headers = {"X-Rate-Limit-Limit": "10", "X-Rate-Limit-Remaining": "-1", "X-Rate-Limit-Reset": "0.5"}
    request = httpx.Request("GET", "https://tripletex.no/v2/customer")
    answer = httpx.Response(429, headers=headers, json={"status": 429, "code": 15000}, request=request)

    state = RateLimitState(slack=0.0)
    state.record(answer)
    assert (state.limit, state.remaining) == (10, 0)  # spent: the gate will hold requests

    error = error_from_response(answer)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 0.5

    wrapped: Response[None] = Response(
        status_code=HTTPStatus.TOO_MANY_REQUESTS, content=b"", headers=answer.headers, parsed=None
    )
    assert wrapped.rate_limit == RateLimitSnapshot(limit=10, remaining=0, reset_seconds=0.5)
