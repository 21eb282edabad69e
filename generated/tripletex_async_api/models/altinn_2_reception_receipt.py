from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.altinn_2_reception_receipt_status import Altinn2ReceptionReceiptStatus
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
    from ..models.altinn_2_reception_receipt_message import Altinn2ReceptionReceiptMessage


T = TypeVar("T", bound="Altinn2ReceptionReceipt")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("subReceipts", list, False),
    ("messages", list, False),
    ("status", str, False),
)


@_attrs_define(on_setattr=mark_assigned)
class Altinn2ReceptionReceipt(LazyModel):
    """
    Attributes:
        sub_receipts (list[Altinn2ReceptionReceipt] | Unset):
        messages (list[Altinn2ReceptionReceiptMessage] | Unset):
        status (Altinn2ReceptionReceiptStatus | Unset):
    """

    sub_receipts: list[Altinn2ReceptionReceipt] | Unset = UNSET
    messages: list[Altinn2ReceptionReceiptMessage] | Unset = UNSET
    status: Altinn2ReceptionReceiptStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self._tx_load()
        _in_request = serializing_request_body()
        sub_receipts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_receipts, Unset):
            sub_receipts = []
            for sub_receipts_item_data in self.sub_receipts:
                sub_receipts_item = sub_receipts_item_data.to_dict()
                sub_receipts.append(sub_receipts_item)

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_receipts is not UNSET:
            field_dict["subReceipts"] = sub_receipts
        if messages is not UNSET:
            field_dict["messages"] = messages
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Altinn2ReceptionReceipt from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.altinn_2_reception_receipt_message import Altinn2ReceptionReceiptMessage  # noqa: PLC0415

        def _p_sub_receipts(_tx_v: Any) -> list[Altinn2ReceptionReceipt] | Unset:
            _sub_receipts = _tx_v
            sub_receipts: list[Altinn2ReceptionReceipt] | Unset = UNSET
            if _sub_receipts is not UNSET:
                sub_receipts = []
                for sub_receipts_item_data in _sub_receipts:
                    if sub_receipts_item_data is None:
                        continue
                    sub_receipts_item = Altinn2ReceptionReceipt._tx_from_json(sub_receipts_item_data)

                    sub_receipts.append(sub_receipts_item)

            return sub_receipts

        def _p_messages(_tx_v: Any) -> list[Altinn2ReceptionReceiptMessage] | Unset:
            _messages = _tx_v
            messages: list[Altinn2ReceptionReceiptMessage] | Unset = UNSET
            if _messages is not UNSET:
                messages = []
                for messages_item_data in _messages:
                    if messages_item_data is None:
                        continue
                    messages_item = Altinn2ReceptionReceiptMessage._tx_from_json(messages_item_data)

                    messages.append(messages_item)

            return messages

        def _p_status(_tx_v: Any) -> Altinn2ReceptionReceiptStatus | Unset:
            _status = _tx_v
            status: Altinn2ReceptionReceiptStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = Altinn2ReceptionReceiptStatus(_status)

            return status

        _tx_known: frozenset[str] = frozenset(
            (
                "subReceipts",
                "messages",
                "status",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "sub_receipts": ("subReceipts", _p_sub_receipts),
            "messages": ("messages", _p_messages),
            "status": ("status", _p_status),
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
