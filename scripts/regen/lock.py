"""Lock the generated spec (openapi/spec.lock.json), keep its API surface, and report changes."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tripletex_async.spec.diff import SpecDiff, diff_specs
from tripletex_async.spec.load import is_url
from tripletex_async.spec.report import machine_line, render_markdown

from .paths import ROOT

_DOC_KEYS = {"description", "summary", "example", "examples", "externalDocs", "title", "x-codegen"}
# Maps keyed by names, where a key such as "description" is a property, not prose.
_NAME_MAPS = {
    "properties",
    "paths",
    "schemas",
    "parameters",
    "responses",
    "content",
    "requestBodies",
    "headers",
}


def surface(document: dict[str, Any]) -> dict[str, Any]:
    """The spec without prose: what the change report needs (paths, parameters, schemas, types)."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: (strip_map(v) if k in _NAME_MAPS else strip(v))
                for k, v in node.items()
                if k not in _DOC_KEYS
            }
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    def strip_map(node: Any) -> Any:
        """A map whose keys are names (properties, paths, status codes...): keep every key."""
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items()}
        return strip(node)

    return {
        "info": {"version": document.get("info", {}).get("version", "")},
        "paths": strip_map(document.get("paths", {})),
        "components": strip(
            {
                k: v
                for k, v in document.get("components", {}).items()
                if k in ("schemas", "parameters", "requestBodies")
            }
        ),
    }


def write_surface(document: dict[str, Any], path: Path) -> None:
    data = json.dumps(surface(document), sort_keys=True, separators=(",", ":")).encode()
    path.write_bytes(gzip.compress(data, mtime=0))


def read_surface(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    loaded: dict[str, Any] = json.loads(gzip.decompress(path.read_bytes()))
    return loaded


@dataclass(frozen=True)
class Lock:
    source: str
    environment: str
    version: str
    sha256: str
    operations: int
    schemas: int
    generator: str

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=2) + "\n"


def read_lock(path: Path) -> Lock | None:
    if not path.exists():
        return None
    return Lock(**json.loads(path.read_text(encoding="utf-8")))


def portable_source(source: str) -> str:
    """What the lock records as the spec's source, the same in every clone: a URL as it is; a file
    inside or beside the project (e.g. ``../shared/...``) relative to the project root; any other
    file by its name only (never an absolute local path; regen-check then asks for it)."""
    if is_url(source):
        return source
    path = Path(source).resolve()
    for base, prefix in ((ROOT, ""), (ROOT.parent, "../")):
        try:
            return prefix + path.relative_to(base).as_posix()
        except ValueError:
            pass
    return path.name


def locked_source(lock: Lock) -> str:
    """Where regen-check reads the locked spec: the URL, or the recorded path under the project root."""
    if is_url(lock.source):
        return lock.source
    return str(ROOT / lock.source)


_HEADER = (
    "# API changes\n\nOne section per `make regen`, newest first, against the previously locked spec.\n\n"
)


def _prepend(section: str, path: Path) -> None:
    previous = path.read_text(encoding="utf-8") if path.exists() else _HEADER
    body = previous[len(_HEADER) :] if previous.startswith(_HEADER) else previous
    path.write_text(_HEADER + section + body, encoding="utf-8")


def _stamp() -> str:
    return f"<!-- regen {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} -->\n"


def record_initial(label: str, operations: int, schemas: int, path: Path) -> None:
    """The first lock has nothing to compare with: record what was locked."""
    _prepend(_stamp() + f"## Initial lock: {label}\n\n{operations} operations, {schemas} schemas.\n\n", path)


def record_changes(diff: SpecDiff, old_label: str, new_label: str, path: Path) -> None:
    """Prepend this regen's report (ending with its machine line) to CHANGES.md."""
    section = _stamp() + render_markdown(diff, old_label, new_label).rstrip() + "\n\n"
    _prepend(section + "`" + machine_line(diff) + "`\n\n", path)


__all__ = [
    "Lock",
    "diff_specs",
    "locked_source",
    "portable_source",
    "read_lock",
    "read_surface",
    "record_changes",
    "record_initial",
    "surface",
    "write_surface",
]
