"""Rate limiting and every injected fault: 429/500/502/503, drops, session expiry, churn, latency."""

from __future__ import annotations

import anyio
import httpx
import pytest

from tests.emulator.emu_support import emulator, small_config, values
from tests.support.virtual_clock import backend_options
from tripletex_async.emulator import FaultConfig, LatencyConfig, RateLimitConfig


@pytest.mark.asyncio
async def test_rate_limit_headers_429_and_reset() -> None:
    async with emulator(small_config(rate_limit=RateLimitConfig(limit=3, period_seconds=60))) as emu:
        auth = await emu.login()  # session creation counts for the same (employee, consumer) key
        r = await emu.client.get("/customer", auth=auth, params={"count": 1})
        assert r.headers["X-Rate-Limit-Limit"] == "3"
        assert r.headers["X-Rate-Limit-Remaining"] == "1"
        assert 0 < int(r.headers["X-Rate-Limit-Reset"]) <= 60
        r = await emu.client.get("/customer", auth=auth, params={"count": 1})
        assert r.headers["X-Rate-Limit-Remaining"] == "0"
        assert emu.state.rate_limit_exceeded == 0
        limited = await emu.client.get("/customer", auth=auth, params={"count": 1})
        assert limited.status_code == 429
        assert limited.json()["status"] == 429
        assert "X-Rate-Limit-Reset" not in limited.headers  # realism: no reset header on the 429
        assert limited.headers["X-Rate-Limit-Remaining"] == "0"
        assert emu.state.rate_limit_exceeded == 1
        emu.clock.advance(61)
        again = await emu.client.get("/customer", auth=auth, params={"count": 1})
        assert again.status_code == 200
        assert again.headers["X-Rate-Limit-Remaining"] == "2"


@pytest.mark.asyncio
async def test_rate_limit_reset_header_on_429_when_realism_off() -> None:
    cfg = small_config(rate_limit=RateLimitConfig(limit=1, period_seconds=30))
    cfg.realism.omit_reset_on_429 = False
    async with emulator(cfg) as emu:
        auth = await emu.login()
        limited = await emu.client.get("/customer", auth=auth)
        assert limited.status_code == 429
        assert limited.headers["X-Rate-Limit-Reset"] == "30"


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [429, 500, 502, 503])
async def test_injected_http_faults(status: int) -> None:
    faults = FaultConfig(**{f"rate_{status}": 1.0})
    async with emulator(small_config(faults=faults)) as emu:
        r = await emu.client.get("/customer")
        assert r.status_code == status
        assert r.headers["x-tlx-request-id"]
        assert emu.state.counters.faults[str(status)] == 1
        if status in (502, 503):
            assert r.headers["content-type"].startswith("text/html")
        elif status == 429:
            assert "X-Rate-Limit-Reset" not in r.headers
            assert emu.state.rate_limit_exceeded == 0  # injected, not earned


@pytest.mark.asyncio
async def test_500_faults_mix_html_and_json_with_null_message() -> None:
    async with emulator(small_config(faults=FaultConfig(rate_500=1.0, html_500_share=0.5))) as emu:
        kinds = set()
        for _ in range(30):
            r = await emu.client.get("/customer")
            assert r.status_code == 500
            if r.headers["content-type"].startswith("text/html"):
                kinds.add("html")
                assert "<html>" in r.text
            else:
                kinds.add("json")
                assert r.json()["message"] is None
                assert r.json()["validationMessages"] is None
        assert kinds == {"html", "json"}


@pytest.mark.asyncio
async def test_dropped_connection_in_process() -> None:
    async with emulator(small_config(faults=FaultConfig(drop_connection=1.0))) as emu:
        with pytest.raises(httpx.RemoteProtocolError):
            await emu.client.get("/customer")
        assert emu.state.counters.faults["drop"] == 1


@pytest.mark.asyncio
async def test_forced_session_expiry() -> None:
    async with emulator() as emu:
        auth = await emu.login()
        assert (await emu.client.get("/customer", auth=auth)).status_code == 200
        emu.state.config.faults.session_expiry = 1.0
        r = await emu.client.get("/customer", auth=auth)
        assert r.status_code == 401
        assert r.json()["code"] == 3000
        assert emu.state.counters.faults["session_expiry"] == 1
        emu.state.config.faults.session_expiry = 0.0
        assert (await emu.client.get("/customer", auth=await emu.login())).status_code == 200
        assert emu.state.auth.expire_all() == 1


@pytest.mark.asyncio
async def test_churn_changes_data_between_pages() -> None:
    async with emulator(small_config(faults=FaultConfig(churn=1.0))) as emu:
        auth = await emu.login()
        first = (await emu.client.get("/customer", auth=auth, params={"from": 0, "count": 5})).json()
        size0 = first["fullResultSize"]
        initial = {
            r["id"] for r in values(await emu.client.get("/customer", auth=auth, params={"fields": "id"}))
        }
        assert emu.state.counters.churn_events == 0  # never on the first page
        for start in (5, 10, 15):
            await emu.client.get("/customer", auth=auth, params={"from": start, "count": 5})
        assert emu.state.counters.churn_events == 3
        after = values(await emu.client.get("/customer", auth=auth, params={"fields": "id"}))
        assert len(after) != size0 or {r["id"] for r in after} != {r["id"] for r in first["values"]}
        # every record churn created is listed with its company, also one churn deleted again since
        created = emu.state.counters.churn_created.get("customer", set())
        assert {cid for cid, _ in created} <= {emu.state.store.owner_company_id}
        created_ids = {rid for _, rid in created}
        assert created_ids  # this seed clones at least once
        assert not created_ids & initial
        assert {r["id"] for r in after} - initial <= created_ids


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_latency_fixed_plus_jitter(backend: str) -> None:
    """On a virtual clock: the latency is exact, however loaded the machine is."""

    async def main() -> list[float]:
        took = []
        async with emulator(small_config(latency=LatencyConfig(fixed_ms=40, jitter_ms=20))) as emu:
            for _ in range(5):
                t0 = anyio.current_time()
                await emu.client.get("/customer")
                took.append(anyio.current_time() - t0)
        return took

    name, options = backend_options(backend)
    took = anyio.run(main, backend=name, backend_options=options)
    assert all(0.04 <= t <= 0.06 for t in took), took
    assert len(set(took)) > 1  # the jitter varies
