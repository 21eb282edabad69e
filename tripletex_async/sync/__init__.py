"""Sync an accountant's client companies to a local store (SQLite by default, or JSON Lines).

    from tripletex_async.sync import SQLiteStore, sync_companies, print_summary

    async with TripletexClient() as tx:
        store = SQLiteStore("tripletex.sqlite")
        report = await sync_companies(tx, store)   # customers, invoices, vouchers, postings
        print_summary(report)

One data set is one :func:`sync_dataset` (``await sync_dataset(tx.as_company(id), "invoices", store)``)
into any :class:`DatasetStore` (SQLite, JSON Lines, or the fleet's PostgreSQL ``PgStore``);
``sync_companies`` runs them in a task group, the fleet's workers as arq jobs.

A second run asks with the stored ``versionDigest`` (``If-None-Match``) and skips the data sets
the service reports unchanged.
"""

from __future__ import annotations

from .dataset import DatasetResult, NullProgress, SyncProgress, sync_dataset
from .display import RichProgress, format_summary, print_summary, summary_dict
from .engine import SyncReport, list_companies, sync_companies
from .resources import RESOURCES, SyncResource, resolve_resources
from .store import DatasetStore, JsonlStore, SQLiteStore, StoreError, SyncStore, move_aside, open_store

__all__ = [
    "RESOURCES",
    "DatasetResult",
    "DatasetStore",
    "JsonlStore",
    "NullProgress",
    "RichProgress",
    "SQLiteStore",
    "StoreError",
    "SyncProgress",
    "SyncReport",
    "SyncResource",
    "SyncStore",
    "format_summary",
    "list_companies",
    "move_aside",
    "open_store",
    "print_summary",
    "resolve_resources",
    "summary_dict",
    "sync_companies",
    "sync_dataset",
]
