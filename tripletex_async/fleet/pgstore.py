"""``PgStore``: the fleet's record store in PostgreSQL (asyncpg), shared by every worker.

One table per resource, ``(company_id, id)`` primary key, the raw record as JSONB, and the generation
that last wrote it (one per ``begin``). Pages are upserted by ``(company_id, id)``, so a page written
twice (a retried job) never duplicates a record; ``commit`` then drops that company's records that
the generation did not write (deleted at the source, or only seen by an interrupted attempt). ``sync_digests`` keeps the ``versionDigest`` of each
(resource, company) whose last walk held still, so the next run asks with ``If-None-Match`` and
skips an unchanged data set on a 304. SQLite (``tripletex_async.sync.SQLiteStore``) stays the
single-machine default; this store is for ``tripletex sync --queue``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

import asyncpg

from ..errors import ConfigurationError

__all__ = ["PgStore"]

Record = dict[str, Any]
_NAME_RE = re.compile(r"[a-z][a-z0-9_]*")
_SCHEMA_LOCK = 0x7472_6970  # advisory lock id: concurrent CREATE TABLE IF NOT EXISTS can race
_DIGESTS = "sync_digests"
_RECORD_COLUMNS = (
    "company_id BIGINT NOT NULL, id BIGINT NOT NULL, version BIGINT, data JSONB NOT NULL, run TEXT NOT NULL,"
    " synced_at TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (company_id, id)"
)
_DIGEST_COLUMNS = (
    "resource TEXT NOT NULL, company_id BIGINT NOT NULL, digest TEXT NOT NULL,"
    " saved_at TIMESTAMPTZ NOT NULL DEFAULT now(), PRIMARY KEY (resource, company_id)"
)


def _table(resource: str) -> str:
    if not _NAME_RE.fullmatch(resource):
        raise ConfigurationError(f"invalid resource name {resource!r}")
    return resource


class PgStore:
    """A :class:`~tripletex_async.sync.DatasetStore` in PostgreSQL: upserts synced records; safe for
    concurrent jobs and processes (each data set is written by one job at a time)."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool
        self._ready: set[str] = set()
        self._generations: dict[tuple[int, str], str] = {}  # data sets begun here and not committed

    @classmethod
    async def connect(cls, dsn: str, *, min_size: int = 1, max_size: int = 4) -> PgStore:
        pool = await asyncpg.create_pool(dsn, min_size=min_size, max_size=max_size)
        return cls(pool)

    async def ensure_tables(self, resources: Iterable[str]) -> None:
        wanted = [_table(r) for r in resources if r not in self._ready]
        if _DIGESTS not in self._ready:
            wanted.append(_DIGESTS)
        if not wanted:
            return
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock($1)", _SCHEMA_LOCK)
            for name in wanted:
                columns = _DIGEST_COLUMNS if name == _DIGESTS else _RECORD_COLUMNS
                await conn.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")
        self._ready.update(wanted)

    async def get_digest(self, company_id: int, resource: str) -> str | None:
        """The ``versionDigest`` saved by the last walk of this data set that held still, if any."""
        await self.ensure_tables([resource])
        value = await self.pool.fetchval(
            f"SELECT digest FROM {_DIGESTS} WHERE resource = $1 AND company_id = $2",  # noqa: S608
            _table(resource),
            company_id,
        )
        return str(value) if value is not None else None

    async def begin(self, company_id: int, resource: str) -> None:
        """A fresh generation for the data set (a retried job's attempt gets its own)."""
        await self.ensure_tables([resource])
        self._generations[(company_id, _table(resource))] = uuid.uuid4().hex

    async def write(self, company_id: int, resource: str, records: Sequence[Record]) -> int:
        """Insert or update ``records`` of one company; returns how many rows were written."""
        table = _table(resource)
        run = self._generations[(company_id, table)]
        rows = [
            (
                company_id,
                int(r["id"]),
                r["version"] if isinstance(r.get("version"), int) else None,
                json.dumps(r, ensure_ascii=False),
                run,
            )
            for r in records
        ]
        if not rows:
            return 0
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.executemany(
                f"INSERT INTO {table} (company_id, id, version, data, run) VALUES ($1, $2, $3, $4::jsonb, $5)"  # noqa: S608
                " ON CONFLICT (company_id, id) DO UPDATE SET version = excluded.version,"
                " data = excluded.data, run = excluded.run, synced_at = now()",
                rows,
            )
        return len(rows)

    async def commit(self, company_id: int, resource: str, digest: str | None, *, complete: bool) -> None:
        """Complete: drop the company's records this generation did not write and save ``digest``
        (None forgets it: the next run walks). Not complete: keep them and forget the digest. In
        one transaction."""
        table = _table(resource)
        run = self._generations.pop((company_id, table))
        if not complete:
            digest = None
        async with self.pool.acquire() as conn, conn.transaction():
            if complete:
                await conn.execute(
                    f"DELETE FROM {table} WHERE company_id = $1 AND run <> $2",  # noqa: S608
                    company_id,
                    run,
                )
            if digest is None:
                await conn.execute(
                    f"DELETE FROM {_DIGESTS} WHERE resource = $1 AND company_id = $2",  # noqa: S608
                    table,
                    company_id,
                )
            else:
                await conn.execute(
                    f"INSERT INTO {_DIGESTS} (resource, company_id, digest) VALUES ($1, $2, $3)"  # noqa: S608
                    " ON CONFLICT (resource, company_id) DO UPDATE SET digest = excluded.digest,"
                    " saved_at = now()",
                    table,
                    company_id,
                    digest,
                )

    async def ids(self, resource: str, company_id: int | None = None) -> list[tuple[int, int]]:
        """``(company_id, id)`` pairs, sorted (duplicates would show; the key forbids them)."""
        await self.ensure_tables([resource])
        table = _table(resource)
        if company_id is None:
            rows = await self.pool.fetch(f"SELECT company_id, id FROM {table} ORDER BY company_id, id")  # noqa: S608
        else:
            rows = await self.pool.fetch(
                f"SELECT company_id, id FROM {table} WHERE company_id = $1 ORDER BY id",  # noqa: S608
                company_id,
            )
        return [(int(r["company_id"]), int(r["id"])) for r in rows]

    async def count(self, resource: str) -> int:
        await self.ensure_tables([resource])
        value = await self.pool.fetchval(f"SELECT count(*) FROM {_table(resource)}")  # noqa: S608
        return int(value)

    async def drop(self, resources: Iterable[str]) -> None:
        """Drop the tables and their saved digests (tests, benchmarks)."""
        await self.ensure_tables([])  # the digests table
        for resource in resources:
            await self.pool.execute(f"DROP TABLE IF EXISTS {_table(resource)}")
            self._ready.discard(resource)
            await self.pool.execute(f"DELETE FROM {_DIGESTS} WHERE resource = $1", resource)  # noqa: S608

    async def close(self) -> None:
        await self.pool.close()

    def __repr__(self) -> str:
        return "PgStore(postgresql)"

    def __str__(self) -> str:
        return "postgresql"
