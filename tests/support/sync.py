"""What the emulator holds for the main job's resources: used by the sync and fleet tests alike."""

from __future__ import annotations

from tripletex_async.emulator import EmulatorApp

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
