"""Per-call options for a view of the client: ``tx.with_options(timeout=..., retry_unsafe=...)``.

A view shares the client's pool, session and rate budget; its :class:`RequestOptions` are put on
each request it sends (httpx's ``timeout`` extension and the transport's retry extensions), so
nothing about the client itself changes.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from .errors import ConfigurationError
from .transport import RETRY_DISABLED_EXTENSION, RETRY_UNSAFE_EXTENSION

__all__ = ["NO_OPTIONS", "RequestOptions"]


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call options of a view (``tx.with_options(...)``); None = the client's own setting.

    ``timeout``: seconds (or an ``httpx.Timeout``) for each request of the view; ``retry_unsafe``:
    retry POST/PUT/DELETE on transport errors and 5xx as if they were safe (only for calls you
    know to be idempotent); ``retry``: False sends every request once (no retries, no 429 waits).
    """

    timeout: float | httpx.Timeout | None = None
    retry_unsafe: bool | None = None
    retry: bool | None = None

    def __post_init__(self) -> None:
        timeout = self.timeout
        if not (timeout is None or isinstance(timeout, httpx.Timeout) or _seconds(timeout)):
            raise ConfigurationError(f"timeout must be a number of seconds > 0, got {timeout!r}")
        for name, value in (("retry_unsafe", self.retry_unsafe), ("retry", self.retry)):
            if value is not None and not isinstance(value, bool):
                raise ConfigurationError(f"{name} must be True or False, got {value!r}")

    def merged(self, other: RequestOptions) -> RequestOptions:
        """These options with ``other``'s set values on top."""
        return RequestOptions(
            timeout=other.timeout if other.timeout is not None else self.timeout,
            retry_unsafe=other.retry_unsafe if other.retry_unsafe is not None else self.retry_unsafe,
            retry=other.retry if other.retry is not None else self.retry,
        )

    def apply(self, request: httpx.Request) -> None:
        if self.timeout is not None:
            request.extensions["timeout"] = httpx.Timeout(self.timeout).as_dict()
        if self.retry_unsafe is not None:
            request.extensions[RETRY_UNSAFE_EXTENSION] = self.retry_unsafe
        if self.retry is not None:
            request.extensions[RETRY_DISABLED_EXTENSION] = self.retry


def _seconds(value: object) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float) and 0 < value < 86400


NO_OPTIONS = RequestOptions()  # the client's own settings: nothing is put on requests
