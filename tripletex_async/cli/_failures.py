"""Every failure a command meets becomes one clear line on stderr and an exit code, never a traceback.

``run(opts, fn)`` runs a command's coroutine function with a watch that says what is being waited
for when the service goes quiet, and turns what it raises into ``error: ...`` lines.
Exit codes: 1 the service or the store failed, 2 bad input or settings, 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import sqlite3
import time
import traceback
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from typing import TypeVar

import anyio
import httpx
import typer

from ..errors import APIError, ConfigurationError, SessionCreationError, TransportError, TripletexError
from ._app import Options, echo_error

__all__ = ["CommandError", "explain", "fail", "run"]

T = TypeVar("T")


class CommandError(Exception):
    """A failure the command has already put in words (``lines``), with its exit code."""

    def __init__(self, *lines: str, code: int = 2) -> None:
        super().__init__(lines[0] if lines else "")
        self.lines = list(lines)
        self.code = code


def _leaf(exc: BaseException) -> BaseException:
    """The first meaningful exception inside (nested) exception groups (a task group's failure)."""
    while isinstance(exc, BaseExceptionGroup):
        inner = [e for e in exc.exceptions if not isinstance(e, CancelledError)]
        exc = (inner or list(exc.exceptions))[0]
    return exc


def _waited_for(err: TransportError) -> str:
    from ..session import CREATE_PATH  # here: only a failure needs it, the CLI starts without it

    url = httpx.URL(err.url or "")
    if url.path.endswith(CREATE_PATH):
        return f"the session to be created ({err.method} {CREATE_PATH})"
    return f"an answer to {err.method} {url.path}"


def _transport_lines(err: TransportError, opts: Options) -> list[str]:
    cause = err.__cause__
    base = opts.clients[-1].config.api_base_url if opts.clients else (err.url or "the service")
    attempts = f", {err.attempts} attempts" if err.attempts > 1 else ""
    if isinstance(cause, httpx.TimeoutException):
        if opts.timeout is not None:
            within = f" within {opts.timeout:g} s"
        else:
            within = f" within {opts.clients[-1].config.timeout:g} s per attempt" if opts.clients else ""
        return [
            f"error: no answer from {base}{within} while waiting for {_waited_for(err)}{attempts}; "
            "check --base-url / TRIPLETEX_ENV, or wait longer with --timeout"
        ]
    if isinstance(cause, httpx.ConnectError):
        return [f"error: cannot connect to {base} ({cause or type(cause).__name__}){attempts}"]
    return [f"error: {err}"]


def _api_lines(err: APIError) -> list[str]:
    facts = [f"HTTP {err.status}"]
    if err.code is not None:
        facts.append(f"code {err.code}")
    if err.request_id:
        facts.append(f"request id {err.request_id}")
    lines = [f"error: {err} ({', '.join(facts)})"]
    developer = (err.developer_message or "").strip()
    if developer and developer not in str(err):
        lines.append(f"  developer message: {developer}")
    return lines


def explain(exc: BaseException, opts: Options) -> tuple[list[str], int]:
    """What to print for a failure and the exit code."""
    exc = _leaf(exc)
    if isinstance(exc, CommandError):
        return exc.lines, exc.code
    if isinstance(exc, SessionCreationError):
        if isinstance(exc.__cause__, TransportError):  # the session request never got an answer
            return _transport_lines(exc.__cause__, opts), 1
        return [f"error: {exc}"], 1
    if isinstance(exc, APIError):
        return _api_lines(exc), 1
    if isinstance(exc, TransportError):
        return _transport_lines(exc, opts), 1
    if isinstance(exc, ConfigurationError):
        return [f"error: {exc}"], 2
    if isinstance(exc, TripletexError):
        return [f"error: {exc}"], 1
    if isinstance(exc, sqlite3.Error):
        return [f"error: the local store failed: {exc}"], 1
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        return [f"error: cannot use{where}: {exc.strerror or exc}"], 1
    if isinstance(exc, ValueError | typer.BadParameter):
        return [f"error: {exc}"], 2
    lines = [f"error: unexpected {type(exc).__name__}: {exc}"]
    if opts.verbose:
        lines += traceback.format_exception(exc)
    else:
        lines.append("  (run with -v for the details; please report it)")
    return lines, 1


def fail(exc: BaseException, opts: Options) -> typer.Exit:
    lines, code = explain(exc, opts)
    for line in lines:
        echo_error(line.rstrip("\n"))
    return typer.Exit(code)


async def _watch(opts: Options, notice_after: float) -> None:
    """Say once what is being waited for when requests are in flight and nothing has answered."""
    quiet_since = time.monotonic()
    answered = -1
    told = False
    while True:
        await anyio.sleep(0.2)
        if not opts.clients:
            continue
        client = opts.clients[-1]
        stats = client.transport.stats
        done = sum(stats.by_status.values()) + stats.transport_errors
        now = time.monotonic()
        if stats.in_flight == 0 or done != answered:
            answered, quiet_since, told = done, now, False
            continue
        if not told and now - quiet_since >= notice_after:
            told = True
            limit = (
                f"giving up after {opts.timeout:g} s"
                if opts.timeout is not None
                else f"up to {client.config.timeout:g} s per attempt; --timeout to change"
            )
            echo_error(
                f"waiting for {client.config.api_base_url} to answer ({now - quiet_since:.0f} s so far, {limit})"
            )


def run(opts: Options, fn: Callable[[], Awaitable[T]], *, on_interrupt: Callable[[], str] | None = None) -> T:
    """Run ``fn`` on the event loop; its failures and Ctrl-C end in clear lines and an exit code."""
    notice_after = min(5.0, opts.timeout / 2) if opts.timeout else 5.0

    async def main() -> T:
        async with anyio.create_task_group() as group:
            group.start_soon(_watch, opts, notice_after)
            result = await fn()
            group.cancel_scope.cancel()
        return result

    try:
        return anyio.run(main)
    except KeyboardInterrupt:
        echo_error(on_interrupt() if on_interrupt is not None else "interrupted")
        raise typer.Exit(130) from None
    except typer.Exit:
        raise
    except BaseException as exc:  # the point: one line instead of a traceback
        if isinstance(_leaf(exc), KeyboardInterrupt):
            echo_error(on_interrupt() if on_interrupt is not None else "interrupted")
            raise typer.Exit(130) from None
        raise fail(exc, opts) from None
