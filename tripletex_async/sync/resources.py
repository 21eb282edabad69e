"""What the sync fetches: one list endpoint per resource, with the query parameters it requires.

The required parameters come from the facade signatures (``invoice.search`` needs
``invoice_date_from``/``invoice_date_to``; ``ledger_voucher.search`` and ``ledger_posting.search``
need ``date_from``/``date_to``); ``*To`` dates are exclusive in Tripletex.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from tripletex_async._runtime import UNSET

from ..errors import ConfigurationError

__all__ = ["DEFAULT_DATE_FROM", "DEFAULT_DATE_TO", "RESOURCES", "SyncResource", "resolve_resources"]

DEFAULT_DATE_FROM = date(2000, 1, 1)
DEFAULT_DATE_TO = date(2100, 1, 1)


@dataclass(frozen=True)
class SyncResource:
    """A resource to sync: its store name, facade operation and date parameters."""

    name: str  # table / file name, e.g. "customers"
    operation: str  # facade operation (`group.name`)
    date_params: tuple[str, str] | None = None  # (from, to) Python parameter names, if required
    # Python parameters whose spec default filters the list and must not be sent (customer.search
    # defaults to isInactive=false, which would leave out inactive customers).
    unset: tuple[str, ...] = ()

    def call_params(self, date_from: date, date_to: date) -> dict[str, Any]:
        """The facade parameters for the walk (``invoice_date_from``...; ``unset`` ones as UNSET)."""
        out: dict[str, Any] = dict.fromkeys(self.unset, UNSET)
        if self.date_params is not None:
            lo, hi = self.date_params
            out.update({lo: date_from.isoformat(), hi: date_to.isoformat()})
        return out

    def bind(self, facade: Any) -> Callable[..., Any]:
        """The facade operation on a client or company view (``view.invoice.search``)."""
        group, _, name = self.operation.rpartition(".")
        return getattr(getattr(facade, group), name)  # type: ignore[no-any-return]


RESOURCES: dict[str, SyncResource] = {
    r.name: r
    for r in (
        SyncResource("customers", "customer.search", unset=("is_inactive",)),
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
