from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.change import Change
    from ..models.report_blueprint_v2 import ReportBlueprintV2


T = TypeVar("T", bound="Report")


@_attrs_define
class Report(Model):
    """The target resource to be granted permissions for

    Attributes:
        id (int | Unset):
        version (int | Unset):
        changes (list[Change] | Unset):
        url (str | Unset):
        name (str | Unset): Shortcut for Report name
        description (str | Unset): Shortcut for Report description
        help_component (int | Unset): helpComponent
        blueprint (ReportBlueprintV2 | Unset): blueprint
    """

    id: int | Unset = UNSET
    version: int | Unset = UNSET
    changes: list[Change] | Unset = UNSET
    url: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    help_component: int | Unset = UNSET
    blueprint: ReportBlueprintV2 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.version
        if _v is not UNSET:
            field_dict["version"] = _v
        _v = self.changes
        if _v is not UNSET and not _in_request:
            field_dict["changes"] = [_e.to_dict() for _e in _v]
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        _v = self.name
        if _v is not UNSET and not _in_request:
            field_dict["name"] = _v
        _v = self.description
        if _v is not UNSET and not _in_request:
            field_dict["description"] = _v
        _v = self.help_component
        if _v is not UNSET:
            field_dict["helpComponent"] = _v
        _v = self.blueprint
        if _v is not UNSET:
            field_dict["blueprint"] = _v.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Report from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Report.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.change import Change  # noqa: PLC0415
        from ..models.report_blueprint_v2 import ReportBlueprintV2  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "id",
                "version",
                "changes",
                "url",
                "name",
                "description",
                "helpComponent",
                "blueprint",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "id": "id",
            "version": "version",
            "url": "url",
            "name": "name",
            "description": "description",
            "helpComponent": "help_component",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) == 2 and "id" in d and "url" in d:  # a reference, the commonest nested object
                    o.id = o.version = o.changes = o.url = o.name = o.description = o.help_component = o.blueprint = (
                        UNSET
                    )
                    v = d["id"]
                    if v is not None:
                        o.id = v
                    v = d["url"]
                    if v is not None:
                        o.url = v
                    o.additional_properties = {}
                    return o
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.id = o.version = o.changes = o.url = o.name = o.description = o.help_component = o.blueprint = (
                        UNSET
                    )
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("id")
                if v is None:
                    o.id = u
                    if "id" not in d:
                        m += 1
                else:
                    o.id = v
                v = g("version")
                if v is None:
                    o.version = u
                    if "version" not in d:
                        m += 1
                else:
                    o.version = v
                k = "changes"
                v = g("changes")
                if v is None:
                    o.changes = u
                    if "changes" not in d:
                        m += 1
                else:
                    o.changes = (
                        ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
                v = g("name")
                if v is None:
                    o.name = u
                    if "name" not in d:
                        m += 1
                else:
                    o.name = v
                v = g("description")
                if v is None:
                    o.description = u
                    if "description" not in d:
                        m += 1
                else:
                    o.description = v
                v = g("helpComponent")
                if v is None:
                    o.help_component = u
                    if "helpComponent" not in d:
                        m += 1
                else:
                    o.help_component = v
                k = "blueprint"
                v = g("blueprint")
                if v is None:
                    o.blueprint = u
                    if "blueprint" not in d:
                        m += 1
                else:
                    o.blueprint = ReportBlueprintV2._tx_parse(v)
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 8 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("id", "id"),
            ("version", "version"),
            ("changes", "changes"),
            ("url", "url"),
            ("name", "name"),
            ("description", "description"),
            ("help_component", "helpComponent"),
            ("blueprint", "blueprint"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.id
            o.id = u if v is None else v
            v = s.version
            o.version = u if v is None else v
            v = s.changes
            o.changes = (
                u
                if v is None or v is u
                else ([Change._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.url
            o.url = u if v is None else v
            v = s.name
            o.name = u if v is None else v
            v = s.description
            o.description = u if v is None else v
            v = s.help_component
            o.help_component = u if v is None else v
            v = s.blueprint
            o.blueprint = u if v is None or v is u else ReportBlueprintV2._tx_parse(v)
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
