"""What a user's type checker sees (issue 12, point 2): the wheel, installed in a fresh venv.

Builds the wheel (``pip wheel . --no-deps``), installs it with mypy (and FastAPI and pytest, which
README examples use) into a new virtual environment, and runs ``mypy --strict`` from a directory
outside the source tree on:

* ``user_code.py``: typed pages, pagination and values a user writes (``assert_type`` checks them);
* every Python block of README.md, as the README test runs it (a block with top-level ``await`` is
  the body of an ``async def`` taking ``tx``; the others are modules);
* ``negative.py``: each line marked ``# E: <code>`` must be reported with that code, and nothing else.

Slow (a venv, package downloads, mypy over thousands of generated modules): marked ``wheel``; it is
part of ``make test``. Its mypy cache lives inside the temporary venv.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.support.shared import ROOT
from tests.test_readme import blocks

HERE = Path(__file__).resolve().parent
pytestmark = pytest.mark.wheel

_EXPECTED = re.compile(r"#\s*E:\s*([\w-]+)")
_REPORTED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[\w-]+)\]$")
#: what README examples import besides the package
_USER_EXTRAS = ("fastapi", "pytest")


@dataclass
class UserVenv:
    python: Path
    workdir: Path
    timings: dict[str, float]

    def mypy(self, *files: str) -> subprocess.CompletedProcess[str]:
        started = time.perf_counter()
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MYPYPATH")}
        result = subprocess.run(
            [
                str(self.python),
                "-m",
                "mypy",
                "--strict",
                "--cache-dir",
                str(self.python.parents[1] / ".mypy_cache"),
                "--no-color-output",
                "--no-error-summary",
                "--show-error-codes",
                *files,
            ],
            cwd=self.workdir,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=900,
        )
        self.timings[f"mypy {' '.join(files)[:40]}"] = time.perf_counter() - started
        return result


def _run(*args: str | Path, cwd: Path | None = None) -> None:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False, timeout=900
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, args))}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", dist, ROOT)
    (built,) = dist.glob("tripletex_async-*.whl")
    return built


@pytest.fixture(scope="module")
def user_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[UserVenv]:
    timings: dict[str, float] = {}
    started = time.perf_counter()
    root = tmp_path_factory.mktemp("user")
    venv = root / "venv"
    _run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    _run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        wheel,
        f"mypy=={version('mypy')}",
        *_USER_EXTRAS,
    )
    timings["venv + install"] = time.perf_counter() - started
    workdir = root / "project"  # the user's project: no source tree of ours on any path
    workdir.mkdir()
    yield UserVenv(python, workdir, timings)
    print("\ntyping test timings: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()))


def readme_modules() -> dict[str, str]:
    """README's Python blocks as files: a block with top-level await becomes the body of an
    ``async def`` that gets ``tx`` (as tests/test_readme.py runs it); the others stay modules."""
    files: dict[str, str] = {}
    for number, code in enumerate(blocks("python"), start=1):
        try:
            compile(code, "README.md", "exec", dont_inherit=True)
            module = code
        except SyntaxError:
            module = (
                "from tripletex_async import TripletexClient\n\n\n"
                "async def readme_block(tx: TripletexClient) -> None:\n" + textwrap.indent(code, "    ")
            )
        files[f"readme_block_{number}.py"] = module
    return files


def test_every_shipped_package_has_py_typed(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    packages = {
        name.split("/")[0] for name in names if name.endswith("/__init__.py") and name.count("/") == 1
    }
    assert packages >= {"tripletex_async", "tripletex_async_api"}, packages
    assert {p for p in packages if f"{p}/py.typed" not in names} == set()


def test_user_code_and_readme_pass_mypy_strict(user_venv: UserVenv) -> None:
    where = subprocess.run(
        [
            str(user_venv.python),
            "-c",
            "import tripletex_async, tripletex_async_api; print(tripletex_async.__file__)",
        ],
        cwd=user_venv.workdir,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "site-packages" in where and str(ROOT) not in where  # the installed wheel, not our tree
    files = {"user_code.py": (HERE / "user_code.py").read_text(encoding="utf-8"), **readme_modules()}
    for name, text in files.items():
        (user_venv.workdir / name).write_text(text, encoding="utf-8")
    result = user_venv.mypy(*files)
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mistakes_are_flagged(user_venv: UserVenv) -> None:
    source = (HERE / "negative.py").read_text(encoding="utf-8")
    expected = {
        (number, match.group(1))
        for number, line in enumerate(source.splitlines(), start=1)
        if (match := _EXPECTED.search(line))
    }
    assert len(expected) >= 10
    (user_venv.workdir / "negative.py").write_text(source, encoding="utf-8")
    result = user_venv.mypy("negative.py")
    print(result.stdout)
    reported = {
        (int(m["line"]), m["code"])
        for line in result.stdout.splitlines()
        if (m := _REPORTED.match(line)) and m["file"] == "negative.py"
    }
    assert reported == expected, (
        f"missing: {sorted(expected - reported)}, unexpected: {sorted(reported - expected)}"
    )
