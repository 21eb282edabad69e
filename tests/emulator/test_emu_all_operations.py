"""Every operation of the generated client answers, and its generated parser accepts the answer."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from tripletex_async_api.operations import OPERATIONS

from tests.emulator.emu_support import emulator, small_config
from tripletex_async._runtime import Operation
from tripletex_async.emulator import create_app
from tripletex_async.emulator.generic import resolve_shape

# what a stateful handler may answer for made-up ids and bodies (never a 5xx)
_STATEFUL_CLIENT_ERRORS = frozenset({400, 403, 404, 405, 409, 422})


def _param_value(name: str) -> str:
    low = name.lower()
    if "date" in low or low in ("from", "to", "start", "end"):
        return "2025-12-31" if low.endswith(("to", "end")) else "2025-01-01"
    if low.startswith(("is", "include", "show", "only")):
        return "true"
    return "1"


def _request(op: Operation[..., Any], enums: dict[str, list[str]]) -> dict[str, Any]:
    path = op.path
    for p in op.path_params:
        path = path.replace("{" + p.name + "}", _param_value(p.name))
    params = {
        p.name: enums[p.name][0] if p.name in enums else _param_value(p.name)
        for p in op.query_params
        if p.required
    }
    kwargs: dict[str, Any] = {"method": op.method, "url": path, "params": params}
    if op.body_content_type == "multipart/form-data":
        kwargs["files"] = {"file": ("a.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")}
    elif op.body_content_type is not None:
        kwargs["json"] = [{}] if (op.body_type or "").startswith("list[") else {}
    return kwargs


def test_operations_cover_the_api() -> None:
    assert len(OPERATIONS) >= 800
    app = create_app(small_config())
    served = {(r.method, r.template) for r in app.emulator.router.routes}
    for op in OPERATIONS:
        assert app.emulator.router.has(op.method, op.path), op.id
    assert len(served) >= len(OPERATIONS)


@pytest.mark.asyncio
async def test_every_operation_answers_and_parses() -> None:
    failures: list[str] = []
    counts = {"ok": 0, "stateful_4xx": 0}
    t0 = time.perf_counter()
    async with emulator() as emu:
        auth = await emu.login()
        emu.client.auth = auth
        for op in OPERATIONS:
            answer = emu.state.builder.shapes.answer(op.method, op.path) or {}
            kwargs = _request(op, answer.get("enums") or {})
            route, _ = emu.state.router.match(op.method, kwargs["url"])
            r = await emu.client.request(**kwargs)
            documented = {status for status, _ in op.responses}
            if r.status_code not in documented:
                if not route.fallback and r.status_code in _STATEFUL_CLIENT_ERRORS:
                    body = r.json()
                    assert body["status"] == r.status_code, (op.id, body)
                    counts["stateful_4xx"] += 1
                    continue
                failures.append(f"{op.id} {op.method} {op.path}: {r.status_code} {r.text[:200]}")
                continue
            try:
                parsed = op.parse(r)
                if parsed is not None and hasattr(parsed, "to_dict"):
                    parsed.to_dict()  # models parse lazily: read every property too
            except Exception as exc:
                failures.append(f"{op.id}: parse failed: {exc!r} {r.text[:200]}")
                continue
            counts["ok"] += 1
    elapsed = time.perf_counter() - t0
    assert not failures, "\n".join(failures[:40]) + f"\n({len(failures)} failures)"
    assert counts["ok"] + counts["stateful_4xx"] == len(OPERATIONS)
    assert counts["ok"] > len(OPERATIONS) * 0.9, counts
    print(f"{len(OPERATIONS)} operations in {elapsed:.2f}s: {counts}")


@pytest.mark.asyncio
async def test_generic_lists_page_sort_and_project() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        url = "/deliveryAddress"
        full = (await emu.client.get(url, auth=auth)).json()
        size = full["fullResultSize"]
        assert full["count"] == len(full["values"]) == size >= 3
        again = (await emu.client.get(url, auth=auth)).json()
        assert again == full
        page = (await emu.client.get(url, auth=auth, params={"from": 1, "count": 1})).json()
        assert page["from"] == 1 and page["count"] == 1 and page["values"] == full["values"][1:2]
        ids = [v["id"] for v in full["values"]]
        desc = (await emu.client.get(url, auth=auth, params={"sorting": "-id"})).json()
        assert [v["id"] for v in desc["values"]] == sorted(ids, reverse=True)
        slim = (await emu.client.get(url, auth=auth, params={"fields": "id"})).json()
        assert [set(v) for v in slim["values"]] == [{"id"}] * size


@pytest.mark.asyncio
async def test_generic_wrappers_echo_and_files() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        got = (await emu.client.get("/asset/42", auth=auth)).json()["value"]
        assert got["id"] == 42 and isinstance(got["name"], str)
        again = (await emu.client.get("/asset/42", auth=auth)).json()["value"]
        assert again == got
        put = await emu.client.put("/asset/42", auth=auth, json={"name": "Renamed", "id": 1})
        assert put.status_code == 200
        assert put.json()["value"]["name"] == "Renamed" and put.json()["value"]["id"] == 42
        posted = await emu.client.post("/asset", auth=auth, json={"name": "New"})
        if emu.state.router.match("POST", "/asset")[0].fallback:
            assert posted.status_code == 201
            assert posted.json()["value"]["name"] == "New" and posted.json()["value"]["id"] > 0
        # a literal path beats a template served by a stateful handler
        assert not emu.state.router.match("GET", "/activity/1")[0].fallback
        assert emu.state.router.match("GET", "/activity/>forTimeSheet")[0].fallback
        pdf = await emu.client.get("/invoice/7/pdf", auth=auth)
        assert pdf.status_code == 200
        if not emu.state.router.match("GET", "/invoice/7/pdf")[0].fallback:
            return
        assert pdf.headers["content-type"].startswith("application/pdf")
        assert pdf.content.startswith(b"%PDF")


def test_shapes_resolve_from_the_spec_not_the_models() -> None:
    app = create_app(small_config())
    route = next(r for r in app.emulator.router.routes if r.fallback)
    assert route.name
    from tripletex_async.emulator.generic import Plan

    builder = app.emulator.builder
    shape = resolve_shape(Plan("Activity_get", "GET", "/activity/{id}"), builder)
    assert (shape.kind, shape.schema) == ("value", "Activity")
    listed = resolve_shape(Plan("Bank_search", "GET", "/bank"), builder)
    assert (listed.kind, listed.schema) == ("list", "Bank")
    deleted = Plan("Asset_delete", "DELETE", "/asset/{id}")
    assert resolve_shape(deleted, builder).kind == "empty" and deleted.status == 204


@pytest.mark.asyncio
async def test_only_stateful_routes_when_asked() -> None:
    app = create_app(small_config(), operations=())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://e/v2") as c:
        r = await c.get("/accountantDashboard/news")
        assert r.status_code == 404
