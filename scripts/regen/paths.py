"""Where the pipeline reads and writes, relative to the project root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPENAPI_DIR = ROOT / "openapi"
CONFIG_FILE = OPENAPI_DIR / "config.yaml"
TEMPLATES_DIR = OPENAPI_DIR / "templates"
PATCHES_FILE = OPENAPI_DIR / "patches.py"
RUFF_CONFIG = OPENAPI_DIR / "ruff-generated.toml"
LOCK_FILE = OPENAPI_DIR / "spec.lock.json"
SURFACE_FILE = OPENAPI_DIR / "spec.surface.json.gz"
CHANGES_FILE = OPENAPI_DIR / "CHANGES.md"
EMULATOR_SHAPES_FILE = ROOT / "tripletex_async" / "emulator" / "shapes.json.gz"  # the emulator's spec digest
GENERATED_DIR = ROOT / "generated"
PACKAGE_NAME = "tripletex_async_api"
PACKAGE_DIR = GENERATED_DIR / PACKAGE_NAME
SHARED_DIR = ROOT.parent / "shared"


@dataclass(frozen=True)
class Layout:
    """The files a regen writes: the project's own by default, a temporary copy in tests."""

    generated_dir: Path = GENERATED_DIR
    lock_file: Path = LOCK_FILE
    surface_file: Path = SURFACE_FILE
    changes_file: Path = CHANGES_FILE
    emulator_shapes_file: Path = EMULATOR_SHAPES_FILE

    @property
    def package_dir(self) -> Path:
        return self.generated_dir / PACKAGE_NAME

    @classmethod
    def under(cls, root: Path) -> Layout:
        return cls(
            root / "generated",
            root / "spec.lock.json",
            root / "spec.surface.json.gz",
            root / "CHANGES.md",
            root / "emulator-shapes.json.gz",
        )


PROJECT = Layout()
