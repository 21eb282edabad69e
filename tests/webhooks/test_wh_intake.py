"""Issue 13 points 1 and 4: what an unauthenticated sender can make the receiver read, hold and parse.

Each test is an attack that today's main (before the intake bounds) let through: a body read
without limit before the 401, a declared oversize length read anyway, a trickled body with a wrong
auth header read to the end, ``handle()`` without a cap, deeply nested JSON escaping as a
RecursionError, a header-only receiver silently accepting unauthenticated bodies.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, MutableMapping
from typing import Any

import httpx
import pytest

from tripletex_async.webhooks import (
    IDEMPOTENCY_HEADER,
    SIGNATURE_HEADER,
    SignatureCheck,
    UnauthenticatedBodyWarning,
    WebhookEvent,
    WebhookReceiver,
    sign,
)

SECRET = "S5Yd3Dz6FWmj7q2uA4Uy9KcQMGBVpJHeCbTgEnaw"
KiB = 1024


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Upload:
    """An ASGI sender: ``chunks`` chunks of ``size`` bytes, counting what the receiver consumed."""

    def __init__(self, chunks: int, size: int = 64 * KiB, *, clock: list[float] | None = None) -> None:
        self.chunks = chunks
        self.size = size
        self.consumed = 0  # body bytes the receiver asked for
        self.calls = 0
        self.clock = clock  # a virtual clock advanced one second per chunk (a trickle)
        self.answer: dict[str, Any] = {}

    async def receive(self) -> dict[str, Any]:
        self.calls += 1
        if self.clock is not None:
            self.clock[0] += 1.0
        if self.calls > self.chunks:
            return {"type": "http.request", "body": b"", "more_body": False}
        self.consumed += self.size
        return {"type": "http.request", "body": b"[" * self.size, "more_body": self.calls < self.chunks}

    async def send(self, message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            self.answer["status"] = message["status"]
            self.answer["headers"] = dict(message["headers"])
        else:
            self.answer["body"] = json.loads(message["body"])


def _scope(headers: dict[str, str]) -> dict[str, Any]:
    raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    return {"type": "http", "method": "POST", "path": "/", "headers": raw}


def _forged(length: int | None = None) -> dict[str, str]:
    headers = {IDEMPOTENCY_HEADER: "k-1", SIGNATURE_HEADER: "Zm9yZ2Vk"}
    if length is not None:
        headers["content-length"] = str(length)
    return headers


def _delivery(value: Any, key: str = "k-1", event: str = "customer.update") -> tuple[bytes, dict[str, str]]:
    body = json.dumps({"subscriptionId": 3, "event": event, "id": 7, "value": value}).encode()
    return body, {IDEMPOTENCY_HEADER: key, SIGNATURE_HEADER: sign(SECRET, key, body)}


@pytest.mark.anyio
async def test_declared_length_over_the_limit_is_413_before_any_body_byte() -> None:
    receiver = WebhookReceiver(hmac_secret=SECRET)  # default max_body: 1 MiB
    upload = Upload(chunks=160)  # 10 MiB
    await receiver(_scope(_forged(length=10 * 1024 * KiB)), upload.receive, upload.send)
    assert upload.answer["status"] == 413
    assert upload.calls == 0 and upload.consumed == 0
    assert upload.answer["headers"][b"connection"] == b"close"


@pytest.mark.anyio
async def test_undeclared_body_is_never_read_past_max_body() -> None:
    receiver = WebhookReceiver(hmac_secret=SECRET, max_body=256 * KiB)
    upload = Upload(chunks=160)
    await receiver(_scope(_forged()), upload.receive, upload.send)
    assert upload.answer["status"] == 413
    # the chunk that crosses the limit is the last one asked for (and it is not kept)
    assert upload.consumed <= 256 * KiB + upload.size
    assert upload.calls == 5


@pytest.mark.anyio
async def test_handle_with_a_body_in_memory_is_capped_too() -> None:
    receiver = WebhookReceiver(hmac_secret=SECRET, max_body=1000)
    body, headers = _delivery({"id": 7, "name": "x" * 2000})
    result = await receiver.handle(headers, body)
    assert result.status == 413 and result.event is None


@pytest.mark.anyio
async def test_wrong_auth_header_is_refused_before_the_body_is_read() -> None:
    with pytest.warns(UnauthenticatedBodyWarning):
        receiver = WebhookReceiver(auth_header=("x-hook", "right-value-123"))
    upload = Upload(chunks=64, size=KiB)  # a trickle: the old receiver read all 64 chunks first
    await receiver(_scope({IDEMPOTENCY_HEADER: "k", "x-hook": "wrong"}), upload.receive, upload.send)
    assert upload.answer["status"] == 401
    assert upload.calls == 0 and receiver.rejected == 1


@pytest.mark.anyio
async def test_a_trickled_body_is_cut_off_at_the_read_deadline() -> None:
    clock = [0.0]
    receiver = WebhookReceiver(hmac_secret=SECRET, read_timeout=5.0, monotonic=lambda: clock[0])
    upload = Upload(chunks=1000, size=16, clock=clock)  # one chunk a (virtual) second
    await receiver(_scope(_forged()), upload.receive, upload.send)
    assert upload.answer["status"] == 408
    assert upload.calls <= 6 and clock[0] <= 6.0


@pytest.mark.anyio
async def test_a_stalled_upload_is_cut_off_at_the_read_deadline() -> None:
    ticks = iter([0.0, 1.0, 11.0])  # start, first chunk, then the deadline has passed

    async def stalled() -> AsyncIterator[bytes]:
        yield b"{"
        raise AssertionError("the receiver waited for a chunk after its deadline")

    receiver = WebhookReceiver(hmac_secret=SECRET, read_timeout=10.0, monotonic=lambda: next(ticks))
    result = await receiver.handle_stream(_forged(), stalled())
    assert result.status == 408 and receiver.refused_early == 1


@pytest.mark.anyio
async def test_a_stall_without_chunks_times_out_on_the_event_loop() -> None:
    async def never() -> AsyncIterator[bytes]:
        import anyio

        await anyio.sleep_forever()
        yield b""

    receiver = WebhookReceiver(hmac_secret=SECRET, read_timeout=0.01)
    assert (await receiver.handle_stream(_forged(), never())).status == 408


@pytest.mark.anyio
async def test_signature_over_chunks_equals_the_signature_over_the_body() -> None:
    body, headers = _delivery({"id": 7, "name": "Acme AS"})
    check = SignatureCheck([b"other-secret", SECRET.encode()], "k-1")
    for start in range(0, len(body), 7):
        check.update(body[start : start + 7])
    assert check.verify(headers[SIGNATURE_HEADER])
    assert not check.verify(sign(SECRET, "k-2", body))

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 5):
            yield body[start : start + 5]

    receiver = WebhookReceiver(hmac_secret=SECRET)
    assert (await receiver.handle_stream(headers, chunks())).status == 200


@pytest.mark.anyio
@pytest.mark.parametrize("depth", [65, 100_000])
async def test_deeply_nested_json_is_a_400_not_a_recursion_error(depth: int) -> None:
    handled: list[WebhookEvent] = []

    async def handler(event: WebhookEvent) -> None:
        handled.append(event)

    receiver = WebhookReceiver(hmac_secret=SECRET, handler=handler, max_body=4 * 1024 * KiB)
    nested = "[" * depth + "]" * depth
    body = f'{{"event": "customer.update", "id": 7, "value": {{"tags": {nested}}}}}'.encode()
    headers = {IDEMPOTENCY_HEADER: "k", SIGNATURE_HEADER: sign(SECRET, "k", body)}
    result = await receiver.handle(headers, body)
    assert result.status == 400 and "nested deeper" in result.detail
    assert handled == []


@pytest.mark.anyio
async def test_brackets_inside_strings_do_not_count_as_depth() -> None:
    receiver = WebhookReceiver(hmac_secret=SECRET)
    body, headers = _delivery({"id": 7, "name": "[" * 500 + '\\"{' * 100})
    assert (await receiver.handle(headers, body)).status == 200


def test_a_header_only_receiver_warns_that_bodies_are_unauthenticated(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with (
        caplog.at_level(logging.WARNING),
        pytest.warns(UnauthenticatedBodyWarning, match="not authenticated"),
    ):
        WebhookReceiver(auth_header=("x-hook", "value-1234"))
    assert "not authenticated" in caplog.text
    assert "right-value" not in caplog.text and "value-1234" not in caplog.text


@pytest.mark.anyio
async def test_a_value_that_does_not_fit_the_model_is_acknowledged_and_reported(
    caplog: pytest.LogCaptureFixture,
) -> None:
    typed: list[WebhookEvent] = []
    unfit: list[WebhookEvent] = []

    async def on_typed(event: WebhookEvent) -> None:
        typed.append(event)

    async def on_unfit(event: WebhookEvent) -> None:
        unfit.append(event)

    receiver = WebhookReceiver(hmac_secret=SECRET, handler=on_typed, on_unfit=on_unfit)
    body, headers = _delivery({"id": 7, "postalAddress": "Storgata 1"})
    with caplog.at_level(logging.WARNING, logger="tripletex_async.webhooks"):
        first = await receiver.handle(headers, body)
        again = await receiver.handle(headers, body)  # the service's retry, if it had not seen 200
    assert first.status == 200 and "does not fit" in first.detail
    assert again.status == 200 and again.duplicate
    assert typed == [] and len(unfit) == 1 and receiver.unfit == 1
    assert unfit[0].value is None and unfit[0].raw_value == {"id": 7, "postalAddress": "Storgata 1"}
    assert "Customer" in (unfit[0].value_error or "") and "acknowledged but not handled" in caplog.text


@pytest.mark.anyio
async def test_the_limits_are_validated() -> None:
    for bad in ({"max_body": 0}, {"read_timeout": 0}, {"max_depth": 0}):
        with pytest.raises(ValueError):
            WebhookReceiver(hmac_secret=SECRET, **bad)  # type: ignore[arg-type]
    assert "S5Yd" not in repr(WebhookReceiver(hmac_secret=SECRET))


@pytest.mark.anyio
async def test_malformed_content_length_is_refused_unread() -> None:
    receiver = WebhookReceiver(hmac_secret=SECRET)
    upload = Upload(chunks=1)
    await receiver(_scope({**_forged(), "content-length": "12, 99"}), upload.receive, upload.send)
    assert upload.answer["status"] == 400 and upload.calls == 0


@pytest.mark.anyio
async def test_a_disconnect_mid_body_answers_nothing() -> None:
    receiver = WebhookReceiver(hmac_secret=SECRET)
    sent: list[Any] = []
    messages = iter([{"type": "http.request", "body": b"{", "more_body": True}, {"type": "http.disconnect"}])

    async def receive() -> Any:
        return next(messages)

    async def send(message: Any) -> None:
        sent.append(message)

    await receiver(_scope(_forged()), receive, send)
    assert sent == []


@pytest.mark.anyio
async def test_the_framework_route_of_the_examples_is_capped() -> None:
    """examples/webhooks_starlette.py's FastAPI/Starlette route: ``handle_stream(request.stream())``."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    receiver = WebhookReceiver(hmac_secret=SECRET, max_body=4 * KiB)

    async def hook(request: Request) -> Response:
        result = await receiver.handle_stream(request.headers, request.stream())
        return Response(result.body, status_code=result.status, media_type="application/json")

    app = Starlette(routes=[Route("/hook", hook, methods=["POST"])])
    body, headers = _delivery({"id": 7, "name": "Acme AS"})
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app.test") as http:
        assert (await http.post("/hook", content=body, headers=headers)).status_code == 200
        big = await http.post("/hook", content=b"x" * (64 * KiB), headers=_forged())
        assert big.status_code == 413
