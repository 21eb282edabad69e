"""Apply the project's spec patches (kept in openapi/patches.py) to a spec document."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from .paths import PATCHES_FILE


@dataclass(frozen=True)
class AppliedPatch:
    name: str
    reason: str
    changes: int


def _load_patch_module(path: Path = PATCHES_FILE) -> ModuleType:
    spec = importlib.util.spec_from_file_location("tripletex_openapi_patches", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load spec patches from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def apply_patches(document: dict[str, Any], path: Path = PATCHES_FILE) -> list[AppliedPatch]:
    """Apply every patch in order, in place; report how many places each changed."""
    module = _load_patch_module(path)
    applied: list[AppliedPatch] = []
    for function, reason in module.PATCHES:
        count = int(function(document))
        applied.append(AppliedPatch(function.__name__, reason, count))
    return applied
