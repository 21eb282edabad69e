"""Tooling for Tripletex OpenAPI specs: load and validate, diff two versions, render a report.

Run ``python -m tripletex_async.spec --help`` for the command line.
"""

from __future__ import annotations

from tripletex_async.spec.diff import Change, ChangeKind, SpecDiff, diff_specs, type_signature
from tripletex_async.spec.load import (
    ENVIRONMENTS,
    HTTP_METHODS,
    LoadedSpec,
    SpecError,
    count_operations,
    count_schemas,
    load_spec,
    parse_spec,
    spec_url,
)
from tripletex_async.spec.report import machine_line, render_markdown

__all__ = [
    "ENVIRONMENTS",
    "HTTP_METHODS",
    "Change",
    "ChangeKind",
    "LoadedSpec",
    "SpecDiff",
    "SpecError",
    "count_operations",
    "count_schemas",
    "diff_specs",
    "load_spec",
    "machine_line",
    "parse_spec",
    "render_markdown",
    "spec_url",
    "type_signature",
]
