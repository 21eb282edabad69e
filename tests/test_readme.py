"""Every code block of README.md runs against the emulator (served on a local port).

Python blocks run as the body of an async function with `TRIPLETEX_*` pointing at the emulator and a
shared namespace (so later blocks can use `tx` from earlier ones); a block defining a FastAPI `app`
is then served through its lifespan and called; a block defining pytest tests runs under pytest with
the package's plugin. Shell blocks: `tripletex ...` lines run as commands against the emulator;
`make ...` lines are what CI itself runs (`make test`, `make regen-check`) and are not re-run here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from tests.support.shared import ROOT
from tripletex_async import TripletexClient
from tripletex_async.emulator.config import DEFAULT_CONSUMER_TOKEN, DEFAULT_EMPLOYEE_TOKEN

README = ROOT / "README.md"
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(language: str) -> list[str]:
    return [body for lang, body in _BLOCK.findall(README.read_text(encoding="utf-8")) if lang == language]


@pytest.fixture
def emulator_env(tripletex_server: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    env = {
        "TRIPLETEX_CONSUMER_TOKEN": DEFAULT_CONSUMER_TOKEN,
        "TRIPLETEX_EMPLOYEE_TOKEN": DEFAULT_EMPLOYEE_TOKEN,
        "TRIPLETEX_BASE_URL": tripletex_server,
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    yield env


async def _run_python(code: str, namespace: dict[str, Any]) -> None:
    source = "async def __readme_block__():\n" + textwrap.indent(code, "    ") + "\n    return locals()\n"
    exec(compile(source, "README.md", "exec", dont_inherit=True), namespace)  # noqa: S102 - the README's own code
    namespace.update(await namespace["__readme_block__"]())


def _run_program(code: str) -> None:
    """A block that is a whole program (``asyncio.run(main())``): run as a module, in its own thread
    (so that it gets its own event loop)."""
    exec(compile(code, "README.md", "exec", dont_inherit=True), {"__name__": "__main__"})  # noqa: S102 - the README's own code


async def _exercise_app(app: Any) -> None:
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
            response = await http.get("/customers")
            listed = response.json()
            assert response.status_code == 200, response.text
            assert listed and {"id", "name"} <= set(listed[0])
            one = (await http.get(f"/customers/{listed[0]['id']}")).json()
            assert one["id"] == listed[0]["id"]
            missing = await http.get("/customers/999999999")
            assert missing.status_code == 404, missing.text
            assert "Tripletex request" in missing.json()["detail"]


def test_the_readme_starts_with_the_two_commands() -> None:
    first = blocks("bash")[0].splitlines()
    assert first[0].startswith("make demo") and first[1].startswith("make test")


@pytest.mark.asyncio
async def test_python_blocks_run_against_the_emulator(
    emulator_env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # files the blocks create (the webhook seen store) land here
    namespace: dict[str, Any] = {"__name__": "readme"}
    async with TripletexClient() as tx:
        namespace["tx"] = tx
        for code in blocks("python"):
            if "def test_" in code:
                test_file = tmp_path / "test_from_readme.py"
                test_file.write_text(code, encoding="utf-8")
                result = await anyio.run_process(
                    [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
                    cwd=tmp_path,
                    env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])},
                    check=False,
                )
                assert result.returncode == 0, (result.stdout + result.stderr).decode()
                continue
            if "asyncio.run(" in code:
                await anyio.to_thread.run_sync(_run_program, code)
                continue
            await _run_python(code, namespace)
            if "FastAPI(" in code:
                await _exercise_app(namespace["app"])
            namespace["tx"] = tx  # blocks may rebind tx inside `async with`; later blocks use the shared one


def test_cli_lines_run_against_the_emulator(emulator_env: dict[str, str], tmp_path: Path) -> None:
    lines = [
        line.split("#")[0].strip()
        for code in blocks("bash")
        for line in code.splitlines()
        if line.strip().startswith("tripletex ")
    ]
    assert lines, "the README shows the CLI"
    for line in lines:
        args = line.split()[1:]
        result = subprocess.run(
            [sys.executable, "-m", "tripletex_async.cli", *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={
                **os.environ,
                **emulator_env,
                "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")]),
            },
            check=False,
            timeout=120,
        )
        assert result.returncode == 0, f"{line}\n{result.stdout}\n{result.stderr}"


def test_cli_lines_not_run_still_parse() -> None:
    """The `tripletex ...` lines of `text` blocks (they need Redis and PostgreSQL) are not run, but
    every option they show must exist: `--help` after them parses the whole line and runs nothing."""
    lines = [
        line.split("#")[0].strip()
        for code in blocks("text")
        for line in code.splitlines()
        if line.strip().startswith("tripletex ")
    ]
    assert lines, "the README shows the fleet commands"
    for line in lines:
        result = subprocess.run(
            [sys.executable, "-m", "tripletex_async.cli", *line.split()[1:], "--help"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])},
            check=False,
            timeout=60,
        )
        assert result.returncode == 0, f"{line}\n{result.stdout}\n{result.stderr}"
