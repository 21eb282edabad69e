"""Tests for tripletex_async.spec.load: loading specs from files and URLs, and every refusal."""

from __future__ import annotations

import hashlib
import json
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from tripletex_async.spec.load import (
    ENVIRONMENTS,
    LoadedSpec,
    SpecError,
    count_operations,
    count_schemas,
    load_spec,
    spec_url,
)

SHARED_OPENAPI = Path(__file__).resolve().parents[2] / ".." / "shared" / "openapi"
URL = "https://specs.example.test/v2/openapi.json"


def minimal_spec(**overrides: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "openapi": "3.0.1",
        "info": {"title": "Tiny", "version": "9.9.9"},
        "paths": {
            "/customer": {
                "summary": "not an operation",
                "parameters": [],
                "get": {"responses": {"200": {"description": "ok"}}},
                "post": {"responses": {"201": {"description": "created"}}},
            },
            "/customer/{id}": {
                "get": {"responses": {"200": {"description": "ok"}}},
                "x-extension": {"get": "not an operation either"},
            },
        },
        "components": {"schemas": {"Customer": {"type": "object"}, "Address": {"type": "object"}}},
    }
    doc.update(overrides)
    return doc


def write(tmp_path: Path, content: bytes | str, name: str = "spec.json") -> str:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return str(path)


def assert_one_line_error(exc: pytest.ExceptionInfo[SpecError], source: str, *fragments: str) -> str:
    message = str(exc.value)
    assert "\n" not in message and "\r" not in message, message
    assert message.startswith(f"{source}: "), message
    for fragment in fragments:
        assert fragment in message, message
    return message


# --------------------------------------------------------------------------- success


def test_load_local_file(tmp_path: Path) -> None:
    raw = json.dumps(minimal_spec()).encode()
    source = write(tmp_path, raw)
    spec = load_spec(source)
    assert isinstance(spec, LoadedSpec)
    assert spec.source == source
    assert spec.raw == raw
    assert spec.sha256 == hashlib.sha256(raw).hexdigest()
    assert spec.version == "9.9.9"
    assert spec.openapi == "3.0.1"
    assert spec.operation_count == 3
    assert spec.schema_count == 2
    assert spec.document["info"]["title"] == "Tiny"


def test_load_accepts_utf8_bom_and_leading_whitespace(tmp_path: Path) -> None:
    source = write(tmp_path, b"\xef\xbb\xbf\n  " + json.dumps(minimal_spec()).encode())
    assert load_spec(source).version == "9.9.9"


def test_spec_without_components_has_zero_schemas(tmp_path: Path) -> None:
    doc = minimal_spec()
    del doc["components"]
    assert load_spec(write(tmp_path, json.dumps(doc))).schema_count == 0


def test_count_helpers() -> None:
    doc = minimal_spec()
    assert count_operations(doc) == 3
    assert count_schemas(doc) == 2
    methods = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
    every_method: dict[str, Any] = {m: {} for m in methods}
    assert count_operations({"paths": {"/a": every_method, "/b": {"get": {}, "servers": []}}}) == 9
    assert count_operations({}) == 0
    assert count_schemas({"components": {}}) == 0


def test_environments_and_spec_url() -> None:
    assert ENVIRONMENTS == {
        "production": "https://tripletex.no/v2",
        "test": "https://api-test.tripletex.tech/v2",
    }
    assert spec_url("production") == "https://tripletex.no/v2/openapi.json"
    assert spec_url("test") == "https://api-test.tripletex.tech/v2/openapi.json"
    with pytest.raises(SpecError) as exc:
        spec_url("staging")
    message = str(exc.value)
    assert "\n" not in message
    assert "unknown environment 'staging'" in message
    assert "production" in message and "test" in message


@respx.mock
def test_load_url() -> None:
    raw = json.dumps(minimal_spec()).encode()
    route = respx.get(URL).mock(
        return_value=httpx.Response(200, content=raw, headers={"content-type": "application/json"})
    )
    spec = load_spec(URL)
    assert route.called
    assert spec.source == URL
    assert spec.raw == raw
    assert spec.version == "9.9.9"
    assert spec.operation_count == 3


@respx.mock
def test_load_url_follows_redirects() -> None:
    raw = json.dumps(minimal_spec()).encode()
    respx.get(URL).mock(
        return_value=httpx.Response(302, headers={"location": "https://cdn.example.test/s.json"})
    )
    respx.get("https://cdn.example.test/s.json").mock(return_value=httpx.Response(200, content=raw))
    spec = load_spec(URL)
    assert spec.version == "9.9.9"
    assert spec.source == URL


