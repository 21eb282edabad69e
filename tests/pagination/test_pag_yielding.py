"""yield_to_waiting: a walk's step gives way to the tasks woken meanwhile (by their sockets) before
it goes on, so a request handler waits for at most one of the walk's steps, not two."""

from __future__ import annotations

import socket

import anyio
import pytest
import sniffio

from tripletex_async.pagination.yielding import yield_to_waiting

pytestmark = pytest.mark.anyio


async def test_a_task_woken_by_its_socket_meanwhile_runs_before_the_next_step() -> None:
    order: list[str] = []
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    try:

        async def handler() -> None:
            await anyio.wait_readable(reader)
            order.append("handler")

        async with anyio.create_task_group() as tg:
            tg.start_soon(handler)
            await anyio.sleep(0.01)  # the handler waits for its socket
            writer.send(b"x")  # data arrives while the walk is busy with a step
            await yield_to_waiting()
            order.append("walk step 2")
            await yield_to_waiting()
            order.append("walk step 3")
    finally:
        reader.close()
        writer.close()
    if sniffio.current_async_library() == "asyncio":
        # a bare checkpoint would resume the walk first: step 2, step 3, then the handler
        assert order == ["handler", "walk step 2", "walk step 3"]
    else:  # trio runs each batch in random order: the handler runs in the batch of step 2
        assert order.index("handler") < order.index("walk step 3")


async def test_yielding_is_a_cancellation_point() -> None:
    reached = False
    with anyio.CancelScope() as scope:
        scope.cancel()
        await yield_to_waiting()
        reached = True
    assert scope.cancelled_caught and not reached
