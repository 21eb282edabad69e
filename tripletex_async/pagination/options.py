"""What one walk is asked to do: frozen, validated once, before any request.

:class:`WalkOptions` holds the operation, its checked parameters and every pagination option;
:func:`first_round` decides how many pages to request before the first answer (see the
``paginator`` module's "The first round").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any, Literal

from tripletex_async._runtime import UNSET

from ..bound_operation import BoundOperation, resolve_operation
from ..errors import ConfigurationError
from ..fields import Fields, field_names
from ..planning import WalkKey, WalkPlanner, walk_key
from .page import real_digest

__all__ = ["Consistency", "PageProgress", "WalkOptions", "first_round"]

Consistency = Literal["none", "detect", "dedupe"]
_CONSISTENCY: tuple[str, ...] = ("none", "detect", "dedupe")
DEFAULT_PAGE_SIZE = 1000
#: A cold walk speculates only while the rate-limit budget left covers this many windows.
SPECULATION_BUDGET = 4

#: ``progress(items_so_far, expected_total_or_None)``, called after each page is handed out.
PageProgress = Callable[[int, int | None], None]


@dataclass(frozen=True, slots=True)
class WalkOptions:
    """A walk's operation, checked parameters (without ``from_``/``count``) and options."""

    op: BoundOperation
    params: Mapping[str, Any]
    start: int
    page_size: int
    window: int
    prefetch: int | None
    consistency: Consistency
    recover: bool
    limit: int | None
    raw: bool
    progress: PageProgress | None
    if_none_match: str | None
    planner: WalkPlanner
    size_key: WalkKey
    sorted_by_id: bool

    @classmethod
    def build(
        cls,
        operation: Callable[..., Any],
        *,
        raw: bool = False,
        concurrency: int | None = None,
        prefetch: int | None = None,
        consistency: Consistency = "none",
        recover: bool = False,
        limit: int | None = None,
        progress: PageProgress | None = None,
        if_none_match: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> WalkOptions:
        """Validate everything (ConfigurationError) before any request is sent."""
        op = resolve_operation(operation, paginated=True)
        params = dict(params or {})
        start, size = params.pop("from_", 0), params.pop("count", DEFAULT_PAGE_SIZE)
        start = _int_arg("from_", 0 if start is UNSET else start, minimum=0)
        size = _int_arg("count", DEFAULT_PAGE_SIZE if size is UNSET else size, minimum=1)
        planner = op.executor.walk_planner
        window = _int_arg("concurrency", planner.capacity if concurrency is None else concurrency, minimum=1)
        if consistency not in _CONSISTENCY:
            raise ConfigurationError(
                f"consistency must be one of {', '.join(_CONSISTENCY)}, not {consistency!r}"
            )
        if recover and consistency == "none":
            raise ConfigurationError("recover=True needs consistency='detect' or 'dedupe'")
        checked = op.check_params(params)
        sorted_by_id = checked.get("sorting") in (None, "", "id", UNSET)
        if consistency != "none":
            if checked.get("sorting") in (None, "", UNSET):
                checked["sorting"] = "id"
            fields = checked.get("fields")
            if isinstance(fields, str) and fields:
                names = field_names(fields)
                if "*" not in names and "id" not in names:
                    checked["fields"] = str(Fields("id", fields))
        return cls(
            op=op,
            params=MappingProxyType(checked),
            start=start,
            page_size=size,
            window=window,
            prefetch=None if prefetch is None else min(_int_arg("prefetch", prefetch, minimum=1), window),
            consistency=consistency,
            recover=recover,
            limit=None if limit is None else _int_arg("limit", limit, minimum=0),
            raw=raw,
            progress=progress,
            if_none_match=if_none_match,
            planner=planner,
            size_key=walk_key(op.executor.company_id, op.operation.id, checked, start, size),
            sorted_by_id=sorted_by_id,
        )

    def as_raw(self) -> WalkOptions:
        return replace(self, raw=True)

    @property
    def label(self) -> str:
        return self.op.label

    @property
    def checks_ids(self) -> bool:
        """Whether pages are checked for duplicates and order (``consistency`` other than none)."""
        return self.consistency != "none"

    @property
    def conditional(self) -> str | None:
        """The real digest to send with the first page, None when ``if_none_match`` is not one."""
        return real_digest(self.if_none_match)

    @property
    def limit_last(self) -> int | None:
        """Index of the last page ``limit`` needs (-1: ``limit=0``, nothing), None without a limit."""
        if self.limit is None:
            return None
        return (self.limit - 1) // self.page_size if self.limit else -1


def first_round(options: WalkOptions) -> tuple[int, str]:
    """Pages to request before the first answer arrives, and why (see "The first round")."""
    if options.prefetch is not None:
        return options.prefetch, "explicit"
    if options.conditional is not None:
        return 1, "conditional"
    planner, window = options.planner, options.window
    remembered = planner.remembered(options.size_key)
    if remembered is not None:
        pages, reason = min(remembered, window), "remembered"
    elif (budget := planner.spare_budget()) is not None and budget < SPECULATION_BUDGET * window:
        pages, reason = 1, "budget"
    elif (spare := planner.spare_slots()) <= 1:
        pages, reason = 1, "busy"
    else:
        pages, reason = min(spare, window), "speculative"
    if options.limit is not None:
        needed = max(1, -(-options.limit // options.page_size))
        if needed < pages:
            pages, reason = needed, "limit"
    return pages, reason


def _int_arg(name: str, value: object, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigurationError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return value
