"""Creating records of one company with the resource-specific rules (``Creator``), and voucher postings'
checks."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from .call import Call
from .errors import ValidationMessage
from .handler_support import (
    call_time,
    check_required,
    employee_id_of,
    line_amounts,
    normalize,
    raise_if,
    ref_id,
    set_display_name,
)
from .record_builder import RECEIVABLE, REVENUE, Builder, make_voucher, money
from .resources import SPECS, ResourceSpec
from .store import Record


class Creator:
    """Creates records of one company with the resource-specific rules."""

    def __init__(self, call: Call) -> None:
        self.call = call
        self.company = call.ctx.company
        self.now = call_time(call)
        self.emp = employee_id_of(call)
        self.templates = call.state.templates
        self.ids = call.state.store.ids
        self.urls = call.state.urls

    def _insert(self, kind: str, values: dict[str, Any]) -> Record:
        record = self.templates.new(kind, self.ids.next(kind), values)
        set_display_name(kind, record)
        return self.company.coll(kind).add(record, now=self.now, employee_id=self.emp)

    def validate(self, spec: ResourceSpec, body: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
        values, problems = normalize(self.call, spec, body, prefix=prefix)
        problems = check_required(spec, values, prefix=prefix or "null.") + problems
        problems += self._kind_checks(spec, values, prefix)
        raise_if(problems)
        return values

    def _kind_checks(
        self, spec: ResourceSpec, values: dict[str, Any], prefix: str
    ) -> list[ValidationMessage]:
        kind = spec.kind
        out: list[ValidationMessage] = []
        if kind == "voucher":
            out += posting_problems(self.call, values.get("postings"))
        elif kind == "timesheetentry":
            hours = values.get("hours")
            if isinstance(hours, (int, float)) and not 0 <= hours <= 24:
                out.append(
                    ValidationMessage("hours", "Hours must be between 0 and 24.", path=f"{prefix}hours")
                )
        elif kind == "invoice":
            orders = values.get("orders") or []
            for i, o in enumerate(orders):
                oid = ref_id(o)
                if oid is None or self.company.coll("order").get(oid) is None:
                    out.append(ValidationMessage("orders", f"Order not found: {o!r}", path=f"orders[{i}]"))
        elif kind == "order":
            lines = values.get("orderLines") or []
            line_spec = SPECS["orderline"]
            for i, line in enumerate(lines):
                if not isinstance(line, dict):
                    out.append(ValidationMessage("orderLines", "Must be objects.", path=f"orderLines[{i}]"))
                    continue
                _, probs = normalize(self.call, line_spec, line, prefix=f"orderLines[{i}].")
                out += probs
        return out

    def create(self, spec: ResourceSpec, body: Mapping[str, Any], prefix: str = "") -> Record:
        values = self.validate(spec, body, prefix)
        return self.create_validated(spec, values)

    def create_validated(self, spec: ResourceSpec, values: dict[str, Any]) -> Record:
        kind = spec.kind
        company = self.company
        if kind == "customer" and not values.get("customerNumber"):
            values["customerNumber"] = company.next_number("customer", "customerNumber", "customer")
        elif kind == "supplier" and not values.get("supplierNumber"):
            values["supplierNumber"] = company.next_number("supplier", "supplierNumber", "supplier")
        elif kind in ("project", "order") and not values.get("number"):
            values["number"] = str(company.next_number(kind, "number", kind))
        elif kind == "project" and isinstance(values.get("customer"), dict):
            cust = company.coll("customer").get(values["customer"]["id"])
            values["customerName"] = cust.get("name") if cust else ""
        if kind == "order":
            lines = values.pop("orderLines", None) or []
            order = self._insert("order", values)
            line_spec = SPECS["orderline"]
            refs = []
            for line in lines:
                lv, _ = normalize(self.call, line_spec, line)
                lv["order"] = self.urls.ref("order", order["id"])
                line_amounts(lv, company)
                refs.append(self.urls.ref("orderline", self._insert("orderline", lv)["id"]))
            order["orderLines"] = refs
            return order
        if kind == "orderline":
            line_amounts(values, company)
            line = self._insert("orderline", values)
            parent = company.coll("order").get(values["order"]["id"])
            if parent is not None:
                parent["orderLines"] = [*parent.get("orderLines", []), self.urls.ref("orderline", line["id"])]
                company.coll("order").touch(parent["id"], now=self.now, employee_id=self.emp)
            return line
        if kind == "voucher":
            return self._create_voucher(values)
        if kind == "invoice":
            return self._create_invoice(values)
        if kind == "timesheetentry" and "chargeableHours" not in values:
            values["chargeableHours"] = values.get("hours", 0)
        return self._insert(kind, values)

    def _create_voucher(self, values: dict[str, Any]) -> Record:
        company = self.company
        postings_in = values.pop("postings", None) or []
        when = date.fromisoformat(str(values["date"]))
        number = company.next_number(f"voucher:{when.year}", "number", "voucher")
        values.update(
            number=number,
            year=when.year,
            numberAsString=f"{number}-{when.year}",
            tempNumber=0,
        )
        voucher = self._insert("voucher", values)
        refs = self.make_postings(voucher, postings_in)
        voucher["postings"] = refs
        return voucher

    def make_postings(self, voucher: Record, postings: list[dict[str, Any]]) -> list[Record]:
        refs = []
        posting_spec = SPECS["posting"]
        for raw in postings:
            pv, _ = normalize(self.call, posting_spec, raw)
            gross = money(float(raw.get("amountGross", raw.get("amount", 0)) or 0))
            pv["amountGross"] = gross
            pv.setdefault("amount", gross)
            pv.setdefault("amountCurrency", gross)
            pv.setdefault("amountGrossCurrency", gross)
            pv["voucher"] = self.urls.ref("voucher", voucher["id"])
            pv.setdefault("date", voucher["date"])
            pv.setdefault("description", voucher.get("description"))
            refs.append(self.urls.ref("posting", self._insert("posting", pv)["id"]))
        return refs

    def _create_invoice(self, values: dict[str, Any]) -> Record:
        company = self.company
        orders = [company.coll("order").get(ref_id(o) or -1) for o in values.get("orders") or []]
        lines: list[Record] = []
        for order in orders:
            assert order is not None
            for ref in order.get("orderLines") or []:
                line = company.coll("orderline").get(ref["id"])
                if line is not None:
                    lines.append(line)
        ex = money(sum(float(ln.get("amountExcludingVatCurrency") or 0) for ln in lines))
        inc = money(sum(float(ln.get("amountIncludingVatCurrency") or 0) for ln in lines))
        first = orders[0]
        assert first is not None
        customer = values.get("customer") or first.get("customer")
        accounts = {a["number"]: a for a in company.coll("account")}
        builder = Builder(self.call.state.store, self.templates, company, self.now)
        inv_date = date.fromisoformat(str(values["invoiceDate"]))
        number = company.next_number("invoice", "invoiceNumber", "invoice")
        voucher_no = company.next_number(f"voucher:{inv_date.year}", "number", "voucher")
        legs = []
        if RECEIVABLE in accounts and REVENUE in accounts:
            legs = [(accounts[RECEIVABLE], inc), (accounts[REVENUE], -ex)]
            if 2700 in accounts:
                legs.append((accounts[2700], -money(inc - ex)))
        voucher, postings = make_voucher(
            builder,
            number=voucher_no,
            when=inv_date,
            description=f"Faktura {number}",
            lines=legs,
            customer=customer,
        )
        builder.flush()
        values.update(
            invoiceNumber=number,
            customer=customer,
            orders=[self.urls.ref("order", o["id"]) for o in orders if o is not None],
            orderLines=[self.urls.ref("orderline", ln["id"]) for ln in lines],
            voucher=self.urls.ref("voucher", voucher["id"]),
            postings=[self.urls.ref("posting", p["id"]) for p in postings],
            amount=inc,
            amountCurrency=inc,
            amountExcludingVat=ex,
            amountExcludingVatCurrency=ex,
            amountOutstanding=inc,
            amountCurrencyOutstanding=inc,
            amountOutstandingTotal=inc,
            amountCurrencyOutstandingTotal=inc,
            kid=f"{number:08d}",
        )
        invoice = self._insert("invoice", values)
        for order in orders:
            if order is not None:
                order["preliminaryInvoice"] = self.urls.ref("invoice", invoice["id"])
                company.coll("order").touch(order["id"], now=self.now, employee_id=self.emp)
        return invoice


def posting_problems(call: Call, postings: Any) -> list[ValidationMessage]:
    if not postings:
        return [ValidationMessage("postings", "A voucher cannot be registered without postings.")]
    if not isinstance(postings, list):
        return [ValidationMessage("postings", "Must be a list.")]
    out: list[ValidationMessage] = []
    total = 0.0
    accounts = call.ctx.company.coll("account")
    for i, p in enumerate(postings):
        if not isinstance(p, dict):
            out.append(ValidationMessage("postings", "Must be objects.", path=f"postings[{i}]"))
            continue
        row = p.get("row")
        if not isinstance(row, int) or row <= 0:
            out.append(
                ValidationMessage(
                    "postings.row",
                    f"Postings on row {row or 0} (guiRow {row or 0}) is system generated and cannot be "
                    "created or changed outside of Tripletex.",
                )
            )
        acc = ref_id(p.get("account"))
        if acc is None or accounts.get(acc) is None:
            out.append(
                ValidationMessage(
                    "postings.account", "Account is missing or not found.", path=f"postings[{i}].account"
                )
            )
        raw = p.get("amountGross", p.get("amount"))
        if not isinstance(raw, (int, float)) or isinstance(raw, bool):
            out.append(
                ValidationMessage(
                    "postings.amountGross", "Cannot be null.", path=f"postings[{i}].amountGross"
                )
            )
            continue
        total += float(raw)
    if not out and abs(round(total, 2)) >= 0.005:
        out.append(
            ValidationMessage(
                "postings",
                f"The voucher is not balanced: the postings sum to {round(total, 2):.2f}, expected 0.00.",
            )
        )
    return out
