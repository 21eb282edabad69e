"""SQLiteStore and JsonlStore meet the DatasetStore contract (PgStore: tests/fleet/test_fleet_pgstore.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.store_contract import check_store_contract
from tripletex_async.sync import JsonlStore, SQLiteStore


@pytest.mark.asyncio
async def test_sqlite_store_contract(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "sync.sqlite")
    try:
        await check_store_contract(store)
        names = {r["id"]: r["name"] for r in store.records("customers", 5)}
        assert names == {1: "A3", 4: "D"}  # the latest write of each record
    finally:
        store.close()


@pytest.mark.asyncio
async def test_jsonl_store_contract(tmp_path: Path) -> None:
    store = JsonlStore(tmp_path / "out")
    try:
        await check_store_contract(store)
        assert not list((tmp_path / "out" / "customers").glob("*.tmp"))  # every generation committed
    finally:
        store.close()
