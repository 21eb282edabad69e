"""Sessions that survive concurrency and faults (issue 12, point 4), end to end against the emulator.

Three client companies are walked concurrently through views of one client while the emulator
revokes every session by its 40th request and answers every 7th request with a 503. Everything runs
on trio's virtual clock (``MockClock(autojump_threshold=0)``): the emulator's latency and the
client's real retry backoffs (0.5 s doubling) pass instantly and deterministically, so other tasks
replace sessions while a retry waits -- the race that made walks die with ``AuthenticationError``.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from typing import Any

import anyio
import pytest

from tests.support.sync import emulator_ids
from tests.support.virtual_clock import backend_options
from tripletex_async import AuthenticationError, TripletexClient
from tripletex_async.clock import OSLO, oslo_today
from tripletex_async.emulator import EmulatorApp, EmulatorConfig, SizeConfig, create_app
from tripletex_async.emulator.config import FaultConfig, LatencyConfig, RateLimitConfig
from tripletex_async.emulator.connect import emulator_client, emulator_tokens
from tripletex_async.missing import present
from tripletex_async.token_store import MemoryTokenStore, SessionToken
from tripletex_async.transport import RetryPolicy

SESSION_REQUESTS = 40
ERROR_EVERY = 7
#: Every 7th request the emulator sees fails, and the order of concurrent requests varies between
#: runs (trio shuffles ready tasks; backoffs are jittered), so a retry lands on a failing slot with
#: p ~ 1/7. With the default 4 retries one request in a run exhausted them in about 1 run of 400
#: (a correct ServerError, but a flaky test about sessions); 8 retries (at most 39.5 s of backoff,
#: inside max_total_time) make that p ~ 2e-7 per 503.
RETRY = RetryPolicy(max_retries=8)


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, Any]]:
    return backend_options("trio")  # trio's MockClock: the scenario is the same on every run


class VirtualWallClock:
    """Wall time that moves with the event loop's (virtual) clock: one time for client and emulator."""

    def __init__(self, start: datetime) -> None:
        self.start = start
        self.origin: float | None = None

    def now(self) -> datetime:
        loop_now = anyio.current_time()
        if self.origin is None:
            self.origin = loop_now
        return self.start + timedelta(seconds=loop_now - self.origin)

    __call__ = now


def scenario(seed: int, *, faults: FaultConfig, clock: VirtualWallClock | None = None) -> EmulatorApp:
    return create_app(
        EmulatorConfig(
            seed=seed,
            client_companies=3,
            sizes=SizeConfig(customers=300),
            rate_limit=RateLimitConfig(limit=0),
            latency=LatencyConfig(fixed_ms=20, jitter_ms=80),
            faults=faults,
            clock=clock,
        )
    )


def active_customers(app: EmulatorApp) -> Counter[tuple[int, int]]:
    """(company, id) of every active customer: what customer.search lists (isInactive defaults to false)."""
    store = app.emulator.store
    return Counter(
        (company, cid)
        for company, cid in emulator_ids(app, "customers")
        if not store.companies[company].coll("customer").records[cid]["isInactive"]
    )


async def walk_three_companies(tx: TripletexClient, companies: list[int]) -> Counter[tuple[int, int]]:
    """Every customer of each company, walked concurrently through views of one client (page size 5)."""
    found: Counter[tuple[int, int]] = Counter()

    async def walk(company: int) -> None:
        view = tx.as_company(company)
        async for customer in view.paginate(view.customer.search, count=5):
            found[(company, present(customer.id))] += 1

    async with anyio.create_task_group() as tg:
        for company in companies:
            tg.start_soon(walk, company)
    return found


