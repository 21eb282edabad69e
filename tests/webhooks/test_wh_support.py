"""Shared pieces of the webhook tests (no tests here): an emulator with deliveries on, a switchable receiver."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import httpx

from tripletex_async import TripletexClient
from tripletex_async.emulator import OSLO, EmulatorApp, EmulatorConfig, FakeClock, SizeConfig, create_app
from tripletex_async.emulator.connect import emulator_client
from tripletex_async.emulator.webhooks import DeliverySettings, EmulatorWebhooks, enable_webhooks
from tripletex_async.webhooks import WebhookReceiver, WebhookSubscriptions

TARGET = "https://receiver.test/hooks/tripletex"
FAST = DeliverySettings(base_delay=0.002, factor=2.0, max_delay=0.02, max_consecutive_failures=6)

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


def small_config() -> EmulatorConfig:
    sizes = SizeConfig(customers=12, suppliers=3, products=4, orders=3, invoices=2, vouchers=2, employees=2)
    return EmulatorConfig(sizes=sizes, clock=FakeClock(datetime(2025, 6, 2, 12, 0, tzinfo=OSLO)))


@dataclasses.dataclass
class Received:
    headers: dict[str, str]
    body: bytes
    status: int


class Switch:
    """ASGI front of the receiver: can be 'down' (503), or lose the ack (receiver runs, 500 back)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.down = False
        self.lose_next_acks = 0
        self.log: list[Received] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        if self.down:
            self.log.append(Received(headers, body, 503))
            await send({"type": "http.response.start", "status": 503, "headers": []})
            await send({"type": "http.response.body", "body": b"down"})
            return
        status_box: list[int] = []

        async def replay() -> MutableMapping[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        async def capture(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status_box.append(int(message["status"]))
                if self.lose_next_acks > 0 and 200 <= message["status"] < 300:
                    self.lose_next_acks -= 1
                    message = {**message, "status": 500}
            await send(message)

        await self.app(scope, replay, capture)
        self.log.append(Received(headers, body, status_box[0] if status_box else 0))


@dataclasses.dataclass
class Rig:
    app: EmulatorApp
    hooks: EmulatorWebhooks
    tx: TripletexClient
    subs: WebhookSubscriptions
    switch: Switch
    receiver: WebhookReceiver


@asynccontextmanager
async def rig(receiver: WebhookReceiver, settings: DeliverySettings = FAST) -> AsyncIterator[Rig]:
    app = create_app(small_config())
    switch = Switch(receiver)
    hooks = enable_webhooks(app, transport=httpx.ASGITransport(app=switch), settings=settings)
    async with (
        hooks,
        emulator_client(app) as tx,
    ):
        yield Rig(app, hooks, tx, WebhookSubscriptions(tx), switch, receiver)
