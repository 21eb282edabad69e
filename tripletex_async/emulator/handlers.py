"""Stateful handlers: the routes of the core (sessions, companies, invoices, generic CRUD over every
``ResourceSpec``). The handlers live by domain in ``login``, ``accounting`` and ``crud`` (built on
``creation`` and ``handler_support``)."""

from __future__ import annotations

from collections.abc import Callable

from .accounting import invoice_payment, opening_balance_get, post_invoice
from .call import Call
from .crud import delete_record, get_record, list_records, post_list, post_record, put_list, put_record
from .login import (
    company_get,
    company_with_login_access,
    session_create_post,
    session_create_put,
    session_delete,
    who_am_i,
)
from .replies import Reply
from .resources import SPECS, ResourceSpec
from .routing import Router

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
