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

T = TypeVar("T", bound="IncomingInvoiceDuplicateCheckerResult")


@_attrs_define
class IncomingInvoiceDuplicateCheckerResult(Model):
    """
    Attributes:
        voucher_id (int | Unset):
        voucher_number (int | Unset):
        number_as_string (str | Unset):
        year (int | Unset):
        url (str | Unset):
    """

    voucher_id: int | Unset = UNSET
    voucher_number: int | Unset = UNSET
    number_as_string: str | Unset = UNSET
    year: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _v: Any
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _in_request = serializing_request_body()
        _v = self.voucher_id
        if _v is not UNSET and not _in_request:
            field_dict["voucherId"] = _v
        _v = self.voucher_number
        if _v is not UNSET and not _in_request:
            field_dict["voucherNumber"] = _v
        _v = self.number_as_string
        if _v is not UNSET and not _in_request:
            field_dict["numberAsString"] = _v
        _v = self.year
        if _v is not UNSET and not _in_request:
            field_dict["year"] = _v
        _v = self.url
        if _v is not UNSET and not _in_request:
            field_dict["url"] = _v
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: _Mapping[str, Any]) -> T:
        """A IncomingInvoiceDuplicateCheckerResult from the service's JSON object, parsed at once (ModelParseError, a
        ValueError naming ``IncomingInvoiceDuplicateCheckerResult.property``, if it does not fit)."""
        return parse_model(cls, src_dict)

    @classmethod
    def _tx_build_parser(cls) -> ModelParsers:
        """The parser of this model: one straight-line function, built on first use."""
        _new = object.__new__
        _known: frozenset[str] = frozenset(
            (
                "voucherId",
                "voucherNumber",
                "numberAsString",
                "year",
                "url",
            )
        )

        def parse(d: Any) -> Any:
            k: str | None = None
            try:
                o: Any = _new(cls)
                u = UNSET
                g = d.get
                m = 0  # properties absent from d: d has additional keys if it is longer than the rest
                v = g("voucherId")
                if v is None:
                    o.voucher_id = u
                    if "voucherId" not in d:
                        m += 1
                else:
                    o.voucher_id = v
                v = g("voucherNumber")
                if v is None:
                    o.voucher_number = u
                    if "voucherNumber" not in d:
                        m += 1
                else:
                    o.voucher_number = v
                v = g("numberAsString")
                if v is None:
                    o.number_as_string = u
                    if "numberAsString" not in d:
                        m += 1
                else:
                    o.number_as_string = v
                v = g("year")
                if v is None:
                    o.year = u
                    if "year" not in d:
                        m += 1
                else:
                    o.year = v
                v = g("url")
                if v is None:
                    o.url = u
                    if "url" not in d:
                        m += 1
                else:
                    o.url = v
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
            ("voucher_id", "voucherId"),
            ("voucher_number", "voucherNumber"),
            ("number_as_string", "numberAsString"),
            ("year", "year"),
            ("url", "url"),
        )

        def convert(s: Any) -> Any:
            o: Any = _new(cls)
            u = UNSET
            v = s.voucher_id
            o.voucher_id = u if v is None else v
            v = s.voucher_number
            o.voucher_number = u if v is None else v
            v = s.number_as_string
            o.number_as_string = u if v is None else v
            v = s.year
            o.year = u if v is None else v
            v = s.url
            o.url = u if v is None else v
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
