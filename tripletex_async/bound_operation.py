"""Resolve a bound facade method (``tx.customer.search``) to its generated `Operation` and executor.

Used by pagination, checksums, bulk calls and the CLI. A facade group (``tx.customer``) lists its
operations in ``OPERATIONS`` (facade name -> `Operation`) and sends through its ``executor``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from ._runtime import Operation, RequestArgs
from .errors import ConfigurationError
from .fields import normalize_fields, normalize_sorting
from .planning import WalkPlanner

__all__ = ["BoundOperation", "SendingExecutor", "resolve_operation"]

_WITH_RESPONSE = "_with_response"


class SendingExecutor(Protocol):
    """What pagination, checksums and bulk calls need from an executor (the client's and every
    company view's has it): send a built request, parse an answer, and the client-wide walk planner."""

    @property
    def company_id(self) -> int: ...

    @property
    def walk_planner(self) -> WalkPlanner: ...

    async def send(
        self, request: RequestArgs, *, headers: Mapping[str, str] | None = None
    ) -> httpx.Response: ...

    def parse(self, operation: Operation[..., Any], response: httpx.Response) -> Any: ...


@dataclass(frozen=True, slots=True)
class BoundOperation:
    """An operation plus the executor (client or company view) its facade method was bound to."""

    operation: Operation[..., Any]
    executor: SendingExecutor
    group: Any

    @property
    def label(self) -> str:
        return self.operation.label

    @property
    def response_model(self) -> Any:
        """The class parsed from a 200 answer (``ListResponseX`` for list operations)."""
        from . import models

        name = self.operation.response_type(200)
        if name is None or name in ("Any", "None"):
            raise ConfigurationError(f"{self.label} documents no 200 answer with a schema")
        return getattr(models, name)

    def parameter_names(self) -> set[str]:
        return {p.python_name for p in self.operation.parameters}

    def check_params(self, params: Mapping[str, Any], *, reserved: tuple[str, ...] = ()) -> dict[str, Any]:
        """Validate keyword parameters (names, required path parameters, fields, sorting)."""
        allowed = self.parameter_names()
        unknown = sorted(set(params) - allowed)
        if unknown:
            raise ConfigurationError(
                f"{self.label} has no parameter(s) {', '.join(unknown)}; it takes {', '.join(sorted(allowed))}"
            )
        for name in reserved:
            if name in params:
                raise ConfigurationError(f"{name} is managed by pagination; do not pass it to {self.label}")
        missing = [p.python_name for p in self.operation.path_params if p.python_name not in params]
        if missing:
            raise ConfigurationError(f"{self.label} needs {', '.join(missing)}")
        checked = dict(params)
        fields = checked.get("fields")
        if isinstance(fields, str) and fields:
            checked["fields"] = normalize_fields(fields)
        sorting = checked.get("sorting")
        if isinstance(sorting, str) and sorting:
            checked["sorting"] = normalize_sorting(sorting)
        return checked

    def build(self, params: Mapping[str, Any]) -> RequestArgs:
        """The request for these (checked) parameters: only those given are sent."""
        return self.operation.build(**params)

    def rebind(self, facade: Any) -> Callable[..., Any]:
        """The same operation on another client or company view."""
        return getattr(getattr(facade, self.operation.group), self.operation.name)  # type: ignore[no-any-return]


def resolve_operation(operation: object, *, paginated: bool | None = None) -> BoundOperation:
    """``tx.customer.search`` -> BoundOperation; ConfigurationError (before any request) if it is not a
    facade operation, or if ``paginated`` is True and it does not take from/count."""
    group = getattr(operation, "__self__", None)
    name = getattr(operation, "__name__", None)
    table = getattr(type(group), "OPERATIONS", None) if group is not None else None
    if not isinstance(name, str) or not isinstance(table, Mapping):
        raise ConfigurationError(
            f"{operation!r} is not an operation of the client: pass a bound method such as tx.customer.search"
        )
    found = table.get(name.removesuffix(_WITH_RESPONSE))
    if not isinstance(found, Operation):
        raise ConfigurationError(f"{operation!r} is not a known operation of the client")
    executor = getattr(group, "executor", None)
    if executor is None or not callable(getattr(executor, "send", None)):
        raise ConfigurationError(f"{found.label} is not bound to a TripletexClient or CompanyView")
    bound = BoundOperation(found, executor, group)
    if paginated and not found.paginated:
        raise ConfigurationError(
            f"{bound.label} does not take from/count, so it cannot be paginated "
            "(only list operations with from/count can; call it directly instead)"
        )
    return bound
