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

T = TypeVar("T", bound="TaxAssessmentBracketTax")


@_attrs_define
class TaxAssessmentBracketTax(Model):
    """Bracket tax

    Attributes:
        step (float | Unset):
        rate (float | Unset):
        max_amount (float | Unset):
        basis_amount_owner (float | Unset):
        calculated_tax_owner (float | Unset):
        residual_amount_owner (float | Unset):
        amount_before_next_tax_step_owner (float | Unset):
        basis_amount_spouse (float | Unset):
        calculated_tax_spouse (float | Unset):
        residual_amount_spouse (float | Unset):
        amount_before_next_tax_step_spouse (float | Unset):
    """

    step: float | Unset = UNSET
    rate: float | Unset = UNSET
    max_amount: float | Unset = UNSET
    basis_amount_owner: float | Unset = UNSET
    calculated_tax_owner: float | Unset = UNSET
    residual_amount_owner: float | Unset = UNSET
    amount_before_next_tax_step_owner: float | Unset = UNSET
    basis_amount_spouse: float | Unset = UNSET
    calculated_tax_spouse: float | Unset = UNSET
    residual_amount_spouse: float | Unset = UNSET
    amount_before_next_tax_step_spouse: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.step
        if _v is not UNSET and not _in_request:
            field_dict["step"] = _v
        _v = self.rate
        if _v is not UNSET and not _in_request:
            field_dict["rate"] = _v
        _v = self.max_amount
        if _v is not UNSET and not _in_request:
            field_dict["maxAmount"] = _v
        _v = self.basis_amount_owner
        if _v is not UNSET and not _in_request:
            field_dict["basisAmountOwner"] = _v
        _v = self.calculated_tax_owner
        if _v is not UNSET and not _in_request:
            field_dict["calculatedTaxOwner"] = _v
        _v = self.residual_amount_owner
        if _v is not UNSET and not _in_request:
            field_dict["residualAmountOwner"] = _v
        _v = self.amount_before_next_tax_step_owner
        if _v is not UNSET and not _in_request:
            field_dict["amountBeforeNextTaxStepOwner"] = _v
        _v = self.basis_amount_spouse
        if _v is not UNSET and not _in_request:
            field_dict["basisAmountSpouse"] = _v
        _v = self.calculated_tax_spouse
        if _v is not UNSET and not _in_request:
            field_dict["calculatedTaxSpouse"] = _v
        _v = self.residual_amount_spouse
        if _v is not UNSET and not _in_request:
            field_dict["residualAmountSpouse"] = _v
        _v = self.amount_before_next_tax_step_spouse
        if _v is not UNSET and not _in_request:
            field_dict["amountBeforeNextTaxStepSpouse"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxAssessmentBracketTax from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxAssessmentBracketTax.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "step",
                "rate",
                "maxAmount",
                "basisAmountOwner",
                "calculatedTaxOwner",
                "residualAmountOwner",
                "amountBeforeNextTaxStepOwner",
                "basisAmountSpouse",
                "calculatedTaxSpouse",
                "residualAmountSpouse",
                "amountBeforeNextTaxStepSpouse",
            )
        )

        # A reference ({"id": 1, "url": "..."}) or another object with few keys, all plain values:
        # every slot UNSET, then the keys present (cheaper than looking up every property).
        _sparse: dict[str, str] = {
            "step": "step",
            "rate": "rate",
            "maxAmount": "max_amount",
            "basisAmountOwner": "basis_amount_owner",
            "calculatedTaxOwner": "calculated_tax_owner",
            "residualAmountOwner": "residual_amount_owner",
            "amountBeforeNextTaxStepOwner": "amount_before_next_tax_step_owner",
            "basisAmountSpouse": "basis_amount_spouse",
            "calculatedTaxSpouse": "calculated_tax_spouse",
            "residualAmountSpouse": "residual_amount_spouse",
            "amountBeforeNextTaxStepSpouse": "amount_before_next_tax_step_spouse",
        }
        _sparse_keys = frozenset(_sparse)
        _setattr = setattr

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                if len(d) <= 3 and _sparse_keys.issuperset(d):
                    o.step = o.rate = o.max_amount = o.basis_amount_owner = o.calculated_tax_owner = (
                        o.residual_amount_owner
                    ) = o.amount_before_next_tax_step_owner = o.basis_amount_spouse = o.calculated_tax_spouse = (
                        o.residual_amount_spouse
                    ) = o.amount_before_next_tax_step_spouse = UNSET
                    for key, v in d.items():
                        if v is not None:
                            _setattr(o, _sparse[key], v)
                    o.additional_properties = {}
                    return o
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("step")
                if v is None:
                    o.step = u
                    if "step" not in d:
                        m += 1
                else:
                    o.step = v
                v = g("rate")
                if v is None:
                    o.rate = u
                    if "rate" not in d:
                        m += 1
                else:
                    o.rate = v
                v = g("maxAmount")
                if v is None:
                    o.max_amount = u
                    if "maxAmount" not in d:
                        m += 1
                else:
                    o.max_amount = v
                v = g("basisAmountOwner")
                if v is None:
                    o.basis_amount_owner = u
                    if "basisAmountOwner" not in d:
                        m += 1
                else:
                    o.basis_amount_owner = v
                v = g("calculatedTaxOwner")
                if v is None:
                    o.calculated_tax_owner = u
                    if "calculatedTaxOwner" not in d:
                        m += 1
                else:
                    o.calculated_tax_owner = v
                v = g("residualAmountOwner")
                if v is None:
                    o.residual_amount_owner = u
                    if "residualAmountOwner" not in d:
                        m += 1
                else:
                    o.residual_amount_owner = v
                v = g("amountBeforeNextTaxStepOwner")
                if v is None:
                    o.amount_before_next_tax_step_owner = u
                    if "amountBeforeNextTaxStepOwner" not in d:
                        m += 1
                else:
                    o.amount_before_next_tax_step_owner = v
                v = g("basisAmountSpouse")
                if v is None:
                    o.basis_amount_spouse = u
                    if "basisAmountSpouse" not in d:
                        m += 1
                else:
                    o.basis_amount_spouse = v
                v = g("calculatedTaxSpouse")
                if v is None:
                    o.calculated_tax_spouse = u
                    if "calculatedTaxSpouse" not in d:
                        m += 1
                else:
                    o.calculated_tax_spouse = v
                v = g("residualAmountSpouse")
                if v is None:
                    o.residual_amount_spouse = u
                    if "residualAmountSpouse" not in d:
                        m += 1
                else:
                    o.residual_amount_spouse = v
                v = g("amountBeforeNextTaxStepSpouse")
                if v is None:
                    o.amount_before_next_tax_step_spouse = u
                    if "amountBeforeNextTaxStepSpouse" not in d:
                        m += 1
                else:
                    o.amount_before_next_tax_step_spouse = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 11 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("step", "step"),
            ("rate", "rate"),
            ("max_amount", "maxAmount"),
            ("basis_amount_owner", "basisAmountOwner"),
            ("calculated_tax_owner", "calculatedTaxOwner"),
            ("residual_amount_owner", "residualAmountOwner"),
            ("amount_before_next_tax_step_owner", "amountBeforeNextTaxStepOwner"),
            ("basis_amount_spouse", "basisAmountSpouse"),
            ("calculated_tax_spouse", "calculatedTaxSpouse"),
            ("residual_amount_spouse", "residualAmountSpouse"),
            ("amount_before_next_tax_step_spouse", "amountBeforeNextTaxStepSpouse"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.step
            o.step = u if v is None else v
            v = s.rate
            o.rate = u if v is None else v
            v = s.max_amount
            o.max_amount = u if v is None else v
            v = s.basis_amount_owner
            o.basis_amount_owner = u if v is None else v
            v = s.calculated_tax_owner
            o.calculated_tax_owner = u if v is None else v
            v = s.residual_amount_owner
            o.residual_amount_owner = u if v is None else v
            v = s.amount_before_next_tax_step_owner
            o.amount_before_next_tax_step_owner = u if v is None else v
            v = s.basis_amount_spouse
            o.basis_amount_spouse = u if v is None else v
            v = s.calculated_tax_spouse
            o.calculated_tax_spouse = u if v is None else v
            v = s.residual_amount_spouse
            o.residual_amount_spouse = u if v is None else v
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
