from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_return_validation_result_result_from_validation import TaxReturnValidationResultResultFromValidation
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.tax_return_validation_deviation import TaxReturnValidationDeviation
    from ..models.tax_return_validation_guidance import TaxReturnValidationGuidance


T = TypeVar("T", bound="TaxReturnValidationResult")


@_attrs_define
class TaxReturnValidationResult(Model):
    """
    Attributes:
        result_from_validation (TaxReturnValidationResultResultFromValidation | Unset):
        causes_of_validated_with_error (list[str] | Unset):
        deviations_at_validation (list[TaxReturnValidationDeviation] | Unset):
        deviations_after_calculation (list[TaxReturnValidationDeviation] | Unset):
        guidances_after_control (list[TaxReturnValidationGuidance] | Unset):
    """

    result_from_validation: TaxReturnValidationResultResultFromValidation | Unset = UNSET
    causes_of_validated_with_error: list[str] | Unset = UNSET
    deviations_at_validation: list[TaxReturnValidationDeviation] | Unset = UNSET
    deviations_after_calculation: list[TaxReturnValidationDeviation] | Unset = UNSET
    guidances_after_control: list[TaxReturnValidationGuidance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.result_from_validation
        if _v is not UNSET and not _in_request:
            field_dict["resultFromValidation"] = _v._value_
        _v = self.causes_of_validated_with_error
        if _v is not UNSET and not _in_request:
            field_dict["causesOfValidatedWithError"] = _v
        _v = self.deviations_at_validation
        if _v is not UNSET and not _in_request:
            field_dict["deviationsAtValidation"] = [_e.to_dict() for _e in _v]
        _v = self.deviations_after_calculation
        if _v is not UNSET and not _in_request:
            field_dict["deviationsAfterCalculation"] = [_e.to_dict() for _e in _v]
        _v = self.guidances_after_control
        if _v is not UNSET and not _in_request:
            field_dict["guidancesAfterControl"] = [_e.to_dict() for _e in _v]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxReturnValidationResult from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``TaxReturnValidationResult.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.tax_return_validation_deviation import TaxReturnValidationDeviation  # noqa: PLC0415
        from ..models.tax_return_validation_guidance import TaxReturnValidationGuidance  # noqa: PLC0415

        _new = object.__new__
        _e_result_from_validation: dict[Any, Any] = enum_members(TaxReturnValidationResultResultFromValidation)
        _known: frozenset[str] = frozenset(
            (
                "resultFromValidation",
                "causesOfValidatedWithError",
                "deviationsAtValidation",
                "deviationsAfterCalculation",
                "guidancesAfterControl",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "resultFromValidation"
                v = g("resultFromValidation")
                if v is None:
                    o.result_from_validation = u
                    if "resultFromValidation" not in d:
                        m += 1
                else:
                    o.result_from_validation = (
                        e_
                        if (e_ := _e_result_from_validation.get(v)) is not None
                        else enum_value(TaxReturnValidationResultResultFromValidation, v)
                    )
                k = "causesOfValidatedWithError"
                v = g("causesOfValidatedWithError")
                if v is None:
                    o.causes_of_validated_with_error = u
                    if "causesOfValidatedWithError" not in d:
                        m += 1
                else:
                    o.causes_of_validated_with_error = v
                k = "deviationsAtValidation"
                v = g("deviationsAtValidation")
                if v is None:
                    o.deviations_at_validation = u
                    if "deviationsAtValidation" not in d:
                        m += 1
                else:
                    o.deviations_at_validation = (
                        ([TaxReturnValidationDeviation._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "deviationsAfterCalculation"
                v = g("deviationsAfterCalculation")
                if v is None:
                    o.deviations_after_calculation = u
                    if "deviationsAfterCalculation" not in d:
                        m += 1
                else:
                    o.deviations_after_calculation = (
                        ([TaxReturnValidationDeviation._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "guidancesAfterControl"
                v = g("guidancesAfterControl")
                if v is None:
                    o.guidances_after_control = u
                    if "guidancesAfterControl" not in d:
                        m += 1
                else:
                    o.guidances_after_control = (
                        ([TaxReturnValidationGuidance._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
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
            ("result_from_validation", "resultFromValidation"),
            ("causes_of_validated_with_error", "causesOfValidatedWithError"),
            ("deviations_at_validation", "deviationsAtValidation"),
            ("deviations_after_calculation", "deviationsAfterCalculation"),
            ("guidances_after_control", "guidancesAfterControl"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.result_from_validation
            o.result_from_validation = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_result_from_validation.get(v)) is not None
                else enum_value(TaxReturnValidationResultResultFromValidation, v)
            )
            v = s.causes_of_validated_with_error
            o.causes_of_validated_with_error = u if v is None or v is u else v
            v = s.deviations_at_validation
            o.deviations_at_validation = (
                u
                if v is None or v is u
                else ([TaxReturnValidationDeviation._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.deviations_after_calculation
            o.deviations_after_calculation = (
                u
                if v is None or v is u
                else ([TaxReturnValidationDeviation._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.guidances_after_control
            o.guidances_after_control = (
                u
                if v is None or v is u
                else ([TaxReturnValidationGuidance._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
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
