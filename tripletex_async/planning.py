"""Client-wide facts a walk uses to choose its first round: list sizes, spare slots, spare budget.

Nothing tells how long a list is before its first answer, and waiting for that answer costs a
whole latency. A full first window is fast for a long list (the latency bound) and wasteful for a
short one: the requests past its end take in-flight slots from other work and count against the
rate limit. :class:`WalkPlanner` (one per client, shared by its company views) keeps what makes
the guess good:

* the number of pages the last complete walk of each list needed (per company, operation,
  filter parameters, start offset and page size; least recently used entries dropped), so the next
  walk of the same list asks for exactly that many first;
* the page requests every walk of the client has in flight, plus the transport's own load, so
  speculation only goes into slots nobody else is waiting for;
* the rate-limit budget left (``X-Rate-Limit-Remaining``), so speculation stops when it runs low.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from typing import Any, Protocol

from tripletex_async._runtime import UNSET

from .errors import ConfigurationError

__all__ = ["WalkKey", "WalkPlanner", "walk_key"]

#: Parameters that change neither which records a list holds nor how many.
_NOT_FILTERS = frozenset({"fields", "sorting", "from_", "count"})

WalkKey = tuple[Hashable, ...]


class _Walk(Protocol):
    @property
    def pending_requests(self) -> int: ...


def walk_key(
    company_id: int | None, operation_id: str, params: Mapping[str, Any], start: int, page_size: int
) -> WalkKey:
    """The identity of a list: filters by value (``repr``); ``fields`` and ``sorting`` do not count."""
    filters = tuple(
        sorted(
            (name, repr(value))
            for name, value in params.items()
            if name not in _NOT_FILTERS and value is not UNSET
        )
    )
    return (company_id, operation_id, filters, start, page_size)


class WalkPlanner:
    """Shared by a client and its views (``tx.walk_planner``). ``capacity`` is the client's in-flight
    cap; ``load()`` the requests holding or waiting for a transport slot; ``budget()`` the rate-limit
    requests left in the current period (None when unknown)."""

    def __init__(
        self,
        capacity: int,
        *,
        load: Callable[[], int] | None = None,
        budget: Callable[[], int | None] | None = None,
        max_entries: int = 4096,
    ) -> None:
        if capacity < 1 or max_entries < 1:
            raise ConfigurationError("capacity and max_entries must be at least 1")
        self.capacity = capacity
        self.max_entries = max_entries
        self._load = load
        self._budget = budget
        self._pages: OrderedDict[WalkKey, int] = OrderedDict()
        self._walks: weakref.WeakSet[_Walk] = weakref.WeakSet()

    # Remembered sizes --------------------------------------------------------------------------
    def remembered(self, key: WalkKey) -> int | None:
        """Pages the last complete walk of this list needed, if it was walked before."""
        pages = self._pages.get(key)
        if pages is not None:
            self._pages.move_to_end(key)
        return pages

    def remember(self, key: WalkKey, pages: int) -> None:
        self._pages[key] = max(1, pages)
        self._pages.move_to_end(key)
        while len(self._pages) > self.max_entries:
            self._pages.popitem(last=False)

    def forget(self) -> None:
        """Drop every remembered size (the next walk of each list starts as if never walked)."""
        self._pages.clear()

    # Load ----------------------------------------------------------------------------------------
    def track(self, walk: _Walk) -> None:
        """Count ``walk.pending_requests`` in :meth:`spare_slots` while the walk is alive."""
        self._walks.add(walk)

    def spare_slots(self) -> int:
        """In-flight slots no request holds, waits for or is about to take (walks' launched pages)."""
        pages = sum(walk.pending_requests for walk in list(self._walks))
        load = self._load() if self._load is not None else 0
        return max(0, self.capacity - max(pages, load))

    def spare_budget(self) -> int | None:
        """Requests left in the rate-limit period, None when the service has not said."""
        return self._budget() if self._budget is not None else None

    def __len__(self) -> int:
        return len(self._pages)

    def __repr__(self) -> str:
        return f"WalkPlanner(capacity={self.capacity}, {len(self._pages)} lists remembered)"
