"""The regen steps chained: load the spec, decide on its changes (a refusal touches nothing), build a
package, swap it in, lock it, report the changes."""

from __future__ import annotations

import filecmp
import json
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tripletex_async.emulator.spec_shapes import encode as emulator_shapes
from tripletex_async.spec.diff import SpecDiff, diff_specs
from tripletex_async.spec.load import LoadedSpec, SpecError, is_url, load_spec
from tripletex_async.spec.report import machine_line

from .generator import Generated, format_package, generator_version, run_generator
from .lock import (
    Lock,
    locked_source,
    portable_source,
    read_lock,
    read_surface,
    record_changes,
    record_initial,
    write_surface,
)
from .patching import AppliedPatch, apply_patches
from .paths import PACKAGE_NAME, PROJECT, Layout


class RegenError(RuntimeError):
    """A step refused its input or failed; the message is one line."""


@dataclass(frozen=True)
class Built:
    package_dir: Path
    patches: list[AppliedPatch]
    operations: int
    seconds: float


def verify(generated: Generated, expected_operations: int) -> None:
    """Every operation has a module (and a facade method) and every schema a model class."""
    if generated.operations != expected_operations:
        raise RegenError(f"generated {generated.operations} operations, the spec has {expected_operations}")
    missing = generated.schemas_without_model
    if missing:
        raise RegenError(f"{len(missing)} schemas have no model: {', '.join(missing[:10])}")


def build(spec: LoadedSpec, workdir: Path) -> Built:
    """Patch a copy of the spec, generate (models, endpoints, facade, table), format. Nothing outside workdir."""
    started = time.perf_counter()
    document = json.loads(spec.raw)
    patches = apply_patches(document)
    generated = run_generator(document, workdir)
    format_package(generated.package_dir)
    verify(generated, spec.operation_count)
    return Built(generated.package_dir, patches, generated.operations, time.perf_counter() - started)


def install(package_dir: Path, layout: Layout) -> None:
    """Replace generated/<package> with the new one (only after every step succeeded)."""
    layout.generated_dir.mkdir(parents=True, exist_ok=True)
    target = layout.package_dir
    staging = layout.generated_dir / f".{PACKAGE_NAME}.new"
    old = layout.generated_dir / f".{PACKAGE_NAME}.old"
    for leftover in (staging, old):
        if leftover.exists():
            shutil.rmtree(leftover)
    shutil.copytree(package_dir, staging, ignore=shutil.ignore_patterns("__pycache__"))
    if target.exists():
        target.rename(old)
    staging.rename(target)
    if old.exists():
        shutil.rmtree(old)


def decide(
    spec: LoadedSpec, previous_surface: dict[str, Any] | None, *, fail_on_breaking: bool
) -> tuple[SpecDiff, int]:
    """The change report against the previously locked surface, and whether it is refused: taken
    before anything is built or swapped in, so a refused regen leaves the tree exactly as it was."""
    # the first lock is compared with itself (no changes)
    diff = diff_specs(previous_surface if previous_surface is not None else spec.document, spec.document)
    breaking = diff.counts()["breaking"]
    return diff, breaking if fail_on_breaking else 0


