"""Sessions (create, delete, whoAmI) and the companies a login reaches."""

from __future__ import annotations

from typing import Any

from .call import Call
from .errors import ApiError, not_found
from .listing import (
    SENTENCE_NO_HEADER,
    FieldTree,
    digest_of,
    is_default_projection,
    parse_fields,
    parse_paging,
)
from .projection import core_projector
from .replies import Reply, list_reply, no_content, value_reply
from .store import Record, dumps

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
