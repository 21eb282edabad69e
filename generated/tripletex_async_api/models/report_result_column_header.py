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
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.report_result_cell_value import ReportResultCellValue


T = TypeVar("T", bound="ReportResultColumnHeader")


@_attrs_define
class ReportResultColumnHeader(Model):
    """
    Attributes:
        value (ReportResultCellValue | Unset):
        formatted (str | Unset):
        style (list[str] | Unset):
        initially_expanded (bool | Unset):
        source_ref (str | Unset):
        auto_group_type (int | Unset):
        leaf_count (int | Unset):
        leaf (bool | Unset):
        depth (int | Unset):
        link (str | Unset):
    """

    value: ReportResultCellValue | Unset = UNSET
    formatted: str | Unset = UNSET
    style: list[str] | Unset = UNSET
    initially_expanded: bool | Unset = UNSET
    source_ref: str | Unset = UNSET
    auto_group_type: int | Unset = UNSET
    leaf_count: int | Unset = UNSET
    leaf: bool | Unset = UNSET
    depth: int | Unset = UNSET
    link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.value
        if _v is not UNSET:
            field_dict["value"] = _v.to_dict()
        _v = self.formatted
        if _v is not UNSET:
            field_dict["formatted"] = _v
        _v = self.style
        if _v is not UNSET:
            field_dict["style"] = _v
        _v = self.initially_expanded
        if _v is not UNSET:
            field_dict["initiallyExpanded"] = _v
        _v = self.source_ref
        if _v is not UNSET:
            field_dict["sourceRef"] = _v
        _v = self.auto_group_type
        if _v is not UNSET:
            field_dict["autoGroupType"] = _v
        _v = self.leaf_count
        if _v is not UNSET:
            field_dict["leafCount"] = _v
        _v = self.leaf
        if _v is not UNSET:
            field_dict["leaf"] = _v
        _v = self.depth
        if _v is not UNSET:
            field_dict["depth"] = _v
        _v = self.link
        if _v is not UNSET:
            field_dict["link"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportResultColumnHeader from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ReportResultColumnHeader.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.report_result_cell_value import ReportResultCellValue  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "value",
                "formatted",
                "style",
                "initiallyExpanded",
                "sourceRef",
                "autoGroupType",
                "leafCount",
                "leaf",
                "depth",
                "link",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "formatted": "formatted",
            "initiallyExpanded": "initially_expanded",
            "sourceRef": "source_ref",
            "autoGroupType": "auto_group_type",
            "leafCount": "leaf_count",
            "leaf": "leaf",
            "depth": "depth",
            "link": "link",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.value = o.formatted = o.style = o.initially_expanded = o.source_ref = o.auto_group_type = (
                        o.leaf_count
                    ) = o.leaf = o.depth = o.link = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "value"
                v = g("value")
                if v is None:
                    o.value = u
                    if "value" not in d:
                        m += 1
                else:
                    o.value = ReportResultCellValue._tx_parse(v)
                v = g("formatted")
                if v is None:
                    o.formatted = u
                    if "formatted" not in d:
                        m += 1
                else:
                    o.formatted = v
                k = "style"
                v = g("style")
                if v is None:
                    o.style = u
                    if "style" not in d:
                        m += 1
                else:
                    o.style = v
                v = g("initiallyExpanded")
                if v is None:
                    o.initially_expanded = u
                    if "initiallyExpanded" not in d:
                        m += 1
                else:
                    o.initially_expanded = v
                v = g("sourceRef")
                if v is None:
                    o.source_ref = u
                    if "sourceRef" not in d:
                        m += 1
                else:
                    o.source_ref = v
                v = g("autoGroupType")
                if v is None:
                    o.auto_group_type = u
                    if "autoGroupType" not in d:
                        m += 1
                else:
                    o.auto_group_type = v
                v = g("leafCount")
                if v is None:
                    o.leaf_count = u
                    if "leafCount" not in d:
                        m += 1
                else:
                    o.leaf_count = v
                v = g("leaf")
                if v is None:
                    o.leaf = u
                    if "leaf" not in d:
                        m += 1
                else:
                    o.leaf = v
                v = g("depth")
                if v is None:
                    o.depth = u
                    if "depth" not in d:
                        m += 1
                else:
                    o.depth = v
                v = g("link")
                if v is None:
                    o.link = u
                    if "link" not in d:
                        m += 1
                else:
                    o.link = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 10 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("value", "value"),
            ("formatted", "formatted"),
            ("style", "style"),
            ("initially_expanded", "initiallyExpanded"),
            ("source_ref", "sourceRef"),
            ("auto_group_type", "autoGroupType"),
            ("leaf_count", "leafCount"),
            ("leaf", "leaf"),
            ("depth", "depth"),
            ("link", "link"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.value
            o.value = u if v is None or v is u else ReportResultCellValue._tx_parse(v)
            v = s.formatted
            o.formatted = u if v is None else v
            v = s.style
            o.style = u if v is None or v is u else v
            v = s.initially_expanded
            o.initially_expanded = u if v is None else v
            v = s.source_ref
            o.source_ref = u if v is None else v
            v = s.auto_group_type
            o.auto_group_type = u if v is None else v
            v = s.leaf_count
            o.leaf_count = u if v is None else v
            v = s.leaf
            o.leaf = u if v is None else v
            v = s.depth
            o.depth = u if v is None else v
            v = s.link
            o.link = u if v is None else v
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
