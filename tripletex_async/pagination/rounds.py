"""The rounds scheduler: plain ``async for`` over a paginator.

Pages are requested in rounds of up to ``window`` concurrent requests, each round inside the
``next_page`` call that needs it (an anyio task group), so nothing is in flight between two items.
Full pages whose decoding was deferred are decoded while the next round's requests are in flight;
a typed page is parsed into models when it is handed out (a step at a time, as in the sliding
window), so one page of models is alive at a time rather than a round of them: each full
collection of the cyclic GC traverses every model object alive (several milliseconds per
1,000-record page), holding the event loop that much longer. The price: the typed parse no longer
overlaps the requests (the sliding window's does). Every hand-out, and every page decoded, gives
the loop back first (:func:`~.yielding.yield_to_waiting`).
"""

from __future__ import annotations

from collections import deque
from typing import Generic, TypeVar

import anyio

from .fetch import Fetched
from .page import Page
from .walk import Walk, cancel_after
from .yielding import yield_to_waiting

__all__ = ["RoundScheduler"]

T = TypeVar("T")
_DECODE_SLOT = -1  # key of a decoding failure among a round's errors (sorts before every page)


class RoundScheduler(Generic[T]):
    """One walk in rounds (see the module docstring)."""

    def __init__(self, walk: Walk[T]) -> None:
        self.walk = walk
        self.round_pending = 0  # page requests of the round in progress
        self.first_round = True
        self.decoded: deque[Fetched] = deque()  # decoded pages waiting to be handed out, in order

    @property
    def pending_requests(self) -> int:
        return self.round_pending

    def abort(self) -> None:
        """Nothing to cancel: between two items no request of a round is in flight."""

    async def next_page(self) -> Page[T] | None:
        walk = self.walk
        while not walk.ready:
            if self.decoded:
                await yield_to_waiting()  # the loop runs other tasks between two pages
                await walk.emit(self.decoded.popleft())  # a typed page is parsed now, in steps
                continue
            if walk.pass_over() and not walk.fetched:
                if walk.should_recover():
                    walk.new_pass()
                    self.first_round = True
                    continue
                walk.finished()
                return None
            await self._round()
        return walk.ready.popleft()

    def _plan(self) -> list[int]:
        walk = self.walk
        if walk.end is not None:
            return []
        n = walk.first_size if self.first_round else walk.options.window
        self.first_round = False
        last = walk.limit_last
        if walk.hint_last is not None:
            last = walk.hint_last if last is None else min(last, walk.hint_last)
        high = walk.next_launch + n - 1
        if last is not None:
            high = min(high, last)
        planned = list(range(walk.next_launch, high + 1))
        walk.next_launch = max(walk.next_launch, high + 1)
        return planned

    async def _round(self) -> None:
        walk = self.walk
        planned = self._plan()
        to_decode = [walk.fetched.pop(i) for i in sorted(walk.fetched)]
        if not planned and not to_decode:  # defensive: nothing left to do means the pass is over
            walk.end = walk.next_launch - 1 if walk.end is None else walk.end
            return
        scopes: dict[int, anyio.CancelScope] = {}
        errors: dict[int, BaseException] = {}
        results: dict[int, Fetched] = {}
        self.round_pending = len(planned)
        try:
            async with anyio.create_task_group() as tg:
                for index in planned:
                    scopes[index] = anyio.CancelScope()
                    tg.start_soon(self._fetch_task, index, scopes, results, errors)
                if to_decode:
                    tg.start_soon(self._decode_task, to_decode, scopes, errors)
        finally:
            self.round_pending = 0
        walk.tracker.requested(len(planned))
        for index in sorted(errors):
            if index == _DECODE_SLOT or not walk.past_end(index):
                raise errors[index]
        for index, fetched in results.items():
            if not walk.past_end(index):
                walk.fetched[index] = fetched
            elif not fetched.not_modified:
                walk.tracker.wasted()
        walk.tracker.wasted(sum(1 for i in planned if i not in results and i not in errors))

    async def _fetch_task(
        self,
        index: int,
        scopes: dict[int, anyio.CancelScope],
        results: dict[int, Fetched],
        errors: dict[int, BaseException],
    ) -> None:
        with scopes[index]:
            try:
                fetched = await self.walk.fetch(index)
            except Exception as exc:
                errors[index] = exc
                cancel_after(index, scopes)  # pages after a failure are not needed
                return
            results[index] = fetched
            cancel_after(self.walk.observe(fetched), scopes)

    async def _decode_task(
        self, pages: list[Fetched], scopes: dict[int, anyio.CancelScope], errors: dict[int, BaseException]
    ) -> None:
        try:
            for fetched in pages:
                await yield_to_waiting()
                if self.walk.past_end(fetched.index):
                    break
                if self.walk.decode(fetched):
                    cancel_after(fetched.index, scopes)
                self.decoded.append(fetched)
        except Exception as exc:
            errors[_DECODE_SLOT] = exc
            for scope in scopes.values():
                scope.cancel()
