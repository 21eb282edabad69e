"""What the sync fetches: one list endpoint per resource, with the query parameters it requires.

The required parameters come from the facade signatures (``invoice.search`` needs
``invoice_date_from``/``invoice_date_to``; ``ledger_voucher.search`` and ``ledger_posting.search``
need ``date_from``/``date_to``); ``*To`` dates are exclusive in Tripletex. Of the synced list
operations, only ``customer.search`` has a filter whose spec default hides records (``isInactive``,
default false); ``invoice``, ``ledger/voucher`` and ``ledger/posting`` have none (2.74.00).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import ConfigurationError

__all__ = ["DEFAULT_DATE_FROM", "DEFAULT_DATE_TO", "RESOURCES", "SyncResource", "resolve_resources"]

DEFAULT_DATE_FROM = date(2000, 1, 1)
DEFAULT_DATE_TO = date(2100, 1, 1)


@dataclass(frozen=True)
class SyncResource:
    """A resource to sync: its store name, facade operation, date parameters and listings.

    ``walks`` are the listings whose union is the resource: a list filter with a spec default that
    hides records (``customer.search`` lists active customers only when ``isInactive`` is omitted:
    the spec documents ``isInactive=false`` and the service applies it) is walked once per value.
    Each walk has its own ``versionDigest``; :meth:`join_digests` keeps them in the one digest the
    store holds per (company, resource)."""

    name: str  # table / file name, e.g. "customers"
    operation: str  # facade operation (`group.name`)
    date_params: tuple[str, str] | None = None  # (from, to) Python parameter names, if required
    walks: tuple[Mapping[str, Any], ...] = ({},)  # filter parameters of each listing

    def call_params(self, walk: Mapping[str, Any], date_from: date, date_to: date) -> dict[str, Any]:
        """The facade parameters of one walk (``invoice_date_from``..., its filters)."""
        out: dict[str, Any] = dict(walk)
        if self.date_params is not None:
            lo, hi = self.date_params
            out.update({lo: date_from.isoformat(), hi: date_to.isoformat()})
        return out

    @staticmethod
    def walk_key(walk: Mapping[str, Any]) -> str:
        """The name of a walk's digest ("is_inactive=True"; "" for an unfiltered listing)."""
        return ",".join(f"{k}={v}" for k, v in sorted(walk.items()))

    def split_digests(self, stored: str | None) -> dict[str, str]:
        """The digest of each walk from the stored one ({} when there is none or it does not fit)."""
        if stored is None:
            return {}
        if self.walks == ({},):
            return {"": stored}
        try:
            found = json.loads(stored)
        except ValueError:  # a digest saved by a single-walk version of the resource
            return {}
        keys = {self.walk_key(w) for w in self.walks}
        if not isinstance(found, dict) or set(found) != keys:
            return {}
        return {k: v for k, v in found.items() if isinstance(v, str)}

    def join_digests(self, digests: Mapping[str, str]) -> str:
        """The one stored digest for the walks' digests (the inverse of :meth:`split_digests`)."""
        if self.walks == ({},):
            return digests[""]
        return json.dumps(dict(sorted(digests.items())), separators=(",", ":"))

    def bind(self, facade: Any) -> Callable[..., Any]:
        """The facade operation on a client or company view (``view.invoice.search``)."""
        group, _, name = self.operation.rpartition(".")
        return getattr(getattr(facade, group), name)  # type: ignore[no-any-return]


RESOURCES: dict[str, SyncResource] = {
    r.name: r
    for r in (
        # isInactive defaults to false: the active customers, then the inactive ones.
        SyncResource("customers", "customer.search", walks=({"is_inactive": False}, {"is_inactive": True})),
        SyncResource("invoices", "invoice.search", ("invoice_date_from", "invoice_date_to")),
        SyncResource("vouchers", "ledger_voucher.search", ("date_from", "date_to")),
        SyncResource("postings", "ledger_posting.search", ("date_from", "date_to")),
    )
}


def resolve_resources(names: Iterable[str] | None) -> list[SyncResource]:
    """The named resources (all four when None); ValueError names the unknown ones."""
    if names is None:
        return list(RESOURCES.values())
    wanted = [n.strip() for n in names if n.strip()]
    unknown = [n for n in wanted if n not in RESOURCES]
    if unknown:
        raise ConfigurationError(
            f"unknown resource(s) {', '.join(unknown)}; choose from {', '.join(RESOURCES)}"
        )
    return [RESOURCES[n] for n in dict.fromkeys(wanted)]
