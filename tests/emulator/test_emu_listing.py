"""Paging envelope, fields projection, sorting, filters, versionDigest/If-None-Match."""

from __future__ import annotations

import pytest

from tests.emulator.emu_support import emulator, small_config, values
from tripletex_async.emulator import RealismConfig


@pytest.mark.asyncio
async def test_paging_envelope_walks_all_records_once() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        full = (await emu.client.get("/customer", auth=auth)).json()
        assert set(full) == {"fullResultSize", "from", "count", "versionDigest", "values"}
        total = full["fullResultSize"]
        assert total == len(full["values"]) == full["count"] > 10
        seen: list[int] = []
        start = 0
        while True:
            page = (await emu.client.get("/customer", auth=auth, params={"from": start, "count": 7})).json()
            assert page["from"] == start
            assert page["count"] == len(page["values"]) <= 7
            seen += [c["id"] for c in page["values"]]
            if page["count"] < 7:
                break
            start += 7
        assert seen == [c["id"] for c in full["values"]]
        bad = await emu.client.get("/customer", auth=auth, params={"from": "-1"})
        assert bad.status_code == 422
        assert bad.json()["validationMessages"][0]["field"] == "arg:from"


@pytest.mark.asyncio
async def test_fields_filtering_nested_and_star() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        rows = values(await emu.client.get("/customer", auth=auth, params={"fields": "id,name", "count": 3}))
        assert all(set(r) == {"id", "name"} for r in rows)
        default = values(await emu.client.get("/customer", auth=auth, params={"count": 1}))[0]
        assert set(default["accountManager"]) == {"id", "url"}  # references default to {id, url}
        nested = values(
            await emu.client.get(
                "/customer",
                auth=auth,
                params={"fields": "id,accountManager(id,firstName,lastName)", "count": 1},
            )
        )[0]
        assert set(nested["accountManager"]) == {"id", "firstName", "lastName"}
        star = values(
            await emu.client.get(
                "/order",
                auth=auth,
                params={
                    "fields": "*,customer(name),orderLines(*)",
                    "orderDateFrom": "2000-01-01",
                    "orderDateTo": "2100-01-01",
                    "count": 1,
                },
            )
        )[0]
        assert "deliveryDate" in star
        assert set(star["customer"]) == {"name"}
        assert star["orderLines"]
        assert "amountExcludingVatCurrency" in star["orderLines"][0]
        bad = await emu.client.get("/customer", auth=auth, params={"fields": "id,nonsense"})
        assert bad.status_code == 400
        assert bad.json()["code"] == 11000


@pytest.mark.asyncio
async def test_sorting_multi_key_descending_and_dotted() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        rows = values(
            await emu.client.get("/customer", auth=auth, params={"sorting": "-name", "fields": "id,name"})
        )
        names = [r["name"] for r in rows]
        assert names == sorted(names, reverse=True)
        rows = values(
            await emu.client.get(
                "/customer", auth=auth, params={"sorting": "isInactive,-customerNumber", "fields": "*"}
            )
        )
        keys = [(r["isInactive"], -r["customerNumber"]) for r in rows]
        assert keys == sorted(keys)
        rows = values(
            await emu.client.get(
                "/project",
                auth=auth,
                params={"sorting": "projectManager.firstName,id", "fields": "id,projectManager(firstName)"},
            )
        )
        firsts = [(r["projectManager"]["firstName"], r["id"]) for r in rows]
        assert firsts == sorted(firsts)
        bad = await emu.client.get("/customer", auth=auth, params={"sorting": "end:desc"})
        assert bad.status_code == 422
        assert bad.json()["code"] == 17000


