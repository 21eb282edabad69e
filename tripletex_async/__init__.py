"""tripletex-async: the asyncio client for the Tripletex API v2.

Public names are loaded on first use, so `import tripletex_async` stays cheap::

    from tripletex_async import TripletexClient

    async with TripletexClient() as tx:          # tokens from TRIPLETEX_* variables
        customers = await tx.customer.search(count=10)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._runtime import UNSET, File, Response, Unset
    from .client import CompanyView, TripletexClient
    from .config import ClientConfig
    from .errors import (
        APIError,
        AuthenticationError,
        BadRequestError,
        BulkError,
        ConfigurationError,
        ConflictError,
        DuplicateError,
        EnvelopeError,
        MissingFieldError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ResponseParseError,
        RevisionConflictError,
        ServerError,
        SessionCreationError,
        SpecError,
        TransportError,
        TripletexError,
        ValidationError,
        ValidationMessage,
    )
    from .missing import Missing, present, present_or
    from .ratelimit import RateLimiter
    from .request_options import RequestOptions
    from .token_store import LockingTokenStore, MemoryTokenStore, SessionToken, TokenStore
    from .transport import RetryPolicy

_EXPORTS: dict[str, str] = {
    "UNSET": "_runtime",
    "Unset": "_runtime",
    "File": "_runtime",
    "Response": "_runtime",
    "TripletexClient": "client",
    "CompanyView": "client",
    "ClientConfig": "config",
    "RetryPolicy": "transport",
    "RateLimiter": "ratelimit",
    "RequestOptions": "request_options",
    "LockingTokenStore": "token_store",
    "MemoryTokenStore": "token_store",
    "SessionToken": "token_store",
    "TokenStore": "token_store",
    "Missing": "missing",
    "present": "missing",
    "present_or": "missing",
    **{
        name: "errors"
        for name in (
            "APIError",
            "AuthenticationError",
            "BadRequestError",
            "BulkError",
            "ConfigurationError",
            "ConflictError",
            "DuplicateError",
            "EnvelopeError",
            "MissingFieldError",
            "NotFoundError",
            "PermissionDeniedError",
            "RateLimitError",
            "ResponseParseError",
            "RevisionConflictError",
            "ServerError",
            "SessionCreationError",
            "SpecError",
            "TransportError",
            "TripletexError",
            "ValidationError",
            "ValidationMessage",
        )
    },
}

__all__ = [
    "UNSET",
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "BulkError",
    "ClientConfig",
    "CompanyView",
    "ConfigurationError",
    "ConflictError",
    "DuplicateError",
    "EnvelopeError",
    "File",
    "LockingTokenStore",
    "MemoryTokenStore",
    "Missing",
    "MissingFieldError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RequestOptions",
    "Response",
    "ResponseParseError",
    "RetryPolicy",
    "RevisionConflictError",
    "ServerError",
    "SessionCreationError",
    "SessionToken",
    "SpecError",
    "TokenStore",
    "TransportError",
    "TripletexClient",
    "TripletexError",
    "Unset",
    "ValidationError",
    "ValidationMessage",
    "present",
    "present_or",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'tripletex_async' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
