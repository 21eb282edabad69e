"""`python -m scripts.regen.render <patched spec> <output dir>`: run openapi-python-client in-process.

The generator renders the models and endpoint modules from the project's templates; the facade
(`facade/`), the operation table (`operations.py`) and the models' static view
(`models/__init__.pyi`) are rendered from the same generator data by the project's own templates.
The templates get the facade's names as data (`operation_facts(endpoint)`, see `facade.Catalog`); the
model template reads property facts (readOnly, x-tx-secret) from the generator's own schema data.
Run in a subprocess with a fixed hash seed, so the output is byte-for-byte reproducible.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.strings import ClassName

from .facade import Catalog
from .paths import CONFIG_FILE, TEMPLATES_DIR

# Files openapi-python-client always writes that the project does not use (the hand-written
# client sends requests and raises errors).
UNUSED_OUTPUTS = ("client.py", "errors.py")
# The last line of the output: what was generated, for the pipeline's checks.
SUMMARY = "generated: "


def _report(errors: list[GeneratorError]) -> int:
    for error in errors:
        level = "ERROR" if error.level == ErrorLevel.ERROR else "WARNING"
        print(f"{level}: {error.header}: {error.detail or ''}".strip())
    return 1 if errors else 0


def render(spec_path: Path, out: Path) -> int:
    """Generate the package into `out`; nonzero (after printing why) on any warning or error."""
    document = json.loads(spec_path.read_text(encoding="utf-8"))
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG_FILE), MetaType.NONE, spec_path, "utf-8", True, out
    )
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        return _report([openapi])
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES_DIR)
    catalog = Catalog(document, openapi, config.field_prefix)
    project.env.globals["operation_facts"] = catalog.facts
    errors = list(project.build())
    if errors:
        return _report(errors)
    env = project.env
    facade_dir = out / "facade"
    facade_dir.mkdir(exist_ok=True)
    groups = catalog.groups()
    group_template = env.get_template("facade_group.py.jinja")
    for group, operations in groups.items():
        text = group_template.render(group=group, operations=operations)
        (facade_dir / f"{group}.py").write_text(text, encoding="utf-8")
    root = env.get_template("facade_root.py.jinja").render(groups=groups)
    (facade_dir / "__init__.py").write_text(root, encoding="utf-8")
    table = env.get_template("operations.py.jinja").render(operations=catalog.operations)
    (out / "operations.py").write_text(table, encoding="utf-8")
    stub = env.get_template("models_init.pyi.jinja").render()
    (out / "models" / "__init__.pyi").write_text(stub, encoding="utf-8")
    (out / "py.typed").write_text("", encoding="utf-8")
    for name in UNUSED_OUTPUTS:
        (out / name).unlink(missing_ok=True)
    classes = {str(m.class_info.name) for m in (*openapi.models, *openapi.enums)}
    schemas = document.get("components", {}).get("schemas", {})
    missing = [name for name in schemas if str(ClassName(name, "")) not in classes]
    print(SUMMARY + json.dumps({"operations": len(catalog.operations), "schemas_without_model": missing}))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m scripts.regen.render <patched spec> <output dir>")
    sys.exit(render(Path(sys.argv[1]), Path(sys.argv[2])))
