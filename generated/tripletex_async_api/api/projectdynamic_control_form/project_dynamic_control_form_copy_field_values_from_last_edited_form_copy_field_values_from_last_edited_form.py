"""`PUT /project/dynamicControlForm/{id}/:copyFieldValuesFromLastEditedForm` (ProjectDynamicControlFormCopyFieldValuesFromLastEditedForm_copyFieldValuesFromLastEditedForm): `tx.project_dynamic_control_form.copy_field_values_from_last_edited_form(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `PUT /project/dynamicControlForm/{id}/:copyFieldValuesFromLastEditedForm`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/project/dynamicControlForm/{id}/:copyFieldValuesFromLastEditedForm".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 200:
        return None

    return None


OPERATION = Operation(
    id="ProjectDynamicControlFormCopyFieldValuesFromLastEditedForm_copyFieldValuesFromLastEditedForm",
    group="project_dynamic_control_form",
    name="copy_field_values_from_last_edited_form",
    method="PUT",
    path="/project/dynamicControlForm/{id}/:copyFieldValuesFromLastEditedForm",
    summary="Into each section in the specified form that only has empty or default values, and copyFieldValuesByDefault set as true in the form's template, copy field values from the equivalent section in the most recently edited control form. Signed or completed forms will not be affected.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
