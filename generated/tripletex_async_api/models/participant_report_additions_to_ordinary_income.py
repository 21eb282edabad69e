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

T = TypeVar("T", bound="ParticipantReportAdditionsToOrdinaryIncome")


@_attrs_define
class ParticipantReportAdditionsToOrdinaryIncome(Model):
    """Calculation of additions to ordinary income

    Attributes:
        distribution_after_tax (float | Unset): Distribution after tax
        other_correction (float | Unset): Other correction
        shielding_deduction_offset_against_distribution (float | Unset): Shielding deduction offset against distribution
        additions_to_ordinary_income (float | Unset): Additions to ordinary income
    """

    distribution_after_tax: float | Unset = UNSET
    other_correction: float | Unset = UNSET
    shielding_deduction_offset_against_distribution: float | Unset = UNSET
    additions_to_ordinary_income: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.distribution_after_tax
        if _v is not UNSET and not _in_request:
            field_dict["distributionAfterTax"] = _v
        _v = self.other_correction
        if _v is not UNSET and not _in_request:
            field_dict["otherCorrection"] = _v
        _v = self.shielding_deduction_offset_against_distribution
        if _v is not UNSET and not _in_request:
            field_dict["shieldingDeductionOffsetAgainstDistribution"] = _v
        _v = self.additions_to_ordinary_income
        if _v is not UNSET and not _in_request:
            field_dict["additionsToOrdinaryIncome"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportAdditionsToOrdinaryIncome from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ParticipantReportAdditionsToOrdinaryIncome.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "distributionAfterTax",
                "otherCorrection",
                "shieldingDeductionOffsetAgainstDistribution",
                "additionsToOrdinaryIncome",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("distributionAfterTax")
                if v is None:
                    o.distribution_after_tax = u
                    if "distributionAfterTax" not in d:
                        m += 1
                else:
                    o.distribution_after_tax = v
                v = g("otherCorrection")
                if v is None:
                    o.other_correction = u
                    if "otherCorrection" not in d:
                        m += 1
                else:
                    o.other_correction = v
                v = g("shieldingDeductionOffsetAgainstDistribution")
                if v is None:
                    o.shielding_deduction_offset_against_distribution = u
                    if "shieldingDeductionOffsetAgainstDistribution" not in d:
                        m += 1
                else:
                    o.shielding_deduction_offset_against_distribution = v
                v = g("additionsToOrdinaryIncome")
                if v is None:
                    o.additions_to_ordinary_income = u
                    if "additionsToOrdinaryIncome" not in d:
                        m += 1
                else:
                    o.additions_to_ordinary_income = v
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
            ("distribution_after_tax", "distributionAfterTax"),
            ("other_correction", "otherCorrection"),
            ("shielding_deduction_offset_against_distribution", "shieldingDeductionOffsetAgainstDistribution"),
            ("additions_to_ordinary_income", "additionsToOrdinaryIncome"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.distribution_after_tax
            o.distribution_after_tax = u if v is None else v
            v = s.other_correction
            o.other_correction = u if v is None else v
            v = s.shielding_deduction_offset_against_distribution
            o.shielding_deduction_offset_against_distribution = u if v is None else v
            v = s.additions_to_ordinary_income
            o.additions_to_ordinary_income = u if v is None else v
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
