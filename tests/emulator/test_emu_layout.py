"""The emulator's layout: no module of the package is on an import cycle (TYPE_CHECKING imports
included), and the stateful handlers are split by domain, each a size a reader holds in their head."""

from __future__ import annotations

import ast
from pathlib import Path

from tripletex_async import emulator

PACKAGE = Path(emulator.__file__).parent
ABSOLUTE = "tripletex_async.emulator"
HANDLER_MODULES = ("handlers", "handler_support", "creation", "crud", "accounting", "login", "app")


def _imports() -> dict[str, set[str]]:
    """Each module of the package -> the package modules it imports (also under TYPE_CHECKING)."""
    modules = {path.stem: path for path in PACKAGE.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                targets = [node.module.split(".")[0]] if node.module else [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                if node.module == ABSOLUTE:
                    targets = [a.name for a in node.names]
                elif node.module.startswith(ABSOLUTE + "."):
                    targets = [node.module.split(".")[2]]
            elif isinstance(node, ast.Import):
                targets = [a.name.split(".")[2] for a in node.names if a.name.startswith(ABSOLUTE + ".")]
            deps.update(t for t in targets if t in modules and t != name)
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


def _on_a_cycle(graph: dict[str, set[str]]) -> list[str]:
    return sorted(name for name in graph if name in _reaches(graph, name))


def test_the_graph_sees_type_checking_imports_and_the_check_finds_cycles() -> None:
    graph = _imports()
    # routing names Call only under TYPE_CHECKING; call names the state's parts only there
    assert "call" in graph["routing"]
    assert {"auth", "store", "counters"} <= graph["call"]
    assert _on_a_cycle({**graph, "store": graph["store"] | {"state"}}) != []


def test_no_emulator_module_is_on_an_import_cycle() -> None:
    graph = _imports()
    assert set(HANDLER_MODULES) | {"call", "state", "routing", "webhooks"} <= set(graph)
    assert _on_a_cycle(graph) == []


def test_every_emulator_module_stays_small() -> None:
    """The handler modules included: each a size a reader holds in their head."""
    sizes = {path.stem: len(path.read_text(encoding="utf-8").splitlines()) for path in PACKAGE.glob("*.py")}
    split = {"resources", "resource_spec", "seed", "seed_names", "record_builder"}
    assert {*HANDLER_MODULES, *split} <= set(sizes)
    assert {name: n for name, n in sizes.items() if n > 400} == {}, sizes
