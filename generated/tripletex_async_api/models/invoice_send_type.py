from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Model,
    ModelParsers,
    Unset,
    WireSpec,
    parse_error,
    parse_model,
    serializing_request_body,
)

T = TypeVar("T", bound="InvoiceSendType")


@_attrs_define
class InvoiceSendType(Model):
    """
    Attributes:
        customer_id (int | Unset):
        phone_number (str | Unset):
        can_receive_ehf (bool | Unset):
        can_receive_e_faktura (bool | Unset):
        elma_lookup_alive (bool | Unset):
    """

    customer_id: int | Unset = UNSET
    phone_number: str | Unset = UNSET
    can_receive_ehf: bool | Unset = UNSET
    can_receive_e_faktura: bool | Unset = UNSET
    elma_lookup_alive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.customer_id
        if _v is not UNSET and not _in_request:
            field_dict["customerId"] = _v
        _v = self.phone_number
        if _v is not UNSET and not _in_request:
            field_dict["phoneNumber"] = _v
        _v = self.can_receive_ehf
        if _v is not UNSET and not _in_request:
            field_dict["canReceiveEHF"] = _v
        _v = self.can_receive_e_faktura
        if _v is not UNSET and not _in_request:
            field_dict["canReceiveEFaktura"] = _v
        _v = self.elma_lookup_alive
        if _v is not UNSET and not _in_request:
            field_dict["elmaLookupAlive"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A InvoiceSendType from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``InvoiceSendType.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "customerId",
                "phoneNumber",
                "canReceiveEHF",
                "canReceiveEFaktura",
                "elmaLookupAlive",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("customerId")
                if v is None:
                    o.customer_id = u
                    if "customerId" not in d:
                        m += 1
                else:
                    o.customer_id = v
                v = g("phoneNumber")
                if v is None:
                    o.phone_number = u
                    if "phoneNumber" not in d:
                        m += 1
                else:
                    o.phone_number = v
                v = g("canReceiveEHF")
                if v is None:
                    o.can_receive_ehf = u
                    if "canReceiveEHF" not in d:
                        m += 1
                else:
                    o.can_receive_ehf = v
                v = g("canReceiveEFaktura")
                if v is None:
                    o.can_receive_e_faktura = u
                    if "canReceiveEFaktura" not in d:
                        m += 1
                else:
                    o.can_receive_e_faktura = v
                v = g("elmaLookupAlive")
                if v is None:
                    o.elma_lookup_alive = u
                    if "elmaLookupAlive" not in d:
                        m += 1
                else:
                    o.elma_lookup_alive = v
                k = None
                o.additional_properties = (
                    {} if len(d) + m <= 5 else {key: v for key, v in d.items() if v is not None and key not in _known}
                )
                return o
            except Exception as exc:
                raise parse_error(cls, k, d, exc) from exc

        # The wire form (tripletex_async/_runtime/wire.py): a record decoded by msgspec into a Struct
        # with these fields (absent: UNSET), converted here; what does not fit goes through parse().
        _wire_fields = (
            ("customer_id", "customerId"),
            ("phone_number", "phoneNumber"),
            ("can_receive_ehf", "canReceiveEHF"),
            ("can_receive_e_faktura", "canReceiveEFaktura"),
            ("elma_lookup_alive", "elmaLookupAlive"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.customer_id
            o.customer_id = u if v is None else v
            v = s.phone_number
            o.phone_number = u if v is None else v
            v = s.can_receive_ehf
            o.can_receive_ehf = u if v is None else v
            v = s.can_receive_e_faktura
            o.can_receive_e_faktura = u if v is None else v
            v = s.elma_lookup_alive
            o.elma_lookup_alive = u if v is None else v
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
