"""Schema-shaped answers in the service's conventions, for operations with no stateful handler.

A record of schema ``X`` (its *default view*, see ``default_view.py``) is built property by property:

* ``id`` is the record's id, ``version`` 0, ``url`` = ``<host>/v2/<resource path>/<id>`` (no scheme);
* a property whose schema is a resource (an object with its own ``id`` and ``url``) is a reference
  ``{"id", "url"}``. References the service always fills (currency, VAT type, account, employee,
  company, customer, supplier, voucher ...: ``ANCHORS``) and the parent a child record lives under
  (a cost's ``travelExpense``) are set on the top-level record, unless they name a later event
  (``approvedBy``, ``reverseVoucher``); every other reference is ``null``, like the service's
  unset links (category, contact, delivery address ...);
* an object without its own ``url`` is embedded in full (``internationalId``, ``autoPaySupport``);
* unset strings are ``""``, numbers 0, booleans false, lists ``[]``, enums their first value;
* ``date`` fields the records always carry (``DATED``) get a plausible date, optional ones
  (end, approval, birth dates ...) are ``null``; ``date-time`` fields a plausible ISO timestamp;
* strings naming the record (name, displayName, description, number) get a readable value.

Everything is deterministic in (schema, id, emulator seed).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Any

from .default_view import default_keys
from .spec_shapes import Prop, Shapes

ANCHORS = frozenset(
    {
        "Currency",
        "VatType",
        "Account",
        "Employee",
        "Company",
        "Municipality",
        "VoucherType",
        "Country",
        "Division",
        "Customer",
        "Supplier",
        "Voucher",
    }
)
# links to a later event of the record (approval, reversal, crediting ...) are null until it happens
_EVENT_LINKS = ("approved", "completed", "reverse", "credited", "rejected", "deleted", "closed")
DATED = frozenset(
    {
        "date",
        "startDate",
        "fromDate",
        "orderDate",
        "invoiceDate",
        "deliveryDate",
        "voucherDate",
        "municipalityDate",
        "periodStart",
        "registeredDate",
        "createdDate",
        "paymentDate",
        "dueDate",
        "invoiceDueDate",
    }
)
Pick = Callable[[str], "int | None"]  # schema -> id of an existing record of it (or None)
_NAMED = frozenset({"name", "displayName", "description", "nameNO", "nameEN"})
_MAX_DEPTH = 3
_EPOCH = dt.date(2025, 1, 1)


def seed_int(*parts: object) -> int:
    """A deterministic positive int of up to 9 digits from ``parts``."""
    digest = hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % 1_000_000_000 + 1


def plausible_date(*parts: object) -> str:
    return (_EPOCH + dt.timedelta(days=seed_int(*parts) % 365)).isoformat()


def plausible_datetime(*parts: object) -> str:
    day = _EPOCH + dt.timedelta(days=seed_int(*parts) % 365)
    minute = seed_int("t", *parts) % (24 * 60)
    return f"{day.isoformat()}T{minute // 60:02d}:{minute % 60:02d}:00.000+01:00"


def _format(key: str, prop: Prop) -> str | None:
    """The spec's string format; ``date`` for date-named strings it leaves unformatted."""
    fmt = prop.get("format")
    if fmt is None and (key.startswith("date") or key.endswith("Date")):
        return "date"
    return fmt if isinstance(fmt, str) else None


