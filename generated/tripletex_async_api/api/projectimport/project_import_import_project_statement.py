from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_project import ListResponseProject
from ...models.project_import_import_project_statement_body import ProjectImportImportProjectStatementBody
from ...models.project_import_import_project_statement_file_format import ProjectImportImportProjectStatementFileFormat
from ...types import UNSET, Response, Unset, request_body_serialization


def _get_kwargs(
    *,
    body: ProjectImportImportProjectStatementBody | Unset = UNSET,
    file_format: ProjectImportImportProjectStatementFileFormat,
    encoding: str | Unset = UNSET,
    delimiter: str | Unset = UNSET,
    ignore_first_row: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_file_format = file_format.value
    params["fileFormat"] = json_file_format

    params["encoding"] = encoding

    params["delimiter"] = delimiter

    params["ignoreFirstRow"] = ignore_first_row

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/project/import",
        "params": params,
    }

    with request_body_serialization():
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListResponseProject | None:
    if response.status_code == 201:
        response_201 = ListResponseProject.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListResponseProject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ProjectImportImportProjectStatementBody | Unset = UNSET,
    file_format: ProjectImportImportProjectStatementFileFormat,
    encoding: str | Unset = UNSET,
    delimiter: str | Unset = UNSET,
    ignore_first_row: bool | Unset = UNSET,
) -> Response[ListResponseProject]:
    """Upload project import file.

    Args:
        file_format (ProjectImportImportProjectStatementFileFormat):
        encoding (str | Unset):
        delimiter (str | Unset):
        ignore_first_row (bool | Unset):
        body (ProjectImportImportProjectStatementBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseProject]
    """

    kwargs = _get_kwargs(
        body=body,
        file_format=file_format,
        encoding=encoding,
        delimiter=delimiter,
        ignore_first_row=ignore_first_row,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ProjectImportImportProjectStatementBody | Unset = UNSET,
    file_format: ProjectImportImportProjectStatementFileFormat,
    encoding: str | Unset = UNSET,
    delimiter: str | Unset = UNSET,
    ignore_first_row: bool | Unset = UNSET,
) -> ListResponseProject | None:
    """Upload project import file.

    Args:
        file_format (ProjectImportImportProjectStatementFileFormat):
        encoding (str | Unset):
        delimiter (str | Unset):
        ignore_first_row (bool | Unset):
        body (ProjectImportImportProjectStatementBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseProject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            file_format=file_format,
            encoding=encoding,
            delimiter=delimiter,
            ignore_first_row=ignore_first_row,
        )
    ).parsed
