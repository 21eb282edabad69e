"""The spec's schemas as the emulator needs them: what each operation answers and what each object holds.

The emulator answers from the API's OpenAPI schemas, never from the client's generated models (so it
checks the client's assumptions instead of repeating them). ``shapes.json.gz`` beside this module is
a compact digest of the locked spec (``openapi/spec.lock.json``): for each schema its properties
(type, format, ``$ref``, items, enum, readOnly, and whether the description marks it write only),
for each operation its success status, answer schema and enum query parameters, and for each resource schema the path its
``url`` uses. ``make regen`` rewrites it with the lock (scripts/regen/pipeline.py); by hand::

    python -m tripletex_async.emulator.spec_shapes <spec.json>

``tests/emulator/test_emu_spec_shapes.py`` fails when it is out of date with the locked spec.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

SHAPES_FILE = Path(__file__).with_name("shapes.json.gz")
_REF = "#/components/schemas/"
_KEEP = ("type", "format", "readOnly", "enum")
_WRITE_ONLY = re.compile(r"write[ -]only", re.IGNORECASE)
_ID_PATH = re.compile(r"^/(?P<path>.+)/\{id\}$")
_WRAPPED = re.compile(r"^ResponseWrapper(?P<name>[A-Z]\w*)$")

Prop = dict[str, Any]


def _compact_prop(node: dict[str, Any]) -> Prop:
    out: Prop = {k: node[k] for k in _KEEP if k in node}
    if "$ref" in node:
        out["ref"] = node["$ref"].removeprefix(_REF)
    if isinstance(node.get("items"), dict):
        out["items"] = _compact_prop(node["items"])
    if _WRITE_ONLY.search(str(node.get("description", ""))) or node.get("writeOnly"):
        out["writeOnly"] = True
    return out


def _answer(op: dict[str, Any]) -> dict[str, Any]:
    """Lowest 2xx status and its answer: {"status", "content", "schema"} (schema compact or None)."""
    codes = sorted(int(c) for c in op.get("responses", {}) if str(c).isdigit() and 200 <= int(c) < 300)
    if not codes:
        return {"status": 200, "content": None, "schema": None}
    status = codes[0]
    content = op["responses"][str(status)].get("content") or {}
    if not content:
        return {"status": status, "content": None, "schema": None}
    ctype, body = next(iter(content.items()))
    schema = body.get("schema") or {}
    return {"status": status, "content": ctype, "schema": _compact_prop(schema) if schema else None}


def build(document: dict[str, Any]) -> dict[str, Any]:
    """The compact digest of an OpenAPI document (what ``shapes.json.gz`` holds)."""
    schemas: dict[str, Any] = {}
    for name, node in document.get("components", {}).get("schemas", {}).items():
        props = node.get("properties") or {}
        schemas[name] = {k: _compact_prop(v) for k, v in props.items()}
    ops: dict[str, Any] = {}
    resources: dict[str, str] = {}
    for path, item in document.get("paths", {}).items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            answer = _answer(op)
            enums = {
                p["name"]: p["schema"]["enum"]
                for p in op.get("parameters", [])
                if p.get("in") == "query" and "enum" in (p.get("schema") or {})
            }
            if enums:
                answer["enums"] = enums
            ops[f"{method.upper()} {path}"] = answer
            ref = (answer["schema"] or {}).get("ref", "")
            found, wrapped = _ID_PATH.match(path), _WRAPPED.match(ref)
            if method == "get" and found and wrapped and "{" not in found["path"]:
                name, where = wrapped["name"], found["path"]
                if name not in resources or len(where) < len(resources[name]):
                    resources[name] = where
    version = str(document.get("info", {}).get("version", ""))
    return {"version": version, "schemas": schemas, "ops": ops, "resources": resources}


@dataclass(frozen=True)
class Shapes:
    version: str
    schemas: dict[str, dict[str, Prop]]
    ops: dict[str, dict[str, Any]]
    resources: dict[str, str]

    def properties(self, name: str) -> dict[str, Prop]:
        return self.schemas.get(name, {})

    def answer(self, method: str, path: str) -> dict[str, Any] | None:
        return self.ops.get(f"{method.upper()} {path}")

    def bad_enum_param(self, method: str, path: str, query: Any) -> str | None:
        """The first query parameter whose value is not one of its enum's (the service answers 404)."""
        answer = self.ops.get(f"{method.upper()} {path}")
        for name, allowed in ((answer or {}).get("enums") or {}).items():
            value = query.get(name)
            if value is not None and value != "" and value not in allowed:
                return str(name)
        return None

    def is_resource(self, name: str) -> bool:
        """Objects with their own ``url`` are references: the service sends them as ``{id, url}``."""
        props = self.schemas.get(name, {})
        return "url" in props and "id" in props

    def resource_path(self, name: str) -> str:
        found = self.resources.get(name)
        return found if found is not None else name[:1].lower() + name[1:]


@cache
def load_shapes() -> Shapes:
    data = json.loads(gzip.decompress(SHAPES_FILE.read_bytes()))
    return Shapes(data["version"], data["schemas"], data["ops"], data["resources"])


def encode(document: dict[str, Any]) -> bytes:
    raw = json.dumps(build(document), separators=(",", ":")).encode()  # the spec's own key order
    return gzip.compress(raw, mtime=0)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tripletex_async.emulator.spec_shapes <openapi.json>", file=sys.stderr)
        return 2
    document = json.loads(Path(argv[0]).read_bytes())
    SHAPES_FILE.write_bytes(encode(document))
    print(f"{SHAPES_FILE.name}: {len(document['components']['schemas'])} schemas from {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
