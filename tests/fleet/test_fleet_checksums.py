"""Fleet runs skip unchanged data sets: a saved versionDigest, If-None-Match, a 304, records kept."""

from __future__ import annotations

import pytest
from arq.connections import ArqRedis

from tests.support.fleet import fleet_config, run_once
from tests.support.sync import KINDS, emulator_ids
from tripletex_async.emulator import EmulatorApp, create_app
from tripletex_async.emulator.config import RateLimitConfig
from tripletex_async.fleet import PgStore
from tripletex_async.sync.resources import RESOURCES

# arq's Worker.close still calls the redis pool's deprecated close(); not ours to fix
pytestmark = pytest.mark.filterwarnings("ignore:Call to deprecated close:DeprecationWarning")


async def stored_matches(pg_dsn: str, app: EmulatorApp) -> None:
    store = await PgStore.connect(pg_dsn)
    try:
        for resource in KINDS:
            assert await store.ids(resource) == emulator_ids(app, resource), resource
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_second_run_is_one_request_per_data_set_and_a_change_is_walked(
    pool: ArqRedis, redis_url: str, pg_dsn: str
) -> None:
    app = create_app(fleet_config(rate_limit=RateLimitConfig(limit=0)))
    counters = app.emulator.counters
    datasets = len(app.emulator.store.client_company_ids) * len(KINDS)

    first = await run_once(pool, redis_url, pg_dsn, app, "r1")
    assert (first.done, first.unchanged, first.failed) == (datasets, 0, 0), first.errors
    await stored_matches(pg_dsn, app)

    before = counters.requests
    second = await run_once(pool, redis_url, pg_dsn, app, "r2")
    assert (second.done, second.unchanged, second.records) == (datasets, datasets, 0)
    # one conditional request (a 304) per listing: customers have two (active, inactive)
    listings = len(app.emulator.store.client_company_ids) * sum(len(r.walks) for r in RESOURCES.values())
    assert counters.requests - before == listings
    assert "unchanged since the last run" in second.lines()[0]
    await stored_matches(pg_dsn, app)  # nothing dropped by the skipped data sets

    company = app.emulator.store.client_company_ids[1]
    customers = app.emulator.store.companies[company].coll("customer")
    victim = min(customers.records)
    customers.delete(victim)  # deleted at the source
    third = await run_once(pool, redis_url, pg_dsn, app, "r3")
    assert (third.done, third.unchanged) == (datasets, datasets - 1)
    assert third.datasets == {f"{company}:customers": len(customers.records)}  # inactive ones too
    await stored_matches(pg_dsn, app)  # the deleted customer is gone from PostgreSQL too

    full = await run_once(pool, redis_url, pg_dsn, app, "r4", use_digests=False)
    assert (full.done, full.unchanged) == (datasets, 0)
    await stored_matches(pg_dsn, app)
