"""What the generated code declares about each operation, and what it sends requests through."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    from .response import Response

__all__ = ["Executor", "OperationInfo", "Param"]


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
    ) -> Response[Any]: ...
