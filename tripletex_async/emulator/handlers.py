"""Stateful handlers: generic CRUD over ResourceSpec plus the resource-specific rules."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from .call import Call
from .errors import ApiError, ValidationMessage, not_found, param_error, revision_conflict, validation
from .listing import (
    SENTENCE_NO_HEADER,
    FieldTree,
    build_predicates,
    digest_of,
    digest_without_header,
    is_default_projection,
    parse_fields,
    parse_paging,
    parse_sorting,
    sort_records,
)
from .projection import core_projector, project
from .references import NOT_A_REFERENCE, sent_reference
from .replies import Reply, list_reply, no_content, not_modified, value_reply, value_reply_raw
from .resources import SPECS, ResourceSpec
from .routing import Router
from .seed import BANK, RECEIVABLE, REVENUE, VAT_RATE, Builder, make_voucher, money
from .store import Collection, CompanyData, Record, dumps

READ_ONLY = frozenset({"id", "version", "url", "changes", "displayName"})
# ------------------------------------------------------------------ helpers


def _now(call: Call) -> datetime:
    return call.state.clock.now()


def _employee_id(call: Call) -> int | None:
    return call.auth.session.login.employee_id if call.auth else None


def _coll(call: Call, kind: str) -> Collection:
    return call.ctx.company.coll(kind)


def _project_one(call: Call, spec: ResourceSpec, record: Record) -> bytes:
    [projected] = project(
        call.state.builder, call.ctx.company, [record], spec.model, call.query.get("fields")
    )
    if projected is record:  # the default view: the collection's cached JSON
        return _coll(call, spec.kind).json_of(record)
    return dumps(projected)


def _get_or_404(call: Call, spec: ResourceSpec, ident: int) -> Record:
    record = _coll(call, spec.kind).get(ident)
    if record is None:
        raise not_found(spec.model, ident)
    return record


def _ref_id(value: Any) -> int | None:
    raw = value.get("id") if isinstance(value, dict) else value
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.isdigit():
        return int(raw)
    return None


def _is_blank(value: Any) -> bool:
    return value is None or value in ("", []) or (isinstance(value, dict) and not value)


def _normalize(
    call: Call, spec: ResourceSpec, body: Mapping[str, Any], *, prefix: str = ""
) -> tuple[dict[str, Any], list[ValidationMessage]]:
    """Body -> stored values: refs become {id,url} of an existing record; unknown fields are ignored."""
    known = spec.known_fields()
    company = call.ctx.company
    urls = call.state.urls
    builder = call.state.builder
    props = builder.shapes.properties(spec.model)
    out: dict[str, Any] = {}
    problems: list[ValidationMessage] = []
    for key, value in body.items():
        if key in READ_ONLY or key not in known:
            continue
        target = spec.refs.get(key)
        list_target = spec.ref_lists.get(key)
        if target is not None:
            if value is None:
                out[key] = None
                continue
            ident = _ref_id(value)
            if ident is None or company.coll(target).get(ident) is None:
                problems.append(
                    ValidationMessage(key, f"Object not found: {target} {value!r}", path=f"{prefix}{key}")
                )
                continue
            out[key] = urls.ref(target, ident)
        elif list_target is not None:
            if not isinstance(value, list):
                problems.append(ValidationMessage(key, "Must be a list.", path=f"{prefix}{key}"))
                continue
            out[key] = value  # resolved by kind hooks (embedded objects or refs)
        else:  # other references (currency, vatType, addresses ...) answered as {id, url}
            prop = props.get(key, {})
            rendered = sent_reference(builder, prop, value)
            out[key] = value if rendered is NOT_A_REFERENCE else rendered
    return out, problems


def _check_required(
    spec: ResourceSpec, values: Mapping[str, Any], prefix: str = "null."
) -> list[ValidationMessage]:
    return [
        ValidationMessage(f, "Cannot be null.", path=f"{prefix}{f}")
        for f in spec.required
        if _is_blank(values.get(f))
    ]


def _raise_if(problems: list[ValidationMessage]) -> None:
    """422 for ``problems``: developerMessage "VALIDATION_ERROR" for the service's business rules
    (voucher balance, postings), null when only required fields are missing (as the service does)."""
    if problems:
        only_nulls = all(p.message == "Cannot be null." for p in problems)
        raise ApiError(422, 18000, "Validation failed.", None if only_nulls else "VALIDATION_ERROR", problems)


# --- webhook delivery hook (emulator/webhooks.py; off unless enable_webhooks(app) was called)


def _notify_webhooks(
    call: Call, verb: str, kind: str, record: Record, sent: Mapping[str, Any] | None = None
) -> None:
    """``sent``: the request-body object ``record`` was created / updated from (if any)."""
    hooks = call.state.webhooks
    if hooks is not None:
        hooks.notify(call, verb, kind, record, sent)


# ------------------------------------------------------------------ kind hooks


def _display(kind: str, r: Record) -> None:
    if kind in ("customer", "supplier"):
        num = r.get("customerNumber") if kind == "customer" else r.get("supplierNumber")
        r["displayName"] = f"{r.get('name') or ''} ({num})" if num else (r.get("name") or "")
    elif kind == "employee":
        r["displayName"] = f"{r.get('firstName') or ''} {r.get('lastName') or ''}".strip()
    elif kind in ("project", "product", "department"):
        num = r.get("number") if kind != "department" else r.get("departmentNumber")
        r["displayName"] = f"{num} {r.get('name') or ''}".strip() if num else (r.get("name") or "")
    elif kind in {"activity", "account"}:
        r["displayName"] = (
            f"{r.get('number')} {r.get('name')}" if kind == "account" else (r.get("name") or "")
        )


def _line_amounts(values: dict[str, Any], company: CompanyData) -> None:
    count = float(values.get("count") or 0)
    unit = values.get("unitPriceExcludingVatCurrency")
    if (unit is None or unit == 0) and isinstance(values.get("product"), dict):
        prod = company.coll("product").get(values["product"]["id"])
        if prod is not None:
            unit = prod.get("priceExcludingVatCurrency") or 0
            if not values.get("description"):
                values["description"] = prod.get("name")
    unit = float(unit or 0)
    discount = float(values.get("discount") or 0)
    ex = money(count * unit * (1 - discount / 100))
    values["unitPriceExcludingVatCurrency"] = unit
    values["unitPriceIncludingVatCurrency"] = money(unit * (1 + VAT_RATE))
    values["amountExcludingVatCurrency"] = ex
    values["amountIncludingVatCurrency"] = money(ex * (1 + VAT_RATE))


class Creator:
    """Creates records of one company with the resource-specific rules."""

    def __init__(self, call: Call) -> None:
        self.call = call
        self.company = call.ctx.company
        self.now = _now(call)
        self.emp = _employee_id(call)
        self.templates = call.state.templates
        self.ids = call.state.store.ids
        self.urls = call.state.urls

    def _insert(self, kind: str, values: dict[str, Any]) -> Record:
        record = self.templates.new(kind, self.ids.next(kind), values)
        _display(kind, record)
        return self.company.coll(kind).add(record, now=self.now, employee_id=self.emp)

    def validate(self, spec: ResourceSpec, body: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
        values, problems = _normalize(self.call, spec, body, prefix=prefix)
        problems = _check_required(spec, values, prefix=prefix or "null.") + problems
        problems += self._kind_checks(spec, values, prefix)
        _raise_if(problems)
        return values

    def _kind_checks(
        self, spec: ResourceSpec, values: dict[str, Any], prefix: str
    ) -> list[ValidationMessage]:
        kind = spec.kind
        out: list[ValidationMessage] = []
        if kind == "voucher":
            out += _posting_problems(self.call, values.get("postings"))
        elif kind == "timesheetentry":
            hours = values.get("hours")
            if isinstance(hours, (int, float)) and not 0 <= hours <= 24:
                out.append(
                    ValidationMessage("hours", "Hours must be between 0 and 24.", path=f"{prefix}hours")
                )
        elif kind == "invoice":
            orders = values.get("orders") or []
            for i, o in enumerate(orders):
                oid = _ref_id(o)
                if oid is None or self.company.coll("order").get(oid) is None:
                    out.append(ValidationMessage("orders", f"Order not found: {o!r}", path=f"orders[{i}]"))
        elif kind == "order":
            lines = values.get("orderLines") or []
            line_spec = SPECS["orderline"]
            for i, line in enumerate(lines):
                if not isinstance(line, dict):
                    out.append(ValidationMessage("orderLines", "Must be objects.", path=f"orderLines[{i}]"))
                    continue
                _, probs = _normalize(self.call, line_spec, line, prefix=f"orderLines[{i}].")
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
                lv, _ = _normalize(self.call, line_spec, line)
                lv["order"] = self.urls.ref("order", order["id"])
                _line_amounts(lv, company)
                refs.append(self.urls.ref("orderline", self._insert("orderline", lv)["id"]))
            order["orderLines"] = refs
            return order
        if kind == "orderline":
            _line_amounts(values, company)
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
            pv, _ = _normalize(self.call, posting_spec, raw)
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
        orders = [company.coll("order").get(_ref_id(o) or -1) for o in values.get("orders") or []]
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


def _posting_problems(call: Call, postings: Any) -> list[ValidationMessage]:
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
        acc = _ref_id(p.get("account"))
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


# ------------------------------------------------------------------ generic CRUD


def list_records(call: Call, spec: ResourceSpec) -> Reply:
    company = call.ctx.company
    coll = company.coll(spec.kind)
    query = call.query
    start, count = parse_paging(query)
    preds, used = build_predicates(spec, query, company)
    sort_keys = parse_sorting(spec, query.get("sorting"))
    tree = parse_fields(query.get("fields"))
    if call.churn and start > 0:
        _churn(call, coll)

    def build() -> list[Record]:
        rows = coll.ordered()
        if preds:
            rows = [r for r in rows if all(p(r) for p in preds)]
        if sort_keys:
            rows = sort_records(rows, spec, sort_keys, company)
        return rows

    dotted = any(len(path) > 1 for path, _ in sort_keys)
    key = ("rows", used, query.get("sorting") or "")
    rows: list[Record] = build() if dotted else coll.view(key, build)
    page = rows[start : start + count]
    realism = call.state.config.realism

    digest: str | None
    inm = call.headers.get("if-none-match")
    if inm is not None:
        inm = inm.strip().strip('"')
    salt = f"{query.get('fields') or ''}|{query.get('sorting') or ''}|{used}"

    def real_digest() -> str:
        return (
            str(coll.view(("digest", salt), lambda: digest_of(rows, salt)))
            if not dotted
            else digest_of(rows, salt)
        )

    fixed = digest_without_header(f"/{spec.path}")
    if realism.digest_sentences and fixed != SENTENCE_NO_HEADER:  # no checksum on this endpoint
        digest = fixed
    elif realism.digest_sentences and inm is None:
        digest = SENTENCE_NO_HEADER
    else:
        digest = real_digest()
        if inm is not None and inm == digest:
            return not_modified()

    if is_default_projection(tree):
        values = [coll.json_of(r) for r in page]
    else:
        assert tree is not None
        projector = core_projector(call.state.builder, company)
        values = [dumps(projector.project(spec.model, r, tree)) for r in page]
    full = 0 if realism.inexact_full_result_size and spec.inexact_size else len(rows)
    extra: dict[str, object] | None = None
    if spec.kind == "timesheetentry":
        extra = {"sumAllHours": round(sum(float(r.get("hours") or 0) for r in rows), 2)}
    elif spec.kind == "voucher":
        extra = {"totalNumberOfPostings": sum(len(r.get("postings") or []) for r in rows)}
    return list_reply(values, full_result_size=full, start=start, digest=digest, extra=extra)


def _churn(call: Call, coll: Collection) -> None:
    """Data changing under a paging client: delete one record or clone one as a new record."""
    rng = call.state.rng
    rows = coll.ordered()
    if not rows:
        return
    victim = rows[rng.randrange(len(rows))]
    call.state.counters.churn_events += 1
    if rng.random() < 0.5:
        coll.delete(victim["id"])
    else:
        ident = call.state.store.ids.next(coll.kind)
        clone = dict(victim, id=ident, version=0, url=call.state.urls.url(coll.kind, ident))
        coll.add(clone, now=_now(call), employee_id=None)


def get_record(call: Call, spec: ResourceSpec) -> Reply:
    record = _get_or_404(call, spec, call.path_int())
    return value_reply_raw(_project_one(call, spec, record))


def post_record(call: Call, spec: ResourceSpec) -> Reply:
    body = call.json_object()
    record = Creator(call).create(spec, body)
    _notify_webhooks(call, "create", spec.kind, record, body)  # webhook hook
    return value_reply_raw(_project_one(call, spec, record), 201)


def post_list(call: Call, spec: ResourceSpec) -> Reply:
    items = call.json_list()
    creator = Creator(call)
    validated = [creator.validate(spec, item, prefix=f"[{i}].") for i, item in enumerate(items)]
    created = [creator.create_validated(spec, v) for v in validated]
    for item, record in zip(items, created, strict=True):  # webhook hook
        _notify_webhooks(call, "create", spec.kind, record, item)
    return _list_of(call, spec, created, 201)


def _list_of(call: Call, spec: ResourceSpec, records: list[Record], status: int) -> Reply:
    values = [_project_one(call, spec, r) for r in records]
    inexact = call.state.config.realism.inexact_full_result_size
    return list_reply(
        values, full_result_size=0 if inexact else len(values), start=0, digest=None, status=status
    )


def _apply_update(
    call: Call, spec: ResourceSpec, ident: int, body: Mapping[str, Any], prefix: str = ""
) -> Record:
    coll = _coll(call, spec.kind)
    record = coll.get(ident)
    if record is None:
        raise not_found(spec.model, ident)
    sent = body.get("version")
    if sent is not None and sent != record.get("version"):
        raise revision_conflict(spec.model, ident, sent, int(record.get("version") or 0))
    values, problems = _normalize(call, spec, body, prefix=prefix)
    for f in spec.required:
        if f in values and _is_blank(values[f]):
            problems.append(ValidationMessage(f, "Cannot be null.", path=f"{prefix or 'null.'}{f}"))
    if spec.kind == "voucher" and "postings" in values:
        problems += _posting_problems(call, values["postings"])
    _raise_if(problems)
    return _commit_update(call, spec, record, values, body)


def _commit_update(
    call: Call, spec: ResourceSpec, record: Record, values: dict[str, Any], body: Mapping[str, Any]
) -> Record:
    kind = spec.kind
    coll = _coll(call, kind)
    if kind == "order":
        values.pop("orderLines", None)
    if kind == "voucher" and "postings" in values:
        postings = values.pop("postings")
        for ref in record.get("postings") or []:
            call.ctx.company.coll("posting").delete(ref["id"])
        record["postings"] = Creator(call).make_postings(record, postings)
    if kind == "invoice":
        values = {k: v for k, v in values.items() if k in ("comment", "invoiceComment")}
    keys = call.state.templates.keys(kind)
    record.update((k, v) for k, v in values.items() if k in keys)  # keys of the default view only
    if kind == "orderline":
        _line_amounts(record, call.ctx.company)
    _display(kind, record)
    touched = coll.touch(record["id"], now=_now(call), employee_id=_employee_id(call))
    _notify_webhooks(call, "update", kind, touched, body)  # webhook hook
    return touched


def put_record(call: Call, spec: ResourceSpec) -> Reply:
    record = _apply_update(call, spec, call.path_int(), call.json_object())
    return value_reply_raw(_project_one(call, spec, record))


def put_list(call: Call, spec: ResourceSpec) -> Reply:
    items = call.json_list()
    coll = _coll(call, spec.kind)
    for item in items:  # all-or-nothing checks first
        ident = _ref_id(item)
        if ident is None or coll.get(ident) is None:
            raise not_found(spec.model, item.get("id"))
        current = coll.get(ident)
        assert current is not None
        if item.get("version") is not None and item["version"] != current.get("version"):
            raise revision_conflict(spec.model, ident, item["version"], int(current.get("version") or 0))
    updated = [
        _apply_update(call, spec, int(item["id"]), item, prefix=f"[{i}].") for i, item in enumerate(items)
    ]
    return _list_of(call, spec, updated, 200)


def delete_record(call: Call, spec: ResourceSpec) -> Reply:
    ident = call.path_int()
    company = call.ctx.company
    record = _get_or_404(call, spec, ident)
    version = call.query.get("version")
    if version is not None and version.isdigit() and int(version) != record.get("version"):
        raise revision_conflict(spec.model, ident, int(version), int(record.get("version") or 0))
    if spec.kind == "order":
        for ref in record.get("orderLines") or []:
            company.coll("orderline").delete(ref["id"])
    elif spec.kind == "voucher":
        for ref in record.get("postings") or []:
            company.coll("posting").delete(ref["id"])
    elif spec.kind == "orderline" and isinstance(record.get("order"), dict):
        order = company.coll("order").get(record["order"]["id"])
        if order is not None:
            order["orderLines"] = [r for r in order.get("orderLines") or [] if r["id"] != ident]
            company.coll("order").touch(order["id"], now=_now(call), employee_id=_employee_id(call))
    _coll(call, spec.kind).delete(ident)
    _notify_webhooks(call, "delete", spec.kind, record)  # webhook hook
    return no_content()


# ------------------------------------------------------------------ special endpoints


def invoice_payment(call: Call) -> Reply:
    spec = SPECS["invoice"]
    invoice = _get_or_404(call, spec, call.path_int())
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
    return value_reply_raw(_project_one(call, spec, invoice))


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
        builder = Builder(call.state.store, call.state.templates, company, _now(call))
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
    company.coll("invoice").touch(invoice["id"], now=_now(call), employee_id=_employee_id(call))
    _notify_webhooks(call, "update", "invoice", invoice)  # webhook hook


def post_invoice(call: Call) -> Reply:
    spec = SPECS["invoice"]
    invoice = Creator(call).create(spec, call.json_object())
    _notify_webhooks(call, "create", "invoice", invoice)  # webhook hook (a payment below is an update)
    q = call.query
    if q.get("paidAmount") and q.get("paymentTypeId"):
        try:
            paid = float(q["paidAmount"])
        except ValueError as exc:
            raise param_error("paidAmount", "Must be a number.") from exc
        if paid > 0:
            register_payment(call, invoice, paid, str(invoice["invoiceDate"]))
    return value_reply_raw(_project_one(call, spec, invoice), 201)


# ------------------------------------------------------------------ sessions & companies


def _session_value(call: Call, session: Any) -> dict[str, Any]:
    urls = call.state.urls
    return {
        "id": session.id,
        "version": 1,
        "url": urls.url("sessionToken", session.id),
        "consumerToken": urls.ref("consumerToken", session.consumer_token_id),
        "employeeToken": urls.ref("employeeToken", session.employee_token_id),
        "expirationDate": session.expiration_date.isoformat(),
        "token": session.token,
        "encryptionKey": None,
    }


def session_create_post(call: Call) -> Reply:
    body = call.json()
    if not isinstance(body, dict):
        body = {}
    session = call.state.auth.create_session(
        _str_or_none(body.get("consumerToken")),
        _str_or_none(body.get("employeeToken")),
        _str_or_none(body.get("expirationDate")),
    )
    return value_reply(_session_value(call, session), 201)


def session_create_put(call: Call) -> Reply:
    q = call.query
    session = call.state.auth.create_session(
        q.get("consumerToken"), q.get("employeeToken"), q.get("expirationDate")
    )
    return value_reply(_session_value(call, session), 200)


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def session_delete(call: Call) -> Reply:
    token = call.params["token"]
    if not call.state.auth.revoke(token):
        raise not_found("SessionToken", token)
    return no_content()


_WHO_AM_I = "LoggedInUserInfoDTO"


def who_am_i(call: Call) -> Reply:
    ctx = call.ctx
    login = ctx.session.login
    urls = call.state.urls
    value: Record = {
        "employeeId": login.employee_id,
        "actualEmployeeId": login.employee_id,
        "employee": urls.ref("employee", login.employee_id),
        "companyId": ctx.company.company_id,
        "company": urls.ref("company", ctx.company.company_id),
        "language": "no",
        "loggedInWithConnect": False,
        "employeeIsProxy": False,
    }
    tree = parse_fields(call.query.get("fields"))
    if tree is None:
        return value_reply(value)
    owner = call.state.store.company(login.company_id)
    if tree.get("company") is not None:
        value["company"] = ctx.company.record
    if tree.get("employee") is not None and owner is not None:
        value["employee"] = owner.coll("employee").get(login.employee_id) or value["employee"]
    return value_reply(core_projector(call.state.builder, ctx.company).project(_WHO_AM_I, value, tree))


def _plain_list(call: Call, items: list[Record]) -> Reply:
    start, count = parse_paging(call.query)
    tree = parse_fields(call.query.get("fields"))
    sorting = call.query.get("sorting")
    if sorting:
        for raw in reversed([s.strip() for s in sorting.split(",") if s.strip()]):
            desc = raw.startswith("-")
            name = raw.lstrip("-")
            items = sorted(items, key=lambda r, n=name: str(r.get(n) or ""), reverse=desc)  # type: ignore[misc]
    page = items[start : start + count]
    projector = core_projector(call.state.builder, call.ctx.company)
    values = [
        dumps(r if is_default_projection(tree) else projector.project("Company", r, _tree(tree)))
        for r in page
    ]
    realism = call.state.config.realism
    digest: str | None = SENTENCE_NO_HEADER if realism.digest_sentences else digest_of(items, "plain")
    return list_reply(values, full_result_size=len(items), start=start, digest=digest)


def _tree(tree: FieldTree | None) -> FieldTree:
    assert tree is not None
    return tree


def company_with_login_access(call: Call) -> Reply:
    store = call.state.store
    login = call.ctx.session.login
    items: list[Record] = []
    for cid in login.client_company_ids:
        company = store.company(cid)
        if company is not None:
            items.append({**company.record, "customerCompanyId": company.customer_company_id})
    return _plain_list(call, items)


def company_get(call: Call) -> Reply:
    ident = call.path_int()
    login = call.ctx.session.login
    company = call.state.store.company(ident)
    if company is None:
        raise not_found("Company", ident)
    if ident != login.company_id and ident not in login.client_company_ids:
        raise ApiError(403, 9000, "You do not have permission to access this feature.")
    tree = parse_fields(call.query.get("fields"))
    rec = company.record
    return value_reply(
        rec
        if is_default_projection(tree)
        else core_projector(call.state.builder, company).project("Company", rec, _tree(tree))
    )


def opening_balance_get(call: Call) -> Reply:
    """The company's opening-balance voucher; the service answers ``{"value": null}`` when there
    is none, and the emulator's companies never have one."""
    call.ctx  # authenticated like every other route  # noqa: B018
    return value_reply(None)