@pytest.mark.asyncio
async def test_filters() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        all_rows = values(await emu.client.get("/customer", auth=auth, params={"fields": "id,name,email"}))
        target = all_rows[3]
        word = target["name"].split()[0]
        hits = values(await emu.client.get("/customer", auth=auth, params={"customerName": word.lower()}))
        assert hits
        assert all(word.lower() in h["name"].lower() for h in hits)
        ids = f"{all_rows[0]['id']},{all_rows[2]['id']}"
        by_id = values(await emu.client.get("/customer", auth=auth, params={"id": ids}))
        assert [r["id"] for r in by_id] == [all_rows[0]["id"], all_rows[2]["id"]]
        bad = await emu.client.get("/ledger/account", auth=auth, params={"number": "HR expense account"})
        assert bad.status_code == 422
        assert bad.json()["code"] == 12000
        acct = values(await emu.client.get("/ledger/account", auth=auth, params={"number": "1500,1920"}))
        assert sorted(a["number"] for a in acct) == [1500, 1920]
        emu.clock.advance(3600)
        created = await emu.client.post("/customer", auth=auth, json={"name": "Fresh AS"})
        since = emu.clock.now().isoformat(timespec="seconds")
        changed = values(await emu.client.get("/customer", auth=auth, params={"changedSince": since}))
        assert [c["id"] for c in changed] == [created.json()["value"]["id"]]


@pytest.mark.asyncio
async def test_checksum_sentence_digest_and_304() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        plain = (await emu.client.get("/customer", auth=auth)).json()
        assert plain["versionDigest"] == "'If-None-Match' header not specified"
        first = await emu.client.get("/customer", auth=auth, headers={"If-None-Match": "0"})
        digest = first.json()["versionDigest"]
        assert first.status_code == 200
        assert len(digest) == 32
        same = await emu.client.get("/customer", auth=auth, headers={"If-None-Match": digest})
        assert same.status_code == 304
        assert same.content == b""
        assert same.headers["x-tlx-request-id"]
        await emu.client.post("/customer", auth=auth, json={"name": "Changes the digest"})
        changed = await emu.client.get("/customer", auth=auth, headers={"If-None-Match": digest})
        assert changed.status_code == 200
        assert changed.json()["versionDigest"] != digest
        emp = (await emu.client.get("/employee", auth=auth, headers={"If-None-Match": "0"})).json()
        assert emp["versionDigest"] == "Checksum not yet supported for this endpoint"
        assert emp["fullResultSize"] == 0 and emp["values"]  # inexact fullResultSize
        subs = (await emu.client.get("/event/subscription", auth=auth)).json()
        assert subs["versionDigest"] is None


@pytest.mark.asyncio
async def test_realism_off_gives_plain_digest_exact_sizes_and_schemes() -> None:
    off = RealismConfig(**{name: False for name in RealismConfig.__dataclass_fields__})
    async with emulator(small_config(realism=off)) as emu:
        auth = await emu.login()
        page = (await emu.client.get("/employee", auth=auth)).json()
        assert len(page["versionDigest"]) == 32
        assert page["fullResultSize"] == len(page["values"]) > 0
        row = page["values"][0]
        assert row["url"].startswith("https://tripletex.no/v2/employee/")
        assert row["phoneNumberHome"] is None  # no "" for unset strings
        assert "address" not in row  # no null reference objects
        missing = await emu.client.get("/customer/1", auth=auth)
        assert missing.json()["validationMessages"] == []


def test_sort_plain_without_a_spec() -> None:
    from tripletex_async.emulator.listing import sort_plain

    rows = [
        {"id": 1, "name": "b", "ref": {"n": 2}},
        {"id": 2, "name": None, "ref": {"n": 1}},
        {"id": 3, "name": "a", "ref": None},
    ]
    assert [r["id"] for r in sort_plain(rows, "name")] == [2, 3, 1]
    assert [r["id"] for r in sort_plain(rows, "-ref.n, id")] == [1, 2, 3]
    assert [r["id"] for r in sort_plain(rows, " ")] == [1, 2, 3]
    assert [r["id"] for r in sort_plain(rows, "unknown,-id")] == [3, 2, 1]
