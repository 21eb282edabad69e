"""`Response`: an operation's parsed answer together with its status, headers and request id."""

from __future__ import annotations

from collections.abc import MutableMapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Generic, TypeVar

from attrs import define

if TYPE_CHECKING:
    from ..ratelimit import RateLimitSnapshot

__all__ = ["Response"]

T = TypeVar("T")


@define
class Response(Generic[T]):
    """What `tx.<group>.<operation>_with_response(...)` returns."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None

    @property
    def request_id(self) -> str | None:
        """The service's request id (header `x-tlx-request-id`), for support and logs."""
        return self.headers.get("x-tlx-request-id")

    @property
    def rate_limit(self) -> RateLimitSnapshot:
        """The rate-limit state the service reported with this response (`X-Rate-Limit-*`)."""
        from ..ratelimit import RateLimitSnapshot

        return RateLimitSnapshot.from_headers(self.headers)
