"""`PUT /salary/settings/pensionScheme/{id}` (SalarySettingsPensionScheme_put): `tx.salary_settings_pension_scheme.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.pension_scheme import PensionScheme
from ...models.response_wrapper_pension_scheme import ResponseWrapperPensionScheme
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: PensionScheme,
) -> RequestArgs:
    """The request of `PUT /salary/settings/pensionScheme/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/salary/settings/pensionScheme/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperPensionScheme | None:
    """The answer as `ResponseWrapperPensionScheme`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperPensionScheme.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalarySettingsPensionScheme_put",
    group="salary_settings_pension_scheme",
    name="put",
    method="PUT",
    path="/salary/settings/pensionScheme/{id}",
    summary="Update a Pension Scheme",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="PensionScheme",
    body_content_type="application/json",
    responses=((200, "ResponseWrapperPensionScheme"),),
    deprecated=False,
    build=build,
    parse=parse,
)
