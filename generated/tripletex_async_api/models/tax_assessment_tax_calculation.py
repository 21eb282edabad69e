from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.tax_assessment_bracket_tax import TaxAssessmentBracketTax


T = TypeVar("T", bound="TaxAssessmentTaxCalculation")


@_attrs_define
class TaxAssessmentTaxCalculation(Model):
    """Tax calculation

    Attributes:
        bracket_tax (list[TaxAssessmentBracketTax] | Unset):
        sum_basis_owner (float | Unset):
        sum_calculated_tax_owner (float | Unset):
        amount_before_next_tax_step_owner (float | Unset):
        sum_basis_spouse (float | Unset):
        sum_calculated_tax_spouse (float | Unset):
        amount_before_next_tax_step_spouse (float | Unset):
    """

    bracket_tax: list[TaxAssessmentBracketTax] | Unset = UNSET
    sum_basis_owner: float | Unset = UNSET
    sum_calculated_tax_owner: float | Unset = UNSET
    amount_before_next_tax_step_owner: float | Unset = UNSET
    sum_basis_spouse: float | Unset = UNSET
    sum_calculated_tax_spouse: float | Unset = UNSET
    amount_before_next_tax_step_spouse: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.bracket_tax
        if _v is not UNSET and not _in_request:
            field_dict["bracketTax"] = [_e.to_dict() for _e in _v]
        _v = self.sum_basis_owner
        if _v is not UNSET and not _in_request:
            field_dict["sumBasisOwner"] = _v
        _v = self.sum_calculated_tax_owner
        if _v is not UNSET and not _in_request:
            field_dict["sumCalculatedTaxOwner"] = _v
        _v = self.amount_before_next_tax_step_owner
        if _v is not UNSET and not _in_request:
            field_dict["amountBeforeNextTaxStepOwner"] = _v
        _v = self.sum_basis_spouse
        if _v is not UNSET and not _in_request:
            field_dict["sumBasisSpouse"] = _v
        _v = self.sum_calculated_tax_spouse
        if _v is not UNSET and not _in_request:
            field_dict["sumCalculatedTaxSpouse"] = _v
        _v = self.amount_before_next_tax_step_spouse
        if _v is not UNSET and not _in_request:
            field_dict["amountBeforeNextTaxStepSpouse"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAssessmentTaxCalculation from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxAssessmentTaxCalculation.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.tax_assessment_bracket_tax import TaxAssessmentBracketTax  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "bracketTax",
                "sumBasisOwner",
                "sumCalculatedTaxOwner",
                "amountBeforeNextTaxStepOwner",
                "sumBasisSpouse",
                "sumCalculatedTaxSpouse",
                "amountBeforeNextTaxStepSpouse",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "bracketTax"
                v = g("bracketTax")
                if v is None:
                    o.bracket_tax = u
                    if "bracketTax" not in d:
                        m += 1
                else:
                    o.bracket_tax = (
                        ([TaxAssessmentBracketTax._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                v = g("sumBasisOwner")
                if v is None:
                    o.sum_basis_owner = u
                    if "sumBasisOwner" not in d:
                        m += 1
                else:
                    o.sum_basis_owner = v
                v = g("sumCalculatedTaxOwner")
                if v is None:
                    o.sum_calculated_tax_owner = u
                    if "sumCalculatedTaxOwner" not in d:
                        m += 1
                else:
                    o.sum_calculated_tax_owner = v
                v = g("amountBeforeNextTaxStepOwner")
                if v is None:
                    o.amount_before_next_tax_step_owner = u
                    if "amountBeforeNextTaxStepOwner" not in d:
                        m += 1
                else:
                    o.amount_before_next_tax_step_owner = v
                v = g("sumBasisSpouse")
                if v is None:
                    o.sum_basis_spouse = u
                    if "sumBasisSpouse" not in d:
                        m += 1
                else:
                    o.sum_basis_spouse = v
                v = g("sumCalculatedTaxSpouse")
                if v is None:
                    o.sum_calculated_tax_spouse = u
                    if "sumCalculatedTaxSpouse" not in d:
                        m += 1
                else:
                    o.sum_calculated_tax_spouse = v
                v = g("amountBeforeNextTaxStepSpouse")
                if v is None:
                    o.amount_before_next_tax_step_spouse = u
                    if "amountBeforeNextTaxStepSpouse" not in d:
                        m += 1
                else:
                    o.amount_before_next_tax_step_spouse = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 7 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("bracket_tax", "bracketTax"),
            ("sum_basis_owner", "sumBasisOwner"),
            ("sum_calculated_tax_owner", "sumCalculatedTaxOwner"),
            ("amount_before_next_tax_step_owner", "amountBeforeNextTaxStepOwner"),
            ("sum_basis_spouse", "sumBasisSpouse"),
            ("sum_calculated_tax_spouse", "sumCalculatedTaxSpouse"),
            ("amount_before_next_tax_step_spouse", "amountBeforeNextTaxStepSpouse"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.bracket_tax
            o.bracket_tax = (
                u
                if v is None or v is u
                else ([TaxAssessmentBracketTax._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.sum_basis_owner
            o.sum_basis_owner = u if v is None else v
            v = s.sum_calculated_tax_owner
            o.sum_calculated_tax_owner = u if v is None else v
            v = s.amount_before_next_tax_step_owner
            o.amount_before_next_tax_step_owner = u if v is None else v
            v = s.sum_basis_spouse
            o.sum_basis_spouse = u if v is None else v
            v = s.sum_calculated_tax_spouse
            o.sum_calculated_tax_spouse = u if v is None else v
            v = s.amount_before_next_tax_step_spouse
            o.amount_before_next_tax_step_spouse = u if v is None else v
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
