"""`make bench-session`: 1,000 concurrent first calls on a new client create exactly one session.

Against the embedded emulator (in-process), which counts the sessions it issued.
Last line: `session_creations=<n> session_first_calls_seconds=<s>`.
"""

from __future__ import annotations

import time

import anyio

from tripletex_async.emulator import EmulatorConfig, create_app
from tripletex_async.emulator.connect import emulator_client

CALLS = 1000


async def run() -> tuple[int, float]:
    app = create_app(EmulatorConfig())
    async with emulator_client(app, max_in_flight=50) as tx:
        started = time.perf_counter()
        async with anyio.create_task_group() as group:
            for _ in range(CALLS):
                group.start_soon(tx.token_session.who_am_i)
        elapsed = time.perf_counter() - started
    return app.emulator.sessions_created, elapsed


def main() -> None:
    created, elapsed = anyio.run(run)
    print(f"{CALLS} concurrent first calls: {created} session(s) created by the emulator, {elapsed:.2f} s")
    print(f"session_creations={created} session_first_calls_seconds={elapsed:.2f}")


if __name__ == "__main__":
    main()
