"""The emulator answers from the spec (shapes.json.gz), not from the client's generated models."""

from __future__ import annotations

import ast
import gzip
import json
from pathlib import Path

import pytest

from tripletex_async.emulator import spec_shapes
from tripletex_async.emulator.default_view import default_keys
from tripletex_async.emulator.shape_builder import ShapeBuilder

ROOT = Path(__file__).resolve().parents[2]
EMULATOR = ROOT / "tripletex_async" / "emulator"
_MODELS = ("tripletex_async_api.models", "tripletex_async.models", "tripletex_api.models")


def _locked_spec() -> Path:
    lock = json.loads((ROOT / "openapi" / "spec.lock.json").read_text())
    return (ROOT / str(lock["source"])).resolve()


@pytest.mark.shared
@pytest.mark.skipif(not _locked_spec().is_file(), reason="the locked spec is in ../shared (absent here)")
def test_shapes_file_is_the_locked_spec() -> None:
    document = json.loads(_locked_spec().read_bytes())
    built = json.loads(gzip.decompress(spec_shapes.encode(document)))
    committed = json.loads(gzip.decompress(spec_shapes.SHAPES_FILE.read_bytes()))
    assert built == committed, (
        f"{spec_shapes.SHAPES_FILE.name} is out of date with the locked spec: run "
        f"python -m tripletex_async.emulator.spec_shapes {_locked_spec()}"
    )


def test_emulator_never_imports_the_generated_models() -> None:
    for module in EMULATOR.glob("*.py"):
        tree = ast.parse(module.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.startswith(_MODELS) for n in names), module.name
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not node.value.startswith(_MODELS), module.name


def test_default_view_rules() -> None:
    assert "changes" not in default_keys("Customer")
    assert "hmacSharedSecret" not in default_keys("Subscription")  # write only, by its description
    assert "displayName" not in default_keys("Voucher") and "numberAsString" in default_keys("Voucher")
    assert "displayName" in default_keys("Customer")


def test_built_records_follow_the_conventions() -> None:
    builder = ShapeBuilder(spec_shapes.load_shapes(), "tripletex.no/v2")
    cost = builder.record("TravelCostCategory", 33295769)
    assert cost["url"] == "tripletex.no/v2/travelExpense/costCategory/33295769"
    assert cost["account"] == {"id": cost["account"]["id"], "url": cost["account"]["url"]}
    assert cost["account"]["url"].startswith("tripletex.no/v2/ledger/account/")
    assert "changes" not in cost
    month = builder.record("MonthlyStatus", 83)
    assert month["approvedBy"] is None and month["approvedDate"] is None  # events that did not happen
    assert month["timesheetEntries"] == [] and isinstance(month["hourSummary"], dict)
    employee = builder.record("Employee", 5)
    assert employee["internationalId"] == {"intAmeldingType": None, "country": None, "number": ""}
    assert employee["dateOfBirth"] is None and employee["department"] is None
    assert employee["phoneNumberMobileCountry"]["url"].startswith("tripletex.no/v2/country/")
    division = builder.record("Division", 1)
    assert division["startDate"] and len(division["startDate"]) == 10 and division["endDate"] is None
