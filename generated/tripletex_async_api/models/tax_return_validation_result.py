from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_return_validation_result_result_from_validation import TaxReturnValidationResultResultFromValidation
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
    from ..models.tax_return_validation_deviation import TaxReturnValidationDeviation
    from ..models.tax_return_validation_guidance import TaxReturnValidationGuidance


T = TypeVar("T", bound="TaxReturnValidationResult")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("resultFromValidation", str, False),
    ("causesOfValidatedWithError", list, False),
    ("deviationsAtValidation", list, False),
    ("deviationsAfterCalculation", list, False),
    ("guidancesAfterControl", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TaxReturnValidationResult(LazyModel):
    """
    Attributes:
        result_from_validation (TaxReturnValidationResultResultFromValidation | Unset): [read-only]
        causes_of_validated_with_error (list[str] | Unset): [read-only]
        deviations_at_validation (list[TaxReturnValidationDeviation] | Unset): [read-only]
        deviations_after_calculation (list[TaxReturnValidationDeviation] | Unset): [read-only]
        guidances_after_control (list[TaxReturnValidationGuidance] | Unset): [read-only]
    """

    result_from_validation: TaxReturnValidationResultResultFromValidation | Unset = UNSET
    causes_of_validated_with_error: list[str] | Unset = UNSET
    deviations_at_validation: list[TaxReturnValidationDeviation] | Unset = UNSET
    deviations_after_calculation: list[TaxReturnValidationDeviation] | Unset = UNSET
    guidances_after_control: list[TaxReturnValidationGuidance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        result_from_validation: str | Unset = UNSET
        if not isinstance(self.result_from_validation, Unset):
            result_from_validation = self.result_from_validation.value

        causes_of_validated_with_error: list[str] | Unset = UNSET
        if not isinstance(self.causes_of_validated_with_error, Unset):
            causes_of_validated_with_error = self.causes_of_validated_with_error

        deviations_at_validation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deviations_at_validation, Unset):
            deviations_at_validation = []
            for deviations_at_validation_item_data in self.deviations_at_validation:
                deviations_at_validation_item = deviations_at_validation_item_data.to_dict()
                deviations_at_validation.append(deviations_at_validation_item)

        deviations_after_calculation: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deviations_after_calculation, Unset):
            deviations_after_calculation = []
            for deviations_after_calculation_item_data in self.deviations_after_calculation:
                deviations_after_calculation_item = deviations_after_calculation_item_data.to_dict()
                deviations_after_calculation.append(deviations_after_calculation_item)

        guidances_after_control: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.guidances_after_control, Unset):
            guidances_after_control = []
            for guidances_after_control_item_data in self.guidances_after_control:
                guidances_after_control_item = guidances_after_control_item_data.to_dict()
                guidances_after_control.append(guidances_after_control_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_from_validation is not UNSET and not _in_request:
            field_dict["resultFromValidation"] = result_from_validation
        if causes_of_validated_with_error is not UNSET and not _in_request:
            field_dict["causesOfValidatedWithError"] = causes_of_validated_with_error
        if deviations_at_validation is not UNSET and not _in_request:
            field_dict["deviationsAtValidation"] = deviations_at_validation
        if deviations_after_calculation is not UNSET and not _in_request:
            field_dict["deviationsAfterCalculation"] = deviations_after_calculation
        if guidances_after_control is not UNSET and not _in_request:
            field_dict["guidancesAfterControl"] = guidances_after_control

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxReturnValidationResult from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.tax_return_validation_deviation import TaxReturnValidationDeviation  # noqa: PLC0415
        from ..models.tax_return_validation_guidance import TaxReturnValidationGuidance  # noqa: PLC0415

        def _p_result_from_validation(_tx_v: Any) -> TaxReturnValidationResultResultFromValidation | Unset:
            _result_from_validation = _tx_v
            result_from_validation: TaxReturnValidationResultResultFromValidation | Unset
            if isinstance(_result_from_validation, Unset):
                result_from_validation = UNSET
            else:
                result_from_validation = TaxReturnValidationResultResultFromValidation(_result_from_validation)

            return result_from_validation

        def _p_causes_of_validated_with_error(_tx_v: Any) -> list[str] | Unset:
            causes_of_validated_with_error = cast(list[str], _tx_v)

            return causes_of_validated_with_error

        def _p_deviations_at_validation(_tx_v: Any) -> list[TaxReturnValidationDeviation] | Unset:
            _deviations_at_validation = _tx_v
            deviations_at_validation: list[TaxReturnValidationDeviation] | Unset = UNSET
            if _deviations_at_validation is not UNSET:
                deviations_at_validation = []
                for deviations_at_validation_item_data in _deviations_at_validation:
                    if deviations_at_validation_item_data is None:
                        continue
                    deviations_at_validation_item = TaxReturnValidationDeviation._tx_from_json(
                        deviations_at_validation_item_data
                    )

                    deviations_at_validation.append(deviations_at_validation_item)

            return deviations_at_validation

        def _p_deviations_after_calculation(_tx_v: Any) -> list[TaxReturnValidationDeviation] | Unset:
            _deviations_after_calculation = _tx_v
            deviations_after_calculation: list[TaxReturnValidationDeviation] | Unset = UNSET
            if _deviations_after_calculation is not UNSET:
                deviations_after_calculation = []
                for deviations_after_calculation_item_data in _deviations_after_calculation:
                    if deviations_after_calculation_item_data is None:
                        continue
                    deviations_after_calculation_item = TaxReturnValidationDeviation._tx_from_json(
                        deviations_after_calculation_item_data
                    )

                    deviations_after_calculation.append(deviations_after_calculation_item)

            return deviations_after_calculation

        def _p_guidances_after_control(_tx_v: Any) -> list[TaxReturnValidationGuidance] | Unset:
            _guidances_after_control = _tx_v
            guidances_after_control: list[TaxReturnValidationGuidance] | Unset = UNSET
            if _guidances_after_control is not UNSET:
                guidances_after_control = []
                for guidances_after_control_item_data in _guidances_after_control:
                    if guidances_after_control_item_data is None:
                        continue
                    guidances_after_control_item = TaxReturnValidationGuidance._tx_from_json(
                        guidances_after_control_item_data
                    )

                    guidances_after_control.append(guidances_after_control_item)

            return guidances_after_control

        _tx_known: frozenset[str] = frozenset(
            (
                "resultFromValidation",
                "causesOfValidatedWithError",
                "deviationsAtValidation",
                "deviationsAfterCalculation",
                "guidancesAfterControl",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "result_from_validation": ("resultFromValidation", _p_result_from_validation),
            "causes_of_validated_with_error": ("causesOfValidatedWithError", _p_causes_of_validated_with_error),
            "deviations_at_validation": ("deviationsAtValidation", _p_deviations_at_validation),
            "deviations_after_calculation": ("deviationsAfterCalculation", _p_deviations_after_calculation),
            "guidances_after_control": ("guidancesAfterControl", _p_guidances_after_control),
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
