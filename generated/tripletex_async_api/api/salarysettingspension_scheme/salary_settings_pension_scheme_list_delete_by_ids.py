"""`DELETE /salary/settings/pensionScheme/list` (SalarySettingsPensionSchemeList_deleteByIds): `tx.salary_settings_pension_scheme.delete_by_ids(...)`."""

from typing import Any

import httpx

from ...types import UNSET, Operation, Param, RequestArgs


def build(
    *,
    ids: str,
) -> RequestArgs:
    """The request of `DELETE /salary/settings/pensionScheme/list`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/salary/settings/pensionScheme/list",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="SalarySettingsPensionSchemeList_deleteByIds",
    group="salary_settings_pension_scheme",
    name="delete_by_ids",
    method="DELETE",
    path="/salary/settings/pensionScheme/list",
    summary="Delete multiple Pension Schemes.",
    parameters=(Param("ids", "ids", "query", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
