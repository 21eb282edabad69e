"""The spec's documented defaults for absent query parameters, applied server-side as the service does.

The client sends only what its caller passed (``tx.customer.search()`` sends no query parameter);
the real service then uses its own defaults (``from=0``, ``count=1000``, ``isInactive=false``...).
The emulator does the same here, from the defaults the spec documents (``Param.default`` in the
generated operation table), so that handlers always see the values the service would use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from starlette.datastructures import QueryParams

from .routing import template_shape

__all__ = ["QueryDefaults"]


def _wire(value: Any) -> str:
    """A default as the query string carries it (``False`` -> ``false``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class QueryDefaults:
    """(method, path template) -> the documented defaults of that operation's query parameters.

    Operations are matched to routes by :func:`routing.template_shape` (parameter names aside), once
    per route template: a request costs one dict lookup."""

    def __init__(self, operations: Iterable[Any]) -> None:
        self._by_shape: dict[tuple[str, tuple[str, ...]], dict[str, str]] = {}
        self._by_template: dict[tuple[str, str], dict[str, str] | None] = {}
        for op in operations:
            parameters = getattr(op, "parameters", ())
            defaults = {
                p.name: _wire(p.default)
                for p in parameters
                if p.location == "query" and p.default is not None and not p.required
            }
            if defaults:
                self._by_shape[(str(op.method).upper(), template_shape(str(op.path)))] = defaults

    def _of(self, method: str, template: str) -> dict[str, str] | None:
        key = (method, template)
        try:
            return self._by_template[key]
        except KeyError:
            found = self._by_template[key] = self._by_shape.get((method, template_shape(template)))
            return found

    def apply(self, method: str, template: str, query: QueryParams) -> Mapping[str, str]:
        """``query`` plus the documented default of every parameter it lacks."""
        defaults = self._of(method, template)
        if not defaults:
            return query
        missing = [(k, v) for k, v in defaults.items() if k not in query]
        return QueryParams([*query.multi_items(), *missing]) if missing else query
