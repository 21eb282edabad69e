"""`python -m scripts.regen` — what `make regen`, `make regen-check` and `make api-diff` run."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tripletex_async.spec.load import SpecError, load_spec, spec_url

from .generator import GenerationError
from .pipeline import RegenError, build, check, regen


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    prog = "regen"
    if args_list[:1] == ["--prog"] and len(args_list) > 1:  # `tripletex regen` names itself
        prog, args_list = args_list[1], args_list[2:]
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Regenerate the Tripletex API package (generated/) from an OpenAPI spec, lock it "
        "(openapi/spec.lock.json) and report the changes (openapi/CHANGES.md).",
    )
    parser.add_argument("--env", default="production", help="production (default) or test")
    parser.add_argument(
        "--spec",
        default="",
        help="a spec file instead of the environment's URL (with --check: the locked spec)",
    )
    parser.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help="refuse a spec with breaking changes against the lock: exit 3, nothing changed",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="regenerate the locked spec into a temp dir; fail if generated/ differs",
    )
    parser.add_argument("--build-only", metavar="DIR", help="build into DIR without installing or locking")
    args = parser.parse_args(args_list)
    try:
        if args.check:
            return check(spec_source=args.spec or None)
        source = args.spec or spec_url(args.env)
        environment = "file" if args.spec else args.env
        if args.build_only:
            built = build(load_spec(source), Path(args.build_only))
            print(f"built {built.operations} operations into {built.package_dir} in {built.seconds:.1f} s")
            return 0
        return regen(source, environment, fail_on_breaking=args.fail_on_breaking)
    except (RegenError, SpecError, GenerationError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    _ = tempfile  # keep tempfile importable for --build-only users
    sys.exit(main())
