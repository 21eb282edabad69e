"""The hand-written runtime the generated package (`tripletex_async_api`) is built on.

Templates only generate: every class the generated modules use at run time lives here, typed and
checked like the rest of the project. Users meet these names through `tripletex_async`
(`UNSET`, `Unset`, `Response`, `File`); the generated package imports them from here.
"""

from .files import File, FileContent, FileTypes, RequestFiles
from .model import (
    ADDITIONAL_PROPERTIES,
    LazyModel,
    ParserTable,
    PropertyParser,
    Shape,
    lazy_model,
    mark_assigned,
    request_body_serialization,
    serializing_request_body,
)
from .operation import Executor, OperationInfo, Param
from .response import Response
from .unset import UNSET, Unset

__all__ = [
    "ADDITIONAL_PROPERTIES",
    "UNSET",
    "Executor",
    "File",
    "FileContent",
    "FileTypes",
    "LazyModel",
    "OperationInfo",
    "Param",
    "ParserTable",
    "PropertyParser",
    "RequestFiles",
    "Response",
    "Shape",
    "Unset",
    "lazy_model",
    "mark_assigned",
    "request_body_serialization",
    "serializing_request_body",
]
