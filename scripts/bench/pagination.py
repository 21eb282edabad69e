"""Pagination benchmark: ``python -m scripts.bench.pagination [--records N] [--latency S] [--in-flight K]``.

Against an in-process raw ASGI stand-in (below) with a fixed injected latency per request:

1. sequential page-by-page walking (``await tx.customer.search(from_=..., count=...)`` in a loop);
2. ``tx.paginate`` in rounds (plain ``async for``; typed, and raw dicts) and as a sliding window
   (``async with tx.paginate(...) as walk``), each with default settings on a list the client has
   never walked ("cold": the client's remembered sizes are cleared first, so the first round is
   the speculative window), on the same list again ("warm": the remembered size), and with
   ``prefetch=1`` (page 0 probed alone, then the window);
3. the latency bound ``ceil(pages / in_flight) * latency``;
4. jittered latency (uniform ``--jitter-low``..``--jitter-high`` s per request, seeded): rounds
   against the sliding window, default settings, cold;
5. many short lists at once (``--small-lists`` one-page lists walked concurrently, default settings,
   cold then warm, and ``prefetch=1``): time and requests, to show that speculation stays out of
   slots other walks need;
6. the event loop's longest step while walking 1,000-record typed pages of real-shaped records,
   3 walks of each style, median and worst, with the cyclic GC's full collections (loop_lag.py;
   ``--lag-only`` runs only this part);
7. peak RSS growth above the idle client while streaming 1,000,000 small records with zero latency
   (in a subprocess, so the measurement starts from a clean peak; sliding window, eager).

The last line is ``pagination_bound_ratio=<x> pagination_speedup=<y> stream_rss_growth_mb=<z>
max_loop_lag_ms=<w> ...`` (ratio and speedup of the typed sliding-window walk with default settings,
cold; ``max_loop_lag_ms`` the worst loop step of all the typed walks, GC collections included,
``median_loop_lag_ms`` the median walk's, ``full_collections_per_walk`` the median count of full
collections, ``heap_full_gc_ms`` the median time of a full ``gc.collect()`` of the process before a walk,
``max_loop_lag_frozen_heap_ms`` the worst step of a walk after ``gc.freeze()``, as an application
that freezes its start-up heap runs it).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

import anyio
import httpx

from tripletex_async import ClientConfig, RetryPolicy, TripletexClient

if TYPE_CHECKING:
    from scripts.bench.loop_lag import LoopLag

BASE_URL = "http://bench.invalid/v2"
SESSION = b'{"value":{"token":"bench-session","expirationDate":"2099-01-01"}}'

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def realistic_record(i: int) -> dict[str, Any]:
    return {
        "id": i,
        "version": 1,
        "url": f"bench.invalid/v2/customer/{i}",
        "name": f"Customer {i} AS",
        "organizationNumber": f"{900000000 + i}",
        "customerNumber": 10000 + i,
        "email": f"post{i}@example.no",
        "isCustomer": True,
        "isInactive": False,
        "phoneNumber": "+47 22 00 00 00",
        "postalAddress": {
            "id": 500000 + i,
            "addressLine1": "Storgata 1",
            "postalCode": "0150",
            "city": "Oslo",
        },
    }


class StandIn:
    """A minimal ASGI list endpoint: ``GET /v2/customer?from=&count=``, session creation, latency."""

    def __init__(
        self, total: int, latency: float, *, precompute: bool, jitter: tuple[float, float] | None = None
    ) -> None:
        self.total = total
        self.latency = latency
        self.jitter = jitter
        self.rng = random.Random(0)
        self.requests = 0
        self.bodies: dict[tuple[int, int], bytes] = {}
        self.precompute = precompute

    def body(self, start: int, count: int) -> bytes:
        key = (start, count)
        cached = self.bodies.get(key)
        if cached is not None:
            return cached
        stop = min(self.total, start + count)
        if self.precompute:
            values = [realistic_record(i) for i in range(start + 1, stop + 1)]
            text = json.dumps(
                {
                    "fullResultSize": self.total,
                    "from": start,
                    "count": len(values),
                    "versionDigest": "'If-None-Match' header not specified",
                    "values": values,
                },
                separators=(",", ":"),
            ).encode()
            self.bodies[key] = text
            return text
        rows = ",".join(f'{{"id":{i},"name":"Customer {i}"}}' for i in range(start + 1, stop + 1))
        return (
            f'{{"fullResultSize":{self.total},"from":{start},"count":{max(0, stop - start)},'
            f'"versionDigest":null,"values":[{rows}]}}'
        ).encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        if path.endswith("/token/session/:create"):
            status, body = 201, SESSION
        else:
            self.requests += 1
            query = parse_qs(scope.get("query_string", b"").decode())
            start = int(query.get("from", ["0"])[0])
            count = int(query.get("count", ["1000"])[0])
            if self.jitter is not None:
                await anyio.sleep(self.rng.uniform(*self.jitter))
            elif self.latency:
                await anyio.sleep(self.latency)
            status, body = 200, self.body(start, count)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


EMPTY_PAGE = b'{"fullResultSize":0,"from":0,"count":0,"values":[]}'


class PagesStandIn(StandIn):
    """The stand-in answering from pre-rendered ``pages`` of ``page_size`` records each: page
    ``from // page_size`` whatever ``count`` asks for, an empty page past them."""

    def __init__(self, pages: list[bytes], page_size: int, latency: float = 0.0) -> None:
        super().__init__(len(pages) * page_size, latency, precompute=False)
        self.pages = pages
        self.page_size = page_size

    def body(self, start: int, count: int) -> bytes:
        return self.pages[start // self.page_size] if start < self.total else EMPTY_PAGE


def make_client(app: StandIn, in_flight: int) -> TripletexClient:
    config = ClientConfig(
        consumer_token="bench-consumer",  # noqa: S106
        employee_token="bench-employee",  # noqa: S106
        base_url=BASE_URL,
        max_in_flight=in_flight,
        retry=RetryPolicy.disabled(),
    )
    return TripletexClient(config=config, transport=httpx.ASGITransport(app=app))  # type: ignore[arg-type]


async def sequential(tx: TripletexClient, page_size: int) -> int:
    start = items = 0
    while True:
        page = await tx.customer.search(from_=start, count=page_size)
        values = page.values if isinstance(page.values, list) else []
        items += len(values)
        if len(values) < page_size:
            return items
        start += page_size


LAST_FIRST_ROUND: list[str] = [""]  # how the latest walk chose its first round


async def walk(tx: TripletexClient, page_size: int, *, cold: bool = False, **options: Any) -> int:
    """Rounds: plain ``async for``. ``cold``: forget remembered list sizes first."""
    if cold:
        tx.walk_planner.forget()
    items = 0
    paginator = tx.paginate(tx.customer.search, count=page_size, **options)
    async for _ in paginator:
        items += 1
    report = paginator.report
    LAST_FIRST_ROUND[0] = f"first round {report.first_round} ({report.first_round_reason})"
    return items


async def window(tx: TripletexClient, page_size: int, *, cold: bool = False, **options: Any) -> int:
    """Sliding window: ``async with tx.paginate(...) as walk``."""
    if cold:
        tx.walk_planner.forget()
    items = 0
    async with tx.paginate(tx.customer.search, count=page_size, **options) as pager:
        async for _ in pager:
            items += 1
    report = pager.report
    LAST_FIRST_ROUND[0] = f"first round {report.first_round} ({report.first_round_reason})"
    return items


async def timed(
    label: str, coro: Callable[[], Awaitable[int]], expected: int, requests: Callable[[], int]
) -> float:
    before = requests()
    LAST_FIRST_ROUND[0] = ""
    t0 = time.perf_counter()
    items = await coro()
    elapsed = time.perf_counter() - t0
    if items != expected:
        raise SystemExit(f"{label}: got {items} items, expected {expected}")
    how = f", {LAST_FIRST_ROUND[0]}" if LAST_FIRST_ROUND[0] else ""
    print(f"  {label:<44} {elapsed:7.3f} s  ({requests() - before} requests{how})")
    return elapsed


async def latency_part(records: int, page_size: int, latency: float, in_flight: int) -> tuple[float, float]:
    app = StandIn(records, latency, precompute=True)
    for start in range(0, records + page_size, page_size):
        app.body(start, page_size)  # render once, outside the timings
    pages = math.ceil(records / page_size)
    bound = math.ceil(pages / in_flight) * latency
    print(
        f"{records} records, page size {page_size}, {pages} pages, {latency * 1000:.0f} ms per request, "
        f"{in_flight} in flight"
    )
    async with make_client(app, in_flight) as tx:
        await tx.customer.search(count=1)  # session, connection set-up
        reqs = lambda: app.requests  # noqa: E731
        seq = await timed("sequential page-by-page (typed)", lambda: sequential(tx, page_size), records, reqs)
        runs: dict[str, float] = {}
        for label, run, options in (
            ("rounds, typed, default, cold", walk, {"cold": True}),
            ("rounds, typed, default, warm", walk, {}),
            ("rounds, typed, prefetch=1", walk, {"prefetch": 1}),
            ("rounds, raw dicts, default, cold", walk, {"cold": True, "raw": True}),
            ("window, typed, default, cold", window, {"cold": True}),
            ("window, typed, default, warm", window, {}),
            ("window, typed, prefetch=1", window, {"prefetch": 1}),
            ("window, raw dicts, default, cold", window, {"cold": True, "raw": True}),
        ):

            async def one(run: Callable[..., Awaitable[int]] = run, options: dict[str, Any] = options) -> int:
                return await run(tx, page_size, **options)

            runs[label] = await timed(label, one, records, reqs)
    print(f"  {'latency bound ceil(pages/in_flight)*latency':<44} {bound:7.3f} s")
    for mode in ("rounds", "window"):
        ratios = ", ".join(
            f"{label.removeprefix(mode + ', ')} {elapsed / bound:.3f}"
            for label, elapsed in runs.items()
            if label.startswith(mode)
        )
        print(f"  ratio to bound, {mode}: {ratios}")
    w_default = runs["window, typed, default, cold"]
    print(
        f"  speedup over sequential: rounds default {seq / runs['rounds, typed, default, cold']:.2f}x, "
        f"window default {seq / w_default:.2f}x, window prefetch=1 {seq / runs['window, typed, prefetch=1']:.2f}x"
    )
    return w_default / bound, seq / w_default


async def jitter_part(records: int, page_size: int, low: float, high: float, in_flight: int) -> None:
    pages = math.ceil(records / page_size)
    mean = (low + high) / 2
    bound = math.ceil(pages / in_flight) * mean
    print(
        f"jittered latency {low * 1000:.0f}-{high * 1000:.0f} ms (uniform, seeded), {pages} pages, "
        f"{in_flight} in flight; bound at the mean latency {bound:.3f} s"
    )
    times: dict[str, float] = {}
    for label, run in (
        ("rounds (async for), default, cold", walk),
        ("window (async with), default, cold", window),
    ):
        app = StandIn(records, 0.0, precompute=True, jitter=(low, high))  # same seeded draws each
        for start in range(0, records + page_size, page_size):
            app.body(start, page_size)
        async with make_client(app, in_flight) as tx:
            await tx.customer.search(count=1)  # session, connection set-up

            async def one(run: Callable[..., Awaitable[int]] = run, tx: TripletexClient = tx) -> int:
                return await run(tx, page_size, cold=True)

            def reqs(app: StandIn = app) -> int:
                return app.requests

            times[label] = await timed(label, one, records, reqs)
    rounds, slide = times.values()
    print(
        f"  jittered ratio to bound: rounds {rounds / bound:.3f}, window {slide / bound:.3f}; "
        f"window {rounds / slide:.2f}x faster than rounds"
    )


async def small_lists_part(lists: int, latency: float, in_flight: int) -> None:
    """``lists`` one-page lists (distinct filters, so distinct lists to the client) walked at once."""
    app = StandIn(300, latency, precompute=True)
    app.body(0, 1000)
    print(
        f"{lists} one-page lists walked at once, {latency * 1000:.0f} ms per request, {in_flight} in flight"
    )
    async with make_client(app, in_flight) as tx:
        await tx.customer.search(count=1)  # session, connection set-up

        async def all_lists(**options: Any) -> int:
            counts: list[int] = []

            async def one(n: int) -> None:
                number = f"{900000000 + n}"  # a filter: a list of its own to the client
                counts.append(await walk(tx, 1000, organization_number=number, **options))

            async with anyio.create_task_group() as tg:
                for n in range(lists):
                    tg.start_soon(one, n)
            return sum(counts)

        def reqs() -> int:
            return app.requests

        bound = math.ceil(lists / in_flight) * latency
        cold = await timed("default, cold (never walked)", all_lists, 300 * lists, reqs)
        warm = await timed("default, warm (remembered: 1 page)", all_lists, 300 * lists, reqs)
        probe = await timed("prefetch=1", lambda: all_lists(prefetch=1), 300 * lists, reqs)
    print(
        f"  bound ceil(lists/in_flight)*latency {bound:.3f} s; ratio cold {cold / bound:.3f}, "
        f"warm {warm / bound:.3f}, prefetch=1 {probe / bound:.3f}"
    )


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


async def rss_child(records: int, page_size: int, in_flight: int, raw: bool) -> None:
    app = StandIn(records, 0.0, precompute=False)
    async with make_client(app, in_flight) as tx:
        await walk(tx, page_size, limit=3 * page_size, raw=raw)  # warm up every code path
        gc.collect()
        idle = _rss_mb()
        reset = _reset_peak()
        t0 = time.perf_counter()
        items = await window(tx, page_size, prefetch=in_flight, raw=raw)
        elapsed = time.perf_counter() - t0
        peak = _peak_mb()
    assert items == records, items
    print(json.dumps({"idle_mb": idle, "peak_mb": peak, "peak_reset": reset, "seconds": elapsed}))


def rss_part(records: int, page_size: int, in_flight: int, raw: bool) -> float:
    command = [
        sys.executable,
        "-m",
        "scripts.bench.pagination",
        "--rss-child",
        "--records",
        str(records),
        "--page-size",
        str(page_size),
        "--in-flight",
        str(in_flight),
    ] + (["--raw"] if raw else [])
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    result = json.loads(out)
    growth = max(0.0, result["peak_mb"] - result["idle_mb"])
    mode = "raw dicts" if raw else "typed"
    print(
        f"  streaming {records} small records ({mode}, zero latency): {result['seconds']:.1f} s, idle RSS "
        f"{result['idle_mb']:.1f} MB, peak {result['peak_mb']:.1f} MB -> growth {growth:.1f} MB"
        + ("" if result["peak_reset"] else " (peak not resettable: conservative)")
    )
    return float(growth)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=50_000)
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--in-flight", type=int, default=8)
    parser.add_argument("--jitter-low", type=float, default=0.2)
    parser.add_argument("--jitter-high", type=float, default=0.45)
    parser.add_argument("--stream-records", type=int, default=1_000_000)
    parser.add_argument("--small-lists", type=int, default=40)
    parser.add_argument("--rss-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--lag-only", action="store_true", help="only the event-loop lag part")
    args = parser.parse_args()
    if args.rss_child:
        anyio.run(rss_child, args.records, args.page_size, args.in_flight, args.raw)
        return
    print(f"python {sys.version.split()[0]}, bytecode writing {'off' if sys.dont_write_bytecode else 'on'}")
    from scripts.bench.loop_lag import max_loop_lag

    if args.lag_only:
        print("event loop lag:")
        print(_lag_line(anyio.run(max_loop_lag)))
        return
    ratio, speedup = anyio.run(latency_part, args.records, args.page_size, args.latency, args.in_flight)
    anyio.run(jitter_part, args.records, args.page_size, args.jitter_low, args.jitter_high, args.in_flight)
    anyio.run(small_lists_part, args.small_lists, args.latency, args.in_flight)
    print("event loop lag:")
    lag: LoopLag = anyio.run(max_loop_lag)
    print("memory:")
    rss_part(args.stream_records, args.page_size, args.in_flight, raw=True)
    growth = rss_part(args.stream_records, args.page_size, args.in_flight, raw=False)
    print(
        f"pagination_bound_ratio={ratio:.3f} pagination_speedup={speedup:.2f} stream_rss_growth_mb={growth:.1f} "
        + _lag_line(lag)
    )


def _lag_line(lag: LoopLag) -> str:
    return (
        f"max_loop_lag_ms={lag.worst('step') * 1000:.1f} "
        f"max_loop_lag_without_gc_ms={lag.worst('step_without_gc') * 1000:.1f} "
        f"max_loop_lag_wall_ms={lag.worst('wall') * 1000:.1f} median_loop_lag_ms={lag.median('step') * 1000:.1f} "
        f"full_collections_per_walk={lag.median('full_collections'):g} "
        f"heap_full_gc_ms={lag.median('heap_full_gc') * 1000:.1f} "
        f"max_loop_lag_frozen_heap_ms={max(w.step for w in lag.frozen) * 1000:.1f}"
    )


if __name__ == "__main__":
    main()
