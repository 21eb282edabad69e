"""`POST /salary/settings/pensionScheme/list` (SalarySettingsPensionSchemeList_postList): `tx.salary_settings_pension_scheme.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_pension_scheme import ListResponsePensionScheme
from ...models.pension_scheme import PensionScheme
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[PensionScheme],
) -> RequestArgs:
    """The request of `POST /salary/settings/pensionScheme/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/salary/settings/pensionScheme/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponsePensionScheme | None:
    """The answer as `ListResponsePensionScheme`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponsePensionScheme.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="SalarySettingsPensionSchemeList_postList",
    group="salary_settings_pension_scheme",
    name="post_list",
    method="POST",
    path="/salary/settings/pensionScheme/list",
    summary="Create multiple Pension Schemes.",
    parameters=(),
    paginated=False,
    body_type="list[PensionScheme]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponsePensionScheme"),),
    deprecated=False,
    build=build,
    parse=parse,
)
