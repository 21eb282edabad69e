"""The store protocol every data set walk writes through, and the local stores: SQLite (default)
and JSON Lines. PostgreSQL (:class:`tripletex_async.fleet.PgStore`, the fleet's) is the third.

Every store keeps the raw dicts as the service sent them, keyed by (company_id, id), plus the
``versionDigest`` of each (company, resource) data set so the next run can ask the service
whether anything changed (``If-None-Match``).

A data set is written in three steps: ``begin`` (open a fresh generation), ``write`` (upsert pages
into it), ``commit`` (for a complete generation, drop records of that data set not written in it,
then save the digest; for an incomplete one -- a walk still shifting at its end, which may have
missed records that exist -- keep every stored record and forget the digest, so the next run walks
again and its complete commit drops what is really gone). The digest is saved only on commit, so an interrupted sync never causes a later skip, and
a data set begun again (a retry) starts a new generation: what an interrupted attempt wrote is
overwritten or dropped by the commit, never counted twice.

An existing SQLite store is checked (``PRAGMA quick_check``) before its digests are trusted: a
damaged one raises :class:`StoreError` (``damaged=True``) and is left as it is;
:func:`move_aside` renames it (with its ``-wal``/``-shm`` files) so a fresh store can be rebuilt
in its place without losing the old one.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from .._files import connect_private_sqlite, open_private, private_dir
from ..errors import ConfigurationError, StoreError

__all__ = [
    "DatasetStore",
    "ForwardingStore",
    "JsonlStore",
    "SQLiteStore",
    "StoreError",
    "SyncStore",
    "move_aside",
    "open_store",
]

Record = dict[str, Any]
_NAME_RE = re.compile(r"[a-z][a-z0-9_]*")


def _check_name(name: str) -> str:
    if not _NAME_RE.fullmatch(name):
        raise ConfigurationError(f"invalid resource name {name!r}")
    return name


_SQLITE_HEADER = b"SQLite format 3\x00"


def _connect_checked(path: Path) -> sqlite3.Connection:
    """Open (or create) a SQLite store; an existing file must be a database that passes quick_check."""
    existing = path.is_file() and path.stat().st_size > 0
    if existing:
        with path.open("rb") as handle:
            if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                raise StoreError(f"{path} is not a SQLite database; choose another --out", path=path)
    db: sqlite3.Connection | None = None
    try:
        db = connect_private_sqlite(path)  # the file and its -wal/-shm 0600, a new folder 0700
        if existing:
            rows = [str(row[0]) for row in db.execute("PRAGMA quick_check(5)")]
            if rows != ["ok"]:
                lines = [line for r in rows for line in r.splitlines() if not line.startswith("***")]
                raise sqlite3.DatabaseError("; ".join(lines) or "failed")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if isinstance(exc, FileExistsError | NotADirectoryError):
            reason = f"{exc.filename or path.parent} is not a directory"
        raise StoreError(f"cannot create the store {path}: {reason}", path=path) from exc
    except sqlite3.DatabaseError as exc:
        if db is not None:
            db.close()
        if not existing or isinstance(exc, sqlite3.OperationalError):
            raise StoreError(f"cannot write the store {path}: {exc}", path=path) from exc
        raise StoreError(
            f"{path} is damaged (SQLite quick_check: {str(exc).splitlines()[0][:200]}); nothing was "
            "changed: --repair moves it aside and syncs everything into a fresh file",
            path=path,
            damaged=True,
        ) from exc
    return db


def move_aside(path: str | os.PathLike[str]) -> Path:
    """Rename a damaged store (with its ``-wal``/``-shm`` files, or a JSONL store's digests file) to
    ``<name>.damaged-<time>``; return the new name. Nothing is deleted."""
    source = Path(path)
    if source.is_dir():
        source = source / "digests.json"
    target = source.with_name(f"{source.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{source}{suffix}")
        if part.exists():
            os.replace(part, f"{target}{suffix}")
    return target


class DatasetStore(Protocol):
    """What :func:`~tripletex_async.sync.sync_dataset` writes through (SQLite, JSONL, PostgreSQL).

    Every data set verb takes ``(company_id, resource, ...)``; all are awaited. Opening and closing
    belong to whoever made the store (``SQLiteStore(path)`` / ``close()``, ``await PgStore.connect``
    / ``await close()``)."""

    async def get_digest(self, company_id: int, resource: str) -> str | None:
        """The digest saved by the last commit of this data set (None: walk it)."""
        ...

    async def begin(self, company_id: int, resource: str) -> None:
        """Open a fresh generation for the data set (a second begin discards the first's claim)."""
        ...

    async def write(self, company_id: int, resource: str, records: Sequence[Record]) -> int:
        """Upsert records by (company_id, id) into the open generation; returns how many."""
        ...

    async def commit(self, company_id: int, resource: str, digest: str | None, *, complete: bool) -> None:
        """End the generation opened by ``begin``. ``complete`` (the walk saw the whole data set):
        drop the data set's records not written since ``begin`` and save ``digest`` (None forgets).
        Not complete (the walk may have missed records): keep the records not written, forget the
        digest (``digest`` is ignored)."""
        ...

    async def ids(self, resource: str, company_id: int | None = None) -> list[tuple[int, int]]:
        """``(company_id, id)`` pairs stored, sorted (a duplicate would show)."""
        ...

    def __str__(self) -> str:
        """Where the records go, for summaries (a path, or the database without credentials)."""
        ...


SyncStore = DatasetStore  # the name the sync used before the fleet shared the protocol

S = TypeVar("S", bound=DatasetStore)


class ForwardingStore(Generic[S]):
    """A :class:`DatasetStore` passing every verb to ``store``: the base of a wrapper that watches
    a walk's store calls (the CLI's Ctrl-C tally, the fleet's progress counter) and overrides only
    the verbs it watches."""

    def __init__(self, store: S) -> None:
        self.store = store

    async def get_digest(self, company_id: int, resource: str) -> str | None:
        return await self.store.get_digest(company_id, resource)

    async def begin(self, company_id: int, resource: str) -> None:
        await self.store.begin(company_id, resource)

    async def write(self, company_id: int, resource: str, records: Sequence[Record]) -> int:
        return await self.store.write(company_id, resource, records)

    async def commit(self, company_id: int, resource: str, digest: str | None, *, complete: bool) -> None:
        await self.store.commit(company_id, resource, digest, complete=complete)

    async def ids(self, resource: str, company_id: int | None = None) -> list[tuple[int, int]]:
        return await self.store.ids(resource, company_id)

    def __str__(self) -> str:
        return str(self.store)


class SQLiteStore:
    """One table per resource: ``(company_id, id) PRIMARY KEY, version, data JSON, run``; upserts."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        # customer and ledger data: the file and its -wal/-shm 0600, a new folder 0700
        self._db = _connect_checked(self.path)
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS sync_digest (company_id INTEGER NOT NULL, resource TEXT NOT NULL,"
            " digest TEXT, synced_at REAL NOT NULL, PRIMARY KEY (company_id, resource))"
        )
        self._tables: set[str] = set()
        self._runs: dict[tuple[int, str], int] = {}  # generation of each data set being written
        self._last_run = 0

    def _table(self, resource: str) -> str:
        name = _check_name(resource)
        if name not in self._tables:
            self._db.execute(
                f"CREATE TABLE IF NOT EXISTS {name} (company_id INTEGER NOT NULL, id INTEGER NOT NULL,"
                " version INTEGER, data TEXT NOT NULL CHECK (json_valid(data)), run INTEGER NOT NULL,"
                " PRIMARY KEY (company_id, id))"
            )
            self._tables.add(name)
        return name

    async def get_digest(self, company_id: int, resource: str) -> str | None:
        row = self._db.execute(
            "SELECT digest FROM sync_digest WHERE company_id = ? AND resource = ?", (company_id, resource)
        ).fetchone()
        return None if row is None else row[0]

    async def begin(self, company_id: int, resource: str) -> None:
        self._table(resource)
        self._last_run = max(time.time_ns(), self._last_run + 1)
        self._runs[(company_id, resource)] = self._last_run

    async def write(self, company_id: int, resource: str, records: Sequence[Record]) -> int:
        table = self._table(resource)
        run = self._runs[(company_id, resource)]
        rows = [
            (company_id, int(r["id"]), r.get("version"), json.dumps(r, ensure_ascii=False), run)
            for r in records
        ]
        self._db.execute("BEGIN")
        try:
            self._db.executemany(
                f"INSERT INTO {table} (company_id, id, version, data, run) VALUES (?, ?, ?, ?, ?)"  # noqa: S608
                " ON CONFLICT (company_id, id) DO UPDATE SET version = excluded.version,"
                " data = excluded.data, run = excluded.run",
                rows,
            )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        return len(rows)

    async def commit(self, company_id: int, resource: str, digest: str | None, *, complete: bool) -> None:
        table = self._table(resource)
        run = self._runs.pop((company_id, resource))
        if not complete:
            digest = None
        self._db.execute("BEGIN")
        try:
            if complete:
                self._db.execute(
                    f"DELETE FROM {table} WHERE company_id = ? AND run != ?",  # noqa: S608
                    (company_id, run),
                )
            self._db.execute(
                "INSERT INTO sync_digest (company_id, resource, digest, synced_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (company_id, resource) DO UPDATE SET digest = excluded.digest,"
                " synced_at = excluded.synced_at",
                (company_id, resource, digest, time.time()),
            )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    async def ids(self, resource: str, company_id: int | None = None) -> list[tuple[int, int]]:
        table = self._table(resource)
        if company_id is None:
            cur = self._db.execute(f"SELECT company_id, id FROM {table} ORDER BY company_id, id")  # noqa: S608
        else:
            cur = self._db.execute(
                f"SELECT company_id, id FROM {table} WHERE company_id = ? ORDER BY id",  # noqa: S608
                (company_id,),
            )
        return [(int(c), int(i)) for c, i in cur]

    def records(self, resource: str, company_id: int) -> Iterator[Record]:
        table = self._table(resource)
        cur = self._db.execute(
            f"SELECT data FROM {table} WHERE company_id = ? ORDER BY id",  # noqa: S608
            (company_id,),
        )
        for (data,) in cur:
            value = json.loads(data)
            assert isinstance(value, dict)
            yield value

    def close(self) -> None:
        self._db.close()

    def __str__(self) -> str:
        return str(self.path)


class JsonlStore:
    """``<dir>/<resource>/<company_id>.jsonl`` (one raw record a line) and ``<dir>/digests.json``.

    A data set is written to a temporary file and renamed over the old one on commit, so the
    file for a (company, resource) always holds one complete fetch: the upsert is per data set
    (a record written twice in one generation is kept once, as first written).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = private_dir(Path(path))
        self._digest_file = self.path / "digests.json"
        self._digests: dict[str, str | None] = {}
        if self._digest_file.exists():
            try:
                loaded = json.loads(self._digest_file.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                raise StoreError(
                    f"{self._digest_file} is damaged ({exc}); nothing was changed: --repair moves it "
                    "aside and syncs everything again",
                    path=self.path,
                    damaged=True,
                ) from exc
            if isinstance(loaded, dict):
                self._digests = {str(k): v for k, v in loaded.items()}
        self._open: dict[tuple[int, str], Any] = {}
        self._written: dict[tuple[int, str], set[int]] = {}  # ids in each open generation

    def _file(self, company_id: int, resource: str) -> Path:
        return self.path / _check_name(resource) / f"{company_id}.jsonl"

    async def get_digest(self, company_id: int, resource: str) -> str | None:
        return self._digests.get(f"{company_id}/{resource}")

    async def begin(self, company_id: int, resource: str) -> None:
        target = self._file(company_id, resource)
        private_dir(target.parent)
        stale = self._open.pop((company_id, resource), None)
        if stale is not None:  # begun again (a retry): the new generation starts from an empty file
            stale.close()
        self._open[(company_id, resource)] = open_private(target.with_suffix(".jsonl.tmp"))
        self._written[(company_id, resource)] = set()

    async def write(self, company_id: int, resource: str, records: Sequence[Record]) -> int:
        handle = self._open[(company_id, resource)]
        seen = self._written[(company_id, resource)]
        fresh = [r for r in records if int(r["id"]) not in seen]  # a page written twice: once in the file
        seen.update(int(r["id"]) for r in fresh)
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in fresh)
        return len(records)

    async def commit(self, company_id: int, resource: str, digest: str | None, *, complete: bool) -> None:
        handle = self._open.pop((company_id, resource))
        written = self._written.pop((company_id, resource), set())
        target = self._file(company_id, resource)
        if not complete:  # keep the stored records this generation did not write; no digest
            digest = None
            if target.exists():
                with target.open(encoding="utf-8") as old:
                    handle.writelines(
                        line for line in old if line.strip() and int(json.loads(line)["id"]) not in written
                    )
        handle.close()
        os.replace(target.with_suffix(".jsonl.tmp"), target)
        self._digests[f"{company_id}/{resource}"] = digest
        tmp = self._digest_file.with_suffix(".json.tmp")
        with open_private(tmp) as handle:
            handle.write(json.dumps(self._digests, indent=1, sort_keys=True))
        os.replace(tmp, self._digest_file)

    async def ids(self, resource: str, company_id: int | None = None) -> list[tuple[int, int]]:
        folder = self.path / _check_name(resource)
        files = sorted(folder.glob("*.jsonl")) if company_id is None else [folder / f"{company_id}.jsonl"]
        out: list[tuple[int, int]] = []
        for file in files:
            if not file.exists():
                continue
            cid = int(file.stem)
            with file.open(encoding="utf-8") as handle:
                out.extend((cid, int(json.loads(line)["id"])) for line in handle if line.strip())
        return sorted(out)

    def __str__(self) -> str:
        return str(self.path)

    def close(self) -> None:
        for handle in self._open.values():
            handle.close()
        self._open.clear()


def open_store(kind: str, path: str | os.PathLike[str] | None = None) -> SQLiteStore | JsonlStore:
    """``sqlite`` (default path ``tripletex-sync.sqlite``) or ``jsonl`` (default dir ``tripletex-sync``)."""
    if kind == "sqlite":
        return SQLiteStore(path or "tripletex-sync.sqlite")
    if kind == "jsonl":
        return JsonlStore(path or "tripletex-sync")
    raise ConfigurationError(f"unknown store {kind!r}; choose sqlite or jsonl")
