from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

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
    serializing_request_body,
)

T = TypeVar("T", bound="ExtraordinaryDistributionData")


@_attrs_define
class ExtraordinaryDistributionData(Model):
    """Forest fund and extraordinary distribution data

    Attributes:
        remainder_not_taxed_felling (float | Unset):
        remainder_included_this_year (float | Unset):
        sum_later_income_recognition (float | Unset):
        municipality_number (str | Unset):
        paid_public_contribution_forest_fund (float | Unset):
    """

    remainder_not_taxed_felling: float | Unset = UNSET
    remainder_included_this_year: float | Unset = UNSET
    sum_later_income_recognition: float | Unset = UNSET
    municipality_number: str | Unset = UNSET
    paid_public_contribution_forest_fund: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.remainder_not_taxed_felling
        if _v is not UNSET and not _in_request:
            field_dict["remainderNotTaxedFelling"] = _v
        _v = self.remainder_included_this_year
        if _v is not UNSET and not _in_request:
            field_dict["remainderIncludedThisYear"] = _v
        _v = self.sum_later_income_recognition
        if _v is not UNSET and not _in_request:
            field_dict["sumLaterIncomeRecognition"] = _v
        _v = self.municipality_number
        if _v is not UNSET and not _in_request:
            field_dict["municipalityNumber"] = _v
        _v = self.paid_public_contribution_forest_fund
        if _v is not UNSET and not _in_request:
            field_dict["paidPublicContributionForestFund"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ExtraordinaryDistributionData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ExtraordinaryDistributionData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "remainderNotTaxedFelling",
                "remainderIncludedThisYear",
                "sumLaterIncomeRecognition",
                "municipalityNumber",
                "paidPublicContributionForestFund",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("remainderNotTaxedFelling")
                if v is None:
                    o.remainder_not_taxed_felling = u
                    if "remainderNotTaxedFelling" not in d:
                        m += 1
                else:
                    o.remainder_not_taxed_felling = v
                v = g("remainderIncludedThisYear")
                if v is None:
                    o.remainder_included_this_year = u
                    if "remainderIncludedThisYear" not in d:
                        m += 1
                else:
                    o.remainder_included_this_year = v
                v = g("sumLaterIncomeRecognition")
                if v is None:
                    o.sum_later_income_recognition = u
                    if "sumLaterIncomeRecognition" not in d:
                        m += 1
                else:
                    o.sum_later_income_recognition = v
                v = g("municipalityNumber")
                if v is None:
                    o.municipality_number = u
                    if "municipalityNumber" not in d:
                        m += 1
                else:
                    o.municipality_number = v
                v = g("paidPublicContributionForestFund")
                if v is None:
                    o.paid_public_contribution_forest_fund = u
                    if "paidPublicContributionForestFund" not in d:
                        m += 1
                else:
                    o.paid_public_contribution_forest_fund = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("remainder_not_taxed_felling", "remainderNotTaxedFelling"),
            ("remainder_included_this_year", "remainderIncludedThisYear"),
            ("sum_later_income_recognition", "sumLaterIncomeRecognition"),
            ("municipality_number", "municipalityNumber"),
            ("paid_public_contribution_forest_fund", "paidPublicContributionForestFund"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.remainder_not_taxed_felling
            o.remainder_not_taxed_felling = u if v is None else v
            v = s.remainder_included_this_year
            o.remainder_included_this_year = u if v is None else v
            v = s.sum_later_income_recognition
            o.sum_later_income_recognition = u if v is None else v
            v = s.municipality_number
            o.municipality_number = u if v is None else v
            v = s.paid_public_contribution_forest_fund
            o.paid_public_contribution_forest_fund = u if v is None else v
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
