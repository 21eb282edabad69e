"""Concurrent pagination: ``async for item in tx.paginate(tx.customer.search, fields="id,name")``.

How a walk goes
---------------
Pages are fetched in *rounds* of up to ``concurrency`` concurrent requests (default: the client's
``max_in_flight``). The first round holds ``prefetch`` pages (see "The first round" below); the
first answer's ``fullResultSize``, when plausible, tells how many pages to plan for, but it is only
a hint: the walk ends at the first short or empty page, whatever the total said (pages after it
that were already in flight are cancelled and dropped). Without a usable hint, later rounds are
speculative (a full window at a time). Pages are yielded in server order, each exactly once.

The first round
---------------
Nothing tells how long a list is before its first answer, and waiting for that answer costs a
whole latency. So by default (``prefetch=None``) the first round is chosen per walk from what the
client's :class:`~tripletex_async.planning.WalkPlanner` knows, and
``report.first_round`` / ``report.first_round_reason`` say how:

* ``"conditional"`` -- 1 page: with ``if_none_match`` an unchanged list is one 304, nothing else;
* ``"remembered"`` -- as many pages as the last complete walk of the same list needed (same
  company, operation, filters, start and page size), so a list that was short costs one request;
* ``"limit"`` -- the pages ``limit`` needs, when fewer than the window;
* ``"speculative"`` -- a list never walked, on a client with slots to spare: as many pages as
  there are free in-flight slots, up to the window. A long list is then walked at the latency
  bound; a list shorter than that costs the requests past its end (cancelled as soon as the short
  page arrives; counted in ``report.wasted_requests``), once per list and client;
* ``"busy"`` / ``"budget"`` -- 1 page: every slot is taken or claimed by other requests (many walks
  at once: speculation would only delay them), or the rate-limit budget left is under
  ``options.SPECULATION_BUDGET`` windows' worth.

``prefetch=<n>`` fixes it (``prefetch=1``: probe page 0 alone, the fewest requests).

Sliding window (``async with``)
-------------------------------
Entered as an async context manager, the paginator owns an anyio task group for the block::

    async with tx.paginate(tx.customer.search, fields="id,name") as walk:
        async for customer in walk:          # or: async for page in walk.pages()
            ...

Then there are no rounds: up to ``concurrency`` page requests stay in flight continuously (a new
one starts, in page order, as soon as one finishes) and a reorder buffer hands pages out strictly
in server order. The same first round applies (see above), then the window fills. The buffer is
bounded: page ``i + 2 * concurrency`` is not requested before page ``i`` has been handed out, so at
most ``concurrency`` pages are in flight and at most about ``concurrency`` more wait in the buffer
(the same bound as two rounds). The first short or empty
page ends the walk (requests past it are cancelled, answers past it dropped). Requests keep running
between items inside the block; errors are raised typed from the iteration (never an exception
group), and anything still in flight is cancelled when the iteration is interrupted (an error, a
cancellation) and at the latest when the block exits, so a ``break`` leaks nothing. Without
``async with``, iteration uses rounds as described above.

Conditional walks
-----------------
``if_none_match=<previous versionDigest>`` sends that digest with the first page (of the first
pass); on an actual 304 the walk yields nothing and ``paginator.unchanged`` is True. A value that
is not a real digest (a sentence, None) is ignored.

Everything a round starts finishes (or is cancelled) inside the ``__anext__`` call that started
it, in an anyio task group: between two items nothing is in flight. So breaking out of the
``async for`` leaves nothing behind, cancelling the consuming task cancels the page requests at
once, and memory is bounded by two rounds of pages (the JSON decoding of one round overlaps the
requests of the next; a typed page is parsed into models when it is handed out, so that one page
of models is alive at a time). Every page handed out is a checkpoint (tasks woken meanwhile run
before the walk's next step), and a typed page is decoded and parsed in separate steps, so the
event loop keeps serving other tasks during a walk. Works on asyncio and
trio. For throughput use the sliding window: there the parsing overlaps the requests too.

Consistency
-----------
Offsets shift when records are created or deleted during a walk. With ``consistency="detect"`` or
``"dedupe"`` the walk sorts by ``id`` (unless ``sorting`` is given), asks for real digests
(``If-None-Match`` with a value that never matches), and reports on ``paginator.report``
(a :class:`WalkReport`): duplicates across page boundaries (dropped in ``"dedupe"``), ids out of
order, ``versionDigest``/``fullResultSize`` changes between pages. ``recover=True`` re-walks
after a suspected shift and yields the records not seen yet (keeps every id seen in memory).

The pipeline
------------
``Paginator`` validates once into frozen :class:`~.options.WalkOptions`; each iteration builds a
:class:`~.walk.Walk` (a :class:`~.fetch.PageFetcher` for the wire side and a
:class:`~.consistency.ConsistencyTracker` owning the :class:`~.report.WalkReport`) and drives it
with one of two schedulers behind :class:`~.walk.Scheduler`: :class:`~.rounds.RoundScheduler`
(plain ``async for``) or :class:`~.window.WindowScheduler` (inside ``async with``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Callable
from typing import Any, Generic, TypeVar

import anyio
import anyio.abc

from ..errors import ConfigurationError
from .options import Consistency, PageProgress, WalkOptions
from .page import Page
from .report import WalkReport
from .rounds import RoundScheduler
from .walk import Scheduler, Walk
from .window import WindowScheduler

__all__ = ["Consistency", "PageProgress", "Paginator", "WalkReport", "paginate"]

T = TypeVar("T")


class Paginator(Generic[T]):
    """Iterate every item (``async for``), every page (``.pages()``) or plain dicts (``.raw()``).

    Created by ``tx.paginate(...)``; each iteration is a fresh walk. ``report`` describes the
    latest walk. Configuration errors are raised here, before any request.
    """

    def __init__(self, options: WalkOptions) -> None:
        """Options come validated from ``WalkOptions.build`` (``tx.paginate`` or ``paginate``)."""
        self.options = options
        self._latest: Walk[T] | None = None
        self._group: anyio.abc.TaskGroup | None = None
        self._schedulers: list[WindowScheduler[Any]] = []

    @property
    def report(self) -> WalkReport:
        """What the latest walk saw (an empty report before the first one)."""
        if self._latest is None:
            return WalkReport(consistency=self.options.consistency)
        return self._latest.report

    @property
    def unchanged(self) -> bool:
        """The latest walk got a 304 to ``if_none_match``."""
        return self._latest is not None and self._latest.unchanged

    @property
    def page_size(self) -> int:
        return self.options.page_size

    @property
    def window(self) -> int:
        return self.options.window

    # Modes -------------------------------------------------------------------------------
    def raw(self) -> Paginator[dict[str, Any]]:
        """The same walk yielding plain dicts (``json.loads`` output; no model parsing)."""
        return Paginator(self.options.as_raw())

    def pages(self) -> AsyncIterator[Page[T]]:
        """Iterate pages (with their envelope) instead of items."""
        return _PageIterator(self._scheduler())

    def __aiter__(self) -> AsyncIterator[T]:
        return _ItemIterator(self._scheduler())

    def _scheduler(self) -> Scheduler[T]:
        walk: Walk[T] = Walk(self.options)
        self._latest = walk
        scheduler: Scheduler[T]
        if self._group is None:
            scheduler = RoundScheduler(walk)
        else:
            window = WindowScheduler(walk, self._group)
            self._schedulers.append(window)
            scheduler = window
        self.options.planner.track(scheduler)
        return scheduler

    # Sliding-window mode --------------------------------------------------------------------
    async def __aenter__(self) -> Paginator[T]:
        if self._group is not None:
            raise ConfigurationError("this paginator is already entered (async with)")
        group = anyio.create_task_group()
        await group.__aenter__()
        self._group = group
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        group, schedulers = self._group, self._schedulers
        self._group, self._schedulers = None, []
        if group is None:
            return
        for scheduler in schedulers:
            scheduler.abort()
        group.cancel_scope.cancel()
        # The page tasks never raise (their errors go to the iteration), so this only waits for
        # the cancelled ones; the block's own exception, if any, propagates as it is.
        await group.__aexit__(None, None, None)

    async def collect(self) -> list[T]:
        """Every item in a list (for small lists; iterate for large ones)."""
        return [item async for item in self]

    def __repr__(self) -> str:
        options = self.options
        mode = "raw" if options.raw else "typed"
        return (
            f"Paginator({options.label}, {mode}, page_size={options.page_size}, concurrency={options.window})"
        )


def paginate(operation: Callable[..., Any], **kwargs: Any) -> Paginator[Any]:
    """Functional form of ``tx.paginate``: pagination options by name, the rest are operation params."""
    options = {k: kwargs.pop(k) for k in _OPTION_NAMES if k in kwargs}
    return Paginator(WalkOptions.build(operation, params=kwargs, **options))


_OPTION_NAMES = (
    "raw",
    "concurrency",
    "prefetch",
    "consistency",
    "recover",
    "limit",
    "progress",
    "if_none_match",
)


class _PageIterator(AsyncIterator[Page[T]]):
    def __init__(self, scheduler: Scheduler[T]) -> None:
        self._scheduler = scheduler

    def __aiter__(self) -> _PageIterator[T]:
        return self

    async def __anext__(self) -> Page[T]:
        try:
            page = await self._scheduler.next_page()
        except BaseException:
            self._scheduler.abort()
            raise
        if page is None:
            raise StopAsyncIteration
        return page

    async def aclose(self) -> None:
        """Stop the walk now (cancels the requests a sliding window still has in flight)."""
        self._scheduler.abort()


class _ItemIterator(AsyncIterator[T]):
    def __init__(self, scheduler: Scheduler[T]) -> None:
        self._scheduler = scheduler
        self._items: deque[T] = deque()

    def __aiter__(self) -> _ItemIterator[T]:
        return self

    async def __anext__(self) -> T:
        while not self._items:
            try:
                page = await self._scheduler.next_page()
            except BaseException:
                self._scheduler.abort()
                raise
            if page is None:
                raise StopAsyncIteration
            self._items.extend(page.values)
        return self._items.popleft()

    async def aclose(self) -> None:
        """Stop the walk now (cancels the requests a sliding window still has in flight)."""
        self._scheduler.abort()
        self._items.clear()
