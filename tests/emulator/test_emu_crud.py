"""Stateful CRUD for every resource, versions (409), validation (422), not found (404), int64 ids."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.emulator.emu_support import Emu, emulator, value, values


async def _any_id(emu: Emu, auth: httpx.BasicAuth, path: str, **params: str) -> int:
    rows = values(await emu.client.get(path, auth=auth, params={"count": "1", "fields": "id", **params}))
    assert rows, path
    ident = rows[0]["id"]
    assert isinstance(ident, int)
    return ident


async def _body_for(emu: Emu, auth: httpx.BasicAuth, kind: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """(path, create body, update body) for one resource kind."""
    if kind == "customer":
        return "/customer", {"name": "Test Kunde AS", "email": "a@b.no"}, {"name": "Renamed AS"}
    if kind == "supplier":
        return "/supplier", {"name": "Lev AS"}, {"email": "x@lev.no"}
    if kind == "product":
        return "/product", {"name": "Widget", "priceExcludingVatCurrency": 100}, {"name": "Widget 2"}
    if kind == "department":
        return "/department", {"name": "Salg"}, {"name": "Salg og marked"}
    if kind == "employee":
        return "/employee", {"firstName": "Kari", "lastName": "Nordmann"}, {"lastName": "Hansen"}
    if kind == "project":
        manager = await _any_id(emu, auth, "/employee")
        return "/project", {"name": "P1", "projectManager": {"id": manager}}, {"name": "P1b"}
    if kind == "activity":
        return "/activity", {"name": "Koding", "activityType": "GENERAL_ACTIVITY"}, {}
    if kind == "account":
        return "/ledger/account", {"number": 6540, "name": "Inventar"}, {"name": "Inventar og utstyr"}
    if kind == "timesheet":
        emp = await _any_id(emu, auth, "/employee")
        act = await _any_id(emu, auth, "/activity")
        body = {"employee": {"id": emp}, "activity": {"id": act}, "date": "2025-05-05", "hours": 7.5}
        return "/timesheet/entry", body, {"hours": 6}
    if kind == "subscription":
        return (
            "/event/subscription",
            {"event": "customer.create", "targetUrl": "https://x.invalid/h"},
            {"targetUrl": "https://y.invalid/h"},
        )
    if kind == "order":
        cust = await _any_id(emu, auth, "/customer")
        body = {"customer": {"id": cust}, "orderDate": "2025-05-01", "deliveryDate": "2025-05-02"}
        return "/order", body, {"reference": "PO-1"}
    raise AssertionError(kind)


KINDS_WITH_UPDATE = [
    "customer",
    "supplier",
    "product",
    "department",
    "employee",
    "project",
    "account",
    "timesheet",
    "subscription",
    "order",
]
KINDS_WITH_DELETE = {
    "customer",
    "supplier",
    "product",
    "department",
    "project",
    "account",
    "timesheet",
    "subscription",
    "order",
}


@pytest.mark.asyncio
@pytest.mark.parametrize("kind", [*KINDS_WITH_UPDATE, "activity"])
async def test_crud_roundtrip(kind: str) -> None:
    async with emulator() as emu:
        auth = await emu.login()
        path, body, update = await _body_for(emu, auth, kind)
        created = await emu.client.post(path, auth=auth, json=body)
        assert created.status_code == 201, created.text
        rec = value(created)
        ident = rec["id"]
        assert rec["version"] == 0
        assert rec["url"] == f"tripletex.no/v2{path}/{ident}"
        assert "changes" not in rec
        got = value(await emu.client.get(f"{path}/{ident}", auth=auth))
        assert got == rec
        if kind not in KINDS_WITH_UPDATE:
            assert (await emu.client.put(f"{path}/{ident}", auth=auth, json=update)).status_code == 405
            return
        put = await emu.client.put(f"{path}/{ident}", auth=auth, json={**update, "version": 0})
        assert put.status_code == 200, put.text
        updated = value(put)
        assert updated["version"] == 1
        for k, v in update.items():
            assert updated[k] == v
        # stale version -> 409 RevisionException
        stale = await emu.client.put(f"{path}/{ident}", auth=auth, json={**update, "version": 0})
        assert stale.status_code == 409
        assert stale.json()["code"] == 8000
        with_changes = value(
            await emu.client.get(f"{path}/{ident}", auth=auth, params={"fields": "id,changes"})
        )
        assert [c["changeType"] for c in with_changes["changes"]] == ["CREATE", "UPDATE"]
        if kind in KINDS_WITH_DELETE:
            assert (await emu.client.delete(f"{path}/{ident}", auth=auth)).status_code == 204
            gone = await emu.client.get(f"{path}/{ident}", auth=auth)
            assert gone.status_code == 404
            assert gone.json()["code"] == 6000


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("path", "body", "missing"),
    [
        ("/customer", {"email": "x@y.no"}, ["name"]),
        ("/employee", {}, ["firstName", "lastName"]),
        ("/order", {"orderDate": "2025-01-01"}, ["customer", "deliveryDate"]),
        ("/ledger/voucher", {"date": "2025-01-01"}, ["description"]),
        ("/event/subscription", {"event": "customer.create"}, ["targetUrl"]),
    ],
)
async def test_missing_required_fields_422(path: str, body: dict[str, Any], missing: list[str]) -> None:
    async with emulator() as emu:
        auth = await emu.login()
        r = await emu.client.post(path, auth=auth, json=body)
        assert r.status_code == 422
        err = r.json()
        assert err["code"] == 18000
        fields = {m["field"] for m in err["validationMessages"]}
        assert set(missing) <= fields


@pytest.mark.asyncio
async def test_unknown_ids_and_routes() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        r = await emu.client.get("/customer/1", auth=auth)
        assert r.status_code == 404
        assert r.json()["code"] == 6000
        assert (await emu.client.put("/customer/1", auth=auth, json={"name": "x"})).json()["code"] == 6000
        assert (await emu.client.delete("/product/1", auth=auth)).status_code == 404
        route = await emu.client.get("/no/such/endpoint", auth=auth)
        assert route.status_code == 404
        assert route.json()["code"] == 21000
        bad_ref = await emu.client.post(
            "/project", auth=auth, json={"name": "x", "projectManager": {"id": 1}}
        )
        assert bad_ref.status_code == 422


@pytest.mark.asyncio
async def test_int64_ids_above_2_pow_31() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        postings = values(
            await emu.client.get(
                "/ledger/posting", auth=auth, params={"dateFrom": "2000-01-01", "dateTo": "2100-01-01"}
            )
        )
        assert postings
        assert all(p["id"] > 2**31 for p in postings)
        line_id = postings[0]["id"]
        got = await emu.client.get(f"/ledger/posting/{line_id}", auth=auth)
        assert value(got)["id"] == line_id


@pytest.mark.asyncio
async def test_order_with_embedded_lines_and_orderline_endpoints() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        cust = await _any_id(emu, auth, "/customer")
        prod = await _any_id(emu, auth, "/product")
        body = {
            "customer": {"id": cust},
            "orderDate": "2025-05-01",
            "deliveryDate": "2025-05-02",
            "orderLines": [
                {"product": {"id": prod}, "count": 2},
                {"description": "Fri tekst", "count": 1, "unitPriceExcludingVatCurrency": 50},
            ],
        }
        order = value(await emu.client.post("/order", auth=auth, json=body))
        assert len(order["orderLines"]) == 2
        assert order["orderLines"][0]["id"] > 2**31
        full = value(
            await emu.client.get(f"/order/{order['id']}", auth=auth, params={"fields": "id,orderLines(*)"})
        )
        free = full["orderLines"][1]
        assert free["amountExcludingVatCurrency"] == 50
        assert free["amountIncludingVatCurrency"] == 62.5
        added = await emu.client.post(
            "/order/orderline",
            auth=auth,
            json={"order": {"id": order["id"]}, "count": 3, "unitPriceExcludingVatCurrency": 10},
        )
        assert added.status_code == 201
        line_list = await emu.client.post(
            "/order/orderline/list", auth=auth, json=[{"order": {"id": order["id"]}, "count": 1}] * 2
        )
        assert line_list.status_code == 201
        assert line_list.json()["count"] == 2
        after = value(await emu.client.get(f"/order/{order['id']}", auth=auth))
        assert len(after["orderLines"]) == 5
        assert after["version"] == 3  # each added line bumps the order
        line_id = value(added)["id"]
        assert (await emu.client.delete(f"/order/orderline/{line_id}", auth=auth)).status_code == 204
        after = value(await emu.client.get(f"/order/{order['id']}", auth=auth))
        assert line_id not in {r["id"] for r in after["orderLines"]}
        listed = values(
            await emu.client.get(
                "/order",
                auth=auth,
                params={"orderDateFrom": "2025-05-01", "orderDateTo": "2025-05-02", "customerId": str(cust)},
            )
        )
        assert order["id"] in {o["id"] for o in listed}
        missing = await emu.client.get("/order", auth=auth)
        assert missing.status_code == 422


@pytest.mark.asyncio
async def test_post_list_and_put_list() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        r = await emu.client.post("/customer/list", auth=auth, json=[{"name": f"Bulk {i}"} for i in range(3)])
        assert r.status_code == 201
        envelope = r.json()
        assert envelope["count"] == 3
        assert envelope["fullResultSize"] == 0  # realism: */list answers report 0
        assert envelope["versionDigest"] is None
        created = envelope["values"]
        bad = await emu.client.post("/customer/list", auth=auth, json=[{"name": "ok"}, {"email": "no name"}])
        assert bad.status_code == 422
        assert bad.json()["validationMessages"][0]["path"].startswith("[1].")
        upd = [{"id": c["id"], "version": c["version"], "name": c["name"] + "!"} for c in created]
        put = await emu.client.put("/customer/list", auth=auth, json=upd)
        assert put.status_code == 200
        assert [c["name"] for c in put.json()["values"]] == [f"Bulk {i}!" for i in range(3)]
        stale = await emu.client.put("/customer/list", auth=auth, json=upd)
        assert stale.status_code == 409


@pytest.mark.asyncio
async def test_employee_has_no_delete_and_bad_json_is_422() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        emp = await _any_id(emu, auth, "/employee")
        assert (await emu.client.delete(f"/employee/{emp}", auth=auth)).status_code == 405
        r = await emu.client.post(
            "/customer", auth=auth, content=b"{not json", headers={"content-type": "application/json"}
        )
        assert r.status_code == 422
        assert r.json()["code"] == 22000
