from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    not_an_array,
    parse_error,
    parse_model,
    serializing_request_body,
)

if TYPE_CHECKING:
    from ..models.history_entry_dto import HistoryEntryDTO
    from ..models.info_dto import InfoDTO


T = TypeVar("T", bound="InvoiceDetails")


@_attrs_define
class InvoiceDetails(Model):
    """
    Attributes:
        invoice_id (int | Unset):
        history (list[HistoryEntryDTO] | Unset):
        info (InfoDTO | Unset):
        auto_reminder_status (str | Unset):
    """

    invoice_id: int | Unset = UNSET
    history: list[HistoryEntryDTO] | Unset = UNSET
    info: InfoDTO | Unset = UNSET
    auto_reminder_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.invoice_id
        if _v is not UNSET and not _in_request:
            field_dict["invoiceId"] = _v
        _v = self.history
        if _v is not UNSET and not _in_request:
            field_dict["history"] = [_e.to_dict() for _e in _v]
        _v = self.info
        if _v is not UNSET:
            field_dict["info"] = _v.to_dict()
        _v = self.auto_reminder_status
        if _v is not UNSET and not _in_request:
            field_dict["autoReminderStatus"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceDetails from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InvoiceDetails.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.history_entry_dto import HistoryEntryDTO  # noqa: PLC0415
        from ..models.info_dto import InfoDTO  # noqa: PLC0415

        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "invoiceId",
                "history",
                "info",
                "autoReminderStatus",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("invoiceId")
                if v is None:
                    o.invoice_id = u
                    if "invoiceId" not in d:
                        m += 1
                else:
                    o.invoice_id = v
                k = "history"
                v = g("history")
                if v is None:
                    o.history = u
                    if "history" not in d:
                        m += 1
                else:
                    o.history = (
                        ([HistoryEntryDTO._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "info"
                v = g("info")
                if v is None:
                    o.info = u
                    if "info" not in d:
                        m += 1
                else:
                    o.info = InfoDTO._tx_parse(v)
                v = g("autoReminderStatus")
                if v is None:
                    o.auto_reminder_status = u
                    if "autoReminderStatus" not in d:
                        m += 1
                else:
                    o.auto_reminder_status = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 4 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("invoice_id", "invoiceId"),
            ("history", "history"),
            ("info", "info"),
            ("auto_reminder_status", "autoReminderStatus"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.invoice_id
            o.invoice_id = u if v is None else v
            v = s.history
            o.history = (
                u
                if v is None or v is u
                else ([HistoryEntryDTO._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.info
            o.info = u if v is None or v is u else InfoDTO._tx_parse(v)
            v = s.auto_reminder_status
            o.auto_reminder_status = u if v is None else v
            o.additional_properties = {}
            return o

        return ModelParsers(parse, WireSpec(_wire_fields, convert))

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
