from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, serializing_request_body

if TYPE_CHECKING:
    from ..models.history_entry_dto import HistoryEntryDTO
    from ..models.info_dto import InfoDTO


T = TypeVar("T", bound="InvoiceDetails")


@_attrs_define
class InvoiceDetails:
    """
    Attributes:
        invoice_id (int | Unset): [read-only]
        history (list[HistoryEntryDTO] | Unset): [read-only]
        info (InfoDTO | Unset):
        auto_reminder_status (str | Unset): [read-only]
    """

    invoice_id: int | Unset = UNSET
    history: list[HistoryEntryDTO] | Unset = UNSET
    info: InfoDTO | Unset = UNSET
    auto_reminder_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _in_request = serializing_request_body()
        invoice_id = self.invoice_id

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        auto_reminder_status = self.auto_reminder_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_id is not UNSET and not _in_request:
            field_dict["invoiceId"] = invoice_id
        if history is not UNSET and not _in_request:
            field_dict["history"] = history
        if info is not UNSET:
            field_dict["info"] = info
        if auto_reminder_status is not UNSET and not _in_request:
            field_dict["autoReminderStatus"] = auto_reminder_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        from ..models.history_entry_dto import HistoryEntryDTO  # noqa: PLC0415
        from ..models.info_dto import InfoDTO  # noqa: PLC0415

        # The service sends null for absent values almost everywhere: treat null as unset.
        d = {k: v for k, v in src_dict.items() if v is not None}
        invoice_id = d.pop("invoiceId", UNSET)

        _history = d.pop("history", UNSET)
        history: list[HistoryEntryDTO] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                if history_item_data is None:
                    continue
                history_item = HistoryEntryDTO.from_dict(history_item_data)

                history.append(history_item)

        _info = d.pop("info", UNSET)
        info: InfoDTO | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = InfoDTO.from_dict(_info)

        auto_reminder_status = d.pop("autoReminderStatus", UNSET)

        _obj = cls(
            invoice_id=invoice_id,
            history=history,
            info=info,
            auto_reminder_status=auto_reminder_status,
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
