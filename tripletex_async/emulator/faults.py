"""Fault injection as outermost ASGI middleware: latency, 429/5xx, dropped connections,
forced session expiry, and the churn flag (data changing between page requests)."""

from __future__ import annotations

import base64
import binascii
import uuid
from collections import Counter
from typing import TYPE_CHECKING, Any

import anyio
import httpx
from starlette.types import ASGIApp, Receive, Scope, Send

from .errors import ApiError
from .replies import Reply, error_reply, html_error

if TYPE_CHECKING:
    from .state import EmulatorState

CHURN_SCOPE_KEY = "tripletex_emulator.churn"
RATE_LIMIT_CODE = 1000  # the real 429 body code is not documented; status is what matters

_REASONS = {
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


class DroppedConnection(httpx.RemoteProtocolError):
    """Raised into an in-process client (httpx.ASGITransport) when a connection is dropped."""


def rate_limited_reply(state: EmulatorState, request_id: str, headers: dict[str, str]) -> Reply:
    realism = state.config.realism
    if realism.omit_reset_on_429:
        headers = {k: v for k, v in headers.items() if k.lower() != "x-rate-limit-reset"}
    message = "Too many requests. The rate limit for this period is spent."
    err = ApiError(429, RATE_LIMIT_CODE, message, headers=headers)
    return error_reply(err, request_id, realistic_nulls=realism.null_error_fields)


def fault_reply(state: EmulatorState, status: int, request_id: str) -> Reply:
    realism = state.config.realism
    html = realism.html_error_pages and (
        status in (502, 503) or (status == 500 and state.rng.random() < state.config.faults.html_500_share)
    )
    if status == 429:
        limit = str(max(state.config.rate_limit.limit, 0))
        headers = {"X-Rate-Limit-Limit": limit, "X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": "1"}
        return rate_limited_reply(state, request_id, headers)
    if html:
        return html_error(status, _REASONS[status], request_id)
    message = None if realism.null_error_fields and status == 500 else _REASONS[status]
    return error_reply(ApiError(status, 1000, message), request_id, realistic_nulls=realism.null_error_fields)


async def send_reply(send: Send, reply: Reply, request_id: str) -> None:
    headers: list[tuple[bytes, bytes]] = [
        (b"x-tlx-request-id", request_id.encode()),
        (b"content-length", str(len(reply.body)).encode()),
    ]
    if reply.content_type:
        headers.append((b"content-type", reply.content_type.encode()))
    headers += [(k.lower().encode(), v.encode()) for k, v in reply.headers.items()]
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": reply.body})


def _session_token(scope: Scope) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == b"authorization":
            scheme, _, payload = value.decode("latin-1").partition(" ")
            if scheme.lower() != "basic":
                return None
            try:
                decoded = base64.b64decode(payload.strip()).decode()
            except (binascii.Error, UnicodeDecodeError):
                return None
            return decoded.partition(":")[2] or None
    return None


class FaultMiddleware:
    def __init__(self, app: ASGIApp, state: EmulatorState) -> None:
        self.app = app
        self.state = state
        self.session_uses: Counter[str] = Counter()  # requests answered per session (session_max_requests)
        self.burst_left = 0  # 429s still to answer in the current burst (burst_429)
        self.seen = 0  # requests seen (server_error_every)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = self.state
        cfg = state.config
        rng = state.rng
        lat = cfg.latency
        if lat.fixed_ms > 0 or lat.jitter_ms > 0:
            await anyio.sleep((lat.fixed_ms + lat.jitter_ms * rng.random()) / 1000.0)
        f = cfg.faults
        counters = state.counters
        if f.drop_connection > 0 and rng.random() < f.drop_connection:
            counters.faults["drop"] += 1
            counters.requests += 1
            await self._drop(send)
            return
        status = 0
        self.seen += 1
        if f.server_error_every >= 1 and self.seen % int(f.server_error_every) == 0:
            status = 503
        elif self.burst_left > 0:  # inside a burst: a 429 without drawing
            self.burst_left -= 1
            status = 429
        else:
            for candidate, rate in (
                (429, f.rate_429),
                (500, f.rate_500),
                (502, f.rate_502),
                (503, f.rate_503),
            ):
                if rate > 0 and rng.random() < rate:
                    status = candidate
                    if status == 429 and f.burst_429 > 1:  # a drawn 429 starts a burst (this one included)
                        self.burst_left = int(f.burst_429) - 1
                    break
        if status:
            counters.faults[str(status)] += 1
            counters.requests += 1
            counters.by_status[status] += 1
            request_id = str(uuid.uuid4())
            await send_reply(send, fault_reply(state, status, request_id), request_id)
            return
        token = _session_token(scope) if f.session_max_requests > 0 or f.session_expiry > 0 else None
        expire = False
        if token is not None and f.session_max_requests > 0:
            self.session_uses[token] += 1
            expire = self.session_uses[token] == int(f.session_max_requests)
        if not expire and f.session_expiry > 0 and rng.random() < f.session_expiry:
            expire = True
        if expire and token is not None and state.auth.revoke(token):
            counters.faults["session_expiry"] += 1
        if f.churn > 0 and scope.get("method") == "GET" and rng.random() < f.churn:
            scope[CHURN_SCOPE_KEY] = True
        await self.app(scope, receive, send)

    async def _drop(self, send: Send) -> None:
        """Close the connection without any response.

        Under uvicorn ``send`` is the protocol cycle's bound method, whose transport we close;
        in-process (httpx.ASGITransport) the exception reaches the client like a real disconnect.
        """
        owner: Any = getattr(send, "__self__", None)
        transport: Any = getattr(owner, "transport", None)
        if transport is not None and hasattr(transport, "close"):
            transport.close()
            return
        raise DroppedConnection("Server disconnected without sending a response.")
