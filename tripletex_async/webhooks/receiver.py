"""An ASGI receiver for Tripletex webhook deliveries (mount it in Starlette / FastAPI, or feed it a stream).

Every delivery is authenticated before anything else happens, and what an unauthenticated sender
can cost is bounded: the custom auth header (``auth_header``) is checked before one body byte is
read; a declared ``Content-Length`` over ``max_body`` is answered 413 at once; the body is read at
most ``max_body`` bytes (default 1 MiB; deliveries are a few KB) within ``read_timeout`` seconds
(408 after), and the HMAC signature (``hmac_secret``) is computed over the chunks as they arrive.
Anything that fails gets 401 and is not parsed, de-duplicated or handed to a callback. JSON nested
deeper than ``max_depth`` is a 400.

Then the envelope is parsed into a ``WebhookEvent``, redeliveries are dropped by idempotency key
(``SeenStore``: the key and the digest of its body), and the matching async callbacks run. If a
callback raises, the answer is 500 and the key is *not* recorded, so the service retries: nothing
that was acknowledged is lost, and nothing acknowledged is handled twice. A key seen before with a
*different* body is answered 409 and logged (a replay with a forged body, or a sender bug), never
silently acknowledged.

A delivery whose ``value`` does not fit the resource's model is acknowledged (200) and reported
(a warning in the log, ``receiver.unfit``, and the ``on_unfit`` callback with the raw value), not
refused: Tripletex retries a non-2xx delivery and then disables the subscription, so a 400 would
repeat the same unreadable value until every other event of the subscription stopped arriving.

    receiver = WebhookReceiver(hmac_secret=secret, seen_store=SqliteSeenStore("webhooks.db"))

    @receiver.on("customer.*")
    async def customer_changed(event: WebhookEvent) -> None: ...

    app = Starlette(routes=[Route("/hooks/tripletex", receiver, methods=["POST"])])
"""

from __future__ import annotations

import asyncio
import fnmatch
import hashlib
import hmac
import json
import logging
import time
import warnings
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Mapping,
    MutableMapping,
)
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigurationError
from .events import EnvelopeError, WebhookEvent, parse_event
from .intake import (
    DEFAULT_MAX_BODY,
    DEFAULT_MAX_DEPTH,
    DEFAULT_READ_TIMEOUT,
    BodyLimits,
    ClientGone,
    IntakeRefused,
    check_depth,
    declared_length,
    read_body,
)
from .seen import InMemorySeenStore, SeenStore
from .signing import IDEMPOTENCY_HEADER, SIGNATURE_HEADER, SignatureCheck

__all__ = [
    "EventHandler",
    "ReceiverResult",
    "UnauthenticatedBodyWarning",
    "WebhookReceiver",
]

log = logging.getLogger("tripletex_async.webhooks")

