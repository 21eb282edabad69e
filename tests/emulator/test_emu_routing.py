"""The router's public replace, and the webhook event catalog served through it."""

from __future__ import annotations

import pytest

from tests.emulator.emu_support import emulator, small_config
from tripletex_async.emulator import create_app
from tripletex_async.emulator.replies import Reply
from tripletex_async.emulator.routing import Router
from tripletex_async.emulator.webhooks import enable_webhooks, event_catalog


def _reply(call: object) -> Reply:
    return Reply(200, b"{}")


def test_replace_swaps_a_fallback_for_a_primary_route() -> None:
    router = Router()
    router.add("GET", "/x/{id}", _reply, fallback=True, name="fallback")
    old = router.replace("GET", "/x/{ident}", _reply, name="primary")
    assert old.name == "fallback"
    route, params = router.match("GET", "/x/7")
    assert route.name == "primary" and not route.fallback and params == {"ident": "7"}
    assert [r.name for r in router.routes] == ["primary"]
    with pytest.raises(KeyError):
        router.replace("GET", "/y", _reply)


@pytest.mark.asyncio
async def test_event_catalog_replaces_the_generic_fallback() -> None:
    async with emulator() as emu:
        assert emu.state.router.match("GET", "/event")[0].fallback
        enable_webhooks(emu.app)
        assert not emu.state.router.match("GET", "/event")[0].fallback
        r = await emu.client.get("/event", auth=await emu.login())
        assert r.status_code == 200
        assert r.json()["value"] == event_catalog()


def test_event_catalog_without_generic_routes() -> None:
    app = create_app(small_config(), operations=())
    enable_webhooks(app)  # nothing served GET /event: nothing to replace
    assert app.emulator.router.get("GET", "/event") is None
