"""Event-loop lag while paginating typed pages (part of ``make bench-pagination``).

A monitor task sleeps 1 ms again and again (see LagMonitor) while ``tx.paginate`` walks real-shaped ``GET
/customer`` pages of 1,000 records (1.1 MB each) as typed models, both ways (``async for`` in
rounds and the ``async with`` window); how late the monitor wakes is the longest step the walk
took without giving the loop back (every callback the loop ran before the monitor's wake-up), i.e.
how long a web backend doing the walk would leave its other requests waiting. Both styles are used
once before (a short walk each), so that imports on first use are not counted; then ``WALKS`` walks
of each style, alternating, each reported, and the median and the worst side by side.

The cyclic GC's collections are part of what the user waits for, so the headline figure includes
them. A full (generation-2) collection traverses every object of the process, not only the walk's:
before each walk the bench times a full ``gc.collect()`` of the process as it is (the part of a
collection the walk cannot change), and counts the full collections during the walk.

Then one walk of each style as an application that freezes its start-up heap would run it
(``gc.freeze()`` after start-up, then the walk; an application's decision, which a library must not
take for it): the collector then leaves the start-up objects alone, and what remains is the walk's
own part. Reported beside the headline, never instead of it.
"""

from __future__ import annotations

import gc
import statistics
import time
from dataclasses import dataclass, field
from typing import Any

import anyio

from scripts.bench.pagination import PagesStandIn, make_client, walk, window
from scripts.bench.records import make_pages

TICK = 0.001
WALKS = 3  # walks of each style


class LagMonitor:
    """Wakes every TICK; ``max_step`` is the most CPU time the loop's thread spent between two of
    its wake-ups (the longest step the other tasks took without an await, with any GC collection
    inside it), ``max_lag`` the most wall time it woke late (that step plus the time the machine
    gave to other processes: on 2 shared cores the second mostly measures the machine's load)."""

    def __init__(self) -> None:
        self.max_step = 0.0
        self.max_lag = 0.0
        self.max_step_without_gc = 0.0
        self.max_gc = 0.0
        self.gc_time = 0.0
        self.full_collections = 0
        self._gc_start = 0.0
        self.running = True

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        now = time.thread_time()
        if phase == "start":
            self._gc_start = now
            return
        self.gc_time += now - self._gc_start
        self.max_gc = max(self.max_gc, now - self._gc_start)
        if info["generation"] == 2:
            self.full_collections += 1

    async def run(self) -> None:
        gc.callbacks.append(self._on_gc)
        try:
            while self.running:
                t0, c0, g0 = time.perf_counter(), time.thread_time(), self.gc_time
                await anyio.sleep(TICK)
                step = time.thread_time() - c0
                self.max_lag = max(self.max_lag, time.perf_counter() - t0 - TICK)
                self.max_step = max(self.max_step, step)
                self.max_step_without_gc = max(self.max_step_without_gc, step - (self.gc_time - g0))
        finally:
            gc.callbacks.remove(self._on_gc)


@dataclass
class WalkLag:
    """One walk's figures (seconds)."""

    step: float  # longest loop step, CPU, GC collections included
    step_without_gc: float
    wall: float  # latest wake-up, wall clock
    longest_gc: float
    full_collections: int
    heap_full_gc: float  # a full gc.collect() of the process just before the walk


@dataclass
class LoopLag:
    """Every walk of both styles."""

    walks: dict[str, list[WalkLag]] = field(default_factory=lambda: {"rounds": [], "window": []})
    frozen: list[WalkLag] = field(default_factory=list)  # after gc.freeze() (the application's choice)

    def all(self) -> list[WalkLag]:
        return [w for runs in self.walks.values() for w in runs]

    def worst(self, attr: str) -> float:
        return float(max(getattr(w, attr) for w in self.all()))

    def median(self, attr: str) -> float:
        return float(statistics.median(getattr(w, attr) for w in self.all()))


def _full_collect() -> float:
    started = time.thread_time()
    gc.collect()
    return time.thread_time() - started


#: how each style walks (pagination.py's walks: ``async for`` in rounds, ``async with`` window)
STYLES = {"rounds": walk, "window": window}


async def max_loop_lag(
    pages: int = 20, page_size: int = 1000, latency: float = 0.02, walks: int = WALKS
) -> LoopLag:
    """``walks`` typed walks of ``pages`` pages in each style (alternating), each measured."""
    bodies = make_pages(pages, page_size)
    records = pages * page_size
    app = PagesStandIn(bodies, page_size, latency)
    result = LoopLag()
    async with make_client(app, 8) as tx:
        await tx.customer.search(count=1)  # session, connection set-up, first parse
        # first use of each walk style (its modules imported once), outside the measurement
        for run_style in STYLES.values():
            await run_style(tx, page_size, limit=2 * page_size)
        for run in range(walks):
            for style in STYLES:
                lag = await _measured(tx, style, page_size, records)  # each from a fresh full collection
                result.walks[style].append(lag)
                _print(run + 1, style, pages, page_size, lag)
        gc.collect()
        gc.freeze()  # as an application would after its start-up
        try:
            for style in STYLES:
                result.frozen.append(await _measured(tx, style, page_size, records))
                _print("after gc.freeze()", style, pages, page_size, result.frozen[-1])
        finally:
            gc.unfreeze()
    _summary(result)
    return result


async def _measured(tx: Any, style: str, page_size: int, records: int) -> WalkLag:
    heap_gc = _full_collect()
    monitor = LagMonitor()
    async with anyio.create_task_group() as tg:
        tg.start_soon(monitor.run)
        await anyio.sleep(0.01)
        items = await STYLES[style](tx, page_size)
        monitor.running = False
    assert items == records, items
    return WalkLag(
        monitor.max_step,
        monitor.max_step_without_gc,
        monitor.max_lag,
        monitor.max_gc,
        monitor.full_collections,
        heap_gc,
    )


def _print(run: object, style: str, pages: int, page_size: int, lag: WalkLag) -> None:
    print(
        f"  typed walk {run} ({style}), {pages} pages of {page_size} real-shaped records: "
        f"longest loop step {lag.step * 1000:.1f} ms CPU, {lag.step_without_gc * 1000:.1f} ms "
        f"without the cyclic GC; {lag.full_collections} full collections (longest collection "
        f"{lag.longest_gc * 1000:.1f} ms; full gc.collect() at the start {lag.heap_full_gc * 1000:.1f} ms); "
        f"woke up to {lag.wall * 1000:.1f} ms late"
    )


def _summary(result: LoopLag) -> None:
    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:5.1f} / {max(values) * 1000:5.1f}"

    print("  median / worst of the walks (ms):")
    print(
        f"    {'':8} {'loop step':>13} {'without GC':>13} {'wall lag':>13} {'longest GC':>13} "
        f"{'full GCs':>9} {'heap full GC':>13}"
    )
    for style, runs in result.walks.items():
        fulls = [w.full_collections for w in runs]
        print(
            f"    {style:8} {ms([w.step for w in runs]):>13} {ms([w.step_without_gc for w in runs]):>13} "
            f"{ms([w.wall for w in runs]):>13} {ms([w.longest_gc for w in runs]):>13} "
            f"{statistics.median(fulls):>4g} /{max(fulls):>2} {ms([w.heap_full_gc for w in runs]):>13}"
        )
