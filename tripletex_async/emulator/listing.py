"""List semantics of the real service: filters, `fields` projection, `sorting`, paging, versionDigest."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from .errors import ApiError, param_error
from .resources import SPECS, Filter, ResourceSpec
from .store import CompanyData, Record

FieldTree = dict[str, "FieldTree | None"]

SENTENCE_NO_HEADER = "'If-None-Match' header not specified"
SENTENCE_UNSUPPORTED = "Checksum not yet supported for this endpoint"
# What list endpoints answer in versionDigest without If-None-Match, where it is not the sentence
# above. The spec says nothing about it; these are the answers seen from the service.
DIGEST_WITHOUT_HEADER: dict[str, str | None] = {
    "/employee/employment": None,
    "/ledger/accountingDimensionName/search": None,
    "/company/salesmodules": None,
    "/timesheet/month/byMonthNumber": None,
    "/event/subscription": None,
    "/employee": SENTENCE_UNSUPPORTED,
    "/supplierInvoice": SENTENCE_UNSUPPORTED,
}


def digest_without_header(template: str) -> str | None:
    """The versionDigest of a list answered without If-None-Match (the service's sentence or null)."""
    return DIGEST_WITHOUT_HEADER.get(template, SENTENCE_NO_HEADER)


DEFAULT_COUNT = 1000


# ---------------------------------------------------------------- fields


def parse_fields(text: str | None) -> FieldTree | None:
    """``id,name,customer(id,name),orderLines(*)`` -> nested dict; None/blank -> None (default)."""
    if text is None or not text.strip():
        return None
    tree, pos = _parse_level(text, 0)
    if pos != len(text):
        raise ApiError(400, 11000, f"Illegal field in fields filter: unbalanced parentheses in {text!r}")
    return tree


def _parse_level(text: str, pos: int) -> tuple[FieldTree, int]:
    tree: FieldTree = {}
    name = ""
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch == ",":
            if name.strip():
                tree.setdefault(name.strip(), None)
            name = ""
            pos += 1
        elif ch == "(":
            sub, pos = _parse_level(text, pos + 1)
            if pos >= n or text[pos] != ")":
                raise ApiError(
                    400, 11000, f"Illegal field in fields filter: unbalanced parentheses in {text!r}"
                )
            key = name.strip()
            if not key:
                raise ApiError(400, 11000, f"Illegal field in fields filter: {text!r}")
            prev = tree.get(key)
            tree[key] = _merge(prev, sub)
            name = ""
            pos += 1
        elif ch == ")":
            break
        else:
            name += ch
            pos += 1
    if name.strip():
        tree.setdefault(name.strip(), None)
    return tree, pos


def _merge(a: FieldTree | None, b: FieldTree) -> FieldTree:
    if a is None:
        return b
    out = dict(a)
    for k, v in b.items():
        out[k] = v if k not in out or out[k] is None else (_merge(out[k], v) if v is not None else out[k])
    return out


def is_default_projection(tree: FieldTree | None) -> bool:
    return tree is None or (len(tree) == 1 and "*" in tree and tree["*"] is None)


# ---------------------------------------------------------------- filters


def _ints(name: str, value: str) -> set[int]:
    out: set[int] = set()
    for raw in value.split(","):
        part = raw.strip()
        if not part:
            continue
        if not part.isdigit():
            raise ApiError(
                422,
                12000,
                f"'{value}': The list of IDs must be a comma-separated list of positive integers.",
            )
        out.add(int(part))
    return out


def _bool(value: str) -> bool:
    return value.strip().lower() in {"true", "1", "yes"}


def _parse_changed(value: str) -> datetime:
    text = value.strip().replace(" ", "T")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise param_error("changedSince", f"Invalid date: {value}") from exc
    return parsed


Predicate = Callable[[Record], bool]


def build_predicates(
    spec: ResourceSpec, query: Mapping[str, str], company: CompanyData
) -> tuple[list[Predicate], tuple[tuple[str, str], ...]]:
    preds: list[Predicate] = []
    used: list[tuple[str, str]] = []
    for param in spec.required_params:
        if not query.get(param):
            raise param_error(param, "Cannot be null.")
    for param, flt in spec.filters.items():
        raw = query.get(param)
        if raw is None or raw == "":
            continue
        used.append((param, raw))
        preds.append(_predicate(spec, param, flt, raw, company))
    return preds, tuple(used)


def _predicate(spec: ResourceSpec, param: str, flt: Filter, raw: str, company: CompanyData) -> Predicate:
    field = flt.field
    kind = flt.kind
    if kind == "ids":
        ids = _ints(param, raw)
        return lambda r: r["id"] in ids
    if kind == "intlist":
        nums = _ints(param, raw)
        return lambda r: r.get(field) in nums
    if kind == "ref":
        refs = _ints(param, raw)
        return lambda r: (r.get(field) or {}).get("id") in refs
    if kind == "bool":
        want = _bool(raw)
        return lambda r: bool(r.get(field)) == want
    if kind == "like":
        needle = raw.lower()
        return lambda r: needle in str(r.get(field) or "").lower()
    if kind == "eq":
        return lambda r: str(r.get(field)) == raw
    if kind == "date_from":
        return lambda r: r.get(field) is not None and str(r[field]) >= raw
    if kind == "date_to":
        return lambda r: r.get(field) is not None and str(r[field]) < raw
    if kind in ("ge", "le"):
        try:
            bound = float(raw)
        except ValueError as exc:
            raise param_error(param, "Must be a number.") from exc
        if kind == "ge":
            return lambda r: float(r.get(field) or 0) >= bound
        return lambda r: float(r.get(field) or 0) <= bound
    if kind == "changed":
        since = _parse_changed(raw)
        changed_at = company.coll(spec.kind).changed_at
        if since.tzinfo is None:
            return lambda r: (t := changed_at.get(r["id"])) is not None and t.replace(tzinfo=None) >= since
        return lambda r: (t := changed_at.get(r["id"])) is not None and t >= since
    raise AssertionError(kind)


# ---------------------------------------------------------------- sorting

SortKey = tuple[tuple[str, ...], bool]


def _sorting_items(text: str | None) -> list[tuple[str, tuple[str, ...], bool]]:
    """``name,-customer.name`` -> (item as written, field path, descending) per sort key."""
    if text is None or not text.strip():
        return []
    out: list[tuple[str, tuple[str, ...], bool]] = []
    for raw in text.split(","):
        item = raw.strip()
        if not item:
            continue
        desc = item.startswith("-")
        name = item[1:].strip() if desc else item
        out.append((item, tuple(p.strip() for p in name.split(".")), desc))
    return out


def parse_sorting(spec: ResourceSpec, text: str | None) -> list[SortKey]:
    items = _sorting_items(text)
    if not items:
        return []
    known = spec.known_fields()
    for item, path, _ in items:
        if path[0] not in known or not all(path):
            raise ApiError(
                422, 17000, f"Field specified for use in sorting does not exist: '{item}'", None, []
            )
    return [(path, desc) for _, path, desc in items]


def sort_plain(records: list[Any], text: str | None) -> list[Any]:
    """Sort JSON records by ``sorting`` with no spec: unknown fields are null, dotted paths walk dicts."""
    out = list(records)
    for _, path, desc in reversed(_sorting_items(text)):

        def key(r: Any, path: tuple[str, ...] = path) -> tuple[int, Any]:
            value = r
            for part in path:
                value = value.get(part) if isinstance(value, dict) else None
            return _norm(value)

        out.sort(key=key, reverse=desc)
    return out


def _norm(value: Any) -> tuple[int, Any]:
    if value is None:
        return (0, 0)
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, (int, float)):
        return (1, value)
    if isinstance(value, str):
        return (2, value)
    if isinstance(value, dict):
        return (3, value.get("id") or 0)
    return (4, str(value))


