"""WebhookReceiver on its own: signatures over the raw body, auth header, de-duplication, failures."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tripletex_async.models import Customer, Invoice
from tripletex_async.webhooks import (
    IDEMPOTENCY_HEADER,
    SIGNATURE_HEADER,
    InMemorySeenStore,
    KnownEvent,
    UnauthenticatedBodyWarning,
    WebhookEvent,
    WebhookReceiver,
    generate_secret,
    parse_event,
    sign,
    split_event_name,
    validate_event_name,
    verify_signature,
)

SECRET = "S5Yd3Dz6FWmj7q2uA4Uy9KcQMGBVpJHeCbTgEnaw"
URL = "http://hooks.test/"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _body(event: str = "customer.update", ident: int = 7, value: Any = None) -> bytes:
    if value is None and not event.endswith(".delete"):
        value = {"id": ident, "version": 2, "name": "Acme AS", "email": None}
    return json.dumps({"subscriptionId": 3, "event": event, "id": ident, "value": value}).encode()


def _signed(body: bytes, key: str = "key-1", secret: str = SECRET) -> dict[str, str]:
    return {
        IDEMPOTENCY_HEADER: key,
        SIGNATURE_HEADER: sign(secret, key, body),
        "content-type": "application/json",
    }


class Recorder:
    def __init__(self) -> None:
        self.events: list[WebhookEvent] = []
        self.fail = 0

    async def __call__(self, event: WebhookEvent) -> None:
        if self.fail:
            self.fail -= 1
            raise RuntimeError("handler is broken")
        self.events.append(event)


def _client(receiver: WebhookReceiver) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=receiver), base_url=URL)


def test_signature_matches_the_spec_formula() -> None:
    import base64
    import hashlib
    import hmac

    body = b'{"a":1}'
    expected = base64.b64encode(hmac.new(SECRET.encode(), b"k&" + body, hashlib.sha512).digest()).decode()
    assert sign(SECRET, "k", body) == expected
    assert verify_signature(SECRET, "k", body, expected)
    assert not verify_signature(SECRET, "k", body + b" ", expected)
    assert not verify_signature(SECRET, "other", body, expected)
    assert not verify_signature(SECRET, "k", body, None)
    assert not verify_signature(SECRET, "k", body, "ÿ")


def test_event_names_and_secrets() -> None:
    assert validate_event_name(KnownEvent.CUSTOMER_CREATE) == "customer.create"
    assert split_event_name("invoice.create") == ("invoice", "create")
    assert split_event_name("ledger.voucher.update") == ("ledger.voucher", "update")
    for bad in (
        "customer",
        "Customer.create",
        "customer.",
        ".create",
        "customer create",
        "customer.create;x",
    ):
        with pytest.raises(ValueError, match="event name"):
            validate_event_name(bad)
    a, b = generate_secret(), generate_secret()
    assert a != b and len(a) >= 40
    with pytest.raises(ValueError):
        generate_secret(8)


def test_envelope_parses_into_generated_models() -> None:
    customer = parse_event(json.loads(_body()))
    assert isinstance(customer.value, Customer) and customer.value.name == "Acme AS"
    assert (customer.resource, customer.verb, customer.id, customer.subscription_id) == (
        "customer",
        "update",
        7,
        3,
    )
    invoice = parse_event({"event": "invoice.create", "id": 1, "value": {"id": 1, "invoiceNumber": 10}})
    assert isinstance(invoice.value, Invoice) and invoice.value.invoice_number == 10
    deleted = parse_event(json.loads(_body("customer.delete")))
    assert deleted.value is None and deleted.is_delete
    unknown = parse_event({"event": "widget.create", "id": 1, "value": {"id": 1, "x": 2}})
    assert unknown.value == {"id": 1, "x": 2}


def test_receiver_refuses_to_run_unauthenticated() -> None:
    with pytest.raises(ValueError, match="hmac_secret"):
        WebhookReceiver()
    with pytest.raises(ValueError):
        WebhookReceiver(hmac_secret="")


@pytest.mark.anyio
async def test_valid_delivery_reaches_the_typed_handler() -> None:
    recorder = Recorder()
    receiver = WebhookReceiver(hmac_secret=SECRET)
    receiver.add_handler("customer.*", recorder)
    other = Recorder()
    receiver.add_handler("invoice.*", other)
    body = _body()
    async with _client(receiver) as http:
        r = await http.post("/", content=body, headers=_signed(body))
    assert r.status_code == 200, r.text
    assert len(recorder.events) == 1 and not other.events
    assert isinstance(recorder.events[0].value, Customer)
    assert recorder.events[0].idempotency_key == "key-1"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "mutate",
    [
        "no-signature",
        "wrong-secret",
        "body-changed",
        "key-changed",
        "garbage-signature",
    ],
)
async def test_bad_signature_is_401_and_nothing_runs(mutate: str) -> None:
    recorder = Recorder()
    receiver = WebhookReceiver(hmac_secret=SECRET, handler=recorder)
    body = _body()
    headers = _signed(body)
    if mutate == "no-signature":
        del headers[SIGNATURE_HEADER]
    elif mutate == "wrong-secret":
        headers = _signed(body, secret="not-the-secret")
    elif mutate == "body-changed":
        body = body.replace(b"Acme", b"Evil")
    elif mutate == "key-changed":
        headers[IDEMPOTENCY_HEADER] = "key-2"
    else:
        headers[SIGNATURE_HEADER] = "AAAA"
    async with _client(receiver) as http:
        r = await http.post("/", content=body, headers=headers)
    assert r.status_code == 401
    assert recorder.events == [] and receiver.rejected == 1
    assert len(receiver.seen_store) == 0  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_signature_is_over_the_raw_body_not_reserialized_json() -> None:
    recorder = Recorder()
    receiver = WebhookReceiver(hmac_secret=SECRET, handler=recorder)
    body = b'{ "event" : "customer.create",\n "id": 5, "subscriptionId": 1, "value": {"id": 5, "name": "\\u00c6"} }'
    async with _client(receiver) as http:
        r = await http.post("/", content=body, headers=_signed(body))
    assert r.status_code == 200
    assert recorder.events[0].value.name == "Æ"


@pytest.mark.anyio
@pytest.mark.parametrize("header", [None, "wrong", "Bearer tok3n "])
async def test_wrong_or_missing_auth_header_is_401(header: str | None) -> None:
    recorder = Recorder()
    with pytest.warns(UnauthenticatedBodyWarning):
        receiver = WebhookReceiver(auth_header=("X-Hook-Token", "Bearer tok3n"), handler=recorder)
    body = _body()
    headers = {IDEMPOTENCY_HEADER: "k"}
    if header is not None:
        headers["x-hook-token"] = header
    async with _client(receiver) as http:
        r = await http.post("/", content=body, headers=headers)
        assert r.status_code == 401 and recorder.events == []
        good = {IDEMPOTENCY_HEADER: "k", "X-Hook-Token": "Bearer tok3n"}
        ok = await http.post("/", content=body, headers=good)
        assert ok.status_code == 200 and len(recorder.events) == 1


@pytest.mark.anyio
async def test_both_checks_configured_means_both_required() -> None:
    recorder = Recorder()
    receiver = WebhookReceiver(hmac_secret=SECRET, auth_header=("authorization", "Basic x"), handler=recorder)
    body = _body()
    async with _client(receiver) as http:
        assert (await http.post("/", content=body, headers=_signed(body))).status_code == 401
        no_sig = {IDEMPOTENCY_HEADER: "key-1", "authorization": "Basic x"}
        assert (await http.post("/", content=body, headers=no_sig)).status_code == 401
        both = {**_signed(body), "authorization": "Basic x"}
        assert (await http.post("/", content=body, headers=both)).status_code == 200
    assert len(recorder.events) == 1


@pytest.mark.anyio
async def test_duplicate_delivery_runs_the_handler_once() -> None:
    recorder = Recorder()
    receiver = WebhookReceiver(hmac_secret=SECRET, handler=recorder)
    body = _body()
    async with _client(receiver) as http:
        first = await http.post("/", content=body, headers=_signed(body))
        again = await http.post("/", content=body, headers=_signed(body))
        other = await http.post("/", content=body, headers=_signed(body, key="key-2"))
    assert (first.status_code, again.status_code, other.status_code) == (200, 200, 200)
    assert again.json()["detail"] == "duplicate"
    assert len(recorder.events) == 2


@pytest.mark.anyio
async def test_failing_handler_gets_500_and_the_retry_is_handled() -> None:
    recorder = Recorder()
    recorder.fail = 1
    receiver = WebhookReceiver(hmac_secret=SECRET, handler=recorder)
    body = _body()
    async with _client(receiver) as http:
        failed = await http.post("/", content=body, headers=_signed(body))
        assert failed.status_code == 500 and recorder.events == []
        retried = await http.post("/", content=body, headers=_signed(body))
    assert retried.status_code == 200 and len(recorder.events) == 1


@pytest.mark.anyio
async def test_malformed_requests() -> None:
    recorder = Recorder()
    receiver = WebhookReceiver(hmac_secret=SECRET, handler=recorder)
    async with _client(receiver) as http:
        not_json = b"{nope"
        assert (await http.post("/", content=not_json, headers=_signed(not_json))).status_code == 400
        bad_event = b'{"event": "nope", "id": 1}'
        assert (await http.post("/", content=bad_event, headers=_signed(bad_event))).status_code == 400
        body = _body()
        no_key = {SIGNATURE_HEADER: sign(SECRET, "", body)}
        assert (await http.post("/", content=body, headers=no_key)).status_code == 400
        assert (await http.get("/")).status_code == 405
    assert recorder.events == []


@pytest.mark.anyio
async def test_seen_store_is_bounded() -> None:
    store = InMemorySeenStore(max_size=3)
    for key in "abcde":
        await store.record(key, f"digest-{key}")
    assert len(store) == 3
    assert await store.digest_for("a") is None and await store.digest_for("e") == "digest-e"


@pytest.mark.anyio
async def test_secret_rotation_accepts_either_secret() -> None:
    recorder = Recorder()
    receiver = WebhookReceiver(hmac_secret=["old-secret-value", SECRET], handler=recorder)
    body = _body()
    async with _client(receiver) as http:
        assert (
            await http.post("/", content=body, headers=_signed(body, secret="old-secret-value"))
        ).status_code == 200
        body2 = _body(ident=8)
        assert (await http.post("/", content=body2, headers=_signed(body2, key="k2"))).status_code == 200
    assert len(recorder.events) == 2
