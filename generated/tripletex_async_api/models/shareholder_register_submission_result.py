from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shareholder_register_submission_result_failure_category import (
    ShareholderRegisterSubmissionResultFailureCategory,
)
from ..models.shareholder_register_submission_result_failure_step import ShareholderRegisterSubmissionResultFailureStep
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
    from ..models.altinn_2_reception_receipt import Altinn2ReceptionReceipt


T = TypeVar("T", bound="ShareholderRegisterSubmissionResult")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("failureStep", str, False),
    ("failureCategory", str, False),
    ("receptionReceipt", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class ShareholderRegisterSubmissionResult(LazyModel):
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
        self._tx_load()
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
        """A ShareholderRegisterSubmissionResult from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.altinn_2_reception_receipt import Altinn2ReceptionReceipt  # noqa: PLC0415

        def _p_failure_step(_tx_v: Any) -> ShareholderRegisterSubmissionResultFailureStep | Unset:
            _failure_step = _tx_v
            failure_step: ShareholderRegisterSubmissionResultFailureStep | Unset
            if isinstance(_failure_step, Unset):
                failure_step = UNSET
            else:
                failure_step = ShareholderRegisterSubmissionResultFailureStep(_failure_step)

            return failure_step

        def _p_failure_category(_tx_v: Any) -> ShareholderRegisterSubmissionResultFailureCategory | Unset:
            _failure_category = _tx_v
            failure_category: ShareholderRegisterSubmissionResultFailureCategory | Unset
            if isinstance(_failure_category, Unset):
                failure_category = UNSET
            else:
                failure_category = ShareholderRegisterSubmissionResultFailureCategory(_failure_category)

            return failure_category

        def _p_reception_receipt(_tx_v: Any) -> Altinn2ReceptionReceipt | Unset:
            _reception_receipt = _tx_v
            reception_receipt: Altinn2ReceptionReceipt | Unset
            if isinstance(_reception_receipt, Unset):
                reception_receipt = UNSET
            else:
                reception_receipt = Altinn2ReceptionReceipt._tx_from_json(_reception_receipt)

            return reception_receipt

        _tx_known: frozenset[str] = frozenset(
            (
                "failureStep",
                "failureCategory",
                "failureMainMessage",
                "receptionReceipt",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "failure_step": ("failureStep", _p_failure_step),
            "failure_category": ("failureCategory", _p_failure_category),
            "failure_main_message": ("failureMainMessage", None),
            "reception_receipt": ("receptionReceipt", _p_reception_receipt),
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
