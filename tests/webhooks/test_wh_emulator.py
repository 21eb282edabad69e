"""End to end: subscriptions on the emulator deliver signed webhooks to a WebhookReceiver."""

from __future__ import annotations

import asyncio
import json
import logging

import httpx
import pytest

from tests.webhooks.test_wh_support import FAST, TARGET, Rig, rig
from tripletex_async.emulator.webhooks import DeliverySettings
from tripletex_async.models import Customer, Product, SubscriptionStatus
from tripletex_async.webhooks import (
    IDEMPOTENCY_HEADER,
    SIGNATURE_HEADER,
    KnownEvent,
    UnauthenticatedBodyWarning,
    WebhookEvent,
    WebhookReceiver,
    generate_secret,
    verify_signature,
)

SECRET = generate_secret()
AUTH = ("X-Tripletex-Hook", "hook-token-123")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Recorder:
    def __init__(self) -> None:
        self.events: list[WebhookEvent] = []

    async def __call__(self, event: WebhookEvent) -> None:
        self.events.append(event)


async def _subscribe_customers(r: Rig, *, secret: str | None = SECRET) -> list[int]:
    ids = []
    for event in (KnownEvent.CUSTOMER_CREATE, KnownEvent.CUSTOMER_UPDATE, KnownEvent.CUSTOMER_DELETE):
        created = await r.subs.create(event, TARGET, hmac_secret=secret or False, auth_header=AUTH)
        ids.append(created.id)
    return ids


async def _drain(r: Rig) -> None:
    async with asyncio.timeout(10):
        await r.hooks.drain()


@pytest.mark.anyio
async def test_subscribe_mutate_receive_verify() -> None:
    recorder = Recorder()
    receiver = WebhookReceiver(hmac_secret=SECRET, auth_header=AUTH, handler=recorder)
    async with rig(receiver) as r:
        types = await r.subs.event_types()
        assert "customer.create" in types and "invoice.create" in types
        sub_ids = await _subscribe_customers(r)
        listed = {s.id for s in await r.subs.list()}
        assert set(sub_ids) <= listed
        stored = await r.subs.get(sub_ids[0])
        assert stored.event == "customer.create" and stored.status == SubscriptionStatus.ACTIVE
        assert "hmacSharedSecret" not in stored.additional_properties  # write-only

        created = (await r.tx.customer.post(body=Customer(name="Webhook AS", email="a@b.no"))).value
        assert isinstance(created, Customer) and isinstance(created.id, int)
        created.name = "Webhook Renamed AS"
        await r.tx.customer.put(created.id, body=created)
        await r.tx.customer.delete(created.id)
        await r.tx.product.post(body=Product(name="Not subscribed"))
        await _drain(r)

    assert [e.event for e in recorder.events] == ["customer.create", "customer.update", "customer.delete"]
    first, second, third = recorder.events
    assert isinstance(first.value, Customer) and first.value.name == "Webhook AS"
    assert isinstance(second.value, Customer) and second.value.name == "Webhook Renamed AS"
    assert third.value is None and third.id == created.id
    assert [e.subscription_id for e in recorder.events] == sub_ids
    for got in r.switch.log:
        assert got.status == 200
        assert got.headers[AUTH[0].lower()] == AUTH[1]
        assert verify_signature(
            SECRET, got.headers[IDEMPOTENCY_HEADER], got.body, got.headers[SIGNATURE_HEADER]
        )
        envelope = json.loads(got.body)
        assert set(envelope) == {"subscriptionId", "event", "id", "value"}
    assert r.hooks.delivered == 3 and r.hooks.pending == 0


@pytest.mark.anyio
async def test_subscription_fields_shape_the_value() -> None:
    recorder = Recorder()
    receiver = WebhookReceiver(hmac_secret=SECRET, handler=recorder)
    async with rig(receiver) as r:
        await r.subs.create("customer.create", TARGET, hmac_secret=SECRET, fields="id,name")
        await r.tx.customer.post(body=Customer(name="Fields AS", email="x@y.no"))
        await _drain(r)
    (event,) = recorder.events
    assert event.raw_value is not None and set(event.raw_value) == {"id", "name"}


