from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.payment_card_info_details import PaymentCardInfoDetails


T = TypeVar("T", bound="PaymentCardInfoDTO")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("cancelled", list, False),
    ("underProcessing", list, False),
    ("forApproval", list, False),
)


@_attrs_define(on_setattr=mark_assigned)
class PaymentCardInfoDTO(LazyModel):
    """
    Attributes:
        cancelled (list[PaymentCardInfoDetails] | Unset): [read-only] Amount of cancelled payments
        under_processing (list[PaymentCardInfoDetails] | Unset): [read-only] Amount of payments under processing
        for_approval (list[PaymentCardInfoDetails] | Unset): [read-only] Amount of payments for approval
    """

    cancelled: list[PaymentCardInfoDetails] | Unset = UNSET
    under_processing: list[PaymentCardInfoDetails] | Unset = UNSET
    for_approval: list[PaymentCardInfoDetails] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        cancelled: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cancelled, Unset):
            cancelled = []
            for cancelled_item_data in self.cancelled:
                cancelled_item = cancelled_item_data.to_dict()
                cancelled.append(cancelled_item)

        under_processing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.under_processing, Unset):
            under_processing = []
            for under_processing_item_data in self.under_processing:
                under_processing_item = under_processing_item_data.to_dict()
                under_processing.append(under_processing_item)

        for_approval: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.for_approval, Unset):
            for_approval = []
            for for_approval_item_data in self.for_approval:
                for_approval_item = for_approval_item_data.to_dict()
                for_approval.append(for_approval_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cancelled is not UNSET and not _in_request:
            field_dict["cancelled"] = cancelled
        if under_processing is not UNSET and not _in_request:
            field_dict["underProcessing"] = under_processing
        if for_approval is not UNSET and not _in_request:
            field_dict["forApproval"] = for_approval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A PaymentCardInfoDTO from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.payment_card_info_details import PaymentCardInfoDetails  # noqa: PLC0415

        def _p_cancelled(_tx_v: Any) -> list[PaymentCardInfoDetails] | Unset:
            _cancelled = _tx_v
            cancelled: list[PaymentCardInfoDetails] | Unset = UNSET
            if _cancelled is not UNSET:
                cancelled = []
                for cancelled_item_data in _cancelled:
                    if cancelled_item_data is None:
                        continue
                    cancelled_item = PaymentCardInfoDetails._tx_from_json(cancelled_item_data)

                    cancelled.append(cancelled_item)

            return cancelled

        def _p_under_processing(_tx_v: Any) -> list[PaymentCardInfoDetails] | Unset:
            _under_processing = _tx_v
            under_processing: list[PaymentCardInfoDetails] | Unset = UNSET
            if _under_processing is not UNSET:
                under_processing = []
                for under_processing_item_data in _under_processing:
                    if under_processing_item_data is None:
                        continue
                    under_processing_item = PaymentCardInfoDetails._tx_from_json(under_processing_item_data)

                    under_processing.append(under_processing_item)

            return under_processing

        def _p_for_approval(_tx_v: Any) -> list[PaymentCardInfoDetails] | Unset:
            _for_approval = _tx_v
            for_approval: list[PaymentCardInfoDetails] | Unset = UNSET
            if _for_approval is not UNSET:
                for_approval = []
                for for_approval_item_data in _for_approval:
                    if for_approval_item_data is None:
                        continue
                    for_approval_item = PaymentCardInfoDetails._tx_from_json(for_approval_item_data)

                    for_approval.append(for_approval_item)

            return for_approval

        _tx_known: frozenset[str] = frozenset(
            (
                "cancelled",
                "underProcessing",
                "forApproval",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "cancelled": ("cancelled", _p_cancelled),
            "under_processing": ("underProcessing", _p_under_processing),
            "for_approval": ("forApproval", _p_for_approval),
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
