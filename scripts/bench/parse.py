"""Parsing benchmark: ``python -m scripts.bench.parse [--pages N] [--page-size K] [--runs R]``.

The same list pages of real-shaped ``GET /customer`` records (36 properties, references, empty
arrays, nulls; 10 pages of 1,000 by default) decoded by every contender, side by side in one run:
the variants take turns, round after round (three runs in a row each), and each keeps its best run, in CPU time of this
process (``time.process_time``: the machine has 2 cores shared with other work, and wall time
mostly measures waiting for them).

- reference lines: ``json.loads``, orjson and msgspec into plain objects, msgspec typed Structs
  and pydantic v2 ``model_validate_json`` (both built from the same schemas, see references.py);
- ours, typed as ``tx.paginate`` and single calls parse a page (``ListResponseCustomer.from_json``:
  the records decoded into their wire form, then converted), then: three fields of every record
  read (one a reference); every property read, recursing into the references; ``to_dict`` of
  every record; and three fields through the ordinary path (``from_dict`` of the decoded dicts,
  what a page the wire form refuses costs);
- ours, raw mode (``decode_list_body``: the paginator's plain-dict mode).

Then both modes end to end through ``tx.paginate`` against an in-process stand-in with no latency.
Machine lines: ``full_parse_ratio= parse_ratio= to_dict_ratio= raw_parse_ratio=`` (each against
``json.loads`` of the same bytes; targets 2.5, 1.5, 3 and 0.6).
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
import attrs
import httpx
import msgspec
import orjson
from tripletex_async_api import models
from tripletex_async_api.models.list_response_customer import ListResponseCustomer

from scripts.bench.pagination import PagesStandIn, make_client, walk
from scripts.bench.records import make_pages
from scripts.bench.references import msgspec_list_decoder, pydantic_list
from tripletex_async._runtime.decode import loads
from tripletex_async.pagination.page import decode_list_body

Variant = Callable[[], int]


def _model_class(type_string: str) -> type | None:
    """The generated model class an attribute holds (``"Address | Unset"``), None for plain values."""
    name = type_string.split("|", 1)[0].strip()
    cls = getattr(models, name, None) if name.isidentifier() else None
    return cls if isinstance(cls, type) and attrs.has(cls) else None


_READERS: dict[type, Callable[[Any], None]] = {}


def reader(cls: type) -> Callable[[Any], None]:
    """A function that reads every property of a ``cls`` the way user code does (``obj.name``),
    recursing into nested models and lists of models."""
    found = _READERS.get(cls)
    if found is not None:
        return found
    lines = ["def read(o):"]
    namespace: dict[str, Any] = {}
    for field in attrs.fields(cls):
        kind = str(field.type)
        nested = kind.startswith("list[")
        target = _model_class(kind[5:].split("]", 1)[0] if nested else kind)
        if target is None:
            lines.append(f"    o.{field.name}")
            continue
        namespace[f"r_{field.name}"] = target
        lines.append(f"    v = o.{field.name}")
        if nested:
            lines.append(f"    if v: [R(r_{field.name})(e) for e in v]")
        else:
            lines.append(f"    if v: R(r_{field.name})(v)")
    namespace["R"] = reader
    exec("\n".join(lines), namespace)  # noqa: S102 (our own generated bench code)
    _READERS[cls] = namespace["read"]
    return _READERS[cls]


def variants(bodies: list[bytes]) -> dict[str, Variant]:
    responses = [httpx.Response(200, content=b) for b in bodies]
    structs = msgspec_list_decoder()
    pyd = pydantic_list()
    read_customer = reader(ListResponseCustomer.from_dict(loads(bodies[0])).values[0].__class__)

    def each(
        decode: Callable[[bytes], Any], values: Callable[[Any], Any], visit: Callable[[Any], Any]
    ) -> Variant:
        def run() -> int:
            n = 0
            for body in bodies:
                for item in values(decode(body)):
                    visit(item)
                    n += 1
            return n

        return run

    def nothing(_: Any) -> None:
        return None

    def three(c: Any) -> None:
        _ = (c.id, c.name, c.postal_address)

    def typed(body: bytes) -> Any:
        return ListResponseCustomer.from_json(body)  # as tx.paginate and single calls parse a page

    def typed_from_dict(body: bytes) -> Any:
        return ListResponseCustomer.from_dict(loads(body))  # the ordinary path (a page the wire form refuses)

    def raw() -> int:
        count = 0
        for response in responses:
            count += len(decode_list_body(response)["values"])
        return count

    def get_values(d: Any) -> Any:
        return d["values"]

    def attr_values(m: Any) -> Any:
        return m.values

    return {
        "json.loads": each(json.loads, get_values, nothing),
        "orjson.loads": each(orjson.loads, get_values, nothing),
        "msgspec.json.decode (dicts)": each(msgspec.json.decode, get_values, nothing),
        "msgspec typed Struct": each(structs.decode, attr_values, nothing),
        "pydantic v2 model_validate_json": each(pyd.model_validate_json, attr_values, nothing),
        "ours raw mode (decode_list_body)": raw,
        "ours typed, 3 fields read": each(typed, attr_values, three),
        "ours typed, every property read": each(typed, attr_values, read_customer),
        "ours typed, to_dict": each(typed, attr_values, lambda c: c.to_dict()),
        "ours typed via from_dict, 3 fields": each(typed_from_dict, attr_values, three),
    }


def side_by_side(runs: dict[str, Variant], rounds: int, records: int) -> dict[str, float]:
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for name, run in runs.items():
            for _ in range(3):  # three in a row: each variant runs with the allocator warmed by itself
                gc.collect()
                t0 = time.process_time()
                n = run()
                best[name] = min(best[name], time.process_time() - t0)
                assert n == records, (name, n)
    return best


async def end_to_end(bodies: list[bytes], records: int, page_size: int, rounds: int) -> tuple[float, float]:
    app = PagesStandIn(bodies, page_size)
    results = []
    async with make_client(app, 8) as tx:
        await tx.customer.search(count=1)
        for raw in (True, False):
            best = float("inf")
            for _ in range(rounds):
                t0 = time.perf_counter()
                n = await walk(tx, page_size, raw=raw, prefetch=8)
                best = min(best, time.perf_counter() - t0)
                assert n == records, n
            results.append(best)
    return results[0], results[1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5, help="rounds; each variant keeps its best run")
    args = parser.parse_args()
    bodies = make_pages(args.pages, args.page_size)
    records = args.pages * args.page_size
    print(f"python {sys.version.split()[0]}, bytecode writing {'off' if sys.dont_write_bytecode else 'on'}")
    print(
        f"{records} customer records ({args.pages} pages of {args.page_size}, {len(bodies[0]) // 1024} KiB each), "
        f"best of {args.runs} rounds, variants side by side"
    )
    best = side_by_side(variants(bodies), args.runs, records)
    base = best["json.loads"]
    for name, seconds in best.items():
        print(
            f"  {name:34} {seconds:7.3f} s  {seconds * 1e6 / records:6.1f} us/record  x{seconds / base:.2f}"
        )
    e_raw, e_typed = anyio.run(end_to_end, bodies, records, args.page_size, 3)
    print(
        f"  end to end via tx.paginate: raw {e_raw:.3f} s, typed {e_typed:.3f} s (ratio {e_typed / e_raw:.2f})"
    )
    ratio = {name: best[name] / base for name in best}
    print(
        f"full_parse_ratio={ratio['ours typed, every property read']:.2f} "
        f"parse_ratio={ratio['ours typed, 3 fields read']:.2f} "
        f"to_dict_ratio={ratio['ours typed, to_dict']:.2f} "
        f"raw_parse_ratio={ratio['ours raw mode (decode_list_body)']:.2f} "
        f"pydantic_ratio={ratio['pydantic v2 model_validate_json']:.2f} "
        f"msgspec_struct_ratio={ratio['msgspec typed Struct']:.2f}"
    )


if __name__ == "__main__":
    main()
