"""`PUT /division/list` (DivisionList_putList): `tx.division.put_list(...)`."""

from typing import Any

import httpx

from ...models.division import Division
from ...models.list_response_division import ListResponseDivision
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Division],
) -> RequestArgs:
    """The request of `PUT /division/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/division/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseDivision | None:
    """The answer as `ListResponseDivision`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseDivision.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="DivisionList_putList",
    group="division",
    name="put_list",
    method="PUT",
    path="/division/list",
    summary="Update multiple divisions.",
    parameters=(),
    paginated=False,
    body_type="list[Division]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseDivision"),),
    deprecated=False,
    build=build,
    parse=parse,
)
