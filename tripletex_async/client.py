"""`TripletexClient`: every operation as `await tx.<group>.<operation>(...)`, on one connection pool.

The typed facade (`tripletex_async_api.facade.Operations`) is generated; this module supplies what it
sends requests through (an `Executor`): one `httpx.AsyncClient` whose transport caps requests in
flight, follows rate limits and retries (`transport`), whose auth flow holds the session token
(`auth`, `session`), and which raises the typed errors of `errors` in one place.

Company views (`tx.as_company(id)`) share the pool, session and rate budget; only the Basic-auth
username differs, and it travels with each request, so views never cross credentials.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Protocol, Self, TypeVar, overload

import httpx
from tripletex_async_api.facade import Operations

from .auth import SessionAuth
from .clock import Clock
from .config import ClientConfig, check_company_id
from .errors import ConfigurationError
from .executor import RequestExecutor
from .planning import WalkPlanner
from .ratelimit import RateLimiter, RateLimitSnapshot
from .redaction import redact_path
from .request_options import NO_OPTIONS, RequestOptions
from .session import SessionManager
from .token_store import TokenStore
from .transport import RetryTransport, TransportStats

__all__ = ["CompanyView", "RequestOptions", "TripletexClient"]

logger = logging.getLogger("tripletex_async.client")

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class ListPage(Protocol[T_co]):
    """What a list operation answers (``ListResponse<Model>``): its items, typed."""

    @property
    def values(self) -> Sequence[T_co]: ...


class ListPageResponse(Protocol[T_co]):
    """What a list operation's ``<operation>_with_response`` answers: the page as ``parsed``."""

    @property
    def parsed(self) -> ListPage[T_co] | None: ...


#: a list operation, plain or ``_with_response``: what ``paginate`` walks
ListOperation = Callable[..., Awaitable[ListPage[T]]] | Callable[..., Awaitable[ListPageResponse[T]]]


class _Helpers:
    """Pagination, checksums and bulk fan-out (tripletex_async.pagination), for clients and views."""

    def _root(self) -> TripletexClient:
        raise NotImplementedError

    @overload
    def paginate(
        self,
        operation: ListOperation[T],
        /,
        *,
        raw: Literal[False] = False,
        concurrency: int | None = None,
        prefetch: int | None = None,
        consistency: Consistency = "none",
        recover: bool = False,
        limit: int | None = None,
        progress: PageProgress | None = None,
        if_none_match: str | None = None,
        **params: Any,
    ) -> Paginator[T]: ...

    @overload
    def paginate(
        self,
        operation: ListOperation[Any],
        /,
        *,
        raw: Literal[True],
        concurrency: int | None = None,
        prefetch: int | None = None,
        consistency: Consistency = "none",
        recover: bool = False,
        limit: int | None = None,
        progress: PageProgress | None = None,
        if_none_match: str | None = None,
        **params: Any,
    ) -> Paginator[dict[str, Any]]: ...

    def paginate(
        self,
        operation: ListOperation[Any],
        /,
        *,
        raw: bool = False,
        concurrency: int | None = None,
        prefetch: int | None = None,
        consistency: Consistency = "none",
        recover: bool = False,
        limit: int | None = None,
        progress: PageProgress | None = None,
        if_none_match: str | None = None,
        **params: Any,
    ) -> Paginator[Any]:
        """Every item of a list operation: ``async for c in view.paginate(view.customer.search)``.

        ``params`` go to the operation (``count`` = page size, ``from_`` = first offset, filters,
        ``fields``, ``sorting``); see ``tripletex_async.pagination.Paginator`` for the options.
        ``async with view.paginate(...) as walk: async for c in walk: ...`` keeps a sliding window
        of page requests in flight for the block; ``if_none_match=<previous digest>`` makes the walk
        yield nothing and set ``walk.unchanged`` on a 304.
        """
        from .pagination import Paginator
        from .pagination.options import WalkOptions

        return Paginator(
            WalkOptions.build(
                operation,
                raw=raw,
                concurrency=concurrency,
                prefetch=prefetch,
                consistency=consistency,
                recover=recover,
                limit=limit,
                progress=progress,
                if_none_match=if_none_match,
                params=params,
            )
        )

    async def fetch_if_changed(
        self, operation: Callable[..., Any], /, *, digest: str | None = None, raw: bool = False, **params: Any
    ) -> ChecksumResult[Any]:
        """One page of a list operation unless unchanged since ``digest`` (``.unchanged`` on a real 304)."""
        from .pagination import fetch_if_changed

        return await fetch_if_changed(operation, digest=digest, raw=raw, **params)

    async def bulk(
        self,
        operation: Callable[..., Awaitable[Any]],
        inputs: Iterable[Any],
        /,
        *,
        concurrency: int | None = None,
        progress: BulkProgress | None = None,
        **params: Any,
    ) -> BulkResult[Any, Any]:
        """``operation(input, **params)`` for many inputs (e.g. ids), bounded, in input order."""
        from .bulk import bulk

        return await bulk(
            operation,
            inputs,
            concurrency=self._root().config.max_in_flight if concurrency is None else concurrency,
            progress=progress,
            **params,
        )

    async def for_companies(
        self,
        company_ids: Iterable[int],
        operation: Callable[..., Any],
        /,
        *,
        concurrency: int | None = None,
        progress: BulkProgress | None = None,
        **params: Any,
    ) -> BulkResult[int, Any]:
        """One operation (or ``lambda view: ...``) for many client companies, bounded, in input order."""
        from .bulk import for_companies

        return await for_companies(
            self._root(),
            company_ids,
            operation,
            concurrency=self._root().config.max_in_flight if concurrency is None else concurrency,
            progress=progress,
            **params,
        )


