"""What ``tripletex sync --queue`` and ``tripletex worker`` delegate to (keeps cli.py small)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any, TextIO

from ..sync.engine import list_companies
from .client import fleet_client
from .queue import connect_queue
from .runs import QUEUE_NAME, FleetSummary, enqueue_run, wait_for_run

__all__ = ["enqueue_and_wait", "sync_via_queue"]


async def enqueue_and_wait(
    queue_url: str,
    *,
    client_kwargs: dict[str, Any],
    companies: Sequence[int] | None = None,
    resources: Sequence[str] | None = None,
    date_from: date,
    date_to: date,
    page_size: int = 1000,
    use_digests: bool = True,
    run_id: str | None = None,
    wait: bool = True,
    max_seconds: float | None = None,
    out: TextIO | None = None,
) -> FleetSummary:
    """List the companies (with the fleet's shared session), enqueue the run, wait for its summary."""
    stream = out or sys.stdout
    pool = await connect_queue(queue_url, QUEUE_NAME)
    try:
        ids = list(companies or [])
        if not ids:
            async with fleet_client(pool, **client_kwargs) as tx:
                ids = await list_companies(tx)
        run = await enqueue_run(
            pool,
            ids,
            resources,
            run_id=run_id,
            date_from=date_from,
            date_to=date_to,
            page_size=page_size,
            use_digests=use_digests,
        )
        print(f"enqueued run {run}: {len(ids)} companies", file=stream, flush=True)
        if not wait:
            return FleetSummary(run)
        last = [-1]

        def progress(summary: FleetSummary) -> None:
            if summary.done + summary.failed != last[0]:
                last[0] = summary.done + summary.failed
                print(
                    f"  {summary.done + summary.failed}/{summary.total} data sets, {summary.records:,} records",
                    file=stream,
                    flush=True,
                )

        summary = await wait_for_run(pool, run, max_seconds=max_seconds, on_progress=progress)
        for line in summary.lines():
            print(line, file=stream)
        return summary
    finally:
        await pool.close(close_connection_pool=True)


def sync_via_queue(
    queue_url: str,
    *,
    base_url: str | None,
    environment: str | None,
    companies: Sequence[int] | None,
    resources: Sequence[str] | None,
    date_from: date,
    date_to: date,
    use_digests: bool = True,
) -> int:
    """``tripletex sync --queue URL``: the exit code (1 when a data set failed)."""
    client_kwargs: dict[str, Any] = {"base_url": base_url, "environment": environment}
    summary = asyncio.run(
        enqueue_and_wait(
            queue_url,
            client_kwargs=client_kwargs,
            companies=companies,
            resources=resources,
            date_from=date_from,
            date_to=date_to,
            use_digests=use_digests,
        )
    )
    return 1 if summary.failed else 0
