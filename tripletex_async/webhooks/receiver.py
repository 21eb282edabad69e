"""An ASGI receiver for Tripletex webhook deliveries (mount it in Starlette / FastAPI, or call ``handle``).

Every delivery is authenticated before anything else happens: the HMAC signature over the *raw*
body (``hmac_secret``) and/or the custom auth header (``auth_header``), both compared in constant
time. Anything that fails gets 401 and is not parsed, de-duplicated or handed to a callback.

Then the envelope is parsed into a ``WebhookEvent``, redeliveries are dropped by idempotency key
(``SeenStore``; bounded in-memory by default), and the matching async callbacks run. If a callback
raises, the answer is 500 and the key is *not* recorded, so the service retries: nothing that was
acknowledged is lost, and nothing acknowledged is handled twice.

    receiver = WebhookReceiver(hmac_secret=secret)

    @receiver.on("customer.*")
    async def customer_changed(event: WebhookEvent) -> None: ...

    app = Starlette(routes=[Route("/hooks/tripletex", receiver, methods=["POST"])])
"""

from __future__ import annotations

import asyncio
import fnmatch
import hmac
import json
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any, Protocol

from .events import EnvelopeError, WebhookEvent, parse_event
from .signing import IDEMPOTENCY_HEADER, SIGNATURE_HEADER, verify_signature

__all__ = [
    "EventHandler",
    "InMemorySeenStore",
    "ReceiverResult",
    "SeenStore",
    "WebhookReceiver",
]

log = logging.getLogger("tripletex_async.webhooks")

EventHandler = Callable[[WebhookEvent], Awaitable[None]]
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_MAX_BODY = 10 * 1024 * 1024


class SeenStore(Protocol):
    """Idempotency keys of deliveries already handled (persist it to survive restarts)."""

    async def seen(self, key: str) -> bool: ...

    async def mark(self, key: str) -> None: ...


class InMemorySeenStore:
    """The last ``max_size`` keys handled, in memory (oldest forgotten first)."""

    def __init__(self, max_size: int = 100_000) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self.max_size = max_size
        self._keys: OrderedDict[str, None] = OrderedDict()

    async def seen(self, key: str) -> bool:
        return key in self._keys

    async def mark(self, key: str) -> None:
        self._keys[key] = None
        self._keys.move_to_end(key)
        while len(self._keys) > self.max_size:
            self._keys.popitem(last=False)

    def __len__(self) -> int:
        return len(self._keys)


@dataclass(frozen=True)
class ReceiverResult:
    """What to answer: status, a short JSON body, and the event when one was parsed."""

    status: int
    detail: str
    event: WebhookEvent | None = None
    duplicate: bool = False

    @property
    def body(self) -> bytes:
        return json.dumps({"status": self.status, "detail": self.detail}).encode()


