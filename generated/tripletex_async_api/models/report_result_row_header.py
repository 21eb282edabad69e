from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ADDITIONAL_PROPERTIES,
    UNSET,
    LazyModel,
    ParserTable,
    Shape,
    Unset,
    lazy_model,
    mark_assigned,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.report_result_cell_value import ReportResultCellValue


T = TypeVar("T", bound="ReportResultRowHeader")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("value", dict, False),
    ("style", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ReportResultRowHeader(LazyModel):
    """
    Attributes:
        value (ReportResultCellValue | Unset):
        formatted (str | Unset):
        style (list[str] | Unset):
        initially_expanded (bool | Unset):
        source_ref (str | Unset):
        auto_group_type (int | Unset):
        leaf_count (int | Unset):
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
    depth: int | Unset = UNSET
    link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        formatted = self.formatted

        style: list[str] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        initially_expanded = self.initially_expanded

        source_ref = self.source_ref

        auto_group_type = self.auto_group_type

        leaf_count = self.leaf_count

        depth = self.depth

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if formatted is not UNSET:
            field_dict["formatted"] = formatted
        if style is not UNSET:
            field_dict["style"] = style
        if initially_expanded is not UNSET:
            field_dict["initiallyExpanded"] = initially_expanded
        if source_ref is not UNSET:
            field_dict["sourceRef"] = source_ref
        if auto_group_type is not UNSET:
            field_dict["autoGroupType"] = auto_group_type
        if leaf_count is not UNSET:
            field_dict["leafCount"] = leaf_count
        if depth is not UNSET:
            field_dict["depth"] = depth
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ReportResultRowHeader from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.report_result_cell_value import ReportResultCellValue  # noqa: PLC0415

        def _p_value(_tx_v: Any) -> ReportResultCellValue | Unset:
            _value = _tx_v
            value: ReportResultCellValue | Unset
            if isinstance(_value, Unset):
                value = UNSET
            else:
                value = ReportResultCellValue._tx_from_json(_value)

            return value

        def _p_style(_tx_v: Any) -> list[str] | Unset:
            style = cast(list[str], _tx_v)

            return style

        _tx_known: frozenset[str] = frozenset(
            (
                "value",
                "formatted",
                "style",
                "initiallyExpanded",
                "sourceRef",
                "autoGroupType",
                "leafCount",
                "depth",
                "link",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "value": ("value", _p_value),
            "formatted": ("formatted", None),
            "style": ("style", _p_style),
            "initially_expanded": ("initiallyExpanded", None),
            "source_ref": ("sourceRef", None),
            "auto_group_type": ("autoGroupType", None),
            "leaf_count": ("leafCount", None),
            "depth": ("depth", None),
            "link": ("link", None),
            "additional_properties": (ADDITIONAL_PROPERTIES, _p_additional_properties),
        }

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
