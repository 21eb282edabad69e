"""`POST /division` (Division_post): `tx.division.post(...)`."""

from typing import Any

import httpx

from ...models.division import Division
from ...models.response_wrapper_division import ResponseWrapperDivision
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Division,
) -> RequestArgs:
    """The request of `POST /division`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/division",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperDivision | None:
    """The answer as `ResponseWrapperDivision`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperDivision.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="Division_post",
    group="division",
    name="post",
    method="POST",
    path="/division",
    summary="Create division.",
    parameters=(),
    paginated=False,
    body_type="Division",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperDivision"),),
    deprecated=False,
    build=build,
    parse=parse,
)
