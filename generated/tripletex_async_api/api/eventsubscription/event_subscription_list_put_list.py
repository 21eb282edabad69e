"""`PUT /event/subscription/list` (EventSubscriptionList_putList): `tx.event_subscription.put_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_subscription import ListResponseSubscription
from ...models.subscription import Subscription
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Subscription],
) -> RequestArgs:
    """The request of `PUT /event/subscription/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/event/subscription/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseSubscription | None:
    """The answer as `ListResponseSubscription`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseSubscription.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EventSubscriptionList_putList",
    group="event_subscription",
    name="put_list",
    method="PUT",
    path="/event/subscription/list",
    summary="[BETA] Update multiple subscription.",
    parameters=(),
    paginated=False,
    body_type="list[Subscription]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseSubscription"),),
    deprecated=False,
    build=build,
    parse=parse,
)
