from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.salary_reconciliation_overview_group_line import SalaryReconciliationOverviewGroupLine


T = TypeVar("T", bound="SalaryReconciliationOverviewGroup")


@_attrs_define
class SalaryReconciliationOverviewGroup:
    """The relevant VAT groups

    Attributes:
        display_name (str | Unset): [read-only] The human readable name of the group
        lines (list[SalaryReconciliationOverviewGroupLine] | Unset): [read-only] The lines of data in the group
    """

    display_name: str | Unset = UNSET
    lines: list[SalaryReconciliationOverviewGroupLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        display_name = self.display_name

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET and not _in_request:
            field_dict["displayName"] = display_name
        if lines is not UNSET and not _in_request:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.salary_reconciliation_overview_group_line import SalaryReconciliationOverviewGroupLine  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        display_name = d.pop("displayName", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: list[SalaryReconciliationOverviewGroupLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                if lines_item_data is None:
                    continue
                lines_item = SalaryReconciliationOverviewGroupLine.from_dict(lines_item_data)

                lines.append(lines_item)

        _obj = cls(
            display_name=display_name,
            lines=lines,
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
