"""Parsing benchmark: ``python -m scripts.bench.parse [--pages N] [--page-size K]``.

Typed iteration (``ListResponseCustomer.from_dict`` after ``json.loads``, what ``tx.paginate``
does per page, then reading three fields of every item, one of them a reference; and, as the
worst case for the lazily parsed models, ``to_dict`` of every item) against plain ``json.loads``
of the same pages, with the record shape of a real
``GET /customer`` answer (36 properties, references, empty arrays, nulls). Also the raw-dict mode
of the paginator (``decode_list_body``), and both modes end to end through ``tx.paginate`` against
an in-process stand-in with no latency. Last line: ``parse_ratio=<typed / json.loads>``.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable
from typing import Any

import anyio
import httpx
from tripletex_async_api.models.list_response_customer import ListResponseCustomer

from scripts.bench.pagination import StandIn, make_client
from tripletex_async.pagination.page import decode_list_body


def real_customer(i: int) -> dict[str, Any]:
    """The shape of a customer as the real service sends it (test environment, all fields)."""

    def ref(kind: str, n: int) -> dict[str, Any]:
        return {"id": n, "url": f"api.tripletex.io/v2/{kind}/{n}"}

    return {
        "id": i,
        "version": 1,
        "url": f"api.tripletex.io/v2/customer/{i}",
        "name": f"Banana Airlines {i} AB",
        "organizationNumber": "",
        "supplierNumber": 0,
        "customerNumber": 10000 + i,
        "isSupplier": False,
        "isCustomer": True,
        "isInactive": False,
        "accountManager": ref("employee", 1734852),
        "email": "",
        "invoiceEmail": "",
        "overdueNoticeEmail": "",
        "bankAccounts": [],
        "phoneNumber": "",
        "phoneNumberMobile": "",
        "description": "",
        "language": "NO",
        "displayName": f"Banana Airlines {i} AB ({10000 + i})",
        "isPrivateIndividual": False,
        "singleCustomerInvoice": False,
        "invoiceSendMethod": "EMAIL",
        "emailAttachmentType": "LINK",
        "postalAddress": ref("address", 26087367 + 2 * i),
        "physicalAddress": ref("address", 26087368 + 2 * i),
        "deliveryAddress": None,
        "category1": None,
        "category2": None,
        "category3": None,
        "invoicesDueIn": 14,
        "invoicesDueInType": "DAYS",
        "currency": ref("currency", 1),
        "bankAccountPresentation": [],
        "ledgerAccount": ref("ledger/account", 31925215),
        "isFactoring": False,
    }


def make_pages(pages: int, size: int) -> list[bytes]:
    out = []
    for p in range(pages):
        values = [real_customer(p * size + k + 1) for k in range(size)]
        body = {
            "fullResultSize": pages * size,
            "from": p * size,
            "count": size,
            "versionDigest": None,
            "values": values,
        }
        out.append(json.dumps(body).encode())
    return out


def best_of(runs: int, fn: Callable[[], int]) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    bodies = make_pages(args.pages, args.page_size)
    records = args.pages * args.page_size
    responses = [httpx.Response(200, content=b) for b in bodies]

    def plain() -> int:
        n = 0
        for body in bodies:
            for _ in json.loads(body)["values"]:
                n += 1
        return n

    def raw_mode() -> int:
        n = 0
        for response in responses:
            for _ in decode_list_body(response)["values"]:
                n += 1
        return n

    def typed() -> int:
        # what a consumer of tx.paginate typically does: iterate and read a few fields (one a reference)
        n = 0
        for body in bodies:
            page = ListResponseCustomer.from_dict(json.loads(body))
            for customer in page.values:  # type: ignore[union-attr]
                _ = (customer.id, customer.name, customer.postal_address)
                n += 1
        return n

    def typed_to_dict() -> int:
        # the worst case for lazy parsing: every property of every item read (to_dict reads them all)
        n = 0
        for body in bodies:
            page = ListResponseCustomer.from_dict(json.loads(body))
            for customer in page.values:  # type: ignore[union-attr]
                _ = customer.to_dict()
                n += 1
        return n

    print(f"python {sys.version.split()[0]}, bytecode writing {'off' if sys.dont_write_bytecode else 'on'}")
    print(
        f"{records} customer records ({args.pages} pages of {args.page_size}, {len(bodies[0]) // 1024} KiB each)"
    )
    t_plain = best_of(args.runs, plain)
    t_raw = best_of(args.runs, raw_mode)
    t_typed = best_of(args.runs, typed)
    t_to_dict = best_of(args.runs, typed_to_dict)
    per = 1e6 / records
    print(f"  json.loads                    {t_plain:7.3f} s  ({t_plain * per:6.1f} us/record)")
    print(f"  raw-dict mode (paginator)     {t_raw:7.3f} s  ({t_raw * per:6.1f} us/record)")
    print(f"  typed, read 3 fields          {t_typed:7.3f} s  ({t_typed * per:6.1f} us/record)")
    print(f"  typed, to_dict of every item  {t_to_dict:7.3f} s  ({t_to_dict * per:6.1f} us/record)")

    async def end_to_end() -> tuple[float, float]:
        app = StandIn(records, 0.0, precompute=False)
        empty = b'{"fullResultSize":0,"from":0,"count":0,"values":[]}'

        def body(start: int, count: int) -> bytes:
            return bodies[start // args.page_size] if start < records else empty

        app.body = body  # type: ignore[method-assign]
        async with make_client(app, 8) as tx:
            await tx.customer.search(count=1)
            results = []
            for raw in (True, False):
                best = float("inf")
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    n = 0
                    async for _item in tx.paginate(
                        tx.customer.search, count=args.page_size, raw=raw, prefetch=8
                    ):
                        n += 1
                    best = min(best, time.perf_counter() - t0)
                    assert n == records, n
                results.append(best)
        return results[0], results[1]

    e_raw, e_typed = anyio.run(end_to_end)
    print(
        f"  end to end via tx.paginate:   raw {e_raw:.3f} s, typed {e_typed:.3f} s (ratio {e_typed / e_raw:.2f})"
    )
    print(f"raw_parse_ratio={t_raw / t_plain:.2f}")
    print(f"to_dict_parse_ratio={t_to_dict / t_plain:.2f}")
    print(f"parse_ratio={t_typed / t_plain:.2f}")


if __name__ == "__main__":
    main()
