"""Regen never leaves a half-changed tree; the lock is portable; regen-check says what it needs.

Everything runs in a temporary project layout (Layout.under), never against the real generated/."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from scripts.regen.lock import Lock, locked_source, portable_source
from scripts.regen.paths import PROJECT, ROOT, Layout
from scripts.regen.pipeline import RegenError, check, regen
from tests.support.shared import shared_path


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def project_copy(tmp_path: Path) -> Layout:
    """The project's lock, surface and CHANGES.md (2.74.00) and a small stand-in for generated/."""
    layout = Layout.under(tmp_path)
    for source, target in (
        (PROJECT.lock_file, layout.lock_file),
        (PROJECT.surface_file, layout.surface_file),
        (PROJECT.changes_file, layout.changes_file),
    ):
        shutil.copy2(source, target)
    for name in ("__init__.py", "types.py", "operations.py"):
        target = layout.package_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PROJECT.package_dir / name, target)
    return layout


@pytest.mark.shared
def test_a_refused_regen_leaves_the_tree_exactly_as_it_was(project_copy: Layout, tmp_path: Path) -> None:
    """`make regen SPEC=<older spec> FAIL_ON_BREAKING=1`: exit 3 and not one byte or mtime changed
    (today: 1,500 files of generated/, the lock and CHANGES.md rewritten, and a second run exits 0)."""
    older = shared_path("openapi", "tripletex-openapi-2.71.19.json")
    before = _snapshot(tmp_path)
    lines: list[str] = []
    assert regen(str(older), "file", layout=project_copy, echo=lines.append, fail_on_breaking=True) == 3
    assert _snapshot(tmp_path) == before
    assert lines[0].startswith("added_ops=") and " breaking=" in lines[0]
    assert lines[-1].startswith("error: ") and "breaking change(s) from 2.74.00" in lines[-1]
    assert "nothing was changed" in lines[-1]
    # and again: the same refusal (the first one did not move the lock)
    assert regen(str(older), "file", layout=project_copy, echo=lines.append, fail_on_breaking=True) == 3
    assert _snapshot(tmp_path) == before


def test_the_lock_source_is_portable(tmp_path: Path) -> None:
    url = "https://tripletex.no/v2/openapi.json"
    assert portable_source(url) == url
    assert portable_source(str(ROOT / "openapi" / "x.json")) == "openapi/x.json"
    assert portable_source(str(ROOT.parent / "shared" / "openapi" / "s.json")) == "../shared/openapi/s.json"
    elsewhere = tmp_path / "downloads" / "tripletex-openapi-2.74.00.json"
    recorded = portable_source(str(elsewhere))
    assert recorded == "tripletex-openapi-2.74.00.json"  # never the absolute local path
    assert not Path(recorded).is_absolute() and str(tmp_path) not in recorded


def test_the_project_lock_holds_no_absolute_path() -> None:
    lock = json.loads(PROJECT.lock_file.read_text())
    assert not Path(lock["source"]).is_absolute()
    assert not lock["source"].startswith(("/", "~")) and ":\\\\" not in lock["source"]


def _lock_at(layout: Layout, source: str) -> None:
    lock = json.loads(PROJECT.lock_file.read_text())
    lock["source"] = source
    layout.lock_file.write_text(json.dumps(lock))


def test_regen_check_without_the_locked_spec_says_what_it_needs(project_copy: Layout) -> None:
    _lock_at(project_copy, "../shared/openapi/not-here-2.74.00.json")
    with pytest.raises(RegenError) as caught:
        check(layout=project_copy)
    message = str(caught.value)
    assert "\n" not in message
    assert "regen-check needs the locked spec, Tripletex API 2.74.00 (sha256 " in message
    assert "../shared/openapi/not-here-2.74.00.json, which is not there" in message
    assert "make regen-check SPEC=<file>" in message and "make regen ENV=production" in message


@pytest.mark.shared
def test_regen_check_with_another_version_says_so(project_copy: Layout) -> None:
    other = shared_path("openapi", "tripletex-openapi-2.72.00.json")
    with pytest.raises(RegenError) as caught:
        check(layout=project_copy, spec_source=str(other))
    assert f"{other} is 2.72.00" in str(caught.value) and "Tripletex API 2.74.00" in str(caught.value)


def test_regen_check_command_line_is_one_line(
    project_copy: Layout, capsys: pytest.CaptureFixture[str]
) -> None:
    from scripts.regen.__main__ import main

    assert main(["--check", "--spec", str(project_copy.lock_file)]) == 2  # a lock file is no spec
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: regen-check needs the locked spec") and "\n" not in err


def test_locked_source_resolves_relative_to_the_project() -> None:
    lock = Lock("../shared/openapi/a.json", "file", "2.74.00", "0" * 64, 1, 1, "g")
    assert locked_source(lock) == str(ROOT / "../shared/openapi/a.json")
    assert locked_source(Lock("https://x/v2/openapi.json", "production", "1", "0", 1, 1, "g")).startswith(
        "https"
    )
