"""`PUT /division/{id}` (Division_put): `tx.division.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.division import Division
from ...models.response_wrapper_division import ResponseWrapperDivision
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Division,
) -> RequestArgs:
    """The request of `PUT /division/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/division/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDivision | None:
    """The answer as `ResponseWrapperDivision`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperDivision.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Division_put",
    group="division",
    name="put",
    method="PUT",
    path="/division/{id}",
    summary="Update division information.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Division",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperDivision"),),
    deprecated=False,
    build=build,
    parse=parse,
)
