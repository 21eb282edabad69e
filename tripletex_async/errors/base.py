"""The root of the exception hierarchy and the errors that do not come from an HTTP error answer.

Every exception raised on purpose by ``tripletex_async`` derives from :class:`TripletexError`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from ..redaction import redact_url, request_secrets, scrub

__all__ = [
    "BulkError",
    "ClientGone",
    "ConfigurationError",
    "EnvelopeError",
    "IntakeRefused",
    "MissingFieldError",
    "ResponseParseError",
    "SpecError",
    "StoreError",
    "TransportError",
    "TripletexError",
]


def _restore(cls: type[TripletexError], args: tuple[Any, ...], state: dict[str, Any]) -> TripletexError:
    obj = cls.__new__(cls)
    Exception.__init__(obj, *args)
    obj.__dict__.update(state)
    return obj


class TripletexError(Exception):
    """Base class of every error raised by ``tripletex_async``."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword-only arguments; rebuild from state instead of calling __init__.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class ConfigurationError(TripletexError, ValueError):
    """Invalid input from the caller (configuration, arguments). Never contains secrets."""


class TransportError(TripletexError):
    """The request could not be completed because of network failures (after retries).

    The underlying ``httpx`` exception is available as ``__cause__``.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        attempts: int = 1,
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.attempts = attempts

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.args[0] if self.args else ''!r}, method={self.method!r}, "
            f"url={self.url!r}, attempts={self.attempts})"
        )


class MissingFieldError(TripletexError):
    """A field read with ``tripletex_async.present(...)`` was not in the answer (e.g. left out by a
    ``fields`` filter, or never set on the resource)."""


class ResponseParseError(TripletexError):
    """A successful status whose body this client could not read into the operation's model.

    Raised instead of a crash inside generated code; carries status, request id, method and URL.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        request_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.request_id = request_id
        self.method = method
        self.url = url

    @classmethod
    def from_response(cls, response: httpx.Response, detail: str) -> ResponseParseError:
        request = response.request
        url = redact_url(request.url)
        message = f"could not read the {response.status_code} answer to {request.method} {url}: {detail}"
        return cls(
            scrub(message, request_secrets(request)) or "",
            status=response.status_code,
            request_id=response.headers.get("x-tlx-request-id"),
            method=request.method,
            url=url,
        )

    @classmethod
    @contextmanager
    def guard(cls, response: httpx.Response) -> Iterator[None]:
        """Turn a failure to read `response` into a ResponseParseError (one place for every reader)."""
        try:
            yield
        except (TypeError, ValueError, KeyError, AttributeError, IndexError) as exc:
            raise cls.from_response(response, f"{type(exc).__name__}: {exc}") from exc

    def __repr__(self) -> str:
        return f"ResponseParseError(status={self.status}, request_id={self.request_id!r}, message={self.args[0]!r})"


class StoreError(TripletexError):
    """A local sync store cannot be used: not a store, damaged (``damaged``: it failed SQLite's
    integrity check or its digests file is unreadable), or not writable. ``path`` names it."""

    def __init__(self, message: str, *, path: Path, damaged: bool = False) -> None:
        super().__init__(message)
        self.path = path
        self.damaged = damaged


class EnvelopeError(TripletexError, ValueError):
    """A webhook body is not a webhook envelope (malformed, too deep, wrong shape)."""


class SpecError(TripletexError):
    """A spec could not be loaded or is not a usable OpenAPI 3.x document.

    ``str(error)`` is always exactly one line: ``<source>: <problem>``.
    """

    def __init__(self, message: str) -> None:
        self.message = " ".join(message.split())
        super().__init__(self.message)


class BulkError(TripletexError):
    """Raised by ``BulkResult.raise_for_failures``; ``failures`` holds every failed ``Outcome``."""

    def __init__(self, failures: Sequence[Any], total: int) -> None:
        first = failures[0]
        super().__init__(
            f"{len(failures)} of {total} calls failed; first: input {first.input!r}: "
            f"{type(first.error).__name__}: {first.error}"
        )
        self.failures = list(failures)


class IntakeRefused(TripletexError):
    """A webhook delivery refused before it is authenticated: ``status`` and a short ``detail``."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class ClientGone(TripletexError):
    """A webhook sender disconnected before the body was complete (nothing to answer)."""
