"""What the emulator's stateful handlers share: time and login of a call, collections, projection of
one record, body normalisation and validation, display names, line amounts, the webhook hook."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .call import Call
from .errors import ApiError, ValidationMessage, not_found
from .projection import project
from .record_builder import VAT_RATE, money
from .references import NOT_A_REFERENCE, sent_reference
from .resources import ResourceSpec
from .store import Collection, CompanyData, Record, dumps

READ_ONLY = frozenset({"id", "version", "url", "changes", "displayName"})
# ------------------------------------------------------------------ helpers


def call_time(call: Call) -> datetime:
    return call.state.clock.now()


def employee_id_of(call: Call) -> int | None:
    return call.auth.session.login.employee_id if call.auth else None


def company_collection(call: Call, kind: str) -> Collection:
    return call.ctx.company.coll(kind)


def project_one(call: Call, spec: ResourceSpec, record: Record) -> bytes:
    [projected] = project(
        call.state.builder, call.ctx.company, [record], spec.model, call.query.get("fields")
    )
    if projected is record:  # the default view: the collection's cached JSON
        return company_collection(call, spec.kind).json_of(record)
    return dumps(projected)


def get_or_404(call: Call, spec: ResourceSpec, ident: int) -> Record:
    record = company_collection(call, spec.kind).get(ident)
    if record is None:
        raise not_found(spec.model, ident)
    return record


def ref_id(value: Any) -> int | None:
    raw = value.get("id") if isinstance(value, dict) else value
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.isdigit():
        return int(raw)
    return None


def is_blank(value: Any) -> bool:
    return value is None or value in ("", []) or (isinstance(value, dict) and not value)


def normalize(
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
            ident = ref_id(value)
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


def check_required(
    spec: ResourceSpec, values: Mapping[str, Any], prefix: str = "null."
) -> list[ValidationMessage]:
    return [
        ValidationMessage(f, "Cannot be null.", path=f"{prefix}{f}")
        for f in spec.required
        if is_blank(values.get(f))
    ]


def raise_if(problems: list[ValidationMessage]) -> None:
    """422 for ``problems``: developerMessage "VALIDATION_ERROR" for the service's business rules
    (voucher balance, postings), null when only required fields are missing (as the service does)."""
    if problems:
        only_nulls = all(p.message == "Cannot be null." for p in problems)
        raise ApiError(422, 18000, "Validation failed.", None if only_nulls else "VALIDATION_ERROR", problems)


# --- webhook delivery hook (emulator/webhooks.py; off unless enable_webhooks(app) was called)


def notify_webhooks(
    call: Call, verb: str, kind: str, record: Record, sent: Mapping[str, Any] | None = None
) -> None:
    """``sent``: the request-body object ``record`` was created / updated from (if any)."""
    hooks = call.state.webhooks
    if hooks is not None:
        hooks.notify(call, verb, kind, record, sent)


# ------------------------------------------------------------------ kind hooks


def set_display_name(kind: str, r: Record) -> None:
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


def line_amounts(values: dict[str, Any], company: CompanyData) -> None:
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
