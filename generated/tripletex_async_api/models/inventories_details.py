from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventories_details_closing_balance_post_type import InventoriesDetailsClosingBalancePostType
from ..models.inventories_details_opening_balance_post_type import InventoriesDetailsOpeningBalancePostType
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
    from ..models.year_end_report import YearEndReport


T = TypeVar("T", bound="InventoriesDetails")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("yearEndReport", dict, False),
    ("openingBalancePostType", str, False),
    ("closingBalancePostType", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class InventoriesDetails(LazyModel):
    """
    Attributes:
        year_end_report (YearEndReport | Unset):
        name (str | Unset): [read-only]
        grouping (str | Unset): [read-only]
        opening_balance (float | Unset): [read-only]
        closing_balance (float | Unset): [read-only]
        opening_balance_tax_value (float | Unset): [read-only]
        closing_balance_tax_value (float | Unset): [read-only]
        opening_balance_post_type (InventoriesDetailsOpeningBalancePostType | Unset): [read-only]
        closing_balance_post_type (InventoriesDetailsClosingBalancePostType | Unset): [read-only]
    """

    year_end_report: YearEndReport | Unset = UNSET
    name: str | Unset = UNSET
    grouping: str | Unset = UNSET
    opening_balance: float | Unset = UNSET
    closing_balance: float | Unset = UNSET
    opening_balance_tax_value: float | Unset = UNSET
    closing_balance_tax_value: float | Unset = UNSET
    opening_balance_post_type: InventoriesDetailsOpeningBalancePostType | Unset = UNSET
    closing_balance_post_type: InventoriesDetailsClosingBalancePostType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        year_end_report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.year_end_report, Unset):
            year_end_report = self.year_end_report.to_dict()

        name = self.name

        grouping = self.grouping

        opening_balance = self.opening_balance

        closing_balance = self.closing_balance

        opening_balance_tax_value = self.opening_balance_tax_value

        closing_balance_tax_value = self.closing_balance_tax_value

        opening_balance_post_type: str | Unset = UNSET
        if not isinstance(self.opening_balance_post_type, Unset):
            opening_balance_post_type = self.opening_balance_post_type.value

        closing_balance_post_type: str | Unset = UNSET
        if not isinstance(self.closing_balance_post_type, Unset):
            closing_balance_post_type = self.closing_balance_post_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if year_end_report is not UNSET:
            field_dict["yearEndReport"] = year_end_report
        if name is not UNSET and not _in_request:
            field_dict["name"] = name
        if grouping is not UNSET and not _in_request:
            field_dict["grouping"] = grouping
        if opening_balance is not UNSET and not _in_request:
            field_dict["openingBalance"] = opening_balance
        if closing_balance is not UNSET and not _in_request:
            field_dict["closingBalance"] = closing_balance
        if opening_balance_tax_value is not UNSET and not _in_request:
            field_dict["openingBalanceTaxValue"] = opening_balance_tax_value
        if closing_balance_tax_value is not UNSET and not _in_request:
            field_dict["closingBalanceTaxValue"] = closing_balance_tax_value
        if opening_balance_post_type is not UNSET and not _in_request:
            field_dict["openingBalancePostType"] = opening_balance_post_type
        if closing_balance_post_type is not UNSET and not _in_request:
            field_dict["closingBalancePostType"] = closing_balance_post_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InventoriesDetails from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.year_end_report import YearEndReport  # noqa: PLC0415

        def _p_year_end_report(_tx_v: Any) -> YearEndReport | Unset:
            _year_end_report = _tx_v
            year_end_report: YearEndReport | Unset
            if isinstance(_year_end_report, Unset):
                year_end_report = UNSET
            else:
                year_end_report = YearEndReport._tx_from_json(_year_end_report)

            return year_end_report

        def _p_opening_balance_post_type(_tx_v: Any) -> InventoriesDetailsOpeningBalancePostType | Unset:
            _opening_balance_post_type = _tx_v
            opening_balance_post_type: InventoriesDetailsOpeningBalancePostType | Unset
            if isinstance(_opening_balance_post_type, Unset):
                opening_balance_post_type = UNSET
            else:
                opening_balance_post_type = InventoriesDetailsOpeningBalancePostType(_opening_balance_post_type)

            return opening_balance_post_type

        def _p_closing_balance_post_type(_tx_v: Any) -> InventoriesDetailsClosingBalancePostType | Unset:
            _closing_balance_post_type = _tx_v
            closing_balance_post_type: InventoriesDetailsClosingBalancePostType | Unset
            if isinstance(_closing_balance_post_type, Unset):
                closing_balance_post_type = UNSET
            else:
                closing_balance_post_type = InventoriesDetailsClosingBalancePostType(_closing_balance_post_type)

            return closing_balance_post_type

        _tx_known: frozenset[str] = frozenset(
            (
                "yearEndReport",
                "name",
                "grouping",
                "openingBalance",
                "closingBalance",
                "openingBalanceTaxValue",
                "closingBalanceTaxValue",
                "openingBalancePostType",
                "closingBalancePostType",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "year_end_report": ("yearEndReport", _p_year_end_report),
            "name": ("name", None),
            "grouping": ("grouping", None),
            "opening_balance": ("openingBalance", None),
            "closing_balance": ("closingBalance", None),
            "opening_balance_tax_value": ("openingBalanceTaxValue", None),
            "closing_balance_tax_value": ("closingBalanceTaxValue", None),
            "opening_balance_post_type": ("openingBalancePostType", _p_opening_balance_post_type),
            "closing_balance_post_type": ("closingBalancePostType", _p_closing_balance_post_type),
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
