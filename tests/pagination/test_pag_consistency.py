"""Change detection during a walk: duplicates, shifts, digests, recovery."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from tests.support.pagination import FakeList, customer, customers, data_requests
from tripletex_async import TripletexClient
from tripletex_async.pagination import NO_MATCH_DIGEST

pytestmark = pytest.mark.anyio


def once_at(start: int, change: Any) -> Any:
    fired = False

    def hook(fake: FakeList, at: int) -> None:
        nonlocal fired
        if at >= start and not fired:
            fired = True
            change(fake)

    return hook


def ids(items: list[Any]) -> list[int]:
    return [c["id"] if isinstance(c, dict) else c.id for c in items]


async def test_detect_mode_asks_for_digests_and_id_order(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    router.get("/customer").mock(side_effect=FakeList(customers(25)))
    paginator = tx.paginate(tx.customer.search, count=10, fields="name", consistency="detect")
    items = await paginator.collect()
    assert ids(items) == list(range(1, 26))
    request = data_requests(router)[0]
    assert request.headers["if-none-match"] == NO_MATCH_DIGEST
    assert request.url.params["sorting"] == "id"
    assert request.url.params["fields"] == "id,name"
    report = paginator.report
    assert report.verifiable and report.consistent and not report.suspected_shift
    assert len(report.digests) == 1
    assert report.passes == 1 and report.pages == 3 and report.items == 25


async def test_default_mode_sends_no_if_none_match(tx: TripletexClient, router: respx.MockRouter) -> None:
    router.get("/customer").mock(side_effect=FakeList(customers(5)))
    paginator = tx.paginate(tx.customer.search)
    await paginator.collect()
    assert "if-none-match" not in data_requests(router)[0].headers
    assert not paginator.report.verifiable and not paginator.report.consistent


def _insert_low_id(fake: FakeList) -> None:
    fake.records.append(customer(15))


async def test_insertion_shift_is_reported_and_deduped(tx: TripletexClient, router: respx.MockRouter) -> None:
    records = customers(50, step=10, first=10)
    fake = FakeList(records, hook=once_at(30, _insert_low_id))
    router.get("/customer").mock(side_effect=fake)
    detect = tx.paginate(tx.customer.search, count=10, concurrency=2, consistency="detect")
    got = ids(await detect.collect())
    assert len(got) == 51 and len(set(got)) == 50  # the duplicate is yielded, and reported
    assert detect.report.duplicates == 1
    assert detect.report.digest_changed and detect.report.size_changed
    assert detect.report.suspected_shift and not detect.report.consistent

    fake.records[:] = customers(50, step=10, first=10)
    fake.hook = once_at(30, _insert_low_id)
    dedupe = tx.paginate(tx.customer.search, count=10, concurrency=2, consistency="dedupe").raw()
    got = ids(await dedupe.collect())
    assert got == sorted(set(got)) and len(got) == 50
    assert dedupe.report.duplicates_dropped == 1
    assert "digest changed" in dedupe.report.summary()


async def test_insertion_recovered(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(50, step=10, first=10), hook=once_at(30, _insert_low_id))
    router.get("/customer").mock(side_effect=fake)
    paginator = tx.paginate(tx.customer.search, count=10, concurrency=2, consistency="dedupe", recover=True)
    got = ids(await paginator.collect())
    assert sorted(got) == sorted(r["id"] for r in fake.records)
    assert len(got) == len(set(got)) == 51
    assert paginator.report.recovered == 1
    assert paginator.report.passes == 2
    assert paginator.report.consistent  # the last pass was stable


def _delete_early_record(fake: FakeList) -> None:
    del fake.records[4]


async def test_deletion_shift_is_detected_and_recovered(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    original = customers(50, step=10, first=10)
    fake = FakeList(list(original), hook=once_at(30, _delete_early_record))
    router.get("/customer").mock(side_effect=fake)
    detect = tx.paginate(tx.customer.search, count=10, concurrency=2, consistency="detect")
    got = ids(await detect.collect())
    # Offsets shifted left by one: one record was skipped silently by the server's paging...
    assert len(got) == 49
    missing = {r["id"] for r in fake.records} - set(got)
    assert len(missing) == 1
    # ...but the walk says so.
    assert detect.report.digest_changed and detect.report.suspected_shift and not detect.report.consistent

    fake.records[:] = list(original)
    fake.hook = once_at(30, _delete_early_record)
    recover = tx.paginate(tx.customer.search, count=10, concurrency=2, consistency="detect", recover=True)
    got = ids(await recover.collect())
    assert {r["id"] for r in fake.records} <= set(got)
    assert recover.report.recovered == 1 and recover.report.consistent


async def test_sentences_make_the_walk_unverifiable(tx: TripletexClient, router: respx.MockRouter) -> None:
    for mode in ("sentence", "unsupported", "null"):
        router.get("/customer").mock(side_effect=FakeList(customers(12), digest=mode))
        paginator = tx.paginate(tx.customer.search, count=5, consistency="detect")
        assert len(await paginator.collect()) == 12
        assert not paginator.report.verifiable
        assert not paginator.report.consistent
        assert paginator.report.digests == []
        assert "unverifiable" in paginator.report.summary()


async def test_memory_of_ids_is_bounded_without_recover(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    router.get("/customer").mock(side_effect=FakeList(customers(40)))
    paginator = tx.paginate(tx.customer.search, count=10, consistency="dedupe")
    iterator = paginator.__aiter__()
    async for _ in iterator:
        pass
    tracker = iterator._scheduler.walk.tracker  # type: ignore[attr-defined]
    assert tracker.seen is None
    assert len(tracker.state.previous_ids) <= 10