EventHandler = Callable[[WebhookEvent], Awaitable[None]]
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class UnauthenticatedBodyWarning(UserWarning):
    """The receiver checks only a static auth header: anyone who learns it can send any body."""


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
    """ASGI app (and framework-neutral ``handle_stream``) receiving Tripletex webhook deliveries.

    ``hmac_secret``: the subscription's ``hmacSharedSecret`` (or several, to rotate secrets).
    ``auth_header``: ``(name, value)`` matching the subscription's ``authHeaderName``/``Value``.
    At least one is required; with only the header, bodies are not authenticated (a warning says
    so). ``require_idempotency_key`` (default True) refuses deliveries without the
    ``idempotency-key`` header (they could not be de-duplicated). ``max_body``, ``read_timeout`` and
    ``max_depth`` bound what is read before authentication. ``on_unfit`` receives deliveries whose
    value does not fit the model (acknowledged, see the module docstring). ``monotonic`` is the
    clock of the read deadline (injectable for tests).
    """

    def __init__(
        self,
        *,
        hmac_secret: str | Iterable[str] | None = None,
        auth_header: tuple[str, str] | None = None,
        seen_store: SeenStore | None = None,
        require_idempotency_key: bool = True,
        handler: EventHandler | None = None,
        max_body: int = DEFAULT_MAX_BODY,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        max_depth: int = DEFAULT_MAX_DEPTH,
        on_unfit: EventHandler | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        secrets_ = [hmac_secret] if isinstance(hmac_secret, str) else list(hmac_secret or ())
        if any(not s for s in secrets_):
            raise ConfigurationError("an HMAC secret must not be empty")
        if auth_header is not None and (not auth_header[0] or not auth_header[1]):
            raise ConfigurationError("auth_header needs a name and a value")
        if not secrets_ and auth_header is None:
            raise ConfigurationError(
                "a receiver needs hmac_secret and/or auth_header: it never accepts unauthenticated calls"
            )
        if not secrets_:
            message = (
                "WebhookReceiver has only a static auth header: delivery bodies are not authenticated "
                "(anyone who learns the header value can send any body); set hmac_secret too"
            )
            warnings.warn(message, UnauthenticatedBodyWarning, stacklevel=2)
            log.warning(message)
        self._secrets = [s.encode() for s in secrets_]
        self._auth_name = auth_header[0].lower() if auth_header else None
        self._auth_value = auth_header[1].encode() if auth_header else None
        self.limits = BodyLimits(max_body=max_body, read_timeout=read_timeout, max_depth=max_depth)
        self.seen_store: SeenStore = seen_store if seen_store is not None else InMemorySeenStore()
        self.require_idempotency_key = require_idempotency_key
        self._handlers: list[tuple[str, EventHandler]] = []
        if handler is not None:
            self._handlers.append(("*", handler))
        self._on_unfit = on_unfit
        self._monotonic = monotonic
        self._in_flight: set[str] = set()
        self.rejected = 0  # deliveries refused with 401 (counters for tests and metrics)
        self.refused_early = 0  # refused before authentication: 408, 413, malformed length
        self.unfit = 0  # acknowledged although the value did not fit the model
        self.key_reused = 0  # a handled key arrived again with a different body (409)

    def __repr__(self) -> str:
        auth = [name for name, on in (("hmac", self._secrets), ("auth_header", self._auth_name)) if on]
        return (
            f"WebhookReceiver(auth={'+'.join(auth)}, max_body={self.limits.max_body}, "
            f"read_timeout={self.limits.read_timeout:g}, seen_store={self.seen_store!r})"
        )

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
    def _auth_header_ok(self, headers: Mapping[str, str]) -> bool:
        if self._auth_name is None or self._auth_value is None:
            return True
        given = headers.get(self._auth_name)
        return given is not None and hmac.compare_digest(given.encode("utf-8", "replace"), self._auth_value)

    def authenticate(self, headers: Mapping[str, str], body: bytes) -> bool:
        """Whether a complete delivery carries a valid signature and/or auth header (all configured)."""
        headers = {k.lower(): v for k, v in headers.items()}
        ok = self._auth_header_ok(headers)
        if self._secrets:
            check = SignatureCheck(self._secrets, headers.get(IDEMPOTENCY_HEADER) or "")
            check.update(body)
            ok = check.verify(headers.get(SIGNATURE_HEADER)) and ok
        return ok

    # Handling -----------------------------------------------------------------------------
    async def handle(self, headers: Mapping[str, str], body: bytes) -> ReceiverResult:
        """One delivery whose body is already in memory (``max_body`` still applies: 413 over it).

        Prefer :meth:`handle_stream` in a web framework: it refuses before reading the body."""

        async def one_chunk() -> AsyncIterator[bytes]:
            yield body

        return await self.handle_stream(headers, one_chunk())

    async def handle_stream(self, headers: Mapping[str, str], chunks: AsyncIterable[bytes]) -> ReceiverResult:
        """Verify, parse, de-duplicate and dispatch one delivery whose body arrives as ``chunks``
        (Starlette/FastAPI: ``request.stream()``; aiohttp: ``request.content.iter_chunked(65536)``).

        ``ClientGone`` (from ``chunks``) propagates: there is no one left to answer."""
        headers = {k.lower(): v for k, v in headers.items()}
        try:
            return await self._handle(headers, chunks)
        except IntakeRefused as refused:
            self.refused_early += 1
            return ReceiverResult(refused.status, refused.detail)

    async def _handle(self, headers: Mapping[str, str], chunks: AsyncIterable[bytes]) -> ReceiverResult:
        if not self._auth_header_ok(headers):  # before one byte of the body is read
            self.rejected += 1
            return ReceiverResult(401, "unauthorized")
        declared_length(headers, self.limits)
        key = headers.get(IDEMPOTENCY_HEADER) or None
        digest = hashlib.sha256()
        consumers: tuple[Callable[[bytes], None], ...] = (digest.update,)
        check: SignatureCheck | None = None
        if self._secrets:
            check = SignatureCheck(self._secrets, key or "")
            consumers += (check.update,)
        body = await read_body(chunks, self.limits, consumers, monotonic=self._monotonic)
        if check is not None and not check.verify(headers.get(SIGNATURE_HEADER)):
            self.rejected += 1
            return ReceiverResult(401, "unauthorized")
        if key is None and self.require_idempotency_key:
            return ReceiverResult(400, f"missing {IDEMPOTENCY_HEADER} header")
        try:
            check_depth(body, self.limits.max_depth)
            event = parse_event(json.loads(body), idempotency_key=key, strict=False)
        except (ValueError, EnvelopeError, RecursionError) as exc:  # JSONDecodeError is a ValueError
            return ReceiverResult(400, f"bad envelope: {exc}")
        del body
        return await self._dispatch(event, key, digest.hexdigest())

    async def _dispatch(self, event: WebhookEvent, key: str | None, digest: str) -> ReceiverResult:
        if key is not None:
            if key in self._in_flight:  # the same delivery twice at once: let the service retry later
                return ReceiverResult(409, "delivery in progress", event, duplicate=True)
            recorded = await self.seen_store.digest_for(key)
            if recorded is not None:
                if hmac.compare_digest(recorded, digest):
                    return ReceiverResult(200, "duplicate", event, duplicate=True)
                self.key_reused += 1
                log.warning(
                    "webhook idempotency key %r was already handled with a different body "
                    "(%s id=%s): refused, not handled again",
                    key,
                    event.event,
                    event.id,
                )
                return ReceiverResult(409, "idempotency key already used for a different body", event, True)
            self._in_flight.add(key)
        try:
            if event.value_error is not None:
                self.unfit += 1
                log.warning(
                    "webhook %s id=%s (key %s) acknowledged but not handled: %s",
                    event.event,
                    event.id,
                    key,
                    event.value_error[:300],  # the reason, not a copy of the customer's data
                )
                if self._on_unfit is not None:
                    await self._on_unfit(event)
            else:
                for handler in self.handlers_for(event.event):
                    await handler(event)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("webhook handler failed for %s id=%s (key %s)", event.event, event.id, key)
            return ReceiverResult(500, "handler failed", event)
        else:
            if key is not None:
                await self.seen_store.record(key, digest)
            detail = "ok" if event.value_error is None else "acknowledged; value does not fit the model"
            return ReceiverResult(200, detail, event)
        finally:
            if key is not None:
                self._in_flight.discard(key)

    # ASGI -------------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise ConfigurationError(f"WebhookReceiver serves http, not {scope['type']}")
        if scope["method"] != "POST":
            await _respond(send, ReceiverResult(405, "method not allowed"), {"allow": "POST"})
            return
        headers: dict[str, str] = {}
        for raw_name, raw_value in scope.get("headers", ()):
            name = raw_name.decode("latin-1").lower()
            value = raw_value.decode("latin-1")
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        try:
            result = await self.handle_stream(headers, _asgi_chunks(receive))
        except ClientGone:
            return
        await _respond(send, result)


async def _asgi_chunks(receive: Receive) -> AsyncIterator[bytes]:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone
        chunk = message.get("body", b"")
        if chunk:
            yield chunk
        if not message.get("more_body", False):
            return


async def _respond(send: Send, result: ReceiverResult, extra: Mapping[str, str] | None = None) -> None:
    body = result.body
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if result.status in (408, 413):  # the rest of the body is not read: the connection cannot be reused
        headers.append((b"connection", b"close"))
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
