from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_return_submission_result_failure_category import TaxReturnSubmissionResultFailureCategory
from ..models.tax_return_submission_result_failure_step import TaxReturnSubmissionResultFailureStep
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
    from ..models.tax_return_validation_result import TaxReturnValidationResult


T = TypeVar("T", bound="TaxReturnSubmissionResult")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("failureStep", str, False),
    ("failureCategory", str, False),
    ("validationResult", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class TaxReturnSubmissionResult(LazyModel):
    """
    Attributes:
        failure_step (TaxReturnSubmissionResultFailureStep | Unset):
        failure_category (TaxReturnSubmissionResultFailureCategory | Unset):
        failure_message (str | Unset):
        validation_result (TaxReturnValidationResult | Unset):
    """

    failure_step: TaxReturnSubmissionResultFailureStep | Unset = UNSET
    failure_category: TaxReturnSubmissionResultFailureCategory | Unset = UNSET
    failure_message: str | Unset = UNSET
    validation_result: TaxReturnValidationResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        failure_step: str | Unset = UNSET
        if not isinstance(self.failure_step, Unset):
            failure_step = self.failure_step.value

        failure_category: str | Unset = UNSET
        if not isinstance(self.failure_category, Unset):
            failure_category = self.failure_category.value

        failure_message = self.failure_message

        validation_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_result, Unset):
            validation_result = self.validation_result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failure_step is not UNSET:
            field_dict["failureStep"] = failure_step
        if failure_category is not UNSET:
            field_dict["failureCategory"] = failure_category
        if failure_message is not UNSET:
            field_dict["failureMessage"] = failure_message
        if validation_result is not UNSET:
            field_dict["validationResult"] = validation_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A TaxReturnSubmissionResult from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.tax_return_validation_result import TaxReturnValidationResult  # noqa: PLC0415

        def _p_failure_step(_tx_v: Any) -> TaxReturnSubmissionResultFailureStep | Unset:
            _failure_step = _tx_v
            failure_step: TaxReturnSubmissionResultFailureStep | Unset
            if isinstance(_failure_step, Unset):
                failure_step = UNSET
            else:
                failure_step = TaxReturnSubmissionResultFailureStep(_failure_step)

            return failure_step

        def _p_failure_category(_tx_v: Any) -> TaxReturnSubmissionResultFailureCategory | Unset:
            _failure_category = _tx_v
            failure_category: TaxReturnSubmissionResultFailureCategory | Unset
            if isinstance(_failure_category, Unset):
                failure_category = UNSET
            else:
                failure_category = TaxReturnSubmissionResultFailureCategory(_failure_category)

            return failure_category

        def _p_validation_result(_tx_v: Any) -> TaxReturnValidationResult | Unset:
            _validation_result = _tx_v
            validation_result: TaxReturnValidationResult | Unset
            if isinstance(_validation_result, Unset):
                validation_result = UNSET
            else:
                validation_result = TaxReturnValidationResult._tx_from_json(_validation_result)

            return validation_result

        _tx_known: frozenset[str] = frozenset(
            (
                "failureStep",
                "failureCategory",
                "failureMessage",
                "validationResult",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "failure_step": ("failureStep", _p_failure_step),
            "failure_category": ("failureCategory", _p_failure_category),
            "failure_message": ("failureMessage", None),
            "validation_result": ("validationResult", _p_validation_result),
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
