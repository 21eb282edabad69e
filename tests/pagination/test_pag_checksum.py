"""Conditional reads: 304 only on a real digest, sentences and null are never digests."""

from __future__ import annotations

import httpx
import pytest
import respx

from tests.support.pagination import SENTENCE_NO_HEADER, FakeList, customer, customers, data_requests
from tripletex_async import ConfigurationError, ResponseParseError, TripletexClient
from tripletex_async.pagination import NO_MATCH_DIGEST, is_real_digest

pytestmark = pytest.mark.anyio


async def test_first_fetch_then_304(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(3))
    router.get("/customer").mock(side_effect=fake)
    first = await tx.fetch_if_changed(tx.customer.search, fields="id,name")
    assert not first.unchanged and first.changed
    assert first.digest is not None and is_real_digest(first.digest)
    assert [c.id for c in first.items] == [1, 2, 3]
    assert first.page is not None and first.page.full_result_size == 3
    assert fake.requests[0].headers["if-none-match"] == NO_MATCH_DIGEST

    second = await tx.fetch_if_changed(tx.customer.search, digest=first.digest, fields="id,name")
    assert second.unchanged and second.status == 304
    assert second.digest == first.digest
    assert second.page is None and second.items == []
    assert fake.requests[1].headers["if-none-match"] == first.digest

    fake.records.append(customer(4))
    third = await tx.fetch_if_changed(tx.customer.search, digest=first.digest, fields="id,name")
    assert not third.unchanged
    assert third.digest not in (None, first.digest)
    assert len(third.items) == 4


@pytest.mark.parametrize("mode", ["sentence", "unsupported", "null"])
async def test_sentences_and_null_are_not_digests(
    tx: TripletexClient, router: respx.MockRouter, mode: str
) -> None:
    fake = FakeList(customers(2), digest=mode)
    router.get("/customer").mock(side_effect=fake)
    result = await tx.fetch_if_changed(tx.customer.search)
    assert not result.unchanged
    assert result.digest is None and not result.supported
    assert result.page is not None
    if mode != "null":
        assert result.raw_digest == result.page.raw_version_digest
        # passing the sentence back sends the no-match value, never the sentence
        again = await tx.fetch_if_changed(tx.customer.search, digest=result.raw_digest)
        assert not again.unchanged
        assert fake.requests[-1].headers["if-none-match"] == NO_MATCH_DIGEST


async def test_a_sentence_digest_never_yields_unchanged(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    route = router.get("/customer").respond(200, json={"values": [], "versionDigest": SENTENCE_NO_HEADER})
    result = await tx.fetch_if_changed(tx.customer.search, digest=SENTENCE_NO_HEADER)
    assert not result.unchanged and result.digest is None
    assert route.calls[0].request.headers["if-none-match"] == NO_MATCH_DIGEST


async def test_304_without_a_digest_sent_is_an_error(tx: TripletexClient, router: respx.MockRouter) -> None:
    router.get("/customer").respond(304)
    with pytest.raises(ResponseParseError):
        await tx.fetch_if_changed(tx.customer.search)
    with pytest.raises(ResponseParseError):
        await tx.fetch_if_changed(tx.customer.search, digest="not a digest")


async def test_raw_mode_and_params(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(30))
    router.get("/customer").mock(side_effect=fake)
    result = await tx.fetch_if_changed(tx.customer.search, raw=True, from_=10, count=5)
    assert result.items == customers(30)[10:15]
    assert result.page is not None and result.page.from_ == 10 and result.page.requested_count == 5
    params = data_requests(router)[0].url.params
    assert params["from"] == "10" and params["count"] == "5"


async def test_refusals(tx: TripletexClient, router: respx.MockRouter) -> None:
    with pytest.raises(ConfigurationError):
        await tx.fetch_if_changed(tx.customer.get, id=1)
    with pytest.raises(ConfigurationError):
        await tx.fetch_if_changed(tx.customer.search, fields="id,")
    assert not router.calls


def test_digest_recognition() -> None:
    assert is_real_digest("d41d8cd98f00b204e9800998ecf8427e")
    assert is_real_digest('W/"abc-123"')
    assert is_real_digest("YWJj+/=")
    for text in (
        None,
        "",
        SENTENCE_NO_HEADER,
        "Checksum not yet supported for this endpoint",
        42,
        NO_MATCH_DIGEST,
    ):
        assert not is_real_digest(text)


async def test_view_sends_its_company(tx: TripletexClient, router: respx.MockRouter) -> None:
    route = router.get("/customer").mock(return_value=httpx.Response(200, json={"values": []}))
    view = tx.as_company(5)
    await view.fetch_if_changed(view.customer.search)
    assert route.called
