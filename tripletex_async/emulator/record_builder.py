"""Building records in one company's collections (used by the seeder, handlers and churn): the chart of
accounts, the shared ledger constants, money rounding and vouchers with their postings."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .resources import Templates
from .store import CompanyData, Record, Store

# (number, name, type)
CHART_OF_ACCOUNTS: tuple[tuple[int, str, str], ...] = (
    (1500, "Kundefordringer", "ASSETS"),
    (1920, "Bankinnskudd", "ASSETS"),
    (2400, "Leverandørgjeld", "LIABILITIES"),
    (2700, "Utgående merverdiavgift", "LIABILITIES"),
    (2710, "Inngående merverdiavgift", "LIABILITIES"),
    (2930, "Skyldig lønn", "LIABILITIES"),
    (3000, "Salgsinntekt, avgiftspliktig", "OPERATING_REVENUES"),
    (3100, "Salgsinntekt, avgiftsfri", "OPERATING_REVENUES"),
    (4000, "Innkjøp av varer", "OPERATING_EXPENSES"),
    (5000, "Lønn til ansatte", "OPERATING_EXPENSES"),
    (6300, "Leie lokale", "OPERATING_EXPENSES"),
    (6800, "Kontorrekvisita", "OPERATING_EXPENSES"),
    (6900, "Telefon", "OPERATING_EXPENSES"),
    (7100, "Bilgodtgjørelse", "OPERATING_EXPENSES"),
    (7700, "Annen kostnad", "OPERATING_EXPENSES"),
    (8050, "Renteinntekt", "FINANCIAL_INCOME"),
    (8150, "Rentekostnad", "FINANCIAL_EXPENSES"),
)
RECEIVABLE = 1500
BANK = 1920
REVENUE = 3000
VAT_RATE = 0.25
SEED_EPOCH = date(2025, 1, 1)


def money(x: float) -> float:
    return round(x + 0.0, 2)


class Builder:
    """Creates records in one company's collections (used by the seeder, handlers and churn)."""

    def __init__(self, store: Store, templates: Templates, company: CompanyData, now: datetime) -> None:
        self.store = store
        self.t = templates
        self.company = company
        self.now = now
        self.urls = store.urls
        self.pending: dict[str, list[Record]] = {}

    def ref(self, kind: str, ident: int) -> Record:
        return self.urls.ref(kind, ident)

    def make(self, kind: str, values: dict[str, Any]) -> Record:
        ident = self.store.ids.next(kind)
        record = self.t.new(kind, ident, values)
        self.pending.setdefault(kind, []).append(record)
        return record

    def flush(self) -> None:
        for kind, records in self.pending.items():
            self.company.coll(kind).add_many_unlogged(records, self.now)
        self.pending.clear()


def make_voucher(
    b: Builder,
    *,
    number: int,
    when: date,
    description: str,
    lines: list[tuple[Record, float]],
    customer: Record | None = None,
) -> tuple[Record, list[Record]]:
    voucher = b.make(
        "voucher",
        {
            "date": when.isoformat(),
            "number": number,
            "year": when.year,
            "description": description,
            "numberAsString": f"{number}-{when.year}",
            "displayName": f"{number}-{when.year} {description}",
            "voucherType": b.ref("voucherType", 9_912_091),
        },
    )
    postings = []
    for row, (account, amount) in enumerate(lines, start=1):
        values: dict[str, Any] = {
            "voucher": b.ref("voucher", voucher["id"]),
            "date": voucher["date"],
            "description": description,
            "account": b.ref("account", account["id"]),
            "amount": amount,
            "amountCurrency": amount,
            "amountGross": amount,
            "amountGrossCurrency": amount,
            "row": row,
        }
        if customer is not None and row == 1:
            values["customer"] = customer
        postings.append(b.make("posting", values))
    voucher["postings"] = [b.ref("posting", p["id"]) for p in postings]
    return voucher, postings
