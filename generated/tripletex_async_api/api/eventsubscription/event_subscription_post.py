"""`POST /event/subscription` (EventSubscription_post): `tx.event_subscription.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_subscription import ResponseWrapperSubscription
from ...models.subscription import Subscription
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Subscription,
) -> RequestArgs:
    """The request of `POST /event/subscription`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/event/subscription",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSubscription | None:
    """The answer as `ResponseWrapperSubscription`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperSubscription.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="EventSubscription_post",
    group="event_subscription",
    name="post",
    method="POST",
    path="/event/subscription",
    summary="[BETA] Create a new subscription for current EmployeeToken.",
    parameters=(),
    paginated=False,
    body_type="Subscription",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperSubscription"),),
    deprecated=False,
    build=build,
    parse=parse,
)
