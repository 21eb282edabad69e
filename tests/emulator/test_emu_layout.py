"""The emulator's stateful handlers: split by domain, each module a size a reader holds in their
head, and none of them on an import cycle (TYPE_CHECKING imports included)."""

from __future__ import annotations

import ast
from pathlib import Path

from tripletex_async import emulator

PACKAGE = Path(emulator.__file__).parent
HANDLER_MODULES = ("handlers", "handler_support", "creation", "crud", "accounting", "login", "app")


def _imports() -> dict[str, set[str]]:
    """Each module of the package -> the package modules it imports (also under TYPE_CHECKING)."""
    modules = {path.stem: path for path in PACKAGE.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                targets = [node.module.split(".")[0]] if node.module else [a.name for a in node.names]
                deps.update(t for t in targets if t in modules)
        graph[name] = deps
    return graph


def _reaches(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = list(graph[start])
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(graph[node])
    return seen


def test_handler_modules_are_on_no_import_cycle() -> None:
    graph = _imports()
    on_a_cycle = [name for name in HANDLER_MODULES if name in _reaches(graph, name)]
    assert on_a_cycle == []


def test_handler_modules_stay_small() -> None:
    sizes = {
        name: len((PACKAGE / f"{name}.py").read_text(encoding="utf-8").splitlines())
        for name in HANDLER_MODULES
    }
    assert max(sizes.values()) <= 400, sizes
