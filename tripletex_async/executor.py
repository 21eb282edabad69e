"""`RequestExecutor`: what the generated facade sends an operation through (its `Executor` protocol).

It sends the request an operation's `build(...)` made, applies a view's `RequestOptions`, sends it with
the view's auth on the client's connection pool, raises the typed error of `errors` for an error
status (in one place) and parses the answer into the operation's model.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from tripletex_async._runtime import Operation, RequestArgs, Response

from .auth import SessionAuth
from .errors import ResponseParseError, error_from_response
from .planning import WalkPlanner
from .request_options import NO_OPTIONS, RequestOptions

__all__ = ["RequestExecutor"]

R = TypeVar("R")


def _undocumented_json(response: httpx.Response) -> Any:
    """The decoded JSON of an answer the spec documents without a schema (e.g. ``PUT
    /invoice/{id}/:send``), so nothing the service sent is dropped; None for an empty, non-JSON or
    unreadable body (the spec promises nothing; the bytes stay in ``<op>_with_response().content``)."""
    if not response.content or "json" not in response.headers.get("content-type", ""):
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return None


class RequestExecutor:
    """Sends one operation's request with a given auth and parses the answer (the facade's RequestExecutor)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        auth: SessionAuth,
        walk_planner: WalkPlanner,
        options: RequestOptions = NO_OPTIONS,
    ) -> None:
        self._http = http
        self._auth = auth
        self.options = options
        #: what pagination plans with (shared by the client and its company views): the in-flight
        #: cap (the default window), remembered list sizes, spare slots and rate budget
        self.walk_planner = walk_planner

    @property
    def company_id(self) -> int:
        """The company requests act on (the Basic-auth username; 0 = the token owner's company)."""
        return self._auth.company_id

    async def send(self, request: RequestArgs, *, headers: Mapping[str, str] | None = None) -> httpx.Response:
        """Send an operation's built request; raise the typed error for error statuses."""
        built = self._http.build_request(**request)
        if headers:
            built.headers.update(headers)
        if self.options is not NO_OPTIONS:
            self.options.apply(built)
        response = await self._http.send(built, auth=self._auth)
        if response.status_code >= 400:
            raise error_from_response(response, self._auth.manager.secrets())
        return response

    def parse(self, operation: Operation[..., R], response: httpx.Response) -> R:
        """The operation's parsed answer (None for 304; the decoded JSON where no schema is documented)."""
        if response.status_code == HTTPStatus.NOT_MODIFIED:
            return None  # type: ignore[return-value]  # 304: the caller's copy is current
        with ResponseParseError.guard(response):
            parsed = operation.parse(response)
        expects_value = operation.returns_value
        if parsed is None and expects_value and response.status_code != HTTPStatus.NO_CONTENT:
            raise ResponseParseError.from_response(
                response, f"HTTP {response.status_code} is not a status this operation documents"
            )
        if parsed is None and not expects_value:
            return _undocumented_json(response)  # type: ignore[no-any-return]
        return parsed  # type: ignore[return-value]  # None only for 204 No Content

    async def call(self, operation: Operation[..., R], request: RequestArgs) -> R:
        response = await self.send(request)
        return self.parse(operation, response)

    async def call_with_response(self, operation: Operation[..., R], request: RequestArgs) -> Response[R]:
        response = await self.send(request)
        return Response(
            status_code=HTTPStatus(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=self.parse(operation, response),
        )
