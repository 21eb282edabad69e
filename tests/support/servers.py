"""Throwaway local servers for the fleet's tests and benchmark: Redis, PostgreSQL, the emulator.

Each binds a free port on 127.0.0.1 and lives in a temporary directory removed on stop.
:class:`ServerUnavailable` says why one cannot start (binary missing, no usable user, ...), so a
test can skip with that reason. PostgreSQL refuses to run as root: as root, the data directory
is given to the ``postgres`` user (else ``nobody``) and the server is started through ``runuser``.
:class:`EmulatorServer`, :func:`free_port` and :class:`ServerUnavailable` live in
:mod:`tripletex_async.emulator.serve` (usable without the fleet's dependencies) and are re-exported here.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Self

from tripletex_async.emulator.serve import EmulatorServer, ServerUnavailable, free_port

__all__ = [
    "EmulatorServer",
    "PostgresServer",
    "RedisServer",
    "ServerUnavailable",
    "free_port",
]


def _wait_port(port: int, seconds: float, proc: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise ServerUnavailable(f"server exited with {proc.returncode} before listening on {port}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        time.sleep(0.05)
    raise ServerUnavailable(f"nothing listening on 127.0.0.1:{port} after {seconds:.0f} s")


class _Server:
    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError


class RedisServer(_Server):
    """``redis-server`` on a free loopback port, no persistence."""

    def __init__(self) -> None:
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.dir = ""

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise ServerUnavailable("redis-server is not installed (apt-get install redis-server)")
        self.dir = tempfile.mkdtemp(prefix="tx-redis-")
        self.proc = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self.dir,
                "--protected-mode",
                "yes",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_port(self.port, 10, self.proc)
        except ServerUnavailable:
            self.stop()
            raise

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)


def _pg_bindir() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name.split(".")[0])
    )
    for candidate in reversed(found):
        if (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


class PostgresServer(_Server):
    """A fresh cluster (``initdb -A trust``) on a free loopback port; DSN in :attr:`dsn`."""

    def __init__(self) -> None:
        self.port = free_port()
        self.dir = ""
        self._bindir: Path | None = None
        self._prefix: list[str] = []
        self._running = False

    @property
    def dsn(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str, timeout: float = 60) -> None:
        assert self._bindir is not None
        cmd = [*self._prefix, str(self._bindir / args[0]), *args[1:]]
        done = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
        if done.returncode != 0:
            raise ServerUnavailable(
                f"{args[0]} failed ({done.returncode}): {done.stderr.decode(errors='replace')[-500:]}"
            )

    def start(self) -> None:
        self._bindir = _pg_bindir()
        if self._bindir is None:
            raise ServerUnavailable("PostgreSQL binaries not found (apt-get install postgresql)")
        self.dir = tempfile.mkdtemp(prefix="tx-pg-")
        os.chmod(self.dir, 0o755)  # noqa: S103 - the server user must reach its data dir
        data, sock = Path(self.dir) / "data", Path(self.dir) / "sock"
        data.mkdir()
        sock.mkdir()
        if os.geteuid() == 0:
            user = None
            for name in ("postgres", "nobody"):
                with contextlib.suppress(KeyError):
                    user = pwd.getpwnam(name)
                    break
            if user is None or shutil.which("runuser") is None:
                raise ServerUnavailable("running as root without a postgres/nobody user or runuser")
            for path in (data, sock):
                os.chown(path, user.pw_uid, user.pw_gid)
            self._prefix = ["runuser", "-u", user.pw_name, "--"]
        self._run("initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")
        options = f"-p {self.port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            "pg_ctl", "-D", str(data), "-o", options, "-l", str(data / "log"), "-w", "-t", "30", "start"
        )
        self._running = True
        _wait_port(self.port, 10)

    def stop(self) -> None:
        if self._running:
            with contextlib.suppress(ServerUnavailable, subprocess.TimeoutExpired):
                self._run("pg_ctl", "-D", str(Path(self.dir) / "data"), "-m", "immediate", "-w", "stop")
            self._running = False
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