class ShapeBuilder:
    """Builds answers of the spec's schemas; ``prefix`` is ``<host>/v2`` as the service writes urls."""

    def __init__(self, shapes: Shapes, prefix: str, seed: int = 1) -> None:
        self.shapes = shapes
        self.prefix = prefix
        self.seed = seed

    def url(self, schema: str, ident: int) -> str:
        return f"{self.prefix}/{self.shapes.resource_path(schema)}/{ident}"

    def ref(self, schema: str, ident: int) -> dict[str, Any]:
        return {"id": ident, "url": self.url(schema, ident)}

    def record(self, schema: str, ident: int, depth: int = 0, pick: Pick | None = None) -> dict[str, Any]:
        """The default view of a ``schema`` record with id ``ident``; ``pick`` gives the id of an
        existing record for a set reference (so it resolves), else a seeded one is used."""
        props = self.shapes.properties(schema)
        return {key: self.value(schema, key, props[key], ident, depth, pick) for key in default_keys(schema)}

    def value(
        self, schema: str, key: str, prop: Prop, ident: int, depth: int, pick: Pick | None = None
    ) -> Any:
        """The value of one property of a ``schema`` record, by the rules in the module doc."""
        if key == "id":
            return ident
        if key == "version":
            return 0
        if key == "url" and prop.get("type") == "string":
            return self.url(schema, ident) if depth == 0 or self.shapes.is_resource(schema) else ""
        if key == "changes":
            return [self.change(schema, ident)]
        target = prop.get("ref")
        if target is not None:
            if self._anchored(schema, target, key, depth):
                found = pick(target) if pick is not None else None
                return self.ref(target, found if found is not None else self.linked_id(target, key, ident))
            return self.blank(schema, key, prop, depth)
        if prop.get("type") == "integer" and key == "number":
            return seed_int(self.seed, schema, key, ident) % 10_000
        if prop.get("type") == "string" and "enum" not in prop:
            fmt = _format(key, prop)
            if fmt == "date" and key in DATED:
                return plausible_date(self.seed, schema, key, ident)
            if fmt == "date-time":
                return plausible_datetime(self.seed, schema, key, ident)
            if fmt is None and key in _NAMED:
                return f"{schema} {ident % 10_000}"
            if fmt is None and key == "number":
                return str(seed_int(self.seed, schema, key, ident) % 10_000)
        return self.blank(schema, key, prop, depth)

    def _anchored(self, schema: str, target: str, key: str, depth: int) -> bool:
        """Set references of a record: anchors, and the parent a child record lives under
        (``travelExpense/cost`` -> its ``travelExpense``, ``order/orderline`` -> its ``order``)."""
        if depth != 0 or key.startswith(_EVENT_LINKS) or not self.shapes.is_resource(target):
            return False
        if target in ANCHORS:
            return True
        parent = self.shapes.resource_path(target) + "/"
        return self.shapes.resource_path(schema).startswith(parent)

    def blank(self, schema: str, key: str, prop: Prop, depth: int = 0) -> Any:
        """The value of an unset property of a record ``depth`` levels down: null reference or date,
        "" string, 0, false, [] list, the first enum value on a record (null inside an embedded
        object, as ``internationalId.intAmeldingType``); an embedded object (no url of its own) in
        full, its fields unset. Strings named like dates (``approvedDate``) are dates even when the
        spec gives no format."""
        target = prop.get("ref")
        if target is not None:
            if self.shapes.is_resource(target) or depth >= _MAX_DEPTH:
                return None
            props = self.shapes.properties(target)
            return {k: self.blank(target, k, props[k], depth + 1) for k in default_keys(target)}
        kind = prop.get("type")
        if kind == "array":
            return []
        if kind == "object":
            return {}
        if kind == "boolean":
            return False
        if kind in ("integer", "number"):
            return 0
        if kind == "string":
            enum = prop.get("enum")
            if enum:
                return enum[0] if depth == 0 else None
            return None if _format(key, prop) in ("date", "date-time") else ""
        return None

    def linked_id(self, target: str, key: str, ident: int) -> int:
        """Ids of anchor references: the company's one currency (1, NOK) and VAT type 3, else seeded."""
        if target == "Currency":
            return 1
        if target == "VatType":
            return 3
        if target == "Country":
            return 161  # Norway
        return seed_int(self.seed, target, key, ident) % 100_000_000 + 1

    def change(self, schema: str, ident: int) -> dict[str, Any]:
        return {
            "employeeId": None,
            "timestamp": plausible_datetime(self.seed, schema, "changes", ident),
            "changeType": "CREATE",
        }

    def example(self, prop: Prop, name: str) -> Any:
        """A whole answer of a non-envelope schema (``list[X]``, a scalar, a bare object)."""
        target = prop.get("ref")
        if target is not None:
            return self.record(target, seed_int(self.seed, name) % 100_000_000 + 1)
        kind = prop.get("type")
        if kind == "array":
            item = prop.get("items") or {}
            return [self.example(item, name)] if item.get("ref") else []
        if kind == "boolean":
            return True
        if kind in ("integer", "number"):
            return 1
        if kind == "string":
            return self.value("", name, prop, 1, 1) or "ok"
        return {}
