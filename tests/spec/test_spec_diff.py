"""Tests for tripletex_async.spec.diff / report / __main__ on synthetic specs and the shared real ones."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tripletex_async.spec.__main__ import main
from tripletex_async.spec.diff import Change, ChangeKind, SpecDiff, diff_specs, type_signature
from tripletex_async.spec.report import machine_line, render_markdown

SHARED_OPENAPI = Path(__file__).resolve().parents[2] / ".." / "shared" / "openapi"
MACHINE_LINE = re.compile(
    r"^added_ops=\d+ removed_ops=\d+ added_schemas=\d+ removed_schemas=\d+"
    r" removed_properties=\d+ breaking=\d+$"
)
K = ChangeKind


def base_spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.1",
        "info": {"title": "Tiny", "version": "1.0.0"},
        "paths": {
            "/customer": {
                "get": {
                    "parameters": [
                        {"in": "query", "name": "from", "schema": {"type": "integer", "format": "int32"}},
                        {"in": "query", "name": "count", "required": True, "schema": {"type": "integer"}},
                        {"in": "query", "name": "fields", "schema": {"type": "string"}},
                    ],
                    "responses": {"200": {"description": "ok"}},
                },
                "post": {
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}}
                    },
                    "responses": {"201": {"description": "created"}},
                },
            },
            "/customer/{id}": {
                "parameters": [{"in": "path", "name": "id", "required": True, "schema": {"type": "integer"}}],
                "get": {"responses": {"200": {"description": "ok"}}},
                "delete": {"responses": {"204": {"description": "gone"}}},
            },
        },
        "components": {
            "schemas": {
                "Customer": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer", "format": "int64", "readOnly": True},
                        "name": {"type": "string", "maxLength": 255},
                        "status": {"type": "string", "enum": ["ACTIVE", "INACTIVE"]},
                        "address": {"$ref": "#/components/schemas/Address"},
                        "tags": {"type": "array", "items": {"type": "string"}},
                    },
                },
                "Address": {"type": "object", "properties": {"street": {"type": "string"}}},
            }
        },
    }


def items(diff: SpecDiff) -> list[tuple[str, str, str, bool]]:
    return [(str(c.kind), c.subject, c.detail, c.breaking) for c in diff.changes]


# --------------------------------------------------------------------------- type signatures


@pytest.mark.parametrize(
    ("schema", "signature"),
    [
        ({"$ref": "#/components/schemas/Customer"}, "Customer"),
        ({"$ref": "#/components/schemas/Customer", "description": "x", "readOnly": True}, "Customer"),
        ({"type": "string"}, "string"),
        ({"type": "string", "format": "date", "description": "ignored", "maxLength": 3}, "string(date)"),
        ({"type": "integer", "format": "int64"}, "integer(int64)"),
        ({"type": "array", "items": {"$ref": "#/components/schemas/Customer"}}, "array[Customer]"),
        ({"type": "array", "items": {"type": "array", "items": {"type": "number"}}}, "array[array[number]]"),
        ({"type": "object", "additionalProperties": {"type": "number"}}, "map[number]"),
        ({"type": "object", "properties": {"a": {"type": "string"}}}, "object"),
        ({"type": "object"}, "object"),
        ({"allOf": [{"$ref": "#/components/schemas/Address"}]}, "Address"),
        ({"oneOf": [{"type": "string"}, {"type": "integer"}]}, "oneOf(string,integer)"),
        ({"type": ["string", "null"]}, "string"),
        ({}, "any"),
        (None, "any"),
    ],
)
def test_type_signature(schema: Any, signature: str) -> None:
    assert type_signature(schema) == signature


# --------------------------------------------------------------------------- diff categories


def test_identical_specs_have_no_changes() -> None:
    diff = diff_specs(base_spec(), base_spec())
    assert diff.changes == ()
    assert diff.counts() == {
        "added_ops": 0,
        "removed_ops": 0,
        "added_schemas": 0,
        "removed_schemas": 0,
        "removed_properties": 0,
        "breaking": 0,
    }
    assert diff.old_version == diff.new_version == "1.0.0"


def test_cosmetic_changes_are_ignored() -> None:
    new = base_spec()
    new["info"]["description"] = "changed"
    props = new["components"]["schemas"]["Customer"]["properties"]
    props["name"] = {"type": "string", "maxLength": 100, "description": "Name", "example": "Ola"}
    props["address"] = {"$ref": "#/components/schemas/Address", "readOnly": True}
    props["status"]["enum"] = ["INACTIVE", "ACTIVE"]
    new["paths"]["/customer"]["get"]["parameters"].reverse()
    new["paths"]["/customer"]["get"]["summary"] = "Find customers"
    assert diff_specs(base_spec(), new).changes == ()


def test_operations_added_and_removed() -> None:
    new = base_spec()
    del new["paths"]["/customer/{id}"]["delete"]
    new["paths"]["/customer/{id}"]["put"] = {"responses": {"200": {"description": "ok"}}}
    new["paths"]["/customer/>search"] = {"get": {"responses": {"200": {"description": "ok"}}}}
    diff = diff_specs(base_spec(), new)
    assert items(diff) == [
        ("operation-added", "GET /customer/>search", "operation added", False),
        ("operation-added", "PUT /customer/{id}", "operation added", False),
        ("operation-removed", "DELETE /customer/{id}", "operation removed", True),
    ]
    assert (diff.added_ops, diff.removed_ops, diff.breaking) == (2, 1, 1)


def test_whole_path_removed_removes_each_operation() -> None:
    new = base_spec()
    del new["paths"]["/customer/{id}"]
    diff = diff_specs(base_spec(), new)
    assert [c.subject for c in diff.of_kind(K.OPERATION_REMOVED)] == [
        "GET /customer/{id}",
        "DELETE /customer/{id}",
    ]
    assert diff.removed_ops == 2
    assert diff.breaking == 2


def test_parameters() -> None:
    new = base_spec()
    params = new["paths"]["/customer"]["get"]["parameters"]
    params[0]["required"] = True  # from: made required
    params[1]["required"] = False  # count: made optional
    del params[2]  # fields: removed
    params.append({"in": "query", "name": "email", "schema": {"type": "string"}})  # optional add
    params.append({"in": "header", "name": "X-Org", "required": True, "schema": {"type": "string"}})
    diff = diff_specs(base_spec(), new)
    assert items(diff) == [
        ("parameter-added", "GET /customer", "header parameter 'X-Org' added (required)", True),
        ("parameter-optional", "GET /customer", "query parameter 'count' made optional", False),
        ("parameter-added", "GET /customer", "query parameter 'email' added (optional)", False),
        ("parameter-removed", "GET /customer", "query parameter 'fields' removed", True),
        ("parameter-required", "GET /customer", "query parameter 'from' made required", True),
    ]
    assert diff.breaking == 3
    assert (diff.added_ops, diff.removed_ops, diff.added_schemas, diff.removed_schemas) == (0, 0, 0, 0)


def test_parameters_keyed_by_location_and_name() -> None:
    new = base_spec()
    params = new["paths"]["/customer"]["get"]["parameters"]
    params[2]["in"] = "header"  # query 'fields' becomes header 'fields'
    diff = diff_specs(base_spec(), new)
    assert items(diff) == [
        ("parameter-added", "GET /customer", "header parameter 'fields' added (optional)", False),
        ("parameter-removed", "GET /customer", "query parameter 'fields' removed", True),
    ]


def test_parameter_retyped() -> None:
    new = base_spec()
    new["paths"]["/customer"]["get"]["parameters"][0]["schema"] = {"type": "integer", "format": "int64"}
    diff = diff_specs(base_spec(), new)
    assert items(diff) == [
        (
            "parameter-retyped",
            "GET /customer",
            "query parameter 'from' retyped: integer(int32) -> integer(int64)",
            True,
        )
    ]


def test_path_level_and_ref_parameters() -> None:
    old = base_spec()
    new = base_spec()
    # Moving the path parameter into each operation, and to a $ref, changes nothing.
    id_param = new["paths"]["/customer/{id}"].pop("parameters")[0]
    new.setdefault("components", {})["parameters"] = {"Id": id_param}
    for op in ("get", "delete"):
        new["paths"]["/customer/{id}"][op]["parameters"] = [{"$ref": "#/components/parameters/Id"}]
    assert diff_specs(old, new).changes == ()
    # A path-level parameter added applies to every operation of the path.
    new["paths"]["/customer/{id}"]["parameters"] = [
        {"in": "query", "name": "lang", "required": True, "schema": {"type": "string"}}
    ]
    diff = diff_specs(old, new)
    assert items(diff) == [
        ("parameter-added", "GET /customer/{id}", "query parameter 'lang' added (required)", True),
        ("parameter-added", "DELETE /customer/{id}", "query parameter 'lang' added (required)", True),
    ]


def test_request_bodies() -> None:
    old = base_spec()
    old["paths"]["/customer/{id}"]["put"] = {
        "requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}},
        "responses": {"200": {"description": "ok"}},
    }
    old["paths"]["/customer/{id}"]["patch"] = {"responses": {"200": {"description": "ok"}}}
    old["paths"]["/customer/{id}"]["post"] = {"responses": {"200": {"description": "ok"}}}
    new = copy.deepcopy(old)
    new["paths"]["/customer"]["post"]["requestBody"]["required"] = True  # made required
    new["paths"]["/customer/{id}"]["put"]["requestBody"]["required"] = False  # made optional
    new["paths"]["/customer/{id}"]["patch"]["requestBody"] = {
        "required": True,
        "content": {},
    }  # added required
    new["paths"]["/customer/{id}"]["post"]["requestBody"] = {"content": {}}  # added optional
    del new["paths"]["/customer/{id}"]["delete"]
    old["paths"]["/customer/{id}"]["delete"]["requestBody"] = {"content": {}}
    new["paths"]["/customer/{id}"]["delete"] = {"responses": {"204": {"description": "gone"}}}  # removed
    diff = diff_specs(old, new)
    assert items(diff) == [
        ("request-body-required", "POST /customer", "request body made required", True),
        ("request-body-optional", "PUT /customer/{id}", "request body made optional", False),
        ("request-body-added", "POST /customer/{id}", "request body added (optional)", False),
        ("request-body-removed", "DELETE /customer/{id}", "request body removed", False),
        ("request-body-added", "PATCH /customer/{id}", "request body added (required)", True),
    ]
    assert diff.breaking == 2


def test_request_body_ref_is_resolved() -> None:
    old = base_spec()
    new = base_spec()
    body = new["paths"]["/customer"]["post"]["requestBody"]
    new["components"]["requestBodies"] = {"CustomerBody": {**body, "required": True}}
    new["paths"]["/customer"]["post"]["requestBody"] = {"$ref": "#/components/requestBodies/CustomerBody"}
    assert items(diff_specs(old, new)) == [
        ("request-body-required", "POST /customer", "request body made required", True)
    ]


def test_schemas_added_and_removed() -> None:
    new = base_spec()
    del new["components"]["schemas"]["Address"]
    new["components"]["schemas"]["Supplier"] = {"type": "object", "properties": {"id": {"type": "integer"}}}
    new["components"]["schemas"]["Zone"] = {"type": "string", "enum": ["A"]}
    diff = diff_specs(base_spec(), new)
    assert items(diff) == [
        ("schema-removed", "Address", "schema removed", True),
        ("schema-added", "Supplier", "schema added", False),
        ("schema-added", "Zone", "schema added", False),
    ]
    # Properties of removed / added schemas are not reported one by one.
    assert (diff.added_schemas, diff.removed_schemas, diff.removed_properties, diff.breaking) == (2, 1, 0, 1)


def test_properties_added_removed_retyped() -> None:
    new = base_spec()
    props = new["components"]["schemas"]["Customer"]["properties"]
    del props["name"]
    props["id"] = {"type": "integer", "format": "int32"}
    props["address"] = {"type": "array", "items": {"$ref": "#/components/schemas/Address"}}
    props["tags"] = {"type": "array", "items": {"type": "integer"}}
    props["email"] = {"type": "string", "format": "email"}
    new["components"]["schemas"]["Address"]["properties"]["city"] = {"$ref": "#/components/schemas/City"}
    diff = diff_specs(base_spec(), new)
    assert items(diff) == [
        ("property-added", "Address.city", "property added (City)", False),
        ("property-retyped", "Customer.id", "retyped: integer(int64) -> integer(int32)", True),
        ("property-removed", "Customer.name", "property removed (was string)", True),
        ("property-retyped", "Customer.address", "retyped: Address -> array[Address]", True),
        ("property-retyped", "Customer.tags", "retyped: array[string] -> array[integer]", True),
        ("property-added", "Customer.email", "property added (string(email))", False),
    ]
    assert diff.removed_properties == 1
    assert diff.breaking == 4


def test_inline_allof_properties_are_compared() -> None:
    old = base_spec()
    old["components"]["schemas"]["VipCustomer"] = {
        "allOf": [
            {"$ref": "#/components/schemas/Customer"},
            {"type": "object", "properties": {"level": {"type": "integer"}, "since": {"type": "string"}}},
        ]
    }
    new = copy.deepcopy(old)
    vip = new["components"]["schemas"]["VipCustomer"]["allOf"][1]["properties"]
    del vip["since"]
    vip["level"] = {"type": "string"}
    assert items(diff_specs(old, new)) == [
        ("property-retyped", "VipCustomer.level", "retyped: integer -> string", True),
        ("property-removed", "VipCustomer.since", "property removed (was string)", True),
    ]


def test_enum_values() -> None:
    old = base_spec()
    old["components"]["schemas"]["Zone"] = {"type": "string", "enum": ["NORTH", "SOUTH"]}
    old["components"]["schemas"]["Customer"]["properties"]["tags"]["items"]["enum"] = ["A", "B"]
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Zone"]["enum"] = ["NORTH", "EAST"]
    new["components"]["schemas"]["Customer"]["properties"]["status"]["enum"] = [
        "ACTIVE",
        "INACTIVE",
        "PAUSED",
    ]
    new["components"]["schemas"]["Customer"]["properties"]["tags"]["items"]["enum"] = ["B"]
    diff = diff_specs(old, new)
    assert items(diff) == [
        ("enum-values-added", "Customer.status", 'enum values added: "PAUSED"', False),
        ("enum-values-removed", "Customer.tags", 'enum values removed: "A"', True),
        ("enum-values-removed", "Zone", 'enum values removed: "SOUTH"', True),
        ("enum-values-added", "Zone", 'enum values added: "EAST"', False),
    ]
    assert diff.breaking == 2


def test_everything_at_once_counts_and_machine_line() -> None:
    new = base_spec()
    del new["paths"]["/customer/{id}"]["delete"]  # removed op (breaking)
    new["paths"]["/supplier"] = {"get": {"responses": {}}, "post": {"responses": {}}}  # 2 added ops
    del new["components"]["schemas"]["Address"]  # removed schema (breaking)
    new["components"]["schemas"]["Supplier"] = {"type": "object"}  # added schema
    props = new["components"]["schemas"]["Customer"]["properties"]
    del props["name"], props["tags"]  # 2 removed properties (breaking)
    props["status"]["enum"] = ["ACTIVE"]  # enum value removed (breaking)
    new["paths"]["/customer"]["get"]["parameters"].pop()  # parameter removed (breaking)
    diff = diff_specs(base_spec(), new)
    assert diff.counts() == {
        "added_ops": 2,
        "removed_ops": 1,
        "added_schemas": 1,
        "removed_schemas": 1,
        "removed_properties": 2,
        "breaking": 6,
    }
    assert machine_line(diff) == (
        "added_ops=2 removed_ops=1 added_schemas=1 removed_schemas=1 removed_properties=2 breaking=6"
    )
    assert len(diff.breaking_changes) == 6
    assert json.loads(json.dumps(diff.as_dict()))["counts"]["breaking"] == 6


# --------------------------------------------------------------------------- report


def test_render_markdown() -> None:
    new = base_spec()
    del new["paths"]["/customer/{id}"]["delete"]
    new["paths"]["/supplier"] = {"get": {"responses": {}}}
    new["components"]["schemas"]["Supplier"] = {"type": "object"}
    del new["components"]["schemas"]["Customer"]["properties"]["name"]
    new["components"]["schemas"]["Customer"]["properties"]["id"] = {"type": "string"}
    new["components"]["schemas"]["Address"]["properties"]["zip"] = {"type": "string"}
    new["paths"]["/customer"]["get"]["parameters"][1]["required"] = False
    text = render_markdown(diff_specs(base_spec(), new), "1.0.0", "1.1.0")
    lines = text.splitlines()
    assert lines[0] == "## API changes: 1.0.0 -> 1.1.0"
    assert "| Operations added | 1 |" in lines
    assert "| Operations removed | 1 |" in lines
    assert "| Breaking changes | 3 |" in lines
    assert "### Operations added (1)" in lines
    assert "- `GET /supplier`" in lines
    assert "### Operations removed (1)" in lines
    assert "- **BREAKING** `DELETE /customer/{id}`" in lines
    assert "- `GET /customer`: query parameter 'count' made optional" in lines
    assert "- `Supplier`" in lines
    assert "- `Address.zip`: property added (string)" in lines
    assert "- **BREAKING** `Customer.name`: property removed (was string)" in lines
    assert "- **BREAKING** `Customer.id`: retyped: integer(int64) -> string" in lines
    assert "### Schemas removed" not in text  # empty groups are left out
    assert text.count("**BREAKING**") == 3


def test_render_markdown_no_changes() -> None:
    text = render_markdown(diff_specs(base_spec(), base_spec()), "a", "b", heading_level=3)
    assert text.startswith("### API changes: a -> b\n")
    assert "No changes." in text


def test_render_lists_all_items() -> None:
    new = base_spec()
    for i in range(250):
        new["components"]["schemas"][f"S{i:03d}"] = {"type": "object"}
    text = render_markdown(diff_specs(base_spec(), new), "1", "2")
    assert "### Schemas added (250)" in text
    assert sum(1 for line in text.splitlines() if line.startswith("- `S")) == 250


# --------------------------------------------------------------------------- CLI


def _write(tmp_path: Path, name: str, doc: Any) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(doc) if not isinstance(doc, str) else doc)
    return str(path)


def _breaking_pair(tmp_path: Path) -> tuple[str, str]:
    new = base_spec()
    new["info"]["version"] = "1.1.0"
    del new["paths"]["/customer/{id}"]["delete"]
    new["components"]["schemas"]["Supplier"] = {"type": "object"}
    return _write(tmp_path, "old.json", base_spec()), _write(tmp_path, "new.json", new)


def test_cli_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _breaking_pair(tmp_path)
    assert main(["diff", old, new]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "## API changes: 1.0.0 -> 1.1.0"
    assert (
        lines[-1]
        == "added_ops=0 removed_ops=1 added_schemas=1 removed_schemas=0 removed_properties=0 breaking=1"
    )
    assert MACHINE_LINE.match(lines[-1])
    assert sum(1 for line in lines if MACHINE_LINE.match(line)) == 1
    assert "- **BREAKING** `DELETE /customer/{id}`" in lines


def test_cli_diff_fail_on_breaking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _breaking_pair(tmp_path)
    assert main(["diff", old, new, "--fail-on-breaking"]) == 3
    assert capsys.readouterr().out.splitlines()[-1].endswith("breaking=1")
    # No breaking change: exit 0 even with --fail-on-breaking.
    assert main(["diff", new, new, "--fail-on-breaking"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == (
        "added_ops=0 removed_ops=0 added_schemas=0 removed_schemas=0 removed_properties=0 breaking=0"
    )
    assert "No changes." in out


def test_cli_diff_same_version_labels_use_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.json", base_spec())
    b = _write(tmp_path, "b.json", base_spec())
    assert main(["diff", a, b]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"## API changes: 1.0.0 ({a}) -> 1.0.0 ({b})"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"openapi": "3.0.1", "info": {', "truncated or invalid JSON at line 1 col"),
        ('{"swagger": "2.0", "info": {"version": "1"}, "paths": {"/a": {}}}', "Swagger 2.0"),
        ("<html><body>login</body></html>", "HTML page"),
    ],
)
def test_cli_diff_bad_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, problem: str
) -> None:
    good = _write(tmp_path, "good.json", base_spec())
    bad = _write(tmp_path, "bad.json", content)
    assert main(["diff", good, bad]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"error: {bad}: ")
    assert problem in captured.err
    assert captured.err.count("\n") == 1


def test_cli_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "missing.json")
    assert main(["check", missing]) == 2
    assert capsys.readouterr().err == f"error: {missing}: file not found\n"


def test_cli_unknown_environment(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "env:staging"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: unknown environment 'staging'")
    assert err.count("\n") == 1


def test_cli_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "spec.json", base_spec())
    assert main(["check", path]) == 0
    out = capsys.readouterr().out.splitlines()
    assert f"source: {path}" in out
    assert "version: 1.0.0" in out
    assert "operations: 4" in out
    assert "schemas: 2" in out
    assert any(line.startswith("sha256: ") and len(line) == 8 + 64 for line in out)


def test_cli_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["diff", "only-one"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2
    capsys.readouterr()


# --------------------------------------------------------------------------- the real specs


def _shared(version: str) -> Path:
    path = SHARED_OPENAPI / f"tripletex-openapi-{version}.json"
    if not path.is_file():
        pytest.skip(f"shared spec not available: {path} (needs ../shared/openapi beside the project)")
    return path


_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def _independent_counts(old: dict[str, Any], new: dict[str, Any]) -> dict[str, int]:
    """The summary counts computed with plain set operations, independently of diff_specs."""

    def op_keys(doc: dict[str, Any]) -> set[tuple[str, str]]:
        return {(m.upper(), p) for p, item in doc["paths"].items() for m in item if m in _METHODS}

    def props(schema: dict[str, Any]) -> set[str]:
        names = set(schema.get("properties", {}))
        for member in schema.get("allOf", []):  # inline allOf members (Tripletex uses these for subtypes)
            if "$ref" not in member:
                names |= set(member.get("properties", {}))
        return names

    old_ops, new_ops = op_keys(old), op_keys(new)
    old_schemas, new_schemas = old["components"]["schemas"], new["components"]["schemas"]
    common = old_schemas.keys() & new_schemas.keys()
    return {
        "added_ops": len(new_ops - old_ops),
        "removed_ops": len(old_ops - new_ops),
        "added_schemas": len(new_schemas.keys() - old_schemas.keys()),
        "removed_schemas": len(old_schemas.keys() - new_schemas.keys()),
        "removed_properties": sum(len(props(old_schemas[n]) - props(new_schemas[n])) for n in common),
    }


@pytest.mark.shared
@pytest.mark.parametrize(("old_version", "new_version"), [("2.72.00", "2.74.00"), ("2.71.19", "2.74.00")])
def test_shared_diff_counts_are_exact(
    old_version: str, new_version: str, capsys: pytest.CaptureFixture[str]
) -> None:
    old_path, new_path = _shared(old_version), _shared(new_version)
    old = json.loads(old_path.read_bytes())
    new = json.loads(new_path.read_bytes())
    expected = _independent_counts(old, new)

    diff = diff_specs(old, new)
    counts = diff.counts()
    breaking = counts.pop("breaking")
    assert counts == expected
    assert breaking == sum(1 for c in diff.changes if c.breaking)
    # Everything removed is breaking, so there are at least that many breaking items.
    assert breaking >= expected["removed_ops"] + expected["removed_schemas"] + expected["removed_properties"]
    assert all(isinstance(c, Change) and c.subject and c.detail for c in diff.changes)

    line = machine_line(diff)
    assert line == (
        f"added_ops={expected['added_ops']} removed_ops={expected['removed_ops']} "
        f"added_schemas={expected['added_schemas']} removed_schemas={expected['removed_schemas']} "
        f"removed_properties={expected['removed_properties']} breaking={breaking}"
    )

    assert main(["diff", str(old_path), str(new_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"## API changes: {old_version} -> {new_version}"
    assert out[-1] == line


@pytest.mark.shared
def test_shared_2_72_to_2_74_known_changes() -> None:
    old = json.loads(_shared("2.72.00").read_bytes())
    new = json.loads(_shared("2.74.00").read_bytes())
    diff = diff_specs(old, new)
    removed_ops = {c.subject for c in diff.of_kind(K.OPERATION_REMOVED)}
    assert "GET /accountingOffice/clients" in removed_ops
    assert all(c.breaking for c in diff.of_kind(K.OPERATION_REMOVED, K.SCHEMA_REMOVED, K.PROPERTY_REMOVED))
    assert not any(c.breaking for c in diff.of_kind(K.OPERATION_ADDED, K.SCHEMA_ADDED, K.PROPERTY_ADDED))
