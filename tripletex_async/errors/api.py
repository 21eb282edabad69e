"""HTTP error answers: :class:`APIError` and its subclasses, chosen by status and Tripletex error code."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

import httpx

from .base import TripletexError

__all__ = [
    "ERROR_CODES",
    "MAX_RAW_BODY",
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DuplicateError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RevisionConflictError",
    "ServerError",
    "SessionCreationError",
    "ValidationError",
    "ValidationMessage",
    "error_class_for",
    "reason_phrase",
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


def reason_phrase(status: int) -> str:
    try:
        return httpx.codes.get_reason_phrase(status)
    except Exception:
        return ""


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
        reason = self.reason or reason_phrase(self.status)
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
