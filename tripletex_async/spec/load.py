"""Load an OpenAPI 3.x JSON document from a file or URL and refuse anything that is not one.

Every refusal is a :class:`SpecError` whose message is a single line naming the source and
the problem, so it can be printed as-is by command-line tools and CI logs.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from ..errors import SpecError

__all__ = [
    "ENVIRONMENTS",
    "HTTP_METHODS",
    "LoadedSpec",
    "SpecError",
    "count_operations",
    "count_schemas",
    "is_url",
    "load_spec",
    "parse_spec",
    "spec_url",
]

#: Base URLs of the Tripletex API v2 per environment; the spec is served at ``<base>/openapi.json``.
ENVIRONMENTS: dict[str, str] = {
    "production": "https://tripletex.no/v2",
    "test": "https://api-test.tripletex.tech/v2",
}

#: The operation keys of an OpenAPI 3.x path item (in the order the spec lists them).
HTTP_METHODS: tuple[str, ...] = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class LoadedSpec:
    """A validated OpenAPI 3.x document together with where it came from."""

    document: dict[str, Any]
    raw: bytes
    source: str
    sha256: str
    version: str
    operation_count: int
    schema_count: int

    @property
    def openapi(self) -> str:
        """The ``openapi`` field of the document, e.g. ``"3.0.1"``."""
        return str(self.document["openapi"])


def _one_line(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _fail(source: str, problem: str) -> SpecError:
    return SpecError(f"{source}: {problem}")


def spec_url(env: str) -> str:
    """Return the URL of the OpenAPI document of a Tripletex environment (``production`` or ``test``)."""
    try:
        base = ENVIRONMENTS[env]
    except KeyError:
        known = ", ".join(sorted(ENVIRONMENTS))
        raise SpecError(f"unknown environment {env!r} (known: {known})") from None
    return f"{base}/openapi.json"


def is_url(source: str) -> bool:
    """True when ``source`` is an http(s) URL rather than a local path."""
    return source.lower().startswith(("http://", "https://"))


def count_operations(doc: Mapping[str, Any]) -> int:
    """Number of operations (method + path pairs) under ``paths``."""
    paths = doc.get("paths")
    if not isinstance(paths, Mapping):
        return 0
    return sum(
        1 for item in paths.values() if isinstance(item, Mapping) for method in item if method in HTTP_METHODS
    )


def count_schemas(doc: Mapping[str, Any]) -> int:
    """Number of named schemas under ``components.schemas``."""
    components = doc.get("components")
    if not isinstance(components, Mapping):
        return 0
    schemas = components.get("schemas")
    return len(schemas) if isinstance(schemas, Mapping) else 0


def load_spec(source: str, *, timeout: float = 30) -> LoadedSpec:
    """Load and validate an OpenAPI 3.x JSON document from a local path or an http(s) URL.

    Raises :class:`SpecError` (one-line message) when the source cannot be read or is not a
    usable OpenAPI 3.x document.
    """
    if is_url(source):
        raw, content_type = _fetch(source, timeout=timeout)
    else:
        raw, content_type = _read_file(source), None
    return parse_spec(raw, source=source, content_type=content_type)


def _fetch(url: str, *, timeout: float) -> tuple[bytes, str | None]:
    try:
        with httpx.Client(follow_redirects=True, timeout=timeout) as client:
            response = client.get(url, headers={"Accept": "application/json"})
    except httpx.TimeoutException:
        raise _fail(url, f"timed out after {timeout:g}s") from None
    except httpx.ConnectError as exc:
        raise _fail(url, f"cannot connect ({str(exc) or type(exc).__name__})") from None
    except httpx.TooManyRedirects:
        raise _fail(url, "too many redirects") from None
    except httpx.InvalidURL as exc:
        raise _fail(url, f"invalid URL ({exc})") from None
    except httpx.HTTPError as exc:
        raise _fail(url, f"request failed: {type(exc).__name__} {exc}") from None
    if not response.is_success:
        reason = response.reason_phrase or ""
        final = f" (after redirect to {response.url})" if response.history else ""
        raise _fail(url, f"HTTP {response.status_code} {reason}{final}".rstrip())
    return response.content, response.headers.get("content-type")


def _read_file(source: str) -> bytes:
    path = Path(source)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise _fail(source, "file not found") from None
    except IsADirectoryError:
        raise _fail(source, "is a directory, not a file") from None
    except PermissionError:
        raise _fail(source, "permission denied") from None
    except OSError as exc:
        raise _fail(source, f"cannot read file ({exc.strerror or exc})") from None


def _looks_like_html(raw: bytes, content_type: str | None) -> bool:
    if content_type and content_type.split(";")[0].strip().lower() in {"text/html", "application/xhtml+xml"}:
        return True
    head = raw[:512].lstrip(b"\xef\xbb\xbf \t\r\n\f\v").lower()
    return head.startswith((b"<!doctype", b"<html"))


def parse_spec(raw: bytes, *, source: str, content_type: str | None = None) -> LoadedSpec:
    """Validate raw bytes as an OpenAPI 3.x JSON document (what :func:`load_spec` does after reading)."""
    if not raw.strip():
        raise _fail(source, "empty document, expected OpenAPI 3.x JSON")
    if _looks_like_html(raw, content_type):
        shown = f" (content-type {content_type})" if content_type else ""
        raise _fail(source, f"got an HTML page{shown}, not an OpenAPI JSON document")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _fail(source, f"not UTF-8 text (bad byte at offset {exc.start})") from None
    try:
        document: object = json.loads(text)
    except json.JSONDecodeError as exc:
        hint = ""
        if text.lstrip().startswith(("openapi:", "swagger:", "---")):
            hint = " (looks like YAML; only JSON specs are supported)"
        raise _fail(
            source, f"truncated or invalid JSON at line {exc.lineno} col {exc.colno}: {exc.msg}{hint}"
        ) from None
    except RecursionError:
        raise _fail(source, "invalid JSON: nested too deeply") from None
    if not isinstance(document, dict):
        raise _fail(source, f"JSON document is {_json_kind(document)}, not an object")
    _validate(document, source)
    info = document["info"]
    return LoadedSpec(
        document=document,
        raw=raw,
        source=source,
        sha256=hashlib.sha256(raw).hexdigest(),
        version=str(info["version"]),
        operation_count=count_operations(document),
        schema_count=count_schemas(document),
    )


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "null"


def _validate(doc: dict[str, Any], source: str) -> None:
    if "swagger" in doc:
        raise _fail(
            source, f"is a Swagger {doc['swagger']} document; OpenAPI 3.x is required (convert it first)"
        )
    version = doc.get("openapi")
    if version is None:
        raise _fail(source, "no 'openapi' field; not an OpenAPI 3.x document")
    if not isinstance(version, str) or not re.fullmatch(r"3\.\d+(\.\d+)?(-\S+)?", version):
        raise _fail(source, f"openapi version {version!r} is not supported; OpenAPI 3.x is required")
    info = doc.get("info")
    if not isinstance(info, dict):
        raise _fail(source, "missing info object (info.version is required)")
    api_version = info.get("version")
    if api_version is None or (isinstance(api_version, str) and not api_version.strip()):
        raise _fail(source, "missing info.version")
    if not isinstance(api_version, str | int | float) or isinstance(api_version, bool):
        raise _fail(source, f"info.version must be a string, got {_json_kind(api_version)}")
    paths = doc.get("paths")
    if paths is None:
        raise _fail(source, "has no paths (the 'paths' object is missing)")
    if not isinstance(paths, dict):
        raise _fail(source, f"'paths' is {_json_kind(paths)}, not an object")
    if not paths:
        raise _fail(source, "has no paths (the 'paths' object is empty)")
    for path, item in paths.items():
        if not isinstance(item, dict):
            raise _fail(source, f"path item {path!r} is {_json_kind(item)}, not an object")
    components = doc.get("components", {})
    if not isinstance(components, dict):
        raise _fail(source, f"'components' is {_json_kind(components)}, not an object")
    schemas = components.get("schemas", {})
    if not isinstance(schemas, dict):
        raise _fail(source, f"'components.schemas' is {_json_kind(schemas)}, not an object")