class CompanyView(_Helpers, Operations):
    """Every operation, acting on one company (Basic username = its id); shares the client's pool,
    session and rate budget. ``options`` (from ``with_options``) apply to each of its requests."""

    def __init__(
        self, client: TripletexClient, company_id: int, *, options: RequestOptions = NO_OPTIONS
    ) -> None:
        check_company_id(company_id)  # the one company-id check (ClientConfig's)
        self.client = client
        self.company_id = company_id
        self.options = options
        self._executor_impl = RequestExecutor(
            client.http,
            client.auth.with_company(company_id),
            client.walk_planner,
            options,
        )
        super().__init__(self._executor_impl)

    @property
    def executor(self) -> RequestExecutor:
        return self._executor_impl

    def _root(self) -> TripletexClient:
        return self.client

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry_unsafe: bool | None = None,
        retry: bool | None = None,
    ) -> CompanyView:
        """The same view with per-call options on top of this one's (see :class:`RequestOptions`)."""
        changes = RequestOptions(timeout=timeout, retry_unsafe=retry_unsafe, retry=retry)
        return CompanyView(self.client, self.company_id, options=self.options.merged(changes))

    def __repr__(self) -> str:
        if self.options is NO_OPTIONS:
            return f"CompanyView(company_id={self.company_id})"
        return f"CompanyView(company_id={self.company_id}, options={self.options!r})"


