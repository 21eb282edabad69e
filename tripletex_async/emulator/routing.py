"""A small method+path router with a fallback table (for generated stateless operations)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
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

    @property
    def n_params(self) -> int:
        return sum(1 for s in self.segments if s.startswith("{"))


def _split(path: str) -> tuple[str, ...]:
    return tuple(p for p in path.strip("/").split("/") if p != "")


class Router:
    def __init__(self) -> None:
        self._static: dict[tuple[str, tuple[str, ...]], Route] = {}
        self._dynamic: dict[tuple[str, int], list[Route]] = {}
        self.routes: list[Route] = []

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
        route = Route(method, template, handler, auth, segments, fallback, name)
        if self.has(method, template):
            if fallback:
                return False
            raise ValueError(f"duplicate route {method} {template}")
        self.routes.append(route)
        if route.n_params == 0:
            self._static[(method, segments)] = route
        else:
            bucket = self._dynamic.setdefault((method, len(segments)), [])
            bucket.append(route)
            # primary before fallback; more literal segments first; then registration order
            bucket.sort(key=lambda r: (r.fallback, r.n_params))
        return True

    def has(self, method: str, template: str) -> bool:
        segments = _split(template)
        key = tuple("{}" if s.startswith("{") else s for s in segments)
        for r in self.routes:
            if (
                r.method == method.upper()
                and tuple("{}" if s.startswith("{") else s for s in r.segments) == key
            ):
                return True
        return False

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        segments = _split(path)
        hit = self._static.get((method, segments))
        if hit is not None and not hit.fallback:
            return hit, {}
        found = self._match_dynamic(method, segments, fallback=False)
        if found is not None:
            return found
        if hit is not None:
            return hit, {}
        found = self._match_dynamic(method, segments, fallback=True)
        if found is not None:
            return found
        for other in ("GET", "POST", "PUT", "DELETE", "PATCH"):
            if other != method and (
                (other, segments) in self._static or self._match_dynamic(other, segments, fallback=None)
            ):
                raise ApiError(405, 21000, "HTTP 405 Method Not Allowed")
        raise route_not_found()

    def _match_dynamic(
        self, method: str, segments: tuple[str, ...], *, fallback: bool | None
    ) -> tuple[Route, dict[str, str]] | None:
        for route in self._dynamic.get((method, len(segments)), ()):
            if fallback is not None and route.fallback != fallback:
                continue
            params: dict[str, str] = {}
            for want, got in zip(route.segments, segments, strict=True):
                if want.startswith("{"):
                    params[want[1:-1]] = got
                elif want != got:
                    break
            else:
                return route, params
        return None
