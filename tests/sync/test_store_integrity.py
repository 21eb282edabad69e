"""Damaged and interrupted stores: checked before their digests are trusted, rebuilt without losing the
old file, and Ctrl-C during `tripletex sync` keeps what was complete and says so."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.support.shared import ROOT
from tests.support.sync import cli_customers
from tripletex_async.cli import app
from tripletex_async.sync import JsonlStore, SQLiteStore, StoreError, move_aside

EMU = {"TRIPLETEX_CLI_EMULATOR": "small"}


def _synced_store(runner: CliRunner, path: Path) -> None:
    result = runner.invoke(app, ["sync", "--out", str(path), "--no-progress"], env=EMU)
    assert result.exit_code == 0, result.output


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file (the header stays: SQLite still opens it)."""
    with path.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xa5" * 4096 * 4)


def test_a_damaged_store_is_refused_not_trusted(tmp_path: Path) -> None:
    runner = CliRunner()
    db = tmp_path / "s.sqlite"
    _synced_store(runner, db)
    _damage(db)
    before = db.read_bytes()
    with pytest.raises(StoreError) as caught:
        SQLiteStore(db)
    assert caught.value.damaged and caught.value.path == db
    # today's bug: "8 of 8 data sets unchanged ... skipped", exit 0; now a clear error, nothing touched
    result = runner.invoke(app, ["sync", "--out", str(db), "--no-progress"], env=EMU)
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {db} is damaged (SQLite quick_check: ") and "--repair" in line
    assert "unchanged" not in result.stdout
    assert db.read_bytes() == before


@pytest.mark.parametrize("flag", ["--repair", "--full"])
def test_repair_rebuilds_into_a_fresh_file_and_keeps_the_old_one(tmp_path: Path, flag: str) -> None:
    runner = CliRunner()
    db = tmp_path / "s.sqlite"
    _synced_store(runner, db)
    _damage(db)
    damaged_bytes = db.read_bytes()
    result = runner.invoke(app, ["sync", "--out", str(db), "--no-progress", flag], env=EMU)
    assert result.exit_code == 0, result.output
    assert "failed its check: kept as " in result.stderr
    (kept,) = tmp_path.glob("s.sqlite.damaged-*[0-9]")
    assert kept.read_bytes() == damaged_bytes  # the old file, byte for byte
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == cli_customers(runner, EMU)
    again = runner.invoke(app, ["sync", "--out", str(db), "--no-progress"], env=EMU)
    assert again.exit_code == 0 and "8 of 8 data sets unchanged" in again.stdout


def test_repair_never_moves_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("not sqlite at all")
    result = CliRunner().invoke(app, ["sync", "--out", str(text), "--repair"], env=EMU)
    assert result.exit_code == 1 and "is not a SQLite database" in result.stderr
    assert text.read_text() == "not sqlite at all" and list(tmp_path.iterdir()) == [text]


def test_move_aside_takes_the_wal_with_it(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    for suffix, data in (("", b"main"), ("-wal", b"wal"), ("-shm", b"shm")):
        Path(f"{db}{suffix}").write_bytes(data)
    moved = move_aside(db)
    assert not db.exists() and not Path(f"{db}-wal").exists()
    assert moved.read_bytes() == b"main" and Path(f"{moved}-wal").read_bytes() == b"wal"


def test_a_damaged_jsonl_digest_file_is_refused_and_repaired(tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["sync", "--store", "jsonl", "--out", str(tmp_path), "--no-progress", "-r", "customers"]
    assert runner.invoke(app, args, env=EMU).exit_code == 0
    (tmp_path / "digests.json").write_text('{"108000001/customers": "abc", ')
    with pytest.raises(StoreError):
        JsonlStore(tmp_path)
    result = runner.invoke(app, args, env=EMU)
    assert result.exit_code == 1 and "digests.json is damaged" in result.stderr
    result = runner.invoke(app, [*args, "--repair"], env=EMU)
    assert result.exit_code == 0, result.output
    assert len(list(tmp_path.glob("digests.json.damaged-*"))) == 1
    assert len(json.loads((tmp_path / "digests.json").read_text())) == 2


def test_ctrl_c_during_sync_says_what_was_saved_and_the_next_run_resumes(tmp_path: Path) -> None:
    """SIGINT to a `tripletex sync` process against a slow in-process emulator (500 ms a request): the
    small data sets commit after one page, the customers need 20 pages each (seconds of margin)."""
    slow = tmp_path / "slow.json"
    slow.write_text(
        json.dumps(
            {
                "client_companies": 2,
                "sizes": {
                    "customers": 20000,
                    "invoices": 5,
                    "vouchers": 5,
                    "orders": 5,
                    "products": 3,
                    "employees": 2,
                },
                "latency": {"fixed_ms": 500},
            }
        )
    )
    db = tmp_path / "s.sqlite"
    env = {**os.environ, "TRIPLETEX_CLI_EMULATOR": str(slow)}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    command = [sys.executable, "-m", "tripletex_async.cli", "sync", "--out", str(db), "--no-progress"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 90
    committed = 0
    while time.monotonic() < deadline and process.poll() is None and not committed:
        time.sleep(0.1)
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
                committed = conn.execute("SELECT count(*) FROM sync_digest").fetchone()[0]
        except sqlite3.Error:
            pass
    assert committed, "no data set was committed in time"
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    (line,) = err.splitlines()
    assert line.startswith("interrupted: ") and f"complete in {db}" in line
    assert "Run the same command again to resume" in line
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        saved = conn.execute("SELECT count(*) FROM sync_digest").fetchone()[0]
    assert saved >= committed and f"{saved} saved" in line
    assert saved < 8  # the customers were cut short
    # the next run (no latency now) completes; the saved data sets are skipped as unchanged
    slow.write_text(json.dumps({"client_companies": 2, "sizes": json.loads(slow.read_text())["sizes"]}))
    result = subprocess.run(
        [*command[:-1], "--json"], env=env, capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["failed"] == 0 and summary["unchanged"] == saved
    assert summary["records_by_resource"]["customers"] == cli_customers(CliRunner(), env)
