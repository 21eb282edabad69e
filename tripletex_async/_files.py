"""Files holding customer data or secrets: folders 0700, files 0600, whatever the umask.

Stores (SQLite with its ``-wal``/``-shm``, JSONL, the webhook seen-keys) hold customer, invoice and
ledger data; under the usual umask 022 a plain ``open``/``mkdir`` would make them world-readable.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import IO

__all__ = ["connect_private_sqlite", "open_private", "private_dir", "private_sqlite"]

DIR_MODE = 0o700
FILE_MODE = 0o600
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by the owner only.

    Folders that already exist are left as they are (``sync.db`` in the current folder must not
    change the current folder's mode); the files inside are private anyway."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    for created in missing:  # mkdir's mode is filtered by the umask, and parents= ignores it
        os.chmod(created, DIR_MODE)
    return path


def open_private(path: Path, mode: str = "w", encoding: str = "utf-8") -> IO[str]:
    """Open a text file for writing, created 0600 (an existing file is tightened to 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode.startswith("a") else os.O_TRUNC)
    fd = os.open(path, flags, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
        return os.fdopen(fd, mode, encoding=encoding)
    except BaseException:
        os.close(fd)
        raise


def private_sqlite(path: Path) -> None:
    """Before connecting: the database's folder 0700 and the file created 0600 (SQLite gives its
    ``-wal``/``-shm`` the database's mode). After: call again to tighten side files that exist."""
    private_dir(path.parent)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    for suffix in _SQLITE_SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.chmod(side, FILE_MODE)


def connect_private_sqlite(path: Path, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A WAL-mode connection (autocommit) to a database whose file, ``-wal`` and ``-shm`` are 0600."""
    private_sqlite(path)
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=check_same_thread)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA user_version").fetchone()  # touch the database: the side files now exist
        private_sqlite(path)
    except BaseException:
        db.close()
        raise
    return db
