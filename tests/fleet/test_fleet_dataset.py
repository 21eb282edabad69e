"""The fleet runs the local sync's walk (sync_dataset), so it has what the local sync has: every
record once under every fault the emulator injects, the change report, no digest for a data set
that changed during its walk, and an attempt that failed past the client's retries run again by
arq from a fresh generation (nothing counted or kept twice)."""

from __future__ import annotations

import dataclasses

import pytest
from arq.connections import ArqRedis

from tests.support.fleet import fleet_config, run_once
from tests.support.sync import FAULTS, KINDS, existed_during, snapshot
from tripletex_async.emulator import EmulatorApp, create_app
from tripletex_async.emulator.config import FaultConfig, RateLimitConfig
from tripletex_async.fleet import FleetSummary, PgStore
from tripletex_async.fleet.runs import run_key
from tripletex_async.transport import RetryPolicy

pytestmark = pytest.mark.filterwarnings("ignore:Call to deprecated close:DeprecationWarning")


async def assert_every_record_once(
    pg_dsn: str,
    app: EmulatorApp,
    before: dict[str, set[tuple[int, int]]],
    after: dict[str, set[tuple[int, int]]],
    summary: FleetSummary,
) -> PgStore:
    """Every record that existed throughout is stored, nothing was invented (each stored record
    existed at some moment of the run: one churn created and deleted mid-run may be stored, as
    sync_dataset documents), and each data set's count (its result and the run's counters) is what
    PostgreSQL holds for it."""
    existed = existed_during(app, before, after)
    store = await PgStore.connect(pg_dsn)
    results = {(r.company_id, r.resource): r for r in summary.results}
    assert len(results) == summary.total
    total = 0
    for resource in {name for _, name in results}:
        stored = await store.ids(resource)
        assert len(set(stored)) == len(stored)
        throughout = before[resource] & after[resource]
        assert throughout <= set(stored), (resource, sorted(throughout - set(stored)))
        assert set(stored) <= existed[resource], (resource, sorted(set(stored) - existed[resource]))
        for (cid, name), result in results.items():
            if name == resource:
                mine = [key for key in stored if key[0] == cid]
                assert result.records == len(mine) == summary.datasets[f"{cid}:{name}"], (cid, name)
        total += len(stored)
    assert summary.records == total
    return store


@pytest.mark.asyncio
@pytest.mark.parametrize("seed", [3, 11])
async def test_fleet_under_faults_stores_every_record_once_and_reports_changes(
    pool: ArqRedis, redis_url: str, pg_dsn: str, seed: int
) -> None:
    # every fault but 429s: the shared budget's 429 pauses are real time (tests/fleet/test_fleet_budget.py)
    app = create_app(
        fleet_config(
            faults=dataclasses.replace(FAULTS, rate_429=0.0), seed=seed, rate_limit=RateLimitConfig(limit=0)
        )
    )
    emu = app.emulator
    before = snapshot(app)
    retry = RetryPolicy.no_delay(max_rate_limit_retries=20, max_retries=8)
    summary = await run_once(pool, redis_url, pg_dsn, app, f"faults-{seed}", client_kwargs={"retry": retry})
    after = snapshot(app)
    assert summary.failed == 0, summary.errors
    assert summary.done == summary.total == len(emu.store.client_company_ids) * len(KINDS)
    store = await assert_every_record_once(pg_dsn, app, before, after, summary)
    try:
        faults = emu.counters.faults
        assert faults["500"] + faults["502"] + faults["503"] > 0
        assert faults["session_expiry"] > 0
        assert emu.counters.churn_events > 0
        # the change report, as the local sync gives it; changed data sets keep no digest
        changed = summary.changed_during_walk
        assert changed
        # whether churn shifted a page boundary (a record recovered or dropped) depends on how the
        # jobs' requests interleave, so it is not asserted here: tests/sync covers it seeded
        # (test_churn_during_the_walk_is_recovered); here the totals are the data sets' own
        assert summary.recovered == sum(r.recovered for r in changed)
        assert summary.duplicates_dropped == sum(r.duplicates_dropped for r in changed)
        for result in changed:
            assert result.digest is None
            assert await store.get_digest(result.company_id, result.resource) is None
        held = [r for r in summary.results if not r.changed_during_walk and r.digest is not None]
        assert held  # the others saved theirs: the next run can skip them
        for result in held:
            assert await store.get_digest(result.company_id, result.resource) == result.digest
        text = "\n".join(summary.lines())
        assert "changed during the walk" in text
        assert f"{changed[0].company_id}:{changed[0].resource}: {changed[0].walk_summary()}" in text
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_attempts_failed_past_the_client_retries_run_again_with_nothing_twice(
    pool: ArqRedis, redis_url: str, pg_dsn: str
) -> None:
    # no client retries: every 500 ends the attempt (its records already written), arq retries it
    app = create_app(
        fleet_config(
            faults=FaultConfig(rate_500=0.05, churn=0.1), seed=4, rate_limit=RateLimitConfig(limit=0)
        )
    )
    before = snapshot(app)
    summary = await run_once(
        pool,
        redis_url,
        pg_dsn,
        app,
        "retried",
        resources=["customers", "invoices"],
        client_kwargs={"retry": RetryPolicy.disabled()},
    )
    after = snapshot(app)
    assert summary.failed == 0, summary.errors
    assert app.emulator.counters.faults["500"] > 0
    assert summary.attempts > summary.total  # some data sets ran twice or more
    store = await assert_every_record_once(pg_dsn, app, before, after, summary)
    await store.close()


@pytest.mark.asyncio
async def test_an_attempt_killed_between_its_commit_and_its_close_is_walked_again_and_counted(
    pool: ArqRedis, redis_url: str, pg_dsn: str
) -> None:
    app = create_app(fleet_config(rate_limit=RateLimitConfig(limit=0)))
    first = await run_once(pool, redis_url, pg_dsn, app, "before", resources=["customers"])
    assert first.failed == 0 and first.unchanged == 0  # every data set stored with its digest
    cid = app.emulator.store.client_company_ids[0]
    # run "again": its first attempt at cid's customers found no digest (recorded for the run),
    # walked, committed the walk's digest and was killed before closing the data set; arq runs it
    # again, and the store now holds the digest that attempt committed
    await pool.hset(run_key("again"), f"digest0:{cid}:customers", "")  # type: ignore[misc]
    again = await run_once(pool, redis_url, pg_dsn, app, "again", resources=["customers"])
    assert again.failed == 0, again.errors
    assert again.unchanged == again.total - 1  # the others: unchanged since "before"
    walked = [r for r in again.results if not r.skipped]
    assert [(r.company_id, r.resource) for r in walked] == [(cid, "customers")]
    assert again.records == walked[0].records == first.datasets[f"{cid}:customers"] > 0