def sort_records(
    records: list[Record], spec: ResourceSpec, keys: list[SortKey], company: CompanyData
) -> list[Record]:
    out = list(records)
    for path, desc in reversed(keys):
        out.sort(key=_key_func(spec, path, company), reverse=desc)
    return out


def _key_func(spec: ResourceSpec, path: tuple[str, ...], company: CompanyData) -> Callable[[Record], Any]:
    head = path[0]
    if len(path) == 1:
        return lambda r: _norm(r.get(head))
    target = spec.refs.get(head)
    rest = path[1:]

    def key(r: Record) -> Any:
        value: Any = r.get(head)
        kind = target
        for part in rest:
            if not isinstance(value, dict):
                value = None
                break
            if kind is not None and part not in value:
                found = company.coll(kind).get(value.get("id", -1))
                value = found if found is not None else value
                next_spec = SPECS.get(kind)
                kind = next_spec.refs.get(part) if next_spec else None
            else:
                kind = None
            value = value.get(part)
        return _norm(value)

    return key


# ---------------------------------------------------------------- paging & digest


def parse_paging(query: Mapping[str, str]) -> tuple[int, int]:
    start_raw = query.get("from", "0") or "0"
    count_raw = query.get("count", str(DEFAULT_COUNT)) or str(DEFAULT_COUNT)
    try:
        start = int(start_raw)
    except ValueError:
        start = -1
    if start < 0:
        raise param_error("from", '"From" must be an integer that is 0 or higher.')
    try:
        count = int(count_raw)
    except ValueError:
        count = -1
    if count < 0:
        raise param_error("count", '"Count" must be an integer that is 0 or higher.')
    return start, count


def digest_of(records: list[Record], salt: str) -> str:
    h = hashlib.blake2b(salt.encode(), digest_size=16)
    h.update(b"|")
    h.update(",".join(f"{r['id']}:{r.get('version', 0)}" for r in records).encode())
    return h.hexdigest()
