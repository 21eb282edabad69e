from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.altinn_2_reception_receipt_status import Altinn2ReceptionReceiptStatus
from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    enum_members,
    enum_value,
    not_an_array,
    parse_error,
    parse_model,
)

if TYPE_CHECKING:
    from ..models.altinn_2_reception_receipt_message import Altinn2ReceptionReceiptMessage


T = TypeVar("T", bound="Altinn2ReceptionReceipt")


@_attrs_define
class Altinn2ReceptionReceipt(Model):
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
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.sub_receipts
        if _v is not UNSET:
            field_dict["subReceipts"] = [_e.to_dict() for _e in _v]
        _v = self.messages
        if _v is not UNSET:
            field_dict["messages"] = [_e.to_dict() for _e in _v]
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v._value_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A Altinn2ReceptionReceipt from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``Altinn2ReceptionReceipt.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        from ..models.altinn_2_reception_receipt_message import Altinn2ReceptionReceiptMessage  # noqa: PLC0415

        _new = object.__new__
        _e_status: dict[Any, Any] = enum_members(Altinn2ReceptionReceiptStatus)
        _known: frozenset[str] = frozenset(
            (
                "subReceipts",
                "messages",
                "status",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                k = "subReceipts"
                v = g("subReceipts")
                if v is None:
                    o.sub_receipts = u
                    if "subReceipts" not in d:
                        m += 1
                else:
                    o.sub_receipts = (
                        ([Altinn2ReceptionReceipt._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "messages"
                v = g("messages")
                if v is None:
                    o.messages = u
                    if "messages" not in d:
                        m += 1
                else:
                    o.messages = (
                        ([Altinn2ReceptionReceiptMessage._tx_parse(e) for e in v if e is not None] if v else [])
                        if v.__class__ is list
                        else not_an_array(v)
                    )
                k = "status"
                v = g("status")
                if v is None:
                    o.status = u
                    if "status" not in d:
                        m += 1
                else:
                    o.status = (
                        e_ if (e_ := _e_status.get(v)) is not None else enum_value(Altinn2ReceptionReceiptStatus, v)
                    )
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 3 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("sub_receipts", "subReceipts"),
            ("messages", "messages"),
            ("status", "status"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.sub_receipts
            o.sub_receipts = (
                u
                if v is None or v is u
                else ([Altinn2ReceptionReceipt._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.messages
            o.messages = (
                u
                if v is None or v is u
                else ([Altinn2ReceptionReceiptMessage._tx_parse(e) for e in v if e is not None] if v else [])
                if v.__class__ is list
                else not_an_array(v)
            )
            v = s.status
            o.status = (
                u
                if v is None or v is u
                else e_
                if (e_ := _e_status.get(v)) is not None
                else enum_value(Altinn2ReceptionReceiptStatus, v)
            )
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
