"""Shape comparison of emulator answers with the real answers in ../shared/real-responses.

Two JSON values have the same *shape* when they have the same keys at every level, null where the
other is null, the same JSON kinds (object, list, string, number, boolean) and the same string
formats (date, date-time, url without a scheme, url with one, other text). Lists compare their
first elements (how many elements there are is data, not shape).

``replay(emu, case)`` sends a corpus request to an emulator, after seeding what the request needs
(records with the corpus ids, request bodies the corpus did not log). Remaining differences must be
listed with their reason in ``realism_exceptions.toml``; ``python -m scripts.realism_report``
prints the report.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.emulator.emu_support import CONSUMER, EMPLOYEE, Emu
from tripletex_async.emulator.store import Record

REAL = Path(__file__).resolve().parents[3] / "shared" / "real-responses"
EXCEPTIONS = Path(__file__).with_name("realism_exceptions.toml")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_URL = re.compile(r"^[\w.-]+\.[a-z]{2,}(:\d+)?/v2/")
_SCHEME_URL = re.compile(r"^https?://")


def kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        if _DATE.match(value):
            return "string(date)"
        if _DATETIME.match(value):
            return "string(date-time)"
        if _URL.match(value):
            return "string(url)"
        if _SCHEME_URL.match(value):
            return "string(url with scheme)"
        return "string"
    if isinstance(value, list):
        return "list"
    return "object"


def differences(real: Any, ours: Any, at: str = "") -> list[str]:
    """Every shape difference, as ``"<path>: <what>"``."""
    rk, ok = kind(real), kind(ours)
    if rk != ok:
        return [f"{at or '.'}: {rk} vs {ok}"]
    out: list[str] = []
    if isinstance(real, dict):
        for key in real:
            if key not in ours:
                out.append(f"{at}.{key}: missing")
        for key in ours:
            if key not in real:
                out.append(f"{at}.{key}: extra")
        for key in real:
            if key in ours:
                out += differences(real[key], ours[key], f"{at}.{key}")
    elif isinstance(real, list) and real and ours:
        out += differences(real[0], ours[0], f"{at}[]")
    return out


def is_kind_mismatch(diff: str) -> bool:
    """A difference of JSON kind (not null-vs-value, not a missing/extra key, not a string format)."""
    if ": " not in diff or " vs " not in diff or diff.startswith(("status:", "body:")):
        return False
    real, ours = diff.split(": ", 1)[1].split(" vs ")
    return "null" not in (real, ours) and real.split("(")[0] != ours.split("(")[0]


@dataclass
class Case:
    name: str
    method: str
    path: str  # below /v2
    query: dict[str, str]
    status: int
    envelope: str
    body: Any

    @property
    def replayable(self) -> bool:
        return self.method in ("GET", "POST", "PUT", "DELETE")


def load_cases() -> list[Case]:
    out: list[Case] = []
    for file in sorted(REAL.glob("*.json")):
        data = json.loads(file.read_text())
        path = str(data.get("path") or "")
        out.append(
            Case(
                file.name,
                str(data.get("method") or "?"),
                path.removeprefix("/v2"),
                dict(data.get("query") or {}),
                int(data["status"]),
                str(data["envelope"]),
                data["body"],
            )
        )
    return out


@dataclass
class Exceptions:
    """Differences kept on purpose: (file, difference) -> reason."""

    reasons: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path = EXCEPTIONS) -> Exceptions:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        reasons: dict[tuple[str, str], str] = {}
        for entry in data.get("kept", []):
            for diff in entry["differences"]:
                reasons[(entry["file"], diff)] = entry["reason"]
        return cls(reasons)


# ---------------------------------------------------------------- replaying a corpus request


def _add(emu: Emu, kind: str, ident: int, values: Record) -> Record:
    company = emu.state.store.company(emu.state.store.owner_company_id)
    assert company is not None
    record = emu.state.templates.new(kind, ident, values)
    return company.coll(kind).add(record, now=emu.state.clock.now(), employee_id=None)


def _first(emu: Emu, kind: str) -> Record:
    company = emu.state.store.company(emu.state.store.owner_company_id)
    assert company is not None
    return company.coll(kind).ordered()[0]


def _ref_url(emu: Emu, kind: str, record: Record) -> Record:
    return emu.state.urls.ref(kind, int(record["id"]))


def _ref(record: Record) -> dict[str, int]:
    return {"id": int(record["id"])}


def _body(emu: Emu, case: Case) -> Any:
    """The request body of a corpus request (the corpus logs answers, not requests)."""
    target = f"{case.method} {case.path}"
    if target == "POST /event/subscription":
        sub = {"event": "invoice.charged", "targetUrl": "http://example.com"}
        return sub | ({"fields": "id,name,number,isClosed"} if case.name.endswith("_2.json") else {})
    if target == "POST /ledger/voucher":
        return {"date": "2026-03-01", "description": "Bilag", "postings": []}
    if target in ("POST /order/orderline", "POST /order/orderline/list"):
        line = {"order": _ref(_first(emu, "order")), "product": _ref(_first(emu, "product")), "count": 2}
        return [line, line] if target.endswith("/list") else line
    if target == "POST /order":
        return {
            "customer": _ref(_first(emu, "customer")),
            "orderDate": "2022-01-01",
            "deliveryDate": "2022-01-01",
        }
    if target in ("POST /project", "PUT /project/1565024"):
        project = {
            "name": "Test project",
            "projectManager": _ref(_first(emu, "employee")),
            "startDate": "2022-01-01",
        }
        return project | (
            {"mainProject": _ref(_first(emu, "project"))} if case.name.endswith("_2.json") else {}
        )
    entry = {
        "employee": _ref(_first(emu, "employee")),
        "activity": _ref(_first(emu, "activity")),
        "date": "2022-01-31",
        "hours": 2,
    }
    if target == "POST /timesheet/entry":
        return entry
    if target == "POST /timesheet/entry/list":
        return [entry]
    if target == "PUT /timesheet/entry/list":
        return [{"id": _first(emu, "timesheetentry")["id"], "hours": 3}]
    if case.method in ("POST", "PUT"):
        return {}
    return None


def _seed(emu: Emu, case: Case) -> None:
    """Records with the ids the corpus request names."""
    ident = case.path.rsplit("/", 1)[-1]
    if not ident.isdigit():
        return
    n = int(ident)
    if case.path.startswith("/employee/"):
        department = {"department": _ref_url(emu, "department", _first(emu, "department"))}
        _add(
            emu,
            "employee",
            n,
            {"firstName": "Sarah", "lastName": "Taylor", "dateOfBirth": "2000-02-16"} | department,
        )
    elif case.path.startswith("/event/subscription/"):
        _add(emu, "subscription", n, {"event": "invoice.charged", "targetUrl": "http://example.com"})
    elif case.path.startswith("/project/"):
        _add(emu, "project", n, {"name": "Test project", "projectManager": None})
    elif case.path.startswith("/ledger/voucher/"):
        voucher_type = emu.state.urls.ref("voucherType", 9912091)
        _add(
            emu,
            "voucher",
            n,
            {"date": "2026-03-19", "description": "INV-2026-TEST", "voucherType": voucher_type},
        )


def _with_required(case: Case) -> dict[str, str]:
    """The corpus query plus the parameters today's spec requires that a 2022 request predates
    (``GET /timesheet/entry`` without ``dateFrom``/``dateTo``), spanning every date."""
    from tripletex_async_api.operations import OPERATIONS

    query = dict(case.query)
    for op in OPERATIONS:
        if op.method == case.method and _matches(op.path, case.path):
            for param in op.query_params:
                if param.required and param.name not in query:
                    query[param.name] = "2100-01-01" if param.name.endswith("To") else "2000-01-01"
    return query


def _matches(template: str, path: str) -> bool:
    return re.fullmatch(re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(template)), path) is not None


async def replay(emu: Emu, case: Case) -> httpx.Response:
    if case.path == "/token/session/:create":
        query = {"consumerToken": CONSUMER, "employeeToken": EMPLOYEE, "expirationDate": "2099-01-01"}
        return await emu.client.request(case.method, case.path, params=query)
    _seed(emu, case)
    auth = await emu.login()
    body = _body(emu, case)
    kwargs: dict[str, Any] = {"params": _with_required(case), "auth": auth}
    if body is not None:
        kwargs["json"] = body
    return await emu.client.request(case.method, case.path, **kwargs)


def compare(case: Case, response: httpx.Response) -> list[str]:
    """Shape differences of an emulator answer with the corpus answer (status first)."""
    out: list[str] = []
    if response.status_code != case.status:
        out.append(f"status: {case.status} vs {response.status_code}")
    try:
        ours: Any = response.json()
    except ValueError:
        return [*out, f"body: json vs {response.headers.get('content-type')}"]
    if case.envelope == "values-array-only":
        ours = ours.get("values") if isinstance(ours, dict) else ours
    return out + differences(case.body, ours)


@dataclass
class Result:
    case: Case
    differences: list[str]
    skipped: str | None = None  # why the request could not be replayed


async def run_corpus() -> list[Result]:
    """Replay every corpus request on a fresh emulator each; compare the shapes."""
    from tests.emulator.emu_support import emulator

    results: list[Result] = []
    for case in load_cases():
        if not case.replayable:
            results.append(Result(case, [], skipped="the corpus did not record the request"))
            continue
        async with emulator() as emu:
            response = await replay(emu, case)
        results.append(Result(case, compare(case, response)))
    return results


def report(results: list[Result], exceptions: Exceptions) -> tuple[str, list[str]]:
    """The realism report (markdown, one row per corpus answer and reason) and the differences
    no exception explains."""
    same = [r for r in results if not r.skipped and not r.differences]
    compared = [r for r in results if not r.skipped]
    unexplained: list[str] = []
    lines = [
        f"Realism: {len(same)} of {len(compared)} replayed corpus answers have the real shape "
        f"({len(results) - len(compared)} not replayable); kind mismatches: "
        f"{sum(is_kind_mismatch(d) for r in results for d in r.differences)}.",
        "",
        "| corpus answer | differences | why they are kept |",
        "|---|---|---|",
    ]
    for r in results:
        if r.skipped:
            lines.append(f"| `{r.case.name}` | not replayed | {r.skipped} |")
        grouped: dict[str, list[str]] = {}
        for diff in r.differences:
            reason = exceptions.reasons.get((r.case.name, diff))
            if reason is None:
                unexplained.append(f"{r.case.name}: {diff}")
                reason = "**UNEXPLAINED**"
            grouped.setdefault(reason, []).append(diff)
        for reason, diffs in grouped.items():
            shown = ", ".join(f"`{d}`" for d in diffs)
            lines.append(f"| `{r.case.name}` | {shown} | {reason} |")
    return "\n".join(lines), unexplained
