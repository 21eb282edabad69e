"""Serve an emulator app with uvicorn on a free loopback port, in a background thread.

Stdlib plus uvicorn only (uvicorn is imported on :meth:`EmulatorServer.start`), so the pytest
plugin (``tripletex_async.testing``) and the fleet's test servers share it without the fleet's
dependencies.
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Any, Self

__all__ = ["EmulatorServer", "ServerUnavailable", "free_port"]


class ServerUnavailable(RuntimeError):
    """A server could not be started here; the message says why."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        assert isinstance(port, int)
        return port


class EmulatorServer:
    """The emulator app served by uvicorn in a background thread (its counters stay readable).

    ``with EmulatorServer(app) as server: ... server.base_url`` (``http://127.0.0.1:<port>/v2``);
    :meth:`start` raises :class:`ServerUnavailable` when the server does not come up in time.
    """

    def __init__(self, app: Any, *, log_level: str = "critical", start_timeout: float = 10.0) -> None:
        self.app = app
        self.port = free_port()
        self.log_level = log_level
        self.start_timeout = start_timeout
        self._thread: threading.Thread | None = None
        self._server: Any = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v2"

    def start(self) -> None:
        import uvicorn

        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_level=self.log_level,
            lifespan="off",
            access_log=False,
        )
        self._server = uvicorn.Server(config)
        self._server.install_signal_handlers = lambda: None  # not the main thread
        self._thread = threading.Thread(
            target=self._server.run, name=f"tripletex-emulator-{self.port}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + self.start_timeout
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                self.stop(timeout=5)
                raise ServerUnavailable(f"the Tripletex emulator did not start on 127.0.0.1:{self.port}")
            time.sleep(0.01)

    def stop(self, timeout: float = 10) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
