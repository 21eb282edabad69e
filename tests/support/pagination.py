"""Pagination test helpers: a fake list endpoint (FakeList), customer records, a client factory, a
Ticker that counts how often the event loop lets it run."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import respx

from tripletex_async import ClientConfig, RetryPolicy, TripletexClient

BASE = "https://tripletex.no/v2"
SENTENCE_NO_HEADER = "'If-None-Match' header not specified"
SENTENCE_UNSUPPORTED = "Checksum not yet supported for this endpoint"


def customer(i: int) -> dict[str, Any]:
    return {
        "id": i,
        "version": 1,
        "url": f"tripletex.no/v2/customer/{i}",
        "name": f"Customer {i}",
        "email": f"c{i}@example.no",
        "isCustomer": True,
        "customerNumber": 10000 + i,
        "postalAddress": {"id": 5000 + i, "addressLine1": "Gate 1", "postalCode": "0150", "city": "Oslo"},
    }


def customers(n: int, *, step: int = 1, first: int = 1) -> list[dict[str, Any]]:
    return [customer(first + k * step) for k in range(n)]


def ids(items: list[Any]) -> list[int]:
    """Ids of typed items or raw dicts, in order."""
    return [item["id"] if isinstance(item, dict) else item.id for item in items]


#: (records, page size, page requests a walk needs): the page boundaries every walk must get right
BOUNDARIES = [
    (30, 10, 4),  # exact multiple: the 4th (empty) page ends the walk
    (25, 10, 3),  # short last page
    (0, 10, 1),  # empty first page
    (9, 10, 1),  # a single short page
    (10, 10, 2),
    (75, 10, 8),  # longer than the window (4)
]


class FakeList:
    """An async respx side effect serving ``records`` with from/count, fields and If-None-Match.

    ``full_result_size``: "exact", an int, or a callable(records) -> int | None (None = key absent).
    ``digest``: "real" (hash of ids/versions when If-None-Match is sent, else the sentence),
    "sentence", "unsupported" or "null". ``delay``: seconds, or callable(start) -> seconds.
    ``hook(fake, start)`` runs before each answer (to change records mid-walk).
    """

    def __init__(
        self,
        records: list[dict[str, Any]],
        *,
        full_result_size: Any = "exact",
        digest: str = "real",
        delay: float | Callable[[int], float] = 0.0,
        hook: Callable[[FakeList, int], None] | None = None,
        errors: dict[int, int] | None = None,
    ) -> None:
        self.records = records
        self.full_result_size = full_result_size
        self.digest = digest
        self.delay = delay
        self.hook = hook
        self.errors = errors or {}
        self.requests: list[httpx.Request] = []
        self.starts: list[int] = []
        self.active = 0
        self.max_active = 0
        self.cancelled = 0
        self.completed = 0

    def current_digest(self, salt: str) -> str:
        text = salt + "|" + ",".join(f"{r['id']}:{r.get('version', 0)}" for r in self.records)
        return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        start = int(params.get("from", "0"))
        count = int(params.get("count", "1000"))
        self.requests.append(request)
        self.starts.append(start)
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        try:
            delay = self.delay(start) if callable(self.delay) else self.delay
            await anyio.sleep(delay)
        except anyio.get_cancelled_exc_class():
            self.cancelled += 1
            raise
        finally:
            self.active -= 1
        if self.hook is not None:
            self.hook(self, start)
        self.completed += 1
        if start in self.errors:
            status = self.errors[start]
            return httpx.Response(status, json={"status": status, "code": 6000, "message": "nope"})
        rows = list(self.records)
        if params.get("sorting") == "id":
            rows.sort(key=lambda r: r["id"])
        page = rows[start : start + count]
        fields = params.get("fields")
        if fields and fields != "*" and "(" not in fields:
            names = fields.split(",")
            page = [{k: v for k, v in r.items() if k in names} for r in page]
        salt = f"{fields or ''}|{params.get('sorting') or ''}"
        inm = request.headers.get("if-none-match")
        digest: str | None
        if self.digest == "null":
            digest = None
        elif self.digest == "unsupported":
            digest = SENTENCE_UNSUPPORTED
        elif self.digest == "sentence" or inm is None:
            digest = SENTENCE_NO_HEADER
        else:
            digest = self.current_digest(salt)
            if inm == digest:
                return httpx.Response(304)
        body: dict[str, Any] = {"from": start, "count": len(page), "versionDigest": digest, "values": page}
        size = self.full_result_size
        if size == "exact":
            body["fullResultSize"] = len(rows)
        elif callable(size):
            value = size(rows)
            if value is not None:
                body["fullResultSize"] = value
        else:
            body["fullResultSize"] = size
        return httpx.Response(200, json=body)


class Ticker:
    """A task that counts how often the event loop lets it run (it never waits for time, so a fake
    list beside it must answer without delay: a virtual clock would never advance past it)."""

    def __init__(self) -> None:
        self.ticks = 0
        self.running = True

    async def run(self) -> None:
        while self.running:
            self.ticks += 1
            await anyio.lowlevel.checkpoint()


def data_requests(router: respx.MockRouter) -> list[httpx.Request]:
    """Requests other than session creation."""
    return [call.request for call in router.calls if not call.request.url.path.endswith(":create")]


def make_client(max_in_flight: int = 4) -> TripletexClient:
    config = ClientConfig(
        consumer_token="consumer-token",
        employee_token="employee-token",
        max_in_flight=max_in_flight,
        retry=RetryPolicy.disabled(),
    )
    return TripletexClient(config=config)
