"""`GET /company/>withLoginAccess` (CompanyWithLoginAccess_getWithLoginAccess): `tx.company.get_with_login_access(...)`."""

from typing import Any

import httpx

from ...models.list_response_client import ListResponseClient
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /company/>withLoginAccess`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/company/>withLoginAccess",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseClient | None:
    """The answer as `ListResponseClient`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseClient.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="CompanyWithLoginAccess_getWithLoginAccess",
    group="company",
    name="get_with_login_access",
    method="GET",
    path="/company/>withLoginAccess",
    summary="Returns client customers (with accountant/auditor relation) where the current user has login access (proxy login).",
    parameters=(
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseClient"),),
    deprecated=False,
    build=build,
    parse=parse,
)
