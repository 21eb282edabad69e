"""Contains some shared types for properties"""

from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from contextvars import ContextVar
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, NamedTuple, Protocol, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


_REQUEST_BODY: ContextVar[bool] = ContextVar("tripletex_request_body", default=False)


def serializing_request_body() -> bool:
    """True while a model is serialized as a request body: read-only properties are then left out."""
    return _REQUEST_BODY.get()


@contextmanager
def request_body_serialization() -> Iterator[None]:
    """Serialize models as request bodies (without read-only properties) inside this block."""
    token = _REQUEST_BODY.set(True)
    try:
        yield
    finally:
        _REQUEST_BODY.reset(token)


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None

    @property
    def request_id(self) -> str | None:
        """The service's request id (header `x-tlx-request-id`), for support and logs."""
        return self.headers.get("x-tlx-request-id")

    @property
    def rate_limit(self) -> "RateLimit":
        """The rate-limit state the service reported with this response."""
        return RateLimit.from_headers(self.headers)


def _header_int(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None


class RateLimit(NamedTuple):
    """`X-Rate-Limit-*` headers: requests allowed and left in the period, seconds until it resets."""

    limit: int | None
    remaining: int | None
    reset_seconds: int | None

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> "RateLimit":
        return cls(
            _header_int(headers, "x-rate-limit-limit"),
            _header_int(headers, "x-rate-limit-remaining"),
            _header_int(headers, "x-rate-limit-reset"),
        )


class Param(NamedTuple):
    """One parameter of an operation: its name on the wire, in Python, and whether it is required."""

    name: str
    python_name: str
    required: bool


class OperationInfo(NamedTuple):
    """What the generator knows about one operation: used by pagination checks and the emulator."""

    operation_id: str
    tag: str
    name: str
    module: str
    method: str
    path: str
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]
    body_content_type: str | None
    body_type: str | None
    responses: tuple[tuple[int, str], ...]
    deprecated: bool
    paginated: bool


class Executor(Protocol):
    """What the facade needs from a client: send an operation's request and parse its response."""

    async def call(self, operation: Any, kwargs: dict[str, Any], expects_value: bool) -> Any: ...

    async def call_with_response(
        self, operation: Any, kwargs: dict[str, Any], expects_value: bool
    ) -> "Response[Any]": ...


__all__ = [
    "UNSET",
    "Executor",
    "File",
    "FileTypes",
    "OperationInfo",
    "Param",
    "RateLimit",
    "RequestFiles",
    "Response",
    "Unset",
    "request_body_serialization",
    "serializing_request_body",
]