# ------------------------------------------------------------------ registration

_GENERIC: dict[str, tuple[str, str, Callable[[Call, ResourceSpec], Reply]]] = {
    "list": ("GET", "", list_records),
    "get": ("GET", "/{id}", get_record),
    "post": ("POST", "", post_record),
    "put": ("PUT", "/{id}", put_record),
    "delete": ("DELETE", "/{id}", delete_record),
    "post_list": ("POST", "/list", post_list),
    "put_list": ("PUT", "/list", put_list),
}


def _bind(fn: Callable[[Call, ResourceSpec], Reply], spec: ResourceSpec) -> Callable[[Call], Reply]:
    def handler(call: Call) -> Reply:
        return fn(call, spec)

    handler.__name__ = f"{fn.__name__}[{spec.kind}]"
    return handler


def register_core(router: Router) -> None:
    router.add("POST", "/token/session/:create", session_create_post, auth=False, name="TokenSession_create")
    router.add("PUT", "/token/session/:create", session_create_put, auth=False, name="TokenSession_createPut")
    router.add("DELETE", "/token/session/{token}", session_delete, name="TokenSession_delete")
    router.add("GET", "/token/session/>whoAmI", who_am_i, name="TokenSession_whoAmI")
    router.add(
        "GET", "/company/>withLoginAccess", company_with_login_access, name="Company_getWithLoginAccess"
    )
    router.add("GET", "/company/{id}", company_get, name="Company_get")
    router.add("PUT", "/invoice/{id}/:payment", invoice_payment, name="Invoice_payment")
    router.add("POST", "/invoice", post_invoice, name="Invoice_post")
    router.add("GET", "/ledger/voucher/openingBalance", opening_balance_get, name="Voucher_getOpeningBalance")
    for spec in SPECS.values():
        for op, (method, suffix, fn) in _GENERIC.items():
            if op not in spec.ops:
                continue
            if spec.kind == "invoice" and op == "post":
                continue
            router.add(method, f"/{spec.path}{suffix}", _bind(fn, spec), name=f"{spec.model}_{op}")
