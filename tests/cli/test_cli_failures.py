"""Every failure the CLI meets ends in one clear `error:` line (never a traceback) and an exit code:
1 the service or the store failed, 2 bad input or settings."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.support.shared import ROOT
from tripletex_async.cli import app

EMU = {"TRIPLETEX_CLI_EMULATOR": "small"}
CLI = [sys.executable, "-m", "tripletex_async.cli"]
PYTHONPATH = os.pathsep.join([str(ROOT), str(ROOT / "generated")])


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def one_line(runner: CliRunner, *args: str, code: int, env: dict[str, str] | None = None) -> str:
    result = runner.invoke(app, list(args), env=EMU if env is None else env)
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ")
    return lines[0]


def test_body_from_a_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    line = one_line(runner, "call", "customer.post", f"body=@{tmp_path / 'missing.json'}", code=2)
    assert "body" in line and "missing.json" in line and "No such file" in line


def test_bad_json_names_the_body(runner: CliRunner, tmp_path: Path) -> None:
    line = one_line(runner, "call", "customer.post", "body={bad", code=2)
    assert "body" in line and "not valid JSON" in line
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": ')
    line = one_line(runner, "call", "customer.post", f"body=@{broken}", code=2)
    assert str(broken) in line and "not valid JSON" in line


def test_a_bad_number_names_the_parameter(runner: CliRunner) -> None:
    line = one_line(runner, "call", "customer.search", "count=abc", code=2)
    assert line == "error: count: expected an integer, got 'abc'"
    line = one_line(runner, "call", "customer.search", "isInactive=maybe", code=2)
    assert "isInactive" in line


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--date-from", "2024-13-45"], "--date-from: '2024-13-45' is not a date"),
        (["--date-to", "tomorrow"], "--date-to: 'tomorrow' is not a date"),
        (
            ["--date-from", "2025-01-01", "--date-to", "2024-01-01"],
            "--date-from 2025-01-01 is not before --date-to",
        ),
        (["--emulator", "--fault-spec", "500=abc"], "--fault-spec '500=abc'"),
        (["--emulator", "--fault-spec", "teapot=0.1"], "--fault-spec 'teapot=0.1'"),
    ],
)
def test_sync_options_are_named(runner: CliRunner, tmp_path: Path, args: list[str], expected: str) -> None:
    line = one_line(runner, "sync", "--out", str(tmp_path / "s.sqlite"), "--no-progress", *args, code=2)
    assert expected in line
    assert not (tmp_path / "s.sqlite").exists()


def test_out_on_a_file_that_is_not_a_database(runner: CliRunner, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("my notes\n")
    line = one_line(runner, "sync", "--out", str(text), "--no-progress", code=1)
    assert line == f"error: {text} is not a SQLite database; choose another --out"
    assert text.read_text() == "my notes\n"  # untouched


def test_out_in_a_directory_that_cannot_be_created_or_written(runner: CliRunner, tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("")
    line = one_line(runner, "sync", "--out", str(blocker / "x.sqlite"), "--no-progress", code=1)
    assert f"cannot create the store {blocker / 'x.sqlite'}" in line and "is not a directory" in line
    line = one_line(
        runner, "sync", "--store", "jsonl", "--out", str(blocker / "dir"), "--no-progress", code=1
    )
    assert str(blocker) in line
    if os.geteuid() == 0:
        return  # root writes into read-only directories
    locked = tmp_path / "ro"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        line = one_line(runner, "sync", "--out", str(locked / "x.sqlite"), "--no-progress", code=1)
        assert str(locked / "x.sqlite") in line
    finally:
        locked.chmod(0o755)


def test_a_missing_directory_is_created(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "s.sqlite"
    result = runner.invoke(app, ["sync", "--out", str(target), "--no-progress", "-r", "customers"], env=EMU)
    assert result.exit_code == 0, result.output
    assert target.exists()


def test_a_path_not_in_the_api(runner: CliRunner) -> None:
    line = one_line(runner, "get", "/nosuchthing", code=1)
    assert line.startswith("error: /nosuchthing is not a path of the Tripletex API")
    line = one_line(runner, "get", "/customer/999999999", code=1)  # in the API, object missing
    assert "not a path" not in line and "HTTP 404" in line


def test_a_company_that_is_not_a_client(runner: CliRunner) -> None:
    line = one_line(runner, "get", "/customer", "--company", "999", code=1)
    assert line.startswith("error: company 999 is not among your client companies")
    line = one_line(runner, "call", "customer.search", "--company", "999", code=1)
    assert "company 999 is not among your client companies" in line


def test_no_none_lines(runner: CliRunner) -> None:
    result = runner.invoke(app, ["call", "customer.get", "id=1"], env=EMU)
    assert result.exit_code == 1
    assert "None" not in result.stderr


def test_missing_tokens_are_one_line_and_leave_no_store(runner: CliRunner, tmp_path: Path) -> None:
    env = {"TRIPLETEX_CLI_EMULATOR": "", "TRIPLETEX_CONSUMER_TOKEN": "", "TRIPLETEX_EMPLOYEE_TOKEN": ""}
    for store in ("sqlite", "jsonl"):
        out = tmp_path / f"store-{store}"
        line = one_line(runner, "sync", "--store", store, "--out", str(out), code=2, env=env)
        assert "no consumer or employee token" in line
        assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_first_run_leaves_no_empty_store(runner: CliRunner, tmp_path: Path) -> None:
    """Tokens the service rejects: the sync fails before anything is saved; no empty file stays."""
    out = tmp_path / "s.sqlite"
    env = {
        "TRIPLETEX_CLI_EMULATOR": "",
        "TRIPLETEX_BASE_URL": "http://127.0.0.1:9/v2",  # nothing listens on the discard port
        "TRIPLETEX_CONSUMER_TOKEN": "c",
        "TRIPLETEX_EMPLOYEE_TOKEN": "e",
    }
    line = one_line(runner, "sync", "--out", str(out), "--no-progress", "--timeout", "2", code=1, env=env)
    assert "cannot connect to http://127.0.0.1:9/v2" in line
    assert not out.exists() and list(tmp_path.iterdir()) == []


# --- servers that misbehave (real sockets, the CLI in its own process) ------------------------------


@pytest.fixture
def misbehaving_server() -> Iterator[tuple[int, list[str]]]:
    """A local server: mode[0] == "silent" accepts and never answers; "html" answers 200 with a page."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.2)
    mode = ["silent"]
    held: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            held.append(conn)
            if mode[0] == "html":
                conn.recv(65536)
                body = b"<!doctype html><html><head><title>Log in</title></head><body>Welcome</body></html>"
                head = (
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n"
                )
                conn.sendall(head % len(body) + body)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], mode
    finally:
        stop.set()
        thread.join(timeout=5)
        for conn in held:
            conn.close()
        listener.close()


