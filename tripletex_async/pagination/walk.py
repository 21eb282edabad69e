"""One walk's shared state, composed by both schedulers (rounds and window).

A :class:`Walk` owns the :class:`PageFetcher` (wire side) and the :class:`ConsistencyTracker`
(report side), and keeps the pass bookkeeping both schedulers need: where the list ends, how far
``fullResultSize`` says to plan, the next page to launch and the next to hand out, the answers
waiting to be handed out in order. A scheduler decides *when* pages are requested; the walk says
*which* and turns arrivals into pages:

    scheduler ──fetch(i)──▶ Walk ──▶ PageFetcher ──▶ executor (auth, transport, wire)
    scheduler ◀─Fetched── observe() (end, size hint) ── emit() ──▶ tracker.check() ──▶ ready pages

:class:`Scheduler` is the protocol the paginator drives.
"""

from __future__ import annotations

from collections import deque
from typing import Generic, Protocol, TypeVar

import anyio

from .consistency import ConsistencyTracker
from .fetch import Fetched, PageFetcher
from .options import WalkOptions, first_round
from .page import Page
from .report import WalkReport
from .yielding import yield_to_waiting

__all__ = ["Scheduler", "Walk", "cancel_after"]

T = TypeVar("T")


class Scheduler(Protocol[T]):
    """How page requests of one walk are started: in rounds, or in a sliding window."""

    @property
    def pending_requests(self) -> int:
        """Page requests started and not finished (the client's planner counts them)."""
        ...

    async def next_page(self) -> Page[T] | None:
        """The next page in server order, None at the end of the walk."""
        ...

    def abort(self) -> None:
        """Cancel whatever is still in flight; the walk hands out nothing more."""
        ...


class Walk(Generic[T]):
    """Pass bookkeeping, fetch and hand-out shared by the schedulers (composition, not a base)."""

    def __init__(self, options: WalkOptions) -> None:
        self.options = options
        self.fetcher = PageFetcher(options)
        self.tracker = ConsistencyTracker(options)
        self.unchanged = False  # the service answered 304 to ``if_none_match``
        self.limit_last = options.limit_last
        self.ready: deque[Page[T]] = deque()
        self.emitted_items = 0
        self.decode_now = options.checks_ids  # id checks need every page decoded on arrival
        self.first_size, self.report.first_round_reason = first_round(options)
        self.report.first_round = self.first_size
        self.end: int | None = None
        self.new_pass()

    @property
    def report(self) -> WalkReport:
        return self.tracker.report

    def new_pass(self) -> None:
        if self.report.passes and self.end is not None and self.end >= 0:
            self.first_size = min(self.options.window, self.end + 1)  # a re-walk knows the length now
        self.tracker.new_pass()
        self.next_launch = 0
        self.end = -1 if self.limit_last == -1 else None
        self.hint_last: int | None = None
        self.hint_seen = False
        self.fetched: dict[int, Fetched] = {}
        self.next_emit = 0

    # Wire side ----------------------------------------------------------------------------
    async def fetch(self, index: int) -> Fetched:
        """Page ``index``; a full page's decoding is deferred (to :meth:`decode`, while later pages
        are in flight or when it is handed out), except for the first answer of a pass, which plans
        the walk: decided on arrival, so that the rest of the first round is deferred too (decoded
        pages are nearly as slow as models for the cyclic GC to traverse; undecoded bytes cost it
        nothing)."""
        conditional = self.options.conditional if index == 0 and self.report.passes == 1 else None
        fetched = await self.fetcher.fetch(index, conditional=conditional, defer=not self.decode_now)
        if not self.hint_seen and fetched.data is None and not fetched.not_modified:
            self.fetcher.decode(fetched)
        return fetched

    def observe(self, fetched: Fetched) -> int | None:
        """A page just arrived: update the end of the list and the size hint. Returns the index after
        which requests in flight are no longer needed (None: all still are)."""
        options, index = self.options, fetched.index
        if fetched.not_modified:  # unchanged since if_none_match: the walk is over, empty
            self.unchanged = True
            self.end = -1
            return -1
        if fetched.unpaged:
            self.tracker.unpaged(fetched.size)
        cancel_after = None
        last = fetched.size != options.page_size or (self.limit_last is not None and index >= self.limit_last)
        if last and (self.end is None or index < self.end):
            self.end = cancel_after = index
        if self.hint_last is not None and index >= self.hint_last and fetched.size >= options.page_size:
            self.hint_last = None  # the total was too low: go on without it (speculatively)
        if not self.hint_seen:
            self.hint_seen = True
            total = fetched.total
            if total and total >= fetched.from_ + fetched.size and total > options.start:
                hint = (total - options.start) // options.page_size
                if hint > index:
                    self.hint_last = hint
        return cancel_after

    def past_end(self, index: int) -> bool:
        return self.end is not None and index > self.end

    # Hand-out side ------------------------------------------------------------------------
    def decode(self, fetched: Fetched) -> bool:
        """Decode a deferred page (nothing if it is decoded already) and check it. True if it turned
        out to end the list (its envelope said full but it is not): requests after it are no longer
        needed."""
        if fetched.data is not None:
            return False
        self.fetcher.decode(fetched)
        if fetched.unpaged:
            self.tracker.unpaged(fetched.size)
        if fetched.size != self.options.page_size and (self.end is None or fetched.index < self.end):
            self.end = fetched.index
            return True
        return False

    async def emit(self, fetched: Fetched) -> bool:
        """Decode a deferred page, check it and queue it for the caller; True as for :meth:`decode`.
        A typed page is parsed a step at a time (checkpoints between steps, and between its decoding
        and the first step) before it is queued."""
        deferred = fetched.data is None
        ended = self.decode(fetched)
        if deferred and self.fetcher.model is not None:
            await yield_to_waiting()  # decoding a big page is one long step already
        await self.fetcher.parse(fetched)
        if self.past_end(fetched.index):  # an earlier page ended the list meanwhile
            return ended
        page: Page[T] = self.fetcher.page(fetched)
        self.next_emit = fetched.index + 1
        values = self.tracker.check(page)
        limit = self.options.limit
        if limit is not None:
            values = values[: max(0, limit - self.emitted_items)]
        page.values = values
        self.emitted_items += len(values)
        self.tracker.handed_out(len(values))
        if self.tracker.recovering and not values:
            return ended
        if self.options.progress is not None:
            self.options.progress(self.emitted_items, self.tracker.expected_total())
        self.ready.append(page)
        return ended

    def pass_over(self) -> bool:
        """Every page up to the end of the list has been handed out (or the list was empty)."""
        return self.end is not None and self.next_emit > self.end

    def should_recover(self) -> bool:
        return self.tracker.should_recover(limited=self.limit_last is not None)

    def finished(self) -> None:
        """The walk reached the end of the list: remember how many pages it took."""
        end = self.end
        if end is None or end < 0 or self.unchanged:
            return
        if self.limit_last is not None and end >= self.limit_last:
            return  # stopped by ``limit``: the list may go on
        self.options.planner.remember(self.options.size_key, end + 1)


def cancel_after(index: int | None, scopes: dict[int, anyio.CancelScope]) -> None:
    """Cancel the requests in ``scopes`` for pages after ``index`` (nothing when it is None)."""
    if index is None:
        return
    for other, scope in scopes.items():
        if other > index:
            scope.cancel()
