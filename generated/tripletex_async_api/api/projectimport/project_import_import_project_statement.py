"""`POST /project/import` (ProjectImport_importProjectStatement): `tx.project_import.import_project_statement(...)`."""

from typing import Any

import httpx

from ...models.list_response_project import ListResponseProject
from ...models.project_import_import_project_statement_body import ProjectImportImportProjectStatementBody
from ...models.project_import_import_project_statement_file_format import ProjectImportImportProjectStatementFileFormat
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: ProjectImportImportProjectStatementBody | Unset = UNSET,
    file_format: ProjectImportImportProjectStatementFileFormat,
    encoding: str | Unset = UNSET,
    delimiter: str | Unset = UNSET,
    ignore_first_row: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /project/import`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_file_format = file_format.value
    params["fileFormat"] = json_file_format

    params["encoding"] = encoding

    params["delimiter"] = delimiter

    params["ignoreFirstRow"] = ignore_first_row

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project/import",
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseProject | None:
    """The answer as `ListResponseProject`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseProject.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProjectImport_importProjectStatement",
    group="project_import",
    name="import_project_statement",
    method="POST",
    path="/project/import",
    summary="Upload project import file.",
    parameters=(
        Param("fileFormat", "file_format", "query", True),
        Param("encoding", "encoding", "query", False),
        Param("delimiter", "delimiter", "query", False),
        Param("ignoreFirstRow", "ignore_first_row", "query", False),
    ),
    paginated=False,
    body_type="object",
    body_content_type="multipart/form-data",
    responses=((201, "ListResponseProject"),),
    deprecated=False,
    build=build,
    parse=parse,
)
