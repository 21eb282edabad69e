"""Sessions, Oslo-midnight expiry, Basic auth, company switching."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx
import pytest

from tests.emulator.emu_support import CONSUMER, EMPLOYEE, emulator, small_config, value, values
from tripletex_async.emulator import OSLO, session_expiry


@pytest.mark.asyncio
async def test_session_create_post_and_put() -> None:
    async with emulator() as emu:
        body = {"consumerToken": CONSUMER, "employeeToken": EMPLOYEE, "expirationDate": "2099-01-01"}
        r = await emu.client.post("/token/session/:create", json=body)
        assert r.status_code == 201
        v = value(r)
        assert set(v) >= {"id", "version", "url", "consumerToken", "employeeToken", "expirationDate", "token"}
        assert v["expirationDate"] == "2099-01-01"
        assert set(v["consumerToken"]) == {"id", "url"}
        r2 = await emu.client.put("/token/session/:create", params=body)
        assert r2.status_code == 200
        assert value(r2)["token"] != v["token"]
        assert emu.state.sessions_created == 2
        assert r.headers["x-tlx-request-id"]


@pytest.mark.asyncio
async def test_test_style_tokens_accepted_and_unknown_tokens_rejected() -> None:
    async with emulator() as emu:
        ok = await emu.client.put(
            "/token/session/:create",
            params={"consumerToken": "test-c", "employeeToken": "test-e", "expirationDate": "2099-01-01"},
        )
        assert ok.status_code == 200
        bad = await emu.client.put(
            "/token/session/:create",
            params={"consumerToken": "nope", "employeeToken": EMPLOYEE, "expirationDate": "2099-01-01"},
        )
        assert bad.status_code == 422
        err = bad.json()
        assert err["code"] == 18000
        assert err["validationMessages"][0]["field"] == "arg:consumerToken"
        assert "consumer token is invalid" in err["validationMessages"][0]["message"]
        assert err["requestId"] == bad.headers["x-tlx-request-id"]
        assert emu.state.sessions_created == 1


@pytest.mark.asyncio
async def test_session_expires_at_midnight_oslo() -> None:
    async with emulator() as emu:
        emu.clock.set(datetime(2025, 3, 10, 23, 58, tzinfo=OSLO))
        token = await emu.session(expiration="2025-03-10")
        auth = httpx.BasicAuth("0", token)
        assert (await emu.client.get("/token/session/>whoAmI", auth=auth)).status_code == 200
        emu.clock.advance(timedelta(minutes=1, seconds=59))  # 23:59:59 Oslo still valid
        assert (await emu.client.get("/token/session/>whoAmI", auth=auth)).status_code == 200
        emu.clock.advance(timedelta(seconds=1))  # 00:00:00 Oslo next day
        r = await emu.client.get("/token/session/>whoAmI", auth=auth)
        assert r.status_code == 401
        assert r.json()["code"] == 3000
        # a past expirationDate cannot be used to create a session
        bad = await emu.client.put(
            "/token/session/:create",
            params={"consumerToken": CONSUMER, "employeeToken": EMPLOYEE, "expirationDate": "2025-03-10"},
        )
        assert bad.status_code == 422


def test_session_expiry_is_oslo_midnight_in_utc() -> None:
    from datetime import UTC, date

    summer = session_expiry(date(2025, 6, 30))
    assert summer.astimezone(UTC) == datetime(2025, 6, 30, 22, 0, tzinfo=UTC)
    winter = session_expiry(date(2025, 1, 31))
    assert winter.astimezone(UTC) == datetime(2025, 1, 31, 23, 0, tzinfo=UTC)


@pytest.mark.asyncio
async def test_delete_session_revokes_it() -> None:
    async with emulator() as emu:
        token = await emu.session()
        auth = httpx.BasicAuth("0", token)
        r = await emu.client.delete(f"/token/session/{token}", auth=auth)
        assert r.status_code == 204
        assert (await emu.client.get("/customer", auth=auth)).status_code == 401


@pytest.mark.asyncio
async def test_auth_401_and_403() -> None:
    async with emulator() as emu:
        none = await emu.client.get("/customer")
        assert none.status_code == 401
        assert none.json()["code"] == 3000
        assert none.headers["x-tlx-request-id"] == none.json()["requestId"]
        wrong = await emu.client.get("/customer", auth=httpx.BasicAuth("0", "not-a-token"))
        assert wrong.status_code == 401
        auth = await emu.login(company=424242)
        forbidden = await emu.client.get("/customer", auth=auth)
        assert forbidden.status_code == 403
        assert forbidden.json()["code"] == 9000


@pytest.mark.asyncio
async def test_who_am_i_and_company_switching_with_separate_data() -> None:
    async with emulator(small_config(client_companies=2)) as emu:
        token = await emu.session()
        own = httpx.BasicAuth("0", token)
        me = value(await emu.client.get("/token/session/>whoAmI", auth=own))
        assert me["companyId"] == emu.state.store.owner_company_id
        assert set(me["employee"]) == {"id", "url"}
        expanded = value(
            await emu.client.get(
                "/token/session/>whoAmI", auth=own, params={"fields": "company(id,organizationNumber)"}
            )
        )
        assert set(expanded) == {"company"}
        assert set(expanded["company"]) == {"id", "organizationNumber"}

        clients = values(await emu.client.get("/company/>withLoginAccess", auth=own))
        assert [c["id"] for c in clients] == emu.state.store.client_company_ids
        assert all("customerCompanyId" in c and c["name"] for c in clients)

        a, b = (httpx.BasicAuth(str(c["id"]), token) for c in clients)
        me_a = value(await emu.client.get("/token/session/>whoAmI", auth=a))
        assert me_a["companyId"] == clients[0]["id"]
        created = await emu.client.post("/customer", auth=a, json={"name": "Only In A AS"})
        assert created.status_code == 201
        new_id = value(created)["id"]
        assert (await emu.client.get(f"/customer/{new_id}", auth=a)).status_code == 200
        assert (await emu.client.get(f"/customer/{new_id}", auth=b)).status_code == 404
        ids_a = {c["id"] for c in values(await emu.client.get("/customer", auth=a, params={"fields": "id"}))}
        ids_b = {c["id"] for c in values(await emu.client.get("/customer", auth=b, params={"fields": "id"}))}
        assert ids_a.isdisjoint(ids_b)
        company = value(await emu.client.get(f"/company/{clients[1]['id']}", auth=own))
        assert company["name"] == clients[1]["name"]
