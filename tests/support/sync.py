"""What the emulator holds for the main job's resources: used by the sync and fleet tests alike."""

from __future__ import annotations

from tripletex_async.emulator import EmulatorApp
from tripletex_async.emulator.config import FaultConfig

#: the main job's resource names → the emulator's record kinds
KINDS = {"customers": "customer", "invoices": "invoice", "vouchers": "voucher", "postings": "posting"}


def emulator_ids(app: EmulatorApp, resource: str) -> list[tuple[int, int]]:
    """(company id, record id) of every record of `resource` in the emulator's client companies."""
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
