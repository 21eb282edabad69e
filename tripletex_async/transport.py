"""``RetryTransport``: an httpx transport adding an in-flight cap, the rate-limit gate, retries
with jittered exponential backoff, statistics and one DEBUG log line per request attempt.

Retry rules (see :class:`RetryPolicy`):

* safe methods (GET, HEAD, OPTIONS): network errors (connect/read/write errors, protocol errors,
  timeouts), 502/503/504 and 500;
* other methods (POST, PUT, DELETE, PATCH): only failures that provably happened before the request
  was sent (``httpx.ConnectError``, ``httpx.ConnectTimeout``, ``httpx.PoolTimeout``), unless the
  request opts in with ``request.extensions["tripletex_retry_unsafe"] = True``;
* 429 for every method (Tripletex rejects the request before doing anything): wait for the end of
  the rate-limit period (at most ``max_rate_limit_wait``) or back off, then retry;
* never any other 4xx. ``request.extensions["tripletex_retry"] = False`` disables retries.

Authorization is applied per attempt: a request carrying an :class:`AttemptAuthorizer` under
``request.extensions["tripletex_authorize"]`` is signed again before every retry (outside the
in-flight slot, since signing may create a session), so a retry never re-sends a session that other
tasks have replaced while it waited.
"""

from __future__ import annotations

import logging
import random
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

import anyio
import httpx

from .clock import loop_time
from .errors import (
    ConfigurationError,
    TransportError,
)
from .rate_headers import parse_retry_after
from .ratelimit import RateLimiter, RateLimitState, SleepFunc
from .redaction import redact_path, redact_url, request_secrets, scrub

__all__ = [
    "AUTHORIZE_EXTENSION",
    "RETRY_DISABLED_EXTENSION",
    "RETRY_UNSAFE_EXTENSION",
    "AttemptAuthorizer",
    "RetryPolicy",
    "RetryTransport",
    "TransportStats",
    "local_rate_limiter",
]

logger = logging.getLogger("tripletex_async.transport")

#: Request extension: set to True to retry a non-idempotent request like a GET.
RETRY_UNSAFE_EXTENSION = "tripletex_retry_unsafe"
#: Request extension: set to False to disable all retries for this request.
RETRY_DISABLED_EXTENSION = "tripletex_retry"
#: Request extension: an :class:`AttemptAuthorizer` that signs the request again before each retry.
AUTHORIZE_EXTENSION = "tripletex_authorize"


class AttemptAuthorizer(Protocol):
    """Sets a request's credentials for the attempt about to be sent (e.g. the current session)."""

    async def authorize(self, request: httpx.Request) -> None: ...


