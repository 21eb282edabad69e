"""Keep a local copy of customers fresh with Tripletex webhooks (Starlette; FastAPI below).

On startup the app subscribes to ``customer.create/update/delete`` (with a generated HMAC secret),
then fetches every customer once; from then on each verified delivery updates the copy
(``tripletex_async.webhooks.Mirror``). A handler error answers 500, so Tripletex retries it.

    TRIPLETEX_CONSUMER_TOKEN=... TRIPLETEX_EMPLOYEE_TOKEN=... \\
    PUBLIC_URL=https://my-app.example/hooks/tripletex uvicorn examples.webhooks_starlette:app

``python examples/webhooks_starlette.py`` runs the whole loop offline against the emulator (which
delivers real signed HTTP requests to this app) and checks the copy against a full re-fetch.

The same with FastAPI: mount the receiver (it is a plain ASGI app), or pass the body *stream* in a
route (never ``await request.body()``: that reads any size before the receiver can refuse it)::

    from fastapi import FastAPI, Request, Response

    api = FastAPI(lifespan=lifespan)                 # the same lifespan as below
    api.mount("/hooks/tripletex", receiver)          # either this ...

    @api.post("/hooks/tripletex")                    # ... or this
    async def tripletex_hook(request: Request) -> Response:
        result = await receiver.handle_stream(request.headers, request.stream())  # capped, raw bytes
        return Response(result.body, status_code=result.status, media_type="application/json")

Keep the secret somewhere safe (the service never shows it again). Set ``WEBHOOK_SEEN_DB`` to a
file to keep handled deliveries across restarts (``SqliteSeenStore``; replays stay refused); a
production setup would also keep a persistent copy (e.g. a SQLite table keyed by id).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tripletex_async import TripletexClient
from tripletex_async.webhooks import (
    Mirror,
    SeenStore,
    SqliteSeenStore,
    WebhookReceiver,
    WebhookSubscriptions,
    generate_secret,
)

EVENTS = ("customer.create", "customer.update", "customer.delete")


async def fetch_all_customers(tx: TripletexClient) -> list[dict[str, Any]]:
    """Every customer as the API sends it (the same shape deliveries carry)."""
    return [row async for row in tx.paginate(tx.customer.search, raw=True)]


async def subscribe(tx: TripletexClient, target_url: str, secret: str) -> None:
    """One subscription per event (replacing ours from earlier runs, whose secret is lost)."""
    subs = WebhookSubscriptions(tx)
    for old in await subs.list():
        if old.target_url == target_url and isinstance(old.id, int):
            await subs.delete(old.id)
    for event in EVENTS:
        await subs.create(event, target_url, hmac_secret=secret)
    for problem in await subs.disabled():
        print(f"warning: subscription {problem.id} ({problem.event}) is {problem.status}")


def build_app(
    tx: TripletexClient, target_url: str, secret: str | None = None, seen_store: SeenStore | None = None
) -> Starlette:
    secret = secret or generate_secret()
    mirror = Mirror("customer")
    # the mirror works on raw rows, so a value the typed model cannot read is applied all the same
    receiver = WebhookReceiver(hmac_secret=secret, seen_store=seen_store, on_unfit=mirror.apply)
    receiver.add_handler("customer.*", mirror.apply)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await subscribe(tx, target_url, secret)  # subscribe first, then fetch: no gap
        mirror.load(await fetch_all_customers(tx))
        yield

    async def customers(request: Request) -> JSONResponse:
        return JSONResponse({"count": len(mirror), "values": list(mirror.rows.values())})

    app = Starlette(
        routes=[
            Route("/hooks/tripletex", receiver, methods=["POST"]),
            Route("/customers", customers, methods=["GET"]),
        ],
        lifespan=lifespan,
    )
    app.state.mirror = mirror
    app.state.receiver = receiver
    return app


def _app_from_env() -> Starlette | None:
    target = os.environ.get("PUBLIC_URL")
    if not target:
        return None
    seen_db = os.environ.get("WEBHOOK_SEEN_DB")
    return build_app(
        TripletexClient(),
        target,
        os.environ.get("TRIPLETEX_WEBHOOK_SECRET"),
        SqliteSeenStore(seen_db) if seen_db else None,
    )


app = _app_from_env()  # for ``uvicorn examples.webhooks_starlette:app``


async def demo() -> bool:
    """Offline: emulator -> signed deliveries -> this app; True when the copy equals a re-fetch."""
    import httpx

    from tripletex_async.emulator import create_app
    from tripletex_async.emulator.connect import emulator_client
    from tripletex_async.emulator.webhooks import DeliverySettings, enable_webhooks
    from tripletex_async.models import Customer

    emulator = create_app()
    async with emulator_client(emulator) as tx:
        web = build_app(tx, "https://my-app.example/hooks/tripletex")
        hooks = enable_webhooks(
            emulator, transport=httpx.ASGITransport(app=web), settings=DeliverySettings(base_delay=0.05)
        )
        async with hooks, web.router.lifespan_context(web):
            mirror: Mirror = web.state.mirror
            print(f"initial fetch: {len(mirror)} customers")
            created = (await tx.customer.post(body=Customer(name="Webhook Demo AS"))).value
            assert isinstance(created, Customer) and isinstance(created.id, int)
            created.email = "post@demo.example"
            await tx.customer.put(created.id, body=created)
            victim = min(mirror.rows)
            await tx.customer.delete(victim)
            async with asyncio.timeout(30):
                await hooks.drain()
            fresh = {row["id"]: row for row in await fetch_all_customers(tx)}
            same = mirror.rows == fresh
            print(f"events applied: {mirror.applied}; copy equals re-fetch: {same}")
            return same


if __name__ == "__main__":
    raise SystemExit(0 if asyncio.run(demo()) else 1)
