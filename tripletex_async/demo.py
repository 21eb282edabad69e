"""`make demo`: the sync job end to end against the embedded emulator (no network, no tokens).

An accountant with several client companies, thousands of records each: customers, invoices,
vouchers and postings of every client company fetched concurrently through the client (same
auth, rate-limit and retry layers as against Tripletex, in-process via `httpx.ASGITransport`),
written to a SQLite store with a live progress bar and a summary. Then the same sync again:
every data set is unchanged, so the stored checksums (If-None-Match) let it skip them all.

``python -m tripletex_async.demo --faults`` (``run(faults=True)``) runs it with the emulator's
fault injection on (:data:`SYNC_FAULTS`): 5xx answers, dropped connections, 429 bursts without a
Reset header, sessions forced to expire, records created and deleted while the pages are walked.
The summary then shows the retries, the sessions created and what the walks recovered.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import anyio

from .emulator import EmulatorConfig, FaultConfig, RateLimitConfig, SizeConfig, create_app
from .emulator.connect import emulator_client
from .sync import RESOURCES, RichProgress, SQLiteStore, print_summary, sync_companies

#: Several client companies x thousands of records each (seeding takes a few seconds).
DEMO_CONFIG = EmulatorConfig(
    client_companies=5,
    sizes=SizeConfig(
        customers=4000,
        suppliers=10,
        products=50,
        orders=2000,
        order_lines_per_order=2,
        invoices=2000,
        vouchers=3000,
        postings_per_voucher=2,
        employees=5,
        departments=2,
        projects=5,
        activities=3,
        timesheet_entries=10,
        event_subscriptions=0,
    ),
)


#: ``sync --emulator --faults``: about 5% of requests answered 500/502/503 (some as HTML pages),
#: 1% dropped connections, 429s (1%) in bursts of 4 without X-Rate-Limit-Reset, each session
#: revoked by its 100th request, and 3% of page requests (from > 0) preceded by a record created or
#: deleted in that list.
SYNC_FAULTS = FaultConfig(
    rate_429=0.01,
    burst_429=4,
    rate_500=0.02,
    rate_502=0.015,
    rate_503=0.015,
    drop_connection=0.01,
    session_max_requests=100,
    churn=0.03,
)


def with_faults(config: EmulatorConfig, faults: FaultConfig = SYNC_FAULTS) -> EmulatorConfig:
    """``config`` with ``faults`` injected, and a 1 s rate-limit window (limit never reached).

    An injected 429 carries no X-Rate-Limit-Reset, so the client waits for the end of the window
    the earlier answers announced: with the default 60 s window that stalls the whole run (and
    can exceed the client's 60 s wait budget); a 1 s window keeps each burst's pause short.
    """
    window = RateLimitConfig(limit=max(config.rate_limit.limit, 1000), period_seconds=1.0)
    return config.replace(faults=faults, rate_limit=window)


def describe_faults(faults: FaultConfig) -> str:
    """A short text for the summary, e.g. "500 2%, 502 1.5%, drop 1%, 429 1% (bursts of 4), ..."."""
    parts = [
        f"{name} {rate:.3g}%"
        for name, rate in (
            ("500", faults.rate_500 * 100),
            ("502", faults.rate_502 * 100),
            ("503", faults.rate_503 * 100),
            ("dropped", faults.drop_connection * 100),
        )
        if rate > 0
    ]
    if faults.rate_429 > 0:
        burst = f" (bursts of {int(faults.burst_429)})" if faults.burst_429 > 1 else ""
        parts.append(f"429 {faults.rate_429 * 100:.3g}%{burst}")
    if faults.session_max_requests > 0:
        parts.append(f"sessions expired after {int(faults.session_max_requests)} requests")
    if faults.session_expiry > 0:
        parts.append(f"session expiry {faults.session_expiry * 100:.3g}%")
    if faults.churn > 0:
        parts.append(f"churn {faults.churn * 100:.3g}% of page requests")
    return ", ".join(parts) or "none"


async def run(out: Path | None = None, *, faults: bool = False) -> None:
    from rich.console import Console

    console = Console()
    config = with_faults(DEMO_CONFIG) if faults else DEMO_CONFIG
    with console.status("seeding the emulator ..."):
        app = create_app(config)
    state = app.emulator
    console.print(
        f"emulator: accountant company {state.store.owner_company_id}, client companies "
        f"{state.store.client_company_ids}, {state.record_count():,} records seeded in "
        f"{state.seed_seconds:.1f} s"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = out or Path(tmp) / "tripletex-sync.sqlite"
        async with emulator_client(app) as tx:
            for attempt in ("first run: everything is new", "second run: checksums (If-None-Match)"):
                console.rule(attempt)
                store = SQLiteStore(path)
                try:
                    with RichProgress(list(RESOURCES), console) as bar:
                        report = await sync_companies(tx, store, progress=bar)
                finally:
                    store.close()
                if faults:
                    report.faults = describe_faults(config.faults)
                print_summary(report, console)
            if faults:
                console.print(
                    f"emulator: {state.counters.churn_events} records created or deleted during the walks, "
                    f"faults injected {dict(state.counters.faults)}",
                    highlight=False,
                )


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    started = time.perf_counter()
    anyio.run(lambda: run(faults="--faults" in args))
    print(f"demo finished in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
