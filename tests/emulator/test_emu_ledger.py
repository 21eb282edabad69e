"""Vouchers must balance; invoices come from orders and take payments."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.emulator.emu_support import Emu, emulator, value, values


async def _accounts(emu: Emu, auth: httpx.BasicAuth) -> dict[int, int]:
    rows = values(await emu.client.get("/ledger/account", auth=auth, params={"fields": "id,number"}))
    return {r["number"]: r["id"] for r in rows}


def _postings(acc: dict[int, int], amounts: list[tuple[int, float]]) -> list[dict[str, Any]]:
    return [
        {"row": i + 1, "account": {"id": acc[number]}, "amountGross": amount, "amountGrossCurrency": amount}
        for i, (number, amount) in enumerate(amounts)
    ]


@pytest.mark.asyncio
async def test_seeded_vouchers_balance() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        rows = values(
            await emu.client.get(
                "/ledger/voucher",
                auth=auth,
                params={
                    "dateFrom": "2000-01-01",
                    "dateTo": "2100-01-01",
                    "fields": "id,postings(amountGross)",
                },
            )
        )
        assert rows
        for v in rows:
            assert round(sum(p["amountGross"] for p in v["postings"]), 2) == 0


@pytest.mark.asyncio
async def test_voucher_balance_rule() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        acc = await _accounts(emu, auth)
        body = {"date": "2025-05-05", "description": "Kontorrekvisita"}
        unbalanced = await emu.client.post(
            "/ledger/voucher",
            auth=auth,
            json={**body, "postings": _postings(acc, [(6800, 100), (1920, -90)])},
        )
        assert unbalanced.status_code == 422
        assert unbalanced.json()["code"] == 18000
        assert "not balanced" in unbalanced.json()["validationMessages"][0]["message"]
        empty = await emu.client.post("/ledger/voucher", auth=auth, json={**body, "postings": []})
        assert empty.status_code == 422
        assert "without postings" in empty.json()["validationMessages"][0]["message"]
        row0 = _postings(acc, [(6800, 100), (1920, -100)])
        row0[0]["row"] = 0
        system = await emu.client.post("/ledger/voucher", auth=auth, json={**body, "postings": row0})
        assert system.status_code == 422
        ok = await emu.client.post(
            "/ledger/voucher",
            auth=auth,
            json={**body, "postings": _postings(acc, [(6800, 100), (2710, 25), (1920, -125)])},
        )
        assert ok.status_code == 201, ok.text
        voucher = value(ok)
        assert len(voucher["postings"]) == 3
        assert voucher["numberAsString"].endswith("-2025")
        posting = value(await emu.client.get(f"/ledger/posting/{voucher['postings'][2]['id']}", auth=auth))
        assert posting["amountGross"] == -125
        assert posting["voucher"]["id"] == voucher["id"]
        assert (await emu.client.delete(f"/ledger/voucher/{voucher['id']}", auth=auth)).status_code == 204
        assert (await emu.client.get(f"/ledger/posting/{posting['id']}", auth=auth)).status_code == 404


@pytest.mark.asyncio
async def test_invoice_from_order_and_payment() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        cust = values(await emu.client.get("/customer", auth=auth, params={"count": 1}))[0]["id"]
        order = value(
            await emu.client.post(
                "/order",
                auth=auth,
                json={
                    "customer": {"id": cust},
                    "orderDate": "2025-05-01",
                    "deliveryDate": "2025-05-01",
                    "orderLines": [
                        {"description": "Timer", "count": 4, "unitPriceExcludingVatCurrency": 250}
                    ],
                },
            )
        )
        missing = await emu.client.post("/invoice", auth=auth, json={"invoiceDate": "2025-05-02"})
        assert missing.status_code == 422
        created = await emu.client.post(
            "/invoice",
            auth=auth,
            json={
                "invoiceDate": "2025-05-02",
                "invoiceDueDate": "2025-05-16",
                "orders": [{"id": order["id"]}],
            },
        )
        assert created.status_code == 201, created.text
        inv = value(created)
        assert inv["amount"] == 1250.0
        assert inv["amountExcludingVat"] == 1000.0
        assert inv["amountOutstanding"] == 1250.0
        assert inv["customer"]["id"] == cust
        no_params = await emu.client.put(f"/invoice/{inv['id']}/:payment", auth=auth)
        assert no_params.status_code == 422
        paid = await emu.client.put(
            f"/invoice/{inv['id']}/:payment",
            auth=auth,
            params={"paymentDate": "2025-05-10", "paymentTypeId": "1", "paidAmount": "1000"},
        )
        assert paid.status_code == 200, paid.text
        after = value(paid)
        assert after["amountOutstanding"] == 250.0
        assert after["version"] == inv["version"] + 1
        await emu.client.put(
            f"/invoice/{inv['id']}/:payment",
            auth=auth,
            params={"paymentDate": "2025-05-11", "paymentTypeId": "1", "paidAmount": "250"},
        )
        final = value(await emu.client.get(f"/invoice/{inv['id']}", auth=auth))
        assert final["amountOutstanding"] == 0.0
        listed = values(
            await emu.client.get(
                "/invoice",
                auth=auth,
                params={
                    "invoiceDateFrom": "2025-05-02",
                    "invoiceDateTo": "2025-05-03",
                    "customerId": str(cust),
                },
            )
        )
        assert inv["id"] in {i["id"] for i in listed}
        assert (await emu.client.get("/invoice/999", auth=auth)).json()["code"] == 6000
