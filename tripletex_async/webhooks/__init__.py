"""Tripletex webhooks: subscription helpers, a verifying ASGI receiver, typed events, a local mirror.

    from tripletex_async.webhooks import WebhookReceiver, WebhookSubscriptions, generate_secret

See ``subscriptions`` (create/list/update/delete, disabled ones), ``receiver`` (signature and
auth-header checks, de-duplication, async callbacks), ``intake`` (the body read within bounds
before it is authenticated), ``seen`` (in-memory, SQLite and Redis records of handled deliveries),
``events`` (event names and typed payloads) and ``mirror`` (a local copy kept current by events).
"""

from __future__ import annotations

from .events import (
    RESOURCE_MODELS,
    EnvelopeError,
    EventName,
    KnownEvent,
    WebhookEvent,
    model_for,
    parse_event,
    split_event_name,
    validate_event_name,
)
from .intake import BodyLimits
from .mirror import Mirror
from .receiver import EventHandler, ReceiverResult, UnauthenticatedBodyWarning, WebhookReceiver
from .seen import InMemorySeenStore, RedisSeenStore, SeenStore, SqliteSeenStore
from .signing import (
    IDEMPOTENCY_HEADER,
    SIGNATURE_HEADER,
    SignatureCheck,
    generate_secret,
    sign,
    verify_signature,
)
from .subscriptions import CreatedSubscription, DisabledSubscription, WebhookSubscriptions

__all__ = [
    "IDEMPOTENCY_HEADER",
    "RESOURCE_MODELS",
    "SIGNATURE_HEADER",
    "BodyLimits",
    "CreatedSubscription",
    "DisabledSubscription",
    "EnvelopeError",
    "EventHandler",
    "EventName",
    "InMemorySeenStore",
    "KnownEvent",
    "Mirror",
    "ReceiverResult",
    "RedisSeenStore",
    "SeenStore",
    "SignatureCheck",
    "SqliteSeenStore",
    "UnauthenticatedBodyWarning",
    "WebhookEvent",
    "WebhookReceiver",
    "WebhookSubscriptions",
    "generate_secret",
    "model_for",
    "parse_event",
    "sign",
    "split_event_name",
    "validate_event_name",
    "verify_signature",
]
