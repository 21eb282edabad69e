"""`PUT /event/subscription/{id}` (EventSubscription_put): `tx.event_subscription.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_subscription import ResponseWrapperSubscription
from ...models.subscription import Subscription
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: Subscription,
) -> RequestArgs:
    """The request of `PUT /event/subscription/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/event/subscription/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperSubscription | None:
    """The answer as `ResponseWrapperSubscription`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperSubscription.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EventSubscription_put",
    group="event_subscription",
    name="put",
    method="PUT",
    path="/event/subscription/{id}",
    summary="[BETA] Change a current subscription, based on id.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="Subscription",
    body_content_type="application/json",
    responses=((200, "ResponseWrapperSubscription"),),
    deprecated=False,
    build=build,
    parse=parse,
)
