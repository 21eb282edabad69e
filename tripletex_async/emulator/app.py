"""The Starlette application: dispatcher, auth, rate limiting, envelopes and request ids."""

from __future__ import annotations

import contextlib
import inspect
import json
import logging
import uuid
from collections.abc import AsyncIterator, Iterable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from .call import Call
from .config import EmulatorConfig
from .defaults import QueryDefaults
from .errors import ApiError
from .faults import CHURN_SCOPE_KEY, FaultMiddleware, rate_limited_reply
from .generic import all_operations, register_generic_operations
from .handlers import register_core
from .ratelimit import Verdict
from .replies import Reply, error_reply
from .state import EmulatorState

log = logging.getLogger("tripletex_async.emulator")

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_SESSION_CREATE = "/token/session/:create"


class EmulatorApp(Starlette):
    """Starlette app whose outermost layer is the fault middleware (it must see the server's send)."""

    emulator: EmulatorState

    def build_middleware_stack(self) -> ASGIApp:
        return FaultMiddleware(super().build_middleware_stack(), self.emulator)


def _session_rate_key(call: Call) -> tuple[str, str] | None:
    if call.method == "PUT":
        consumer, employee = call.query.get("consumerToken"), call.query.get("employeeToken")
    else:
        try:
            body = call.json()
        except ApiError:
            return None
        if not isinstance(body, dict):
            return None
        consumer, employee = body.get("consumerToken"), body.get("employeeToken")
    if not isinstance(consumer, str) or not isinstance(employee, str):
        return None
    return (employee, consumer)


def _error_reply(state: EmulatorState, err: ApiError, request_id: str) -> Reply:
    return error_reply(err, request_id, realistic_nulls=state.config.realism.null_error_fields)


def make_dispatch(state: EmulatorState, query_defaults: QueryDefaults) -> Any:
    router = state.router
    auth = state.auth
    limiter = state.limiter
    counters = state.counters
    realism = state.config.realism

    async def dispatch(request: Request) -> Response:
        counters.requests += 1
        request_id = str(uuid.uuid4())
        extra_headers: dict[str, str] = {}
        method = request.method
        try:
            path = "/" + request.path_params.get("path", "")
            route, params = router.match(method, path)
            body = await request.body() if method in _BODY_METHODS else b""
            call = Call(
                state=state,
                method=method,
                path=path,
                params=params,
                query=query_defaults.apply(method, route.template, request.query_params),
                headers=request.headers,
                body=body,
                request_id=request_id,
                churn=bool(request.scope.get(CHURN_SCOPE_KEY)),
            )
            verdict: Verdict | None = None
            if route.auth:
                call.auth = auth.authenticate(request.headers.get("authorization"))
                verdict = limiter.hit(call.auth.rate_key)
            elif route.template == _SESSION_CREATE:
                key = _session_rate_key(call)
                if key is not None:
                    verdict = limiter.hit(key)
            if verdict is not None:
                extra_headers = verdict.headers()
                if not verdict.allowed:
                    reply = rate_limited_reply(state, request_id, extra_headers)
                    extra_headers = {}
                    raise _Done(reply)
            if state.builder.shapes.bad_enum_param(method, route.template, call.query) is not None:
                raise ApiError(404, 21000, "HTTP 404 Not Found")  # JAX-RS: a query enum that does not convert
            result = route.handler(call)
            reply = await result if inspect.isawaitable(result) else result
        except _Done as done:
            reply = done.reply
        except ApiError as err:
            reply = _error_reply(state, err, request_id)
        except Exception:
            log.exception("emulator handler failed")
            internal = ApiError(500, 1000, None if realism.null_error_fields else "Internal error")
            reply = _error_reply(state, internal, request_id)
        counters.by_status[reply.status] += 1
        headers = {"x-tlx-request-id": request_id, **extra_headers, **reply.headers}
        return Response(reply.body, reply.status, headers=headers, media_type=reply.content_type)

    return dispatch


class _Done(Exception):
    def __init__(self, reply: Reply) -> None:
        super().__init__()
        self.reply = reply


def _lifespan(state: EmulatorState) -> Any:
    """The app's lifespan, composed at construction: on shutdown it stops the webhook deliveries if
    ``enable_webhooks`` turned them on (so enabling them never patches the app)."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Any) -> AsyncIterator[None]:
        try:
            yield
        finally:
            hooks = state.webhooks
            if hooks is not None:
                await hooks.aclose()

    return lifespan


def create_app(
    config: EmulatorConfig | None = None, *, operations: Iterable[Any] | None = None
) -> EmulatorApp:
    """Build an emulator app; ``app.emulator`` (also ``app.state.emulator``) is its EmulatorState.

    Every operation of ``tripletex_async_api.operations.OPERATIONS`` is served: the stateful handlers
    first, the rest by generic fallbacks with deterministic data (``operations=()`` serves only the
    stateful ones; any other iterable of operation descriptors replaces the default set).
    """
    state = EmulatorState(config or EmulatorConfig())
    register_core(state.router)
    served = tuple(all_operations() if operations is None else operations)
    register_generic_operations(state, served)

    async def index(request: Request) -> Response:
        info = {
            "name": "tripletex-async emulator",
            "basePath": "/v2",
            "companies": list(state.store.companies),
        }
        return Response(json.dumps(info), media_type="application/json")

    routes = [
        Route("/", index, methods=["GET"]),
        Route(
            "/v2/{path:path}",
            make_dispatch(state, QueryDefaults(all_operations())),
            methods=["GET", "POST", "PUT", "DELETE", "PATCH"],
        ),
    ]
    app = EmulatorApp(routes=routes, lifespan=_lifespan(state))
    app.emulator = state
    app.state.emulator = state
    return app
