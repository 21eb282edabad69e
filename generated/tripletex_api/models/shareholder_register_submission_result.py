from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shareholder_register_submission_result_failure_category import (
    ShareholderRegisterSubmissionResultFailureCategory,
)
from ..models.shareholder_register_submission_result_failure_step import ShareholderRegisterSubmissionResultFailureStep
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.altinn_2_reception_receipt import Altinn2ReceptionReceipt


T = TypeVar("T", bound="ShareholderRegisterSubmissionResult")


@_attrs_define
class ShareholderRegisterSubmissionResult:
    """
    Attributes:
        failure_step (ShareholderRegisterSubmissionResultFailureStep | Unset):
        failure_category (ShareholderRegisterSubmissionResultFailureCategory | Unset):
        failure_main_message (str | Unset):
        reception_receipt (Altinn2ReceptionReceipt | Unset):
    """

    failure_step: ShareholderRegisterSubmissionResultFailureStep | Unset = UNSET
    failure_category: ShareholderRegisterSubmissionResultFailureCategory | Unset = UNSET
    failure_main_message: str | Unset = UNSET
    reception_receipt: Altinn2ReceptionReceipt | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        failure_step: str | Unset = UNSET
        if not isinstance(self.failure_step, Unset):
            failure_step = self.failure_step.value

        failure_category: str | Unset = UNSET
        if not isinstance(self.failure_category, Unset):
            failure_category = self.failure_category.value

        failure_main_message = self.failure_main_message

        reception_receipt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reception_receipt, Unset):
            reception_receipt = self.reception_receipt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if failure_step is not UNSET:
            field_dict["failureStep"] = failure_step
        if failure_category is not UNSET:
            field_dict["failureCategory"] = failure_category
        if failure_main_message is not UNSET:
            field_dict["failureMainMessage"] = failure_main_message
        if reception_receipt is not UNSET:
            field_dict["receptionReceipt"] = reception_receipt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.altinn_2_reception_receipt import Altinn2ReceptionReceipt  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _failure_step = d.pop("failureStep", UNSET)
        failure_step: ShareholderRegisterSubmissionResultFailureStep | Unset
        if isinstance(_failure_step, Unset):
            failure_step = UNSET
        else:
            failure_step = ShareholderRegisterSubmissionResultFailureStep(_failure_step)

        _failure_category = d.pop("failureCategory", UNSET)
        failure_category: ShareholderRegisterSubmissionResultFailureCategory | Unset
        if isinstance(_failure_category, Unset):
            failure_category = UNSET
        else:
            failure_category = ShareholderRegisterSubmissionResultFailureCategory(_failure_category)

        failure_main_message = d.pop("failureMainMessage", UNSET)

        _reception_receipt = d.pop("receptionReceipt", UNSET)
        reception_receipt: Altinn2ReceptionReceipt | Unset
        if isinstance(_reception_receipt, Unset):
            reception_receipt = UNSET
        else:
            reception_receipt = Altinn2ReceptionReceipt.from_dict(_reception_receipt)

        _obj = cls(
            failure_step=failure_step,
            failure_category=failure_category,
            failure_main_message=failure_main_message,
            reception_receipt=reception_receipt,
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
