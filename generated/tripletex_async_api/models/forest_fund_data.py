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

T = TypeVar("T", bound="ForestFundData")


@_attrs_define
class ForestFundData(Model):
    """Forest fund and extraordinary distribution data

    Attributes:
        municipality_number (float | Unset):
        paid_public_contribution_forest_fund (float | Unset):
        calculated_reversal_of_prev_calculations (float | Unset):
        basis_for_calculation_tax_assets (float | Unset):
    """

    municipality_number: float | Unset = UNSET
    paid_public_contribution_forest_fund: float | Unset = UNSET
    calculated_reversal_of_prev_calculations: float | Unset = UNSET
    basis_for_calculation_tax_assets: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.municipality_number
        if _v is not UNSET and not _in_request:
            field_dict["municipalityNumber"] = _v
        _v = self.paid_public_contribution_forest_fund
        if _v is not UNSET and not _in_request:
            field_dict["paidPublicContributionForestFund"] = _v
        _v = self.calculated_reversal_of_prev_calculations
        if _v is not UNSET and not _in_request:
            field_dict["calculatedReversalOfPrevCalculations"] = _v
        _v = self.basis_for_calculation_tax_assets
        if _v is not UNSET and not _in_request:
            field_dict["basisForCalculationTaxAssets"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ForestFundData from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ForestFundData.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "municipalityNumber",
                "paidPublicContributionForestFund",
                "calculatedReversalOfPrevCalculations",
                "basisForCalculationTaxAssets",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
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
                v = g("calculatedReversalOfPrevCalculations")
                if v is None:
                    o.calculated_reversal_of_prev_calculations = u
                    if "calculatedReversalOfPrevCalculations" not in d:
                        m += 1
                else:
                    o.calculated_reversal_of_prev_calculations = v
                v = g("basisForCalculationTaxAssets")
                if v is None:
                    o.basis_for_calculation_tax_assets = u
                    if "basisForCalculationTaxAssets" not in d:
                        m += 1
                else:
                    o.basis_for_calculation_tax_assets = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("municipality_number", "municipalityNumber"),
            ("paid_public_contribution_forest_fund", "paidPublicContributionForestFund"),
            ("calculated_reversal_of_prev_calculations", "calculatedReversalOfPrevCalculations"),
            ("basis_for_calculation_tax_assets", "basisForCalculationTaxAssets"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.municipality_number
            o.municipality_number = u if v is None else v
            v = s.paid_public_contribution_forest_fund
            o.paid_public_contribution_forest_fund = u if v is None else v
            v = s.calculated_reversal_of_prev_calculations
            o.calculated_reversal_of_prev_calculations = u if v is None else v
            v = s.basis_for_calculation_tax_assets
            o.basis_for_calculation_tax_assets = u if v is None else v
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
