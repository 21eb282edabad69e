"""Which properties the service sends when ``fields`` does not ask for others: the default view.

One rule for every schema, stateful core and generic answers alike: all the properties the spec
gives the schema, except

* ``changes``: the service sends it only when ``fields`` names it (no default answer carries it);
* properties whose spec description marks them write only (``hmacSharedSecret``, ``authHeaderValue``
  of an event subscription): accepted on writes, never answered;
* ``NOT_DEFAULT``: properties real answers show the service leaves out, each with its evidence.

A property left out here can still be asked for with ``fields`` (it is in the spec).
"""

from __future__ import annotations

from functools import cache

from .spec_shapes import load_shapes

NOT_DEFAULT: dict[str, frozenset[str]] = {
    # GET /ledger/voucher/{id} on the 2026 sandbox: every Voucher property but displayName (and changes)
    "Voucher": frozenset({"displayName"}),
    # POST /order and POST /order/orderline answers: no displayName
    "Order": frozenset({"displayName"}),
    "OrderLine": frozenset({"displayName"}),
    # "[BETA] Optional. Used to specify ... for prepaid invoices": inputs of POST /invoice, not answered
    "Invoice": frozenset({"paymentTypeId", "paidAmount"}),
    # GET /employee/employment/employmentType: id, version, url and nameNO only
    "EmploymentType": frozenset({"employmentType", "code"}),
}
ASK_ONLY = frozenset({"changes"})


@cache
def default_keys(schema: str) -> tuple[str, ...]:
    """The keys of ``schema``'s default view, in the spec's order."""
    props = load_shapes().properties(schema)
    hidden = NOT_DEFAULT.get(schema, frozenset()) | ASK_ONLY
    return tuple(k for k, p in props.items() if k not in hidden and not p.get("writeOnly"))


def known_keys(schema: str) -> frozenset[str]:
    """Every property ``fields`` may name for ``schema``."""
    return frozenset(load_shapes().properties(schema))
