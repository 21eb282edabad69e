"""Issue 13 point 9: stores hold customer, invoice and ledger data, so nobody else may read them.

On today's main, under the usual umask 022, the SQLite store (and its -wal/-shm), the JSONL files,
digests.json and the folders they live in were created world-readable (0644 / 0755).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tripletex_async.emulator import EmulatorConfig, SizeConfig, create_app
from tripletex_async.emulator.connect import emulator_client
from tripletex_async.sync import JsonlStore, SQLiteStore, sync_companies


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _modes(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): stat.S_IMODE(p.stat().st_mode) for p in sorted(root.rglob("*"))}


@pytest.mark.asyncio
@pytest.mark.usefixtures("umask_022")
@pytest.mark.parametrize("kind", ["sqlite", "jsonl"])
async def test_store_files_are_0600_and_new_folders_0700(tmp_path: Path, kind: str) -> None:
    app = create_app(EmulatorConfig(client_companies=1, sizes=SizeConfig(customers=3)))
    root = tmp_path / "data"
    store = SQLiteStore(root / "deep" / "sync.sqlite") if kind == "sqlite" else JsonlStore(root / "out")
    async with emulator_client(app) as tx:
        report = await sync_companies(tx, store, resources=["customers"])
    assert report.results
    modes = _modes(root)
    if kind == "sqlite":
        assert {"deep/sync.sqlite-wal", "deep/sync.sqlite-shm"} <= set(modes)  # still open: WAL files exist
    store.close()
    files = {name: mode for name, mode in modes.items() if (root / name).is_file()}
    folders = {name: mode for name, mode in modes.items() if (root / name).is_dir()}
    assert files and set(files.values()) == {0o600}, files
    assert folders and set(folders.values()) == {0o700}, folders
    assert stat.S_IMODE(root.stat().st_mode) == 0o700


def test_an_existing_folder_keeps_its_mode(tmp_path: Path, umask_022: None) -> None:
    os.chmod(tmp_path, 0o755)  # noqa: S103 - the mode a shared folder has
    store = SQLiteStore(tmp_path / "sync.sqlite")  # e.g. sync.db in the current folder
    store.close()
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755
    assert stat.S_IMODE((tmp_path / "sync.sqlite").stat().st_mode) == 0o600
