from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.altinn_2_reception_receipt_status import Altinn2ReceptionReceiptStatus
from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.altinn_2_reception_receipt_message import Altinn2ReceptionReceiptMessage


T = TypeVar("T", bound="Altinn2ReceptionReceipt")


@_attrs_define
class Altinn2ReceptionReceipt:
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
        from ..models.altinn_2_reception_receipt_message import Altinn2ReceptionReceiptMessage  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _sub_receipts = d.pop("subReceipts", UNSET)
        sub_receipts: list[Altinn2ReceptionReceipt] | Unset = UNSET
        if _sub_receipts is not UNSET:
            sub_receipts = []
            for sub_receipts_item_data in _sub_receipts:
                if sub_receipts_item_data is None:
                    continue
                sub_receipts_item = Altinn2ReceptionReceipt.from_dict(sub_receipts_item_data)

                sub_receipts.append(sub_receipts_item)

        _messages = d.pop("messages", UNSET)
        messages: list[Altinn2ReceptionReceiptMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                if messages_item_data is None:
                    continue
                messages_item = Altinn2ReceptionReceiptMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        _status = d.pop("status", UNSET)
        status: Altinn2ReceptionReceiptStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Altinn2ReceptionReceiptStatus(_status)

        _obj = cls(
            sub_receipts=sub_receipts,
            messages=messages,
            status=status,
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
