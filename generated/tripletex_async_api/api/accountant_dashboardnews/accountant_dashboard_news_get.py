"""`GET /accountantDashboard/news` (AccountantDashboardNews_get): `tx.accountant_dashboard_news.get(...)`."""

from typing import Any

import httpx

from ...models.list_response_accountant_dashboard_public_news_article import (
    ListResponseAccountantDashboardPublicNewsArticle,
)
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /accountantDashboard/news`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/accountantDashboard/news",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseAccountantDashboardPublicNewsArticle | None:
    """The answer as `ListResponseAccountantDashboardPublicNewsArticle`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseAccountantDashboardPublicNewsArticle.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="AccountantDashboardNews_get",
    group="accountant_dashboard_news",
    name="get",
    method="GET",
    path="/accountantDashboard/news",
    summary="Get public news articles",
    parameters=(
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseAccountantDashboardPublicNewsArticle"),),
    deprecated=False,
    build=build,
    parse=parse,
)
