"""`Operation`: what the generated code declares about one API operation, and how to call it.

Each generated endpoint module defines one public ``OPERATION``: its identity (operation id, facade
group and name, method, path), its parameters (with the spec's documented defaults), its body and
answers, plus ``build(...)`` (the request to send for given arguments) and ``parse(response)``
(the typed answer). The facade, pagination, the CLI and the emulator all work from these objects.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, ParamSpec, Protocol, TypedDict, TypeVar

if TYPE_CHECKING:
    import httpx

    from .response import Response

__all__ = ["Executor", "Operation", "Param", "ParamLocation", "RequestArgs"]

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

ParamLocation = Literal["path", "query", "header", "cookie"]


class RequestArgs(TypedDict, total=False):
    """An operation's request, as keyword arguments of ``httpx.AsyncClient.build_request``."""

    method: str
    url: str
    params: dict[str, Any]
    headers: dict[str, str]
    cookies: dict[str, str]
    json: Any
    content: bytes
    data: Mapping[str, Any]
    files: list[tuple[str, Any]]


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of an operation.

    ``default`` is the value the spec documents for the service to use when the parameter is
    absent (JSON value; None when it documents none). The client never sends it on its own.
    """

    name: str
    python_name: str
    location: ParamLocation
    required: bool
    default: Any = None


@dataclass(frozen=True, slots=True, eq=False)
class Operation(Generic[P, R_co]):
    """One operation of the API, with ``build(...)`` and ``parse(response)``.

    ``responses`` maps each documented 2xx status to the type name it parses to (``"Any"`` or
    ``"None"`` when the spec documents no schema). ``paginated`` is True for list operations
    (those taking ``from`` and ``count``).
    """

    id: str
    group: str
    name: str
    method: str
    path: str
    summary: str
    parameters: tuple[Param, ...]
    paginated: bool
    body_type: str | None
    body_content_type: str | None
    responses: tuple[tuple[int, str], ...]
    deprecated: bool
    build: Callable[P, RequestArgs] = field(repr=False)
    parse: Callable[[httpx.Response], R_co | None] = field(repr=False)

    @property
    def path_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def query_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.parameters if p.location == "query")

    @property
    def returns_value(self) -> bool:
        """True when a documented 2xx answer has a schema (the call returns a parsed value)."""
        return any(kind not in ("Any", "None") for _status, kind in self.responses)

    def response_type(self, status: int = 200) -> str | None:
        """The type name a ``status`` answer parses to (None when that status is not documented)."""
        for documented, kind in self.responses:
            if documented == status:
                return kind
        return None

    @property
    def label(self) -> str:
        """``Customer_search (customer.search, GET /customer)``: for messages."""
        return f"{self.id} ({self.group}.{self.name}, {self.method} {self.path})"

    def __repr__(self) -> str:
        return f"<Operation {self.label}>"


class Executor(Protocol):
    """What the facade sends an operation's request through (a client or a company view)."""

    async def call(self, operation: Operation[..., R], request: RequestArgs) -> R: ...

    async def call_with_response(self, operation: Operation[..., R], request: RequestArgs) -> Response[R]: ...