class TripletexClient(_Helpers, Operations):
    """The async Tripletex client. Create one per process and share it; close it with `aclose()`.

    Settings come from arguments, else from `TRIPLETEX_*` environment variables (see `ClientConfig`);
    production is the default environment. `transport` replaces the network (e.g.
    `httpx.ASGITransport(app=emulator_app)`); rate limits, retries and auth still apply on top.
    Extension points are injected here and nowhere else: `token_store` (a `TokenStore`, or a
    `LockingTokenStore` to share one session between processes), `rate_limiter` (a `RateLimiter`;
    default: a local gate following `config.retry`), `clock`.
    """

    def __init__(
        self,
        consumer_token: str | None = None,
        employee_token: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        config: ClientConfig | None = None,
        token_store: TokenStore | None = None,
        rate_limiter: RateLimiter | None = None,
        clock: Clock | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        revoke_on_close: bool = False,
        **settings: Any,
    ) -> None:
        if config is None:
            config = ClientConfig.from_env(
                consumer_token=consumer_token,
                employee_token=employee_token,
                environment=environment,
                base_url=base_url,
                **settings,
            )
        elif consumer_token or employee_token or environment or base_url or settings:
            raise ConfigurationError("pass either config=ClientConfig(...) or individual settings, not both")
        self.config = config
        self.transport = RetryTransport(
            transport or httpx.AsyncHTTPTransport(),
            policy=config.retry,
            max_in_flight=config.max_in_flight,
            rate_limiter=rate_limiter,
        )
        limits = httpx.Limits(max_connections=max(config.max_in_flight * 2, 20))
        self.http = httpx.AsyncClient(
            base_url=config.api_base_url,
            transport=self.transport,
            timeout=config.timeout,
            headers={"Accept": "application/json"},
            limits=limits,
        )
        self.sessions = SessionManager(
            self.http, config, store=token_store, clock=clock, transport=self.transport
        )
        self.auth = SessionAuth(self.sessions, config.company_id)
        self._revoke_on_close = revoke_on_close
        #: remembered list sizes and spare capacity, for pagination's first rounds (``tripletex_async.planning``)
        self.walk_planner = WalkPlanner(
            config.max_in_flight,
            load=lambda: self.transport.load,
            budget=self._rate_budget_left,
        )
        self._executor_impl = RequestExecutor(self.http, self.auth, self.walk_planner)
        self._closed = False
        super().__init__(self._executor_impl)

    def _rate_budget_left(self) -> int | None:
        """Requests left in the current rate-limit period; None if unknown or the period is over."""
        snapshot = self.transport.rate_limiter.snapshot()
        if snapshot.reset_seconds is not None and snapshot.reset_seconds <= 0:
            return None
        return snapshot.remaining

    # Views and executors ------------------------------------------------------------------
    @property
    def executor(self) -> RequestExecutor:
        return self._executor_impl

    def _root(self) -> TripletexClient:
        return self

    def as_company(self, company_id: int) -> CompanyView:
        """The same client acting on another company (an accountant's client; 0 = the token owner's)."""
        return CompanyView(self, company_id)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry_unsafe: bool | None = None,
        retry: bool | None = None,
    ) -> CompanyView:
        """A cheap view of this client with per-call options, e.g.
        ``await tx.with_options(timeout=120).ledger_voucher.search(...)`` or
        ``await tx.with_options(retry_unsafe=True).customer.put(...)``; shares pool, session and
        budget (see :class:`RequestOptions`). ``None`` keeps the client's setting."""
        options = RequestOptions(timeout=timeout, retry_unsafe=retry_unsafe, retry=retry)
        return CompanyView(self, self.company_id, options=options)

    @property
    def company_id(self) -> int:
        return self.auth.company_id

    @property
    def rate_limit(self) -> RateLimitSnapshot:
        """The rate-limit state the service last reported (``limit``, ``remaining``, ``reset_seconds``;
        None until an answer carried the headers), shared by every view of this client."""
        return self.transport.rate_limiter.snapshot()

    @property
    def stats(self) -> TransportStats:
        """Requests, retries, 429s absorbed and more (a snapshot)."""
        return self.transport.stats.copy()

    # Lifecycle ----------------------------------------------------------------------------
    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (and revoke the session if asked to at construction)."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._revoke_on_close:
                await self.sessions.revoke()
        finally:
            await self.http.aclose()

    def __repr__(self) -> str:
        return f"TripletexClient(base_url={redact_path(self.config.api_base_url)!r}, company_id={self.company_id})"


if TYPE_CHECKING:
    from collections.abc import Iterable

    from .bulk import BulkProgress, BulkResult
    from .pagination import ChecksumResult, Consistency, PageProgress, Paginator
