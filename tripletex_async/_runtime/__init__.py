"""The hand-written runtime the generated package (`tripletex_async_api`) is built on.

Templates only generate: every class the generated modules use at run time lives here, typed and
checked like the rest of the project. Users meet these names through `tripletex_async`
(`UNSET`, `Unset`, `Response`, `File`); the generated package imports them from here.
"""

from .files import File, FileContent, FileTypes, RequestFiles
from .model import (
    Model,
    ModelParseError,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    request_body_serialization,
    required,
    secret_repr,
    serializing_request_body,
    url_credentials_repr,
)
from .operation import Executor, Operation, Param, ParamLocation, RequestArgs
from .response import Response
from .unset import UNSET, Unset
from .wire import ModelParsers, WireSpec

__all__ = [
    "UNSET",
    "Executor",
    "File",
    "FileContent",
    "FileTypes",
    "Model",
    "ModelParseError",
    "ModelParsers",
    "Operation",
    "Param",
    "ParamLocation",
    "RequestArgs",
    "RequestFiles",
    "Response",
    "Unset",
    "WireSpec",
    "enum_members",
    "enum_value",
    "not_an_array",
    "parse_error",
    "parse_model",
    "request_body_serialization",
    "required",
    "secret_repr",
    "serializing_request_body",
    "url_credentials_repr",
]
