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
client's :class:`~tripletex_async.pagination.planning.WalkPlanner` knows, and
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
  ``SPECULATION_BUDGET`` windows' worth.

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
once, and memory is bounded by two rounds of pages (typed parsing of one round overlaps the
requests of the next). Works on asyncio and trio.

Consistency
-----------
Offsets shift when records are created or deleted during a walk. With ``consistency="detect"`` or
``"dedupe"`` the walk sorts by ``id`` (unless ``sorting`` is given), asks for real digests
(``If-None-Match`` with a value that never matches), and reports on ``paginator.report``
(a :class:`WalkReport`): duplicates across page boundaries (dropped in ``"dedupe"``), ids out of
order, ``versionDigest``/``fullResultSize`` changes between pages. ``recover=True`` re-walks
after a suspected shift and yields the records not seen yet (keeps every id seen in memory).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

import anyio
import anyio.abc
import anyio.lowlevel
import httpx
from tripletex_api.types import UNSET

from ..errors import ConfigurationError, ResponseParseError
from ._ops import BoundOperation, resolve_operation
from .fields import Fields, field_names
from .page import (
    NO_MATCH_DIGEST,
    Page,
    build_page,
    decode_list_body,
    envelope_int,
    peek_envelope,
    real_digest,
)
from .planning import WalkPlanner, walk_key

__all__ = ["Consistency", "Paginator", "WalkReport", "paginate"]

logger = logging.getLogger("tripletex_async.pagination")

T = TypeVar("T")

Consistency = Literal["none", "detect", "dedupe"]
_CONSISTENCY: tuple[str, ...] = ("none", "detect", "dedupe")
DEFAULT_PAGE_SIZE = 1000
DEFAULT_WINDOW = 10  # pages in flight for an executor without a WalkPlanner (never the client's)
MAX_RECOVERY_PASSES = 3
_PARSE_SLOT = -1  # key of a parsing failure among a round's errors (sorts before every page)
#: Sliding window: page ``i + REORDER_WINDOWS * concurrency`` waits until page ``i`` is handed out.
REORDER_WINDOWS = 2
#: A cold walk speculates only while the rate-limit budget left covers this many windows.
SPECULATION_BUDGET = 4

#: ``progress(items_so_far, expected_total_or_None)``, called after each page is handed out.
PageProgress = Callable[[int, int | None], None]


@dataclass(slots=True)
class WalkReport:
    """What a walk saw. Read it from ``paginator.report`` during or after iteration.

    ``consistent`` is True only when the service gave real digests and nothing suggested a shift
    (in the last pass); ``verifiable`` is False when it sent none (sentences or null), in which
    case only duplicates, order and size changes can reveal a shift.
    """

    consistency: str = "none"
    passes: int = 0
    pages: int = 0
    items: int = 0
    requests: int = 0
    wasted_requests: int = 0  # speculative pages past the end (cancelled or dropped)
    first_round: int = 0  # page requests started before the first answer
    first_round_reason: str = ""  # explicit|conditional|remembered|limit|speculative|busy|budget
    unpaged: bool = False  # page 0 held more values than asked: the service ignored ``count``
    duplicates: int = 0  # ids seen twice across a page boundary
    duplicates_dropped: int = 0
    out_of_order: int = 0  # ids not increasing although sorted by id
    recovered: int = 0  # records found by recovery passes
    digests: list[str] = field(default_factory=list)  # distinct real digests, in order seen
    full_result_sizes: list[int] = field(default_factory=list)  # distinct values, in order seen
    last_pass_suspect: bool = False

    @property
    def verifiable(self) -> bool:
        return bool(self.digests)

    @property
    def digest_changed(self) -> bool:
        return len(self.digests) > 1

    @property
    def size_changed(self) -> bool:
        return len([size for size in self.full_result_sizes if size > 0]) > 1

    @property
    def suspected_shift(self) -> bool:
        """Something suggests records moved between pages during the walk (in any pass)."""
        return bool(self.duplicates or self.out_of_order or self.digest_changed or self.size_changed)

    @property
    def consistent(self) -> bool:
        return self.verifiable and not self.last_pass_suspect

    def summary(self) -> str:
        flags = [
            name
            for name, on in (
                ("digest changed", self.digest_changed),
                ("size changed", self.size_changed),
                ("unverifiable (no real digest)", not self.verifiable),
            )
            if on
        ]
        return (
            f"{self.items} items in {self.pages} pages ({self.requests} requests, {self.passes} pass(es)); "
            f"duplicates={self.duplicates} dropped={self.duplicates_dropped} out_of_order={self.out_of_order} "
            f"recovered={self.recovered}" + (f"; {', '.join(flags)}" if flags else "")
        )


