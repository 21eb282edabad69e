"""The regen pipeline: refusals leave generated/ untouched, patches, lock, change report, determinism."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import scripts.regen.__main__ as regen_main
from scripts.regen.__main__ import main
from scripts.regen.facade import group_name, method_name
from scripts.regen.lock import surface
from scripts.regen.paths import PACKAGE_DIR, ROOT, Layout
from scripts.regen.pipeline import regen
from tests.support.shared import shared_path
from tripletex_async.spec.diff import diff_specs
from tripletex_async.spec.report import machine_line

_SPECS = ("2.71.19", "2.71.30", "2.72.00", "2.74.00")


def _snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under root with its bytes and mtime: equal snapshots mean an untouched tree."""
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(root.rglob("*")) if p.is_file()}


def _tree_state(root: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime_ns for p in root.rglob("*.py")}


def _load_patches() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("patches_under_test", ROOT / "openapi" / "patches.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def temporary_layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Layout:
    """`main` regenerates into a layout under tmp_path: a regression that writes instead of refusing
    can never touch the project's real generated/, lock or CHANGES.md."""
    layout = Layout.under(tmp_path / "layout")
    monkeypatch.setattr(regen_main, "regen", functools.partial(regen, layout=layout))
    return layout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<!doctype html><html><body>Maintenance</body></html>", "HTML"),
        ('{"openapi": "3.0.1", "info": {"version": "1"}, "paths": {"/a": {', "truncated"),
        ('{"swagger": "2.0", "info": {"version": "1"}, "paths": {"/a": {}}}', "Swagger 2.0"),
        ('{"openapi": "3.0.1", "info": {"version": "1"}, "paths": {}}', "no paths"),
    ],
)
def test_bad_input_is_refused_with_one_line_and_generated_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str, temporary_layout: Layout
) -> None:
    before = _tree_state(PACKAGE_DIR)
    bad = tmp_path / "spec.json"
    bad.write_text(content)
    assert main(["--spec", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err
    assert expected.lower() in err.lower()
    assert not temporary_layout.generated_dir.exists() and not temporary_layout.lock_file.exists()
    assert _tree_state(PACKAGE_DIR) == before


def test_unreachable_url_is_refused(capsys: pytest.CaptureFixture[str], temporary_layout: Layout) -> None:
    before = _tree_state(PACKAGE_DIR)
    assert main(["--spec", "http://127.0.0.1:9/v2/openapi.json"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err
    assert not temporary_layout.generated_dir.exists()
    assert _tree_state(PACKAGE_DIR) == before


def test_unknown_environment_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--env", "staging"]) == 2
    assert "staging" in capsys.readouterr().err


def test_enum_collision_patch_renames_only_colliding_inline_enums() -> None:
    patches = _load_patches()
    doc: dict[str, Any] = {
        "components": {
            "schemas": {
                "LeaveOfAbsence": {"properties": {"type": {"type": "string", "enum": ["A"]}}},
                "LeaveOfAbsenceType": {"properties": {"code": {"type": "string"}}},
                "Other": {"properties": {"kind": {"type": "string", "enum": ["B"]}}},
            }
        }
    }
    assert patches.rename_colliding_inline_enums(doc) == 1
    schemas = doc["components"]["schemas"]
    assert schemas["LeaveOfAbsence"]["properties"]["type"]["title"] == "LeaveOfAbsenceTypeEnum"
    assert "title" not in schemas["Other"]["properties"]["kind"]


def test_binary_patch_and_read_only_patch() -> None:
    patches = _load_patches()
    doc: dict[str, Any] = {
        "paths": {
            "/x/pdf": {"get": {"responses": {"200": {"content": {"application/pdf": {}}}}}},
            "/x/csv": {
                "put": {
                    "responses": {
                        "200": {"content": {"text/csv; charset=utf-8": {"schema": {"type": "string"}}}}
                    }
                }
            },
            "/x/json": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {}}}}}}},
        },
        "components": {"schemas": {"A": {"properties": {"url": {"type": "string", "readOnly": True}}}}},
    }
    assert patches.binary_responses_as_files(doc) == 2
    pdf = doc["paths"]["/x/pdf"]["get"]["responses"]["200"]["content"]["application/pdf"]
    assert pdf["schema"] == {"type": "string", "format": "binary"}
    assert doc["paths"]["/x/json"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {}
    # readOnly stays the spec's own fact (the model template reads it as data): no marker text
    assert doc["components"]["schemas"]["A"]["properties"]["url"] == {"type": "string", "readOnly": True}


def _operations(document: dict[str, Any]) -> list[set[str]]:
    """The query parameter names of every operation of a spec document."""
    shared = document.get("components", {}).get("parameters", {})
    result = []
    for item in document["paths"].values():
        for method in ("get", "put", "post", "delete", "patch"):
            if method in item:
                params = [
                    shared[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p
                    for p in item[method].get("parameters", [])
                ]
                result.append({p["name"] for p in params if p.get("in") == "query"})
    return result


def test_facade_names() -> None:
    assert group_name("bank/reconciliation/match") == "bank_reconciliation_match"
    assert group_name("accountingOffice/reconciliations/{reconciliationId}/control/:reconcile") == (
        "accounting_office_reconciliations_control"
    )
    assert method_name("CustomerList_postList") == "post_list"
    assert method_name("TokenSessionWhoAmI_whoAmI") == "who_am_i"


def test_lock_records_the_locked_spec() -> None:
    lock = json.loads((ROOT / "openapi" / "spec.lock.json").read_text())
    assert set(lock) == {"source", "environment", "version", "sha256", "operations", "schemas", "generator"}
    assert lock["version"] == "2.74.00"
    spec = shared_path("openapi", "tripletex-openapi-2.74.00.json")
    document = json.loads(spec.read_text())
    assert lock["operations"] == len(_operations(document))
    assert lock["schemas"] == len(document["components"]["schemas"])
    assert len(lock["sha256"]) == 64
    assert lock["generator"].startswith("openapi-python-client ")


@pytest.mark.regen
@pytest.mark.shared
def test_regen_tracks_changes_and_fails_on_breaking(tmp_path: Path) -> None:
    """Lock 2.72.00, then regen 2.74.00 into a temporary layout: refused with FAIL_ON_BREAKING (nothing
    changed), accepted without it (CHANGES.md reports it)."""
    old = shared_path("openapi", "tripletex-openapi-2.72.00.json")
    new = shared_path("openapi", "tripletex-openapi-2.74.00.json")
    layout = Layout.under(tmp_path)
    lines: list[str] = []
    assert regen(str(old), "file", layout=layout, echo=lines.append) == 0
    lock = json.loads(layout.lock_file.read_text())
    assert lock["version"] == "2.72.00"
    before = _snapshot(tmp_path)
    assert regen(str(new), "file", layout=layout, echo=lines.append, fail_on_breaking=True) == 3
    assert _snapshot(tmp_path) == before
    assert regen(str(new), "file", layout=layout, echo=lines.append) == 0
    changes = layout.changes_file.read_text()
    assert "2.72.00" in changes and "2.74.00" in changes and "BREAKING" in changes
    # the report against the stored surface of 2.72.00 equals the report between the two spec files
    expected = machine_line(diff_specs(json.loads(old.read_text()), json.loads(new.read_text())))
    assert expected.startswith("added_ops=84 removed_ops=7 ")
    assert expected in lines
    assert json.loads(layout.lock_file.read_text())["version"] == "2.74.00"
    assert (layout.package_dir / "facade" / "customer.py").exists()


@pytest.mark.regen
@pytest.mark.shared
@pytest.mark.parametrize("version", _SPECS)
def test_every_shared_spec_generates_and_imports(tmp_path: Path, version: str) -> None:
    spec = shared_path("openapi", f"tripletex-openapi-{version}.json")
    assert main(["--spec", str(spec), "--build-only", str(tmp_path)]) == 0
    probe = (
        "import importlib, json, tripletex_async_api.facade as f, tripletex_async_api.operations as o; "
        "ops = o.OPERATIONS; [importlib.import_module('tripletex_async_api.facade.' + g) for g in f.GROUPS]; "
        "print(json.dumps({'ops': len(ops), 'groups': len(f.GROUPS), "
        "'paginated': sum(op.paginated for op in ops)}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout)
    document = json.loads(spec.read_text())
    operations = _operations(document)
    assert result["ops"] == len(operations)
    assert result["paginated"] == sum(1 for names in operations if {"from", "count"} <= names)


def test_no_content_patch_drops_bodies_of_204() -> None:
    patches = _load_patches()
    doc: dict[str, Any] = {
        "paths": {
            "/a/{id}": {
                "delete": {
                    "responses": {"204": {"content": {"application/json": {"schema": {"$ref": "#/x"}}}}}
                }
            },
            "/b": {"delete": {"responses": {"204": {"description": "ok"}}}},
        }
    }
    assert patches.no_content_has_no_body(doc) == 1
    assert "content" not in doc["paths"]["/a/{id}"]["delete"]["responses"]["204"]


def test_surface_keeps_properties_named_like_prose_keys() -> None:
    doc: dict[str, Any] = {
        "info": {"version": "1", "description": "long prose"},
        "paths": {
            "/a": {"get": {"summary": "s", "description": "d", "responses": {"200": {"description": "ok"}}}}
        },
        "components": {
            "schemas": {
                "A": {
                    "description": "prose",
                    "properties": {
                        "description": {"type": "string", "description": "prose"},
                        "title": {"type": "string"},
                    },
                }
            }
        },
    }
    stripped = surface(doc)
    assert set(stripped["components"]["schemas"]["A"]["properties"]) == {"description", "title"}
    assert "description" not in stripped["components"]["schemas"]["A"]
    assert "summary" not in stripped["paths"]["/a"]["get"]
    assert diff_specs(stripped, doc).changes == ()


@pytest.mark.shared
def test_the_stored_surface_reports_no_change_against_its_own_spec() -> None:
    spec = shared_path("openapi", "tripletex-openapi-2.74.00.json")
    doc = json.loads(spec.read_text())
    assert diff_specs(surface(doc), doc).changes == ()
