"""`POST /event/subscription/list` (EventSubscriptionList_postList): `tx.event_subscription.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_subscription import ListResponseSubscription
from ...models.subscription import Subscription
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Subscription],
) -> RequestArgs:
    """The request of `POST /event/subscription/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
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
    if response.status_code == 201:
        response_201 = ListResponseSubscription.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="EventSubscriptionList_postList",
    group="event_subscription",
    name="post_list",
    method="POST",
    path="/event/subscription/list",
    summary="[BETA] Create multiple subscriptions for current EmployeeToken.",
    parameters=(),
    paginated=False,
    body_type="list[Subscription]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseSubscription"),),
    deprecated=False,
    build=build,
    parse=parse,
)
