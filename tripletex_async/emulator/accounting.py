"""Invoice endpoints (post, payment) and the ledger's opening balance."""

from __future__ import annotations

from datetime import date

from .call import Call
from .creation import Creator
from .errors import param_error, validation
from .handler_support import call_time, employee_id_of, get_or_404, notify_webhooks, project_one
from .record_builder import BANK, RECEIVABLE, Builder, make_voucher, money
from .replies import Reply, value_reply, value_reply_raw
from .resources import SPECS
from .store import Record

# ------------------------------------------------------------------ special endpoints


def invoice_payment(call: Call) -> Reply:
    spec = SPECS["invoice"]
    invoice = get_or_404(call, spec, call.path_int())
    q = call.query
    for name in ("paymentDate", "paymentTypeId", "paidAmount"):
        if not q.get(name):
            raise param_error(name, "Cannot be null.")
    try:
        date.fromisoformat(q["paymentDate"])
        int(q["paymentTypeId"])
        paid = float(q["paidAmount"])
    except ValueError as exc:
        raise param_error("paidAmount", f"Invalid value: {exc}") from exc
    if paid <= 0:
        raise validation(("paidAmount", "The paid amount must be greater than 0."))
    register_payment(call, invoice, paid, q["paymentDate"])
    return value_reply_raw(project_one(call, spec, invoice))


def register_payment(call: Call, invoice: Record, paid: float, when: str) -> None:
    company = call.ctx.company
    outstanding = money(float(invoice.get("amountOutstanding") or 0) - paid)
    for key in (
        "amountOutstanding",
        "amountCurrencyOutstanding",
        "amountOutstandingTotal",
        "amountCurrencyOutstandingTotal",
    ):
        invoice[key] = outstanding
    invoice["sumRemits"] = money(float(invoice.get("sumRemits") or 0) + paid)
    accounts = {a["number"]: a for a in company.coll("account")}
    if BANK in accounts and RECEIVABLE in accounts:
        builder = Builder(call.state.store, call.state.templates, company, call_time(call))
        day = date.fromisoformat(when)
        number = company.next_number(f"voucher:{day.year}", "number", "voucher")
        _voucher, postings = make_voucher(
            builder,
            number=number,
            when=day,
            description=f"Innbetaling faktura {invoice.get('invoiceNumber')}",
            lines=[(accounts[BANK], money(paid)), (accounts[RECEIVABLE], -money(paid))],
            customer=invoice.get("customer"),
        )
        builder.flush()
        invoice["postings"] = [
            *invoice.get("postings", []),
            *(call.state.urls.ref("posting", p["id"]) for p in postings),
        ]
    company.coll("invoice").touch(invoice["id"], now=call_time(call), employee_id=employee_id_of(call))
    notify_webhooks(call, "update", "invoice", invoice)  # webhook hook


def post_invoice(call: Call) -> Reply:
    spec = SPECS["invoice"]
    invoice = Creator(call).create(spec, call.json_object())
    notify_webhooks(call, "create", "invoice", invoice)  # webhook hook (a payment below is an update)
    q = call.query
    if q.get("paidAmount") and q.get("paymentTypeId"):
        try:
            paid = float(q["paidAmount"])
        except ValueError as exc:
            raise param_error("paidAmount", "Must be a number.") from exc
        if paid > 0:
            register_payment(call, invoice, paid, str(invoice["invoiceDate"]))
    return value_reply_raw(project_one(call, spec, invoice), 201)


def opening_balance_get(call: Call) -> Reply:
    """The company's opening-balance voucher; the service answers ``{"value": null}`` when there
    is none, and the emulator's companies never have one."""
    call.ctx  # authenticated like every other route  # noqa: B018
    return value_reply(None)
