"""`GET /subscription/packages` (SubscriptionPackages_getPackages): `tx.subscription.get_packages(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_list_my_subscription_module_dto import ResponseWrapperListMySubscriptionModuleDTO
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /subscription/packages`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/subscription/packages",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperListMySubscriptionModuleDTO | None:
    """The answer as `ResponseWrapperListMySubscriptionModuleDTO`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperListMySubscriptionModuleDTO.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SubscriptionPackages_getPackages",
    group="subscription",
    name="get_packages",
    method="GET",
    path="/subscription/packages",
    summary="Returns the packages that can exist for an account.",
    parameters=(Param("fields", "fields", "query", False, ""),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperListMySubscriptionModuleDTO"),),
    deprecated=False,
    build=build,
    parse=parse,
)
