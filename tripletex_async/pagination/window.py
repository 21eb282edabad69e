"""The sliding-window scheduler: ``async with tx.paginate(...) as walk``.

Page requests run in the paginator's task group, up to ``window`` at a time, started in page
order as soon as a slot frees up; the consumer takes pages from a reorder buffer in index order.
Page ``i + REORDER_WINDOWS * window`` is not requested before page ``i`` has been handed out.
"""

from __future__ import annotations

from typing import Generic, TypeVar

import anyio
import anyio.abc

from .fetch import Fetched
from .page import Page
from .walk import Walk, cancel_after
from .yielding import yield_to_waiting

__all__ = ["REORDER_WINDOWS", "WindowScheduler"]

T = TypeVar("T")

#: Sliding window: page ``i + REORDER_WINDOWS * window`` waits until page ``i`` is handed out.
REORDER_WINDOWS = 2


class WindowScheduler(Generic[T]):
    """One walk in a sliding window (see the module docstring)."""

    def __init__(self, walk: Walk[T], group: anyio.abc.TaskGroup) -> None:
        self.walk = walk
        self.group = group
        self.scopes: dict[int, anyio.CancelScope] = {}  # requests in flight (this pass)
        self.errors: dict[int, Exception] = {}
        self.fail_at: int | None = None
        self.generation = 0
        self.closed = False
        self.wakeup: anyio.Event | None = None
        self.reorder = REORDER_WINDOWS * walk.options.window

    @property
    def pending_requests(self) -> int:
        return len(self.scopes)

    def abort(self) -> None:
        self.closed = True
        self._drop_in_flight()

    def _new_pass(self) -> None:
        self._drop_in_flight()  # requests past the end, cancelled but not yet finished, must not report
        self.errors = {}
        self.fail_at = None
        self.walk.new_pass()

    def _drop_in_flight(self) -> None:
        """Cancel the requests still in flight and count them as wasted now; a new generation, so
        their tasks (which may never get to run) neither count nor report anything."""
        for scope in self.scopes.values():
            scope.cancel()
        self.walk.tracker.wasted(len(self.scopes))
        self.scopes = {}
        self.generation += 1

    # Launching ------------------------------------------------------------------------------
    def _may_launch(self, index: int) -> bool:
        walk = self.walk
        caps = (walk.end, self.fail_at, walk.limit_last, walk.hint_last)
        if any(cap is not None and index > cap for cap in caps):
            return False
        if not walk.hint_seen and index >= walk.first_size:
            return False  # the first round: the first answer decides how far to plan
        return index < walk.next_emit + self.reorder

    def _fill(self) -> None:
        walk = self.walk
        while (
            not self.closed and len(self.scopes) < walk.options.window and self._may_launch(walk.next_launch)
        ):
            index = walk.next_launch
            walk.next_launch += 1
            scope = anyio.CancelScope()
            self.scopes[index] = scope
            walk.tracker.requested(1)
            self.group.start_soon(self._page_task, index, scope, self.generation)

    async def _page_task(self, index: int, scope: anyio.CancelScope, generation: int) -> None:
        try:
            with scope:
                try:
                    fetched = await self.walk.fetch(index)
                except Exception as exc:
                    if generation == self.generation:
                        self._failed(index, exc)
                else:
                    if generation == self.generation:
                        self._arrived(fetched)
            if scope.cancelled_caught and generation == self.generation:
                self.walk.tracker.wasted()
        finally:
            if generation == self.generation:
                self.scopes.pop(index, None)
            if self.wakeup is not None:
                self.wakeup.set()
        if generation == self.generation:
            self._fill()  # a slot is free: start the next page at once

    def _failed(self, index: int, exc: Exception) -> None:
        if self.walk.past_end(index):
            self.walk.tracker.wasted()
            return
        self.errors[index] = exc
        self.fail_at = index if self.fail_at is None else min(self.fail_at, index)
        cancel_after(index, self.scopes)  # pages after a failure are not needed

    def _arrived(self, fetched: Fetched) -> None:
        walk = self.walk
        cancel_after(walk.observe(fetched), self.scopes)
        if walk.past_end(fetched.index):
            if not fetched.not_modified:
                walk.tracker.wasted()
            return
        walk.fetched[fetched.index] = fetched
        self._trim()

    def _trim(self) -> None:
        """Drop buffered answers and errors past the end of the list."""
        walk = self.walk
        if walk.end is None:
            return
        for index in [i for i in walk.fetched if walk.past_end(i)]:
            del walk.fetched[index]
            walk.tracker.wasted()
        for index in [i for i in self.errors if walk.past_end(i)]:
            del self.errors[index]
            walk.tracker.wasted()

    # Consuming ------------------------------------------------------------------------------
    async def next_page(self) -> Page[T] | None:
        walk = self.walk
        if self.closed:
            return None
        self._fill()
        while not walk.ready:
            if walk.pass_over():
                self._trim()
                if walk.should_recover():
                    self._new_pass()
                    self._fill()
                    continue
                walk.finished()
                self.abort()
                return None
            index = walk.next_emit
            error = self.errors.pop(index, None)
            if error is not None:
                self.abort()
                raise error
            fetched = walk.fetched.pop(index, None)
            if fetched is not None:
                await yield_to_waiting()  # tasks woken during the caller's items run first
                if await walk.emit(fetched):
                    cancel_after(fetched.index, self.scopes)
                    self._trim()
                self._fill()
                continue
            if not self.scopes:
                self._fill()
                if not self.scopes:  # defensive: nothing can bring this page, so the pass is over
                    walk.end = index - 1
                continue
            self.wakeup = anyio.Event()
            await self.wakeup.wait()
        return walk.ready.popleft()
