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

The hierarchy lives in :mod:`.base` (the root and the errors that are not HTTP answers) and
:mod:`.api` (HTTP error answers); :mod:`.responses` builds them from responses. Import every name
from here.
"""

from __future__ import annotations

from ..rate_headers import parse_retry_after
from ..redaction import redact_path, redact_text, redact_url, scrub_secrets
from .api import (
    ERROR_CODES,
    MAX_RAW_BODY,
    APIError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DuplicateError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RevisionConflictError,
    ServerError,
    SessionCreationError,
    ValidationError,
    ValidationMessage,
    error_class_for,
)
from .base import (
    BulkError,
    ClientGone,
    ConfigurationError,
    EnvelopeError,
    IntakeRefused,
    MissingFieldError,
    ResponseParseError,
    SpecError,
    StoreError,
    TransportError,
    TripletexError,
)
from .responses import error_from_response, raise_for_status

__all__ = [
    "ERROR_CODES",
    "MAX_RAW_BODY",
    "APIError",
    "AuthenticationError",
    "BadRequestError",
    "BulkError",
    "ClientGone",
    "ConfigurationError",
    "ConflictError",
    "DuplicateError",
    "EnvelopeError",
    "IntakeRefused",
    "MissingFieldError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseParseError",
    "RevisionConflictError",
    "ServerError",
    "SessionCreationError",
    "SpecError",
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
