"""The stateful resources the emulator serves, by kind and by path, and their new-record templates.

Each domain's resources are described in its own module (``resources_sales``, ``resources_ledger``,
``resources_work``) in the vocabulary of ``resource_spec``."""

from __future__ import annotations

from .config import RealismConfig
from .default_view import default_keys
from .resource_spec import ALL_OPS, Filter, FilterKind, R, ResourceSpec, S
from .resources_ledger import LEDGER
from .resources_sales import SALES
from .resources_work import WORK
from .shape_builder import ShapeBuilder
from .store import Record, Urls

__all__ = ["KIND_OF_SCHEMA", "SPECS", "SPECS_BY_PATH", "Filter", "FilterKind", "ResourceSpec", "Templates"]

_UNSET = object()

SUBSCRIPTION = ResourceSpec(
    kind="subscription",
    path="event/subscription",
    model="Subscription",
    template={"event": S, "targetUrl": S, "fields": None, "status": "ACTIVE", "authHeaderName": None},
    required=("event", "targetUrl"),
    ops=ALL_OPS,
)

SPECS: dict[str, ResourceSpec] = {s.kind: s for s in (*SALES, *LEDGER, *WORK, SUBSCRIPTION)}
SPECS_BY_PATH: dict[str, ResourceSpec] = {s.path: s for s in SPECS.values()}
KIND_OF_SCHEMA: dict[str, str] = {s.model: s.kind for s in SPECS.values()}  # spec schema -> stored kind


class Templates:
    """Materialized new-record templates for one realism setting.

    A record's keys are its schema's default view (``default_view.default_keys``, from the spec);
    ``ResourceSpec.template`` gives the service's own defaults for some of them (currency NOK,
    invoicesDueIn 14, ...), every other key starts unset (``ShapeBuilder.blank``).
    """

    def __init__(self, urls: Urls, realism: RealismConfig, builder: ShapeBuilder) -> None:
        self.urls = urls
        self.realism = realism
        self.builder = builder
        self._cache: dict[str, Record] = {k: self._materialize(s) for k, s in SPECS.items()}
        self._keys = {k: frozenset(default_keys(s.model)) for k, s in SPECS.items()}
        self._lists = {
            k: tuple(f for f, v in t.items() if isinstance(v, list)) for k, t in self._cache.items()
        }

    def _materialize(self, spec: ResourceSpec) -> Record:
        out: Record = {}
        props = self.builder.shapes.properties(spec.model)
        for key in default_keys(spec.model):
            if key in ("id", "version", "url"):
                continue
            value = spec.template.get(key, _UNSET)
            if value is _UNSET:
                out[key] = self.builder.blank(spec.model, key, props[key], 0)
            elif value is S:
                out[key] = "" if self.realism.empty_strings else None
            elif value is R:
                if self.realism.null_references:
                    out[key] = None
            elif isinstance(value, tuple) and value and value[0] == "ref":
                out[key] = self.urls.ref(value[1], value[2])
            else:
                out[key] = value
        return out

    def new(self, kind: str, ident: int, values: Record) -> Record:
        """A fresh record: id/version/url first, template defaults, then the given values (keys of
        the default view only)."""
        record: Record = {"id": ident, "version": 0, "url": self.urls.url(kind, ident)}
        record.update(self._cache[kind])
        for key in self._lists[kind]:  # each record its own lists
            record[key] = list(record[key])
        keys = self._keys[kind]
        if values.keys() <= keys:
            record.update(values)
        else:
            record.update((k, v) for k, v in values.items() if k in keys)
        return record

    def keys(self, kind: str) -> frozenset[str]:
        """The default-view keys of a stored kind."""
        return self._keys[kind]

    def empty_string(self) -> str | None:
        return "" if self.realism.empty_strings else None
