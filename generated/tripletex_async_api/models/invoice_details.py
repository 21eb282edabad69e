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
    from ..models.history_entry_dto import HistoryEntryDTO
    from ..models.info_dto import InfoDTO


T = TypeVar("T", bound="InvoiceDetails")


# Top-level shape checked by from_dict: (JSON key, JSON type of its value, required).
_TX_SHAPES: tuple[Shape, ...] = (
    ("history", list, False),
    ("info", dict, False),
)


@_attrs_define(on_setattr=mark_assigned)
class InvoiceDetails(LazyModel):
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
        self._tx_load()
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
        """A InvoiceDetails from the service's JSON object; each property is parsed when first read."""
        return lazy_model(cls, src_dict, _TX_SHAPES)

    @staticmethod
    def _tx_parsers() -> ParserTable:
        from ..models.history_entry_dto import HistoryEntryDTO  # noqa: PLC0415
        from ..models.info_dto import InfoDTO  # noqa: PLC0415

        def _p_history(_tx_v: Any) -> list[HistoryEntryDTO] | Unset:
            _history = _tx_v
            history: list[HistoryEntryDTO] | Unset = UNSET
            if _history is not UNSET:
                history = []
                for history_item_data in _history:
                    if history_item_data is None:
                        continue
                    history_item = HistoryEntryDTO._tx_from_json(history_item_data)

                    history.append(history_item)

            return history

        def _p_info(_tx_v: Any) -> InfoDTO | Unset:
            _info = _tx_v
            info: InfoDTO | Unset
            if isinstance(_info, Unset):
                info = UNSET
            else:
                info = InfoDTO._tx_from_json(_info)

            return info

        _tx_known: frozenset[str] = frozenset(
            (
                "invoiceId",
                "history",
                "info",
                "autoReminderStatus",
            )
        )

        def _p_additional_properties(_tx_d: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in _tx_d.items() if v is not None and k not in _tx_known}

        return {
            "invoice_id": ("invoiceId", None),
            "history": ("history", _p_history),
            "info": ("info", _p_info),
            "auto_reminder_status": ("autoReminderStatus", None),
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
