"""Event-loop lag while paginating typed pages (part of ``make bench-pagination``).

A monitor task sleeps 1 ms again and again (see LagMonitor) while ``tx.paginate`` walks real-shaped ``GET
/customer`` pages of 1,000 records (1.1 MB each) as typed models, both ways (``async for`` in
rounds and the ``async with`` window); how late the monitor wakes is the longest step the walk
took without giving the loop back, i.e. how long a web backend doing the walk would leave its
other requests waiting. Both styles are used once before (a short walk each), so that imports on
first use are not counted.
"""

from __future__ import annotations

import gc
import time
from typing import Any

import anyio

from scripts.bench.pagination import StandIn, make_client
from scripts.bench.records import make_pages

TICK = 0.001


class LagMonitor:
    """Wakes every TICK; ``max_step`` is the most CPU time the loop's thread spent between two of
    its wake-ups (the longest step the other tasks took without an await), ``max_lag`` the most
    wall time it woke late (that step plus the time the machine gave to other processes: on 2
    shared cores the second mostly measures the machine's load)."""

    def __init__(self) -> None:
        self.max_step = 0.0
        self.max_lag = 0.0
        self.max_step_without_gc = 0.0
        self.max_gc = 0.0
        self.gc_time = 0.0
        self._gc_start = 0.0
        self.running = True

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        now = time.thread_time()
        if phase == "start":
            self._gc_start = now
        else:
            self.gc_time += now - self._gc_start
            self.max_gc = max(self.max_gc, now - self._gc_start)

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


async def max_loop_lag(
    pages: int = 20, page_size: int = 1000, latency: float = 0.02
) -> tuple[float, float, float]:
    """The longest loop step (CPU seconds), the same without the cyclic GC's collections, and the
    worst wall-clock lag seen while walking ``pages`` typed pages, both walk styles."""
    bodies = make_pages(pages, page_size)
    records = pages * page_size
    app = StandIn(records, latency, precompute=False)
    empty = b'{"fullResultSize":0,"from":0,"count":0,"values":[]}'

    def body(start: int, count: int) -> bytes:
        return bodies[start // page_size] if start < records else empty

    app.body = body  # type: ignore[method-assign]
    worst = worst_wall = worst_own = 0.0
    async with make_client(app, 8) as tx:
        await tx.customer.search(count=1)  # session, connection set-up, first parse
        # first use of each walk style (its modules imported once), outside the measurement
        async for _ in tx.paginate(tx.customer.search, count=page_size, limit=2 * page_size):
            pass
        async with tx.paginate(tx.customer.search, count=page_size, limit=2 * page_size) as warm:
            async for _ in warm:
                pass
        for style in ("rounds", "window"):
            monitor = LagMonitor()
            items = 0
            async with anyio.create_task_group() as tg:
                tg.start_soon(monitor.run)
                await anyio.sleep(0.01)
                paginator: Any = tx.paginate(tx.customer.search, count=page_size)
                if style == "window":
                    async with paginator as walk:
                        async for _ in walk:
                            items += 1
                else:
                    async for _ in paginator:
                        items += 1
                monitor.running = False
            assert items == records, items
            print(
                f"  typed walk ({style}), {pages} pages of {page_size} real-shaped records: longest loop "
                f"step {monitor.max_step * 1000:.1f} ms CPU, {monitor.max_step_without_gc * 1000:.1f} ms "
                f"without the cyclic GC (its longest collection {monitor.max_gc * 1000:.1f} ms); "
                f"woke up to {monitor.max_lag * 1000:.1f} ms late"
            )
            worst = max(worst, monitor.max_step)
            worst_wall = max(worst_wall, monitor.max_lag)
            worst_own = max(worst_own, monitor.max_step_without_gc)
    return worst, worst_own, worst_wall
