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

T = TypeVar("T", bound="BankStatementBalance")


@_attrs_define
class BankStatementBalance(Model):
    """
    Attributes:
        booked_amount (float | Unset): Booked balance on the given date.
        booked_date (str | Unset):
        available_amount (float | Unset): Available balance.
        available_date (str | Unset):
    """

    booked_amount: float | Unset = UNSET
    booked_date: str | Unset = UNSET
    available_amount: float | Unset = UNSET
    available_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.booked_amount
        if _v is not UNSET and not _in_request:
            field_dict["bookedAmount"] = _v
        _v = self.booked_date
        if _v is not UNSET and not _in_request:
            field_dict["bookedDate"] = _v
        _v = self.available_amount
        if _v is not UNSET and not _in_request:
            field_dict["availableAmount"] = _v
        _v = self.available_date
        if _v is not UNSET and not _in_request:
            field_dict["availableDate"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A BankStatementBalance from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``BankStatementBalance.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "bookedAmount",
                "bookedDate",
                "availableAmount",
                "availableDate",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("bookedAmount")
                if v is None:
                    o.booked_amount = u
                    if "bookedAmount" not in d:
                        m += 1
                else:
                    o.booked_amount = v
                v = g("bookedDate")
                if v is None:
                    o.booked_date = u
                    if "bookedDate" not in d:
                        m += 1
                else:
                    o.booked_date = v
                v = g("availableAmount")
                if v is None:
                    o.available_amount = u
                    if "availableAmount" not in d:
                        m += 1
                else:
                    o.available_amount = v
                v = g("availableDate")
                if v is None:
                    o.available_date = u
                    if "availableDate" not in d:
                        m += 1
                else:
                    o.available_date = v
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
            ("booked_amount", "bookedAmount"),
            ("booked_date", "bookedDate"),
            ("available_amount", "availableAmount"),
            ("available_date", "availableDate"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.booked_amount
            o.booked_amount = u if v is None else v
            v = s.booked_date
            o.booked_date = u if v is None else v
            v = s.available_amount
            o.available_amount = u if v is None else v
            v = s.available_date
            o.available_date = u if v is None else v
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
