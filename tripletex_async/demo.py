"""`make demo`: a real call path end to end, against the embedded emulator (no network, no tokens).

Creates a session, asks who we are, lists the accountant's client companies, and fetches customers
of every client company concurrently through the typed facade — all in-process through
`httpx.ASGITransport`, with the same auth, rate-limit and retry layers as against Tripletex.
"""

from __future__ import annotations

import time

import anyio
import httpx

from .client import TripletexClient
from .emulator import EmulatorConfig, create_app
from .emulator.config import DEFAULT_CONSUMER_TOKEN, DEFAULT_EMPLOYEE_TOKEN


async def run() -> None:
    app = create_app(EmulatorConfig())
    started = time.perf_counter()
    async with TripletexClient(
        DEFAULT_CONSUMER_TOKEN,
        DEFAULT_EMPLOYEE_TOKEN,
        base_url="http://emulator.local/v2",
        transport=httpx.ASGITransport(app=app),
    ) as tx:
        me = await tx.token_session.who_am_i()
        assert me.value
        print(f"session created; acting as employee {me.value.employee_id} of company {me.value.company_id}")
        clients = await tx.company.get_with_login_access()
        companies = [c.id for c in clients.values or [] if isinstance(c.id, int)]
        print(f"{len(companies)} client companies reachable: {companies}")
        counts: dict[int, int] = {}

        async def fetch(company_id: int) -> None:
            page = await tx.as_company(company_id).customer.search(count=1000, fields="id,name")
            counts[company_id] = len(page.values or [])

        async with anyio.create_task_group() as group:
            for company_id in companies:
                group.start_soon(fetch, company_id)
        for company_id in companies:
            print(f"  company {company_id}: {counts[company_id]} customers (first page)")
        stats = tx.stats
        print(
            f"{stats.requests} requests, {stats.retries} retries, {stats.rate_limited} 429s absorbed, "
            f"{time.perf_counter() - started:.2f} s"
        )


def main() -> None:
    anyio.run(run)


if __name__ == "__main__":
    main()