def _cli(port: int, *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIPLETEX_")}
    env.update(
        PYTHONPATH=PYTHONPATH,
        TRIPLETEX_BASE_URL=f"http://127.0.0.1:{port}/v2",
        TRIPLETEX_CONSUMER_TOKEN="consumer-token-abc",
        TRIPLETEX_EMPLOYEE_TOKEN="employee-token-def",
    )
    started = time.monotonic()
    result = subprocess.run([*CLI, *args], capture_output=True, text=True, env=env, check=False, timeout=120)
    return result, time.monotonic() - started


def test_a_server_that_never_answers_honours_timeout_and_says_what_it_waits_for(
    misbehaving_server: tuple[int, list[str]],
) -> None:
    port, _ = misbehaving_server
    result, seconds = _cli(port, "whoami", "--timeout", "2")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    notice, line = result.stderr.splitlines()
    assert notice.startswith(f"waiting for http://127.0.0.1:{port}/v2 to answer")
    assert line.startswith(f"error: no answer from http://127.0.0.1:{port}/v2 within 2 s")
    assert "the session to be created (POST /token/session/:create)" in line
    assert "--timeout" in line
    # the 2 s timeout and the interpreter's start (slow on a loaded 2-core CI), not 61 s of retries
    assert seconds < 2 + 30
    assert "consumer-token-abc" not in result.stderr


def test_an_html_page_on_session_creation_says_the_base_url_looks_wrong(
    misbehaving_server: tuple[int, list[str]],
) -> None:
    port, mode = misbehaving_server
    mode[0] = "html"
    result, _ = _cli(port, "companies")
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(
        f"error: http://127.0.0.1:{port}/v2 answered the session request with an HTML page"
    )
    assert "the base URL looks wrong" in line


def test_a_damaged_store_mid_run_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    """A store that breaks under a running sync (a task group's failure) is still one line."""
    from tripletex_async.cli._app import Options
    from tripletex_async.cli._failures import explain

    group = ExceptionGroup("sync", [sqlite3.DatabaseError("database disk image is malformed")])
    lines, code = explain(BaseExceptionGroup("outer", [group]), Options())
    assert lines == ["error: the local store failed: database disk image is malformed"] and code == 1


def test_sync_of_a_company_that_is_not_a_client_says_so(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["sync", "--out", str(tmp_path / "s.sqlite"), "--no-progress", "-r", "customers", "-c", "999"],
        env=EMU,
    )
    assert result.exit_code == 1
    assert "error: company 999 is not among your client companies" in result.stderr
    assert "Traceback" not in result.output
