"""Session errors that say what happened (issue 12, point 5): a session create that keeps failing
with 5xx or timeouts surfaces from an ordinary call as ``SessionCreationError``, cause chained."""

from __future__ import annotations

import httpx
import pytest
import respx

from tripletex_async import (
    RetryPolicy,
    ServerError,
    SessionCreationError,
    TransportError,
    TripletexClient,
)

BASE = "https://tripletex.no/v2"
CREATE = "/token/session/:create"
CONSUMER, EMPLOYEE = "prod-consumer-3f9a1", "prod-employee-77b2c"


def client() -> TripletexClient:
    return TripletexClient(CONSUMER, EMPLOYEE, retry=RetryPolicy.no_delay(max_retries=3))


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_a_create_that_keeps_answering_5xx(status: int) -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        create = mock.post(CREATE).mock(
            return_value=httpx.Response(
                status, text="<html>Bad gateway</html>", headers={"x-tlx-request-id": f"req-{status}"}
            )
        )
        search = mock.get("/customer").mock(return_value=httpx.Response(200, json={"values": []}))
        async with client() as tx:
            with pytest.raises(SessionCreationError) as info:
                await tx.customer.search(count=5)
    err = info.value
    assert create.call_count == 4  # the first try and 3 retries (creating a spare session is harmless)
    assert not search.called
    assert err.status == status and err.request_id == f"req-{status}"
    assert isinstance(err.__cause__, ServerError) and err.__cause__.status == status
    text = str(err)
    assert "Could not create a Tripletex session" in text and f"HTTP {status}" in text
    assert CONSUMER not in text and EMPLOYEE not in text


@pytest.mark.asyncio
async def test_a_create_that_keeps_timing_out() -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.post(CREATE).mock(side_effect=httpx.ReadTimeout("timed out"))
        async with client() as tx:
            with pytest.raises(SessionCreationError) as info:
                await tx.customer.search(count=5)
    err = info.value
    assert isinstance(err.__cause__, TransportError) and err.__cause__.attempts == 4
    assert isinstance(err.__cause__.__cause__, httpx.ReadTimeout)
    assert "session request kept failing on the network (4 attempt(s))" in str(err)
    assert err.method == "POST" and err.url is not None and CREATE in err.url
