from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="ExtraordinaryDistributionData")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = ()


@_attrs_define(on_setattr=mark_assigned)
class ExtraordinaryDistributionData(LazyModel):
    """Forest fund and extraordinary distribution data

    Attributes:
        remainder_not_taxed_felling (float | Unset): [read-only]
        remainder_included_this_year (float | Unset): [read-only]
        sum_later_income_recognition (float | Unset): [read-only]
        municipality_number (str | Unset): [read-only]
        paid_public_contribution_forest_fund (float | Unset): [read-only]
    """

    remainder_not_taxed_felling: float | Unset = UNSET
    remainder_included_this_year: float | Unset = UNSET
    sum_later_income_recognition: float | Unset = UNSET
    municipality_number: str | Unset = UNSET
    paid_public_contribution_forest_fund: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        remainder_not_taxed_felling = self.remainder_not_taxed_felling

        remainder_included_this_year = self.remainder_included_this_year

        sum_later_income_recognition = self.sum_later_income_recognition

        municipality_number = self.municipality_number

        paid_public_contribution_forest_fund = self.paid_public_contribution_forest_fund

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remainder_not_taxed_felling is not UNSET and not _in_request:
            field_dict["remainderNotTaxedFelling"] = remainder_not_taxed_felling
        if remainder_included_this_year is not UNSET and not _in_request:
            field_dict["remainderIncludedThisYear"] = remainder_included_this_year
        if sum_later_income_recognition is not UNSET and not _in_request:
            field_dict["sumLaterIncomeRecognition"] = sum_later_income_recognition
        if municipality_number is not UNSET and not _in_request:
            field_dict["municipalityNumber"] = municipality_number
        if paid_public_contribution_forest_fund is not UNSET and not _in_request:
            field_dict["paidPublicContributionForestFund"] = paid_public_contribution_forest_fund

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ExtraordinaryDistributionData from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:

        _tx_known: frozenset[str] = frozenset(
            (
                "remainderNotTaxedFelling",
                "remainderIncludedThisYear",
                "sumLaterIncomeRecognition",
                "municipalityNumber",
                "paidPublicContributionForestFund",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "remainder_not_taxed_felling": ("remainderNotTaxedFelling", None),
            "remainder_included_this_year": ("remainderIncludedThisYear", None),
            "sum_later_income_recognition": ("sumLaterIncomeRecognition", None),
            "municipality_number": ("municipalityNumber", None),
            "paid_public_contribution_forest_fund": ("paidPublicContributionForestFund", None),
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
