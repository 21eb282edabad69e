"""`PUT /employee/preferences/:changeLanguage` (EmployeePreferencesChangeLanguage_changeLanguage): `tx.employee_preferences.change_language(...)`."""

from typing import Any

import httpx

from ...models.employee_preferences_change_language_change_language_language import (
    EmployeePreferencesChangeLanguageChangeLanguageLanguage,
)
from ...models.response_wrapper_employee_preferences import ResponseWrapperEmployeePreferences
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    language: EmployeePreferencesChangeLanguageChangeLanguageLanguage | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /employee/preferences/:changeLanguage`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language.value

    params["language"] = json_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/employee/preferences/:changeLanguage",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperEmployeePreferences | None:
    """The answer as `ResponseWrapperEmployeePreferences`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperEmployeePreferences.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeePreferencesChangeLanguage_changeLanguage",
    group="employee_preferences",
    name="change_language",
    method="PUT",
    path="/employee/preferences/:changeLanguage",
    summary="Change current employees language to the given language",
    parameters=(Param("language", "language", "query", False),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperEmployeePreferences"),),
    deprecated=False,
    build=build,
    parse=parse,
)
