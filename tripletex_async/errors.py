"""Exception hierarchy for the Tripletex client, and helpers that turn responses into exceptions.

Every exception raised on purpose by ``tripletex_async`` derives from :class:`TripletexError`.
HTTP errors answered by Tripletex are :class:`APIError` subclasses chosen by status (and, for
409, by Tripletex error code); they are built by :func:`error_from_response`, which copes with
complete or partial JSON envelopes, HTML error pages and empty bodies.

Every error built from a response is scrubbed at construction: of the secrets the caller names
(the client's tokens) and of every secret the request carried (``redaction.request_secrets``: a
session token in the path or Authorization header, tokens in the query string or JSON body), in
its message, developer message, validation messages, link, URL and raw body. The redaction helpers
live in :mod:`tripletex_async.redaction` (re-exported here for existing imports).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import httpx

from .rate_headers import parse_retry_after
from .redaction import redact_path, redact_text, redact_url, request_secrets, scrub, scrub_secrets

__all__ = [
    "ERROR_CODES",
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DuplicateError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "RevisionConflictError",
    "ServerError",
    "SessionCreationError",
    "StoreError",
    "TransportError",
    "TripletexError",
    "ValidationError",
    "ValidationMessage",
    "error_class_for",
    "error_from_response",
    "parse_retry_after",
    "raise_for_status",
    "redact_path",
    "redact_text",
    "redact_url",
    "scrub_secrets",
]

#: Longest stretch of the response body kept on an :class:`APIError` (``raw_body``).
MAX_RAW_BODY = 2000

#: Tripletex error codes (``code`` in the error envelope) and what they mean.
ERROR_CODES: Mapping[int, str] = {
    1000: "internal error",
    3000: "authentication error",
    4000: "bad request",
    6000: "not found",
    7000: "object exists",
    8000: "revision conflict",
    9000: "permission denied",
    10000: "locked",
    11000: "illegal filter",
    12000: "path parameter error",
    14000: "duplicate",
    15000: "value validation error",
    16000: "mapping error",
    17000: "sorting error",
    18000: "validation error",
    21000: "parameter error",
    22000: "invalid JSON",
    23000: "result set too large",
    24000: "crypto error",
}

# --------------------------------------------------------------------------------------------
# Exceptions
# --------------------------------------------------------------------------------------------


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


@dataclass(frozen=True, slots=True)
class ValidationMessage:
    """One entry of ``validationMessages`` in a Tripletex error envelope."""

    field: str | None
    message: str | None
    path: str | None = None

    def __str__(self) -> str:
        msg = self.message or "invalid value"
        return f"{self.field}: {msg}" if self.field else msg


class APIError(TripletexError):
    """Tripletex answered with an HTTP error status.

    Attributes: ``status``, ``code`` (Tripletex error code or None), ``message`` (server message
    or None), ``developer_message``, ``validation_messages`` (tuple of :class:`ValidationMessage`),
    ``request_id`` (body ``requestId`` or header ``x-tlx-request-id``), ``method``, ``url``
    (without credentials), ``link``, ``raw_body`` (truncated response text) and ``reason``.
    ``str(err)`` is the text to show a user; ``repr(err)`` adds status, code and request id.
    """

    default_status: ClassVar[int] = 0

    def __init__(
        self,
        message: str | None = None,
        *,
        status: int | None = None,
        code: int | None = None,
        developer_message: str | None = None,
        validation_messages: Iterable[ValidationMessage] = (),
        request_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
        link: str | None = None,
        raw_body: str = "",
        reason: str | None = None,
    ) -> None:
        self.status: int = status if status is not None else self.default_status
        self.code = code
        self.message = message
        self.developer_message = developer_message
        self.validation_messages: tuple[ValidationMessage, ...] = tuple(validation_messages)
        self.request_id = request_id
        self.method = method
        self.url = url
        self.link = link
        self.raw_body = raw_body[:MAX_RAW_BODY]
        self.reason = reason
        super().__init__(self._display())

    # What the user should see -------------------------------------------------------------
    def _base_message(self) -> str:
        for candidate in (self.message, self.developer_message):
            if candidate and candidate.strip():
                return candidate.strip()
        return self._generic_message()

    def _generic_message(self) -> str:
        reason = self.reason or _reason_phrase(self.status)
        text = f"Tripletex request failed with HTTP {self.status}"
        if reason:
            text += f" {reason}"
        if self.code is not None:
            described = ERROR_CODES.get(self.code)
            text += f" (code {self.code}{': ' + described if described else ''})"
        return text

    def _display(self) -> str:
        text = self._base_message()
        details = [str(v) for v in self.validation_messages if v.field or v.message]
        if details:
            text += " (" + "; ".join(details) + ")"
        return text

    def __str__(self) -> str:
        return self._display()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status}, code={self.code}, "
            f"request_id={self.request_id!r}, message={self._display()!r})"
        )


class BadRequestError(APIError):
    """HTTP 400 (codes 4000 bad request, 11000 illegal filter, 12000 path parameter, 24000 crypto)."""

    default_status = 400


class AuthenticationError(APIError):
    """HTTP 401: the session token is invalid/expired, or the company is not accessible."""

    default_status = 401


class SessionCreationError(AuthenticationError):
    """Creating a session token failed; ``hint`` names the likely cause.

    ``status`` is the HTTP status of the session call (usually 401 or 422, sometimes 400/403/404).
    """

    def __init__(self, message: str | None = None, *, hint: str = "", **kwargs: Any) -> None:
        self.hint = hint
        super().__init__(message, **kwargs)

    def _display(self) -> str:
        server = super()._display()
        if not self.hint:
            return server
        said = (self.message or "").strip() or (self.developer_message or "").strip()
        if not said and not self.validation_messages:
            return f"{self.hint} (HTTP {self.status})" if self.status else self.hint
        return f"{self.hint} Tripletex said: {server}"

    @classmethod
    def from_api_error(cls, err: APIError, hint: str) -> SessionCreationError:
        return cls(
            err.message,
            hint=hint,
            status=err.status,
            code=err.code,
            developer_message=err.developer_message,
            validation_messages=err.validation_messages,
            request_id=err.request_id,
            method=err.method,
            url=err.url,
            link=err.link,
            raw_body=err.raw_body,
            reason=err.reason,
        )


class PermissionDeniedError(APIError):
    """HTTP 403 (code 9000): the employee lacks access to this feature or company."""

    default_status = 403


class NotFoundError(APIError):
    """HTTP 404 (code 6000, sometimes 21000 for unknown routes)."""

    default_status = 404


class ConflictError(APIError):
    """HTTP 409 (codes 7000 object exists, 8000 revision, 10000 locked, 14000 duplicate)."""

    default_status = 409


class RevisionConflictError(ConflictError):
    """HTTP 409 code 8000: the object was changed since you read it (stale ``version``)."""


class DuplicateError(ConflictError):
    """HTTP 409 codes 7000/14000: the object already exists."""


class ValidationError(APIError):
    """HTTP 422 (codes 15000-18000, 21000-23000): see ``validation_messages``."""

    default_status = 422


class RateLimitError(APIError):
    """HTTP 429. ``retry_after`` is seconds until the rate-limit period ends, if known."""

    default_status = 429

    def __init__(
        self, message: str | None = None, *, retry_after: float | None = None, **kwargs: Any
    ) -> None:
        self.retry_after = retry_after
        super().__init__(message, **kwargs)

    def _generic_message(self) -> str:
        text = "Tripletex rate limit exceeded (HTTP 429)"
        if self.retry_after is not None:
            text += f"; retry in {self.retry_after:g} s"
        return text


class ServerError(APIError):
    """HTTP 5xx (code 1000 on 500). Tripletex often leaves ``message`` null here."""

    default_status = 500


_BY_STATUS: Mapping[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}


def error_class_for(status: int, code: int | None = None) -> type[APIError]:
    """The :class:`APIError` subclass for an HTTP status and Tripletex error code."""
    if status == 409:
        if code == 8000:
            return RevisionConflictError
        if code in (7000, 14000):
            return DuplicateError
        return ConflictError
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, APIError)


# --------------------------------------------------------------------------------------------
# Building errors from responses
# --------------------------------------------------------------------------------------------


def _reason_phrase(status: int) -> str:
    try:
        return httpx.codes.get_reason_phrase(status)
    except Exception:
        return ""


def _as_str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, int | float | bool):
        return str(value)
    return None


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _validation_messages(value: object) -> tuple[ValidationMessage, ...]:
    if not isinstance(value, list):
        return ()
    out: list[ValidationMessage] = []
    for item in value:
        if isinstance(item, Mapping):
            out.append(
                ValidationMessage(
                    field=_as_str(item.get("field")),
                    message=_as_str(item.get("message")),
                    path=_as_str(item.get("path")),
                )
            )
        elif isinstance(item, str) and item.strip():
            out.append(ValidationMessage(field=None, message=item.strip()))
    return tuple(out)


_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]+>")


def _html_summary(text: str) -> str | None:
    match = _TITLE_RE.search(text)
    candidate = match.group(1) if match else None
    if not candidate:
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", text, re.IGNORECASE | re.DOTALL)
        candidate = h1.group(1) if h1 else None
    if not candidate:
        return None
    cleaned = " ".join(_TAG_RE.sub(" ", candidate).split())
    return cleaned[:200] or None


def _response_text(response: httpx.Response) -> str:
    try:
        return response.text
    except Exception:  # not read yet (streaming), undecodable, ...
        try:
            return response.content.decode("utf-8", errors="replace")
        except Exception:
            return ""


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a hand-made response without a request
        return None


def error_from_response(response: httpx.Response, secrets: Iterable[str] = ()) -> APIError:
    """Build the right :class:`APIError` subclass from an error response. Never raises.

    Every text on the error is scrubbed of ``secrets`` (pass every secret the caller holds) and of
    the secrets the request itself carried. The response should have been read
    (``await response.aread()``); if not, the body is ignored.
    """
    status = response.status_code
    text = _response_text(response)
    headers = response.headers
    request = _request_of(response)
    hidden = [*secrets, *request_secrets(request)]

    method: str | None = None
    url: str | None = None
    if request is not None:
        method = request.method
        url = scrub_secrets(redact_url(request.url), hidden)

    envelope: Mapping[str, Any] | None = None
    stripped = text.lstrip()
    if stripped[:1] in ("{", "["):
        try:
            parsed = json.loads(stripped)
        except ValueError:
            parsed = None
        if isinstance(parsed, Mapping):
            envelope = parsed
        elif isinstance(parsed, list) and parsed and isinstance(parsed[0], Mapping):
            envelope = parsed[0]

    code: int | None = None
    message: str | None = None
    developer_message: str | None = None
    link: str | None = None
    validation: tuple[ValidationMessage, ...] = ()
    request_id: str | None = None
    if envelope is not None:
        code = _as_int(envelope.get("code"))
        message = _as_str(envelope.get("message"))
        developer_message = _as_str(envelope.get("developerMessage"))
        link = _as_str(envelope.get("link"))
        validation = _validation_messages(envelope.get("validationMessages"))
        request_id = _as_str(envelope.get("requestId"))
        if message is None and developer_message is None and validation == ():
            # Some gateways answer {"error": "..."} or {"detail": "..."}.
            for key in ("error", "detail", "title", "error_description"):
                message = _as_str(envelope.get(key))
                if message:
                    break
    elif "<html" in text[:2000].lower() or "<!doctype" in text[:200].lower():
        summary = _html_summary(text)
        reason = response.reason_phrase or _reason_phrase(status)
        message = f"Tripletex answered HTTP {status} {reason} with an HTML page".rstrip()
        if summary:
            message += f" ({summary!r})"
    elif stripped:
        first_line = stripped.splitlines()[0][:200]
        message = f"HTTP {status}: {first_line}" if first_line else None

    if request_id is None:
        request_id = headers.get("x-tlx-request-id") or None

    cls = error_class_for(status, code)
    message = scrub(message, hidden)
    kwargs: dict[str, Any] = {
        "status": status,
        "code": code,
        "developer_message": scrub(developer_message, hidden),
        "validation_messages": _scrubbed_messages(validation, hidden),
        "request_id": scrub(request_id, hidden),
        "method": method,
        "url": url,
        "link": scrub(link, hidden),
        "raw_body": (scrub(text[: MAX_RAW_BODY * 2], hidden) or "")[:MAX_RAW_BODY],
        "reason": response.reason_phrase or None,
    }
    try:
        if issubclass(cls, RateLimitError):
            return cls(message, retry_after=parse_retry_after(headers), **kwargs)
        return cls(message, **kwargs)
    except Exception:  # pragma: no cover - defensive: never fail while reporting a failure
        return APIError(None, status=status, request_id=request_id)


def _scrubbed_messages(
    messages: Sequence[ValidationMessage], hidden: list[str]
) -> tuple[ValidationMessage, ...]:
    return tuple(
        ValidationMessage(
            field=scrub(v.field, hidden), message=scrub(v.message, hidden), path=scrub(v.path, hidden)
        )
        for v in messages
    )


def raise_for_status(response: httpx.Response, secrets: Iterable[str] = ()) -> None:
    """Raise the matching :class:`APIError` if ``response`` is an HTTP error (status >= 400).

    The response must have been read (``await response.aread()``) for the body to be used.
    """
    if response.status_code >= 400:
        raise error_from_response(response, secrets)


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