@pytest.mark.anyio
async def test_wrong_secret_is_refused_and_subscription_gets_disabled() -> None:
    recorder = Recorder()
    receiver = WebhookReceiver(hmac_secret="a-different-secret-entirely", handler=recorder)
    async with rig(receiver) as r:
        (sub_id, *_) = await _subscribe_customers(r)
        await r.tx.customer.post(body=Customer(name="Refused AS"))
        await _drain(r)
        assert recorder.events == []
        assert [g.status for g in r.switch.log] == [401] * FAST.max_consecutive_failures
        assert receiver.rejected == FAST.max_consecutive_failures
        disabled = await r.subs.disabled()
        assert [(d.id, d.status) for d in disabled] == [(sub_id, SubscriptionStatus.DISABLED_TOO_MANY_ERRORS)]
        assert disabled[0].too_many_errors
        # a disabled subscription delivers nothing; reactivating it (fixed receiver) resumes deliveries
        await r.tx.customer.post(body=Customer(name="Ignored AS"))
        await _drain(r)
        assert len(r.switch.log) == FAST.max_consecutive_failures
        await r.subs.update(sub_id, hmac_secret="a-different-secret-entirely", reactivate=True)
        assert await r.subs.disabled() == []
        await r.tx.customer.post(body=Customer(name="Back AS"))
        await _drain(r)
    assert [e.value.name for e in recorder.events] == ["Back AS"]


@pytest.mark.anyio
async def test_missing_auth_header_config_means_401() -> None:
    recorder = Recorder()
    with pytest.warns(UnauthenticatedBodyWarning):
        receiver = WebhookReceiver(auth_header=AUTH, handler=recorder)
    async with rig(receiver) as r:
        await r.subs.create("customer.create", TARGET, hmac_secret=False, auth_header=(AUTH[0], "wrong"))
        await r.subs.create("customer.create", TARGET, hmac_secret=False)  # no auth header at all
        await r.tx.customer.post(body=Customer(name="Nobody AS"))
        await _drain(r)
    assert recorder.events == [] and {g.status for g in r.switch.log} == {401}


@pytest.mark.anyio
async def test_receiver_down_for_a_while_then_everything_arrives_in_order() -> None:
    recorder = Recorder()
    receiver = WebhookReceiver(hmac_secret=SECRET, auth_header=AUTH, handler=recorder)
    settings = DeliverySettings(base_delay=0.01, factor=2.0, max_delay=0.05, max_consecutive_failures=50)
    async with rig(receiver, settings) as r:
        await _subscribe_customers(r)
        r.switch.down = True
        names = [f"Down {i} AS" for i in range(5)]
        for name in names:
            await r.tx.customer.post(body=Customer(name=name))
        await asyncio.sleep(0.12)
        failed = [g for g in r.switch.log if g.status == 503]
        assert len(failed) >= 2 and recorder.events == [] and r.hooks.pending == 5
        # retries reuse the idempotency key of the delivery they repeat
        assert len({g.headers[IDEMPOTENCY_HEADER] for g in failed}) == 1
        r.switch.down = False
        await _drain(r)
        assert (await r.subs.disabled()) == []
    assert [e.value.name for e in recorder.events] == names
    assert r.hooks.delivered == 5


@pytest.mark.anyio
async def test_duplicate_delivery_runs_the_handler_once() -> None:
    recorder = Recorder()
    receiver = WebhookReceiver(hmac_secret=SECRET, auth_header=AUTH, handler=recorder)
    async with rig(receiver) as r:
        await _subscribe_customers(r)
        r.switch.lose_next_acks = 1  # the receiver handles it, but the service never sees the 200
        await r.tx.customer.post(body=Customer(name="Twice AS"))
        await _drain(r)
        assert [g.status for g in r.switch.log] == [200, 200]
        assert r.switch.log[0].headers[IDEMPOTENCY_HEADER] == r.switch.log[1].headers[IDEMPOTENCY_HEADER]
        # and a verbatim replay of the captured delivery
        replay = r.switch.log[0]
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=receiver), base_url=TARGET) as http:
            again = await http.post("", content=replay.body, headers=replay.headers)
        assert again.status_code == 200 and again.json()["detail"] == "duplicate"
    assert [e.value.name for e in recorder.events] == ["Twice AS"]


