from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.inventories_details import InventoriesDetails
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InventoriesOverview")


@_attrs_define
class InventoriesOverview:
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        inventories (list[InventoriesDetails] | Unset):
        total_opening_balance (float | Unset): [read-only]
        total_closing_balance (float | Unset): [read-only]
        total_opening_balance_tax_value (float | Unset): [read-only]
        total_closing_balance_tax_value (float | Unset): [read-only]
        opening_balance_differences (float | Unset): [read-only]
        closing_balance_differences (float | Unset): [read-only]
        changes (float | Unset): [read-only]
    """

    year_end_report: YearEndReport | Unset = UNSET
    inventories: list[InventoriesDetails] | Unset = UNSET
    total_opening_balance: float | Unset = UNSET
    total_closing_balance: float | Unset = UNSET
    total_opening_balance_tax_value: float | Unset = UNSET
    total_closing_balance_tax_value: float | Unset = UNSET
    opening_balance_differences: float | Unset = UNSET
    closing_balance_differences: float | Unset = UNSET
    changes: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        inventories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inventories, Unset):
            inventories = []
            for inventories_item_data in self.inventories:
                inventories_item = inventories_item_data.to_dict()
                inventories.append(inventories_item)

        total_opening_balance = self.total_opening_balance

        total_closing_balance = self.total_closing_balance

        total_opening_balance_tax_value = self.total_opening_balance_tax_value

        total_closing_balance_tax_value = self.total_closing_balance_tax_value

        opening_balance_differences = self.opening_balance_differences

        closing_balance_differences = self.closing_balance_differences

        changes = self.changes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if inventories is not UNSET:
            field_dict["inventories"] = inventories
        if total_opening_balance is not UNSET and not _in_request:
            field_dict["totalOpeningBalance"] = total_opening_balance
        if total_closing_balance is not UNSET and not _in_request:
            field_dict["totalClosingBalance"] = total_closing_balance
        if total_opening_balance_tax_value is not UNSET and not _in_request:
            field_dict["totalOpeningBalanceTaxValue"] = total_opening_balance_tax_value
        if total_closing_balance_tax_value is not UNSET and not _in_request:
            field_dict["totalClosingBalanceTaxValue"] = total_closing_balance_tax_value
        if opening_balance_differences is not UNSET and not _in_request:
            field_dict["openingBalanceDifferences"] = opening_balance_differences
        if closing_balance_differences is not UNSET and not _in_request:
            field_dict["closingBalanceDifferences"] = closing_balance_differences
        if changes is not UNSET and not _in_request:
            field_dict["changes"] = changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.inventories_details import InventoriesDetails  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _year_end_report = d.pop("yearEndReport", UNSET)
        year_end_report: YearEndReport | Unset
        if isinstance(_year_end_report, Unset):
            year_end_report = UNSET
        else:
            year_end_report = YearEndReport.from_dict(_year_end_report)

        _inventories = d.pop("inventories", UNSET)
        inventories: list[InventoriesDetails] | Unset = UNSET
        if _inventories is not UNSET:
            inventories = []
            for inventories_item_data in _inventories:
                if inventories_item_data is None:
                    continue
                inventories_item = InventoriesDetails.from_dict(inventories_item_data)

                inventories.append(inventories_item)

        total_opening_balance = d.pop("totalOpeningBalance", UNSET)

        total_closing_balance = d.pop("totalClosingBalance", UNSET)

        total_opening_balance_tax_value = d.pop("totalOpeningBalanceTaxValue", UNSET)

        total_closing_balance_tax_value = d.pop("totalClosingBalanceTaxValue", UNSET)

        opening_balance_differences = d.pop("openingBalanceDifferences", UNSET)

        closing_balance_differences = d.pop("closingBalanceDifferences", UNSET)

        changes = d.pop("changes", UNSET)

        _obj = cls(
            year_end_report=year_end_report,
            inventories=inventories,
            total_opening_balance=total_opening_balance,
            total_closing_balance=total_closing_balance,
            total_opening_balance_tax_value=total_opening_balance_tax_value,
            total_closing_balance_tax_value=total_closing_balance_tax_value,
            opening_balance_differences=opening_balance_differences,
            closing_balance_differences=closing_balance_differences,
            changes=changes,
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
