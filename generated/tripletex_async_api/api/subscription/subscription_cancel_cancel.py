"""`PUT /subscription/cancel` (SubscriptionCancel_cancel): `tx.subscription.cancel(...)`."""

from typing import Any

import httpx

from ...models.account_closure_info import AccountClosureInfo
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: AccountClosureInfo,
) -> RequestArgs:
    """The request of `PUT /subscription/cancel`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/subscription/cancel",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="SubscriptionCancel_cancel",
    group="subscription",
    name="cancel",
    method="PUT",
    path="/subscription/cancel",
    summary="Close account with/without read access",
    parameters=(),
    paginated=False,
    body_type="AccountClosureInfo",
    body_content_type="application/json",
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
