from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_return_submission_result_failure_category import TaxReturnSubmissionResultFailureCategory
from ..models.tax_return_submission_result_failure_step import TaxReturnSubmissionResultFailureStep
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.tax_return_validation_result import TaxReturnValidationResult


T = TypeVar("T", bound="TaxReturnSubmissionResult")


@_attrs_define
class TaxReturnSubmissionResult:
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
        from ..models.tax_return_validation_result import TaxReturnValidationResult  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _failure_step = d.pop("failureStep", UNSET)
        failure_step: TaxReturnSubmissionResultFailureStep | Unset
        if isinstance(_failure_step, Unset):
            failure_step = UNSET
        else:
            failure_step = TaxReturnSubmissionResultFailureStep(_failure_step)

        _failure_category = d.pop("failureCategory", UNSET)
        failure_category: TaxReturnSubmissionResultFailureCategory | Unset
        if isinstance(_failure_category, Unset):
            failure_category = UNSET
        else:
            failure_category = TaxReturnSubmissionResultFailureCategory(_failure_category)

        failure_message = d.pop("failureMessage", UNSET)

        _validation_result = d.pop("validationResult", UNSET)
        validation_result: TaxReturnValidationResult | Unset
        if isinstance(_validation_result, Unset):
            validation_result = UNSET
        else:
            validation_result = TaxReturnValidationResult.from_dict(_validation_result)

        _obj = cls(
            failure_step=failure_step,
            failure_category=failure_category,
            failure_message=failure_message,
            validation_result=validation_result,
        )

        _obj.additional_properties = d
        return _obj

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
