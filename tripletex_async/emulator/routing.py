"""A small method+path router with a fallback table (for generated stateless operations)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from .errors import ApiError, route_not_found
from .replies import Reply

if TYPE_CHECKING:
    from .call import Call

Handler = Callable[["Call"], "Reply | Awaitable[Reply]"]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler
    auth: bool
    segments: tuple[str, ...]
    fallback: bool = False
    name: str = ""

    @cached_property
    def n_params(self) -> int:
        return sum(1 for s in self.segments if s.startswith("{"))


def _split(path: str) -> tuple[str, ...]:
    return tuple(p for p in path.strip("/").split("/") if p != "")


def _shape(segments: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("{}" if s.startswith("{") else s for s in segments)


def template_shape(template: str) -> tuple[str, ...]:
    """A path template with its parameter names dropped: ``/x/{id}`` and ``/x/{xId}`` are one route."""
    return _shape(_split(template))


def _sort_bucket(bucket: list[Route]) -> None:
    # more literal segments first (as the service does); primary before fallback; then order
    bucket.sort(key=lambda r: (r.n_params, r.fallback))


class Router:
    def __init__(self) -> None:
        self._static: dict[tuple[str, tuple[str, ...]], Route] = {}
        self._dynamic: dict[tuple[str, int], list[Route]] = {}
        self.routes: list[Route] = []
        self._by_shape: dict[tuple[str, tuple[str, ...]], Route] = {}

    def add(
        self,
        method: str,
        template: str,
        handler: Handler,
        *,
        auth: bool = True,
        fallback: bool = False,
        name: str = "",
    ) -> bool:
        """Register a route; a fallback never shadows an existing route. Returns whether it was added."""
        method = method.upper()
        segments = _split(template)
        key = (method, _shape(segments))
        if key in self._by_shape:
            if fallback:
                return False
            raise ValueError(f"duplicate route {method} {template}")
        route = Route(method, template, handler, auth, segments, fallback, name)
        self.routes.append(route)
        self._by_shape[key] = route
        if route.n_params == 0:
            self._static[(method, segments)] = route
        else:
            bucket = self._dynamic.setdefault((method, len(segments)), [])
            bucket.append(route)
            _sort_bucket(bucket)
        return True

    def has(self, method: str, template: str) -> bool:
        return self.get(method, template) is not None

    def get(self, method: str, template: str) -> Route | None:
        """The route registered for ``template`` (parameter names aside), if any."""
        return self._by_shape.get((method.upper(), template_shape(template)))

    def replace(
        self, method: str, template: str, handler: Handler, *, auth: bool = True, name: str = ""
    ) -> Route:
        """Serve ``template`` with ``handler`` instead (as a primary route); returns the route replaced."""
        method = method.upper()
        segments = _split(template)
        key = (method, _shape(segments))
        old = self._by_shape.get(key)
        if old is None:
            raise KeyError(f"no route {method} {template}")
        route = Route(method, template, handler, auth, segments, False, name)
        self._by_shape[key] = route
        self.routes[self.routes.index(old)] = route
        if old.n_params == 0:
            del self._static[(method, old.segments)]
            self._static[(method, segments)] = route
        else:
            bucket = self._dynamic[(method, len(segments))]
            bucket[bucket.index(old)] = route
            _sort_bucket(bucket)
        return old

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        segments = _split(path)
        hit = self._static.get((method, segments))
        if hit is not None:  # a literal path always beats a template (``/x/>search`` vs ``/x/{id}``)
            return hit, {}
        found = self._match_dynamic(method, segments)
        if found is not None:
            return found
        for other in ("GET", "POST", "PUT", "DELETE", "PATCH"):
            if other != method and (
                (other, segments) in self._static or self._match_dynamic(other, segments)
            ):
                raise ApiError(405, 21000, "HTTP 405 Method Not Allowed")
        raise route_not_found()

    def _match_dynamic(self, method: str, segments: tuple[str, ...]) -> tuple[Route, dict[str, str]] | None:
        for route in self._dynamic.get((method, len(segments)), ()):
            params: dict[str, str] = {}
            for want, got in zip(route.segments, segments, strict=True):
                if want.startswith("{"):
                    params[want[1:-1]] = got
                elif want != got:
                    break
            else:
                return route, params
        return None
