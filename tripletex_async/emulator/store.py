"""In-memory data: per-company collections with int64 ids, versions, change logs and cached views.

Every mutation bumps the collection's ``generation``; cached default-order lists, sorted views,
digests and per-record JSON are keyed by it (per-record JSON by record version), so reads stay
O(page) for unchanged data.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

Record = dict[str, Any]

# Where a resource lives below /v2 (used for urls and refs).
RESOURCE_PATHS: dict[str, str] = {
    "customer": "customer",
    "supplier": "supplier",
    "product": "product",
    "order": "order",
    "orderline": "order/orderline",
    "invoice": "invoice",
    "voucher": "ledger/voucher",
    "posting": "ledger/posting",
    "account": "ledger/account",
    "employee": "employee",
    "department": "department",
    "project": "project",
    "activity": "activity",
    "timesheetentry": "timesheet/entry",
    "subscription": "event/subscription",
    "company": "company",
    # referenced only (not stored as collections)
    "currency": "currency",
    "address": "address",
    "vatType": "ledger/vatType",
    "voucherType": "ledger/voucherType",
    "productUnit": "product/unit",
    "paymentType": "invoice/paymentType",
    "sessionToken": "token/session",
    "consumerToken": "token/consumer",
    "employeeToken": "token/employee",
}

# First id per resource. Postings, order lines and timesheet entries start above 2**31 (int64).
_ID_BASES_LARGE: dict[str, int] = {
    "posting": 3_845_000_000,
    "orderline": 2_200_000_000,
    "timesheetentry": 2_150_000_000,
    "voucher": 608_000_000,
    "address": 26_000_000,
}
_ID_BASES_SMALL: dict[str, int] = {
    "posting": 90_000_000,
    "orderline": 80_000_000,
    "timesheetentry": 70_000_000,
    "voucher": 60_000_000,
    "address": 26_000_000,
}
_DEFAULT_BASES: dict[str, int] = {
    "company": 108_000_000,
    "customer": 11_000_000,
    "supplier": 12_000_000,
    "product": 21_000_000,
    "order": 1_500_000,
    "invoice": 1_100_000,
    "account": 31_000_000,
    "employee": 18_000_000,
    "department": 700_000,
    "project": 400_000_000,
    "activity": 5_000_000,
    "subscription": 48_000,
    "sessionToken": 19_000_000,
}


class IdAllocator:
    """Global (all companies) monotonic ids per resource kind."""

    def __init__(self, *, large_ids: bool) -> None:
        self._next: dict[str, int] = dict(_DEFAULT_BASES)
        self._next.update(_ID_BASES_LARGE if large_ids else _ID_BASES_SMALL)

    def next(self, kind: str) -> int:
        value = self._next.get(kind, 1_000_000)
        self._next[kind] = value + 1
        return value


class Urls:
    def __init__(self, public_host: str, *, without_scheme: bool) -> None:
        self.prefix = f"{public_host}/v2" if without_scheme else f"https://{public_host}/v2"
        self._bases = {k: f"{self.prefix}/{v}/" for k, v in RESOURCE_PATHS.items()}

    def url(self, kind: str, ident: int) -> str:
        base = self._bases.get(kind)
        if base is None:
            base = self._bases[kind] = f"{self.prefix}/{kind}/"
        return base + str(ident)

    def ref(self, kind: str, ident: int) -> Record:
        return {"id": ident, "url": self.url(kind, ident)}


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def dumps(obj: object) -> bytes:
    return _dumps(obj).encode()


@dataclass
class Collection:
    kind: str
    records: dict[int, Record] = field(default_factory=dict)
    changes: dict[int, list[Record]] = field(default_factory=dict)
    changed_at: dict[int, datetime] = field(default_factory=dict)
    generation: int = 0
    _ordered: list[Record] | None = None
    _ordered_gen: int = -1
    _json: dict[int, tuple[int, bytes]] = field(default_factory=dict)
    _views: dict[Any, tuple[int, Any]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records.values())

    def get(self, ident: int) -> Record | None:
        return self.records.get(ident)

    def _bump(self) -> None:
        self.generation += 1

    def add(self, record: Record, *, now: datetime, employee_id: int | None) -> Record:
        ident = int(record["id"])
        self.records[ident] = record
        self.changes[ident] = [_change("CREATE", now, employee_id)]
        self.changed_at[ident] = now
        self._bump()
        return record

    def add_many_unlogged(self, records: list[Record], now: datetime) -> None:
        """Bulk insert for seeding: one CREATE change each, one generation bump."""
        for record in records:
            ident = record["id"]
            self.records[ident] = record
            self.changed_at[ident] = now
        self._bump()

    def touch(self, ident: int, *, now: datetime, employee_id: int | None) -> Record:
        """Record mutated in place by the caller: bump its version and log an UPDATE."""
        record = self.records[ident]
        record["version"] = int(record.get("version") or 0) + 1
        self.changes.setdefault(ident, [_change("CREATE", now, None)]).append(
            _change("UPDATE", now, employee_id)
        )
        self.changed_at[ident] = now
        self._bump()
        return record

    def delete(self, ident: int) -> Record | None:
        record = self.records.pop(ident, None)
        if record is not None:
            self.changes.pop(ident, None)
            self.changed_at.pop(ident, None)
            self._json.pop(ident, None)
            self._bump()
        return record

    def change_log(self, ident: int) -> list[Record]:
        log = self.changes.get(ident)
        if log is None:
            at = self.changed_at.get(ident)
            log = [_change("CREATE", at, None)] if at is not None else []
        return log

    def ordered(self) -> list[Record]:
        """All records in id order (insertion order, ids are monotonic)."""
        if self._ordered is None or self._ordered_gen != self.generation:
            self._ordered = list(self.records.values())
            self._ordered_gen = self.generation
        return self._ordered

    def json_of(self, record: Record) -> bytes:
        """Serialized default projection of a record, cached by (id, version)."""
        ident = record["id"]
        version = record.get("version", 0)
        hit = self._json.get(ident)
        if hit is not None and hit[0] == version:
            return hit[1]
        data = dumps(record)
        self._json[ident] = (version, data)
        return data

    def view(self, key: Any, build: Callable[[], Any], extra_generation: int = 0) -> Any:
        """Memoize a derived view (sorted list, digest, ...) until the next mutation."""
        gen = self.generation * 1_000_003 + extra_generation
        hit = self._views.get(key)
        if hit is not None and hit[0] == gen:
            return hit[1]
        if len(self._views) > 256:
            self._views.clear()
        value = build()
        self._views[key] = (gen, value)
        return value


def _change(kind: str, at: datetime | None, employee_id: int | None) -> Record:
    return {
        "employeeId": employee_id,
        "timestamp": at.strftime("%Y-%m-%dT%H:%M:%S") if at is not None else None,
        "changeType": kind,
    }


@dataclass
class CompanyData:
    company_id: int
    record: Record  # the Company object
    customer_company_id: int | None = None  # the accountant's customer record for this client
    collections: dict[str, Collection] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)

    def next_number(self, key: str, field_name: str, kind: str) -> int:
        """Next human number (customerNumber, order number, ...) for a kind in this company."""
        current = self.counters.get(key)
        if current is None:
            current = 0
            for record in self.coll(kind):
                try:
                    current = max(current, int(record.get(field_name) or 0))
                except (TypeError, ValueError):
                    continue
        current += 1
        self.counters[key] = current
        return current

    def coll(self, kind: str) -> Collection:
        c = self.collections.get(kind)
        if c is None:
            c = self.collections[kind] = Collection(kind)
        return c


@dataclass
class EmployeeLogin:
    """What an employee token stands for: an employee of an owner company (maybe an accountant)."""

    token: str
    employee_id: int
    company_id: int
    client_company_ids: list[int]


@dataclass
class Store:
    ids: IdAllocator
    urls: Urls
    companies: dict[int, CompanyData] = field(default_factory=dict)
    owner_company_id: int = 0
    owner_employee_id: int = 0
    client_company_ids: list[int] = field(default_factory=list)

    def company(self, company_id: int) -> CompanyData | None:
        return self.companies.get(company_id)
