"""A local copy kept fresh by webhooks equals a full re-fetch after creates, updates and deletes."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from tests.webhooks.test_wh_support import TARGET, Rig, rig
from tripletex_async.emulator.webhooks import DeliverySettings
from tripletex_async.models import Customer
from tripletex_async.webhooks import Mirror, WebhookEvent, WebhookReceiver, generate_secret

SECRET = generate_secret()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def _full_fetch(r: Rig) -> list[dict[str, Any]]:
    response = await r.tx.customer.search_with_response(count=10_000)
    data = json.loads(response.content)
    assert data["fullResultSize"] == len(data["values"]) or data["fullResultSize"] == 0
    rows: list[dict[str, Any]] = data["values"]
    return rows


@pytest.mark.anyio
async def test_mirror_matches_a_full_refetch_after_mixed_changes() -> None:
    mirror = Mirror("customer")
    receiver = WebhookReceiver(hmac_secret=SECRET)
    receiver.add_handler("customer.*", mirror.apply)
    settings = DeliverySettings(base_delay=0.005, max_delay=0.02, max_consecutive_failures=100)
    async with rig(receiver, settings) as r:
        for event in ("customer.create", "customer.update", "customer.delete"):
            await r.subs.create(event, TARGET, hmac_secret=SECRET)
        mirror.load(await _full_fetch(r))  # subscribe first, then fetch: nothing falls in between
        seeded = sorted(mirror.rows)
        assert len(seeded) >= 10

        made: list[int] = []
        for i in range(6):
            c = (await r.tx.customer.post(body=Customer(name=f"Sync {i} AS", email=f"s{i}@x.no"))).value
            assert isinstance(c, Customer) and isinstance(c.id, int)
            made.append(c.id)
        for ident in (seeded[0], seeded[1], made[0], made[2]):
            current = (await r.tx.customer.get(ident)).value
            assert isinstance(current, Customer)
            current.name = f"{current.name} (edited)"
            current.email = "edited@x.no"
            await r.tx.customer.put(ident, body=current)
        r.switch.down = True  # the receiver goes away for a while: changes keep happening
        for ident in (seeded[2], made[1]):
            await r.tx.customer.delete(ident)
        again = (await r.tx.customer.get(made[0])).value
        assert isinstance(again, Customer)
        again.phone_number = "+47 12345678"
        await r.tx.customer.put(made[0], body=again)
        late = (await r.tx.customer.post(body=Customer(name="Late AS"))).value
        assert isinstance(late, Customer) and isinstance(late.id, int)
        await asyncio.sleep(0.05)
        r.switch.down = False
        await r.tx.customer.delete(late.id)  # created and deleted: must not linger in the copy
        async with asyncio.timeout(10):
            await r.hooks.drain()
        fresh = {row["id"]: row for row in await _full_fetch(r)}
        assert any(g.status == 503 for g in r.switch.log)

    assert mirror.rows == fresh
    assert late.id not in mirror.rows and seeded[2] not in mirror.rows and made[1] not in mirror.rows
    assert mirror.rows[made[0]]["phoneNumber"] == "+47 12345678"
    assert mirror.rows[seeded[0]]["email"] == "edited@x.no"


@pytest.mark.anyio
async def test_mirror_ignores_stale_and_foreign_events() -> None:
    mirror = Mirror("customer")
    mirror.load([{"id": 1, "version": 3, "name": "New"}])

    def event(name: str, ident: int, value: dict[str, Any] | None) -> WebhookEvent:
        resource, _, verb = name.rpartition(".")
        return WebhookEvent(name, resource, verb, ident, 1, value, value)

    await mirror.apply(event("customer.update", 1, {"id": 1, "version": 2, "name": "Old"}))
    await mirror.apply(event("product.update", 1, {"id": 1, "version": 9}))
    assert mirror.rows[1]["name"] == "New" and mirror.ignored == 2
    await mirror.apply(event("customer.delete", 1, None))
    await mirror.apply(event("customer.update", 1, {"id": 1, "version": 4, "name": "Zombie"}))
    assert 1 not in mirror.rows
    mirror.load([{"id": 1, "version": 4}])  # a fetch that raced the delete
    assert 1 not in mirror.rows