@dataclass(slots=True)
class _Fetched:
    index: int
    from_: int
    response: httpx.Response
    data: dict[str, Any] | None  # None: JSON decoding deferred to the parse step (a full page)
    size: int  # values on the page (from the envelope's count for a deferred full page)
    total: int | None  # fullResultSize
    not_modified: bool = False  # a 304 to the conditional first page (``if_none_match``)


@dataclass(slots=True)
class _PassState:
    digests: set[str] = field(default_factory=set)
    sizes: set[int] = field(default_factory=set)
    suspects: int = 0
    previous_ids: set[Any] = field(default_factory=set)
    last_id: Any = None


class Paginator(Generic[T]):
    """Iterate every item (``async for``), every page (``.pages()``) or plain dicts (``.raw()``).

    Created by ``tx.paginate(...)``; each iteration is a fresh walk. ``report`` describes the
    latest walk. Configuration errors are raised here, before any request.
    """

    def __init__(
        self,
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
    ) -> None:
        self._operation = operation
        self._op: BoundOperation = resolve_operation(operation, paginated=True)
        params = dict(params or {})
        start = params.pop("from_", 0)
        size = params.pop("count", DEFAULT_PAGE_SIZE)
        if start is UNSET:
            start = 0
        if size is UNSET:
            size = DEFAULT_PAGE_SIZE
        self.start = _int_arg("from_", start, minimum=0)
        self.page_size = _int_arg("count", size, minimum=1)
        planner = getattr(self._op.executor, "walk_planner", None)
        self._planner: WalkPlanner | None = planner if isinstance(planner, WalkPlanner) else None
        if concurrency is None:  # the client's in-flight cap
            concurrency = self._planner.capacity if self._planner is not None else DEFAULT_WINDOW
        self.window = _int_arg("concurrency", concurrency, minimum=1)
        #: pages of the first round; None: chosen per walk (see "The first round" above)
        self.prefetch: int | None = (
            None if prefetch is None else min(_int_arg("prefetch", prefetch, minimum=1), self.window)
        )
        if consistency not in _CONSISTENCY:
            raise ConfigurationError(
                f"consistency must be one of {', '.join(_CONSISTENCY)}, not {consistency!r}"
            )
        if recover and consistency == "none":
            raise ConfigurationError("recover=True needs consistency='detect' or 'dedupe'")
        self.consistency: Consistency = consistency
        self.recover = recover
        self.limit = None if limit is None else _int_arg("limit", limit, minimum=0)
        self.raw_mode = raw
        self.progress = progress
        params = self._op.check_params(params)
        self.sorted_by_id = params.get("sorting") in (None, "", "id", UNSET)
        if consistency != "none":
            if params.get("sorting") in (None, "", UNSET):
                params["sorting"] = "id"
            fields = params.get("fields")
            if isinstance(fields, str) and fields:
                names = field_names(fields)
                if "*" not in names and "id" not in names:
                    params["fields"] = str(Fields("id", fields))
        self.params = params
        company = getattr(self._op.executor, "company_id", None)
        self._size_key = walk_key(
            company if isinstance(company, int) else None,
            self._op.info.operation_id,
            params,
            self.start,
            self.page_size,
        )
        self.if_none_match = if_none_match
        self.unchanged = False  # the latest walk got a 304 to ``if_none_match``
        self.report = WalkReport(consistency=consistency)
        self._group: anyio.abc.TaskGroup | None = None
        self._walkers: list[_WindowWalker[Any]] = []

    def _first_round(self) -> tuple[int, str]:
        """Pages to request before the first answer arrives, and why (see "The first round")."""
        if self.prefetch is not None:
            return self.prefetch, "explicit"
        if real_digest(self.if_none_match) is not None:
            return 1, "conditional"
        planner = self._planner
        remembered = planner.remembered(self._size_key) if planner is not None else None
        if remembered is not None:
            pages, reason = min(remembered, self.window), "remembered"
        elif planner is None:
            pages, reason = self.window, "speculative"
        elif (budget := planner.spare_budget()) is not None and budget < SPECULATION_BUDGET * self.window:
            pages, reason = 1, "budget"
        elif (spare := planner.spare_slots()) <= 1:
            pages, reason = 1, "busy"
        else:
            pages, reason = min(spare, self.window), "speculative"
        if self.limit is not None:
            needed = max(1, -(-self.limit // self.page_size))
            if needed < pages:
                pages, reason = needed, "limit"
        return pages, reason

    def _remember(self, pages: int) -> None:
        """A complete walk of the list took ``pages`` page requests up to its short page."""
        if self._planner is not None:
            self._planner.remember(self._size_key, pages)

    # Modes -------------------------------------------------------------------------------
    def raw(self) -> Paginator[dict[str, Any]]:
        """The same walk yielding plain dicts (``json.loads`` output; no model parsing)."""
        return Paginator(
            self._operation,
            raw=True,
            concurrency=self.window,
            prefetch=self.prefetch,
            consistency=self.consistency,
            recover=self.recover,
            limit=self.limit,
            progress=self.progress,
            if_none_match=self.if_none_match,
            params={**self.params, "from_": self.start, "count": self.page_size},
        )

    def pages(self) -> AsyncIterator[Page[T]]:
        """Iterate pages (with their envelope) instead of items."""
        return _PageIterator(self._walker())

    def __aiter__(self) -> AsyncIterator[T]:
        return _ItemIterator(self._walker())

    def _walker(self) -> _Walker[T]:
        if self._group is None:
            return _Walker(self)
        walker: _WindowWalker[T] = _WindowWalker(self, self._group)
        self._walkers.append(walker)
        return walker

    # Sliding-window mode --------------------------------------------------------------------
    async def __aenter__(self) -> Paginator[T]:
        if self._group is not None:
            raise ConfigurationError("this paginator is already entered (async with)")
        group = anyio.create_task_group()
        await group.__aenter__()
        self._group = group
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        group, walkers = self._group, self._walkers
        self._group, self._walkers = None, []
        if group is None:
            return
        for walker in walkers:
            walker.abort()
        group.cancel_scope.cancel()
        # The page tasks never raise (their errors go to the iteration), so this only waits for
        # the cancelled ones; the block's own exception, if any, propagates as it is.
        await group.__aexit__(None, None, None)

    async def collect(self) -> list[T]:
        """Every item in a list (for small lists; iterate for large ones)."""
        return [item async for item in self]

    def __repr__(self) -> str:
        mode = "raw" if self.raw_mode else "typed"
        return f"Paginator({self._op.label}, {mode}, page_size={self.page_size}, concurrency={self.window})"


def paginate(operation: Callable[..., Any], **kwargs: Any) -> Paginator[Any]:
    """Functional form of ``tx.paginate``: pagination options by name, the rest are operation params."""
    options = {k: kwargs.pop(k) for k in _OPTION_NAMES if k in kwargs}
    return Paginator(operation, params=kwargs, **options)


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


def _int_arg(name: str, value: object, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigurationError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return value


class _Walker(Generic[T]):
    """One walk: plans rounds, fetches them in a task group, parses, checks and queues pages."""

    def __init__(self, paginator: Paginator[T]) -> None:
        self.p = paginator
        self.report = WalkReport(consistency=paginator.consistency)
        paginator.report = self.report
        paginator.unchanged = False
        self.conditional = real_digest(paginator.if_none_match)
        self.seen: set[Any] | None = set() if paginator.recover else None
        self.headers = {"If-None-Match": NO_MATCH_DIGEST} if paginator.consistency != "none" else None
        self.model: Any = None if paginator.raw_mode else paginator._op.response_model
        self.limit_last: int | None = None
        if paginator.limit is not None:
            self.limit_last = (paginator.limit - 1) // paginator.page_size if paginator.limit else -1
        self.ready: deque[Page[T]] = deque()
        self.emitted_items = 0
        self.decode_now = paginator.consistency != "none"
        self.round_pending = 0  # page requests of the round in progress
        if paginator._planner is not None:
            paginator._planner.track(self)
        self.first_size, self.report.first_round_reason = paginator._first_round()
        self.report.first_round = self.first_size
        self.end: int | None = None
        self._new_pass()

    def _new_pass(self) -> None:
        if self.report.passes and self.end is not None and self.end >= 0:
            self.first_size = min(self.p.window, self.end + 1)  # a re-walk knows the length now
        self.report.passes += 1
        self.next_launch = 0
        self.end = -1 if self.limit_last == -1 else None
        self.hint_last: int | None = None
        self.hint_seen = False
        self.first_round = True
        self.fetched: dict[int, _Fetched] = {}
        self.next_emit = 0
        self.state = _PassState()
        self.recovering = self.report.passes > 1

    # Driving ----------------------------------------------------------------------------
    async def next_page(self) -> Page[T] | None:
        while not self.ready:
            if self._pass_done():
                if self._should_recover():
                    self._new_pass()
                    continue
                self._finished()
                return None
            await self._round()
        return self.ready.popleft()

    def _pass_done(self) -> bool:
        return self.end is not None and self.next_emit > self.end and not self.fetched

    @property
    def pending_requests(self) -> int:
        """Page requests this walk has started and not finished (for the client's planner)."""
        return self.round_pending

    def abort(self) -> None:
        """Cancel whatever the walk still has in flight (rounds: nothing between items)."""

    def _finished(self) -> None:
        """The walk reached the end of the list: remember how many pages it took."""
        end = self.end
        if end is None or end < 0 or self.p.unchanged:
            return
        if self.limit_last is not None and end >= self.limit_last:
            return  # stopped by ``limit``: the list may go on
        self.p._remember(end + 1)

    def _should_recover(self) -> bool:
        suspect = self.state.suspects > 0 or len(self.state.digests) > 1 or len(self.state.sizes) > 1
        self.report.last_pass_suspect = suspect
        return (
            self.p.recover
            and suspect
            and self.report.passes < MAX_RECOVERY_PASSES
            and self.limit_last is None
        )

    def _plan(self) -> list[int]:
        if self.end is not None:
            return []
        n = self.first_size if self.first_round else self.p.window
        self.first_round = False
        last = self.limit_last
        if self.hint_last is not None:
            last = self.hint_last if last is None else min(last, self.hint_last)
        high = self.next_launch + n - 1
        if last is not None:
            high = min(high, last)
        planned = list(range(self.next_launch, high + 1))
        self.next_launch = max(self.next_launch, high + 1)
        return planned

    async def _round(self) -> None:
        planned = self._plan()
        to_parse = [self.fetched.pop(i) for i in sorted(self.fetched)]
        if not planned and not to_parse:  # defensive: nothing left to do means the pass is over
            self.end = self.next_launch - 1 if self.end is None else self.end
            return
        scopes: dict[int, anyio.CancelScope] = {}
        errors: dict[int, BaseException] = {}
        results: dict[int, _Fetched] = {}
        self.round_pending = len(planned)
        try:
            async with anyio.create_task_group() as tg:
                for index in planned:
                    scope = anyio.CancelScope()
                    scopes[index] = scope
                    tg.start_soon(self._fetch_task, index, scope, scopes, results, errors)
                if to_parse:
                    tg.start_soon(self._parse_task, to_parse, scopes, errors)
        finally:
            self.round_pending = 0
        self.report.requests += len(planned)
        end = self.end
        for index in sorted(errors):
            if index == _PARSE_SLOT or end is None or index <= end:
                raise errors[index]
        for index, fetched in results.items():
            if end is None or index <= end:
                self.fetched[index] = fetched
            elif not fetched.not_modified:
                self.report.wasted_requests += 1
        self.report.wasted_requests += sum(1 for i in planned if i not in results and i not in errors)

    async def _fetch_task(
        self,
        index: int,
        scope: anyio.CancelScope,
        scopes: dict[int, anyio.CancelScope],
        results: dict[int, _Fetched],
        errors: dict[int, BaseException],
    ) -> None:
        with scope:
            try:
                fetched = await self._fetch(index)
            except Exception as exc:
                errors[index] = exc
                self._cancel_after(index, scopes)  # pages after a failure are not needed
                return
            results[index] = fetched
            self._observe(fetched, scopes)

    def _cancel_after(self, index: int, scopes: dict[int, anyio.CancelScope]) -> None:
        for other, scope in scopes.items():
            if other > index:
                scope.cancel()

    async def _fetch(self, index: int) -> _Fetched:
        p = self.p
        offset = p.start + index * p.page_size
        kwargs = p._op.build_kwargs({**p.params, "from_": offset, "count": p.page_size})
        headers = self.headers
        conditional = self.conditional is not None and index == 0 and self.report.passes == 1
        if conditional:
            headers = {**(headers or {}), "If-None-Match": str(self.conditional)}
        response = await p._op.executor.send(kwargs, headers=headers)
        if response.status_code == 304:
            if conditional:
                return _Fetched(index, offset, response, None, 0, None, not_modified=True)
            raise ResponseParseError.from_response(response, "304 Not Modified to a page request")
        size, total, echoed = peek_envelope(response.content)
        if size:
            self._check_offset(response, offset, echoed)
        if size is not None and size == p.page_size and self.hint_seen and not self.decode_now:
            # A full page by its envelope: decode it while the next round is in flight. A short page
            # (the end of the walk) is always decoded now, so the end never rests on `count` alone.
            return _Fetched(index, offset, response, None, size, total)
        data = decode_list_body(response)
        if data["values"]:
            self._check_offset(response, offset, envelope_int(data, "from"))
        size = self._check_size(response, index, len(data["values"]))
        return _Fetched(index, offset, response, data, size, envelope_int(data, "fullResultSize"))

    def _check_offset(self, response: httpx.Response, offset: int, echoed: int | None) -> None:
        """A page with values whose envelope names another offset than asked: the service does not
        page this list by ``from``, and walking on would repeat records (or never end). Empty pages
        are not checked: they end the walk, whatever offset they name."""
        if echoed is not None and echoed != offset:
            raise ResponseParseError.from_response(
                response,
                f"asked {self.p._op.label} for from={offset}, the answer says from={echoed}: "
                "the service does not page this list by offset",
            )

    def _check_size(self, response: httpx.Response, index: int, size: int) -> int:
        """More values than ``count`` asked for: on the first page the service ignored ``count``
        and sent the whole list (kept, and the walk ends there); on a later page it cannot be
        placed, so it is an error rather than records repeated."""
        p = self.p
        if size <= p.page_size:
            return size
        if index > 0:
            raise ResponseParseError.from_response(
                response,
                f"{size} values for count={p.page_size} on page {index} of {p._op.label}: "
                "the service ignores count for this list",
            )
        if not self.report.unpaged:
            logger.warning(
                "%s answered %d values to count=%d: it ignores count; taking them as the whole list",
                p._op.label,
                size,
                p.page_size,
            )
        self.report.unpaged = True
        return size

    def _observe(self, fetched: _Fetched, scopes: dict[int, anyio.CancelScope]) -> None:
        """Update the end of the list and the size hint from a page that just arrived."""
        p = self.p
        index = fetched.index
        if fetched.not_modified:  # unchanged since if_none_match: the walk is over, empty
            self.p.unchanged = True
            self.end = -1
            self._cancel_after(-1, scopes)
            return
        last = fetched.size != p.page_size or (self.limit_last is not None and index >= self.limit_last)
        if last and (self.end is None or index < self.end):
            self.end = index
            self._cancel_after(index, scopes)
        if self.hint_last is not None and index >= self.hint_last and fetched.size >= p.page_size:
            self.hint_last = None  # the total was too low: go on without it (speculatively)
        if not self.hint_seen:
            self.hint_seen = True
            total = fetched.total
            if total and total >= fetched.from_ + fetched.size and total > p.start:
                hint = (total - p.start) // p.page_size
                if hint > index:
                    self.hint_last = hint

    # Parsing and checks -------------------------------------------------------------------
    async def _parse_task(
        self, pages: list[_Fetched], scopes: dict[int, anyio.CancelScope], errors: dict[int, BaseException]
    ) -> None:
        try:
            await self._parse_pages(pages, scopes)
        except Exception as exc:
            errors[_PARSE_SLOT] = exc
            for scope in scopes.values():
                scope.cancel()

    async def _parse_pages(self, pages: list[_Fetched], scopes: dict[int, anyio.CancelScope]) -> None:
        for fetched in pages:
            await anyio.lowlevel.checkpoint()
            if self.end is not None and fetched.index > self.end:
                break
            self._emit(fetched, scopes)

    def _emit(self, fetched: _Fetched, scopes: dict[int, anyio.CancelScope]) -> bool:
        """Decode a deferred page, build it and queue it; True if it turned out to end the list
        (its envelope said full but it is not: requests after it in ``scopes`` are cancelled)."""
        ended = False
        if fetched.data is None:
            fetched.data = decode_list_body(fetched.response)
            size = self._check_size(fetched.response, fetched.index, len(fetched.data["values"]))
            if size != self.p.page_size and (self.end is None or fetched.index < self.end):
                self.end = fetched.index
                self._cancel_after(fetched.index, scopes)
                ended = True
            fetched.size = size
        page = self._build_page(fetched)
        self.next_emit = fetched.index + 1
        if page is not None:
            self.ready.append(page)
        return ended

    def _build_page(self, fetched: _Fetched) -> Page[T] | None:
        data = fetched.data
        assert data is not None
        p = self.p
        page: Page[T] = build_page(
            data,
            fetched.response,
            self.model,
            index=fetched.index,
            from_=fetched.from_,
            requested_count=p.page_size,
            count=fetched.size,
        )
        digest, total = page.version_digest, page.full_result_size
        state = self.state
        if digest is not None:
            state.digests.add(digest)
            if digest not in self.report.digests:
                self.report.digests.append(digest)
        if total:
            state.sizes.add(total)
            if total not in self.report.full_result_sizes:
                self.report.full_result_sizes.append(total)
        values = page.values
        if p.consistency != "none" or self.recovering:
            values = self._check_values(values)
        if p.limit is not None:
            values = values[: max(0, p.limit - self.emitted_items)]
        page.values = values
        self.emitted_items += len(values)
        self.report.pages += 1
        self.report.items += len(values)
        if self.recovering and not values:
            return None
        if p.progress is not None:
            p.progress(self.emitted_items, self._expected_total())
        return page

    def _expected_total(self) -> int | None:
        sizes = self.report.full_result_sizes
        total = max(0, sizes[-1] - self.p.start) if sizes else None
        if self.p.limit is not None:
            return self.p.limit if total is None else min(total, self.p.limit)
        return total

    def _check_values(self, values: list[Any]) -> list[Any]:
        state = self.state
        dedupe = self.p.consistency == "dedupe"
        keep: list[Any] = []
        current: set[Any] = set()
        raw = self.model is None
        for item in values:
            item_id = item.get("id") if raw else getattr(item, "id", None)
            if item_id is None or item_id is UNSET:
                keep.append(item)
                continue
            if item_id in state.previous_ids or item_id in current:
                state.suspects += 1
                self.report.duplicates += 1
                if dedupe or self.recovering:
                    self.report.duplicates_dropped += 1
                    continue
            elif self.p.sorted_by_id and state.last_id is not None and _lt(item_id, state.last_id):
                state.suspects += 1
                self.report.out_of_order += 1
            current.add(item_id)
            state.last_id = item_id
            if self.seen is not None:
                if item_id in self.seen:
                    if self.recovering:
                        continue
                else:
                    self.seen.add(item_id)
                    if self.recovering:
                        self.report.recovered += 1
            keep.append(item)
        state.previous_ids = current
        return keep


class _WindowWalker(_Walker[T]):
    """A sliding-window walk inside ``async with paginator``: page requests run in the paginator's
    task group, up to ``window`` at a time, started in page order as soon as a slot frees up; the
    consumer takes pages from a reorder buffer in index order."""

    def __init__(self, paginator: Paginator[T], group: anyio.abc.TaskGroup) -> None:
        self.group = group
        self.scopes: dict[int, anyio.CancelScope] = {}  # requests in flight (this pass)
        self.errors: dict[int, Exception] = {}
        self.generation = 0
        self.closed = False
        self.wakeup: anyio.Event | None = None
        self.reorder = REORDER_WINDOWS * paginator.window
        super().__init__(paginator)

    def _new_pass(self) -> None:
        self._drop_in_flight()  # defensive: a pass ends only once nothing before its end is pending
        self.errors = {}
        self.fail_at: int | None = None
        super()._new_pass()

    def _drop_in_flight(self) -> None:
        """Cancel the requests still in flight and count them as wasted now; a new generation, so
        their tasks (which may never get to run) neither count nor report anything."""
        for scope in self.scopes.values():
            scope.cancel()
        self.report.wasted_requests += len(self.scopes)
        self.scopes = {}
        self.generation += 1

    @property
    def pending_requests(self) -> int:
        return len(self.scopes)

    def abort(self) -> None:
        self.closed = True
        self._drop_in_flight()

    # Launching ------------------------------------------------------------------------------
    def _may_launch(self, index: int) -> bool:
        caps = (self.end, self.fail_at, self.limit_last, self.hint_last)
        if any(cap is not None and index > cap for cap in caps):
            return False
        if not self.hint_seen and index >= self.first_size:
            return False  # the first round: the first answer decides how far to plan
        return index < self.next_emit + self.reorder

    def _fill(self) -> None:
        while not self.closed and len(self.scopes) < self.p.window and self._may_launch(self.next_launch):
            index = self.next_launch
            self.next_launch += 1
            scope = anyio.CancelScope()
            self.scopes[index] = scope
            self.report.requests += 1
            self.group.start_soon(self._page_task, index, scope, self.generation)

    async def _page_task(self, index: int, scope: anyio.CancelScope, generation: int) -> None:
        try:
            with scope:
                try:
                    fetched = await self._fetch(index)
                except Exception as exc:
                    if generation == self.generation:
                        self._failed(index, exc)
                else:
                    if generation == self.generation:
                        self._arrived(fetched)
            if scope.cancelled_caught and generation == self.generation:
                self.report.wasted_requests += 1
        finally:
            if generation == self.generation:
                self.scopes.pop(index, None)
            if self.wakeup is not None:
                self.wakeup.set()
        if generation == self.generation:
            self._fill()  # a slot is free: start the next page at once

    def _failed(self, index: int, exc: Exception) -> None:
        if self.end is not None and index > self.end:
            self.report.wasted_requests += 1
            return
        self.errors[index] = exc
        self.fail_at = index if self.fail_at is None else min(self.fail_at, index)
        self._cancel_after(index, self.scopes)  # pages after a failure are not needed

    def _arrived(self, fetched: _Fetched) -> None:
        self._observe(fetched, self.scopes)
        if self.end is not None and fetched.index > self.end:
            if not fetched.not_modified:
                self.report.wasted_requests += 1
            return
        self.fetched[fetched.index] = fetched
        self._trim()

    def _trim(self) -> None:
        """Drop buffered answers and errors past the end of the list."""
        end = self.end
        if end is None:
            return
        for index in [i for i in self.fetched if i > end]:
            del self.fetched[index]
            self.report.wasted_requests += 1
        for index in [i for i in self.errors if i > end]:
            del self.errors[index]
            self.report.wasted_requests += 1

    # Consuming ------------------------------------------------------------------------------
    async def next_page(self) -> Page[T] | None:
        if self.closed:
            return None
        self._fill()
        while not self.ready:
            if self.end is not None and self.next_emit > self.end:
                self._trim()
                if self._should_recover():
                    self._new_pass()
                    self._fill()
                    continue
                self._finished()
                self.abort()
                return None
            index = self.next_emit
            error = self.errors.pop(index, None)
            if error is not None:
                self.abort()
                raise error
            fetched = self.fetched.pop(index, None)
            if fetched is not None:
                await anyio.lowlevel.checkpoint()
                if self._emit(fetched, self.scopes):
                    self._trim()
                self._fill()
                continue
            if not self.scopes:
                self._fill()
                if not self.scopes:  # defensive: nothing can bring this page, so the pass is over
                    self.end = index - 1
                continue
            self.wakeup = anyio.Event()
            await self.wakeup.wait()
        return self.ready.popleft()


def _lt(a: Any, b: Any) -> bool:
    try:
        return bool(a < b)
    except TypeError:
        return False


class _PageIterator(AsyncIterator[Page[T]]):
    def __init__(self, walker: _Walker[T]) -> None:
        self._walker = walker

    def __aiter__(self) -> _PageIterator[T]:
        return self

    async def __anext__(self) -> Page[T]:
        try:
            page = await self._walker.next_page()
        except BaseException:
            self._walker.abort()
            raise
        if page is None:
            raise StopAsyncIteration
        return page

    async def aclose(self) -> None:
        """Stop the walk now (cancels the requests a sliding window still has in flight)."""
        self._walker.abort()


class _ItemIterator(AsyncIterator[T]):
    def __init__(self, walker: _Walker[T]) -> None:
        self._walker = walker
        self._items: deque[T] = deque()

    def __aiter__(self) -> _ItemIterator[T]:
        return self

    async def __anext__(self) -> T:
        while not self._items:
            try:
                page = await self._walker.next_page()
            except BaseException:
                self._walker.abort()
                raise
            if page is None:
                raise StopAsyncIteration
            self._items.extend(page.values)
        return self._items.popleft()

    async def aclose(self) -> None:
        """Stop the walk now (cancels the requests a sliding window still has in flight)."""
        self._walker.abort()
        self._items.clear()