_PRE_SEND_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How :class:`RetryTransport` retries. ``RetryPolicy.no_delay()`` is handy in tests.

    ``max_total_time`` bounds the time one request spends on its attempts and the backoffs between
    them: a retry that would end past it is not made. Time queued for a transport slot or for the
    rate-limit budget does not count (that wait has its own bound, ``max_rate_limit_wait``).
    """

    max_retries: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_total_time: float = 60.0
    jitter: bool = True
    retry_statuses: frozenset[int] = frozenset({502, 503, 504})
    safe_statuses: frozenset[int] = frozenset({500})
    safe_methods: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS"})
    max_rate_limit_retries: int = 5
    max_rate_limit_wait: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0 or self.max_rate_limit_retries < 0:
            raise ConfigurationError("retry counts must be >= 0")
        if min(self.base_delay, self.max_delay, self.max_total_time, self.max_rate_limit_wait) < 0:
            raise ConfigurationError("retry delays must be >= 0")
        object.__setattr__(self, "safe_methods", frozenset(m.upper() for m in self.safe_methods))

    @classmethod
    def no_delay(cls, **overrides: object) -> RetryPolicy:
        """A policy that retries without sleeping (tests)."""
        return replace(cls(base_delay=0.0, max_delay=0.0, jitter=False), **overrides)  # type: ignore[arg-type]

    @classmethod
    def disabled(cls) -> RetryPolicy:
        return cls(max_retries=0, max_rate_limit_retries=0)

    def backoff(self, retry_number: int, rng: random.Random | None = None) -> float:
        """Delay before retry number ``retry_number`` (1-based): full-jitter exponential."""
        delay = min(self.max_delay, self.base_delay * (2.0 ** max(0, retry_number - 1)))
        if self.jitter and delay > 0:
            source: random.Random = rng if rng is not None else random.Random()
            delay *= 0.5 + 0.5 * source.random()
        return float(delay)

    def is_safe(self, request: httpx.Request) -> bool:
        return request.method.upper() in self.safe_methods or bool(
            request.extensions.get(RETRY_UNSAFE_EXTENSION, False)
        )


@dataclass(slots=True)
class TransportStats:
    """Counters kept by :class:`RetryTransport` (mutable; use :meth:`copy` for a snapshot)."""

    requests: int = 0  # logical requests handled
    attempts: int = 0  # sends to the inner transport (requests + retries)
    retries: int = 0  # retries of any cause
    rate_limited: int = 0  # 429 responses absorbed by waiting and retrying
    transport_errors: int = 0  # network failures seen (retried or not)
    in_flight: int = 0
    max_in_flight_seen: int = 0
    by_status: dict[int, int] = field(default_factory=dict)

    def copy(self) -> TransportStats:
        return replace(self, by_status=dict(self.by_status))


class _SlotReleasingStream(httpx.AsyncByteStream):
    """Wrap a response stream so the in-flight slot is released when the body is closed."""

    def __init__(self, inner: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._inner = inner
        self._release = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            self._release()


def local_rate_limiter(
    policy: RetryPolicy,
    *,
    monotonic: Callable[[], float] = loop_time,
    sleep: SleepFunc = anyio.sleep,
    rng: random.Random | None = None,
) -> RateLimitState:
    """The process-local rate-limit gate that follows ``policy``'s waits and backoff."""
    return RateLimitState(
        max_wait=policy.max_rate_limit_wait,
        backoff_base=max(policy.base_delay, 0.0),
        backoff_max=max(policy.max_delay, 0.0),
        slack=0.1 if policy.base_delay > 0 else 0.0,
        monotonic=monotonic,
        sleep=sleep,
        rng=rng,
    )


