"""What the wheel ships: only the product, under names that carry the project's name."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    (wheel,) = out.glob("tripletex_async-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def test_every_top_level_import_name_starts_with_the_project_name(wheel_names: list[str]) -> None:
    top = {name.split("/", 1)[0] for name in wheel_names if ".dist-info/" not in name}
    assert top == {"tripletex_async", "tripletex_async_api"}, top
    assert "tripletex_async_api/py.typed" in wheel_names and "tripletex_async/py.typed" in wheel_names


def test_the_wheel_ships_no_tooling_benches_or_test_servers(wheel_names: list[str]) -> None:
    shipped = "\n".join(wheel_names)
    for unwanted in ("scripts/", "tests/", "bench", "servers.py", "regen", "openapi-python-client"):
        assert unwanted not in shipped, unwanted
    # the generator's own client and errors are not used (the hand-written client sends and raises)
    assert not {"tripletex_async_api/client.py", "tripletex_async_api/errors.py"} & set(wheel_names)


def test_core_modules_never_import_the_emulator() -> None:
    code = (
        "import sys, tripletex_async.client, tripletex_async.fleet.worker, tripletex_async.pytest_plugin; "
        "print(sorted(m for m in sys.modules if m.startswith('tripletex_async.emulator')))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
