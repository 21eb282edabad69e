"""`make demo`: the sync job end to end against the embedded emulator (no network, no tokens).

An accountant with several client companies, thousands of records each: customers, invoices,
vouchers and postings of every client company fetched concurrently through the client (same
auth, rate-limit and retry layers as against Tripletex, in-process via `httpx.ASGITransport`),
written to a SQLite store with a live progress bar and a summary. Then the same sync again:
every data set is unchanged, so the stored checksums (If-None-Match) let it skip them all.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import anyio
import httpx

from .client import TripletexClient
from .emulator import EmulatorConfig, SizeConfig, create_app
from .emulator.config import DEFAULT_CONSUMER_TOKEN, DEFAULT_EMPLOYEE_TOKEN
from .sync import RichProgress, SQLiteStore, print_summary, sync_companies

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


async def run(out: Path | None = None) -> None:
    from rich.console import Console

    console = Console()
    with console.status("seeding the emulator ..."):
        app = create_app(DEMO_CONFIG)
    state = app.emulator
    console.print(
        f"emulator: accountant company {state.store.owner_company_id}, client companies "
        f"{state.store.client_company_ids}, {state.record_count():,} records seeded in "
        f"{state.seed_seconds:.1f} s"
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = out or Path(tmp) / "tripletex-sync.sqlite"
        async with TripletexClient(
            DEFAULT_CONSUMER_TOKEN,
            DEFAULT_EMPLOYEE_TOKEN,
            base_url="http://emulator.local/v2",
            transport=httpx.ASGITransport(app=app),
        ) as tx:
            for attempt in ("first run: everything is new", "second run: checksums (If-None-Match)"):
                console.rule(attempt)
                store = SQLiteStore(path)
                try:
                    with RichProgress(["customers", "invoices", "vouchers", "postings"], console) as bar:
                        report = await sync_companies(tx, store, progress=bar)
                finally:
                    store.close()
                print_summary(report, console)


def main() -> None:
    started = time.perf_counter()
    anyio.run(run)
    print(f"demo finished in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
