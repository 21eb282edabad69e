"""A typed page is parsed a step at a time: the event loop runs other tasks while a big page is
parsed, and the result is the same as one parse of the whole page."""

from __future__ import annotations

from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from tests.support.pagination import Ticker
from tripletex_async import ResponseParseError
from tripletex_async.models import ListResponseCustomer
from tripletex_async.pagination.page import PARSE_STEP, decode_typed_body, parse_in_steps

URL = "https://tripletex.no/v2/customer"


def _page(n: int) -> dict[str, Any]:
    values = [{"id": i, "name": f"C{i}", "postalAddress": {"id": i, "url": "u"}} for i in range(n)]
    return {"fullResultSize": n, "from": 0, "count": n, "versionDigest": "d", "values": values}


async def _parse(data: dict[str, Any], path: str) -> Any:
    """The page parsed in steps from decoded dicts, or from its records' wire form (what typed
    walks do when the page fits it)."""
    response = httpx.Response(200, json=data, request=httpx.Request("GET", URL))
    if path == "dicts":
        return await parse_in_steps(data, response, ListResponseCustomer)
    decoded, convert = decode_typed_body(response, ListResponseCustomer)
    assert convert is not None  # the page fits the wire form
    return await parse_in_steps(decoded, response, ListResponseCustomer, convert)


@pytest.mark.anyio
@pytest.mark.parametrize("path", ["dicts", "wire"])
async def test_a_big_page_is_parsed_in_steps_that_let_other_tasks_run(path: str) -> None:
    data = _page(5 * PARSE_STEP + 7)
    other_task = Ticker()
    async with anyio.create_task_group() as tg:
        tg.start_soon(other_task.run)
        await anyio.lowlevel.checkpoint()
        before = other_task.ticks
        model = await _parse(data, path)
        during = other_task.ticks - before
        other_task.running = False
    assert during >= 3  # 6 checkpoints between 7 steps: the other task ran meanwhile
    assert model == ListResponseCustomer.from_dict(data)
    assert [c.id for c in model.values] == list(range(5 * PARSE_STEP + 7))
    assert model.full_result_size == 5 * PARSE_STEP + 7 and model.version_digest == "d"


@pytest.mark.anyio
@pytest.mark.parametrize("path", ["dicts", "wire"])
async def test_a_bad_record_in_a_later_step_is_a_response_parse_error(path: str) -> None:
    data = _page(3 * PARSE_STEP)
    data["values"][2 * PARSE_STEP + 1]["postalAddress"] = "not an object"
    with pytest.raises(
        ResponseParseError, match=r"Customer\.postalAddress -> Address: expected a JSON object"
    ):
        await _parse(data, path)


@pytest.mark.anyio
async def test_a_page_with_a_property_the_spec_does_not_know_keeps_it() -> None:
    data = _page(3)
    data["values"][1]["newProperty"] = [1, 2]
    response = httpx.Response(200, json=data, request=httpx.Request("GET", URL))
    decoded, convert = decode_typed_body(response, ListResponseCustomer)
    assert convert is None  # the wire form refuses an unknown key: the page is decoded as dicts
    model = await parse_in_steps(decoded, response, ListResponseCustomer, convert)
    assert model.values[1].additional_properties == {"newProperty": [1, 2]}
    assert model == ListResponseCustomer.from_dict(data)
