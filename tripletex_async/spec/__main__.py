"""Command line: ``python -m tripletex_async.spec {diff,check} ...``.

``diff OLD NEW [--fail-on-breaking]``
    Print a markdown report of the changes from OLD to NEW; the last line is the machine line
    ``added_ops=.. removed_ops=.. added_schemas=.. removed_schemas=.. removed_properties=.. breaking=..``.
    Exit 0, or 3 with ``--fail-on-breaking`` when there are breaking changes.
``check SOURCE``
    Load and validate one spec; print its version and counts.

A SOURCE is a local path, an http(s) URL, or ``env:production`` / ``env:test`` for the spec
served by that Tripletex environment. Any load or validation problem prints
``error: <one line>`` to stderr and exits 2.
"""

from __future__ import annotations

import argparse
import sys

from tripletex_async.spec.diff import diff_specs
from tripletex_async.spec.load import ENVIRONMENTS, LoadedSpec, SpecError, load_spec, spec_url
from tripletex_async.spec.report import machine_line, render_markdown

EXIT_OK = 0
EXIT_ERROR = 2
EXIT_BREAKING = 3

_ENV_PREFIX = "env:"


def resolve_source(source: str) -> str:
    """Turn ``env:<name>`` into that environment's spec URL; anything else is returned unchanged."""
    if source.startswith(_ENV_PREFIX):
        return spec_url(source[len(_ENV_PREFIX) :])
    return source


def _load(source: str, timeout: float) -> LoadedSpec:
    return load_spec(resolve_source(source), timeout=timeout)


def _build_parser() -> argparse.ArgumentParser:
    envs = ", ".join(f"env:{name}" for name in ENVIRONMENTS)
    source_help = f"local path, http(s) URL, or one of {envs}"
    parser = argparse.ArgumentParser(
        prog="python -m tripletex_async.spec",
        description="Load, validate and compare Tripletex OpenAPI 3.x specs.",
    )
    parser.add_argument(
        "--timeout", type=float, default=30.0, help="HTTP timeout in seconds for URL sources (default 30)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    diff = commands.add_parser("diff", help="markdown report of the changes from OLD to NEW")
    diff.add_argument("old", metavar="OLD", help=source_help)
    diff.add_argument("new", metavar="NEW", help=source_help)
    diff.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help=f"exit {EXIT_BREAKING} when any change is breaking",
    )

    check = commands.add_parser("check", help="load and validate a spec, print its version and counts")
    check.add_argument("source", metavar="SOURCE", help=source_help)
    return parser


def _labels(old: LoadedSpec, new: LoadedSpec) -> tuple[str, str]:
    if old.version != new.version:
        return old.version, new.version
    return f"{old.version} ({old.source})", f"{new.version} ({new.source})"


def _run_diff(args: argparse.Namespace) -> int:
    old = _load(args.old, args.timeout)
    new = _load(args.new, args.timeout)
    diff = diff_specs(old.document, new.document)
    old_label, new_label = _labels(old, new)
    print(render_markdown(diff, old_label, new_label).rstrip("\n"))
    print()
    print(machine_line(diff))
    if args.fail_on_breaking and diff.breaking > 0:
        return EXIT_BREAKING
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    spec = _load(args.source, args.timeout)
    print(f"source: {spec.source}")
    print(f"openapi: {spec.openapi}")
    print(f"version: {spec.version}")
    print(f"operations: {spec.operation_count}")
    print(f"schemas: {spec.schema_count}")
    print(f"sha256: {spec.sha256}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    try:
        if args.command == "diff":
            return _run_diff(args)
        return _run_check(args)
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
