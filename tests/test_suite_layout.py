"""The suite's own layout: helpers are imported from tests/support, never from a conftest."""

from __future__ import annotations

import ast

from tests.support.shared import ROOT


def test_no_test_imports_from_a_conftest() -> None:
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("conftest"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} from {node.module}")
    assert offenders == []
    assert (ROOT / "tests" / "conftest.py").exists()  # the scan looked at the real suite
