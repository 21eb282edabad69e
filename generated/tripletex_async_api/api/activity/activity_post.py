"""`POST /activity` (Activity_post): `tx.activity.post(...)`."""

from typing import Any

import httpx

from ...models.activity import Activity
from ...models.response_wrapper_activity import ResponseWrapperActivity
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Activity,
) -> RequestArgs:
    """The request of `POST /activity`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/activity",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperActivity | None:
    """The answer as `ResponseWrapperActivity`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperActivity.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="Activity_post",
    group="activity",
    name="post",
    method="POST",
    path="/activity",
    summary="Add activity.",
    parameters=(),
    paginated=False,
    body_type="Activity",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperActivity"),),
    deprecated=False,
    build=build,
    parse=parse,
)
