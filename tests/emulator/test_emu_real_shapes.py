"""Compare emulator answers with recorded real Tripletex responses in ../shared/real-responses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.emulator.emu_support import emulator

REAL = Path(__file__).resolve().parents[3] / "shared" / "real-responses"
pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(
        not REAL.is_dir(), reason=f"real response corpus not found at {REAL} (needs ../shared)"
    ),
]


def _real(name: str) -> dict[str, Any]:
    data = json.loads((REAL / name).read_text())
    body = data["body"]
    assert isinstance(body, dict)
    return body


@pytest.mark.asyncio
async def test_customer_matches_real_shape() -> None:
    real = _real("bjerkio__tripletexjs__GET_customer_200_list.json")
    async with emulator() as emu:
        auth = await emu.login()
        ours = (await emu.client.get("/customer", auth=auth)).json()
    assert set(ours) == set(real)
    assert ours["versionDigest"] == real["versionDigest"]
    real_cust, our_cust = real["values"][0], ours["values"][0]
    missing = set(real_cust) - set(our_cust)
    assert not missing, missing
    for key in ("accountManager", "postalAddress", "currency", "ledgerAccount"):
        if our_cust.get(key) is not None:
            assert set(our_cust[key]) == set(real_cust[key]) == {"id", "url"}
    assert (
        real_cust["url"].split("/v2/")[0].count("://") == our_cust["url"].split("/v2/")[0].count("://") == 0
    )


@pytest.mark.asyncio
async def test_session_and_error_envelopes_match_real_keys() -> None:
    real_session = _real("bjerkio__tripletexjs__PUT_token-session-create_200_value.json")["value"]
    real_error = _real("novanet__hackathon.nm-i-ai.tripletex__POST_employee_422_error.json")
    async with emulator() as emu:
        r = await emu.client.put(
            "/token/session/:create",
            params={
                "consumerToken": "emulator-consumer",
                "employeeToken": "emulator-employee",
                "expirationDate": "2099-01-01",
            },
        )
        assert set(r.json()["value"]) == set(real_session)
        auth = await emu.login()
        err = (await emu.client.post("/employee", auth=auth, json={})).json()
    assert set(err) == set(real_error)
    assert set(err["validationMessages"][0]) == set(real_error["validationMessages"][0])
    assert {m["field"] for m in err["validationMessages"]} == {
        m["field"] for m in real_error["validationMessages"]
    }


@pytest.mark.asyncio
async def test_voucher_and_who_am_i_keys_are_known_to_real_service() -> None:
    real_voucher = _real("novanet__hackathon.nm-i-ai.tripletex__GET_ledger-voucher-ID_200_value-file.json")[
        "value"
    ]
    real_me = _real("novanet__hackathon.nm-i-ai.tripletex__GET_token-session-whoAmI_200_value-full.json")[
        "value"
    ]
    async with emulator() as emu:
        auth = await emu.login()
        page = (
            await emu.client.get(
                "/ledger/voucher", auth=auth, params={"dateFrom": "2000-01-01", "dateTo": "2100-01-01"}
            )
        ).json()
        me = (await emu.client.get("/token/session/>whoAmI", auth=auth)).json()["value"]
    ours = page["values"][0]
    assert set(real_voucher) - {"displayName"} <= set(ours)
    assert set(me) == set(real_me)
