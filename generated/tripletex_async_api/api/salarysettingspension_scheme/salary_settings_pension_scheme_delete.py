"""`DELETE /salary/settings/pensionScheme/{id}` (SalarySettingsPensionScheme_delete): `tx.salary_settings_pension_scheme.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `DELETE /salary/settings/pensionScheme/{id}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/salary/settings/pensionScheme/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="SalarySettingsPensionScheme_delete",
    group="salary_settings_pension_scheme",
    name="delete",
    method="DELETE",
    path="/salary/settings/pensionScheme/{id}",
    summary="Delete a Pension Scheme",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
