"""PgStore on a real PostgreSQL: the DatasetStore contract (upserts by (company_id, id), JSONB,
stale records dropped per generation, digests saved on commit)."""

from __future__ import annotations

import pytest

from tests.support.store_contract import check_store_contract
from tripletex_async.fleet import PgStore


@pytest.mark.asyncio
async def test_pgstore_contract(pg_dsn: str) -> None:
    store = await PgStore.connect(pg_dsn)
    try:
        await check_store_contract(store)
        name = await store.pool.fetchval(
            "SELECT data->>'name' FROM customers WHERE company_id = 5 AND id = 1"
        )
        assert name == "A3"  # JSONB, the latest write
        await store.drop(["customers"])
        assert await store.get_digest(6, "customers") is None  # dropped with its table
        assert await store.ids("customers") == []
    finally:
        await store.close()
