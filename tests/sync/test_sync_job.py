"""The sync job end to end against the in-process emulator: every record stored once, checksums skip."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.support.sync import FAULTS, KINDS, emulator_ids, existed_during, snapshot
from tripletex_async.client import TripletexClient
from tripletex_async.emulator import OSLO, EmulatorApp, EmulatorConfig, FakeClock, SizeConfig, create_app
from tripletex_async.emulator.config import (
    FaultConfig,
    RateLimitConfig,
)
from tripletex_async.emulator.connect import emulator_client
from tripletex_async.sync import (
    JsonlStore,
    SQLiteStore,
    SyncReport,
    SyncStore,
    format_summary,
    print_summary,
    sync_companies,
    sync_dataset,
)
from tripletex_async.transport import RetryPolicy

# store resource -> emulator collection kind


def config(**changes: Any) -> EmulatorConfig:
    sizes = SizeConfig(customers=23, invoices=7, vouchers=9, orders=9, products=4, employees=2, projects=2)
    cfg = EmulatorConfig(
        client_companies=3, sizes=sizes, clock=FakeClock(datetime(2025, 6, 2, 12, 0, tzinfo=OSLO))
    )
    return dataclasses.replace(cfg, **changes)


@asynccontextmanager
async def client(app: EmulatorApp, retry: RetryPolicy | None = None) -> AsyncIterator[TripletexClient]:
    async with emulator_client(app, retry=retry or RetryPolicy.no_delay()) as tx:
        yield tx


async def assert_matches_emulator(app: EmulatorApp, store: SyncStore, report: SyncReport) -> None:
    clients = app.emulator.store.client_company_ids
    assert report.companies == clients
    for resource in KINDS:
        expected = emulator_ids(app, resource)
        stored = await store.ids(resource)
        assert stored == expected, resource  # every record, none twice (sorted lists, duplicates show)
        assert len(set(stored)) == len(stored)
        for cid in clients:
            listed = sum(1 for company, _ in expected if company == cid)  # (customers: inactive too)
            assert report.result(cid, resource).records == listed
    assert report.records == sum(len(emulator_ids(app, r)) for r in KINDS)


@pytest.mark.asyncio
@pytest.mark.parametrize("page_size", [1000, 5])
async def test_sync_stores_every_record_once_and_second_run_skips(tmp_path: Path, page_size: int) -> None:
    app = create_app(config())
    async with client(app) as tx:
        store = SQLiteStore(tmp_path / "sync.sqlite")
        report = await sync_companies(tx, store, page_size=page_size)
        assert not report.errors
        await assert_matches_emulator(app, store, report)
        assert report.requests > 0
        assert report.records_per_second > 0
        assert not report.skipped
        # stored JSON is the raw record
        cid = report.companies[0]
        first = next(store.records("customers", cid))
        assert first == app.emulator.store.companies[cid].coll("customer").get(first["id"])
        store.close()

        store = SQLiteStore(tmp_path / "sync.sqlite")
        again = await sync_companies(tx, store, page_size=page_size)
        assert len(again.skipped) == len(again.results) == 3 * 4
        assert again.records == 0
        # the company list, then one 304 per listing: customers have two (active, inactive)
        assert again.requests == 1 + 12 + 3
        assert await store.ids("postings") == emulator_ids(app, "postings")  # nothing lost by skipping
        assert "12 of 12 data sets unchanged" in format_summary(again)
        store.close()


@pytest.mark.asyncio
async def test_changed_data_set_is_fetched_again_and_deleted_records_removed(tmp_path: Path) -> None:
    app = create_app(config())
    emu = app.emulator
    cid = emu.store.client_company_ids[1]
    async with client(app) as tx:
        store = SQLiteStore(tmp_path / "sync.sqlite")
        await sync_companies(tx, store)
        customers = emu.store.companies[cid].coll("customer")
        listed = [rid for rid, record in customers.records.items() if not record.get("isInactive")]
        changed_id = listed[0]
        customers.records[changed_id]["name"] = "Renamed AS"
        customers.touch(changed_id, now=emu.clock.now(), employee_id=None)
        deleted_id = listed[-1]
        customers.delete(deleted_id)

        report = await sync_companies(tx, store)
        refetched = [(r.company_id, r.resource) for r in report.results if not r.skipped]
        assert refetched == [(cid, "customers")]
        assert report.records == sum(1 for company, _ in emulator_ids(app, "customers") if company == cid)
        assert await store.ids("customers") == emulator_ids(app, "customers")
        assert (cid, deleted_id) not in await store.ids("customers")
        renamed = [r for r in store.records("customers", cid) if r["id"] == changed_id]
        assert renamed[0]["name"] == "Renamed AS"
        store.close()


@pytest.mark.asyncio
async def test_inactive_customers_are_synced_and_checked_with_their_own_digest(tmp_path: Path) -> None:
    """customer.search lists active customers only when isInactive is omitted (the spec's default,
    applied by the service and the emulator): the sync walks both listings into one data set."""
    app = create_app(config())
    emu = app.emulator
    cid = emu.store.client_company_ids[0]
    customers = emu.store.companies[cid].coll("customer")
    ids = sorted(customers.records)
    for rid in ids[:4]:  # a company with inactive customers
        customers.records[rid]["isInactive"] = True
        customers.touch(rid, now=emu.clock.now(), employee_id=None)
    async with client(app) as tx:
        store = SQLiteStore(tmp_path / "sync.sqlite")
        report = await sync_companies(tx, store, companies=[cid], resources=["customers"], page_size=5)
        stored = await store.ids("customers")
        assert stored == [(cid, rid) for rid in ids]  # the inactive ones too, each once
        result = report.result(cid, "customers")
        assert result.records == len(ids) and result.walks == 2 and result.digest is not None
        assert not result.changed_during_walk

        again = await sync_companies(tx, store, companies=[cid], resources=["customers"])
        assert again.results[0].skipped and again.requests == 2  # one 304 per listing

        # only an inactive customer changes: not skipped; the active ones are kept (walked again)
        customers.records[ids[0]]["name"] = "Dormant AS"
        customers.touch(ids[0], now=emu.clock.now(), employee_id=None)
        customers.delete(ids[1])
        third = await sync_companies(tx, store, companies=[cid], resources=["customers"])
        assert not third.results[0].skipped and third.records == len(ids) - 1
        assert await store.ids("customers") == [(cid, rid) for rid in ids if rid != ids[1]]
        renamed = [r for r in store.records("customers", cid) if r["id"] == ids[0]]
        assert renamed[0]["name"] == "Dormant AS" and renamed[0]["isInactive"] is True

        store.close()


@pytest.mark.asyncio
async def test_jsonl_store_given_companies_and_resources(tmp_path: Path) -> None:
    app = create_app(config())
    cid = app.emulator.store.client_company_ids[0]
    async with client(app) as tx:
        store = JsonlStore(tmp_path / "out")
        report = await sync_companies(tx, store, companies=[cid], resources=["customers", "invoices"])
        assert report.resources == ["customers", "invoices"]
        assert await store.ids("customers") == [
            key for key in emulator_ids(app, "customers") if key[0] == cid
        ]
        assert (tmp_path / "out" / "invoices" / f"{cid}.jsonl").exists()
        again = await sync_companies(
            tx, JsonlStore(tmp_path / "out"), companies=[cid], resources=["customers"]
        )
        assert [r.skipped for r in again.results] == [True]


@pytest.mark.asyncio
async def test_429s_absorbed_are_reported_and_data_complete(tmp_path: Path) -> None:
    # seed 5 draws a few 429s in this run; no X-Rate-Limit headers, so the client backs off briefly
    faults = FaultConfig(rate_429=0.1)
    app = create_app(config(faults=faults, seed=5, rate_limit=RateLimitConfig(limit=0)))
    async with client(app) as tx:
        store = SQLiteStore(tmp_path / "sync.sqlite")
        report = await sync_companies(tx, store, page_size=5)
        assert not report.errors
        await assert_matches_emulator(app, store, report)
        assert report.rate_limited > 0
        assert report.rate_limited == app.emulator.counters.faults["429"]
        store.close()


@pytest.mark.asyncio
async def test_errors_are_reported_per_data_set_and_not_committed(tmp_path: Path) -> None:
    app = create_app(config())
    async with client(app) as tx:
        store = SQLiteStore(tmp_path / "sync.sqlite")
        report = await sync_companies(tx, store, companies=[app.emulator.store.client_company_ids[0], 999])
        failed = report.errors
        assert failed
        assert {r.company_id for r in failed} == {999}
        assert await store.get_digest(999, "customers") is None
        store.close()


def test_summary_renders(capsys: pytest.CaptureFixture[str]) -> None:
    report = SyncReport(companies=[1], resources=["customers"], seconds=1.0, requests=3, store="x")
    from tripletex_async.sync import DatasetResult

    report.results = [DatasetResult(1, "customers", records=5)]
    print_summary(report)
    out = capsys.readouterr().out
    assert "customers" in out
    assert "5 records" in out
    assert "3 requests" in out


# ---------------------------------------------------------------- under faults


async def assert_complete(
    before: dict[str, set[tuple[int, int]]],
    after: dict[str, set[tuple[int, int]]],
    store: SyncStore,
    report: SyncReport,
) -> None:
    """Every record that existed throughout the run is stored; each stored record was counted once."""
    for resource in KINDS:
        stored = await store.ids(resource)
        throughout = before[resource] & after[resource]  # ids are never reused
        assert throughout <= set(stored), (resource, sorted(throughout - set(stored)))
        for cid in report.companies:
            mine = [key for key in stored if key[0] == cid]
            assert report.result(cid, resource).records == len(mine), (cid, resource)  # none twice
    assert report.records == sum([len(await store.ids(r)) for r in KINDS])


@pytest.mark.asyncio
@pytest.mark.parametrize("seed", [3, 11])
async def test_sync_under_faults_stores_every_record_once_and_reports_recoveries(
    tmp_path: Path, seed: int
) -> None:
    app = create_app(config(faults=FAULTS, seed=seed, rate_limit=RateLimitConfig(limit=0)))
    emu = app.emulator
    before = snapshot(app)
    # Without delays a retry meets the rest of a 429 burst at once: allow more than the default 5.
    async with client(app, RetryPolicy.no_delay(max_rate_limit_retries=20, max_retries=8)) as tx:
        store = SQLiteStore(tmp_path / "sync.sqlite")
        report = await sync_companies(tx, store, page_size=5)
        after = snapshot(app)
        assert not report.errors, [r.error for r in report.errors]
        await assert_complete(before, after, store, report)

        # the faults happened, and the client absorbed them
        faults = emu.counters.faults
        assert faults["500"] + faults["502"] + faults["503"] > 0
        assert faults["session_expiry"] > 0
        assert faults["drop"] + faults["429"] > 0  # each > 0 for these seeds; kept loose on purpose
        assert emu.counters.churn_events > 0
        assert report.retries > 0
        assert report.rate_limited == faults["429"]
        assert report.transport_errors == faults["drop"]
        # one new session per revocation the client saw (single-flight: never more); a revoking
        # request the client had already cancelled (a speculative page past the end) needs none
        assert 1 < report.session_creations <= 1 + faults["session_expiry"]

        # what changed during the walk is reported, and such data sets keep no digest
        changed = report.changed_during_walk
        assert changed
        assert report.recovered + report.duplicates_dropped > 0
        assert all(r.digest is None for r in changed)
        text = format_summary(report)
        assert "changed during the walk" in text
        assert "recovered by re-walking" in text
        assert f"{report.retries} retries" in text
        assert f"{report.session_creations} session(s) created" in text
        store.close()


@pytest.mark.asyncio
async def test_sync_without_faults_reports_no_change_and_saves_digests(tmp_path: Path) -> None:
    app = create_app(config())
    before = snapshot(app)
    async with client(app) as tx:
        store = SQLiteStore(tmp_path / "sync.sqlite")
        report = await sync_companies(tx, store, page_size=4)
        await assert_complete(before, snapshot(app), store, report)
        assert before == snapshot(app)
        assert not report.changed_during_walk
        assert report.retries == 0 and report.session_creations == 1
        assert all(r.digest is not None and r.passes == r.walks for r in report.results)  # one pass each
        assert "changed during the walk: nothing" in format_summary(report)
        store.close()


@pytest.mark.asyncio
async def test_churn_during_the_walk_is_recovered(tmp_path: Path) -> None:
    # Churn alone, heavy: records deleted while paging shift later records into pages already
    # read; the walk notices (digest/size change) and re-walks for the records it skipped.
    app = create_app(config(faults=FaultConfig(churn=0.5), seed=2))
    before = snapshot(app)
    async with client(app) as tx:
        store = SQLiteStore(tmp_path / "sync.sqlite")
        report = await sync_companies(tx, store, page_size=3)
        assert not report.errors
        await assert_complete(before, snapshot(app), store, report)
        assert app.emulator.counters.churn_events > 0
        assert any(r.passes > 1 for r in report.changed_during_walk)
        assert report.recovered > 0
        store.close()


@pytest.mark.asyncio
async def test_a_record_churn_created_and_deleted_mid_walk_is_stored_then_dropped_next_run(
    tmp_path: Path,
) -> None:
    # What the fleet's fault test met on a loaded CI machine: a record created mid-walk, handed
    # out, then deleted before the run ended is stored (it existed: nothing invented). The data
    # set keeps no digest, so the next run walks it again and its commit drops the record.
    app = create_app(config(faults=FaultConfig(churn=1.0), seed=1))
    company = app.emulator.store.client_company_ids[0]
    before = snapshot(app)
    async with client(app) as tx:
        store = SQLiteStore(tmp_path / "sync.sqlite")
        first = await sync_dataset(tx.as_company(company), "customers", store, page_size=3, concurrency=1)
        after = snapshot(app)
        stored = set(await store.ids("customers"))
        assert stored - before["customers"] - after["customers"]  # short-lived records were stored
        assert stored <= existed_during(app, before, after)["customers"]  # and nothing else
        assert first.changed_during_walk and first.digest is None
        assert first.records == len(stored)

        app.emulator.config.faults.churn = 0.0  # the data set holds still now
        second = await sync_dataset(tx.as_company(company), "customers", store, page_size=3, concurrency=1)
        assert not second.changed_during_walk and second.digest is not None
        assert set(await store.ids("customers")) == {k for k in snapshot(app)["customers"] if k[0] == company}
        store.close()


@pytest.mark.asyncio
@pytest.mark.parametrize("store_kind", ["sqlite", "jsonl"])
async def test_a_walk_still_shifting_at_the_end_never_drops_records_that_existed_throughout(
    tmp_path: Path, store_kind: str
) -> None:
    # Heavy churn, pages of 3, one request at a time: the walk's recovery passes run out with the
    # list still shifting, so it may have missed records that exist. Its commit must keep what the
    # previous run stored for them (an incomplete commit) and save no digest.
    # (seed 4: churn deletes records this walk has not reached yet, which a complete commit would drop)
    app = create_app(config(faults=FaultConfig(churn=0.0), seed=4))
    company = app.emulator.store.client_company_ids[0]
    async with client(app) as tx:
        store: SQLiteStore | JsonlStore = (
            SQLiteStore(tmp_path / "sync.sqlite")
            if store_kind == "sqlite"
            else JsonlStore(tmp_path / "jsonl")
        )
        view = tx.as_company(company)
        first = await sync_dataset(view, "customers", store, page_size=3, concurrency=1)
        assert first.consistent and first.digest is not None
        before = {k for k in snapshot(app)["customers"] if k[0] == company}
        assert set(await store.ids("customers")) == before

        app.emulator.config.faults.churn = 1.0
        # (no If-None-Match: churn starts after the first page, which would answer 304)
        second = await sync_dataset(view, "customers", store, page_size=3, concurrency=1, use_digests=False)
        after = {k for k in snapshot(app)["customers"] if k[0] == company}
        assert not second.consistent and second.digest is None  # the walk never settled
        assert await store.get_digest(company, "customers") is None  # so the next run walks again
        stored = set(await store.ids("customers"))
        assert before & after <= stored  # nothing that existed throughout both runs was lost
        # an incomplete commit drops nothing: even records churn deleted stay until a walk settles
        assert before - after and before <= stored

        app.emulator.config.faults.churn = 0.0  # the data set holds still: the next commit drops the gone
        third = await sync_dataset(view, "customers", store, page_size=3, concurrency=1)
        assert third.consistent and third.digest is not None
        assert set(await store.ids("customers")) == {k for k in snapshot(app)["customers"] if k[0] == company}
        store.close()
