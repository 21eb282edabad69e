"""`DELETE /event/subscription/list` (EventSubscriptionList_deleteByIds): `tx.event_subscription.delete_by_ids(...)`."""

from typing import Any

import httpx

from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    ids: str,
) -> RequestArgs:
    """The request of `DELETE /event/subscription/list`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/event/subscription/list",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="EventSubscriptionList_deleteByIds",
    group="event_subscription",
    name="delete_by_ids",
    method="DELETE",
    path="/event/subscription/list",
    summary="[BETA] Delete multiple subscriptions.",
    parameters=(Param("ids", "ids", "query", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
