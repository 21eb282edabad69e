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

T = TypeVar("T", bound="TaxAssessmentAgriculture")


@_attrs_define
class TaxAssessmentAgriculture(Model):
    """Key figures

    Attributes:
        business_income (float | Unset):
        share_from_sdf (float | Unset):
        calculation_basis (float | Unset):
        calculated_amount (float | Unset):
        max_special_allowance (float | Unset):
        unused_special_allowance (float | Unset):
    """

    business_income: float | Unset = UNSET
    share_from_sdf: float | Unset = UNSET
    calculation_basis: float | Unset = UNSET
    calculated_amount: float | Unset = UNSET
    max_special_allowance: float | Unset = UNSET
    unused_special_allowance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.business_income
        if _v is not UNSET and not _in_request:
            field_dict["businessIncome"] = _v
        _v = self.share_from_sdf
        if _v is not UNSET and not _in_request:
            field_dict["shareFromSdf"] = _v
        _v = self.calculation_basis
        if _v is not UNSET and not _in_request:
            field_dict["calculationBasis"] = _v
        _v = self.calculated_amount
        if _v is not UNSET and not _in_request:
            field_dict["calculatedAmount"] = _v
        _v = self.max_special_allowance
        if _v is not UNSET and not _in_request:
            field_dict["maxSpecialAllowance"] = _v
        _v = self.unused_special_allowance
        if _v is not UNSET and not _in_request:
            field_dict["unusedSpecialAllowance"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAssessmentAgriculture from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxAssessmentAgriculture.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "businessIncome",
                "shareFromSdf",
                "calculationBasis",
                "calculatedAmount",
                "maxSpecialAllowance",
                "unusedSpecialAllowance",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("businessIncome")
                if v is None:
                    o.business_income = u
                    if "businessIncome" not in d:
                        m += 1
                else:
                    o.business_income = v
                v = g("shareFromSdf")
                if v is None:
                    o.share_from_sdf = u
                    if "shareFromSdf" not in d:
                        m += 1
                else:
                    o.share_from_sdf = v
                v = g("calculationBasis")
                if v is None:
                    o.calculation_basis = u
                    if "calculationBasis" not in d:
                        m += 1
                else:
                    o.calculation_basis = v
                v = g("calculatedAmount")
                if v is None:
                    o.calculated_amount = u
                    if "calculatedAmount" not in d:
                        m += 1
                else:
                    o.calculated_amount = v
                v = g("maxSpecialAllowance")
                if v is None:
                    o.max_special_allowance = u
                    if "maxSpecialAllowance" not in d:
                        m += 1
                else:
                    o.max_special_allowance = v
                v = g("unusedSpecialAllowance")
                if v is None:
                    o.unused_special_allowance = u
                    if "unusedSpecialAllowance" not in d:
                        m += 1
                else:
                    o.unused_special_allowance = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 6 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("business_income", "businessIncome"),
            ("share_from_sdf", "shareFromSdf"),
            ("calculation_basis", "calculationBasis"),
            ("calculated_amount", "calculatedAmount"),
            ("max_special_allowance", "maxSpecialAllowance"),
            ("unused_special_allowance", "unusedSpecialAllowance"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.business_income
            o.business_income = u if v is None else v
            v = s.share_from_sdf
            o.share_from_sdf = u if v is None else v
            v = s.calculation_basis
            o.calculation_basis = u if v is None else v
            v = s.calculated_amount
            o.calculated_amount = u if v is None else v
            v = s.max_special_allowance
            o.max_special_allowance = u if v is None else v
            v = s.unused_special_allowance
            o.unused_special_allowance = u if v is None else v
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
