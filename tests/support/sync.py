"""What the emulator holds for the main job's resources: used by the sync and fleet tests alike."""

from __future__ import annotations

import json
from collections.abc import Mapping

from typer.testing import CliRunner

from tripletex_async.emulator import EmulatorApp
from tripletex_async.emulator.config import FaultConfig

#: the main job's resource names → the emulator's record kinds
KINDS = {"customers": "customer", "invoices": "invoice", "vouchers": "voucher", "postings": "posting"}


def emulator_ids(app: EmulatorApp, resource: str) -> list[tuple[int, int]]:
    """(company id, record id) of every record of `resource` in the emulator's client companies
    (customers: active and inactive ones, which the sync walks one listing each)."""
    store = app.emulator.store
    return sorted(
        (cid, rid)
        for cid in store.client_company_ids
        for rid in store.companies[cid].coll(KINDS[resource]).records
    )


#: Every fault the emulator injects, at rates that make each happen in a small run.
FAULTS = FaultConfig(
    rate_429=0.04,
    burst_429=3,  # bursts of 429s, without X-Rate-Limit-Reset (realism.omit_reset_on_429)
    rate_500=0.03,
    rate_502=0.02,
    rate_503=0.02,
    drop_connection=0.03,
    session_max_requests=50,  # each session revoked by its 50th request
    churn=0.15,  # a record created or deleted before 15% of page requests (from > 0)
)


def snapshot(app: EmulatorApp) -> dict[str, set[tuple[int, int]]]:
    """Every (company id, record id) per resource, now (ids are never reused)."""
    return {resource: set(emulator_ids(app, resource)) for resource in KINDS}


def cli_customers(
    runner: CliRunner, env: Mapping[str, str], company: int | None = None, *, default_listing: bool = False
) -> int:
    """How many customers one or every client company of the CLI's emulator holds, active and
    inactive (what a sync stores), or with ``default_listing`` how many `customer.search` lists when
    `isInactive` is omitted (the active ones: the service's default isInactive=false)."""
    from tripletex_async.cli import app

    companies = (
        [company]
        if company is not None
        else [c["id"] for c in json.loads(runner.invoke(app, ["companies", "--json"], env=env).stdout)]
    )
    listings = [[]] if default_listing else [["isInactive=false"], ["isInactive=true"]]
    total = 0
    for cid in companies:
        for listing in listings:
            call = ["call", "customer.search", "count=1", "fields=id", *listing, "--company", str(cid)]
            result = runner.invoke(app, call, env=env)
            assert result.exit_code == 0, result.stderr
            total += int(json.loads(result.stdout)["fullResultSize"])  # exact in the emulator
    return total


def existed_during(
    app: EmulatorApp, before: dict[str, set[tuple[int, int]]], after: dict[str, set[tuple[int, int]]]
) -> dict[str, set[tuple[int, int]]]:
    """Every (company id, record id) per resource that existed at some moment between the two
    snapshots: before, after, and every record churn created meanwhile (even if churn deleted it
    again). A walk that saw such a short-lived record may store it (nothing invented): the data set
    then keeps no digest, and the next run's commit drops it."""
    created = app.emulator.counters.churn_created
    return {r: before[r] | after[r] | created.get(kind, set()) for r, kind in KINDS.items()}