@pytest.mark.anyio
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
async def test_three_companies_walk_through_dying_sessions_and_5xx(seed: int) -> None:
    faults = FaultConfig(session_max_requests=SESSION_REQUESTS, server_error_every=ERROR_EVERY)
    app = scenario(seed, faults=faults)
    async with emulator_client(app, retry=RETRY, max_in_flight=8) as tx:
        found = await walk_three_companies(tx, list(app.emulator.store.client_company_ids))
        creations, requests = tx.sessions.creations, tx.stats.requests
    assert found == active_customers(app)  # every record exactly once
    counted = app.emulator.counters
    assert counted.faults["503"] > 0 and counted.faults["session_expiry"] > 0  # the faults did happen
    assert creations <= requests / SESSION_REQUESTS + 3, (creations, requests)


@pytest.mark.anyio
@pytest.mark.parametrize("margin", [timedelta(0), timedelta(minutes=5)])
async def test_a_walk_across_midnight_oslo_under_load_needs_one_new_session(margin: timedelta) -> None:
    """The session in use dies at 00:00 Oslo (or enters the refresh margin) while page requests are
    in flight: the walk completes, with exactly one new session."""
    midnight = datetime(2026, 3, 10, 0, 0, tzinfo=OSLO)
    clock = VirtualWallClock(midnight - margin - timedelta(seconds=2))
    app = scenario(3, faults=FaultConfig(server_error_every=ERROR_EVERY), clock=clock)
    # A session created earlier today with expirationDate = today: it dies at midnight.
    consumer, employee = emulator_tokens(app)
    today = oslo_today(clock.now())
    session = app.emulator.auth.create_session(consumer, employee, today.isoformat())
    store = MemoryTokenStore()
    async with emulator_client(
        app, retry=RETRY, max_in_flight=8, clock=clock, token_store=store, refresh_margin=margin
    ) as tx:
        await store.set(
            tx.sessions.store_key,
            SessionToken(token=session.token, expires_at=session.expires_at, expiration_date=today),
        )
        created_before = app.emulator.auth.sessions_created
        found = await walk_three_companies(tx, list(app.emulator.store.client_company_ids))
        assert clock.now() > midnight - margin + timedelta(seconds=2)  # the walk went on past it
        assert session.expires_at == midnight
        assert found == active_customers(app)
        assert tx.sessions.creations == 1
        assert app.emulator.auth.sessions_created - created_before == 1


@pytest.mark.anyio
async def test_a_401_with_never_working_credentials_still_fails_fast() -> None:
    """Sessions are created, but every call with them is refused: two 401s, then AuthenticationError."""
    app = scenario(1, faults=FaultConfig(session_max_requests=1))  # each session dies on its 1st use
    async with emulator_client(app, retry=RetryPolicy()) as tx:
        with pytest.raises(AuthenticationError):
            await tx.customer.search(count=5)
        assert tx.sessions.creations == 2  # the first 401 earns one refresh, the second is final
        assert tx.stats.by_status.get(401) == 2


async def _figures(seed: int) -> tuple[bool, int, int]:
    faults = FaultConfig(session_max_requests=SESSION_REQUESTS, server_error_every=ERROR_EVERY)
    app = scenario(seed, faults=faults)
    async with emulator_client(app, retry=RETRY, max_in_flight=8) as tx:
        try:
            ok = await walk_three_companies(tx, list(app.emulator.store.client_company_ids)) == (
                active_customers(app)
            )
        except Exception:  # what main did: AuthenticationError out of the walk
            ok = False
        return ok, tx.sessions.creations, tx.stats.requests


if __name__ == "__main__":  # python -m tests.client.test_session_concurrency: the scenario's figures
    import trio.testing

    runs = range(1, 21)
    results = [trio.run(_figures, seed, clock=trio.testing.MockClock(autojump_threshold=0)) for seed in runs]
    for seed, (ok, creations, requests) in zip(runs, results, strict=True):
        print(f"seed {seed:2}: {'ok  ' if ok else 'FAIL'} session creations {creations}, requests {requests}")
    print(
        f"runs {len(results)}, failures {sum(not ok for ok, _, _ in results)}, "
        f"session creations {sum(r[1] for r in results)}, requests {sum(r[2] for r in results)}"
    )
