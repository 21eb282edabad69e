"""Run openapi-python-client (with the project's config and templates) and ruff on its output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .paths import PACKAGE_NAME, ROOT, RUFF_CONFIG
from .render import SUMMARY


class GenerationError(RuntimeError):
    """openapi-python-client failed or warned (the pipeline runs it with --fail-on-warning)."""


def _tool(name: str) -> str:
    """The executable of a tool installed beside this interpreter (the project's venv)."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise GenerationError(f"{name} is not installed: run `make install` first")
    return found


def generator_version() -> str:
    from importlib.metadata import version

    return version("openapi-python-client")


@dataclass(frozen=True)
class Generated:
    package_dir: Path
    operations: int
    schemas_without_model: list[str]


def run_generator(document: dict[str, Any], workdir: Path) -> Generated:
    """Generate the package from a (patched) spec document into workdir; return the package dir.

    The generator runs in a child interpreter with a fixed hash seed (its output is then
    reproducible byte for byte); see `render` for what it renders.
    """
    spec_path = workdir / "openapi.patched.json"
    spec_path.write_text(json.dumps(document), encoding="utf-8")
    out = workdir / PACKAGE_NAME
    command = [sys.executable, "-m", "scripts.regen.render", str(spec_path), str(out)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env, cwd=ROOT)
    if result.returncode != 0:
        warnings = [line for line in result.stdout.splitlines() if line.startswith(("WARNING", "ERROR"))]
        detail = "; ".join(warnings[:5]) or (result.stdout + result.stderr).strip()[-2000:]
        raise GenerationError(f"openapi-python-client failed ({len(warnings)} warnings/errors): {detail}")
    summary = json.loads(result.stdout.splitlines()[-1].removeprefix(SUMMARY))
    return Generated(out, int(summary["operations"]), list(summary["schemas_without_model"]))


def format_package(package_dir: Path) -> None:
    """ruff --fix then ruff format, with the pinned ruff and an explicit config: deterministic output."""
    ruff = _tool("ruff")
    for args in (
        ["check", "--fix-only", "--quiet", "--exit-zero"],
        ["format", "--quiet"],
    ):
        subprocess.run(
            [ruff, *args, "--config", str(RUFF_CONFIG), str(package_dir)],
            check=True,
            capture_output=True,
            text=True,
        )