class WebhookReceiver:
    """ASGI app (and framework-neutral ``handle``) receiving Tripletex webhook deliveries.

    ``hmac_secret``: the subscription's ``hmacSharedSecret`` (or several, to rotate secrets).
    ``auth_header``: ``(name, value)`` matching the subscription's ``authHeaderName``/``Value``.
    At least one is required. ``require_idempotency_key`` (default True) refuses deliveries
    without the ``idempotency-key`` header (they could not be de-duplicated).
    """

    def __init__(
        self,
        *,
        hmac_secret: str | Iterable[str] | None = None,
        auth_header: tuple[str, str] | None = None,
        seen_store: SeenStore | None = None,
        require_idempotency_key: bool = True,
        handler: EventHandler | None = None,
    ) -> None:
        secrets_ = [hmac_secret] if isinstance(hmac_secret, str) else list(hmac_secret or ())
        if any(not s for s in secrets_):
            raise ValueError("an HMAC secret must not be empty")
        if auth_header is not None and (not auth_header[0] or not auth_header[1]):
            raise ValueError("auth_header needs a name and a value")
        if not secrets_ and auth_header is None:
            raise ValueError(
                "a receiver needs hmac_secret and/or auth_header: it never accepts unauthenticated calls"
            )
        self._secrets = [s.encode() for s in secrets_]
        self._auth_name = auth_header[0].lower() if auth_header else None
        self._auth_value = auth_header[1].encode() if auth_header else None
        self.seen_store: SeenStore = seen_store if seen_store is not None else InMemorySeenStore()
        self.require_idempotency_key = require_idempotency_key
        self._handlers: list[tuple[str, EventHandler]] = []
        if handler is not None:
            self._handlers.append(("*", handler))
        self._in_flight: set[str] = set()
        self.rejected = 0  # deliveries refused with 401 (counter for tests and metrics)

    # Registration -------------------------------------------------------------------------
    def on(self, pattern: str = "*") -> Callable[[EventHandler], EventHandler]:
        """Decorator: call the handler for events matching ``pattern`` (``customer.*``, ``*.delete``)."""

        def register(fn: EventHandler) -> EventHandler:
            self.add_handler(pattern, fn)
            return fn

        return register

    def add_handler(self, pattern: str, handler: EventHandler) -> None:
        self._handlers.append((pattern, handler))

    def handlers_for(self, event_name: str) -> list[EventHandler]:
        return [h for p, h in self._handlers if fnmatch.fnmatchcase(event_name, p)]

    # Verification -------------------------------------------------------------------------
    def authenticate(self, headers: Mapping[str, str], body: bytes) -> bool:
        """Whether the delivery carries a valid signature and/or auth header (all that are configured)."""
        ok = True
        if self._auth_name is not None and self._auth_value is not None:
            given = headers.get(self._auth_name)
            ok = given is not None and hmac.compare_digest(given.encode("utf-8", "replace"), self._auth_value)
        if self._secrets:
            key = headers.get(IDEMPOTENCY_HEADER) or ""
            signature = headers.get(SIGNATURE_HEADER)
            # check every secret (no early exit on the first match) to keep timing uniform
            matches = [verify_signature(s, key, body, signature) for s in self._secrets]
            ok = ok and any(matches)
        return ok

    # Handling -----------------------------------------------------------------------------
    async def handle(self, headers: Mapping[str, str], body: bytes) -> ReceiverResult:
        """Verify, parse, de-duplicate and dispatch one delivery. ``headers`` keys are lower-case."""
        headers = {k.lower(): v for k, v in headers.items()}
        if not self.authenticate(headers, body):
            self.rejected += 1
            return ReceiverResult(401, "unauthorized")
        key = headers.get(IDEMPOTENCY_HEADER) or None
        if key is None and self.require_idempotency_key:
            return ReceiverResult(400, f"missing {IDEMPOTENCY_HEADER} header")
        try:
            event = parse_event(json.loads(body), idempotency_key=key)
        except (ValueError, EnvelopeError) as exc:  # JSONDecodeError is a ValueError
            return ReceiverResult(400, f"bad envelope: {exc}")
        if key is not None:
            if key in self._in_flight:  # the same delivery twice at once: let the service retry later
                return ReceiverResult(409, "delivery in progress", event, duplicate=True)
            if await self.seen_store.seen(key):
                return ReceiverResult(200, "duplicate", event, duplicate=True)
            self._in_flight.add(key)
        try:
            for handler in self.handlers_for(event.event):
                await handler(event)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("webhook handler failed for %s id=%s (key %s)", event.event, event.id, key)
            return ReceiverResult(500, "handler failed", event)
        else:
            if key is not None:
                await self.seen_store.mark(key)
            return ReceiverResult(200, "ok", event)
        finally:
            if key is not None:
                self._in_flight.discard(key)

    # ASGI -------------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise RuntimeError(f"WebhookReceiver serves http, not {scope['type']}")
        if scope["method"] != "POST":
            await _respond(send, ReceiverResult(405, "method not allowed"), {"allow": "POST"})
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > _MAX_BODY:
                await _respond(send, ReceiverResult(413, "body too large"))
                return
            if not message.get("more_body", False):
                break
        headers: dict[str, str] = {}
        for raw_name, raw_value in scope.get("headers", ()):
            name = raw_name.decode("latin-1").lower()
            value = raw_value.decode("latin-1")
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        result = await self.handle(headers, bytes(body))
        await _respond(send, result)


async def _respond(send: Send, result: ReceiverResult, extra: Mapping[str, str] | None = None) -> None:
    body = result.body
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": result.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
