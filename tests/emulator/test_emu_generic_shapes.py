"""Generic answers follow the service's conventions (references, nulls, urls, digests, fields)."""

from __future__ import annotations

import re

import pytest

from tests.emulator.emu_support import emulator, value, values

URL = re.compile(r"^tripletex\.no/v2/[\w/]+/\d+$")


@pytest.mark.asyncio
async def test_generic_list_envelope_references_and_urls() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        page = (await emu.client.get("/travelExpense/costCategory", auth=auth)).json()
        assert page["fullResultSize"] == page["count"] == len(page["values"]) > 0
        assert page["versionDigest"] == "'If-None-Match' header not specified"
        first = page["values"][0]
        assert URL.match(first["url"]) and "/travelExpense/costCategory/" in first["url"]
        assert set(first["account"]) == {"id", "url"} and "/v2/ledger/account/" in first["account"]["url"]
        assert "changes" not in first
        account = await emu.client.get(f"/ledger/account/{first['account']['id']}", auth=auth)
        assert account.status_code == 200  # set references point at the company's own records
        cost = values(await emu.client.get("/travelExpense/cost", auth=auth))[0]
        assert set(cost["travelExpense"]) == {"id", "url"}  # a child's parent is set
        assert cost["paymentType"] is None  # an optional link is not
        paged = (await emu.client.get("/travelExpense/costCategory", auth=auth, params={"count": 1})).json()
        assert paged["count"] == 1 and paged["fullResultSize"] == page["fullResultSize"]
        digest_less = (await emu.client.get("/employee/employment", auth=auth)).json()
        assert digest_less["versionDigest"] is None


@pytest.mark.asyncio
async def test_generic_fields_expand_project_and_reject_as_the_service() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        url = "/travelExpense/costCategory"
        expanded = values(await emu.client.get(url, auth=auth, params={"fields": "id,account"}))[0]
        assert set(expanded) == {"id", "account"} and "name" in expanded["account"]
        assert set(expanded["account"]["vatType"]) == {"id", "url"}  # one level only
        star = values(await emu.client.get(url, auth=auth, params={"fields": "id,account(*)"}))[0]
        assert star["account"] == expanded["account"]
        picked = values(await emu.client.get(url, auth=auth, params={"fields": "account(id,number)"}))[0]
        assert set(picked["account"]) == {"id", "number"}
        changes = values(await emu.client.get(url, auth=auth, params={"fields": "id,changes"}))[0]
        assert changes["changes"][0]["changeType"] == "CREATE"
        bad = await emu.client.get(url, auth=auth, params={"fields": "id,nonsense"})
        assert bad.status_code == 400 and bad.json()["code"] == 11000
        sort = await emu.client.get("/ledger/accountingPeriod", auth=auth, params={"sorting": "end:desc"})
        assert sort.status_code == 422 and sort.json()["code"] == 17000
        assert sort.json()["validationMessages"] == []
        enum = await emu.client.get("/ledger/vatType", auth=auth, params={"typeOfVat": "outgoing"})
        assert enum.status_code == 404 and enum.json()["code"] == 21000


@pytest.mark.asyncio
async def test_generic_writes_answer_references_as_id_and_url() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        sent = {
            "comments": "Taxi",
            "travelExpense": {"id": 161},
            "costCategory": {"id": 7},
            "amountCurrencyIncVat": 120,
        }
        posted = await emu.client.post("/travelExpense/cost", auth=auth, json=sent)
        assert posted.status_code == 201
        got = posted.json()["value"]
        assert got["travelExpense"] == {"id": 161, "url": "tripletex.no/v2/travelExpense/161"}
        assert got["costCategory"]["url"].endswith("/travelExpense/costCategory/7")
        assert got["comments"] == "Taxi" and got["amountCurrencyIncVat"] == 120
        opening = await emu.client.get("/ledger/voucher/openingBalance", auth=auth)
        assert opening.status_code == 200 and opening.json() == {"value": None}
        one = value(await emu.client.get("/bank/5", auth=auth))
        assert (
            one["id"] == 5 and isinstance(one["autoPaySupport"], dict) and "url" not in one["autoPaySupport"]
        )
