"""The DatasetStore contract, checked against every store (SQLite, JSONL, PostgreSQL)."""

from __future__ import annotations

import pytest

from tripletex_async.errors import ConfigurationError
from tripletex_async.sync import DatasetStore


async def check_store_contract(store: DatasetStore) -> None:
    """Upserts by (company_id, id), a complete commit drops what its generation did not write (an
    incomplete one keeps it and forgets the digest), digests saved on commit only, and a data set begun again (a retried attempt) keeps nothing of the first."""
    assert await store.get_digest(5, "customers") is None
    page = [{"id": 1, "version": 0, "name": "A"}, {"id": 2**33, "version": 1, "name": "B"}]
    await store.begin(5, "customers")
    assert await store.write(5, "customers", page) == 2
    await store.write(5, "customers", page)  # a page written twice
    await store.begin(6, "customers")
    await store.write(6, "customers", [{"id": 1, "name": "other company"}])
    await store.commit(6, "customers", "0f0f", complete=True)
    assert await store.get_digest(5, "customers") is None  # not before its commit
    await store.commit(5, "customers", "abc123", complete=True)
    assert await store.ids("customers") == [(5, 1), (5, 2**33), (6, 1)]
    assert await store.get_digest(5, "customers") == "abc123"

    # the next run sees only id 1 of company 5 and the data set changed during the walk: no digest
    await store.begin(5, "customers")
    await store.write(5, "customers", [{"id": 1, "version": 2, "name": "A2"}])
    await store.commit(5, "customers", None, complete=True)
    assert await store.ids("customers", 5) == [(5, 1)]
    assert await store.get_digest(5, "customers") is None
    assert await store.ids("customers", 6) == [(6, 1)]  # other companies untouched
    assert await store.get_digest(6, "customers") == "0f0f"

    # an attempt cut short after writing ids 1 and 3, then begun again: only the retry's records stay
    await store.begin(5, "customers")
    await store.write(5, "customers", [{"id": 1, "name": "A3"}, {"id": 3, "name": "C"}])
    await store.begin(5, "customers")
    await store.write(5, "customers", [{"id": 1, "name": "A3"}, {"id": 4, "name": "D"}])
    await store.commit(5, "customers", "d2", complete=True)
    assert await store.ids("customers", 5) == [(5, 1), (5, 4)]
    assert await store.get_digest(5, "customers") == "d2"
    assert await store.get_digest(5, "invoices") is None  # per resource

    # a walk that never settled: an incomplete commit keeps the stored records it did not write
    # and forgets the digest (whatever is passed); the next complete commit drops as before
    await store.begin(7, "customers")
    await store.write(7, "customers", [{"id": 1, "name": "A"}, {"id": 2, "name": "B"}])
    await store.commit(7, "customers", "d7", complete=True)
    await store.begin(7, "customers")
    await store.write(7, "customers", [{"id": 2, "name": "B2"}, {"id": 3, "name": "C"}])
    await store.commit(7, "customers", "ignored", complete=False)
    assert await store.ids("customers", 7) == [(7, 1), (7, 2), (7, 3)]
    assert await store.get_digest(7, "customers") is None
    await store.begin(7, "customers")
    await store.write(7, "customers", [{"id": 3, "name": "C"}])
    await store.commit(7, "customers", "d8", complete=True)
    assert await store.ids("customers", 7) == [(7, 3)]
    assert await store.get_digest(7, "customers") == "d8"
    assert await store.ids("customers", 5) == [(5, 1), (5, 4)]  # other companies untouched

    with pytest.raises(ConfigurationError, match="invalid resource"):
        await store.begin(1, "x; drop")
