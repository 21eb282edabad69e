"""Fleet test helpers: small emulator data, in-process client settings, a run drained in-process."""

from __future__ import annotations

import dataclasses
from typing import Any

import httpx
from arq.connections import ArqRedis

from tripletex_async.emulator import EmulatorApp, EmulatorConfig, SizeConfig
from tripletex_async.emulator.connect import emulator_tokens
from tripletex_async.fleet.jobs import build_worker
from tripletex_async.fleet.queue import connect_queue
from tripletex_async.fleet.runs import QUEUE_NAME, FleetSummary, enqueue_run, read_summary
from tripletex_async.transport import RetryPolicy

CONSUMER = "emulator-consumer"
EMPLOYEE = "emulator-employee"


def fleet_config(**changes: Any) -> EmulatorConfig:
    """Small data, the system clock (worker processes use it too)."""
    sizes = SizeConfig(customers=17, invoices=5, vouchers=6, orders=5, products=3, employees=2, projects=2)
    return dataclasses.replace(EmulatorConfig(client_companies=3, sizes=sizes), **changes)


def in_process_client_kwargs(app: EmulatorApp) -> dict[str, Any]:
    """Client settings for an in-process worker talking to ``app`` (no network, no delays)."""
    consumer, employee = emulator_tokens(app)
    return {
        "consumer_token": consumer,
        "employee_token": employee,
        "base_url": "http://emulator.invalid/v2",
        "transport": httpx.ASGITransport(app=app),
        "retry": RetryPolicy.no_delay(),
    }


async def run_once(
    pool: ArqRedis,
    redis_url: str,
    pg_dsn: str,
    app: EmulatorApp,
    run: str,
    *,
    client_kwargs: dict[str, Any] | None = None,
    **options: Any,
) -> FleetSummary:
    """Enqueue a run for every client company and drain it with one in-process burst worker."""
    companies = app.emulator.store.client_company_ids
    await enqueue_run(pool, companies, run_id=run, **{"page_size": 4, **options})
    own = await connect_queue(redis_url, QUEUE_NAME)
    worker = build_worker(
        own,
        pg_dsn,
        client_kwargs={**in_process_client_kwargs(app), **(client_kwargs or {})},
        burst=True,
        handle_signals=False,
        poll_delay=0.01,
    )  # its own pool: a worker closes the pool it runs on
    try:
        await worker.async_run()
    finally:
        await worker.close()
    return await read_summary(pool, run)
