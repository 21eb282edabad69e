"""Webhook deliveries from the emulator: signed HTTP POSTs to subscriptions' target URLs.

Off unless enabled (``enable_webhooks(app)``), so emulator runs never reach out by surprise. Then
every create / update / delete the stateful handlers make (``handler_support.notify_webhooks``) is
matched against the company's ACTIVE subscriptions (``event`` = ``<kind>.<verb>``); each match
becomes a delivery ``{"subscriptionId", "event", "id", "value"}`` (``value`` projected through the
subscription's ``fields``, null on delete) with the headers the service sends:

* ``idempotency-key`` - stable across the retries of one delivery,
* ``x-request-signature`` - ``base64(HMAC-SHA512(hmacSharedSecret, key + "&" + body))`` when set,
* ``<authHeaderName>: <authHeaderValue>`` when set (and Basic auth from ``user:pass@`` in the URL).

Deliveries of one subscription go out in order, one at a time, on background asyncio tasks of
this object. A non-2xx answer or a transport error is a failure: the delivery is retried with
exponential backoff (``DeliverySettings``); after ``max_consecutive_failures`` failures in a row
the subscription's status becomes ``DISABLED_TOO_MANY_ERRORS`` and its pending deliveries are
dropped. ``PUT`` with ``"status": "ACTIVE"`` switches it back on. Hosts under ``.invalid`` (the
seeded subscriptions) are never contacted. Deliveries are asyncio tasks: serve the emulator on
asyncio (uvicorn, or in-process tests on the asyncio backend) when webhooks are on.

    hooks = enable_webhooks(app, transport=httpx.ASGITransport(app=receiver),
                            settings=DeliverySettings(base_delay=0.01))
    async with hooks:               # (with a server, the app's lifespan closes it)
        ...
        await hooks.drain()         # wait until everything pending was delivered or dropped
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self
from urllib.parse import urlsplit

import httpx

from ..webhooks.events import KnownEvent
from ..webhooks.signing import IDEMPOTENCY_HEADER, SIGNATURE_HEADER, sign
from .projection import project
from .replies import Reply, value_reply
from .resources import SPECS
from .store import CompanyData, Record, dumps

if TYPE_CHECKING:
    from .call import Call
    from .state import EmulatorState

__all__ = ["DeliveryAttempt", "DeliverySettings", "EmulatorWebhooks", "enable_webhooks"]

log = logging.getLogger("tripletex_async.emulator.webhooks")

ACTIVE = "ACTIVE"
DISABLED_TOO_MANY_ERRORS = "DISABLED_TOO_MANY_ERRORS"


@dataclass(frozen=True)
class DeliverySettings:
    """Retry schedule: the n-th failure in a row waits ``min(base_delay * factor**(n-1), max_delay)``."""

    base_delay: float = 1.0
    factor: float = 2.0
    max_delay: float = 300.0
    max_consecutive_failures: int = 10
    timeout: float = 10.0
    user_agent: str = "TripletexWebhook-Emulator/1.0"

    def delay(self, failures: int) -> float:
        return float(min(self.base_delay * self.factor ** max(failures - 1, 0), self.max_delay))


@dataclass
class DeliveryAttempt:
    """One POST made (or failed to be made): for tests and debugging (``EmulatorWebhooks.attempts``)."""

    subscription_id: int
    event: str
    object_id: int
    idempotency_key: str
    status: int | None  # None: transport error
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


@dataclass
class _Pending:
    company: CompanyData
    subscription_id: int
    event: str
    object_id: int
    body: bytes
    key: str = field(default_factory=lambda: str(uuid.uuid4()))
    attempts: int = 0


@dataclass
class _Secrets:
    auth_header_value: str | None = None
    hmac_secret: str | None = None


class ServesEmulator(Protocol):
    """What ``enable_webhooks`` needs of an app (``EmulatorApp``): its emulator state."""

    emulator: EmulatorState


class EmulatorWebhooks:
    """The emulator's webhook dispatcher (``state.webhooks`` once enabled)."""

    def __init__(
        self,
        state: EmulatorState,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        settings: DeliverySettings | None = None,
    ) -> None:
        self.state = state
        self.settings = settings or DeliverySettings()
        self._transport = transport
        self._http: httpx.AsyncClient | None = None
        self._secrets: dict[int, _Secrets] = {}
        self._failures: dict[int, int] = {}
        self._queues: dict[int, deque[_Pending]] = {}
        self._workers: dict[int, asyncio.Task[None]] = {}
        self._closed = False
        self.attempts: list[DeliveryAttempt] = []
        self.delivered = 0
        self.dropped = 0

    # Hook (called synchronously by the handlers) ----------------------------------------------
    def notify(
        self, call: Call, verb: str, kind: str, record: Record, sent: Mapping[str, Any] | None = None
    ) -> None:
        """A record of ``kind`` was created / updated / deleted by ``call``: queue matching deliveries.

        ``sent`` is the request-body object the record was created / updated from, if any.
        """
        if kind == "subscription":
            self._subscription_changed(verb, record, sent)
            return
        if self._closed:
            return
        company = call.ctx.company
        subs = company.collections.get("subscription")
        if subs is None:
            return
        event = f"{kind}.{verb}"
        for sub in subs:
            if sub.get("event") != event or sub.get("status") != ACTIVE:
                continue
            target = sub.get("targetUrl")
            if not isinstance(target, str) or _never_reachable(target):
                continue
            value = None
            if verb != "delete":
                fields = sub.get("fields")
                schema = SPECS[kind].model if kind in SPECS else None
                text = fields if isinstance(fields, str) else None
                [value] = project(call.state.builder, company, [record], schema, text)
            envelope = {"subscriptionId": sub["id"], "event": event, "id": record["id"], "value": value}
            self._enqueue(_Pending(company, int(sub["id"]), event, int(record["id"]), dumps(envelope)))

    def _subscription_changed(self, verb: str, record: Record, sent: Mapping[str, Any] | None) -> None:
        ident = int(record["id"])
        if verb == "delete":
            self._secrets.pop(ident, None)
            self._failures.pop(ident, None)
            return
        self._failures[ident] = 0  # any change (e.g. reactivation) starts the failure count over
        if sent is None:  # the write-only secrets live only in the request body
            return
        secrets = self._secrets.setdefault(ident, _Secrets())
        if "authHeaderValue" in sent:
            value = sent["authHeaderValue"]
            secrets.auth_header_value = str(value) if value else None
        if "hmacSharedSecret" in sent:
            value = sent["hmacSharedSecret"]
            secrets.hmac_secret = str(value) if value else None

    # Workers ----------------------------------------------------------------------------------
    def _enqueue(self, pending: _Pending) -> None:
        queue = self._queues.setdefault(pending.subscription_id, deque())
        queue.append(pending)
        if pending.subscription_id not in self._workers:
            task = asyncio.get_running_loop().create_task(
                self._run(pending.subscription_id), name=f"webhook-subscription-{pending.subscription_id}"
            )
            self._workers[pending.subscription_id] = task

    async def _run(self, sub_id: int) -> None:
        queue = self._queues[sub_id]
        try:
            while queue:
                item = queue[0]
                sub = item.company.coll("subscription").get(sub_id)
                if sub is None or sub.get("status") != ACTIVE:
                    self.dropped += len(queue)
                    queue.clear()
                    break
                if await self._attempt(sub, item):
                    queue.popleft()
                    self._failures[sub_id] = 0
                    self.delivered += 1
                    continue
                failures = self._failures[sub_id] = self._failures.get(sub_id, 0) + 1
                if failures >= self.settings.max_consecutive_failures:
                    self._disable(item.company, sub_id)
                    self.dropped += len(queue)
                    queue.clear()
                    break
                await asyncio.sleep(self.settings.delay(failures))
        finally:
            self._workers.pop(sub_id, None)
            if not queue:
                self._queues.pop(sub_id, None)

    async def _attempt(self, sub: Record, item: _Pending) -> bool:
        item.attempts += 1
        secrets = self._secrets.get(item.subscription_id) or _Secrets()
        headers = {
            "content-type": "application/json; charset=utf-8",
            "user-agent": self.settings.user_agent,
            IDEMPOTENCY_HEADER: item.key,
        }
        if secrets.hmac_secret:
            headers[SIGNATURE_HEADER] = sign(secrets.hmac_secret, item.key, item.body)
        name = sub.get("authHeaderName")
        if isinstance(name, str) and name and secrets.auth_header_value:
            headers[name] = secrets.auth_header_value
        attempt = DeliveryAttempt(item.subscription_id, item.event, item.object_id, item.key, None)
        self.attempts.append(attempt)
        try:
            response = await self._client().post(str(sub["targetUrl"]), content=item.body, headers=headers)
        except httpx.HTTPError as exc:
            attempt.error = f"{type(exc).__name__}: {exc}"
            return False
        attempt.status = response.status_code
        return attempt.ok

    def _disable(self, company: CompanyData, sub_id: int) -> None:
        coll = company.coll("subscription")
        sub = coll.get(sub_id)
        if sub is None:
            return
        sub["status"] = DISABLED_TOO_MANY_ERRORS
        coll.touch(sub_id, now=self.state.clock.now(), employee_id=None)
        log.info("webhook subscription %s disabled after %s failures", sub_id, self._failures.get(sub_id))

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(
                transport=self._transport, timeout=self.settings.timeout, follow_redirects=False
            )
        return self._http

    # Lifecycle --------------------------------------------------------------------------------
    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def pending(self) -> int:
        """Deliveries queued or being retried."""
        return sum(len(q) for q in self._queues.values())

    async def drain(self) -> None:
        """Wait until every queued delivery was delivered or dropped (wrap in ``asyncio.timeout``)."""
        while self._workers:
            await asyncio.gather(*self._workers.values(), return_exceptions=True)

    async def aclose(self) -> None:
        """Stop: cancel pending deliveries and close the HTTP client. Later changes deliver nothing."""
        self._closed = True
        workers = list(self._workers.values())
        for task in workers:
            task.cancel()
        if workers:
            await asyncio.gather(*workers, return_exceptions=True)
        self._queues.clear()
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _never_reachable(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return not host or host == "invalid" or host.endswith(".invalid")


def enable_webhooks(
    app: ServesEmulator,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    settings: DeliverySettings | None = None,
) -> EmulatorWebhooks:
    """Turn deliveries on for an emulator app; its lifespan (composed by ``create_app``) closes them on
    shutdown, whether they were enabled before the app started or while it runs."""
    state = app.emulator
    if state.webhooks is not None:
        raise RuntimeError("webhooks are already enabled on this emulator")
    hooks = EmulatorWebhooks(state, transport=transport, settings=settings)
    state.webhooks = hooks
    _serve_event_catalog(state)
    return hooks


def event_catalog() -> dict[str, dict[str, str]]:
    """What ``GET /event`` answers once webhooks are on: the events this emulator can deliver."""
    out: dict[str, dict[str, str]] = {}
    for event in KnownEvent:
        kind, _, verb = event.value.rpartition(".")
        spec = SPECS.get(kind)
        if spec is not None:
            out[event.value] = {"description": f"{_PAST[verb]} {spec.model} ({verb})"}
    return out


_PAST = {"create": "Created", "update": "Updated", "delete": "Deleted"}


def _serve_event_catalog(state: EmulatorState) -> None:
    """Answer ``GET /event`` with ``event_catalog()`` where only the generic (empty) fallback did."""
    route = state.router.get("GET", "/event")
    if route is None or not route.fallback:
        return
    body = value_reply(event_catalog()).body  # serialized once

    def event_get(call: Call) -> Reply:
        return Reply(200, body)

    state.router.replace("GET", "/event", event_get, name="Event_get")