# --------------------------------------------------------------------------- refusals: files and content


def test_missing_file(tmp_path: Path) -> None:
    source = str(tmp_path / "nope.json")
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, "file not found")


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as exc:
        load_spec(str(tmp_path))
    assert_one_line_error(exc, str(tmp_path), "is a directory")


@pytest.mark.parametrize(
    "body",
    [
        "<!DOCTYPE html>\n<html><body>Log in</body></html>",
        "\n\n   <html lang='no'><head></head></html>",
        "\t<!doctype html><p>maintenance</p>",
    ],
)
def test_html_file_is_refused(tmp_path: Path, body: str) -> None:
    source = write(tmp_path, body)
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, "HTML page", "not an OpenAPI JSON document")


def test_truncated_json(tmp_path: Path) -> None:
    text = json.dumps(minimal_spec(), indent=2)
    source = write(tmp_path, text[: len(text) // 2])
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    message = assert_one_line_error(exc, source, "truncated or invalid JSON at line ")
    assert " col " in message


def test_invalid_json_reports_line_and_column(tmp_path: Path) -> None:
    source = write(tmp_path, '{\n  "openapi": "3.0.1",\n  "info": oops\n}')
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, "truncated or invalid JSON at line 3 col 11")


def test_yaml_gets_a_hint(tmp_path: Path) -> None:
    source = write(tmp_path, "openapi: 3.0.1\ninfo:\n  version: '1'\n")
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, "truncated or invalid JSON at line 1", "YAML")


def test_empty_file(tmp_path: Path) -> None:
    source = write(tmp_path, "  \n")
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, "empty document")


def test_not_utf8(tmp_path: Path) -> None:
    source = write(tmp_path, b'{"openapi": "3.0.1", "x": "\xff\xfe"}')
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, "not UTF-8")


@pytest.mark.parametrize(
    ("document", "kind"),
    [
        ([1, 2], "an array"),
        ('"openapi"', "a string"),
        ("42", "a number"),
        ("null", "null"),
        ("true", "a boolean"),
    ],
)
def test_json_that_is_not_an_object(tmp_path: Path, document: Any, kind: str) -> None:
    text = document if isinstance(document, str) else json.dumps(document)
    source = write(tmp_path, text)
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, f"JSON document is {kind}, not an object")


def test_swagger_2(tmp_path: Path) -> None:
    doc = {"swagger": "2.0", "info": {"version": "1"}, "paths": {"/a": {"get": {}}}}
    source = write(tmp_path, json.dumps(doc))
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, "Swagger 2.0", "OpenAPI 3.x is required")


@pytest.mark.parametrize("version", ["2.0", "4.0.0", "3", "v3.0.1", 3.0])
def test_openapi_version_not_3x(tmp_path: Path, version: Any) -> None:
    source = write(tmp_path, json.dumps(minimal_spec(openapi=version)))
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(
        exc, source, f"openapi version {version!r} is not supported", "OpenAPI 3.x is required"
    )


@pytest.mark.parametrize("version", ["3.0.0", "3.0.3", "3.1.0", "3.1"])
def test_openapi_3x_versions_accepted(tmp_path: Path, version: str) -> None:
    assert load_spec(write(tmp_path, json.dumps(minimal_spec(openapi=version)))).version == "9.9.9"


def test_missing_openapi_field(tmp_path: Path) -> None:
    doc = minimal_spec()
    del doc["openapi"]
    source = write(tmp_path, json.dumps(doc))
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, "no 'openapi' field", "OpenAPI 3.x")


@pytest.mark.parametrize("info", [{"title": "x"}, {"title": "x", "version": ""}, {"version": None}])
def test_missing_info_version(tmp_path: Path, info: dict[str, Any]) -> None:
    source = write(tmp_path, json.dumps(minimal_spec(info=info)))
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, "missing info.version")


def test_missing_info(tmp_path: Path) -> None:
    doc = minimal_spec()
    del doc["info"]
    source = write(tmp_path, json.dumps(doc))
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, "info.version")


def test_missing_paths(tmp_path: Path) -> None:
    doc = minimal_spec()
    del doc["paths"]
    source = write(tmp_path, json.dumps(doc))
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, "has no paths", "missing")


def test_empty_paths(tmp_path: Path) -> None:
    source = write(tmp_path, json.dumps(minimal_spec(paths={})))
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, "has no paths", "empty")


def test_paths_not_an_object(tmp_path: Path) -> None:
    source = write(tmp_path, json.dumps(minimal_spec(paths=["/a"])))
    with pytest.raises(SpecError) as exc:
        load_spec(source)
    assert_one_line_error(exc, source, "'paths' is an array")