class RetryTransport(httpx.AsyncBaseTransport):
    """Async transport with an in-flight cap, rate-limit gate and retries (see module doc).

    ``sleep`` (default ``anyio.sleep``) and ``monotonic`` (default: the event loop's clock, the one
    ``anyio.sleep`` sleeps on, so ``max_total_time`` counts the backoffs it sleeps) are injectable
    for tests; ``rate_limiter``
    (a :class:`~tripletex_async.ratelimit.RateLimiter`; default: a local one from ``policy``) is the
    gate every attempt passes; share one to make several transports respect one budget.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        max_in_flight: int = 10,
        rate_limiter: RateLimiter | None = None,
        sleep: SleepFunc = anyio.sleep,
        monotonic: Callable[[], float] = loop_time,
        rng: random.Random | None = None,
    ) -> None:
        if max_in_flight < 1:
            raise ConfigurationError("max_in_flight must be at least 1")
        self.inner = inner if inner is not None else httpx.AsyncHTTPTransport()
        self.policy = policy or RetryPolicy()
        self.max_in_flight = max_in_flight
        self._sleep = sleep
        self._monotonic = monotonic
        self._rng = rng or random.Random()  # jitter, not crypto
        self.rate_limiter: RateLimiter = rate_limiter or local_rate_limiter(
            self.policy, monotonic=monotonic, sleep=sleep, rng=self._rng
        )
        self._limiter = anyio.CapacityLimiter(max_in_flight)
        self.stats = TransportStats()

    # Slots ----------------------------------------------------------------------------------
    @property
    def load(self) -> int:
        """Requests holding an in-flight slot or waiting for one."""
        return self.stats.in_flight + self._limiter.statistics().tasks_waiting

    async def _acquire(self) -> Callable[[], None]:
        borrower = object()
        await self._limiter.acquire_on_behalf_of(borrower)
        self.stats.in_flight += 1
        self.stats.max_in_flight_seen = max(self.stats.max_in_flight_seen, self.stats.in_flight)
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self.stats.in_flight -= 1
                self._limiter.release_on_behalf_of(borrower)

        return release

    # Main loop ------------------------------------------------------------------------------
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = self.policy
        await request.aread()  # make the body re-sendable
        retries_allowed = bool(request.extensions.get(RETRY_DISABLED_EXTENSION, True))
        safe = policy.is_safe(request)
        started = self._monotonic()
        self.stats.requests += 1
        attempt = 0
        failures = 0  # retries for errors / 5xx
        rate_limit_retries = 0
        gated = 0.0  # seconds spent waiting for a slot or the rate budget
        debug = logger.isEnabledFor(logging.DEBUG)
        path = redact_path(request.url) if debug else ""  # only the DEBUG lines use it
        authorizer: AttemptAuthorizer | None = request.extensions.get(AUTHORIZE_EXTENSION)

        while True:
            attempt += 1
            if attempt > 1 and authorizer is not None:
                await authorizer.authorize(request)  # before taking a slot: it may create a session
            queued = self._monotonic()
            release = await self._acquire()
            try:
                # Gate after taking a slot: tasks queued on the cap do not stampede when a pause ends.
                await self.rate_limiter.wait_for_budget()
            except BaseException:
                release()
                raise
            # waiting for a slot or for the rate budget (bounded by max_rate_limit_wait) is not time
            # spent retrying: it does not count against max_total_time
            gated += self._monotonic() - queued
            self.stats.attempts += 1
            t0 = self._monotonic()
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                release()
                self.stats.transport_errors += 1
                if debug:
                    logger.debug(
                        "%s %s -> %s after %.0f ms (attempt %d)",
                        request.method,
                        path,
                        type(exc).__name__,
                        (self._monotonic() - t0) * 1000,
                        attempt,
                    )
                retryable = safe or isinstance(exc, _PRE_SEND_ERRORS)
                if retries_allowed and retryable and failures < policy.max_retries:
                    delay = policy.backoff(failures + 1, self._rng)
                    if self._monotonic() - started - gated + delay <= policy.max_total_time:
                        failures += 1
                        self.stats.retries += 1
                        await self._sleep(delay)
                        continue
                url = redact_url(request.url)
                detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                hidden = request_secrets(request)
                # the chained httpx error keeps its request: give it one without the secrets
                exc.request = httpx.Request(request.method, url)
                raise TransportError(
                    f"{request.method} {url} failed after {attempt} attempt(s): {scrub(detail, hidden)}",
                    method=request.method,
                    url=url,
                    attempts=attempt,
                ) from exc
            except BaseException:
                release()
                raise

            status = response.status_code
            self.stats.by_status[status] = self.stats.by_status.get(status, 0) + 1
            try:
                await self.rate_limiter.observe(response)
                pause = None
                if status == 429 and retries_allowed and rate_limit_retries < policy.max_rate_limit_retries:
                    pause = await self.rate_limiter.on_429(parse_retry_after(response.headers))
            except BaseException:
                release()
                raise
            if debug:
                logger.debug(
                    "%s %s -> %d in %.0f ms (request id %s, attempt %d)",
                    request.method,
                    path,
                    status,
                    (self._monotonic() - t0) * 1000,
                    response.headers.get("x-tlx-request-id", "-"),
                    attempt,
                )

            wait: float | None = None
            if pause is not None:
                if pause <= policy.max_rate_limit_wait:
                    rate_limit_retries += 1
                    self.stats.rate_limited += 1
                    wait = 0.0  # the gate does the waiting (shared by all requests)
            elif (
                retries_allowed
                and failures < policy.max_retries
                and (status in policy.retry_statuses or status in policy.safe_statuses)
                and safe
            ):
                backoff = policy.backoff(failures + 1, self._rng)
                if self._monotonic() - started - gated + backoff <= policy.max_total_time:
                    failures += 1
                    wait = backoff

            if wait is None:
                return self._attach_release(response, release)

            self.stats.retries += 1
            try:
                await response.aclose()
            finally:
                release()
            if wait > 0:
                await self._sleep(wait)

    def _attach_release(self, response: httpx.Response, release: Callable[[], None]) -> httpx.Response:
        stream = response.stream
        if response.is_closed or not isinstance(stream, httpx.AsyncByteStream):
            release()
        else:
            response.stream = _SlotReleasingStream(stream, release)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()

    def __repr__(self) -> str:
        return f"RetryTransport(max_in_flight={self.max_in_flight}, policy={self.policy!r})"
