"""Tripletex webhooks: subscription helpers, a verifying ASGI receiver, typed events, a local mirror.

    from tripletex_async.webhooks import WebhookReceiver, WebhookSubscriptions, generate_secret

See ``subscriptions`` (create/list/update/delete, disabled ones), ``receiver`` (signature and
auth-header checks, de-duplication, async callbacks), ``events`` (event names and typed payloads)
and ``mirror`` (a local copy kept current by events).
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
from .mirror import Mirror
from .receiver import EventHandler, InMemorySeenStore, ReceiverResult, SeenStore, WebhookReceiver
from .signing import IDEMPOTENCY_HEADER, SIGNATURE_HEADER, generate_secret, sign, verify_signature
from .subscriptions import CreatedSubscription, DisabledSubscription, WebhookSubscriptions

__all__ = [
    "IDEMPOTENCY_HEADER",
    "RESOURCE_MODELS",
    "SIGNATURE_HEADER",
    "CreatedSubscription",
    "DisabledSubscription",
    "EnvelopeError",
    "EventHandler",
    "EventName",
    "InMemorySeenStore",
    "KnownEvent",
    "Mirror",
    "ReceiverResult",
    "SeenStore",
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