@pytest.mark.anyio
async def test_failing_handler_is_retried_until_it_succeeds() -> None:
    calls: list[str] = []

    async def flaky(event: WebhookEvent) -> None:
        calls.append(event.event)
        if len(calls) < 3:
            raise RuntimeError("database is down")

    receiver = WebhookReceiver(hmac_secret=SECRET, handler=flaky)
    async with rig(receiver) as r:
        await r.subs.create("customer.create", TARGET, hmac_secret=SECRET)
        await r.tx.customer.post(body=Customer(name="Flaky AS"))
        await _drain(r)
        assert [g.status for g in r.switch.log] == [500, 500, 200]
    assert calls == ["customer.create"] * 3


@pytest.mark.anyio
async def test_subscription_helpers_validate_and_delete() -> None:
    receiver = WebhookReceiver(hmac_secret=SECRET)
    async with rig(receiver) as r:
        with pytest.raises(ValueError, match="event name"):
            await r.subs.create("customer", TARGET)
        with pytest.raises(ValueError, match="https"):
            await r.subs.create("customer.create", "http://plain.test/hook")
        with pytest.raises(ValueError, match="offers no event"):
            await r.subs.create("widget.create", TARGET, check_event=True)
        made = await r.subs.create("customer.create", TARGET)
        assert made.hmac_secret and len(made.hmac_secret) >= 40
        other = await r.subs.create("customer.update", TARGET, hmac_secret="explicit-secret-value")
        assert other.hmac_secret == "explicit-secret-value"
        moved = await r.subs.update(made.id, target_url="https://elsewhere.test/hook", fields="id,name")
        assert moved.target_url == "https://elsewhere.test/hook" and moved.fields == "id,name"
        await r.subs.delete(made.id)
        await r.subs.delete(other.id)  # (the emulator does not implement DELETE /event/subscription/list)
        remaining = {s.id for s in await r.subs.list()}
        assert made.id not in remaining and other.id not in remaining
        # the emulator's seeded subscription (an .invalid host) is never contacted
        await r.tx.customer.post(body=Customer(name="Quiet AS"))
        await _drain(r)
        assert r.switch.log == []


@pytest.mark.anyio
async def test_app_lifespan_stops_deliveries_on_shutdown() -> None:
    from tripletex_async.emulator import create_app
    from tripletex_async.emulator.webhooks import enable_webhooks

    app = create_app()
    hooks = enable_webhooks(app, settings=FAST)
    assert app.emulator.webhooks is hooks
    with pytest.raises(RuntimeError, match="already enabled"):
        enable_webhooks(app)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http:
            assert (await http.get("http://emu/")).status_code == 200
        assert not hooks.closed
    assert hooks.closed and hooks.pending == 0


@pytest.mark.anyio
async def test_webhooks_enabled_while_the_app_runs_are_stopped_on_shutdown() -> None:
    """The app composes the dispatcher's shutdown at construction: enabling webhooks after the app
    started (a patched lifespan would only take effect on the next start) still closes them, and
    the app is not modified by enabling them."""
    from tripletex_async.emulator import create_app
    from tripletex_async.emulator.webhooks import enable_webhooks

    app = create_app()
    lifespan = app.router.lifespan_context
    async with app.router.lifespan_context(app):
        hooks = enable_webhooks(app, settings=FAST)
        assert app.router.lifespan_context is lifespan
        assert not hooks.closed
    assert hooks.closed and hooks.pending == 0


@pytest.mark.anyio
async def test_created_subscription_repr_hides_its_secrets(caplog: pytest.LogCaptureFixture) -> None:
    """Issue 13 point 3 (hand-written side): on main, repr(created) showed the HMAC secret and the
    auth header's value, so a debug print or a logged object leaked both."""
    receiver = WebhookReceiver(hmac_secret=SECRET)
    async with rig(receiver) as r:
        with caplog.at_level(logging.DEBUG):
            made = await r.subs.create("customer.create", TARGET, auth_header=AUTH)
            logging.getLogger("test").info("created %r / %s", made, made)
        assert made.hmac_secret and made.auth_header == AUTH  # the caller still gets both
        for text in (repr(made), str(made), caplog.text):
            assert made.hmac_secret not in text and AUTH[1] not in text
        assert "'***'" in repr(made) and AUTH[0] in repr(made) and str(made.id) in repr(made)
