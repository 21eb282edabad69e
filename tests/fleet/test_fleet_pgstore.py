"""PgStore on a real PostgreSQL: upserts by (company_id, id), JSONB, stale records dropped per run."""

from __future__ import annotations

import pytest

from tripletex_async.fleet import PgStore


@pytest.mark.asyncio
async def test_upserts_are_idempotent_and_finish_drops_stale(pg_dsn: str) -> None:
    store = await PgStore.connect(pg_dsn)
    try:
        await store.ensure_tables(["customers"])
        page = [{"id": 1, "version": 0, "name": "A"}, {"id": 2**33, "version": 1, "name": "B"}]
        assert await store.upsert("customers", 5, page, "run1") == 2
        assert await store.upsert("customers", 5, page, "run1") == 2  # a retried page
        await store.upsert("customers", 6, [{"id": 1, "name": "other company"}], "run1")
        assert await store.ids("customers") == [(5, 1), (5, 2**33), (6, 1)]
        # next run sees only id 1 of company 5, renamed
        await store.upsert("customers", 5, [{"id": 1, "version": 2, "name": "A2"}], "run2")
        assert await store.finish("customers", 5, "run2") == 1
        assert await store.ids("customers", 5) == [(5, 1)]
        assert await store.ids("customers", 6) == [(6, 1)]  # other companies untouched
        name = await store.pool.fetchval(
            "SELECT data->>'name' FROM customers WHERE company_id = 5 AND id = 1"
        )
        assert name == "A2"
        with pytest.raises(ValueError, match="invalid resource"):
            await store.upsert("x; drop", 1, page, "r")
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_digests_round_trip_per_resource_and_company(pg_dsn: str) -> None:
    store = await PgStore.connect(pg_dsn)
    try:
        assert await store.get_digest("customers", 5) is None
        await store.set_digest("customers", 5, "abc123")
        await store.set_digest("invoices", 5, "def456")
        await store.set_digest("customers", 6, "0f0f")
        assert await store.get_digest("customers", 5) == "abc123"
        await store.set_digest("customers", 5, "abc124")  # the next run's
        assert await store.get_digest("customers", 5) == "abc124"
        await store.set_digest("customers", 5, None)  # forgotten: the next run walks
        assert await store.get_digest("customers", 5) is None
        assert await store.get_digest("invoices", 5) == "def456"
        await store.drop(["customers"])
        assert await store.get_digest("customers", 6) is None
        assert await store.get_digest("invoices", 5) == "def456"
    finally:
        await store.close()
