"""Bounded fan-out: many calls at once, results in input order, every failure kept with its input.

>>> result = await tx.bulk(tx.customer.get, [1, 2, 3], fields="id,name")
>>> result.values            # successes, in input order
>>> result.failures          # [Outcome(input=2, error=NotFoundError(...))]
>>> per_company = await tx.for_companies([11, 12], tx.customer.search, count=100)

A failure never discards the other results: ``BulkResult`` has one :class:`Outcome` per input.
Cancellation is not a failure: cancelling the caller cancels every call in flight.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

import anyio

from .bound_operation import resolve_operation
from .errors import BulkError, ConfigurationError
from .fields import normalize_fields

__all__ = ["BulkError", "BulkProgress", "BulkResult", "Outcome", "bulk", "for_companies", "run_bulk"]

I = TypeVar("I")  # noqa: E741
R = TypeVar("R")

#: ``progress(done, total, failed)`` after each call finishes.
BulkProgress = Callable[[int, int, int], None]


class _CompanyFacade(Protocol):
    def as_company(self, company_id: int) -> Any: ...


@dataclass(frozen=True, slots=True)
class Outcome(Generic[I, R]):
    """One input and what became of it: ``value`` on success, ``error`` (typed) on failure."""

    index: int
    input: I
    value: R | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> R:
        """The value, or raise the error."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


class BulkResult(Generic[I, R]):
    """Outcomes in input order; ``values`` / ``failures`` / ``ok`` for the common questions."""

    def __init__(self, outcomes: list[Outcome[I, R]]) -> None:
        self.outcomes = outcomes

    @property
    def values(self) -> list[R]:
        """Values of the successful calls, in input order."""
        return [o.value for o in self.outcomes if o.error is None]  # type: ignore[misc]

    @property
    def failures(self) -> list[Outcome[I, R]]:
        return [o for o in self.outcomes if o.error is not None]

    @property
    def ok(self) -> bool:
        return all(o.error is None for o in self.outcomes)

    def by_input(self) -> dict[I, Outcome[I, R]]:
        """Outcomes keyed by input (inputs must be hashable; the last wins for repeated inputs)."""
        return {o.input: o for o in self.outcomes}

    def raise_for_failures(self) -> None:
        failures = self.failures
        if failures:
            raise BulkError(failures, len(self.outcomes))

    def __len__(self) -> int:
        return len(self.outcomes)

    def __iter__(self) -> Iterator[Outcome[I, R]]:
        return iter(self.outcomes)

    def __getitem__(self, index: int) -> Outcome[I, R]:
        return self.outcomes[index]

    def __repr__(self) -> str:
        return f"BulkResult({len(self.outcomes)} calls, {len(self.failures)} failed)"


async def run_bulk(
    func: Callable[[I], Awaitable[R]],
    inputs: Iterable[I],
    *,
    concurrency: int = 10,
    progress: BulkProgress | None = None,
) -> BulkResult[I, R]:
    """Call ``func(input)`` for every input, at most ``concurrency`` at a time (a fixed set of worker
    tasks, so a million inputs do not make a million tasks)."""
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ConfigurationError(f"concurrency must be an integer >= 1, got {concurrency!r}")
    items = list(inputs)
    slots: list[Outcome[I, R] | None] = [None] * len(items)
    next_index = 0
    done = 0
    failed = 0

    async def worker() -> None:
        nonlocal next_index, done, failed
        while next_index < len(items):
            index = next_index
            next_index += 1
            item = items[index]
            try:
                value = await func(item)
            except Exception as exc:
                slots[index] = Outcome(index, item, None, exc)
                failed += 1
            else:
                slots[index] = Outcome(index, item, value, None)
            done += 1
            if progress is not None:
                progress(done, len(items), failed)

    async with anyio.create_task_group() as tg:
        for _ in range(min(concurrency, len(items))):
            tg.start_soon(worker)
    return BulkResult([o for o in slots if o is not None])


async def bulk(
    operation: Callable[..., Awaitable[R]],
    inputs: Iterable[Any],
    /,
    *,
    concurrency: int = 10,
    progress: BulkProgress | None = None,
    **params: Any,
) -> BulkResult[Any, R]:
    """``operation(input, **params)`` for each input, e.g. ``bulk(tx.customer.get, ids, fields="id")``.

    An input may also be a dict of keyword arguments (``{"id": 1, "date_from": ...}``).
    """
    resolve_operation(operation)  # ConfigurationError before any request
    fields = params.get("fields")
    if isinstance(fields, str) and fields:
        params["fields"] = normalize_fields(fields)

    async def call(item: Any) -> R:
        if isinstance(item, dict):
            return await operation(**item, **params)
        return await operation(item, **params)

    return await run_bulk(call, inputs, concurrency=concurrency, progress=progress)


async def for_companies(
    client: _CompanyFacade,
    company_ids: Iterable[int],
    operation: Callable[..., Any],
    /,
    *,
    concurrency: int = 10,
    progress: BulkProgress | None = None,
    **params: Any,
) -> BulkResult[int, Any]:
    """Run one operation for many client companies (``client.as_company(id)``), e.g.
    ``for_companies(tx, ids, tx.customer.search, count=100)``; or pass ``lambda view: ...`` returning
    an awaitable (e.g. ``lambda v: v.paginate(v.customer.search).collect()``)."""
    bound = None
    try:
        bound = resolve_operation(operation)
    except ConfigurationError:
        if not callable(operation):
            raise
    if bound is None and params:
        raise ConfigurationError("keyword parameters are only accepted with a facade operation")

    async def call(company_id: int) -> Any:
        view = client.as_company(company_id)
        if bound is not None:
            return await bound.rebind(view)(**params)
        result = operation(view)
        if inspect.isawaitable(result):
            return await result
        raise ConfigurationError("the callable given to for_companies must return an awaitable")

    return await run_bulk(call, company_ids, concurrency=concurrency, progress=progress)