# --------------------------------------------------------------------------- refusals: URLs


@respx.mock
@pytest.mark.parametrize(
    ("status", "reason"), [(404, "Not Found"), (500, "Internal Server Error"), (301, "")]
)
def test_url_non_2xx(status: int, reason: str) -> None:
    respx.get(URL).mock(return_value=httpx.Response(status, text="nope"))
    with pytest.raises(SpecError) as exc:
        load_spec(URL)
    assert_one_line_error(exc, URL, f"HTTP {status}", reason)


@respx.mock
def test_url_non_2xx_after_redirect() -> None:
    respx.get(URL).mock(
        return_value=httpx.Response(302, headers={"location": "https://cdn.example.test/gone"})
    )
    respx.get("https://cdn.example.test/gone").mock(return_value=httpx.Response(410))
    with pytest.raises(SpecError) as exc:
        load_spec(URL)
    assert_one_line_error(exc, URL, "HTTP 410", "after redirect to https://cdn.example.test/gone")


@respx.mock
def test_url_connect_error() -> None:
    respx.get(URL).mock(side_effect=httpx.ConnectError("[Errno -2] Name or service\nnot known"))
    with pytest.raises(SpecError) as exc:
        load_spec(URL)
    assert_one_line_error(exc, URL, "cannot connect", "Name or service not known")


@respx.mock
def test_url_timeout() -> None:
    respx.get(URL).mock(side_effect=httpx.ConnectTimeout("timed out"))
    with pytest.raises(SpecError) as exc:
        load_spec(URL, timeout=2.5)
    assert_one_line_error(exc, URL, "timed out after 2.5s")


@respx.mock
def test_url_read_timeout() -> None:
    respx.get(URL).mock(side_effect=httpx.ReadTimeout("read timed out"))
    with pytest.raises(SpecError) as exc:
        load_spec(URL, timeout=1)
    assert_one_line_error(exc, URL, "timed out after 1s")


@respx.mock
def test_url_html_by_content_type() -> None:
    # A login/maintenance page served as text/html is refused even if the body looks harmless.
    respx.get(URL).mock(
        return_value=httpx.Response(
            200, text="Service unavailable", headers={"content-type": "text/html; charset=utf-8"}
        )
    )
    with pytest.raises(SpecError) as exc:
        load_spec(URL)
    assert_one_line_error(exc, URL, "HTML page", "text/html")


@respx.mock
def test_url_html_by_body() -> None:
    respx.get(URL).mock(
        return_value=httpx.Response(
            200, text="\r\n <!DOCTYPE html><html></html>", headers={"content-type": "application/json"}
        )
    )
    with pytest.raises(SpecError) as exc:
        load_spec(URL)
    assert_one_line_error(exc, URL, "HTML page")


@respx.mock
def test_url_truncated_json() -> None:
    respx.get(URL).mock(return_value=httpx.Response(200, text='{"openapi": "3.0.1", "info": {"vers'))
    with pytest.raises(SpecError) as exc:
        load_spec(URL)
    assert_one_line_error(exc, URL, "truncated or invalid JSON at line 1 col")


def test_unreachable_local_port() -> None:
    # Find a free port on 127.0.0.1 and close it again: connecting is refused, no network involved.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v2/openapi.json"
    with pytest.raises(SpecError) as exc:
        load_spec(url, timeout=5)
    assert_one_line_error(exc, url, "cannot connect")


# --------------------------------------------------------------------------- the real specs


def _shared_spec(version: str) -> Path:
    path = SHARED_OPENAPI / f"tripletex-openapi-{version}.json"
    if not path.is_file():
        pytest.skip(f"shared spec not available: {path} (needs ../shared/openapi beside the project)")
    return path


@pytest.mark.shared
def test_shared_2_74_00_counts() -> None:
    spec = load_spec(str(_shared_spec("2.74.00")))
    assert spec.version == "2.74.00"
    assert spec.openapi.startswith("3.")
    lock = json.loads((Path(__file__).resolve().parents[2] / "openapi" / "spec.lock.json").read_text("utf-8"))
    assert (spec.operation_count, spec.schema_count) == (lock["operations"], lock["schemas"])


@pytest.mark.shared
@pytest.mark.parametrize("version", ["2.71.19", "2.71.30", "2.72.00", "2.74.00"])
def test_shared_specs_load(version: str) -> None:
    path = _shared_spec(version)
    spec = load_spec(str(path))
    doc = json.loads(path.read_bytes())
    assert spec.version == version
    assert spec.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert spec.schema_count == len(doc["components"]["schemas"])
    assert spec.operation_count > len(doc["paths"]) > 0