def regen(
    source: str,
    environment: str,
    *,
    fail_on_breaking: bool = False,
    echo: Any = print,
    layout: Layout = PROJECT,
) -> int:
    try:
        spec = load_spec(source)
    except Exception as exc:  # SpecError and anything the loader did not foresee: one line
        raise RegenError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    previous_lock = read_lock(layout.lock_file)
    previous_surface = read_surface(layout.surface_file)
    diff, refused = decide(spec, previous_surface, fail_on_breaking=fail_on_breaking)
    line = machine_line(diff)
    old_label = f"{previous_lock.version} ({previous_lock.sha256[:12]})" if previous_lock else "(none)"
    new_label = f"{spec.version} ({spec.sha256[:12]})"
    if refused:
        echo(line)
        echo(
            f"error: {refused} breaking change(s) from {old_label} to {new_label}; nothing was changed "
            "(generated/, openapi/spec.lock.json and openapi/CHANGES.md are as they were). "
            "`make api-diff` shows them; run without FAIL_ON_BREAKING to accept them."
        )
        return 3
    with tempfile.TemporaryDirectory(prefix="tripletex-regen-") as tmp:
        built = build(spec, Path(tmp))
        for patch in built.patches:
            echo(f"patch {patch.name}: {patch.changes} change(s) — {patch.reason}")
        install(built.package_dir, layout)
    lock = Lock(
        source=portable_source(source),
        environment=environment,
        version=spec.version,
        sha256=spec.sha256,
        operations=spec.operation_count,
        schemas=spec.schema_count,
        generator=f"openapi-python-client {generator_version()}",
    )
    layout.lock_file.write_text(lock.to_json(), encoding="utf-8")
    write_surface(spec.document, layout.surface_file)
    layout.emulator_shapes_file.write_bytes(emulator_shapes(spec.document))  # what the emulator answers
    if previous_surface is None:
        record_initial(new_label, spec.operation_count, spec.schema_count, layout.changes_file)
    elif previous_lock is not None and previous_lock.sha256 == spec.sha256:
        echo(f"{spec.version} is the locked spec already: openapi/CHANGES.md unchanged")
    else:
        record_changes(diff, old_label, new_label, layout.changes_file)
    echo(
        f"generated {built.operations} operations and {spec.schema_count} schemas from {spec.version} "
        f"in {built.seconds:.1f} s"
    )
    echo(line)
    return 0


def _differences(left: Path, right: Path, base: Path) -> list[str]:
    result: list[str] = []
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    result += [f"only in generated/: {n}" for n in comparison.left_only]
    result += [f"missing from generated/: {n}" for n in comparison.right_only]
    for name in comparison.common_files:
        if not filecmp.cmp(left / name, right / name, shallow=False):
            result.append(f"differs: {(left / name).relative_to(base)}")
    for sub in comparison.common_dirs:
        result += _differences(left / sub, right / sub, base)
    return result


def _locked_spec(lock: Lock, given: str | None) -> LoadedSpec:
    """The spec the lock names (or ``given``, which must be the same bytes), or one line saying what
    regen-check needs and how to get it."""
    wanted = f"the locked spec, Tripletex API {lock.version} (sha256 {lock.sha256[:12]}…)"
    how = (
        "Point at a copy of it: `make regen-check SPEC=<file>`; or, while the service still serves "
        f"{lock.version}, lock it from there: `make regen ENV=production` (or ENV=test)."
    )
    source = given or locked_source(lock)
    if given is None and not is_url(source) and not Path(source).is_file():
        raise RegenError(f"regen-check needs {wanted}, expected at {lock.source}, which is not there. {how}")
    try:
        spec = load_spec(source)
    except SpecError as exc:
        raise RegenError(f"regen-check needs {wanted}: {exc}. {how}") from exc
    if spec.sha256 != lock.sha256:
        raise RegenError(
            f"regen-check needs {wanted}; {given or lock.source} is {spec.version} "
            f"(sha256 {spec.sha256[:12]}…). {how}"
        )
    return spec


def check(echo: Any = print, layout: Layout = PROJECT, spec_source: str | None = None) -> int:
    """Regenerate from the locked spec into a temporary folder; fail if generated/ differs by one byte."""
    lock = read_lock(layout.lock_file)
    if lock is None:
        raise RegenError("no openapi/spec.lock.json: run make regen first")
    spec = _locked_spec(lock, spec_source)
    with tempfile.TemporaryDirectory(prefix="tripletex-regen-check-") as tmp:
        built = build(spec, Path(tmp))
        differences = _differences(layout.package_dir, built.package_dir, layout.generated_dir)
    if differences:
        for line in differences[:20]:
            echo(line)
        echo(f"error: generated/ differs from a regeneration of {lock.version} ({len(differences)} file(s))")
        return 1
    echo(f"generated/ matches a regeneration of {lock.version} ({built.operations} operations)")
    return 0
