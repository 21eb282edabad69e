"""`PUT /subscription/reactivate` (SubscriptionReactivate_reactivate): `tx.subscription.reactivate(...)`."""

from typing import Any

import httpx

from ...types import Operation, RequestArgs


def build() -> RequestArgs:
    """The request of `PUT /subscription/reactivate`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/subscription/reactivate",
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="SubscriptionReactivate_reactivate",
    group="subscription",
    name="reactivate",
    method="PUT",
    path="/subscription/reactivate",
    summary="Reopen account with previous modules",
    parameters=(),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
