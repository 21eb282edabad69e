"""Event-loop lag while paginating typed pages (part of ``make bench-pagination``).

A monitor task sleeps 1 ms again and again while ``tx.paginate`` walks real-shaped ``GET
/customer`` pages of 1,000 records (1.1 MB each) as typed models, both ways (``async for`` in
rounds and the ``async with`` window); how late the monitor wakes is the longest step the walk
took without giving the loop back, i.e. how long a web backend doing the walk would leave its
other requests waiting.
"""

from __future__ import annotations

import time
from typing import Any

import anyio

from scripts.bench.pagination import StandIn, make_client
from scripts.bench.records import make_pages

TICK = 0.001


class LagMonitor:
    def __init__(self) -> None:
        self.max_lag = 0.0
        self.running = True

    async def run(self) -> None:
        while self.running:
            t0 = time.perf_counter()
            await anyio.sleep(TICK)
            self.max_lag = max(self.max_lag, time.perf_counter() - t0 - TICK)


async def max_loop_lag(pages: int = 20, page_size: int = 1000, latency: float = 0.02) -> float:
    """The longest loop step (seconds) seen while walking ``pages`` typed pages, both walk styles."""
    bodies = make_pages(pages, page_size)
    records = pages * page_size
    app = StandIn(records, latency, precompute=False)
    empty = b'{"fullResultSize":0,"from":0,"count":0,"values":[]}'

    def body(start: int, count: int) -> bytes:
        return bodies[start // page_size] if start < records else empty

    app.body = body  # type: ignore[method-assign]
    worst = 0.0
    async with make_client(app, 8) as tx:
        await tx.customer.search(count=1)  # session, connection set-up, first parse
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
                f"  typed walk ({style}), {pages} pages of {page_size} real-shaped records: "
                f"longest loop step {monitor.max_lag * 1000:.1f} ms"
            )
            worst = max(worst, monitor.max_lag)
    return worst
