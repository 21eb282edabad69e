"""A checkpoint that lets the tasks woken meanwhile run first: :func:`yield_to_waiting`.

A walk's CPU work (decoding a page, parsing it into models a step at a time) gives the event loop
back between steps. On asyncio a plain checkpoint (``sleep(0)``) resumes the task *ahead of* the
callbacks of I/O and timers that became due during its step: a request handler woken by its
socket meanwhile runs only after the walk's *next* step too, so it waits for two steps. A
zero-delay timer resumes the walk behind them instead, without idling (the loop sees a timer
already due). Trio needs nothing special: it runs everything runnable in each batch.
"""

from __future__ import annotations

import asyncio

import anyio.lowlevel

__all__ = ["yield_to_waiting"]


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


async def yield_to_waiting() -> None:
    """Give the event loop back; tasks woken by I/O or timers meanwhile run before this one resumes."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # not on asyncio (trio)
        await anyio.lowlevel.checkpoint()
        return
    future: asyncio.Future[None] = loop.create_future()
    timer = loop.call_later(0, _wake, future)
    try:
        await future
    finally:
        timer.cancel()
