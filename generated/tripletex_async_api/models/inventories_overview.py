from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    from ..models.inventories_details import InventoriesDetails
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InventoriesOverview")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("inventories", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class InventoriesOverview(LazyModel):
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
        self._tx_load()
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
        """A InventoriesOverview from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.inventories_details import InventoriesDetails  # noqa: PLC0415
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_inventories(_tx_v: Any) -> list[InventoriesDetails] | Unset:
            _inventories = _tx_v
            inventories: list[InventoriesDetails] | Unset = UNSET
            if _inventories is not UNSET:
                inventories = []
                for inventories_item_data in _inventories:
                    if inventories_item_data is None:
                        continue
                    inventories_item = InventoriesDetails._tx_from_json(inventories_item_data)

                    inventories.append(inventories_item)

            return inventories

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "inventories",
                "totalOpeningBalance",
                "totalClosingBalance",
                "totalOpeningBalanceTaxValue",
                "totalClosingBalanceTaxValue",
                "openingBalanceDifferences",
                "closingBalanceDifferences",
                "changes",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "inventories": ("inventories", _p_inventories),
            "total_opening_balance": ("totalOpeningBalance", None),
            "total_closing_balance": ("totalClosingBalance", None),
            "total_opening_balance_tax_value": ("totalOpeningBalanceTaxValue", None),
            "total_closing_balance_tax_value": ("totalClosingBalanceTaxValue", None),
            "opening_balance_differences": ("openingBalanceDifferences", None),
            "closing_balance_differences": ("closingBalanceDifferences", None),
            "changes": ("changes", None),
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
