"""Generic CRUD over a ``ResourceSpec``: list (filters, sorting, paging, digests), get, post, put, delete."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .call import Call
from .creation import Creator, posting_problems
from .errors import ValidationMessage, not_found, revision_conflict
from .handler_support import (
    call_time,
    company_collection,
    employee_id_of,
    get_or_404,
    is_blank,
    line_amounts,
    normalize,
    notify_webhooks,
    project_one,
    raise_if,
    ref_id,
    set_display_name,
)
from .listing import (
    SENTENCE_NO_HEADER,
    build_predicates,
    digest_of,
    digest_without_header,
    is_default_projection,
    parse_fields,
    parse_paging,
    parse_sorting,
    sort_records,
)
from .projection import core_projector
from .replies import Reply, list_reply, no_content, not_modified, value_reply_raw
from .resources import ResourceSpec
from .store import Collection, Record, dumps

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
        coll.add(clone, now=call_time(call), employee_id=None)
        call.state.counters.churn_created.setdefault(coll.kind, set()).add(
            (call.ctx.company.company_id, ident)
        )


def get_record(call: Call, spec: ResourceSpec) -> Reply:
    record = get_or_404(call, spec, call.path_int())
    return value_reply_raw(project_one(call, spec, record))


def post_record(call: Call, spec: ResourceSpec) -> Reply:
    body = call.json_object()
    record = Creator(call).create(spec, body)
    notify_webhooks(call, "create", spec.kind, record, body)  # webhook hook
    return value_reply_raw(project_one(call, spec, record), 201)


def post_list(call: Call, spec: ResourceSpec) -> Reply:
    items = call.json_list()
    creator = Creator(call)
    validated = [creator.validate(spec, item, prefix=f"[{i}].") for i, item in enumerate(items)]
    created = [creator.create_validated(spec, v) for v in validated]
    for item, record in zip(items, created, strict=True):  # webhook hook
        notify_webhooks(call, "create", spec.kind, record, item)
    return _list_of(call, spec, created, 201)


def _list_of(call: Call, spec: ResourceSpec, records: list[Record], status: int) -> Reply:
    values = [project_one(call, spec, r) for r in records]
    inexact = call.state.config.realism.inexact_full_result_size
    return list_reply(
        values, full_result_size=0 if inexact else len(values), start=0, digest=None, status=status
    )


def _apply_update(
    call: Call, spec: ResourceSpec, ident: int, body: Mapping[str, Any], prefix: str = ""
) -> Record:
    coll = company_collection(call, spec.kind)
    record = coll.get(ident)
    if record is None:
        raise not_found(spec.model, ident)
    sent = body.get("version")
    if sent is not None and sent != record.get("version"):
        raise revision_conflict(spec.model, ident, sent, int(record.get("version") or 0))
    values, problems = normalize(call, spec, body, prefix=prefix)
    for f in spec.required:
        if f in values and is_blank(values[f]):
            problems.append(ValidationMessage(f, "Cannot be null.", path=f"{prefix or 'null.'}{f}"))
    if spec.kind == "voucher" and "postings" in values:
        problems += posting_problems(call, values["postings"])
    raise_if(problems)
    return _commit_update(call, spec, record, values, body)


def _commit_update(
    call: Call, spec: ResourceSpec, record: Record, values: dict[str, Any], body: Mapping[str, Any]
) -> Record:
    kind = spec.kind
    coll = company_collection(call, kind)
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
        line_amounts(record, call.ctx.company)
    set_display_name(kind, record)
    touched = coll.touch(record["id"], now=call_time(call), employee_id=employee_id_of(call))
    notify_webhooks(call, "update", kind, touched, body)  # webhook hook
    return touched


def put_record(call: Call, spec: ResourceSpec) -> Reply:
    record = _apply_update(call, spec, call.path_int(), call.json_object())
    return value_reply_raw(project_one(call, spec, record))


def put_list(call: Call, spec: ResourceSpec) -> Reply:
    items = call.json_list()
    coll = company_collection(call, spec.kind)
    for item in items:  # all-or-nothing checks first
        ident = ref_id(item)
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
    record = get_or_404(call, spec, ident)
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
            company.coll("order").touch(order["id"], now=call_time(call), employee_id=employee_id_of(call))
    company_collection(call, spec.kind).delete(ident)
    notify_webhooks(call, "delete", spec.kind, record)  # webhook hook
    return no_content()
