"""Resolve a bound facade method (``tx.customer.search``) to its operation, module and executor.

Used by pagination, checksums and bulk calls; :meth:`BoundOperation.build_kwargs` and
:attr:`BoundOperation.response_model` are the only places that touch a generated operation module.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any, Protocol

import httpx
from tripletex_async_api.operations import OPERATIONS

from tripletex_async._runtime import OperationInfo

from .errors import ConfigurationError
from .fields import normalize_fields, normalize_sorting
from .planning import WalkPlanner

__all__ = ["BoundOperation", "SendingExecutor", "operation_index", "resolve_operation"]

_FACADE_PREFIX = "tripletex_async_api.facade."
_WITH_RESPONSE = "_with_response"


class SendingExecutor(Protocol):
    """What pagination, checksums and bulk calls need from an executor (the client's and every
    company view's has it): send a built request, parse an answer, and the client-wide walk planner."""

    @property
    def company_id(self) -> int: ...

    @property
    def walk_planner(self) -> WalkPlanner: ...

    async def send(
        self, kwargs: Mapping[str, Any], *, headers: Mapping[str, str] | None = None
    ) -> httpx.Response: ...

    def parse(self, operation: ModuleType, response: httpx.Response, expects_value: bool) -> Any: ...


@cache
def operation_index() -> dict[tuple[str, str], OperationInfo]:
    return {(info.tag, info.name): info for info in OPERATIONS}


@cache
def _operation_module(name: str) -> ModuleType:
    """The generated module of an operation (looked up once, not for every page request)."""
    return importlib.import_module(f"tripletex_async_api.{name}")


@dataclass(frozen=True, slots=True)
class BoundOperation:
    """An operation plus the executor (client or company view) its facade method was bound to."""

    info: OperationInfo
    executor: SendingExecutor
    group: Any

    @property
    def label(self) -> str:
        info = self.info
        return f"{info.operation_id} ({info.tag}.{info.name}, {info.method} {info.path})"

    @property
    def module(self) -> ModuleType:
        return _operation_module(self.info.module)

    @property
    def response_model(self) -> Any:
        """The class parsed from a 200 answer (``ListResponseX`` for list operations)."""
        for status, name in self.info.responses:
            if status == 200:
                return getattr(self.module, name)
        raise ConfigurationError(f"{self.label} documents no 200 answer")

    def parameter_names(self) -> set[str]:
        return {p.python_name for p in (*self.info.path_params, *self.info.query_params)}

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
        missing = [p.python_name for p in self.info.path_params if p.python_name not in params]
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

    def build_kwargs(self, params: Mapping[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = self.module._get_kwargs(**params)
        return result

    def rebind(self, facade: Any) -> Callable[..., Any]:
        """The same operation on another client or company view."""
        return getattr(getattr(facade, self.info.tag), self.info.name)  # type: ignore[no-any-return]


def resolve_operation(operation: object, *, paginated: bool | None = None) -> BoundOperation:
    """``tx.customer.search`` -> BoundOperation; ConfigurationError (before any request) if it is not a
    facade operation, or if ``paginated`` is True and it does not take from/count."""
    group = getattr(operation, "__self__", None)
    name = getattr(operation, "__name__", None)
    module_name = type(group).__module__ if group is not None else ""
    if group is None or not isinstance(name, str) or not module_name.startswith(_FACADE_PREFIX):
        raise ConfigurationError(
            f"{operation!r} is not an operation of the client: pass a bound method such as tx.customer.search"
        )
    tag = module_name[len(_FACADE_PREFIX) :]
    if name.endswith(_WITH_RESPONSE):
        name = name[: -len(_WITH_RESPONSE)]
    info = operation_index().get((tag, name))
    if info is None:
        raise ConfigurationError(f"tx.{tag}.{name} is not a known operation")
    executor = getattr(group, "_executor", None)
    if executor is None or not callable(getattr(executor, "send", None)):
        raise ConfigurationError(f"tx.{tag}.{name} is not bound to a TripletexClient or CompanyView")
    bound = BoundOperation(info, executor, group)
    if paginated and not info.paginated:
        raise ConfigurationError(
            f"{bound.label} does not take from/count, so it cannot be paginated "
            "(only list operations with from/count can; call it directly instead)"
        )
    return bound
