"""Over a real uvicorn socket; config loading, CLI flags, generic fallback operations."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from tests.emulator.emu_support import CONSUMER, EMPLOYEE, Emu, small_config
from tripletex_async.emulator import EmulatorConfig, create_app, register_generic_operations
from tripletex_async.emulator.__main__ import build_config, parser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        assert isinstance(port, int)
        return port


@pytest.mark.asyncio
async def test_real_uvicorn_server_session_list_and_drop() -> None:
    app = create_app(small_config())
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical", lifespan="off")
    )
    task = asyncio.create_task(server.serve())
    try:
        for _ in range(200):
            if server.started:
                break
            await asyncio.sleep(0.01)
        assert server.started
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}/v2") as client:
            r = await client.post(
                "/token/session/:create",
                json={"consumerToken": CONSUMER, "employeeToken": EMPLOYEE, "expirationDate": "2099-01-01"},
            )
            assert r.status_code == 201
            auth = httpx.BasicAuth("0", r.json()["value"]["token"])
            page = await client.get("/customer", auth=auth, params={"count": 1000})
            assert page.status_code == 200
            assert page.json()["count"] == page.json()["fullResultSize"]
            assert page.headers["x-tlx-request-id"]
            app.emulator.config.faults.drop_connection = 1.0
            with pytest.raises(httpx.TransportError):
                await client.get("/customer", auth=auth)
            app.emulator.config.faults.drop_connection = 0.0
            ok = await client.get("/customer", auth=auth, params={"count": 1})
            assert ok.status_code == 200
    finally:
        server.should_exit = True
        await task


def test_config_from_json_and_toml(tmp_path: Path) -> None:
    data: dict[str, Any] = {
        "seed": 9,
        "client_companies": 1,
        "rate_limit": {"limit": 7},
        "faults": {"rate_500": 0.5},
    }
    j = tmp_path / "emu.json"
    j.write_text(json.dumps(data))
    cfg = EmulatorConfig.from_file(j)
    assert (cfg.seed, cfg.client_companies, cfg.rate_limit.limit, cfg.faults.rate_500) == (9, 1, 7, 0.5)
    t = tmp_path / "emu.toml"
    t.write_text("seed = 3\n[realism]\nurl_without_scheme = false\n[sizes]\ncustomers = 5\n")
    cfg = EmulatorConfig.from_file(t)
    assert cfg.seed == 3
    assert cfg.realism.url_without_scheme is False
    assert cfg.sizes.customers == 5
    with pytest.raises(ValueError, match="unknown config key"):
        EmulatorConfig.from_dict({"nope": 1})


def test_cli_flags_build_config() -> None:
    args = parser().parse_args(
        [
            "--port",
            "9999",
            "--latency-ms",
            "5",
            "--faults",
            "429=0.1,drop=0.01,churn=0.2",
            "--consumer-token",
            "c1",
            "--employee-token",
            "e1",
            "--rate-limit",
            "50",
            "--no-realism",
            "--scale",
            "2",
            "--clients",
            "5",
        ]
    )
    cfg = build_config(args)
    assert args.port == 9999
    assert cfg.latency.fixed_ms == 5
    assert (cfg.faults.rate_429, cfg.faults.drop_connection, cfg.faults.churn) == (0.1, 0.01, 0.2)
    assert cfg.consumer_tokens == ["c1"]
    assert cfg.employee_tokens == ["e1"]
    assert cfg.rate_limit.limit == 50
    assert cfg.realism.html_error_pages is False
    assert cfg.sizes.customers == EmulatorConfig().sizes.customers * 2
    assert cfg.client_companies == 5


def test_seeding_is_deterministic() -> None:
    """Same seed, same data. (How fast seeding is belongs in a benchmark, not a timed assertion.)"""
    from tripletex_async.emulator import SizeConfig

    sizes = SizeConfig(customers=2500, products=500, orders=300, vouchers=300, timesheet_entries=500)
    a = create_app(EmulatorConfig(seed=5, client_companies=1, sizes=sizes))
    b = create_app(EmulatorConfig(seed=5, client_companies=1, sizes=sizes))
    assert a.emulator.record_count() > 10_000
    ca = a.emulator.store.companies[a.emulator.store.client_company_ids[0]].coll("customer").ordered()
    cb = b.emulator.store.companies[b.emulator.store.client_company_ids[0]].coll("customer").ordered()
    assert ca == cb


@dataclasses.dataclass(frozen=True)
class _Op:
    operation_id: str
    method: str
    path: str


@pytest.mark.asyncio
async def test_generic_operations_are_fallbacks_with_deterministic_data() -> None:
    app = create_app(small_config(), operations=())
    ops = [
        _Op("Asset_get", "GET", "/asset/{id}"),
        _Op("Asset_delete", "DELETE", "/asset/{id}"),
        _Op("Customer_get", "GET", "/customer/{id}"),  # stateful route wins
    ]
    assert register_generic_operations(app.emulator, ops) == 2
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://e/v2") as client:
        emu = Emu(app, client)
        auth = await emu.login()
        r1 = await emu.client.get("/asset/5", auth=auth)
        r2 = await emu.client.get("/asset/5", auth=auth)
        assert r1.status_code == 200
        asset = r1.json()["value"]
        assert asset["id"] == 5 and asset["url"] == "tripletex.no/v2/asset/5"
        assert isinstance(asset["name"], str) and "changes" not in asset
        assert r1.content == r2.content
        assert (await emu.client.get("/asset/6", auth=auth)).content != r1.content
        assert (await emu.client.delete("/asset/5", auth=auth)).status_code == 204
        assert (await emu.client.get("/customer/1", auth=auth)).json()["code"] == 6000
        assert (await emu.client.get("/asset/5")).status_code == 401
