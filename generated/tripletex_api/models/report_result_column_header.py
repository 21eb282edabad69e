from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.report_result_cell_value import ReportResultCellValue


T = TypeVar("T", bound="ReportResultColumnHeader")


@_attrs_define
class ReportResultColumnHeader:
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

        leaf = self.leaf

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
        if leaf is not UNSET:
            field_dict["leaf"] = leaf
        if depth is not UNSET:
            field_dict["depth"] = depth
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.report_result_cell_value import ReportResultCellValue  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _value = d.pop("value", UNSET)
        value: ReportResultCellValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = ReportResultCellValue.from_dict(_value)

        formatted = d.pop("formatted", UNSET)

        style = cast(list[str], d.pop("style", UNSET))

        initially_expanded = d.pop("initiallyExpanded", UNSET)

        source_ref = d.pop("sourceRef", UNSET)

        auto_group_type = d.pop("autoGroupType", UNSET)

        leaf_count = d.pop("leafCount", UNSET)

        leaf = d.pop("leaf", UNSET)

        depth = d.pop("depth", UNSET)

        link = d.pop("link", UNSET)

        _obj = cls(
            value=value,
            formatted=formatted,
            style=style,
            initially_expanded=initially_expanded,
            source_ref=source_ref,
            auto_group_type=auto_group_type,
            leaf_count=leaf_count,
            leaf=leaf,
            depth=depth,
            link=link,
        )

        _obj.additional_properties = d
        return _obj

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
