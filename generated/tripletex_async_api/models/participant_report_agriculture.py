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

T = TypeVar("T", bound="ParticipantReportAgriculture")


@_attrs_define
class ParticipantReportAgriculture(Model):
    """Agriculture

    Attributes:
        basis_for_calculation_of_agricultural_deduction (float | Unset): Basis for calculation of agricultural deduction
        rental_income_from_agricultural_operations (float | Unset): Rental income from agricultural operations
    """

    basis_for_calculation_of_agricultural_deduction: float | Unset = UNSET
    rental_income_from_agricultural_operations: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.basis_for_calculation_of_agricultural_deduction
        if _v is not UNSET and not _in_request:
            field_dict["basisForCalculationOfAgriculturalDeduction"] = _v
        _v = self.rental_income_from_agricultural_operations
        if _v is not UNSET and not _in_request:
            field_dict["rentalIncomeFromAgriculturalOperations"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A ParticipantReportAgriculture from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``ParticipantReportAgriculture.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "basisForCalculationOfAgriculturalDeduction",
                "rentalIncomeFromAgriculturalOperations",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("basisForCalculationOfAgriculturalDeduction")
                if v is None:
                    o.basis_for_calculation_of_agricultural_deduction = u
                    if "basisForCalculationOfAgriculturalDeduction" not in d:
                        m += 1
                else:
                    o.basis_for_calculation_of_agricultural_deduction = v
                v = g("rentalIncomeFromAgriculturalOperations")
                if v is None:
                    o.rental_income_from_agricultural_operations = u
                    if "rentalIncomeFromAgriculturalOperations" not in d:
                        m += 1
                else:
                    o.rental_income_from_agricultural_operations = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 2 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("basis_for_calculation_of_agricultural_deduction", "basisForCalculationOfAgriculturalDeduction"),
            ("rental_income_from_agricultural_operations", "rentalIncomeFromAgriculturalOperations"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.basis_for_calculation_of_agricultural_deduction
            o.basis_for_calculation_of_agricultural_deduction = u if v is None else v
            v = s.rental_income_from_agricultural_operations
            o.rental_income_from_agricultural_operations = u if v is None else v
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
